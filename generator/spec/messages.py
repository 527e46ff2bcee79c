"""Messages a writer can act on: schema errors and bad values in spec terms."""

from __future__ import annotations

import difflib
import json
import re
from collections.abc import Iterable
from typing import Any, cast

import jsonschema

from generator.errors import show
from generator.model import Parameter

# What each JSON type is called in messages.
KIND = {
    "string": "text",
    "integer": "a whole number",
    "number": "a number",
    "boolean": "true or false",
    "object": "a mapping (key: value)",
    "array": "a list",
}
# A key that reads well unquoted in a field name or a list of choices.
PLAIN_KEY = re.compile(r"^[\w.@-]+$")


def number(value: float) -> str:
    """A limit as written in the spec: `10000`, not `10000.0` or `1e+04`."""
    return str(int(value)) if float(value).is_integer() else repr(value)


def did_you_mean(word: Any, choices: Iterable[str], *, value: bool = False) -> str:
    """`; did you mean 'name'?` (or `"value"`) for the closest choice in any case, or nothing."""
    choices = list(choices)
    same = [c for c in choices if c.lower() == str(word).lower()]
    close = same or difflib.get_close_matches(str(word), choices, n=1)
    if not close:
        return ""
    return f"; did you mean {show(close[0]) if value else repr(close[0])}?"


# Whether a value, read without its quotes, is of the JSON type a field needs.
_UNQUOTED_FITS = {
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) in (int, float),
    "boolean": lambda v: type(v) is bool,
}


def _quote_hint(expected: str, value: Any) -> str:
    """Advice on quotes: `5000` given as text for an integer, `yes` read as a boolean, ..."""
    if expected == "string":
        if isinstance(value, bool):
            return " (YAML reads unquoted yes/no/on/off/true/false as true or false; use quotes)"
        return " (put it in quotes)" if isinstance(value, (int, float)) else ""
    if isinstance(value, str) and expected in _UNQUOTED_FITS:
        try:
            if _UNQUOTED_FITS[expected](json.loads(value)):
                return " (remove the quotes)"
        except ValueError:
            pass
    return ""


def _type_message(expected: str, value: Any) -> str:
    """`must be a whole number, not "5" (remove the quotes)`, or `is empty; ...`."""
    kind = KIND.get(expected, expected)
    if value is None:
        return f"is empty; it must be {kind}"
    return f"must be {kind}, not {show(value)}{_quote_hint(expected, value)}"


def one_of(value: Any, options: list[str]) -> str:
    """`"get" is not one of GET, POST; did you mean "GET"?`"""
    listed = ", ".join(o if PLAIN_KEY.match(o) else show(o) for o in options)
    return f"{show(value)} is not one of {listed}{did_you_mean(value, options, value=True)}"


def _unknown_key(key: str, allowed: list[str]) -> str:
    """`unknown key; did you mean 'name'?`, or the allowed keys."""
    return f"unknown key{did_you_mean(key, allowed) or '; allowed: ' + ', '.join(allowed)}"


def schema_problems(error: jsonschema.ValidationError) -> list[tuple[list[Any], str]]:
    """One jsonschema error as (path, message) pairs; unknown keys give one pair per key.

    `required` errors are gathered by the caller, into one message per mapping.
    """
    path: list[Any] = list(error.absolute_path)
    value = error.instance
    if "propertyNames" in error.schema_path:
        path.append(value)  # a key of the mapping at `path`: report it at its own line
    if error.validator == "additionalProperties" and isinstance(value, dict):
        allowed = list(_schema_of(error).get("properties", {}))
        return [([*path, key], _unknown_key(key, allowed)) for key in value if key not in allowed]
    return [(path, _message(error))]


def _schema_of(error: jsonschema.ValidationError) -> dict[str, Any]:
    """The (sub)schema an error broke; the spec schemas are all mappings."""
    return cast(dict[str, Any], error.schema)


def _message(error: jsonschema.ValidationError) -> str:
    """One jsonschema error (other than unknown or missing keys) in spec terms."""
    value, rule, limit = (
        cast(Any, error.instance),
        error.validator,
        cast(Any, error.validator_value),
    )
    if rule == "type":
        return _type_message(limit, value)
    if rule == "enum":
        return one_of(value, [str(option) for option in limit])
    if rule == "pattern":
        return (
            f"{show(value)} is not {_schema_of(error).get('description', 'in the expected form')}"
        )
    if rule == "minLength":
        return "is empty"
    if rule == "minItems":
        return f"needs at least {limit} item{'s' if limit != 1 else ''}"
    if rule == "uniqueItems":
        twice = next(item for i, item in enumerate(value) if item in value[:i])
        return f"lists {show(twice)} twice"
    return error.message


def value_problem(param: Parameter, value: Any, schema: dict[str, Any]) -> str | None:
    """Why `value` cannot be given to `param` (type, limits, allowed values), or None."""
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(value)
    )
    if error is None:
        return None
    if error.validator == "maximum":
        return f"{show(value)} is above maximum {number(cast(float, param.maximum))}"
    if error.validator == "minimum":
        return f"{show(value)} is below minimum {number(cast(float, param.minimum))}"
    if error.validator == "enum":
        return one_of(value, list(param.values))
    if value is None:
        return f"is empty; give {KIND.get(param.type, 'one of ' + ', '.join(param.values))}"
    if error.absolute_path and param.items:
        at = error.absolute_path[0]
        where = f"item {at + 1}" if isinstance(at, int) else f"the value of {show(at)}"
        inner = error.instance
        return f"{where}: {show(inner)} is not {KIND[param.items]}{_quote_hint(param.items, inner)}"
    return f"{show(value)} is not {KIND[param.type]}{_quote_hint(param.type, value)}"
