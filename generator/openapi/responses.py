"""What each endpoint answers, as its spec's `response` and `properties` say (generator/response.py:
the stub answers the same), with each example's answer."""

from __future__ import annotations

from typing import Any

from generator.model.endpoint import Api, Endpoint
from generator.openapi.schemas import property_to_schema
from generator.response import creates, example_response, has_body, is_list, responding

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


def _examples(api: Api, endpoint: Endpoint) -> dict[str, Any]:
    """Each example's answer body, by example id (what the page's Response shows)."""
    return {
        x.id: {
            "summary": x.title,
            "value": example_response(api, endpoint, x, api.base_url).body,
        }
        for x in endpoint.examples
    }


def success(api: Api, endpoint: Endpoint) -> tuple[str, dict[str, Any]]:
    """The status and response object of a request the stub accepts."""
    if creates(endpoint) and endpoint.body.is_array:
        schema = {"type": "array", "items": _item_schema(endpoint)}
        return "202", _json("Accepted: one result per item of the body, in order.", schema, {})
    answer = responding(endpoint)
    status = str(answer.status)
    if answer.location is not None:
        location = {
            "description": "The URL of the new item; its last segment is the new id.",
            "required": True,
            "schema": {"type": "string", "format": "uri"},
        }
        return status, {"description": "Created.", "headers": {"Location": location}}
    if not has_body(endpoint):
        return status, {"description": "Done; the answer has no body."}
    if is_list(endpoint):
        link = {
            "description": 'The next page, as `<URL>; rel="next"`, when there is one.',
            "schema": {"type": "string"},
        }
        schema = {"type": "array", "items": _item_schema(endpoint)}
        found = _json("One page of items.", schema, {"Link": link})
    else:
        found = _json("The item.", _item_schema(endpoint), {})
    found["content"]["application/json"]["examples"] = _examples(api, endpoint)
    return status, found


def responses(api: Api, endpoint: Endpoint) -> dict[str, Any]:
    """Every answer an endpoint gives: success, and the errors the stub returns."""
    status, answer = success(api, endpoint)
    found: dict[str, Any] = {status: answer}
    if endpoint.located("query") or endpoint.located("body"):
        found["400"] = {"$ref": "#/components/responses/invalid"}
    found["401"] = {"$ref": "#/components/responses/unauthorized"}
    if kind(endpoint) == "item":
        found["404"] = {"$ref": "#/components/responses/not-found"}
    return found
