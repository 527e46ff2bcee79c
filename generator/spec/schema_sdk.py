"""JSON Schema parts of the `sdk` section: one library's call, its alternatives, `lacks`."""

from __future__ import annotations

from generator.spec.schema_declared import NAME, TEXT
from generator.spec.validation import END

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
                "pattern": "^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*" + END,
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
