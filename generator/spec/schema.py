"""JSON Schemas of the two spec files: `_api.yaml` and one endpoint file."""

from __future__ import annotations

from generator.spec.schema_declared import (
    EXAMPLE_ID,
    LINE,
    NAME,
    NAMES_OF_RULE,
    PARAMETER,
    PROPERTY,
    TEXT,
    USE_PARAMETERS,
    USE_PROPERTIES,
    either_use,
)
from generator.spec.schema_sdk import LIBRARY_CALLS
from generator.spec.validation import END, SPACE

# `response`: what the endpoint answers a request it accepts (generator/response.py has the defaults).
RESPONSE = {
    "type": "object",
    "additionalProperties": False,
    "properties": {
        "status": {"type": "integer", "minimum": 200, "maximum": 299},
        "location": {
            "type": "string",
            "pattern": "^/[^?#" + SPACE + "]*\\}" + END,
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
            "pattern": "^/[^?#" + SPACE + "]*" + END,
            "description": "a URL path starting with / (no spaces, no query string)",
        },
        "body": BODY,
        "when": {"type": "object", "minProperties": 1, "propertyNames": NAME},
        "parameters": {"type": "array", "items": either_use(USE_PARAMETERS, PARAMETER)},
        "properties": {"type": "array", "items": either_use(USE_PROPERTIES, PROPERTY)},
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
            "pattern": "^https?://[^/" + SPACE + "]+" + END,
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
