"""JSON Schemas derived from declared parameters: for example values here, for requests in the stub."""

from __future__ import annotations

import re
from typing import Any

from generator.model import Endpoint, Parameter

_TYPES = {
    "string": "string",
    "integer": "integer",
    "number": "number",
    "boolean": "boolean",
    "object": "object",
    "array": "array",
}


def parameter_schema(param: Parameter, *, wire: bool = False) -> dict[str, Any]:
    """The schema one parameter's value must meet; `wire` accepts enum values in any case."""
    if param.type == "enum":
        if wire:
            alternatives = "|".join(re.escape(v) for v in param.values)
            return {"type": "string", "pattern": f"^(?i:{alternatives})$"}
        return {"enum": list(param.values)}
    schema: dict[str, Any] = {"type": _TYPES[param.type]}
    if param.minimum is not None:
        schema["minimum"] = param.minimum
    if param.maximum is not None:
        schema["maximum"] = param.maximum
    return schema


def body_schema(endpoint: Endpoint) -> dict[str, Any]:
    """The schema of a request's JSON body as the real API enforces it (null means unset)."""
    properties = {}
    for param in endpoint.located("body"):
        schema = parameter_schema(param, wire=True)
        properties[param.name] = schema if param.mandatory else {"anyOf": [schema, {"type": "null"}]}
    schema: dict[str, Any] = {
        "type": "object",
        "properties": properties,
        "required": [p.name for p in endpoint.located("body") if p.mandatory],
        "additionalProperties": False,
    }
    rules = [
        {
            "anyOf": [
                {"required": [name], "properties": {name: {"not": {"type": "null"}}}}
                for name in rule.at_least_one_of
            ]
        }
        for rule in endpoint.rules
        if all(endpoint_param_location(endpoint, n) == "body" for n in rule.at_least_one_of)
    ]
    if rules:
        schema["allOf"] = rules
    return schema


def endpoint_param_location(endpoint: Endpoint, name: str) -> str | None:
    """Where a named parameter travels, or None when the endpoint does not declare it."""
    return next((p.location for p in endpoint.parameters if p.name == name), None)
