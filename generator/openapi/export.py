"""The spec folder as one deterministic OpenAPI 3.1 document, with the verified samples in it."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from generator.model.endpoint import Api, Endpoint
from generator.openapi.extension import operation_extension
from generator.openapi.request import operation_parameters, request_body
from generator.openapi.responses import ERROR_RESPONSES, responses
from generator.openapi.samples import endpoint_samples, with_titles

OPENAPI_VERSION = "3.1.0"
EXTENSION = "x-api-samples"  # what the format models and OpenAPI does not (read back by import)
SECURITY = "basicAuth"
P = TypeVar("P")  # an operation's text, or where to find it


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
    return "".join(str(piece) for _, piece in document_parts(api, endpoints, operations, str))


def document_parts(
    api: Api, endpoints: list[Endpoint], operations: Sequence[P], text: Callable[[P], str]
) -> list[tuple[str | None, P | str]]:
    """The document in pieces: each endpoint's operation (text, or a piece `text` reads) noted
    under its id; operations of files that share a method and path are merged into new text."""
    grouped: dict[str, dict[str, list[tuple[str, P]]]] = {}
    for endpoint, operation in zip(endpoints, operations, strict=True):
        methods = grouped.setdefault(endpoint.path, {})
        methods.setdefault(endpoint.method.lower(), []).append((endpoint.id, operation))
    frame = json.dumps(_document(api, endpoints, {}), indent=INDENT, ensure_ascii=False)
    # A JSON string holds no raw newline: only the top-level key is preceded by one and 2 spaces.
    head, tail = frame.split(_PATHS + "{}")
    parts: list[tuple[str | None, P | str]] = []
    frame_parts = [head, _PATHS]
    if not grouped:
        frame_parts.append("{}")
    for i, (path, methods) in enumerate(grouped.items()):
        frame_parts += [
            "{" if i == 0 else ",",
            _PAD[2],
            json.dumps(path, ensure_ascii=False),
            ": {",
        ]
        for j, (method, pieces) in enumerate(methods.items()):
            frame_parts += ["," if j else "", _PAD[3], json.dumps(method), ": "]
            parts.append((None, "".join(frame_parts)))
            frame_parts = []
            if len(pieces) == 1:
                parts.append(pieces[0])
            else:
                parts.append((None, _merged([text(piece) for _, piece in pieces])))
        frame_parts += [_PAD[2], "}"]
    frame_parts += [_PAD[1], "}"] if grouped else []
    frame_parts += [tail, "\n"]
    parts.append((None, "".join(frame_parts)))
    return parts


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
        "parameters": operation_parameters(api, endpoint),
    }
    if endpoint.located("body"):
        operation["requestBody"] = request_body(api, endpoint)
    operation["responses"] = responses(api, endpoint)
    operation["x-codeSamples"] = with_titles(samples, endpoint)
    operation[EXTENSION] = operation_extension(endpoint)
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
