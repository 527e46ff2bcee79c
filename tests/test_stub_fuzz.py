"""The stub under a property-based fuzzer: schemathesis sends requests that fit the spec and
requests that break it, and checks what a client would: every answer is HTTP with a JSON body, no
5xx, what fits is accepted, what breaks is refused, and a refusal leaves the stored items alone."""

from __future__ import annotations

import base64
import json
from typing import Any

import jsonschema
import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import negative_data_rejection

from generator.model import Endpoint
from generator.paths import PLACEHOLDER
from generator.spec.values import located_schema, parameter_schema
from generator.stub import Stub

from conftest import SPEC_DIRS

# Bounded for CI (2 cores, a few seconds each): examples per spec folder and generation mode.
EXAMPLES = 250


def openapi_document(stub: Stub) -> dict[str, Any]:
    """A minimal OpenAPI 3.1 document of what the stub serves, from its loaded specs: the paths
    (with the credentials' own account filled in), path and query parameters, JSON bodies."""
    paths: dict[str, dict[str, Any]] = {}
    account = "{" + stub.api.account_parameter + "}"
    for endpoint in stub.endpoints:
        path = endpoint.path.replace(account, stub.api.credentials.user_id)
        paths.setdefault(path, {})[endpoint.method.lower()] = _operation(stub, endpoint)
    return {"openapi": "3.1.0", "info": {"title": stub.api.title, "version": "1"}, "paths": paths}


def _operation(stub: Stub, endpoint: Endpoint) -> dict[str, Any]:
    names = [n for n in PLACEHOLDER.findall(endpoint.path) if n != stub.api.account_parameter]

    # An item path addresses one of the items the examples act on (seeded): each path id takes
    # the values the endpoint's own examples give it, so what fits the spec finds its item (and
    # its parent); anything else is a 404 the fuzzer's negative cases may provoke.
    def seeded(name: str) -> list[str]:
        values = [str(a.value) for x in endpoint.examples for a in x.arguments if a.name == name]
        return list(dict.fromkeys(values))

    parameters: list[dict[str, Any]] = [
        {"name": n, "in": "path", "required": True, "schema": {"type": "string", "enum": seeded(n)}}
        for n in names
    ]
    parameters += [
        {
            "name": p.name,
            "in": "query",
            "required": p.mandatory,
            "schema": parameter_schema(p, wire=True),
        }
        for p in endpoint.located("query")
    ]
    operation: dict[str, Any] = {
        "parameters": parameters,
        "responses": {"default": {"description": "checked by the test"}},
    }
    if endpoint.located("body"):
        content = {"application/json": {"schema": located_schema(endpoint, "body")}}
        operation["requestBody"] = {"required": True, "content": content}
    return operation


def basic_auth(stub: Stub) -> str:
    """The Authorization header the spec's credentials give."""
    credentials = stub.api.credentials
    pair = f"{credentials.api_token}:{credentials.api_secret}".encode()
    return "Basic " + base64.b64encode(pair).decode()


def _fits_another_body(document: dict[str, Any], case: schemathesis.Case) -> bool:
    """Whether a "negative" case's body fits the operation's body after all: where files share a
    method and path the body is an anyOf, and schemathesis breaks one alternative's rules with a
    body another alternative takes (Update Call's `transferTo` without Transfer Call's state)."""
    operation = document["paths"][case.operation.path][case.method.lower()]
    content = operation.get("requestBody", {}).get("content", {}).get("application/json", {})
    body = content.get("schema", {})
    if "anyOf" not in body or case.body is None:
        return False
    return jsonschema.Draft202012Validator(body).is_valid(case.body)


@pytest.mark.parametrize("mode", [GenerationMode.POSITIVE, GenerationMode.NEGATIVE], ids=str)
@pytest.mark.parametrize("spec", ["published", "fixtures"])
def test_fuzzed_requests_get_json_answers_and_refusals_change_nothing(spec, mode):
    with Stub(SPEC_DIRS[spec]) as stub:
        document = openapi_document(stub)
        schema = schemathesis.openapi.from_dict(document)
        stub.seed_examples()
        stub.checkpoint()
        headers = {"Authorization": basic_auth(stub)}
        statuses: dict[int, int] = {}

        @settings(
            max_examples=EXAMPLES,
            deadline=None,
            derandomize=True,  # the same requests on every run: a failure reproduces
            database=None,
            suppress_health_check=list(HealthCheck),
        )
        @given(case=schema.as_strategy(generation_mode=mode))
        def fuzz(case: schemathesis.Case) -> None:
            stub.mark("fuzz")  # every case starts from the seeded items
            before = stub.store.snapshot()
            response = case.call(base_url=stub.url, headers=headers, timeout=10)
            status = response.status_code
            statuses[status] = statuses.get(status, 0) + 1
            sent = f"{case.method} {case.formatted_path} {case.query} {case.body!r:.200}"
            assert status < 500, f"{sent} -> {status} {response.content[:300]!r}"
            if response.content or status >= 400:
                assert response.headers.get("content-type") == ["application/json"], sent
                answer = json.loads(response.content)
                if status >= 400:
                    assert set(answer) == {"message", "code"}, sent
                    assert stub.store.snapshot() == before, f"{sent}: refused, yet changed state"
            if mode == GenerationMode.POSITIVE:
                assert status < 300, f"{sent} fits the spec, yet {status} {response.content!r}"
            elif not _fits_another_body(document, case):
                case.validate_response(response, checks=[negative_data_rejection], headers=headers)

        fuzz()
        total = sum(statuses.values())
        print(f"\n{spec}/{mode}: {total} fuzzed requests, statuses {sorted(statuses.items())}")
        assert len(stub.requests) == total, "every fuzzed request was answered and recorded"
        assert total >= EXAMPLES / 2, "the fuzzer ran"
