"""Python literals and calls, written the way black writes them, so black rarely has work left."""

from __future__ import annotations

import keyword
from collections.abc import Sequence
from typing import Any, Protocol

from generator.literals.names import snake_case

# black's default line length; the Python target formats with black's default mode.
LINE_LENGTH = 88
INDENT = "    "


class _Named(Protocol):
    @property
    def name(self) -> str: ...

    @property
    def value(self) -> Any: ...


def py_string(text: str) -> str:
    """A string literal: double-quoted when that needs no escape (black's choice), else repr()."""
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
    return repr(text)


def py_literal(value: Any) -> str:
    """Any JSON value as a Python literal."""
    if isinstance(value, str):
        return py_string(value)
    if isinstance(value, float):
        return repr(value).replace("e+", "e")  # black writes 1e20, not 1e+20
    if isinstance(value, (bool, int)) or value is None:
        return repr(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return (
            "{"
            + ", ".join(f"{py_literal(str(k))}: {py_literal(v)}" for k, v in value.items())
            + "}"
        )
    raise TypeError(f"no Python literal for {type(value).__name__}")


def py_name(name: str) -> str:
    """A name as Python code: ValueError for a keyword (`from`) or what is no identifier."""
    if not name.isidentifier() or keyword.iskeyword(name):
        raise ValueError(f"{name!r} cannot be a name in Python code")
    return name


def py_parameter(name: str) -> str:
    """A spec name as a keyword argument's name: snake_case, and a Python keyword with a trailing
    `_` (`from` -> `from_`), as PEP 8 and bandwidth-sdk (`create_call(from_, to, ...)`) spell it."""
    spelled = snake_case(name)
    return py_name(spelled + "_" if keyword.iskeyword(spelled) else spelled)


def py_keyword(argument: _Named) -> str:
    """A keyword argument: `incoming_call_url="http://..."`."""
    return f"{py_parameter(argument.name)}={py_literal(argument.value)}"


def py_arguments(positional: Sequence[_Named], keywords: Sequence[_Named]) -> list[str]:
    """A call's arguments as code: values by position, then `name=value` by keyword."""
    return [py_literal(a.value) for a in positional] + [py_keyword(a) for a in keywords]


def py_call(callee: str, arguments: Sequence[str], after: str = "") -> str:
    """A top-level call laid out as black does: one line; or the arguments on one indented line;
    or one argument per line with a trailing comma. Lines that stay too long are left to black."""
    one_line = f"{callee}({', '.join(arguments)}){after}"
    if len(one_line) <= LINE_LENGTH or not arguments:
        return one_line
    body = ", ".join(arguments)
    if len(INDENT) + len(body) <= LINE_LENGTH:
        return f"{callee}(\n{INDENT}{body}\n){after}"
    if len(arguments) == 1:
        return one_line  # black would split inside the one argument
    return f"{callee}(\n" + "".join(f"{INDENT}{a},\n" for a in arguments) + f"){after}"
