"""What each endpoint answers, as the stub answers it (until the spec format describes answers)."""

from __future__ import annotations

from typing import Any

from generator.model import Endpoint
from generator.openapi.schemas import property_to_schema

_ERROR = {
    "type": "object",
    "properties": {
        "message": {"type": "string", "description": "What is wrong, for people."},
        "code": {"type": "string", "description": "What is wrong, for programs."},
    },
}
ERROR_RESPONSES = {
    name: {
        "description": description,
        "content": {"application/json": {"schema": _ERROR}},
    }
    for name, description in (
        ("invalid", "The parameters break the endpoint's rules; `message` says which."),
        ("unauthorized", "The API token and secret are missing or wrong."),
        ("not-found", "No item has this id."),
    )
}


def kind(endpoint: Endpoint) -> str:
    """`item` when the path ends with an id (`.../{applicationId}`), else `collection`."""
    return "item" if endpoint.path.endswith("}") else "collection"


def _item_schema(endpoint: Endpoint) -> dict[str, Any]:
    properties = {p.name: property_to_schema(p) for p in endpoint.properties}
    return {"type": "object", "properties": properties} if properties else {"type": "object"}


def _json(description: str, schema: dict[str, Any], headers: dict[str, Any]) -> dict[str, Any]:
    answer: dict[str, Any] = {"description": description}
    if headers:
        answer["headers"] = headers
    answer["content"] = {"application/json": {"schema": schema}}
    return answer


def success(endpoint: Endpoint) -> tuple[str, dict[str, Any]]:
    """The status and response object of a request the stub accepts."""
    where = kind(endpoint)
    if where == "collection" and endpoint.method == "POST" and endpoint.body.is_array:
        schema = {"type": "array", "items": _item_schema(endpoint)}
        return "202", _json("Accepted: one result per item of the body, in order.", schema, {})
    if where == "collection" and endpoint.method == "POST":
        location = {
            "description": "The URL of the new item; its last segment is the new id.",
            "schema": {"type": "string", "format": "uri"},
        }
        return "201", {"description": "Created.", "headers": {"Location": location}}
    if where == "collection" and endpoint.method == "GET":
        link = {
            "description": 'The next page, as `<URL>; rel="next"`, when there is one.',
            "schema": {"type": "string"},
        }
        schema = {"type": "array", "items": _item_schema(endpoint)}
        return "200", _json("One page of items.", schema, {"Link": link})
    if where == "item" and endpoint.method == "GET":
        return "200", _json("The item.", _item_schema(endpoint), {})
    return "200", {"description": "Done; the answer has no body."}


def responses(endpoint: Endpoint) -> dict[str, Any]:
    """Every answer an endpoint gives: success, and the errors the stub returns."""
    status, answer = success(endpoint)
    found: dict[str, Any] = {status: answer}
    if endpoint.located("query") or endpoint.located("body"):
        found["400"] = {"$ref": "#/components/responses/invalid"}
    found["401"] = {"$ref": "#/components/responses/unauthorized"}
    if kind(endpoint) == "item":
        found["404"] = {"$ref": "#/components/responses/not-found"}
    return found
