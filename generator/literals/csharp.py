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


# The C# type of a list's items or a mapping's values, by the spec's `items` type.
_ITEM_TYPES = {"string": "string", "integer": "int", "number": "double", "boolean": "bool"}
_INT32 = range(-(2**31), 2**31)


def _item_type(items: str | None, values: list[Any]) -> str:
    if items not in _ITEM_TYPES:
        raise TypeError(f"no C# type for items of type {items!r}")
    if items == "integer" and not all(v in _INT32 for v in values):
        return "long"
    return _ITEM_TYPES[items]


def cs_literal(value: Any, items: str | None = None) -> str:
    """A string, number or boolean as a C# literal; a list as an array and a mapping as a
    Dictionary with string keys, their items of the spec type `items`."""
    if isinstance(value, list):
        kind = _item_type(items, value)
        listed = ", ".join(cs_literal(v) for v in value)
        return f"new {kind}[] {{ {listed} }}" if listed else f"new {kind}[0]"
    if isinstance(value, dict):
        kind = _item_type(items, list(value.values()))
        pairs = ", ".join(f"{{ {cs_string(str(k))}, {cs_literal(v)} }}" for k, v in value.items())
        body = f" {{ {pairs} }}" if pairs else "()"
        return f"new Dictionary<string, {kind}>{body}"
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
