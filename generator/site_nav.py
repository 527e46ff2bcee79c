"""The site's navigation, written into mkdocs.yml between two marker comments.

Both engines (MkDocs + Material, Zensical) read `nav:` from mkdocs.yml and neither needs a plugin
for it: the generator writes the endpoint pages in reading order (model.in_reading_order: List,
Create, Get, Update, Delete), one section per resource titled as the specs write it (in groups
of sections past MAX_SECTIONS resources). Each entry
carries its page's title as the page's front matter (or first heading) gives it: `mkdocs serve
--dirty` reads only the pages that changed, and would show the others untitled otherwise.
"""

from __future__ import annotations

import json
import math
import os
from collections.abc import Iterable
from pathlib import Path

import yaml

from generator import paths
from generator.errors import SpecError

BEGIN = "# >>> nav: written by `python -m generator build` from spec/ in reading order; do not edit"
END = "# <<< nav"
HOME = paths.INDEX
SKIP_DIRS = (paths.SNIPPETS,)  # samples, included into pages, never pages themselves

# A page ({title: path}) or a section ({title: [entries]}): a resource's pages, or a group of
# resources' sections when there are many.
NavEntry = dict[str, "str | list[NavEntry]"]
# Past this many resources, their sections are grouped (about the square root of their number
# in each group, titled by the first and last): a pruned page lists every section at its own
# level, so 200 resources made every page carry 200 links and the theme's navigation most of a
# big site's build; grouped, a page lists about 30.
MAX_SECTIONS = 24


def handwritten_pages(docs: Path, generated: set[str]) -> list[str]:
    """Markdown pages in `docs` the generator did not write (e.g. spec-format.md), sorted."""
    found = []
    for folder, dirs, files in os.walk(docs):
        rel_folder = Path(folder).relative_to(docs)
        if rel_folder == Path("."):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS]
        for name in files:
            rel = (rel_folder / name).as_posix()
            if name.endswith(".md") and rel not in generated and rel != HOME:
                found.append(rel)
    return sorted(found)


def page_title(markdown: str) -> str:
    """A page's title as both engines take it: front matter `title`, else its first `# ` heading."""
    if markdown.startswith("---\n"):
        end = markdown.find("\n---", 3)
        head = markdown[4:end] if end > 0 else ""
        first = head.split("\n", 1)[0]
        if first.startswith('title: "'):  # what the templates write: JSON, a YAML subset
            return json.loads(first[len("title: ") :])
        meta = yaml.safe_load(head) if head else None
        if isinstance(meta, dict) and meta.get("title"):
            return str(meta["title"])
    for line in markdown.splitlines():
        if line.startswith("# "):
            return line[2:].strip()
    return ""


def _titled(docs: Path, page: str) -> NavEntry:
    return {page_title((docs / page).read_text("utf-8")): page}


def nav_entries(
    pages: Iterable[tuple[str, ...]], docs: Path, extra: Iterable[str] = ()
) -> list[NavEntry]:
    """The `nav:` list: the landing page, `extra` pages, then one section per resource holding
    its pages in the order given. `pages` are (page path, resource, ...) in reading order;
    titles come from the pages in `docs`."""
    sections: dict[str, list[NavEntry]] = {}
    for page, resource, *_ in pages:
        sections.setdefault(resource, []).append(_titled(docs, page))
    resources: list[NavEntry] = [{resource: children} for resource, children in sections.items()]
    return [_titled(docs, HOME), *(_titled(docs, page) for page in extra), *_grouped(resources)]


def _grouped(resources: list[NavEntry]) -> list[NavEntry]:
    """The resources' sections as they are, or in groups when there are more than MAX_SECTIONS."""
    if len(resources) <= MAX_SECTIONS:
        return resources
    size = math.ceil(math.sqrt(len(resources)))
    groups: list[NavEntry] = []
    for start in range(0, len(resources), size):
        members = resources[start : start + size]
        first, last = next(iter(members[0])), next(iter(members[-1]))
        groups.append({f"{first} – {last}" if len(members) > 1 else first: members})
    return groups


def site_nav(pages: Iterable[tuple[str, ...]], docs: Path) -> list[NavEntry]:
    """nav_entries for a docs folder: the endpoint pages plus the hand-written pages in it."""
    pages = list(pages)
    return nav_entries(pages, docs, handwritten_pages(docs, {p[0] for p in pages}))


def nav_pages(entries: list[NavEntry]) -> list[str]:
    """Every page path the navigation names, in order."""
    found: list[str] = []
    for entry in entries:
        for value in entry.values():
            found += [value] if isinstance(value, str) else nav_pages(value)
    return found


def nav_block(entries: list[NavEntry]) -> str:
    """The marked block of mkdocs.yml: a `nav:` key in YAML, strings quoted as JSON (valid YAML)."""
    return "\n".join([BEGIN, "nav:", *_nav_lines(entries, "  "), END]) + "\n"


def _nav_lines(entries: list[NavEntry], indent: str) -> list[str]:
    lines = []
    for entry in entries:
        for title, value in entry.items():
            if isinstance(value, str):
                lines.append(f"{indent}- {_quoted(title)}: {_quoted(value)}")
            else:
                lines += [f"{indent}- {_quoted(title)}:", *_nav_lines(value, indent + "    ")]
    return lines


def _quoted(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


def _split(text: str, mkdocs_yml: Path) -> tuple[str, str, str]:
    """(before, block, after) of mkdocs.yml's text; block is '' when there are no markers yet."""
    start = text.find(BEGIN)
    if start < 0:
        return text, "", ""
    end = text.find(END, start)
    if end < 0:
        raise SpecError(f"{mkdocs_yml}: has {BEGIN!r} but no {END!r} after it")
    end = text.find("\n", end)
    end = len(text) if end < 0 else end + 1
    return text[:start], text[start:end], text[end:]


def has_nav_block(mkdocs_yml: Path) -> bool:
    """Whether mkdocs.yml has the markers between which the generator writes the nav."""
    return BEGIN in mkdocs_yml.read_text("utf-8")


def nav_current(mkdocs_yml: Path, entries: list[NavEntry]) -> bool:
    """Whether mkdocs.yml already holds exactly this navigation block."""
    _, block, _ = _split(mkdocs_yml.read_text("utf-8"), mkdocs_yml)
    return block == nav_block(entries)


def write_nav(mkdocs_yml: Path, entries: list[NavEntry]) -> bool:
    """Put the navigation between the markers (appended if absent); True if the file changed."""
    text = mkdocs_yml.read_text("utf-8")
    before, block, after = _split(text, mkdocs_yml)
    new_block = nav_block(entries)
    if block == new_block:
        return False
    if not block:
        before = before if before.endswith("\n") or not before else before + "\n"
        before += "\n"
    new_text = before + new_block + after
    tmp = mkdocs_yml.with_name(f".{mkdocs_yml.name}.tmp")
    tmp.write_text(new_text, "utf-8")
    os.replace(tmp, mkdocs_yml)
    return True


def site_config(docs: Path, explicit: Path | None = None) -> Path | None:
    """The mkdocs.yml that builds `docs`: `explicit` if given, else the one beside `docs` whose
    docs_dir is `docs` (so `build --out /tmp/x` leaves the project's mkdocs.yml alone)."""
    if explicit is not None:
        return explicit
    candidate = docs.parent / "mkdocs.yml"
    if not candidate.is_file():
        return None
    try:
        docs_dir = yaml.load(candidate.read_text("utf-8"), Loader=_LenientLoader).get("docs_dir")
    except yaml.YAMLError:
        return None
    same = (candidate.parent / (docs_dir or "docs")).resolve() == docs.resolve()
    return candidate if same else None


class _LenientLoader(yaml.SafeLoader):
    """SafeLoader that reads MkDocs' tags (!ENV, !!python/name) as plain values."""


_LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def spec_pages(spec_dir: Path) -> list[tuple[str, str]]:
    """(page path, resource) of every endpoint of a spec folder, in reading order."""
    from generator.spec import load_specs  # here: only `check` needs the loader

    _, endpoints = load_specs(spec_dir)
    return [(e.page, e.resource) for e in endpoints]
