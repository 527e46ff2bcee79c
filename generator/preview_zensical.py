"""Zensical's live preview: only the changed pages rebuilt, in a stand-in of the site.

Zensical 0.0.73 renders and writes every page of the site on any change (10 to 17 s at 1,000
endpoints), so the preview builds the site once (`zensical build` into a folder of its own,
served by preview_server.py) and, for a change that adds, removes and renames no page, builds a
stand-in project instead: the same config (INHERITed) and navigation, with the changed pages
copied in and every other page a stub holding only its title, then copies the changed pages'
HTML and their search entries into the served site. A page's HTML depends on its own Markdown,
what it includes (snippets, read from the real docs/) and the navigation, not on the others'
text, so it comes out byte for byte as a full build makes it (tests/test_live_preview.py checks
that). A change of mkdocs.yml (the navigation is written there), or of many pages at once (a
template edit), builds the whole site again.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml

from generator import paths, preview_config, site_nav

SERVED = ".preview-site"  # the served site, beside mkdocs.yml while the preview runs
FULL_ABOVE = 50  # more changed pages than this: one full build costs less than the stand-in's
_INCLUDE = re.compile(r'--8<-- "([^"]+)"')
Stamps = dict[str, tuple[int, int]]


def page_url(page: str) -> str:
    """The directory URL Zensical gives a page: `a/b.md` -> `a/b/`, `a/index.md` -> `a/`."""
    stem = page[: -len(".md")]
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
        return stem
    return stem + "/"


def stub_text(title: str) -> str:
    """A stand-in page: only its title, as the generator's templates write front matter."""
    return f"---\ntitle: {json.dumps(title)}\n---\n"


def titled_pages(config: Path) -> dict[str, str]:
    """{page: title} of the navigation block the generator wrote into mkdocs.yml."""
    text = config.read_text("utf-8")
    start = text.find(site_nav.BEGIN)
    nav = yaml.safe_load(text[start:]).get("nav", []) if start >= 0 else []
    found: dict[str, str] = {}

    def walk(entries: list) -> None:
        for entry in entries:
            for title, value in entry.items():
                if isinstance(value, str):
                    found[value] = str(title)
                else:
                    walk(value)

    walk(nav)
    return found


def docs_stamps(docs: Path) -> Stamps:
    """(mtime, size) of every file of docs/ the site is built from: not the snippets (the builder
    says which it wrote), nor dotfiles (the build cache), which Zensical leaves out too."""
    found: Stamps = {}
    for root, dirs, files in os.walk(docs):
        top = Path(root) == docs
        dirs[:] = [d for d in dirs if not d.startswith(".") and not (top and d == paths.SNIPPETS)]
        for name in files:
            if name.startswith("."):
                continue
            path = os.path.join(root, name)
            try:
                st = os.stat(path)
            except FileNotFoundError:
                continue
            found[Path(path).relative_to(docs).as_posix()] = (st.st_mtime_ns, st.st_size)
    return found


def _zensical(config: Path, cwd: Path) -> int:
    """Run `zensical build` on `config`; its exit status. Stopped with us if we are interrupted,
    so it cannot write into a folder the preview is removing."""
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    cmd = [sys.executable, "-m", "zensical", "build", "-f", str(config)]
    child = subprocess.Popen(cmd, cwd=cwd, env=env)
    try:
        return child.wait()
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


class ZensicalSite:
    """The served site under Zensical and the stand-in project that rebuilds single pages."""

    def __init__(self, mkdocs_yml: Path, docs: Path):
        self.mkdocs_yml, self.docs = mkdocs_yml, docs
        # Zensical writes only inside the config's folder; git ignores this one.
        self.served = mkdocs_yml.parent / SERVED
        shutil.rmtree(self.served, ignore_errors=True)
        self.preview_yml = preview_config.write_config(mkdocs_yml, "zensical", site_dir=self.served)
        # In memory where there is a tmpfs: it writes every stub's HTML (~140 MB at 1,000 pages).
        shm = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
        self.standin = Path(tempfile.mkdtemp(prefix="api-samples-standin-", dir=shm))
        (self.standin / "mkdocs.yml").write_text(
            f"INHERIT: {json.dumps(str(self.preview_yml))}\ndocs_dir: docs\nsite_dir: site\n",
            "utf-8",
        )
        self.titles: dict[str, str] = {}
        self.includes: dict[str, set[str]] = {}  # snippet -> the pages that include it
        self.seen: Stamps = {}
        self.config_seen: Stamps = {}
        self.warming: subprocess.Popen | None = None

    def config_stamps(self) -> Stamps:
        """The configs' stamps: a change there (the navigation, the theme) is a full build."""
        found: Stamps = {}
        for path in (self.mkdocs_yml, self.preview_yml):
            st = path.stat()
            found[str(path)] = (st.st_mtime_ns, st.st_size)
        return found

    def build_all(self) -> bool:
        """Build the whole site into the served folder; then refresh the stand-in. True if built."""
        self._wait_warming()
        self.config_seen, self.seen = self.config_stamps(), docs_stamps(self.docs)
        if _zensical(self.preview_yml, self.mkdocs_yml.parent) != 0:
            print("ERROR   -  zensical build failed; the served pages are the last good build")
            return False
        before, self.titles = self.titles, titled_pages(self.mkdocs_yml)
        for gone in before.keys() - self.titles.keys():  # Zensical leaves a removed page's HTML
            (self.served / page_url(gone) / "index.html").unlink(missing_ok=True)
        self.includes = {}
        for page in self.titles:
            self._scan(page)
        self._reset_standin()
        return True

    def update(self, written: list[str]) -> list[str]:
        """Bring the served site up to date with docs/; returns what changed ([] if nothing).
        `written`: what the generator wrote (its snippets are not stamped)."""
        if self.config_stamps() != self.config_seen:
            return ["mkdocs.yml"] if self.build_all() else []
        now = docs_stamps(self.docs)
        changed = {
            rel for rel in now.keys() | self.seen.keys() if now.get(rel) != self.seen.get(rel)
        }
        self.seen = now
        changed |= {rel for rel in written if rel.startswith(f"{paths.SNIPPETS}/")}
        if not changed:
            return []
        pages = {rel for rel in changed if rel in self.titles}
        for rel in changed:
            pages |= self.includes.get(rel, set())
        others = {rel for rel in changed - pages if not rel.startswith(f"{paths.SNIPPETS}/")}
        if any(rel.endswith(".md") for rel in others) or len(pages) > FULL_ABOVE:
            # A page outside the navigation came or went, or a template changed every page.
            return sorted(changed) if self.build_all() else []
        for rel in sorted(others):  # static files: copied as Zensical copies them
            self._copy_static(rel)
        if pages:
            self._build_pages(sorted(pages))
        return sorted(changed)

    def _build_pages(self, pages: list[str]) -> None:
        self._wait_warming()
        for page in pages:
            target = self.standin / "docs" / page
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.docs / page, target)
            self._scan(page)
        if _zensical(self.standin / "mkdocs.yml", self.mkdocs_yml.parent) != 0:
            print("ERROR   -  zensical build failed; the served pages are the last good build")
            return
        for page in pages:
            rel = page_url(page) + "index.html"
            _replace(self.standin / "site" / rel, self.served / rel)
        self._patch_search([page_url(p) for p in pages])

    def _patch_search(self, urls: list[str]) -> None:
        """Put the rebuilt pages' entries of the stand-in's search index into the served one."""
        served_path = self.served / "search.json"
        served = json.loads(served_path.read_text("utf-8"))
        fresh = json.loads((self.standin / "site" / "search.json").read_text("utf-8"))
        items = served["items"]
        for url in urls:
            new = [i for i in fresh["items"] if i["location"].split("#")[0] == url]
            at = [n for n, i in enumerate(items) if i["location"].split("#")[0] == url]
            if at and new:
                items[at[0] : at[-1] + 1] = new
        text = json.dumps(served, ensure_ascii=False, separators=(",", ":"))
        tmp = served_path.with_name(".search.json.tmp")
        tmp.write_text(text, "utf-8")
        os.replace(tmp, served_path)

    def _scan(self, page: str) -> None:
        for snippets in self.includes.values():
            snippets.discard(page)
        try:
            text = (self.docs / page).read_text("utf-8")
        except FileNotFoundError:
            return
        for snippet in _INCLUDE.findall(text):
            self.includes.setdefault(snippet, set()).add(page)

    def _copy_static(self, rel: str) -> None:
        source, target = self.docs / rel, self.served / rel
        if source.is_file():
            _replace(source, target)
        else:
            target.unlink(missing_ok=True)

    def _reset_standin(self) -> None:
        """Every page a stub again (written only where it differs), then one warming build in
        the background: Zensical's cache makes the next one-page build take about a second."""
        docs = self.standin / "docs"
        if docs.exists():
            for root, _, files in os.walk(docs):
                for name in files:
                    rel = (Path(root) / name).relative_to(docs).as_posix()
                    if rel not in self.titles:
                        (Path(root) / name).unlink()
        for page, title in self.titles.items():
            target = docs / page
            text = stub_text(title)
            if not target.is_file() or target.read_text("utf-8") != text:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(text, "utf-8")
        self.warming = subprocess.Popen(
            [sys.executable, "-m", "zensical", "build", "-f", str(self.standin / "mkdocs.yml")],
            cwd=self.mkdocs_yml.parent,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def _wait_warming(self) -> None:
        if self.warming is not None:
            self.warming.wait()
            self.warming = None

    def close(self) -> None:
        """Stop a warming build and remove both folders."""
        if self.warming is not None:
            self.warming.kill()
            self.warming.wait()
        shutil.rmtree(self.served, ignore_errors=True)
        shutil.rmtree(self.standin, ignore_errors=True)


def _replace(source: Path, target: Path) -> None:
    """Copy `source` over `target` at once (a reader sees the old file or the new one)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    shutil.copyfile(source, tmp)
    os.replace(tmp, target)
