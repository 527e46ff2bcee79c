"""JSON Schemas of the two spec files: `_api.yaml` and one endpoint file."""

from __future__ import annotations

import re

# Patterns end in \Z, not $: jsonschema applies them with re.search, and $ also matches before
# a final newline ("name\n" would pass). A pattern's `description` completes the message "... is not <description>".
NAME = {
    "type": "string",
    "pattern": "^[A-Za-z_][A-Za-z0-9_]*\\Z",
    "description": "a name (letters, digits and _, not starting with a digit)",
}
NAME_RE = re.compile(NAME["pattern"])  # the same rule, for checks outside the schema (fullmatch)
TEXT = {"type": "string", "minLength": 1}
EXAMPLE_ID = {
    "type": "string",
    "pattern": "^[a-z0-9][a-z0-9-]*\\Z",
    "description": "an id (lower-case letters, digits and -)",
}
LINE = {
    "type": "string",
    "minLength": 1,
    "pattern": "^[^\\n\\r]*\\Z",
    "description": "one line of text",
}

TYPE = {"enum": ["string", "integer", "number", "boolean", "enum", "object", "array"]}
# What a list's items, or a mapping's values, can be: the types every sample language writes
# inline, and `object` for a list of objects with `fields`.
ITEM_TYPE = {"enum": ["string", "integer", "number", "boolean", "object"]}


def _either_use(use: dict, own: dict) -> dict:
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
    "fields": {
        "type": "array",
        "minItems": 1,
        "items": _either_use(USE_FIELDS, {"$ref": _FIELD_ID}),
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
        "fields": {"type": "array", "minItems": 1, "items": _either_use(USE_FIELDS, FIELD)},
        "in": {"enum": ["path", "query", "body"]},
        "min_length": {"type": "integer", "minimum": 0},
        "max_length": {"type": "integer", "minimum": 0},
        "pattern": {"type": "string", "minLength": 1},
        "format": {"enum": ["datetime"]},
        "min_items": {"type": "integer", "minimum": 0},
        "max_items": {"type": "integer", "minimum": 0},
        "null_is": {"enum": ["unset", "refused"]},
        "const": {},
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


# One `lacks` entry: parameters a call cannot send at all, or values it cannot send (sdk.py checks
# that exactly one of the two is given).
LACK = {
    "type": "object",
    "additionalProperties": False,
    "required": ["note"],
    "properties": {
        "parameters": {"type": "array", "minItems": 1, "items": NAME, "uniqueItems": True},
        "values": {"type": "object", "minProperties": 1, "propertyNames": NAME},
        "note": TEXT,
    },
}

LIBRARY_CALL = {
    "type": "object",
    "additionalProperties": False,
    "required": ["method"],
    "properties": {
        "resource": NAME,
        "method": NAME,
        "result": {"enum": ["id", "item", "list", "none"]},
        "data_class": NAME,
        "client": NAME,
        # true, or the instance methods that fetch each level below the item (Ruby's chain)
        "on_instance": {
            "anyOf": [
                {"type": "boolean"},
                {"type": "array", "items": NAME, "uniqueItems": True},
            ]
        },
        "async": {"type": "boolean"},
        "list_field": NAME,
        "unsupported": {"type": "array", "minItems": 1, "items": NAME, "uniqueItems": True},
        # C#: the class of an object parameter with fields (or of a field: `prompt.audio`)
        "classes": {
            "type": "object",
            "propertyNames": {
                "pattern": "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*\\Z",
                "description": "a parameter's name, or the dotted path of a field (prompt.audio)",
            },
            "additionalProperties": NAME,
        },
        "lacks": {"type": "array", "minItems": 1, "items": LACK},
        "implies": {"type": "object", "minProperties": 1, "propertyNames": NAME},
        "args": {
            "type": "array",
            "minItems": 1,
            "items": {
                "if": {"type": "object"},
                "then": {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["name"],
                    "properties": {"name": NAME, "as": NAME},
                },
                "else": NAME,
            },
        },
        "data": {"type": "boolean"},
    },
}

# `missing: NOTE`: the library has no call for the endpoint (other keys: reported by sdk.py).
MISSING_CALL = {"type": "object", "required": ["missing"], "properties": {"missing": TEXT}}

# A library's entry: one call, or its alternatives (dedicated calls first, the general one last).
LIBRARY_CALLS = {
    "if": {"type": "array"},
    "then": {"type": "array", "minItems": 1, "items": LIBRARY_CALL},
    "else": {
        "if": {"type": "object", "required": ["missing"]},
        "then": MISSING_CALL,
        "else": LIBRARY_CALL,
    },
}

# `response`: what the endpoint answers a request it accepts (generator/response.py has the defaults).
RESPONSE = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "status": {"type": "integer", "minimum": 200, "maximum": 299},
        "location": {
            "type": "string",
            "pattern": "^/[^?#\\s]*\\}\\Z",
            "description": "a URL path ending with the new item's {id}",
        },
    },
}
# `examples[].response`: where this example's answer differs from the generated one.
EXAMPLE_RESPONSE = {
    "type": "object",
    "additionalProperties": False,
    "required": ["body"],
    "properties": {"body": {"type": "object"}},
}
# `body: {type: array}`: the body is a JSON array; the body parameters describe one item.
BODY = {
    "type": "object",
    "additionalProperties": False,
    "required": ["type"],
    "properties": {
        "type": {"enum": ["object", "array"]},
        "min_items": {"type": "integer", "minimum": 0},
        "max_items": {"type": "integer", "minimum": 1},
    },
}


ENDPOINT = {
    "type": "object",
    "additionalProperties": False,
    "required": ["resource", "title", "description", "method", "path", "examples", "sdk"],
    "properties": {
        "resource": LINE,
        "item_name": NAME,
        "title": LINE,
        "description": TEXT,
        "method": {"enum": ["GET", "POST", "PUT", "PATCH", "DELETE"]},
        "path": {
            "type": "string",
            "pattern": "^/[^?#\\s]*\\Z",
            "description": "a URL path starting with / (no spaces, no query string)",
        },
        "body": BODY,
        "when": {"type": "object", "minProperties": 1, "propertyNames": NAME},
        "parameters": {"type": "array", "items": _either_use(USE_PARAMETERS, PARAMETER)},
        "properties": {"type": "array", "items": _either_use(USE_PROPERTIES, PROPERTY)},
        "rules": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "minProperties": 1,
                "maxProperties": 1,
                "properties": {
                    kind: NAMES_OF_RULE for kind in ("at_least_one_of", "at_most_one_of")
                },
            },
        },
        "examples": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["title", "values"],
                "properties": {
                    "id": EXAMPLE_ID,
                    "title": LINE,
                    "values": {"type": "object"},
                    "response": EXAMPLE_RESPONSE,
                    "sdk": {"type": "object", "additionalProperties": NAME},
                    "items": {"type": "array", "items": {"type": "object"}},
                },
            },
        },
        "sdk": {
            "type": "object",
            "additionalProperties": LIBRARY_CALLS,
        },
        "response": RESPONSE,
    },
}

API = {
    "type": "object",
    "additionalProperties": False,
    "required": ["title", "base_url", "account_parameter", "credentials"],
    "properties": {
        "title": LINE,
        "base_url": {
            "type": "string",
            "pattern": "^https?://[^/\\s]+\\Z",
            "description": "a server URL such as https://api.example.com (no path, no trailing /)",
        },
        "account_parameter": NAME,
        "check_sdk": {"type": "boolean"},
        "null_is": {"enum": ["unset", "refused"]},
        "credentials": {
            "type": "object",
            "additionalProperties": False,
            "required": ["user_id", "api_token", "api_secret"],
            "properties": {"user_id": LINE, "api_token": LINE, "api_secret": LINE},
        },
        "parameter_sets": {
            "type": "object",
            "propertyNames": NAME,
            "additionalProperties": {"type": "array", "minItems": 1, "items": PARAMETER},
        },
    },
}
