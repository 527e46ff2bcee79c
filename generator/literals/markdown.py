"""Markdown escaping for generated pages: spec text is shown, never executed or injected."""

from __future__ import annotations

import html
import re


def md_text(text: str) -> str:
    """Markdown prose with raw HTML neutralised (`<script>` shows as text)."""
    return html.escape(str(text), quote=False)


def md_cell(value: object) -> str:
    """One table cell: HTML escaped, pipes escaped, line breaks as `<br>`."""
    text = md_text(str(value)).replace("|", "\\|")
    return "<br>".join(line.strip() for line in text.splitlines()) or " "


def md_code(value: object) -> str:
    """An inline code span that survives any backticks and pipes in the value."""
    text = str(value)
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}".replace("|", "\\|")


def md_wbr(name: object) -> str:
    """A name as HTML text that may wrap between its camelCase words (`<wbr>`), never inside one."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "<wbr>", html.escape(str(name)))
