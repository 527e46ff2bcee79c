"""An operation's parameters and request body: schemas from the declarations, examples' values."""

from __future__ import annotations

from typing import Any

from generator.model.calls import Example
from generator.model.endpoint import Api, Endpoint
from generator.model.parameters import Parameter
from generator.openapi.schemas import LIST_ROLE, NULL_IS, parameter_to_schema
from generator.spec.values import located_rules


def operation_parameters(api: Api, endpoint: Endpoint) -> list[dict[str, Any]]:
    """The path and query parameters (the account's first, when the path has it)."""
    account = api.account_parameter
    found: list[dict[str, Any]] = []
    if "{" + account + "}" in endpoint.path:
        found.append(
            {
                "name": account,
                "in": "path",
                "required": True,
                "description": "Your user id; the client libraries take it once, with the credentials.",
                "schema": {"type": "string"},
                "example": api.credentials.user_id,
            }
        )
    for param in (*endpoint.located("path"), *endpoint.located("query")):
        entry: dict[str, Any] = {
            "name": param.name,
            "in": param.location,
            "required": param.mandatory or param.location == "path",
            "description": param.description,
            "schema": {**parameter_to_schema(param), **_own_nulls(api, param)},
        }
        roles = {"filters": param.filters, "sorts": param.sorts, "unpaged": param.unpaged or None}
        if any(roles.values()):
            entry[LIST_ROLE] = {k: v for k, v in roles.items() if v}
        examples = _examples(endpoint.examples, lambda e, name=param.name: _value_of(e, name))
        if examples:
            entry["examples"] = examples
        found.append(entry)
    return found


def _own_nulls(api: Api, param: Parameter) -> dict[str, Any]:
    """`x-null-is` where a parameter's null rule is its own, not the API's (read back by import)."""
    return {NULL_IS: param.null_is} if param.null_is and param.null_is != api.null_is else {}


def request_body(api: Api, endpoint: Endpoint) -> dict[str, Any]:
    """The JSON body: an object of the body parameters, or an array of such objects."""
    found = _object_body(api, endpoint)
    if not endpoint.body.is_array:
        return found
    media = found["content"]["application/json"]
    schema: dict[str, Any] = {"type": "array", "items": media["schema"]}
    schema["minItems"] = endpoint.body.min_items if endpoint.body.min_items is not None else 1
    if endpoint.body.max_items is not None:
        schema["maxItems"] = endpoint.body.max_items
    media["schema"] = schema
    items = _examples(
        endpoint.examples,
        lambda e: [{a.name: a.value for a in item} for item in e.items],
        keep_empty=True,
    )
    if items:
        media["examples"] = items
    return {"required": True, "content": {"application/json": media}}


def _object_body(api: Api, endpoint: Endpoint) -> dict[str, Any]:
    params = endpoint.located("body")
    properties = {
        p.name: {**parameter_to_schema(p), **_own_nulls(api, p), "description": p.description}
        for p in params
    }
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    required = [p.name for p in params if p.mandatory]
    if required:
        schema["required"] = required
    schema["additionalProperties"] = False
    rules = [r for r in located_rules(endpoint, "body") if r.at_least_one_of]
    # At most one of a, b: no two of them together (import reads these rules from x-api-samples).
    apart = [
        {"not": {"required": [a, b]}}
        for r in located_rules(endpoint, "body")
        for i, a in enumerate(r.at_most_one_of)
        for b in r.at_most_one_of[i + 1 :]
    ]
    if len(rules) == 1:
        schema["anyOf"] = [{"required": [n]} for n in rules[0].at_least_one_of]
    elif rules:
        schema["allOf"] = [{"anyOf": [{"required": [n]} for n in r.at_least_one_of]} for r in rules]
    if apart:
        schema["allOf"] = [*schema.get("allOf", []), *apart]
    media: dict[str, Any] = {"schema": schema}
    examples = _examples(
        endpoint.examples, lambda e: {a.name: a.value for a in e.located("body")}, keep_empty=True
    )
    if examples:
        media["examples"] = examples
    # Without a body nothing is given: the stub refuses that when a parameter is mandatory or a
    # rule needs one of them.
    return {"required": bool(required or rules), "content": {"application/json": media}}


def _value_of(example: Example, name: str) -> Any:
    return next((a.value for a in example.arguments if a.name == name), None)


def _examples(examples: tuple[Example, ...], value, keep_empty: bool = False) -> dict[str, Any]:
    found = {}
    for example in examples:
        given = value(example)
        if given is not None or keep_empty:
            found[example.id] = {"summary": example.title, "value": given}
    return found
