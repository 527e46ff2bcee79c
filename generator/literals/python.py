"""Python literals: repr() is exact for JSON values; black picks the quote style afterwards."""

from __future__ import annotations

from typing import Any


def py_literal(value: Any) -> str:
    """Any JSON value as a Python literal."""
    if isinstance(value, (str, bool, int, float)) or value is None:
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    raise TypeError(f"no Python literal for {type(value).__name__}")
