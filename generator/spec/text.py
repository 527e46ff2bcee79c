"""Check a spec's free text: links in descriptions, the resource and the samples' item name."""

from __future__ import annotations

import re
from typing import Any

from generator.errors import Report
from generator.model import section_of
from generator.spec import schema
from generator.spec.collector import mapping_items
from generator.spec.messages import show
from generator.targets import TARGETS

# Folders of docs/ that generated pages must not land in.
RESERVED_SECTIONS = {"snippets", "stylesheets", "assets", "search"}
# Markdown links whose target runs script: `[x](javascript:...)` and `[x]: javascript:...`.
SCRIPT_LINK = re.compile(
    r"(\]\s*\(\s*<?|^\s*\[[^\]]*\]:\s*<?)\s*(javascript|vbscript|data):", re.I | re.M
)


def singular(resource: str) -> str:
    """`Applications` -> `application`: the default name of one item in samples."""
    word = resource.strip().split()[-1].lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def check_link(text: Any, where: list[Any], found: Report) -> None:
    """Descriptions are Markdown: no link in them may run script."""
    if isinstance(text, str) and (match := SCRIPT_LINK.search(text)):
        found.add(where, f"a {match[2].lower()}: link is not allowed; link to http(s) pages")


def check_links(data: dict[str, Any], found: Report) -> None:
    """The endpoint's own descriptions (a set's are checked in _api.yaml)."""
    check_link(data.get("description"), ["description"], found)
    for key in ("parameters", "properties"):
        for i, item in mapping_items(data, key):
            check_link(item.get("description"), [key, i, "description"], found)


def check_resource(data: dict[str, Any], found: Report) -> None:
    """The resource names the folder of its pages: one that exists and is not taken."""
    resource = data.get("resource")
    if not isinstance(resource, str) or not resource.strip():
        return
    section = section_of(resource)
    if not section:
        found.add(
            ["resource"],
            f"{show(resource)} needs a latin letter or digit: it names the page folder",
        )
    elif section in RESERVED_SECTIONS:
        found.add(
            ["resource"], f"{show(resource)} would put pages in docs/{section}/, which is reserved"
        )


def check_item_name(data: dict[str, Any], found: Report) -> None:
    """The samples' variable for one item: a name, and no keyword of a sample language."""
    given, resource = data.get("item_name"), data.get("resource")
    if isinstance(given, str):
        where, name = ["item_name"], given
    elif given is None and isinstance(resource, str) and resource.strip():
        where, name = ["resource"], singular(resource)
        if not schema.NAME_RE.match(name):
            found.add(
                where, f"{show(resource)} gives no name for the samples' variables; add item_name"
            )
            return
    else:
        return
    _check_not_reserved(name, where, found)


def _check_not_reserved(name: str, where: list[Any], found: Report) -> None:
    """The samples' variable for one item is no reserved word of a sample language (each
    target says what its language takes)."""
    languages = [
        t.library.language
        for t in TARGETS
        if t.library and t.checks.variable and t.checks.variable(name)
    ]
    if languages:
        hint = "" if where == ["item_name"] else "; set item_name to another word"
        found.add(
            where,
            f"the samples' variable {name!r} is a reserved word in {', '.join(languages)}{hint}",
        )
