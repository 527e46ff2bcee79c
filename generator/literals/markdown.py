"""Markdown escaping for generated pages: spec text is shown, never executed or injected."""

from __future__ import annotations

import html
import json
import re
import unicodedata

# A code span as Python-Markdown finds it: a run of backticks closed by a run of the same length.
_CODE_SPAN = re.compile(r"(?<!\\)(`+)(.+?)(?<!`)\1(?!`)", re.S)
# What Python-Markdown (with its tables extension) lets a backslash escape.
_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()>#+\-.!|])")
# A pipe, with the backslashes written just before it.
_PIPE = re.compile(r"(\\*)\|")


def md_text(text: str) -> str:
    """Markdown prose with raw HTML neutralised (`<script>` shows as text)."""
    return html.escape(str(text), quote=False)


def md_plain(text: str) -> str:
    """Plain text on one line (titles): no HTML, and no Markdown meaning for any character."""
    return _PUNCTUATION.sub(r"\\\1", md_text(" ".join(str(text).split())))


def _escape_pipes(text: str) -> str:
    # k backslashes before a pipe become 2k+1: each one shows as written, the pipe stays text.
    return _PIPE.sub(lambda m: m[1] * 2 + "\\|", text)


def md_cell(value: object) -> str:
    """One table cell of Markdown: HTML escaped, pipes kept out of the table, lines as `<br>`."""
    text, parts, start = md_text(str(value)), [], 0
    for span in _CODE_SPAN.finditer(text):  # a pipe inside a code span does not split the row
        parts += [_escape_pipes(text[start : span.start()]), span[0]]
        start = span.end()
    text = "".join([*parts, _escape_pipes(text[start:])])
    return "<br>".join(line.strip() for line in text.splitlines()) or " "


def _invisible(c: str) -> bool:
    return unicodedata.category(c) in ("Cc", "Zl", "Zp")


def _json_string(text: str) -> str:
    """`"..."` with every invisible character as an escape."""
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if _invisible(c) else c for c in quoted)


def md_code(value: object) -> str:
    """An inline code span, also inside a table cell, that shows the value exactly."""
    text = str(value)
    if not text or text != text.strip() or any(_invisible(c) for c in text):
        # JSON spelling shows blanks and invisible characters; a line break would end a table row.
        text = _json_string(text)
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith(("`", "\\")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def md_wbr(name: object) -> str:
    """A name as HTML text that may wrap between its camelCase words (`<wbr>`), never inside one."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "<wbr>", html.escape(str(name)))
