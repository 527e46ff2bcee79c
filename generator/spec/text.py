"""Check a spec's free text: links in descriptions, the resource and the samples' item name."""

from __future__ import annotations

import html
import re
import unicodedata
from typing import Any

from generator.errors import Report
from generator.paths import section_of
from generator.spec.collector import mapping_items
from generator.spec.messages import show
from generator.spec.schema_declared import NAME_RE
from generator.targets import TARGETS

# Folders of docs/ that generated pages must not land in.
RESERVED_SECTIONS = {"snippets", "stylesheets", "assets", "search"}
# What a link in a description may lead to (any case); anything else with a scheme is refused.
LINK_SCHEMES = ("http", "https", "mailto")
# A URL's scheme as a browser reads it: a letter, then letters, digits, `+`, `-` or `.`, then `:`.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*(?=:)")
# A Markdown backslash escape of ASCII punctuation.
_BACKSLASH_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
# What a browser strips from both ends of a URL (C0 controls and space) and removes inside it.
_URL_ENDS = "".join(map(chr, range(0x21)))
_URL_INSIDE = re.compile(r"[\t\n\r]")
# Characters no scheme holds, written or as an entity: a destination's scheme ends before them.
_NO_SCHEME_AFTER = re.compile(r"[()\[\]]")
# Where an inline destination ends, for messages: a blank, `)` or `>`.
_URL_END = re.compile(r"[\s)>]")
# What nav titles may not hold: HTML's special characters and characters that do not show.
_NAV_SPECIAL = '<>&"'
_INVISIBLE = ("Cc", "Cf", "Zl", "Zp")


def singular(resource: str) -> str:
    """`Applications` -> `application`: the default name of one item in samples."""
    word = resource.strip().split()[-1].lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _brackets(text: str) -> list[tuple[int, int]]:
    """The `[` ... `]` pairs of Markdown text (nested ones too), backslash-escaped ones skipped."""
    pairs, open_at, i = [], [], 0
    while i < len(text):
        if text[i] == "\\":
            i += 1
        elif text[i] == "[":
            open_at.append(i)
        elif text[i] == "]" and open_at:
            pairs.append((open_at.pop(), i))
        i += 1
    return sorted(pairs)


def _url(text: str, *, to_space: bool) -> str:
    """A destination as the browser gets it: entities and escapes decoded, `<...>` unwrapped,
    controls and spaces stripped from the ends, tabs and line breaks removed inside it (only
    the part that can hold a scheme: up to a bracket or parenthesis, which no scheme holds)."""
    text = text.lstrip(_URL_ENDS)
    if to_space:  # a reference definition's destination ends at a blank or line break
        text = re.split(r"\s", text, maxsplit=1)[0]
    text = _NO_SCHEME_AFTER.split(text, maxsplit=1)[0]
    text = _BACKSLASH_ESCAPE.sub(r"\1", html.unescape(text)).lstrip(_URL_ENDS)
    return _URL_INSIDE.sub("", text.removeprefix("<").lstrip(_URL_ENDS))


def link_destinations(text: str) -> list[tuple[str, str]]:
    """Every destination a Markdown text can form, as ("link" | "image" | "image reference",
    URL): inline `[x](url)` and `[x](<url>)`, images, and reference definitions `[r]: url`."""
    found = []
    for start, end in _brackets(text):
        after = text[end + 1 :]
        image = start > 0 and text[start - 1] == "!" and text[start - 2 : start] != "\\!"
        if after.startswith("("):
            found.append(("image" if image else "link", _url(after[1:], to_space=False)))
        elif after.startswith(":"):
            found.append(("link", _url(after[1:], to_space=True)))
        elif image:
            found.append(("image reference", ""))
    return found


def link_problem(kind: str, url: str) -> str | None:
    """Why a description may not link to `url`, or None: links may be http(s), mailto, a
    relative path or a #fragment; images must be files of the site."""
    scheme = _SCHEME.match(url)
    if kind == "image reference":
        return "a reference image ![x][r] is not allowed; write ![x](path), a file of the site"
    if kind == "image" and (scheme or url.replace("\\", "/").startswith("//")):
        return (
            f"an image from {show(_URL_END.split(url, 1)[0])} is not allowed; an image must be a "
            "file of the site: ![x](path)"
        )
    if scheme and scheme[0].lower() not in LINK_SCHEMES:
        return (
            f"a {scheme[0].lower()}: link is not allowed; links may be http, https, mailto, "
            "a relative path or a #fragment"
        )
    return None


def check_link(text: Any, where: list[Any], found: Report) -> None:
    """Descriptions are Markdown: every link in them leads to a page, never runs anything."""
    if not isinstance(text, str):
        return
    for kind, url in link_destinations(text):
        if problem := link_problem(kind, url):
            found.add(where, problem)
            return


def nav_text_problem(text: str) -> str | None:
    """Why `text` cannot name a page in the navigation as written, or None: MkDocs and Material
    write navigation titles as HTML, so HTML's special characters and invisible ones are refused
    (a text of several lines is the schema's to report)."""
    if "\n" in text or "\r" in text:
        return None
    for c in text:
        if c in _NAV_SPECIAL:
            return f'{c!r} cannot be shown in a navigation title; write it without < > & "'
        if unicodedata.category(c) in _INVISIBLE:
            return f"the invisible character U+{ord(c):04X} cannot be shown in a navigation title"
    return None


def check_titles(data: dict[str, Any], found: Report) -> None:
    """The resource and the title name the page in the navigation and the window title."""
    for key in ("resource", "title"):
        if isinstance(data.get(key), str) and (problem := nav_text_problem(data[key])):
            found.add([key], problem)


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
        if not NAME_RE.fullmatch(name):
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
