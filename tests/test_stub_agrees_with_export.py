"""The stub and the exported OpenAPI document agree: schemathesis, driven by docs/openapi.json,
sends requests that fit it to `python -m generator stub` on 127.0.0.1 and checks every answer
against the document: a documented status, content type and headers, a body of the documented
schema (bounded: a fixed number of derandomized cases)."""

from __future__ import annotations

import base64
import json
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis import GenerationMode
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from conftest import ROOT

DOCUMENT = ROOT / "docs" / "openapi.json"
EXAMPLES = 300  # cases in all (a few seconds on a loaded machine)
CHECKS = [
    status_code_conformance,
    content_type_conformance,
    response_headers_conformance,
    response_schema_conformance,
]


@pytest.fixture(scope="module")
def stub_url() -> Iterator[str]:
    """`python -m generator stub` on a free port of 127.0.0.1, as a reader starts it."""
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "stub", "--port", "0"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert process.stdout is not None
        line = process.stdout.readline()
        assert " listening on http://127.0.0.1:" in line, line
        yield line.split(" listening on ")[1].split()[0]
    finally:
        process.terminate()
        process.wait(timeout=10)


def _path_examples(document: dict[str, Any]) -> dict[tuple[str, str], dict[str, str]]:
    """Per operation, the first example of each path parameter (the ids the examples act on,
    which the stub holds), so that requests that fit the document reach stored items."""
    found: dict[tuple[str, str], dict[str, str]] = {}
    for path, operations in document["paths"].items():
        for method, operation in operations.items():
            values = {}
            for param in operation.get("parameters", []):
                if param.get("in") != "path":
                    continue
                if "example" in param:
                    values[param["name"]] = str(param["example"])
                elif param.get("examples"):
                    values[param["name"]] = str(next(iter(param["examples"].values()))["value"])
            found[method.upper(), path] = values
    return found


def test_every_answer_to_a_fitting_request_is_one_the_document_describes(stub_url: str):
    document = json.loads(DOCUMENT.read_text("utf-8"))
    schema = schemathesis.openapi.from_dict(document)
    credentials = document["x-api-samples"]["credentials"]
    token = f"{credentials['api_token']}:{credentials['api_secret']}".encode()
    headers = {"Authorization": "Basic " + base64.b64encode(token).decode()}
    ids = _path_examples(document)
    statuses: dict[int, int] = {}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,  # the same requests on every run: a failure reproduces
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=schema.as_strategy(generation_mode=GenerationMode.POSITIVE))
    def fuzz(case: schemathesis.Case) -> None:
        case.path_parameters = {
            **(case.path_parameters or {}),
            **ids[case.operation.method.upper(), case.operation.path],
        }
        response = case.call(base_url=stub_url, headers=headers, timeout=10)
        statuses[response.status_code] = statuses.get(response.status_code, 0) + 1
        sent = f"{case.method} {case.formatted_path} {case.query} {case.body!r:.300}"
        # fits the document, so the stub must take it (a 404 only for an item a DELETE removed)
        assert response.status_code != 400, f"{sent} -> {response.content[:300]!r}"
        case.validate_response(response, checks=CHECKS, headers=headers)

    fuzz()
    print(f"\n{sum(statuses.values())} requests, statuses {sorted(statuses.items())}")
    answered = sum(n for status, n in statuses.items() if 200 <= status < 300)
    assert answered >= EXAMPLES / 4, f"too few requests were accepted to compare: {statuses}"
