"""JSON Schemas derived from declared parameters: for example values here, for requests in the stub."""

from __future__ import annotations

import re
from typing import Any

from generator.model.endpoint import Endpoint
from generator.model.parameters import Location, Parameter, Rule
from generator.spec.validation import END

_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "object": "object",
    "array": "array",
}
_INTEGER = re.compile(r"-?[0-9]+")  # fullmatch, as every pattern here
_NOT_JAVASCRIPT = re.compile(r"\\[AZ]|\(\?P|\(\?[aiLmsux]")  # Python-only regular expressions
# `format: datetime`: an ISO 8601 date and time, `2014-05-25T12:00:00Z` or `2014-05-25 12:00:00`
# (the Catapult pages write both), seconds, fraction and zone optional.
DATETIME = (
    "^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])[T ]([01][0-9]|2[0-3]):[0-5][0-9]"
    "(:[0-5][0-9](\\.[0-9]+)?)?(Z|[+-]([01][0-9]|2[0-3]):?[0-5][0-9])?" + END
)
_NUMBER = re.compile(r"-?[0-9]+(\.[0-9]+)?([eE][-+]?[0-9]+)?")


def parameter_schema(param: Parameter, *, wire: bool = False) -> dict[str, Any]:
    """The schema one parameter's value must meet; `wire`: as the API reads it (enum values in
    any case where the spec says the API accepts that, `any_case`)."""
    if wire and param.const is not None:
        return {"const": param.const}  # the API takes only this value
    if param.type == "enum":
        if wire and param.any_case:
            alternatives = "|".join(re.escape(v) for v in param.values)
            return {"type": "string", "pattern": f"^(?i:{alternatives})\\Z"}
        return {"enum": list(param.values)}
    if param.fields:
        each = _fields_schema(param, wire)
        shaped = {"type": "array", "items": each} if param.type == "array" else each
        return {**shaped, **_limits(param)}
    schema: dict[str, Any] = {"type": _TYPES[param.type]}
    if param.items is not None:
        each = {"type": _TYPES[param.items]}
        schema["items" if param.type == "array" else "additionalProperties"] = each
    if param.minimum is not None:
        schema["minimum"] = param.minimum
    if param.maximum is not None:
        schema["maximum"] = param.maximum
    schema.update(_limits(param))
    if wire and param.numeric_text:
        pattern = _INTEGER if param.type == "integer" else _NUMBER
        return {"anyOf": [schema, {"type": "string", "pattern": f"^{pattern.pattern}\\Z"}]}
    return schema


def _fields_schema(param: Parameter, wire: bool) -> dict[str, Any]:
    """An object with named fields: each field's schema, its mandatory ones, nothing else (on
    the wire a field that is not mandatory may be null, as a top-level parameter may)."""
    properties = {}
    for field in param.fields:
        own = parameter_schema(field, wire=wire)
        properties[field.name] = own if field.mandatory or not wire else nullable(own)
    return {
        "type": "object",
        "properties": properties,
        "required": [f.name for f in param.fields if f.mandatory],
        "additionalProperties": False,
    }


def nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """`schema`, or null (a parameter the request may send as null: the API leaves it unset)."""
    return {"anyOf": [schema, {"type": "null"}]}


def _limits(param: Parameter) -> dict[str, Any]:
    """A parameter's string and item limits as JSON Schema keywords (a pattern matches the
    whole value: it ends in `\\Z`, as Python's re reads it; OpenAPI's export writes `$`)."""
    found: dict[str, Any] = {}
    many = "Properties" if param.type == "object" else "Items"
    for key, value in (
        ("minLength", param.min_length),
        ("maxLength", param.max_length),
        (f"min{many}", param.min_items),
        (f"max{many}", param.max_items),
    ):
        if value is not None:
            found[key] = value
    patterns = [whole_pattern(param.pattern)] if param.pattern else []
    if param.format == "datetime":
        patterns.append(DATETIME)
    if len(patterns) == 1:
        found["pattern"] = patterns[0]
    elif patterns:
        found["allOf"] = [{"pattern": p} for p in patterns]
    return found


def writes_pattern(param: Parameter) -> bool:
    """Whether the parameter, or a field of it, has the writer's own `pattern` (read by Python's
    re, which jsonschema applies; see validation.py)."""
    return param.pattern is not None or any(writes_pattern(f) for f in param.fields)


def whole_pattern(pattern: str) -> str:
    """A spec's `pattern` (the whole value must match) as a JSON Schema pattern (searched; `\\Z`
    and not `$`, which also matches before a final line break)."""
    return f"^(?:{pattern})\\Z"


def pattern_problem(pattern: str) -> str | None:
    """Why a spec's `pattern` is not a regular expression every checker reads alike, or None."""
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"is not a regular expression: {exc}"
    if _NOT_JAVASCRIPT.search(pattern):
        return (
            "uses \\A, \\Z, (?P...) or an inline flag, which JavaScript (and OpenAPI) do not read"
        )
    return None


def located_schema(endpoint: Endpoint, location: Location) -> dict[str, Any]:
    """The schema of a request's query or body as the real API enforces it (null only where the
    spec says the API reads it as unset)."""
    params = endpoint.located(location)
    properties = {}
    for param in params:
        own = parameter_schema(param, wire=True)
        unset = not param.mandatory and param.null_is == "unset"
        properties[param.name] = nullable(own) if unset else own
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": [p.name for p in params if p.mandatory],
        "additionalProperties": False,
    }
    rules = [rule_schema(rule) for rule in located_rules(endpoint, location)]
    if rules:
        schema["allOf"] = rules
    return schema


def rule_schema(rule: Rule) -> dict[str, Any]:
    """A rule as a schema of the request's object: null counts as not set, as for the API."""

    def given(*names: str) -> dict[str, Any]:
        return {
            "required": list(names),
            "properties": {n: {"not": {"type": "null"}} for n in names},
        }

    if rule.at_most_one_of:
        names = rule.at_most_one_of
        pairs = [given(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
        return {"not": {"anyOf": pairs}}
    return {"anyOf": [given(name) for name in rule.at_least_one_of]}


def located_rules(endpoint: Endpoint, location: Location) -> tuple[Rule, ...]:
    """The rules whose parameters all travel in one part of the request (`allOf` of its schema)."""
    return tuple(
        rule
        for rule in endpoint.rules
        if all(endpoint_param_location(endpoint, n) == location for n in rule.names)
    )


def typed_query_value(param: Parameter | None, text: str) -> Any:
    """A query string value typed as its parameter declares; text that does not parse stays text."""
    kind = param.type if param else "string"
    if kind == "integer" and _INTEGER.fullmatch(text):
        return int(text)
    if kind == "number" and _NUMBER.fullmatch(text):
        return float(text) if any(c in text for c in ".eE") else int(text)
    if kind == "boolean" and text in ("true", "false"):
        return text == "true"
    return text


def endpoint_param_location(endpoint: Endpoint, name: str) -> str | None:
    """Where a named parameter travels, or None when the endpoint does not declare it."""
    return next((p.location for p in endpoint.parameters if p.name == name), None)
