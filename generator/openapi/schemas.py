"""One parameter or property as an OpenAPI schema, and an OpenAPI schema as the format's fields."""

from __future__ import annotations

from typing import Any

from generator.model.endpoint import Property
from generator.model.parameters import Parameter
from generator.spec.schema_declared import NAME_RE
from generator.spec.validation import END
from generator.spec.values import DATETIME, parameter_schema
from generator.targets import TARGETS

_ITEM_TYPES = ("string", "integer", "number", "boolean")
_PLAIN_FORMATS = ("int32", "int64", "float", "double")  # nothing a sample or check needs
# What a format type is in OpenAPI when nothing else says it (an enum property has no values).
ENUM_PROPERTY = "x-enum"
# A number the API also reads written as text (the format's `numeric_text`).
NUMERIC_TEXT = "x-numeric-text"
# How the API treats null for one parameter, where it differs from the document's x-api-samples.
NULL_IS = "x-null-is"
# An enum the API reads in any letter case (`any_case`); OpenAPI has no word for it.
ANY_CASE = "x-any-case"
# What a list's query parameter does to the items (`filters`, `sorts`, `unpaged`), on the
# parameter; OpenAPI has no word for it.
LIST_ROLE = "x-api-samples"


def _enum_member(value: str) -> bool:
    """Whether every target can write the value as an allowed value (C# names an enum member)."""
    return all(not t.checks.enum_value or t.checks.enum_value(value) is None for t in TARGETS)


def _number(value: float) -> float | int:
    """A limit as written: 10000, not 10000.0."""
    return int(value) if float(value).is_integer() else value


NO_TEXT = "(No description in the OpenAPI document.)"


def parameter_to_schema(param: Parameter) -> dict[str, Any]:
    """The OpenAPI schema of one parameter: type, limits, allowed values, items, its fields
    (each with its description) and default."""
    if param.fields:
        fields = {
            f.name: {**parameter_to_schema(f), "description": f.description} for f in param.fields
        }
        obj: dict[str, Any] = {"type": "object", "properties": fields}
        required = [f.name for f in param.fields if f.mandatory]
        if required:
            obj["required"] = required
        obj["additionalProperties"] = False
        nested: dict[str, Any] = {"type": "array", "items": obj} if param.type == "array" else obj
        if param.default is not None:
            nested["default"] = param.default
        return nested
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
    if param.numeric_text:
        schema[NUMERIC_TEXT] = True
    if param.format == "datetime":  # the stub's pattern for it stays, as it is what it enforces
        schema["format"] = "date-time"
    if "pattern" in schema:
        schema["pattern"] = _javascript(schema["pattern"])
    for each in schema.get("allOf", []):
        each["pattern"] = _javascript(each["pattern"])
    return schema


def _javascript(pattern: str) -> str:
    """A pattern as OpenAPI (ECMA-262) reads it: `$` for Python's `\\Z` (or END) at its end."""
    for end in ("\\Z", END):
        if pattern.endswith(end):
            return pattern.removesuffix(end) + "$"
    return pattern


def property_to_schema(prop: Property) -> dict[str, Any]:
    """The OpenAPI schema of one field of an answer: its type, values, items and fields."""
    if prop.type == "enum" and prop.values:
        schema: dict[str, Any] = {"type": "string", "enum": list(prop.values)}
    elif prop.type == "enum":
        schema = {"type": "string", ENUM_PROPERTY: True}
    else:
        schema = {"type": prop.type}
    if prop.fields:
        obj = {"type": "object", "properties": {f.name: property_to_schema(f) for f in prop.fields}}
        if prop.type == "array":
            schema["items"] = obj
        else:
            schema.update(obj)
    elif prop.type == "array":
        schema["items"] = {"type": prop.items} if prop.items else {}
    elif prop.type == "object" and prop.items:
        schema["additionalProperties"] = {"type": prop.items}
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


_COUNTS = {"minLength": "min_length", "maxLength": "max_length"}
_ITEM_COUNTS = {"minItems": "min_items", "maxItems": "max_items"}
_ENTRY_COUNTS = {"minProperties": "min_items", "maxProperties": "max_items"}


def _read_limits(schema: dict[str, Any], fields: dict[str, Any]) -> list[str]:
    """The string and item limits of a schema into `fields`; what of them the format cannot say."""
    kind, lost = fields["type"], []
    counts = {"string": _COUNTS, "array": _ITEM_COUNTS, "object": _ENTRY_COUNTS}.get(kind, {})
    for key in (*_COUNTS, *_ITEM_COUNTS, *_ENTRY_COUNTS):
        given = schema.get(key)
        if key in counts and isinstance(given, int) and not isinstance(given, bool):
            fields[counts[key]] = given
        elif key in schema:
            lost.append(f"{key} {given!r}")
    patterns = [schema["pattern"]] if isinstance(schema.get("pattern"), str) else []
    patterns += [
        p["pattern"] for p in schema.get("allOf", []) if isinstance(p, dict) and "pattern" in p
    ]
    if kind == "string" and schema.get("format") == "date-time":
        fields["format"] = "datetime"
        patterns = [p for p in patterns if p != _javascript(DATETIME)]
    for pattern in patterns:
        whole = pattern.startswith("^(?:") and pattern.endswith(")$")
        if kind == "string" and whole and "pattern" not in fields:
            fields["pattern"] = pattern[4:-2]
        else:
            lost.append(f"pattern {pattern!r} (the format's pattern matches the whole value)")
    if schema.get("format") not in (None, "date-time", *_PLAIN_FORMATS) or (
        schema.get("format") == "date-time" and kind != "string"
    ):
        lost.append(f"format {schema['format']!r}")
    return lost


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
        if schema.get(NUMERIC_TEXT) is True:
            fields["numeric_text"] = True
    described = _described_fields(schema, fields["type"], lost)
    if described:
        if fields["type"] == "array":
            fields["items"] = "object"
        fields["fields"] = described
    elif fields["type"] in ("object", "array"):
        inner = schema.get("items" if fields["type"] == "array" else "additionalProperties")
        inner_type = schema_type(inner) if isinstance(inner, dict) else None
        fields["items"] = inner_type if inner_type in _ITEM_TYPES else "string"
        if inner_type not in _ITEM_TYPES:
            lost.append(
                f"{'items' if fields['type'] == 'array' else 'values'} that are not text, numbers or booleans (imported as string)"
            )
    lost += _read_limits(schema, fields)
    if "default" in schema and schema["default"] is not None:
        fields["default"] = schema["default"]
    if "const" in schema and schema["const"] is not None:
        fields["const"] = schema["const"]
    return fields, lost


def _described_fields(schema: dict[str, Any], kind: str, lost: list[str]) -> list[dict[str, Any]]:
    """An object's (or every list item's) `properties` as the format's fields, each with its
    description and `mandatory` from `required` ([] when the schema names none)."""
    obj = schema.get("items") if kind == "array" else schema if kind == "object" else None
    named = obj.get("properties") if isinstance(obj, dict) else None
    if not isinstance(named, dict) or not named:
        return []
    required = obj.get("required") or [] if isinstance(obj, dict) else []
    found = []
    for name, sub in named.items():
        if not isinstance(sub, dict) or not NAME_RE.fullmatch(str(name)):
            lost.append(f"field {name!r}")
            continue
        own, inner_lost = format_fields(sub)
        lost.extend(f"{name}.{what}" for what in inner_lost)
        entry: dict[str, Any] = {"name": str(name), **own}
        if name in required:
            entry["mandatory"] = True
        entry["description"] = str(sub.get("description") or NO_TEXT).strip()
        found.append(entry)
    return found
