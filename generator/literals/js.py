"""JavaScript literals in the seed's style: single-quoted strings, bare keys where allowed."""

from __future__ import annotations

import json
import re
from typing import Any

_IDENT = re.compile(r"[A-Za-z_$][A-Za-z0-9_$]*")  # fullmatch
_ESCAPES = {
    "\\": "\\\\",
    "'": "\\'",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
    "\v": "\\v",
}


def _char(c: str) -> str:
    if c in _ESCAPES:
        return _ESCAPES[c]
    code = ord(c)
    if code < 0x20 or code == 0x7F or c in "\u2028\u2029" or 0xD800 <= code <= 0xDFFF:
        return f"\\u{code:04x}"
    return c


def js_string(text: str) -> str:
    """A single-quoted JavaScript string literal."""
    if text.isascii() and text.isprintable() and "'" not in text and "\\" not in text:
        return f"'{text}'"  # nothing to escape: the common case, without the per-character loop
    return "'" + "".join(_char(c) for c in text) + "'"


def js_key(name: str) -> str:
    """An object key: bare when it is an identifier, else quoted."""
    return name if _IDENT.fullmatch(name) else js_string(name)


def js_literal(value: Any) -> str:
    """Any JSON value as a JavaScript literal."""
    if isinstance(value, str):
        return js_string(value)
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, (int, float)):
        return json.dumps(value)
    if isinstance(value, list):
        return "[" + ", ".join(js_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{js_key(str(k))}: {js_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no JavaScript literal for {type(value).__name__}")
