"""JSON Schemas derived from declared parameters: for example values here, for requests in the stub."""

from __future__ import annotations

import re
from typing import Any

from generator.model import Endpoint, Location, Parameter, Rule

_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "object": "object",
    "array": "array",
}
_INTEGER = re.compile(r"-?[0-9]+")  # fullmatch, as every pattern here
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
    schema: dict[str, Any] = {"type": _TYPES[param.type]}
    if param.items is not None:
        each = {"type": _TYPES[param.items]}
        schema["items" if param.type == "array" else "additionalProperties"] = each
    if param.minimum is not None:
        schema["minimum"] = param.minimum
    if param.maximum is not None:
        schema["maximum"] = param.maximum
    return schema


def located_schema(endpoint: Endpoint, location: Location) -> dict[str, Any]:
    """The schema of a request's query or body as the real API enforces it (null means unset)."""
    params = endpoint.located(location)
    properties = {}
    for param in params:
        own = parameter_schema(param, wire=True)
        properties[param.name] = own if param.mandatory else {"anyOf": [own, {"type": "null"}]}
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": [p.name for p in params if p.mandatory],
        "additionalProperties": False,
    }
    rules = [
        {
            "anyOf": [
                {"required": [name], "properties": {name: {"not": {"type": "null"}}}}
                for name in rule.at_least_one_of
            ]
        }
        for rule in located_rules(endpoint, location)
    ]
    if rules:
        schema["allOf"] = rules
    return schema


def located_rules(endpoint: Endpoint, location: Location) -> tuple[Rule, ...]:
    """The rules whose parameters all travel in one part of the request (`allOf` of its schema)."""
    return tuple(
        rule
        for rule in endpoint.rules
        if all(endpoint_param_location(endpoint, n) == location for n in rule.at_least_one_of)
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
