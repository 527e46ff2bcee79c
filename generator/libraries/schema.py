"""The JSON Schema of a library surface file: what `generator/libraries/*.yaml` may contain."""

from __future__ import annotations

from typing import Any

from generator.spec.validation import END

_TEXT = {"type": "string", "minLength": 1}
_NOTES = {"type": "array", "items": _TEXT}
_HTTP = {"enum": ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD"]}
_PATH = {"type": "string", "pattern": "^/", "description": "a path starting with /"}
_NAME = {
    "type": "string",
    "pattern": "^[A-Za-z_][A-Za-z0-9_]*" + END,
    "description": "an identifier",
}


def _closed(required: list[str], **properties: Any) -> dict[str, Any]:
    return {
        "type": "object",
        "required": required,
        "properties": properties,
        "additionalProperties": False,
    }


ARGUMENT = _closed(
    ["name", "type", "kind"],
    name=_NAME,
    type=_TEXT,
    kind={
        "enum": [
            "path", "body", "query", "body_key", "query_key", "kwargs", "callback", "option",
            "value", "instance",
        ]
    },  # fmt: skip
    wire=_TEXT,
    into={"enum": ["body", "query"]},
    default={},
    optional={"type": "boolean"},
)
RETURNS = _closed(
    ["kind"],
    kind={"enum": ["id", "input_with_id", "item", "list", "page", "none", "response", "value"]},
    type=_TEXT,
    lazy={"type": "boolean"},
    list_field=_NAME,
)
# `body`: sent only when the call's body is of this JSON type (ruby-bandwidth's Message.create
# GETs the new message after a Hash, not after an Array).
EXTRA_REQUEST = _closed(
    ["http", "path", "when"], http=_HTTP, path=_PATH, when=_TEXT, body={"enum": ["object", "array"]}
)
METHOD = _closed(
    ["name", "http", "path", "arguments", "returns"],
    name=_NAME,
    source=_TEXT,
    http=_HTTP,
    path=_PATH,
    arguments={"type": "array", "items": ARGUMENT},
    returns=RETURNS,
    fixed={"type": "object"},
    body=_TEXT,
    via=_NAME,
    receiver={"enum": ["class", "instance"]},
    extra_requests={"type": "array", "items": EXTRA_REQUEST},
    broken=_TEXT,
    notes=_NOTES,
)
RESOURCE = _closed(
    ["name", "source", "access", "methods"],
    name=_NAME,
    source=_TEXT,
    access=_TEXT,
    instance=_TEXT,
    helpers={"type": "array", "items": _NAME},
    notes=_NOTES,
    methods={"type": "array", "items": METHOD, "minItems": 1},
)
PROPERTY = _closed(["name", "type"], name=_NAME, type=_TEXT, wire=_TEXT, converter=_TEXT)
DATA_CLASS = _closed(
    ["name", "source", "properties"],
    name=_NAME,
    source=_TEXT,
    base=_NAME,
    notes=_NOTES,
    properties={"type": "array", "items": PROPERTY},
)
ENUM = _closed(
    ["name", "source", "members"],
    name=_NAME,
    source=_TEXT,
    notes=_NOTES,
    members={
        "type": "array",
        "minItems": 1,
        "items": _closed(["name", "wire"], name=_NAME, wire=_TEXT),
    },
)
WIRE = _closed(
    ["source", "key_case", "unset_in_body", "null_in_body", "false_in_body", "false_in_query"]
    + ["body", "query"],
    source=_TEXT,
    key_case={"enum": ["as-given", "snake-to-camel", "property-camel", "per-argument"]},
    unset_in_body={"enum": ["omitted", "null"]},
    null_in_body={"enum": ["null", "omitted"]},
    false_in_body={"enum": ["false", "omitted-unless-nullable"]},
    false_in_query=_TEXT,
    body=_TEXT,
    query=_TEXT,
    enums=_TEXT,
    ids=_TEXT,
)
SURFACE = _closed(
    ["library", "version", "language", "repository", "ref", "client", "wire", "resources"],
    library=_TEXT,
    version=_TEXT,
    language=_TEXT,
    repository={"type": "string", "pattern": "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+" + END},
    ref=_TEXT,
    client=_TEXT,
    wire=WIRE,
    notes=_NOTES,
    resources={"type": "array", "items": RESOURCE, "minItems": 1},
    data_classes={"type": "array", "items": DATA_CLASS},
    enums={"type": "array", "items": ENUM},
)
