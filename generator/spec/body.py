"""The body's JSON type (`body`), and the `when` values that choose this file on its method and path."""

from __future__ import annotations

from typing import Any

from generator.errors import Report
from generator.model.parameters import JSON, Body, Parameter
from generator.spec.messages import did_you_mean, show


def read_body(data: dict[str, Any], found: Report) -> Body:
    """The body's type and item limits (an object body when `body` is not given)."""
    raw = data.get("body")
    if not isinstance(raw, dict) or raw.get("type") not in ("object", "array"):
        return Body()
    least, most = raw.get("min_items"), raw.get("max_items")
    least = least if isinstance(least, int) and not isinstance(least, bool) else None
    most = most if isinstance(most, int) and not isinstance(most, bool) else None
    if raw["type"] == "object" and (least is not None or most is not None):
        key = "min_items" if least is not None else "max_items"
        found.add(["body", key], "only an array body (type: array) has a number of items")
        return Body()
    if least is not None and most is not None and least > most:
        found.add(["body", "min_items"], f"min_items {least} is above max_items {most}")
    return Body(raw["type"], least, most)


def allows(param: Parameter, value: JSON) -> bool:
    """Whether a parameter can take exactly this value: its `const` (when the model has one),
    else one of its enum values."""
    const = param.const
    if const is not None:
        return bool(const == value and type(const) is type(value))
    return param.type == "enum" and isinstance(value, str) and value in param.values


def read_when(
    data: dict[str, Any], params: dict[str, Parameter], names: list[str], found: Report
) -> tuple[tuple[str, JSON], ...]:
    """The `when` values: each a parameter this file declares, in the query or body, that can
    take exactly that value (an enum holding it, or a `const` of it)."""
    raw = data.get("when")
    if not isinstance(raw, dict):
        return ()
    when = []
    for name, value in raw.items():
        at = ["when", name]
        param = params.get(name)
        if param is None:
            if name not in names:  # a declaration with problems is reported where it is
                hint = did_you_mean(name, names)
                message = f"{name!r} is not a declared parameter{hint}; `when` names parameters this file declares"
                found.add(at, message)
        elif param.location == "path":
            found.add(at, f"{name!r} is a path parameter; `when` takes query or body parameters")
        elif not allows(param, value):
            found.add(at, _not_allowed(param, value))
        else:
            when.append((name, value))
    return tuple(when)


def _not_allowed(param: Parameter, value: JSON) -> str:
    """Why a `when` value cannot choose this file: the parameter does not take exactly it."""
    const = param.const
    if const is not None:
        return f"{show(value)} is not the const value of {param.name!r} ({show(const)})"
    if param.type == "enum":
        listed = ", ".join(param.values)
        return f"{show(value)} is not one of the values of {param.name!r} ({listed})"
    return f"{param.name!r} is a {param.type}; `when` needs a parameter that allows exactly its value (an enum holding it, or a const)"
