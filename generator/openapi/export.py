"""The spec folder as one deterministic OpenAPI 3.1 document, with the verified samples in it."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from generator.model import Api, Endpoint, Example, Lack, LibraryCall, Parameter
from generator.openapi.responses import ERROR_RESPONSES, responses
from generator.openapi.samples import endpoint_samples, with_titles
from generator.openapi.schemas import NULL_IS, parameter_to_schema
from generator.spec.values import located_rules

OPENAPI_VERSION = "3.1.0"
EXTENSION = "x-api-samples"  # what the format models and OpenAPI does not (read back by import)
SECURITY = "basicAuth"


def openapi_document(api: Api, endpoints: list[Endpoint], files: Mapping[str, str]) -> str:
    """The OpenAPI 3.1 document as JSON text (the same bytes for the same specs and files)."""
    operations = [operation_text(api, e, endpoint_samples(e, files)) for e in endpoints]
    return document_text(api, endpoints, operations)


def openapi_dict(api: Api, endpoints: list[Endpoint], files: Mapping[str, str]) -> dict[str, Any]:
    """The OpenAPI 3.1 document; `files` is what the build generates (its samples)."""
    paths: dict[str, dict[str, Any]] = {}
    for endpoint in endpoints:
        operation = _operation(api, endpoint, endpoint_samples(endpoint, files))
        methods = paths.setdefault(endpoint.path, {})
        key = endpoint.method.lower()
        if key in methods:  # another file on this method and path (`when`, another body type)
            merge_variant(methods[key], operation)
        else:
            methods[key] = operation
    return _document(api, endpoints, paths)


def operation_text(api: Api, endpoint: Endpoint, samples: list[dict[str, str]]) -> str:
    """One endpoint's operation as JSON text, laid out as it sits in the document (at the depth
    of paths/{path}/{method}): a build keeps it with the endpoint's files and only joins them."""
    text = json.dumps(_operation(api, endpoint, samples), indent=INDENT, ensure_ascii=False)
    return text.replace("\n", "\n" + " " * (INDENT * _OPERATION_DEPTH))


def document_text(api: Api, endpoints: list[Endpoint], operations: Sequence[str]) -> str:
    """The document from each endpoint's operation_text, in the endpoints' order: byte for byte
    what json.dumps(openapi_dict(...), indent=2) writes, with a final newline."""
    grouped: dict[str, dict[str, list[str]]] = {}
    for endpoint, operation in zip(endpoints, operations, strict=True):
        grouped.setdefault(endpoint.path, {}).setdefault(endpoint.method.lower(), []).append(
            operation
        )
    frame = json.dumps(_document(api, endpoints, {}), indent=INDENT, ensure_ascii=False)
    # A JSON string holds no raw newline: only the top-level key is preceded by one and 2 spaces.
    head, tail = frame.split(_PATHS + "{}")
    parts = [head, _PATHS]
    if not grouped:
        parts.append("{}")
    for i, (path, methods) in enumerate(grouped.items()):  # one join: the text is megabytes
        parts += ["{" if i == 0 else ",", _PAD[2], json.dumps(path, ensure_ascii=False), ": {"]
        for j, (method, texts) in enumerate(methods.items()):
            parts += ["," if j else "", _PAD[3], json.dumps(method), ": ", _merged(texts)]
        parts += [_PAD[2], "}"]
    parts += [_PAD[1], "}"] if grouped else []
    parts += [tail, "\n"]
    return "".join(parts)


def _merged(texts: list[str]) -> str:
    """One operation's text; several files on one method and path merged as openapi_dict merges
    them (decoded from their text: JSON reads back the same values, so the bytes are the same)."""
    if len(texts) == 1:
        return texts[0]
    main, *variants = (json.loads(t) for t in texts)
    for variant in variants:
        merge_variant(main, variant)
    text = json.dumps(main, indent=INDENT, ensure_ascii=False)
    return text.replace("\n", "\n" + " " * (INDENT * _OPERATION_DEPTH))


INDENT = 2  # as json.dumps(indent=2)
_OPERATION_DEPTH = 3  # the document's paths, a path, a method
_PAD = ["\n" + " " * (INDENT * depth) for depth in range(_OPERATION_DEPTH + 1)]
_PATHS = '\n  "paths": '


def _document(api: Api, endpoints: list[Endpoint], paths: dict[str, Any]) -> dict[str, Any]:
    """The document around its paths."""
    tags = list(dict.fromkeys(e.resource for e in endpoints))
    credentials = api.credentials
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": api.title, "version": "1"},
        "servers": [{"url": api.base_url}],
        "security": [{SECURITY: []}],
        "tags": [{"name": tag} for tag in tags],
        "paths": paths,
        "components": {
            "securitySchemes": {
                SECURITY: {
                    "type": "http",
                    "scheme": "basic",
                    "description": "Your API token as the user name, your API secret as the password.",
                }
            },
            "responses": ERROR_RESPONSES,
        },
        EXTENSION: {
            "account_parameter": api.account_parameter,
            "check_sdk": api.check_sdk,
            **({"null_is": api.null_is} if api.null_is else {}),
            "credentials": {
                "user_id": credentials.user_id,
                "api_token": credentials.api_token,
                "api_secret": credentials.api_secret,
            },
        },
    }


def _operation(api: Api, endpoint: Endpoint, samples: list[dict[str, str]]) -> dict[str, Any]:
    operation: dict[str, Any] = {
        "operationId": endpoint.id,
        "summary": endpoint.title,
        "description": endpoint.description,
        "tags": [endpoint.resource],
        "parameters": _parameters(api, endpoint),
    }
    if endpoint.located("body"):
        operation["requestBody"] = _request_body(api, endpoint)
    operation["responses"] = responses(api, endpoint)
    operation["x-codeSamples"] = with_titles(samples, endpoint)
    operation[EXTENSION] = _extension(endpoint)
    return operation


def merge_variant(main: dict[str, Any], variant: dict[str, Any]) -> None:
    """One operation per method and path: a second file's operation joins the first's. Its body
    becomes one of the request body's alternatives (anyOf), its examples named examples
    (`<file>.<example>`), its samples and success answer the operation's too; the variant
    itself is kept whole in `x-api-samples.variants` (import writes it back as its own file)."""
    own = main[EXTENSION]
    if "requestBody" in main and "request_body" not in own:
        own["request_body"] = json.loads(json.dumps(main["requestBody"]))
    own.setdefault("variants", []).append(variant)
    body = variant.get("requestBody")
    if body is not None:
        media = body["content"]["application/json"]
        if "requestBody" not in main:
            main["requestBody"] = {"required": False, "content": {"application/json": {}}}
        target = main["requestBody"]["content"]["application/json"]
        first = target.get("schema")
        options = first["anyOf"] if first and set(first) == {"anyOf"} else [first] if first else []
        target["schema"] = {"anyOf": [*options, media["schema"]]}
        named = {f"{variant['operationId']}.{k}": v for k, v in media.get("examples", {}).items()}
        target["examples"] = {**target.get("examples", {}), **named}
        main["requestBody"]["required"] = main["requestBody"]["required"] and body["required"]
    answers = {**variant["responses"], **main["responses"]}
    main["responses"] = dict(sorted(answers.items()))
    main["x-codeSamples"] = [
        *main["x-codeSamples"],
        *({**s, "label": f"{s['label']} ({variant['summary']})"} for s in variant["x-codeSamples"]),
    ]


def _parameters(api: Api, endpoint: Endpoint) -> list[dict[str, Any]]:
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
        examples = _examples(endpoint.examples, lambda e, name=param.name: _value_of(e, name))
        if examples:
            entry["examples"] = examples
        found.append(entry)
    return found


def _own_nulls(api: Api, param: Parameter) -> dict[str, Any]:
    """`x-null-is` where a parameter's null rule is its own, not the API's (read back by import)."""
    return {NULL_IS: param.null_is} if param.null_is and param.null_is != api.null_is else {}


def _request_body(api: Api, endpoint: Endpoint) -> dict[str, Any]:
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


def _extension(endpoint: Endpoint) -> dict[str, Any]:
    """What import needs to write this endpoint's spec back: names, example titles, sdk calls."""
    body_rules = located_rules(endpoint, "body")
    extension: dict[str, Any] = {
        "item_name": endpoint.item_name,
        "examples": {e.id: e.title for e in endpoint.examples},
    }
    other_rules = [
        {"at_least_one_of": list(r.at_least_one_of)}
        for r in endpoint.rules
        if r not in body_rules and r.at_least_one_of
    ]
    other_rules += [
        {"at_most_one_of": list(r.at_most_one_of)} for r in endpoint.rules if r.at_most_one_of
    ]
    if other_rules:
        extension["rules"] = other_rules
    if endpoint.properties:
        extension["properties"] = [p.name for p in endpoint.properties]
    if endpoint.responding is not None:
        given = endpoint.responding
        extension["response"] = {"status": given.status}
        if given.location is not None:
            extension["response"]["location"] = given.location
    bodies = {x.id: dict(x.response_body) for x in endpoint.examples if x.response_body}
    if bodies:
        extension["example_responses"] = bodies
    if endpoint.when:
        extension["when"] = dict(endpoint.when)
    extension["sdk"] = {
        library: (
            _call(calls[0])
            if len(calls) == 1
            else [_call(c, i < len(calls) - 1) for i, c in enumerate(calls)]
        )
        for library, calls in (endpoint.alternatives or _single(endpoint)).items()
    }
    return extension


def _call(call: LibraryCall, dedicated: bool = False) -> dict[str, Any]:
    """A LibraryCall as the spec's `sdk` entry writes it (defaults left out; `dedicated`: not the
    last of a list, which takes data only when it says so)."""
    if call.missing is not None:
        return {"missing": call.missing}
    entry: dict[str, Any] = {}
    if call.resource:
        entry["resource"] = call.resource
    entry["method"] = call.method
    if call.result != "item":
        entry["result"] = call.result
    for key, value, default in (
        ("data_class", call.data_class, None),
        ("client", call.client, None),
        ("on_instance", list(call.chain) if call.chain else call.on_instance, False),
        ("async", call.is_async, True),
        ("list_field", call.list_field, None),
    ):
        if value != default:
            entry[key] = value
    if call.unsupported:
        entry["unsupported"] = list(call.unsupported)
    if call.lacks:
        entry["lacks"] = [_lack(lack) for lack in call.lacks]
    if dedicated and call.takes_data:
        entry["data"] = True
    if call.implies:
        entry["implies"] = dict(call.implies)
    if call.args:
        entry["args"] = [
            a.name if a.as_name is None else {"name": a.name, "as": a.as_name} for a in call.args
        ]
    return entry


def _single(endpoint: Endpoint) -> dict[str, tuple[LibraryCall, ...]]:
    """Each library's one call, for an endpoint built without alternatives."""
    return {library: (call,) for library, call in endpoint.calls.items()}


def _lack(lack: Lack) -> dict[str, Any]:
    """A `lacks` entry as the spec writes it."""
    given: dict[str, Any] = (
        {"parameters": list(lack.parameters)} if lack.parameters else {"values": dict(lack.values)}
    )
    return {**given, "note": lack.note}
