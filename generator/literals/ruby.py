"""Ruby literals: double-quoted strings with interpolation defused, hash-rocket symbol keys."""

from __future__ import annotations

import re
from typing import Any

_ESCAPES = {
    "\\": "\\\\",
    '"': '\\"',
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\0": "\\0",
    "\x1b": "\\e",
}
_SYMBOL = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")  # fullmatch


def _char(c: str, following: str) -> str:
    if c in _ESCAPES:
        return _ESCAPES[c]
    if c == "#" and following in "{$@":
        return "\\#"
    code = ord(c)
    if code < 0x20 or code == 0x7F or c in "\u0085\u2028\u2029":
        return f"\\u{{{code:x}}}"
    return c


def rb_string(text: str) -> str:
    """A double-quoted Ruby string that never interpolates."""
    if text.isascii() and text.isprintable() and not any(c in text for c in '"\\#'):
        return f'"{text}"'  # nothing to escape: the common case, without the per-character loop
    padded = text + " "
    return '"' + "".join(_char(c, padded[i + 1]) for i, c in enumerate(text)) + '"'


def rb_symbol(name: str) -> str:
    """A symbol: `:incoming_call_url`, or `:"odd name"` when it is not a plain identifier."""
    return f":{name}" if _SYMBOL.fullmatch(name) else f":{rb_string(name)}"


def rb_literal(value: Any) -> str:
    """Any JSON value as a Ruby literal."""
    if isinstance(value, str):
        return rb_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "nil"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(rb_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{rb_string(str(k))} => {rb_literal(v)}" for k, v in value.items())
            + "}"
        )
    raise TypeError(f"no Ruby literal for {type(value).__name__}")
