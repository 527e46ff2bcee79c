"""Messages a writer can act on: schema errors and bad values in spec terms."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, cast

from generator.errors import show
from generator.model.parameters import Parameter
from generator.spec.validation import errors
from generator.spec.values import DATETIME, writes_pattern

if TYPE_CHECKING:  # imported when a value is checked: most builds validate nothing
    import jsonschema

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
PLAIN_KEY = re.compile(r"[\w.@-]+")  # fullmatch


def number(value: float) -> str:
    """A limit as written in the spec: `10000`, not `10000.0` or `1e+04`."""
    return str(int(value)) if float(value).is_integer() else repr(value)


def closest(word: Any, choices: Iterable[str]) -> str | None:
    """The choice the word is most likely a misspelling of (the same in any case first), if any."""
    choices = list(choices)
    same = [c for c in choices if c.lower() == str(word).lower()]
    if same:
        return same[0]
    import difflib  # only where a word matches no choice

    close = difflib.get_close_matches(str(word), choices, n=1)
    return close[0] if close else None


def did_you_mean(word: Any, choices: Iterable[str], *, value: bool = False) -> str:
    """`; did you mean 'name'?` (or `"value"`) for the closest choice in any case, or nothing."""
    close = closest(word, choices)
    if close is None:
        return ""
    return f"; did you mean {show(close) if value else repr(close)}?"


# Whether a value, read without its quotes, is of the JSON type a field needs.
_UNQUOTED_FITS = {
    "integer": lambda v: type(v) is int,
    "number": lambda v: type(v) in (int, float),
    "boolean": lambda v: type(v) is bool,
}


# Words YAML 1.1 read as true or false; specs are read as YAML 1.2, where they are text.
_YAML11_BOOLEANS = {"y", "yes", "n", "no", "on", "off"}
_SIXTIES = re.compile(r"[0-9]+(?::[0-5]?[0-9])+")  # YAML 1.1 read 1:30 as 90


def _not_of_kind(expected: str, value: Any) -> str:
    """`"5" is not a whole number (remove the quotes)`; `"yes" is text; write true or false`."""
    if expected == "boolean" and isinstance(value, str) and value.lower() in _YAML11_BOOLEANS:
        return f"{show(value)} is text; write true or false"
    if expected in ("integer", "number") and isinstance(value, str) and _SIXTIES.fullmatch(value):
        sixties = sum(int(part) * 60**i for i, part in enumerate(reversed(value.split(":"))))
        return (
            f"{show(value)} is text (YAML 1.1 read it in base 60, as {sixties}); write the number"
        )
    return f"{show(value)} is not {KIND[expected]}{_quote_hint(expected, value)}"


def _quote_hint(expected: str, value: Any) -> str:
    """Advice on quotes: `5000` given as text for an integer, `true` read as a boolean, ..."""
    if expected == "string":
        if isinstance(value, bool):
            return " (YAML reads unquoted true and false as true or false; put it in quotes)"
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
    if expected == "boolean" and isinstance(value, str) and value.lower() in _YAML11_BOOLEANS:
        return f"must be true or false; {show(value)} is text"
    return f"must be {kind}, not {show(value)}{_quote_hint(expected, value)}"


def one_of(value: Any, options: list[str]) -> str:
    """`"get" is not one of GET, POST; did you mean "GET"?`"""
    listed = ", ".join(o if PLAIN_KEY.fullmatch(o) else show(o) for o in options)
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
        field = _schema_of(error).get("$id") == FIELD_ID
        return [
            ([*path, key], _FIELD_IN if field and key == "in" else _unknown_key(key, allowed))
            for key in value
            if key not in allowed
        ]
    return [(path, _message(error))]


FIELD_ID = "urn:spec:field"  # the $id of a field's schema (generator.spec.schema_declared.FIELD)
_FIELD_IN = "a field travels inside its object, so it has no 'in'"


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
    if rule == "maxProperties" and isinstance(value, dict):
        keys = ", ".join(str(k) for k in value)
        return f"has {keys}: one key per entry; write each as its own entry"
    if rule == "minProperties" and _schema_of(error).get("properties"):
        keys = ", ".join(_schema_of(error)["properties"])
        return f"is empty; give one of {keys}"
    if rule == "minProperties":
        return "is empty; give at least one name: value"
    if rule == "minItems":
        return f"needs at least {limit} item{'s' if limit != 1 else ''}"
    if rule == "uniqueItems":
        twice = next(item for i, item in enumerate(value) if item in value[:i])
        return f"lists {show(twice)} twice"
    return error.message


_COUNTED = {
    "maxLength": "max_length",
    "minLength": "min_length",
    "maxItems": "max_items",
    "minItems": "min_items",
    "maxProperties": "max_items",
    "minProperties": "min_items",
}


def limit_problem(param: Parameter, error: jsonschema.ValidationError) -> str | None:
    """The string or item limit a value breaks, in the format's words (`is 1200 characters
    long; max_length is 1000`), or None when the error is about something else."""
    value, rule = cast(Any, error.instance), str(error.validator)
    if rule in _COUNTED and not error.absolute_path:
        size = len(value)
        what = {"maxLength": "characters long", "minLength": "characters long"}.get(rule)
        what = what or ("entries" if isinstance(value, dict) else "items")
        said = f"is {size} {what}" if "long" in what else f"has {size} {what}"
        return f"{said}; {_COUNTED[rule]} is {error.validator_value}"
    if rule == "pattern" and not error.absolute_path:
        if error.validator_value == DATETIME:
            return f"is {show(value)}, which is not a date-time (format: datetime, such as 2014-05-25T12:00:00Z)"
        return f"is {show(value)}, which does not match the pattern {param.pattern}"
    return None


def value_problem(param: Parameter, value: Any, schema: dict[str, Any]) -> str | None:
    """Why `value` cannot be given to `param` (type, limits, allowed values), or None."""
    found = errors(schema, value, portable=not writes_pattern(param))
    if not found:
        return None
    import jsonschema  # only for a value that fails (see the import at the top)

    error = jsonschema.exceptions.best_match(found)
    assert error is not None
    if limit := limit_problem(param, error):
        return limit
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
        return f"{where}: {_not_of_kind(param.items, inner)}"
    return _not_of_kind(param.type, value)
