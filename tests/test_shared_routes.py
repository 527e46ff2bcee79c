"""Several files on one method and path: told apart by `when` values or by the body's JSON type,
each request checked against its own file by the stub, the pages in order next to each other."""

from __future__ import annotations

import base64
import http.client
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.model import in_reading_order
from generator.spec import load_specs
from generator.stub import Stub

from conftest import SPEC_DIRS

# A variant of Update Application for the requests that switch callbacks to GET: it takes only
# the name besides, so a request with GET and another parameter is refused by its own rules.
WHEN_FILE = """\
resource: Applications
title: Switch Callbacks to GET
description: Makes an application send its callback events with GET.
method: POST
path: /v1/users/{userId}/applications/{applicationId}
when: {callbackHttpMethod: GET}
parameters:
  - {name: applicationId, in: path, type: string, description: The id of the application.}
  - {name: callbackHttpMethod, type: enum, values: [GET], mandatory: true, description: GET.}
  - {name: name, type: string, description: A new name.}
examples:
  - title: Switch to GET
    values: {applicationId: a-zuwwfzzrbea, callbackHttpMethod: GET}
sdk:
  node-bandwidth: {resource: Application, method: update, result: none}
  Bandwidth.Net: {resource: Application, method: UpdateAsync, data_class: UpdateApplicationData, result: none}
  ruby-bandwidth: {resource: Application, method: update, on_instance: true, result: none}
  bandwidth-sdk: {client: account, method: update_application, result: none}
"""

# Create Application with an array body: several applications in one request (no library has
# such a call, so this folder's _api.yaml turns the surface checks off).
ARRAY_FILE = """\
resource: Applications
title: Create Applications
description: Creates several applications in one request.
method: POST
path: /v1/users/{userId}/applications
body: {type: array, max_items: 3}
parameters:
  - {name: name, type: string, mandatory: true, description: A name.}
  - {name: incomingCallUrl, type: string, description: Where call events go.}
examples:
  - title: Two applications
    values: {}
    items:
      - {name: One}
      - {name: Two, incomingCallUrl: http://example.com/calls}
sdk:
  node-bandwidth: {resource: Application, method: create, result: list}
  Bandwidth.Net: {resource: Application, method: CreateAsync, data_class: CreateApplicationData, result: list}
  ruby-bandwidth: {resource: Application, method: create, result: list}
  bandwidth-sdk: {client: account, method: create_application, result: list}
"""


@pytest.fixture(scope="module")
def spec_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Applications fixture plus a `when` file and an array-body file on its paths."""
    folder = tmp_path_factory.mktemp("shared") / "spec"
    shutil.copytree(SPEC_DIRS["applications"], folder)
    api = folder / "_api.yaml"
    api.write_text(api.read_text("utf-8") + "check_sdk: false\n", "utf-8")
    (folder / "switch_callbacks.yaml").write_text(WHEN_FILE, "utf-8")
    (folder / "create_applications.yaml").write_text(ARRAY_FILE, "utf-8")
    return folder


@pytest.fixture(scope="module")
def stub(spec_dir: Path):
    with Stub(spec_dir) as running:
        yield running


def _send(stub: Stub, method: str, path: str, body: object) -> tuple[int, dict, object]:
    credentials = stub.api.credentials
    token = f"{credentials.api_token}:{credentials.api_secret}".encode()
    headers = {
        "Authorization": "Basic " + base64.b64encode(token).decode(),
        "Content-Type": "application/json",
    }
    connection = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=10)
    try:
        connection.request(method, path, body=json.dumps(body).encode(), headers=headers)
        response = connection.getresponse()
        raw = response.read()
        return response.status, dict(response.headers), json.loads(raw) if raw else None
    finally:
        connection.close()


def _apps(stub: Stub) -> str:
    return f"/v1/users/{stub.api.credentials.user_id}/applications"


def test_the_files_load_and_sit_next_to_the_file_without_when(spec_dir: Path):
    _, endpoints = load_specs(spec_dir)
    order = [e.id for e in endpoints]
    assert order.index("create_applications") == order.index("create_application") + 1
    assert order.index("switch_callbacks") == order.index("update_application") + 1


def test_a_request_with_the_when_values_is_checked_against_its_file(stub: Stub):
    item = stub.seed(f"{_apps(stub)}/a-1")["id"]
    path = f"{_apps(stub)}/{item}"
    assert _send(stub, "POST", path, {"callbackHttpMethod": "GET", "name": "x"})[0] == 200
    # The `when` file does not take incomingCallUrl; the file without `when` does.
    status, _, answer = _send(
        stub, "POST", path, {"callbackHttpMethod": "GET", "incomingCallUrl": "http://x"}
    )
    assert status == 400 and "incomingCallUrl" in answer["message"]
    assert (
        _send(stub, "POST", path, {"callbackHttpMethod": "POST", "incomingCallUrl": "http://x"})[0]
        == 200
    )


def test_an_array_body_goes_to_the_array_file_and_is_answered_item_by_item(stub: Stub):
    status, _, results = _send(stub, "POST", _apps(stub), [{"name": "One"}, {"text": "no name"}])
    assert status == 202
    assert results[0]["result"] == "accepted" and results[1]["result"] == "error"
    assert "name" in results[1]["error"]["message"]
    location = results[0]["location"].removeprefix(stub.url)
    credentials = stub.api.credentials
    token = base64.b64encode(f"{credentials.api_token}:{credentials.api_secret}".encode())
    connection = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=10)
    connection.request("GET", location, headers={"Authorization": "Basic " + token.decode()})
    assert json.loads(connection.getresponse().read())["name"] == "One"
    connection.close()
    # An object body is still the file without `when`'s: 201 and a Location.
    single = {"name": "Single", "incomingCallUrl": "http://example.com/calls"}
    status, headers, _ = _send(stub, "POST", _apps(stub), single)
    assert status == 201 and "Location" in headers


@pytest.mark.parametrize(
    ("body", "why"),
    [([], "at least 1"), ([{"name": "a"}] * 4, "at most 3"), (["text"], "item 1")],
)
def test_an_array_body_of_the_wrong_shape_is_refused(stub: Stub, body: list, why: str):
    status, _, answer = _send(stub, "POST", _apps(stub), body)
    assert status == 400 and why in answer["message"]


def test_files_on_one_method_and_path_follow_the_plain_one_by_title(spec_dir: Path):
    _, endpoints = load_specs(spec_dir)
    base = next(e for e in endpoints if e.id == "update_application")
    variants = [
        replace(base, id=f"v{n}", title=title, when=(("callbackHttpMethod", value),))
        for n, (title, value) in enumerate([("Zeta", "GET"), ("Alpha", "POST")])
    ]
    ordered = in_reading_order([*variants, base])
    assert [e.title for e in ordered] == [base.title, "Alpha", "Zeta"]
