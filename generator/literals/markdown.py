"""Markdown escaping for generated pages: spec text is shown, never executed or injected."""

from __future__ import annotations

import html
import json
import re

from generator.errors import invisible

# What Python-Markdown (with its tables extension) lets a backslash escape.
_PUNCTUATION = re.compile(r"([\\`*_{}\[\]()>#+\-.!|])")
# A pipe, with the backslashes written just before it.
_PIPE = re.compile(r"(\\*)\|")
# A table row as the tables extension reads it before it splits the cells (its RE_CODE_PIPES):
# an escaped backslash, an escaped backtick run, a backtick run, an escaped pipe, a pipe.
_ROW_TOKEN = re.compile(r"(\\\\)|(\\`+)|(`+)|(\\\|)|(\|)")
# Every line break str.splitlines() knows (Python-Markdown ends a table row at \r as at \n).
_LINE_BREAK = re.compile(r"\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
# A run of three or more backticks or tildes with only blanks, quote or list marks before it on its
# line: the most a fence opener or closer can have before it (superfences allows blanks and `>`).
_FENCE = re.compile(r"((?:^|\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029])[\s>*+\-.)\d]*)(`{3,}|~{3,})")
# Such a run as entities: it still shows, but as no backtick or tilde any Markdown reader sees.
_FENCE_ENTITY = {"`": "&#96;", "~": "&#126;"}


def _no_html(text: object) -> str:
    """Text with `&`, `<` and `>` as entities: no raw HTML (and no `>` quote mark) survives."""
    return html.escape(str(text), quote=False)


def md_text(text: str) -> str:
    """Markdown prose with raw HTML neutralised (`<script>` shows as text) and no fenced code:
    a fence line shows as written, so no fence of a description pairs with a sample's fence."""
    return _FENCE.sub(lambda m: m[1] + _FENCE_ENTITY[m[2][0]] * len(m[2]), _no_html(text))


def md_plain(text: str) -> str:
    """Plain text on one line (titles): no HTML, and no Markdown meaning for any character."""
    return _PUNCTUATION.sub(r"\\\1", _no_html(" ".join(str(text).split())))


def _escape_pipes(text: str) -> str:
    # k backslashes before a pipe become 2k+1: each one shows as written, the pipe stays text.
    return _PIPE.sub(lambda m: m[1] * 2 + "\\|", text)


def _code_regions(row: str) -> list[tuple[int, int]]:
    """The stretches of `row` the tables extension takes for code (pipes in them do not split):
    each backtick run paired with the next run of its length, as that extension pairs them."""
    runs = []  # (start, end, length as a closing run, length as an opening run)
    for m in _ROW_TOKEN.finditer(row):
        if m[2]:  # `\``: the backslash escapes one backtick
            runs.append((m.start(), m.end(), len(m[2]) - 1, len(m[2]) - 2))
        elif m[3]:
            runs.append((m.start(), m.end(), len(m[3]), len(m[3])))
    regions, i = [], 0
    while i < len(runs):
        closing = next(
            (j for j in range(i + 1, len(runs)) if runs[i][3] > 0 and runs[j][2] == runs[i][3]),
            None,
        )
        if closing is None:
            i += 1
        else:
            regions.append((runs[i][0], runs[closing][1]))
            i = closing + 1
    return regions


def _outside_code(text: str) -> str:
    """Cell text outside code: pipes and lone backticks escaped, so neither can reach another cell."""

    def token(m: re.Match[str]) -> str:
        ticks = m[2] or m[3]
        return "\\`" * ticks.count("`") if ticks else m[0]

    return _escape_pipes(_ROW_TOKEN.sub(token, text))


def md_cell(value: object) -> str:
    """One table cell of Markdown: HTML escaped, lines as `<br>`, and no pipe or backtick that the
    tables extension could pair with another cell (code spans stay code, on one line)."""
    # One line of a table row: no fence can open in it, so the cell needs no fence escaping.
    text, parts, start = _no_html(value), [], 0
    for begin, end in _code_regions(text):
        parts += [_outside_code(text[start:begin]), _LINE_BREAK.sub(" ", text[begin:end])]
        start = end
    text = "".join([*parts, _outside_code(text[start:])])
    return "<br>".join(line.strip() for line in _LINE_BREAK.split(text)) or " "


def _json_string(text: str) -> str:
    """`"..."` with every invisible character as an escape."""
    quoted = json.dumps(text, ensure_ascii=False)
    return "".join(f"\\u{ord(c):04x}" if invisible(c) else c for c in quoted)


def md_code(value: object) -> str:
    """An inline code span, also inside a table cell, that shows the value exactly."""
    text = str(value)
    if not text or text != text.strip() or any(invisible(c) for c in text):
        # JSON spelling shows blanks and invisible characters; a line break would end a table row.
        text = _json_string(text)
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith(("`", "\\")) else ""
    return f"{fence}{pad}{text}{pad}{fence}"


# How the pages have always spelled a value that is not a string (Jinja's `tojson`): JSON with
# sorted keys, and `<`, `>`, `&` and `'` as \u escapes.
_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "'": "\\u0027"}


def md_value(value: object) -> str:
    """A spec value as a code span: a string as written, any other value as JSON."""
    if isinstance(value, str):
        return md_code(value)
    text = json.dumps(value, sort_keys=True)
    for char, escape in _JSON_ESCAPES.items():
        text = text.replace(char, escape)
    return md_code(text)


def md_wbr(name: object) -> str:
    """A name as HTML text that may wrap between its camelCase words (`<wbr>`), never inside one."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "<wbr>", html.escape(str(name)))


def md_fence(text: str, lexer: str = "text") -> str:
    """A fenced code block that shows `text` exactly, as inert text: its fence is longer than any
    run of backticks in it, so nothing in the text can close it."""
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    return f"{fence}{lexer}\n{text}\n{fence}"


def md_marks(numbers: object) -> str:
    """Note numbers after a table value, as superscripts (`<sup>1,2</sup>`); "" for none."""
    listed = [str(int(n)) for n in numbers] if isinstance(numbers, (list, tuple)) else []
    return f"<sup>{','.join(listed)}</sup>" if listed else ""
