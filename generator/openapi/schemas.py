"""One parameter or property as an OpenAPI schema, and an OpenAPI schema as the format's fields."""

from __future__ import annotations

from typing import Any

from generator.model import Parameter, Property
from generator.spec.values import parameter_schema
from generator.targets import TARGETS

_ITEM_TYPES = ("string", "integer", "number", "boolean")
_PLAIN_FORMATS = ("int32", "int64", "float", "double")  # nothing a sample or check needs
# What a format type is in OpenAPI when nothing else says it (an enum property has no values).
ENUM_PROPERTY = "x-enum"
# An enum the API reads in any letter case (`any_case`); OpenAPI has no word for it.
ANY_CASE = "x-any-case"


def _enum_member(value: str) -> bool:
    """Whether every target can write the value as an allowed value (C# names an enum member)."""
    return all(not t.checks.enum_value or t.checks.enum_value(value) is None for t in TARGETS)


def _number(value: float) -> float | int:
    """A limit as written: 10000, not 10000.0."""
    return int(value) if float(value).is_integer() else value


def parameter_to_schema(param: Parameter) -> dict[str, Any]:
    """The OpenAPI schema of one parameter: type, limits, allowed values, items and default."""
    schema = parameter_schema(param)
    if param.type == "enum":
        schema = {"type": "string", **schema}
        if param.any_case:
            schema[ANY_CASE] = True
    for limit in ("minimum", "maximum"):
        if limit in schema:
            schema[limit] = _number(schema[limit])
    if param.default is not None:
        schema["default"] = param.default
    if param.const is not None:
        schema["const"] = param.const
    return schema


def property_to_schema(prop: Property) -> dict[str, Any]:
    """The OpenAPI schema of one field of an answer."""
    if prop.type == "enum":
        schema: dict[str, Any] = {"type": "string", ENUM_PROPERTY: True}
        if prop.values:
            schema["enum"] = list(prop.values)
    else:
        schema = {"type": prop.type}
    if prop.type == "array":
        schema["items"] = {}
    if prop.default is not None:
        schema["default"] = prop.default
    schema["description"] = prop.description
    return schema


def schema_type(schema: dict[str, Any]) -> str | None:
    """The one non-null type an OpenAPI 3.0 or 3.1 schema declares (None when it has none)."""
    kind = schema.get("type")
    if isinstance(kind, list):
        kinds = [k for k in kind if k != "null"]
        kind = kinds[0] if len(kinds) == 1 else None
    if kind is None:
        for key in ("anyOf", "oneOf"):
            options = [o for o in schema.get(key, []) if schema_type(o) not in (None, "null")]
            if len(options) == 1:
                return schema_type(options[0])
    return kind if isinstance(kind, str) else None


def format_fields(schema: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The format's `type`, limits, `values`, `items` and `default` for a schema, and what of
    the schema the format cannot say (to be noted beside the imported parameter)."""
    kind, lost = schema_type(schema), []
    fields: dict[str, Any] = {}
    if "enum" in schema or schema.get(ENUM_PROPERTY):
        values = [v for v in schema.get("enum", []) if v is not None]
        if all(isinstance(v, str) and _enum_member(v) for v in values):
            fields["type"] = "enum"
            if values:
                fields["values"] = values
            if schema.get(ANY_CASE) is True:
                fields["any_case"] = True
        else:
            fields["type"] = kind or "string"
            lost.append("allowed values (not all are names a C# enum member can have)")
    elif kind in (*_ITEM_TYPES, "object", "array"):
        fields["type"] = kind
    else:
        fields["type"] = "string"
        lost.append(f"type {kind or 'unspecified'} (imported as string)")
    if fields["type"] in ("integer", "number"):
        for limit in ("minimum", "maximum"):
            if isinstance(schema.get(limit), (int, float)) and not isinstance(
                schema.get(limit), bool
            ):
                fields[limit] = schema[limit]
        for limit in ("exclusiveMinimum", "exclusiveMaximum"):
            if limit in schema:
                lost.append(limit)
    if fields["type"] in ("object", "array"):
        inner = schema.get("items" if fields["type"] == "array" else "additionalProperties")
        inner_type = schema_type(inner) if isinstance(inner, dict) else None
        fields["items"] = inner_type if inner_type in _ITEM_TYPES else "string"
        if inner_type not in _ITEM_TYPES:
            lost.append(
                f"{'items' if fields['type'] == 'array' else 'values'} that are not text, numbers or booleans (imported as string)"
            )
    for key in ("pattern", "minLength", "maxLength", "format", "minItems", "maxItems"):
        if key == "format" and schema.get(key) in _PLAIN_FORMATS:
            continue
        if key in schema:
            lost.append(f"{key} {schema[key]!r}")
    if "default" in schema and schema["default"] is not None:
        fields["default"] = schema["default"]
    if "const" in schema and schema["const"] is not None:
        fields["const"] = schema["const"]
    return fields, lost
