"""C# literals: regular (escaped) string literals, typed numbers, enum members."""

from __future__ import annotations

from typing import Any

from generator.literals.names import pascal_case

_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\0": "\\0"}
# Characters that end a line inside a C# string literal, so they must be escaped.
_LINE_BREAKS = "\u0085\u2028\u2029"


def _char(c: str) -> str:
    if c in _ESCAPES:
        return _ESCAPES[c]
    code = ord(c)
    if code < 0x20 or code == 0x7F or c in _LINE_BREAKS:
        return f"\\u{code:04X}"
    if code > 0xFFFF:
        high, low = divmod(code - 0x10000, 0x400)
        return f"\\u{0xD800 + high:04X}\\u{0xDC00 + low:04X}"
    return c


def cs_string(text: str) -> str:
    """A regular C# string literal; astral characters as escaped surrogate pairs."""
    if text.isascii() and text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'  # nothing to escape: the common case, without the per-character loop
    return '"' + "".join(_char(c) for c in text) + '"'


def cs_literal(value: Any) -> str:
    """A string, number or boolean as a C# literal."""
    if isinstance(value, str):
        return cs_string(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if value is None:
        return "null"
    raise TypeError(f"no C# literal for {type(value).__name__}")


def cs_enum(value: str, enum_type: str) -> str:
    """An enum member: `GET` of `CallbackHttpMethod` -> `CallbackHttpMethod.Get`."""
    member = pascal_case(value)
    if not member.isidentifier():
        raise TypeError(f"{value!r} does not name a C# enum member")
    return f"{enum_type}.{member}"
