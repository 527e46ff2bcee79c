"""JSON Schema parts of declarations: names and texts, parameters, fields, properties."""

from __future__ import annotations

import re

from generator.spec.validation import END

# Patterns end in END, not $: they are searched, and Python's $ also matches before a final
# newline ("name\n" would pass); END and SPACE read alike in both validators (validation.py).
# A pattern's `description` completes the message "... is not <description>".
NAME = {
    "type": "string",
    "pattern": "^[A-Za-z_][A-Za-z0-9_]*" + END,
    "description": "a name (letters, digits and _, not starting with a digit)",
}
NAME_RE = re.compile(NAME["pattern"])  # the same rule, for checks outside the schema (fullmatch)
TEXT = {"type": "string", "minLength": 1}
EXAMPLE_ID = {
    "type": "string",
    "pattern": "^[a-z0-9][a-z0-9-]*" + END,
    "description": "an id (lower-case letters, digits and -)",
}
LINE = {
    "type": "string",
    "minLength": 1,
    "pattern": "^[^\\n\\r]*" + END,
    "description": "one line of text",
}

TYPE = {"enum": ["string", "integer", "number", "boolean", "enum", "object", "array"]}
# What a list's items, or a mapping's values, can be: the types every sample language writes
# inline, and `object` for a list of objects with `fields`.
ITEM_TYPE = {"enum": ["string", "integer", "number", "boolean", "object"]}


def either_use(use: dict, own: dict) -> dict:
    """A list item that is a `use:` entry when it has the key `use`, else a declaration."""
    return {"if": {"type": "object", "required": ["use"]}, "then": use, "else": own}


# `- use: audio` in `fields`: a set's members as the object's fields.
USE_FIELDS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["use"],
    "properties": {"use": NAME, "mandatory": {"type": "boolean"}},
}
_FIELD_ID = "urn:spec:field"  # messages.FIELD_ID: its unknown `in` is told why
# The keys every parameter and field has (a field is a parameter without `in`).
_DECLARED = {
    "name": NAME,
    "type": TYPE,
    "description": TEXT,
    "mandatory": {"type": "boolean"},
    "default": {},
    "minimum": {"type": "number"},
    "maximum": {"type": "number"},
    "values": {
        "type": "array",
        "minItems": 1,
        "items": {"type": "string"},
        "uniqueItems": True,
    },
    "items": ITEM_TYPE,
    "any_case": {"type": "boolean"},
    "numeric_text": {"type": "boolean"},
    # limits: a field has them as a parameter does (a set's members used as fields keep theirs)
    "min_length": {"type": "integer", "minimum": 0},
    "max_length": {"type": "integer", "minimum": 0},
    "pattern": {"type": "string", "minLength": 1},
    "format": {"enum": ["datetime"]},
    "min_items": {"type": "integer", "minimum": 0},
    "max_items": {"type": "integer", "minimum": 0},
    "fields": {
        "type": "array",
        "minItems": 1,
        "items": either_use(USE_FIELDS, {"$ref": _FIELD_ID}),
    },
}
# One field of an object (recursive: a field can have fields).
FIELD = {
    "$id": _FIELD_ID,
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "type", "description"],
    "properties": _DECLARED,
}

# The parameters one rule is about (`at_least_one_of`, `at_most_one_of`).
NAMES_OF_RULE = {"type": "array", "minItems": 2, "items": NAME, "uniqueItems": True}

PARAMETER = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "type", "description"],
    "properties": {
        **_DECLARED,
        "fields": {"type": "array", "minItems": 1, "items": either_use(USE_FIELDS, FIELD)},
        "in": {"enum": ["path", "query", "body"]},
        "null_is": {"enum": ["unset", "refused"]},
        "const": {},
        # a list's query parameter: what it does to the items (generator/spec/list_roles.py)
        "filters": NAME,
        "sorts": NAME,
        "unpaged": {"type": "boolean"},
    },
}

# `- use: application` in `parameters`: every parameter of a set of _api.yaml, here.
USE_PARAMETERS = {
    "type": "object",
    "additionalProperties": False,
    "required": ["use"],
    "properties": {"use": NAME, "mandatory": {"type": "boolean"}},
}

_PROPERTY_ID = "urn:spec:property"
# A property of the answer: shown, not sent; typed like a parameter (values, items, fields).
PROPERTY = {
    "$id": _PROPERTY_ID,
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "type", "description"],
    "properties": {
        "name": NAME,
        "type": TYPE,
        "description": TEXT,
        "values": _DECLARED["values"],
        "items": ITEM_TYPE,
        "fields": {"type": "array", "minItems": 1, "items": {"$ref": _PROPERTY_ID}},
        "default": {},  # what the answer holds when nothing set it (checked against the type)
    },
}

# `- use: application` in `properties`: the set's names, types and descriptions.
USE_PROPERTIES = {
    "type": "object",
    "additionalProperties": False,
    "required": ["use"],
    "properties": {"use": NAME},
}
