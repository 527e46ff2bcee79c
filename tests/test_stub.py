"""The stub API: enforces the spec as the real API would, keeps REST state, records every request."""

from __future__ import annotations

import base64
import http.client
import json
import os
import re
import socket
import subprocess
import sys
import urllib.parse
import urllib.request

import pytest

import generator.stub.api
from generator.spec import load_api
from generator.stub import MARK_PATH, Stub
from generator.stub.server import Handler

from conftest import NODE_MODULES, ROOT, SETUP_HINT, SPEC_DIRS

CREDENTIALS = load_api(SPEC_DIRS["applications"]).credentials
AUTH = (
    "Basic "
    + base64.b64encode(f"{CREDENTIALS.api_token}:{CREDENTIALS.api_secret}".encode()).decode()
)
APPS = f"/v1/users/{CREDENTIALS.user_id}/applications"
VALID = {"name": "MyFirstApp", "incomingCallUrl": "http://example.com/calls"}


class Reply:
    """An answer as a client sees it."""

    def __init__(self, response: http.client.HTTPResponse):
        self.status = response.status
        self.headers = response.headers
        self.raw = response.read()

    def json(self):
        return json.loads(self.raw)


def call(
    stub,
    method,
    path,
    body=None,
    *,
    auth=AUTH,
    raw=None,
    content_type="application/json",
    headers=(),
):
    """One request to the stub; `body` is sent as JSON, `raw` as given, plus extra `headers`."""
    connection = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=10)
    headers = {**({"Authorization": auth} if auth else {}), **dict(headers)}
    data = raw if raw is not None else (json.dumps(body).encode() if body is not None else None)
    if data is not None:
        headers["Content-Type"] = content_type
    connection.request(method, path, body=data, headers=headers)
    try:
        return Reply(connection.getresponse())
    finally:
        connection.close()


@pytest.fixture(scope="module")
def applications():
    with Stub(SPEC_DIRS["applications"]) as stub:
        yield stub


@pytest.fixture(scope="module")
def fixtures():
    with Stub(SPEC_DIRS["fixtures"]) as stub:
        yield stub


@pytest.fixture(scope="module")
def published():
    with Stub(SPEC_DIRS["published"]) as stub:
        yield stub


@pytest.fixture(autouse=True)
def _fresh(request):
    for name in ("applications", "fixtures", "published"):
        if name in request.fixturenames:
            request.getfixturevalue(name).reset()


def test_binds_loopback_only(applications):
    assert applications.address == "127.0.0.1"
    assert applications.url == f"http://127.0.0.1:{applications.port}"


@pytest.mark.parametrize(
    "auth",
    [
        None,
        "Basic " + base64.b64encode(f"{CREDENTIALS.api_token}:wrong".encode()).decode(),
        "Bearer x",
    ],
)
def test_wrong_or_missing_basic_auth_is_401(applications, auth):
    reply = call(applications, "POST", APPS, VALID, auth=auth)
    assert reply.status == 401
    assert reply.headers["WWW-Authenticate"].startswith("Basic")
    assert set(reply.json()) == {"message", "code"}


def test_create_answers_201_with_absolute_location_and_get_answers_json(applications):
    reply = call(
        applications, "POST", APPS, {**VALID, "autoAnswer": False, "incomingMessageUrl": None}
    )
    assert reply.status == 201
    location = reply.headers["Location"]
    assert re.fullmatch(re.escape(f"{applications.url}{APPS}/") + r"a-[0-9a-f]{12}", location)
    fetched = call(applications, "GET", location.removeprefix(applications.url))
    assert fetched.status == 200
    assert fetched.headers["Content-Type"] == "application/json"
    new_id = location.rsplit("/", 1)[1]
    assert fetched.json() == {**VALID, "autoAnswer": False, "id": new_id}


def test_null_counts_as_unset_as_bandwidth_sdk_sends_it(applications):
    body = {
        "name": "x",
        "incomingCallUrl": "http://example.com/calls",
        "incomingCallUrlCallbackTimeout": None,
        "incomingCallFallbackUrl": None,
        "incomingMessageUrl": None,
        "incomingMessageUrlCallbackTimeout": None,
        "incomingMessageFallbackUrl": None,
        "callbackHttpMethod": None,
        "autoAnswer": None,
    }
    assert call(applications, "POST", APPS, body).status == 201


def _applications_with(tmp_path, api_text):
    """A copy of the applications spec folder whose _api.yaml is `api_text(original)`."""
    import shutil

    folder = tmp_path / "spec"
    shutil.copytree(SPEC_DIRS["applications"], folder)
    api = folder / "_api.yaml"
    api.write_text(api_text(api.read_text("utf-8")), "utf-8")
    return folder


def test_null_is_refused_where_the_spec_does_not_say_how_the_api_treats_it(tmp_path):
    silent = _applications_with(tmp_path, lambda text: text.replace("null_is: unset\n", ""))
    with Stub(silent) as stub:
        reply = call(stub, "POST", APPS, {**VALID, "autoAnswer": None})
        assert reply.status == 400
        assert reply.json()["message"] == (
            "body parameter 'autoAnswer' cannot be null: the spec does not say how the API"
            " treats null for it (null_is)"
        )
        assert call(stub, "POST", APPS, {**VALID, "autoAnswer": True}).status == 201


def test_a_parameter_says_how_the_api_treats_null_beside_the_api_wide_rule(tmp_path):
    def own_rules(text):
        text = text.replace("null_is: unset\n", "")
        mark = "    - name: autoAnswer\n"
        assert mark in text
        return text.replace(mark, mark + "      null_is: unset\n")

    with Stub(_applications_with(tmp_path / "own", own_rules)) as stub:
        assert call(stub, "POST", APPS, {**VALID, "autoAnswer": None}).status == 201
        refused = call(stub, "POST", APPS, {**VALID, "incomingMessageUrl": None})
        assert (
            refused.status == 400 and "'incomingMessageUrl' cannot be null" in refused.raw.decode()
        )

    def refused_one(text):
        mark = "    - name: autoAnswer\n"
        return text.replace(mark, mark + "      null_is: refused\n")

    with Stub(_applications_with(tmp_path / "refused", refused_one)) as stub:
        reply = call(stub, "POST", APPS, {**VALID, "autoAnswer": None, "incomingMessageUrl": None})
        assert reply.status == 400
        assert reply.json()["message"] == (
            "body parameter 'autoAnswer' cannot be null (the API refuses null for it)"
        )


def test_enum_values_are_accepted_in_any_case_as_bandwidth_net_sends_them(applications):
    assert call(applications, "POST", APPS, {**VALID, "callbackHttpMethod": "get"}).status == 201


@pytest.mark.parametrize(
    ("body", "named", "code"),
    [
        (
            {**VALID, "incomingCallUrlCallbackTimeout": "5000"},
            "incomingCallUrlCallbackTimeout",
            "invalid-parameter",
        ),
        ({**VALID, "incomingCallUrlCallbackTimeout": 10001}, "at most 10000", "invalid-parameter"),
        ({**VALID, "autoAnswer": "true"}, "autoAnswer", "invalid-parameter"),
        ({**VALID, "callbackHttpMethod": "PUT"}, "callbackHttpMethod", "invalid-parameter"),
        ({"incomingCallUrl": "http://x"}, "'name' is mandatory", "missing-parameter"),
        ({**VALID, "name": None}, "'name' is mandatory", "invalid-parameter"),
        (
            {"name": "x", "incomingMessageUrl": None},
            "incomingCallUrl, incomingMessageUrl",
            "missing-parameter",
        ),
        ({**VALID, "incomingCallURL": "x"}, "did you mean 'incomingCallUrl'", "unknown-parameter"),
        ([VALID], "JSON object", "invalid-body"),
    ],
)
def test_a_body_that_breaks_the_spec_is_400_naming_the_parameter(applications, body, named, code):
    reply = call(applications, "POST", APPS, body)
    assert reply.status == 400
    assert reply.headers["Content-Type"] == "application/json"
    assert named in reply.json()["message"]
    assert reply.json()["code"] == code
    assert applications.store.page(APPS, 0, 10) == (
        [],
        False,
    ), "a refused request created something"


@pytest.mark.parametrize(
    ("raw", "content_type", "status"),
    [
        (b'{"name": "a", "name": "b", "incomingCallUrl": "x"}', "application/json", 400),
        (b'{"name": "a", "incomingCallUrl": NaN}', "application/json", 400),
        (b'{"name": "\xff", "incomingCallUrl": "x"}', "application/json", 400),
        (b'{"name": "a", "incomingCallUrl": "x"}', "text/plain", 415),
    ],
    ids=["duplicate-key", "nan", "not-utf8", "not-json-type"],
)
def test_an_unreadable_body_is_refused(applications, raw, content_type, status):
    reply = call(applications, "POST", APPS, raw=raw, content_type=content_type)
    assert reply.status == status
    assert reply.json()["message"]


def test_a_json_body_with_charset_is_read(applications):
    assert (
        call(
            applications, "POST", APPS, VALID, content_type="application/json; charset=utf-8"
        ).status
        == 201
    )


@pytest.mark.parametrize(
    ("query", "named"),
    [
        ("size=0", "'size' must be at least 1"),
        ("size=1001", "'size' must be at most 1000"),
        ("size=ten", "'size'"),
        ("size=2&size=3", "'size'"),
        ("sizes=2", "did you mean 'size'"),
        ("page=-1", "'page' must be at least 0"),
    ],
)
def test_a_query_that_breaks_the_spec_is_400_naming_the_parameter(applications, query, named):
    reply = call(applications, "GET", f"{APPS}?{query}")
    assert reply.status == 400
    assert named in reply.json()["message"]


def test_list_pages_with_a_link_header(applications):
    for i in range(5):
        applications.seed(f"{APPS}/a-{i}", {"name": f"app {i}"})
    first = call(applications, "GET", f"{APPS}?size=2")
    assert first.status == 200 and first.headers["Content-Type"] == "application/json"
    assert [a["id"] for a in first.json()] == ["a-0", "a-1"]
    link = re.fullmatch(r'<([^>]+)>; rel="next"', first.headers["Link"])
    assert link and link[1] == f"{applications.url}{APPS}?page=1&size=2"
    middle = call(applications, "GET", f"{APPS}?page=1&size=2")
    assert [a["id"] for a in middle.json()] == ["a-2", "a-3"]
    assert middle.headers["Link"] == f'<{applications.url}{APPS}?page=2&size=2>; rel="next"'
    last = call(applications, "GET", f"{APPS}?page=2&size=2")
    assert [a["id"] for a in last.json()] == ["a-4"] and "Link" not in last.headers
    assert call(applications, "GET", f"{APPS}?page=3&size=2").json() == []
    everything = call(applications, "GET", APPS)  # the spec's defaults: page 0, size 25
    assert len(everything.json()) == 5 and "Link" not in everything.headers


def test_create_get_update_list_delete_keep_state(applications):
    created = call(applications, "POST", APPS, VALID)
    item = created.headers["Location"].removeprefix(applications.url)
    assert call(applications, "GET", item).json() == {**VALID, "id": item.rsplit("/", 1)[1]}
    # Update Application: what is sent changes, null and what is not sent stay as they were.
    changes = {"name": "renamed", "incomingCallUrl": None, "autoAnswer": False}
    assert call(applications, "POST", item, changes).status == 200
    updated = {**VALID, "name": "renamed", "autoAnswer": False, "id": item.rsplit("/", 1)[1]}
    assert call(applications, "GET", item).json() == updated
    assert call(applications, "GET", APPS).json() == [updated]
    assert call(applications, "POST", item, {"nmae": "x"}).status == 400
    assert call(applications, "DELETE", item).status == 200
    assert call(applications, "GET", APPS).json() == []


def test_unknown_ids_are_404(applications):
    for method, body in (("GET", None), ("POST", {"name": "x"}), ("DELETE", None)):
        missing = call(applications, method, f"{APPS}/a-missing", body)
        assert missing.status == 404, method
        assert "a-missing" in missing.json()["message"] and missing.json()["code"] == "not-found"


def test_the_items_the_examples_act_on_can_be_seeded_and_each_sample_starts_afresh(applications):
    seeded = applications.seed_examples()
    item = f"{APPS}/a-zuwwfzzrbea"  # Get, Update and Delete Application's examples
    # ... and the item each of List Applications' two examples answers
    assert item in seeded and len(seeded) == 3
    applications.checkpoint()
    applications.mark("delete sample")
    assert call(applications, "DELETE", item).status == 200
    assert call(applications, "GET", item).status == 404
    applications.mark("get sample")  # each mark puts the checkpoint's items back
    assert call(applications, "GET", item).status == 200
    applications.reset()
    assert call(applications, "GET", item).status == 404


def test_writes_the_spec_does_not_declare_are_refused(applications):
    applications.seed(f"{APPS}/a-1")
    assert call(applications, "PUT", f"{APPS}/a-1", VALID).status == 405
    assert call(applications, "PATCH", f"{APPS}/a-1", VALID).status == 405
    assert call(applications, "PUT", APPS, VALID).status == 405
    assert call(applications, "GET", "/v1/users/YOUR_USER_ID/calls").status == 404
    assert call(applications, "POST", "/v1/users/someone-else/applications", VALID).status == 403


def test_unhandled_methods_are_json_405s_naming_the_allowed_ones(applications):
    for method, path, allowed in (
        ("OPTIONS", APPS, "GET, POST"),
        ("BREW", APPS, "GET, POST"),
        ("PATCH", f"{APPS}/a-1", "DELETE, GET, POST"),
    ):
        reply = call(applications, method, path)
        assert reply.status == 405, method
        assert reply.headers["Allow"] == allowed and reply.json()["code"] == "method-not-allowed"


def test_head_is_answered_without_a_body_and_the_connection_goes_on(applications):
    connection = http.client.HTTPConnection("127.0.0.1", applications.port, timeout=10)
    try:
        connection.request("HEAD", APPS, headers={"Authorization": AUTH})
        head = connection.getresponse()
        assert (head.status, head.headers["Allow"], head.read()) == (405, "GET, POST", b"")
        connection.request("GET", APPS, headers={"Authorization": AUTH})
        assert connection.getresponse().read() == b"[]"
    finally:
        connection.close()


def test_location_and_link_name_the_stub_never_the_requests_host(applications):
    spoofed = {"Host": "elsewhere.example:666"}
    created = call(applications, "POST", APPS, VALID, headers=spoofed)
    assert created.headers["Location"].startswith(f"{applications.url}{APPS}/")
    call(applications, "POST", APPS, VALID, headers=spoofed)
    listed = call(applications, "GET", f"{APPS}?size=1", headers=spoofed)
    assert listed.headers["Link"] == f'<{applications.url}{APPS}?page=1&size=1>; rel="next"'


def test_the_mark_endpoint_needs_the_api_credentials(applications):
    wrong = "Basic " + base64.b64encode(b"someone:else").decode()
    for auth in (None, wrong):
        refused = call(applications, "POST", MARK_PATH, raw=b"intruder", auth=auth)
        assert refused.status == 401 and refused.json()["code"] == "unauthorized"
    assert applications.label == ""
    assert call(applications, "GET", MARK_PATH).headers["Allow"] == "POST"
    assert call(applications, "POST", MARK_PATH, raw=b"sample 1").status == 204
    assert applications.label == "sample 1" and applications.requests == []


def test_the_mark_url_carries_the_credentials_as_drivers_read_them():
    with Stub(ROOT / "tests" / "fixtures" / "hostile") as hostile:
        url = urllib.parse.urlsplit(hostile.mark_url)
        credentials = hostile.api.credentials
        assert (url.hostname, url.port, url.path) == ("127.0.0.1", hostile.port, MARK_PATH)
        assert urllib.parse.unquote(url.username) == credentials.api_token
        assert urllib.parse.unquote(url.password) == credentials.api_secret
        pair = f"{credentials.api_token}:{credentials.api_secret}".encode()
        plain = f"{hostile.url}{MARK_PATH}"
        auth = {"Authorization": "Basic " + base64.b64encode(pair).decode()}
        urllib.request.urlopen(urllib.request.Request(plain, b"hostile", auth)).close()
        assert hostile.label == "hostile"


def test_a_lone_surrogate_is_refused_and_never_stored(applications):
    item = applications.seed(f"{APPS}/a-1", {"name": "before"})
    for path in (APPS, f"{APPS}/a-1"):
        raw = b'{"name": "\\ud800", "incomingCallUrl": "x"}'
        refused = call(applications, "POST", path, raw=raw)
        assert refused.status == 400 and "surrogate" in refused.json()["message"]
    assert call(applications, "GET", APPS).json() == [item]  # the list is still served as JSON
    with pytest.raises(ValueError):
        applications.seed(f"{APPS}/a-2", {"name": "\ud800"})
    assert applications.store.page(APPS, 0, 10) == ([item], False)


def test_a_body_that_does_not_arrive_in_time_is_a_json_408(applications, monkeypatch):
    monkeypatch.setattr(Handler, "timeout", 0.5)
    with socket.create_connection(("127.0.0.1", applications.port), timeout=10) as sock:
        head = f"POST {APPS} HTTP/1.1\r\nAuthorization: {AUTH}\r\nContent-Length: 10\r\n\r\n"
        sock.sendall(head.encode() + b"{}")
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert json.loads(answer.partition(b"\r\n\r\n")[2])["code"] == "timeout"


def test_a_stub_bug_is_a_json_500_and_the_next_request_is_served(applications, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(generator.stub.api.ApiAnswers, "answer", broken)
    failed = call(applications, "GET", APPS)
    assert failed.status == 500 and "a bug" in failed.json()["message"]
    monkeypatch.undo()
    assert call(applications, "GET", APPS).status == 200


def test_an_undeclared_list_reads_any_page_number(fixtures):
    bridges = f"/v1/users/{CREDENTIALS.user_id}/bridges"
    fixtures.seed(f"{bridges}/b-1")
    for page in ("%C2%B2", "9" * 5000, "-1"):  # not a page: the first one
        assert call(fixtures, "GET", f"{bridges}?page={page}").json() == [{"id": "b-1"}]
    assert call(fixtures, "GET", f"{bridges}?page=1").json() == []


def test_lists_and_mappings_in_a_body_are_checked_item_by_item(fixtures):
    calls = f"/v1/users/{CREDENTIALS.user_id}/calls"
    valid = {"from": "+19195551212", "to": "+19195551313", "sipHeaders": {"X-Id": "4325"}}
    assert call(fixtures, "POST", calls, valid).status == 201
    wrong = call(fixtures, "POST", calls, {**valid, "sipHeaders": {"X-Id": 4325}})
    assert wrong.status == 400
    assert "'sipHeaders' must be of type object of string" in wrong.json()["message"]
    bridges = f"/v1/users/{CREDENTIALS.user_id}/bridges"
    assert call(fixtures, "POST", bridges, {"callIds": ["c-1", "c-2"]}).status == 201
    assert call(fixtures, "POST", bridges, {"callIds": "c-1"}).status == 400


def test_string_and_item_limits_are_enforced_naming_the_parameter(fixtures):
    calls = f"/v1/users/{CREDENTIALS.user_id}/calls"
    valid = {"from": "+19195551212", "to": "+19195551313"}
    assert call(fixtures, "POST", calls, {**valid, "tag": "t" * 256}).status == 201
    cases = [
        ({"tag": "t" * 257}, "body parameter 'tag' is 257 characters long; max_length is 256"),
        ({"tag": ""}, "body parameter 'tag' is 0 characters long; min_length is 1"),
        (
            {"from": "19195551212"},
            "body parameter 'from' is \"19195551212\", which does not match the pattern"
            " \\+[0-9]{10,15}",
        ),
        (
            {"sipHeaders": {f"X-{n}": "v" for n in range(6)}},
            "body parameter 'sipHeaders' has 6 entries; max_items is 5",
        ),
        ({"sipHeaders": {}}, "body parameter 'sipHeaders' has 0 entries; min_items is 1"),
    ]
    for change, message in cases:
        reply = call(fixtures, "POST", calls, {**valid, **change})
        assert (reply.status, reply.json()["message"]) == (400, message), change
    bridges = f"/v1/users/{CREDENTIALS.user_id}/bridges"
    three = call(fixtures, "POST", bridges, {"callIds": ["c-1", "c-2", "c-3"]})
    assert three.json()["message"] == "body parameter 'callIds' has 3 items; max_items is 2"
    # a pattern matches the whole value: a trailing line break is not the end of it
    assert call(fixtures, "POST", calls, {**valid, "from": "+19195551212\n"}).status == 400


def test_at_most_one_of_refuses_two_of_its_parameters_and_null_is_not_set():
    messages = f"/v1/users/{CREDENTIALS.user_id}/messages"
    text = {"from": "+19195551212", "to": "+19195551213", "text": "Hello"}
    media = {"media": ["http://example.com/a.jpg"]}
    with Stub(SPEC_DIRS["published"]) as stub:
        both = call(stub, "POST", messages, {**text, **media, "receiptRequested": "all"})
        assert (both.status, both.json()["message"]) == (
            400,
            "at most one of media, receiptRequested may be set, not media and receiptRequested",
        )
        # bandwidth-sdk sends null for the one the sample leaves out: that is not setting it
        alone = call(stub, "POST", messages, {**text, **media, "receiptRequested": None})
        assert alone.status == 201
        assert call(stub, "POST", messages, {**text, "receiptRequested": "all"}).status == 201
        # and per item of an array body (Send Messages): that item's result is an error
        several = call(stub, "POST", messages, [text, {**text, **media, "receiptRequested": "all"}])
        assert several.status == 202
        first, second = several.json()
        assert first["result"] == "accepted" and second["result"] == "error"
        assert "at most one of media, receiptRequested" in json.dumps(second["error"])


def test_records_every_request_with_its_label_and_reset_forgets(applications):
    raw = json.dumps(VALID, indent=2).encode()
    call(applications, "POST", APPS, raw=raw)
    applications.mark("second")
    call(applications, "GET", f"{APPS}/nope")
    first, second = applications.requests
    assert (first.label, first.method, first.path, first.body, first.status) == (
        "",
        "POST",
        APPS,
        raw,
        201,
    )
    assert first.basic_auth == (CREDENTIALS.api_token, CREDENTIALS.api_secret)
    assert first.header("content-type") == "application/json"
    assert (second.label, second.path, second.query, second.status) == (
        "second",
        f"{APPS}/nope",
        "",
        404,
    )
    applications.reset()
    assert applications.requests == [] and applications.store.page(APPS, 0, 10) == ([], False)


def test_stub_command_serves_a_spec_folder_with_the_examples_items():
    command = [sys.executable, "-m", "generator", "stub", "--port", "0"]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        line = process.stdout.readline()
        url = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert url, line + process.stderr.read()
        assert f"{APPS}/a-zuwwfzzrbea" in process.stdout.readline()
        connection = http.client.HTTPConnection("127.0.0.1", int(url[1]), timeout=10)
        connection.request("GET", f"{APPS}/a-zuwwfzzrbea", headers={"Authorization": AUTH})
        assert connection.getresponse().status == 200
        connection.close()
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_stub_command_on_a_busy_port_is_a_user_error(applications):
    command = [sys.executable, "-m", "generator", "stub", "--port", str(applications.port)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert f"127.0.0.1:{applications.port}" in result.stderr and "Traceback" not in result.stderr


def test_node_bandwidth_follows_the_link_pages(applications):
    """The real node-bandwidth parses Link into the next call's query (page, size)."""
    assert (NODE_MODULES / "node-bandwidth").is_dir(), SETUP_HINT
    for i in range(5):
        applications.seed(f"{APPS}/a-{i}")
    program = f"""
const Bandwidth = require('node-bandwidth');
const client = new Bandwidth({{userId: {json.dumps(CREDENTIALS.user_id)},
  apiToken: {json.dumps(CREDENTIALS.api_token)}, apiSecret: {json.dumps(CREDENTIALS.api_secret)},
  baseUrl: {json.dumps(applications.url)}}});
const ids = [];
const walk = (r) => {{ ids.push(...r.applications.map((a) => a.id));
  return r.hasNextPage ? r.getNextPage().then(walk) : ids; }};
client.Application.list({{size: 2}}).then(walk).then((all) => console.log(all.join(',')));
"""
    run = subprocess.run(
        ["node", "-e", program],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "NODE_PATH": str(NODE_MODULES)},
    )
    assert run.stdout.strip() == "a-0,a-1,a-2,a-3,a-4", run.stderr
    assert [r.query for r in applications.requests] == ["size=2", "page=1&size=2", "page=2&size=2"]


def test_a_list_that_declares_size_but_no_page_pages_by_the_sort_key_cursor(tmp_path):
    """As List Messages' reference page prints its Link (`?sortKeyLT=...&size=1`): a client
    following it sends the cursor, never a `page` such a spec refuses (issue 11.8)."""
    import shutil

    shutil.copytree(SPEC_DIRS["applications"], tmp_path / "spec")
    listing = tmp_path / "spec" / "list_applications.yaml"
    text = listing.read_text()
    start = text.index("  - name: page")
    text = text[:start] + text[text.index("  - name: size") :]
    listing.write_text(re.sub(r"\n +unsupported: \[page\]", "", text))
    with Stub(tmp_path / "spec") as stub:
        apps = f"/v1/users/{CREDENTIALS.user_id}/applications"
        for i in range(3):
            stub.seed(f"{apps}/a-{i}", {"name": f"app {i}"})
        first = call(stub, "GET", f"{apps}?size=2")
        assert [a["id"] for a in first.json()] == ["a-0", "a-1"]
        assert first.headers["Link"] == f'<{stub.url}{apps}?sortKeyLT=a-1&size=2>; rel="next"'
        last = call(stub, "GET", f"{apps}?sortKeyLT=a-1&size=2")
        assert [a["id"] for a in last.json()] == ["a-2"] and "Link" not in last.headers
        assert call(stub, "GET", f"{apps}?page=1&size=2").status == 400
        assert call(stub, "GET", f"{apps}?sortKeyLT=a-9").status == 400


def test_the_next_link_keeps_the_filters_of_the_request(published):
    """The next page is of the same query: a client following the Link sends only the Link."""
    calls = f"/v1/users/{CREDENTIALS.user_id}/calls"
    messages = f"/v1/users/{CREDENTIALS.user_id}/messages"
    for i in range(3):
        published.seed(f"{calls}/c-{i}", {"from": "+19195551212"})  # what the filters keep
        published.seed(f"{messages}/m-{i}", {"direction": "out"})
    first = call(published, "GET", f"{calls}?from=%2B19195551212&size=2&sortOrder=asc")
    wanted = f"{calls}?page=1&size=2&from=%2B19195551212&sortOrder=asc"
    assert first.headers["Link"] == f'<{published.url}{wanted}>; rel="next"'
    last = call(published, "GET", wanted)
    assert [c["id"] for c in last.json()] == ["c-2"] and "Link" not in last.headers
    assert urllib.parse.parse_qs(published.requests[-1].query)["from"] == ["+19195551212"]
    asked = f"{messages}?direction=out&toDateTime=2012-10-05%2020:37:39&size=2"
    first = call(published, "GET", asked)
    wanted = f"{messages}?sortKeyLT=m-1&size=2&direction=out&toDateTime=2012-10-05%2020%3A37%3A39"
    assert first.headers["Link"] == f'<{published.url}{wanted}>; rel="next"'
    assert [m["id"] for m in call(published, "GET", wanted).json()] == ["m-2"]


def test_a_list_that_declares_no_paging_answers_every_item(published):
    """A call's events are not paged (their reference page names neither page nor size)."""
    call_path = f"/v1/users/{CREDENTIALS.user_id}/calls/c-1"
    published.seed(call_path)
    for i in range(30):
        published.seed(f"{call_path}/events/e-{i:02d}")
    reply = call(published, "GET", f"{call_path}/events")
    assert [e["id"] for e in reply.json()] == [f"e-{i:02d}" for i in range(30)]
    assert "Link" not in reply.headers
