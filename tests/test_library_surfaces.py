"""The library surfaces (generator/libraries/*.yaml) against the real libraries and their rules.

node-bandwidth and bandwidth-sdk are installed (`make sample-deps`): every method the surface
lists is called on the real package against a recording server on 127.0.0.1, and the request it
sends (method, path, body keys and values, query) and its signature are compared with the file.
Bandwidth.Net and ruby-bandwidth cannot be installed: their files are checked against the rules
their source states (enum and property names, inheritance) and spot-checked.
"""

from __future__ import annotations

import json
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.errors import SpecError
from generator.libraries import FOLDER, load_surface, surface, surfaces
from generator.libraries.loader import camel_case
from generator.libraries.model import Argument, Method, Resource
from generator.libraries.sent import sent
from generator.targets import LIBRARIES

from conftest import NODE_MODULES, SAMPLES_PYTHON, SETUP_HINT

USER = "u-probe"

# The 43 endpoints of the published reference (5 Applications + 38 voice and messaging pages).
ENDPOINTS = [
    ("GET", "applications"), ("POST", "applications"), ("GET", "applications/{}"),
    ("POST", "applications/{}"), ("DELETE", "applications/{}"),
    ("GET", "bridges"), ("POST", "bridges"), ("GET", "bridges/{}"), ("POST", "bridges/{}"),
    ("POST", "bridges/{}/audio"), ("GET", "bridges/{}/calls"),
    ("GET", "calls"), ("POST", "calls"), ("GET", "calls/{}"), ("POST", "calls/{}"),
    ("POST", "calls/{}/audio"), ("POST", "calls/{}/dtmf"), ("GET", "calls/{}/events"),
    ("GET", "calls/{}/events/{}"), ("POST", "calls/{}/gather"), ("GET", "calls/{}/gather/{}"),
    ("POST", "calls/{}/gather/{}"), ("GET", "calls/{}/recordings"),
    ("GET", "calls/{}/transcriptions"),
    ("POST", "conferences"), ("GET", "conferences/{}"), ("POST", "conferences/{}"),
    ("POST", "conferences/{}/audio"), ("GET", "conferences/{}/members"),
    ("POST", "conferences/{}/members"), ("GET", "conferences/{}/members/{}"),
    ("POST", "conferences/{}/members/{}"), ("POST", "conferences/{}/members/{}/audio"),
    ("GET", "messages"), ("POST", "messages"), ("GET", "messages/{}"), ("PATCH", "messages/{}"),
    ("GET", "recordings"), ("GET", "recordings/{}"), ("GET", "recordings/{}/transcriptions"),
    ("POST", "recordings/{}/transcriptions"), ("GET", "recordings/{}/transcriptions/{}"),
]  # fmt: skip


# --- a recording server -------------------------------------------------------------------


class _Recorder(BaseHTTPRequestHandler):
    calls: dict[str, list[dict[str, Any]]]
    current: list[str]

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        if url.path.startswith("/marker/"):
            self.current[0] = url.path[len("/marker/") :]
        else:
            seen = {"method": self.command, "path": url.path, "body": body}
            seen["query"] = parse_qs(url.query, keep_blank_values=True)
            self.calls.setdefault(self.current[0], []).append(seen)
        payload = b"[]" if self.command == "GET" else b"{}"
        self.send_response(201 if self.command == "POST" else 200)
        self.send_header("Content-Type", "application/json")
        if self.command == "POST":
            port = self.server.server_address[1]
            self.send_header("Location", f"http://127.0.0.1:{port}/v1/users/{USER}/x/new-id")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _answer


@pytest.fixture(scope="module")
def recorder():
    """(base URL, {call key: [requests]}): a server that answers everything and records it."""
    calls: dict[str, list[dict[str, Any]]] = {}
    handler = type("Handler", (_Recorder,), {"calls": calls, "current": [""]})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", calls
    server.shutdown()
    server.server_close()


def _path_value(arg: Argument) -> str:
    return f"id-{arg.wire}"


def _key_value(arg: Argument) -> str:
    return f"v-{arg.wire}"


def _expected_path(method: Method) -> str:
    path = method.path.replace("{userId}", USER)
    for arg in method.arguments:
        if arg.kind in ("path", "instance") and arg.wire:
            path = path.replace("{" + arg.wire + "}", _path_value(arg))
    return path


def _methods(library: str) -> list[tuple[str, Resource, Method]]:
    return [(f"{r.name}.{m.name}", r, m) for r in surface(library).resources for m in r.methods]


def _one_request(calls: dict, key: str, method: Method) -> dict[str, Any]:
    sent = calls.get(key, [])
    assert len(sent) == 1, f"{key}: expected one request, got {sent}"
    assert (sent[0]["method"], sent[0]["path"]) == (method.http, _expected_path(method)), key
    return sent[0]


def _body(request: dict[str, Any]) -> Any:
    """The JSON body, or the raw bytes of a body that is not JSON (a media upload)."""
    try:
        return json.loads(request["body"]) if request["body"] else None
    except ValueError:
        return request["body"]


# --- every file loads, and says what it must -------------------------------------------------


def test_every_surface_file_loads_and_names_a_library_the_samples_use():
    found = surfaces()
    assert sorted(found) == sorted(LIBRARIES)
    for name, library in found.items():
        assert library.version == LIBRARIES[name].version, name
        assert library.file == FOLDER / f"{name}.yaml"


def test_a_malformed_surface_is_refused_with_file_line_field_and_did_you_mean(tmp_path):
    text = (FOLDER / "node-bandwidth.yaml").read_text()
    bad = tmp_path / "node-bandwidth.yaml"
    bad.write_text(text.replace("    http: GET\n", "    htp: GET\n", 1))
    with pytest.raises(SpecError) as caught:
        load_surface(bad)
    line = text.splitlines().index("    http: GET") + 1
    assert str(caught.value).splitlines() == [
        f"{bad}:{line - 1}: resources.Account.methods.get: 'http' is missing",
        f"{bad}:{line}: resources.Account.methods.get.htp: unknown key; did you mean 'http'?",
    ]
    bad.write_text(text.replace("path: /v1/users/{userId}/calls/{callId}/dtmf", "path: /x/{y}", 1))
    with pytest.raises(SpecError, match=r"methods\.sendDtmf\.path: no argument fills \{y\}"):
        load_surface(bad)


def test_lookups_answer_none_for_unknown_names_and_suggest_the_close_one():
    net = surface("Bandwidth.Net")
    assert net.method("Call", "UpdateAsync").arguments[1].type == "UpdateCallData"
    assert net.method("Call", "UpdateAsnc") is None and net.method("Cal", "UpdateAsync") is None
    assert net.suggest_method("Call", "UpdateAsnc") == "; did you mean 'UpdateAsync'?"
    assert net.suggest_resource("Calls") == "; did you mean 'Call'?"
    assert net.suggest_property("UpdateCallData", "recordingEnabled").endswith(
        "'RecordingEnabled'?"
    )
    assert net.suggest_member("CallState", "complete") == "; did you mean 'Completed'?"
    with pytest.raises(SpecError, match="did you mean 'bandwidth-sdk'"):
        surface("bandwidth_sdk")


def test_every_library_covers_the_published_endpoints_except_the_known_gaps():
    gaps = {}
    for name, library in surfaces().items():
        for http, rest in ENDPOINTS:
            if not library.calls_for(http, "/v1/users/{userId}/" + rest):
                gaps.setdefault(name, []).append(f"{http} {rest}")
    # bandwidth-sdk has no PATCH method; Bandwidth.Net's Transcription.GetAsync sends a wrong
    # path (a stray bridges/, see its `broken`); ruby-bandwidth has no Call#get_transcriptions.
    assert gaps == {
        "bandwidth-sdk": ["PATCH messages/{}"],
        "Bandwidth.Net": ["GET recordings/{}/transcriptions/{}"],
        "ruby-bandwidth": ["GET calls/{}/transcriptions"],
    }


# --- node-bandwidth, installed: every method called -------------------------------------------

NODE_PROBE = r"""
const Bandwidth = require(process.argv[3]);
const http = require('http');
const plan = JSON.parse(require('fs').readFileSync(process.argv[2], 'utf8'));
const client = new Bandwidth({userId: plan.user, apiToken: 't', apiSecret: 's', baseUrl: plan.url});
const marker = (key) => new Promise((done) =>
  http.get(plan.url + '/marker/' + key, (res) => { res.resume(); res.on('end', done); }));
(async () => {
  const out = {};
  for (const call of plan.calls) {
    const resource = client[call.resource];
    const fn = resource && resource[call.method];
    out[call.key] = {type: typeof fn, length: fn ? fn.length : null};
    if (typeof fn !== 'function') continue;
    await marker(call.key);
    const args = call.args.map((a) => (a && a.$buffer ? Buffer.from(a.$buffer) : a));
    try { await fn.apply(resource, args); } catch (e) { out[call.key].error = String(e); }
  }
  console.log(JSON.stringify(out));
})();
"""
NODE_VALUES = {"contentType": "text/plain", "encoding": "utf8", "data": {"$buffer": "abc"}}


def _node_argument(arg: Argument) -> Any:
    if arg.kind == "path":
        return _path_value(arg)
    if arg.kind == "body_key":
        return _key_value(arg)
    if arg.kind in ("body", "query"):
        return [{"probe": "x"}] if arg.type.startswith("Array") else {"probe": "x"}
    return NODE_VALUES[arg.name]


@pytest.fixture(scope="module")
def node_run(recorder, tmp_path_factory):
    """What the installed node-bandwidth did for every surface method: (results, requests)."""
    package = NODE_MODULES / "node-bandwidth"
    assert package.is_dir(), f"node-bandwidth is not installed; {SETUP_HINT}"
    url, calls = recorder
    plan = {"user": USER, "url": url, "calls": []}
    for key, resource, method in _methods("node-bandwidth"):
        args = [_node_argument(a) for a in method.arguments if a.kind != "callback"]
        plan["calls"].append({"key": key, "resource": resource.name, "method": method.name})
        plan["calls"][-1]["args"] = args
    plan_file = tmp_path_factory.mktemp("node") / "plan.json"
    plan_file.write_text(json.dumps(plan))
    script = plan_file.with_name("probe.js")
    script.write_text(NODE_PROBE)
    done = subprocess.run(
        ["node", str(script), str(plan_file), str(package)],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(done.stdout), calls


@pytest.mark.parametrize("key", [k for k, _, _ in _methods("node-bandwidth")])
def test_node_method_exists_with_its_arity_and_sends_the_declared_request(node_run, key):
    results, calls = node_run
    resource, name = key.split(".")
    method = surface("node-bandwidth").method(resource, name)
    assert results[key]["type"] == "function", f"client.{key} does not exist"
    assert results[key]["length"] == len(method.arguments), f"client.{key} arity"
    request = _one_request(calls, key, method)
    body = _body(request)
    for arg in method.arguments:
        if arg.kind == "body_key":
            assert body[arg.wire] == _key_value(arg), key
        if arg.kind == "body":
            expected = _node_argument(arg)
            assert body == expected if isinstance(expected, list) else body["probe"] == "x", key
        if arg.kind == "query":
            assert request["query"] == {"probe": ["x"]}, key
    for wire, value in method.fixed:
        assert body[wire] == value, key
    if method.body == "{}":
        assert body == {}, key
    values = {a.wire: _key_value(a) for a in method.arguments if a.kind == "body_key"}
    whole = [a for a in method.arguments if a.kind in ("body", "query")]
    if whole:
        values = _node_argument(whole[0])
    expected = sent(surface("node-bandwidth"), resource, method, values)
    if not any(a.kind == "value" for a in method.arguments) and key != "Endpoint.create":
        body_text = (
            "" if expected.body is None else json.dumps(expected.body, separators=(",", ":"))
        )
        assert request["body"] == body_text.encode(), f"{key}: sent() predicts {body_text}"
    pairs = [(k, v) for k, vs in request["query"].items() for v in vs]
    assert pairs == list(expected.query), key


# --- bandwidth-sdk, installed: signatures by inspect, every method called --------------------

PYTHON_PROBE = r"""
import bandwidth, inspect, json, sys, urllib.request
plan = json.load(open(sys.argv[1]))
clients = {k: bandwidth.client(k, plan['user'], 't', 's', api_endpoint=plan['url'])
           for k in ('account', 'voice', 'messaging')}
out = {}
for call in plan['calls']:
    fn = getattr(clients[call['resource']], call['method'], None)
    info = out[call['key']] = {'exists': callable(fn)}
    if fn is None:
        continue
    info['params'] = [[p.name, p.kind.name, p.default is not p.empty,
                       None if p.default is p.empty else repr(p.default)]
                      for p in inspect.signature(fn).parameters.values()]
    urllib.request.urlopen(plan['url'] + '/marker/' + call['key']).read()
    try:
        result = fn(*call['args'], **call.get('kwargs', {}))
        if inspect.isgenerator(result) or type(result).__name__ == 'map':
            next(iter(result), None)
    except Exception as error:
        info['error'] = repr(error)
print(json.dumps(out))
"""


def _python_argument(arg: Argument) -> Any:
    if arg.kind == "path":
        return _path_value(arg)
    if arg.kind == "body":
        return [{"probe": "x"}]
    return f"v-{arg.wire or arg.name}"


@pytest.fixture(scope="module")
def python_run(recorder, tmp_path_factory):
    """What the installed bandwidth-sdk did for every surface method, given only what it needs."""
    assert SAMPLES_PYTHON.is_file(), f"{SAMPLES_PYTHON} is missing; {SETUP_HINT}"
    url, calls = recorder
    plan = {"user": USER, "url": url, "calls": []}
    for key, resource, method in _methods("bandwidth-sdk"):
        args = [_python_argument(a) for a in method.arguments if a.required]
        plan["calls"].append({"key": key, "resource": resource.name, "method": method.name})
        plan["calls"][-1]["args"] = args
        full = dict(plan["calls"][-1], key=key + "|full", kwargs=_python_extras(method))
        plan["calls"].append(full)
    plan_file = tmp_path_factory.mktemp("python") / "plan.json"
    plan_file.write_text(json.dumps(plan))
    script = plan_file.with_name("probe.py")
    script.write_text(PYTHON_PROBE)
    done = subprocess.run(
        [str(SAMPLES_PYTHON), str(script), str(plan_file)],
        capture_output=True, text=True, timeout=120, check=True,
    )  # fmt: skip
    return json.loads(done.stdout), calls


def _python_extras(method: Method) -> dict[str, Any]:
    """Keyword arguments for a second call: the first optional named one, and an unknown one."""
    given = {}
    optional = [a for a in method.arguments if a.kind.endswith("_key") and a.has_default]
    if optional:
        given[optional[0].name] = _key_value(optional[0])
    if any(a.kind == "kwargs" for a in method.arguments):
        given["extraKey"] = "e"
    return given


def _python_values(method: Method, kwargs: dict[str, Any]) -> dict[str, Any] | list:
    """The API-named values a call gave: its required arguments and `kwargs`."""
    if any(a.kind == "body" for a in method.arguments):
        return [{"probe": "x"}]
    values = {a.wire: _python_argument(a) for a in method.arguments if a.required and a.wire}
    for name, value in kwargs.items():
        arg = method.argument(name)
        values[arg.wire if arg and arg.wire else name] = value
    return values


def _python_body(method: Method) -> dict[str, Any]:
    """The JSON body bandwidth-sdk must send when given only the required arguments: every
    named argument of the method that builds the body, the unset ones null (or their default)."""
    library = surface("bandwidth-sdk")
    builder = method
    while builder.via:
        builder = library.method("voice", builder.via) or library.method("account", builder.via)
    given = {a.wire: _python_argument(a) for a in method.arguments if a.required and a.wire}
    expected: dict[str, Any] = {}
    for arg in builder.arguments:
        if arg.kind == "body_key":
            value = given.get(arg.wire, arg.default if arg.has_default else None)
            if "." in arg.wire:  # credentials.password
                outer, inner = arg.wire.split(".")
                expected[outer] = {inner: value}
            else:
                expected[arg.wire] = value
    for arg in method.arguments:  # its own arguments are passed on, defaults included
        if arg.kind == "body_key" and "." not in arg.wire and method is not builder:
            expected[arg.wire] = given.get(arg.wire, arg.default if arg.has_default else None)
    expected.update(method.fixed_values)
    return expected


@pytest.mark.parametrize("key", [k for k, _, _ in _methods("bandwidth-sdk")])
def test_python_method_has_the_declared_signature_and_sends_the_declared_request(python_run, key):
    results, calls = python_run
    resource, name = key.split(".")
    method = surface("bandwidth-sdk").method(resource, name)
    assert results[key]["exists"], f"{resource}_api.{name} does not exist"
    declared = [
        [a.name, "VAR_KEYWORD" if a.kind == "kwargs" else "POSITIONAL_OR_KEYWORD", a.has_default]
        + [repr(a.default) if a.has_default else None]
        for a in method.arguments
    ]
    assert results[key]["params"] == declared, key
    if method.extra_requests:  # toggle_call_recording: a GET first, which decides the rest
        first = calls[key][0]
        extra = method.extra_requests[0]
        assert (first["method"], first["path"]) == (extra.http, _expected_path(method)), key
        return
    request = _one_request(calls, key, method)
    body = _body(request)
    if method.broken:
        return
    if any(a.kind == "body_key" for a in method.arguments) or method.via:
        assert body == _python_body(method), key
    if any(a.kind == "query_key" for a in method.arguments):  # requests drops None parameters
        query = [a for a in method.arguments if a.kind == "query_key"]
        given = {a.wire: [_python_argument(a)] for a in query if a.required}
        given |= {
            a.wire: [str(a.default)] for a in query if a.has_default and a.default is not None
        }
        assert request["query"] == given, key
    if method.body == "{}":
        assert body == {}, key
    for suffix, kwargs in (("", {}), ("|full", _python_extras(method))):
        request = calls[key + suffix][0]
        expected = sent(surface("bandwidth-sdk"), resource, method, _python_values(method, kwargs))
        raw = json.dumps(expected.body).encode() if expected.body is not None else b""
        assert request["body"] == raw, f"{key}{suffix}: sent() predicts {raw!r}"
        pairs = [(k, v) for k, values in request["query"].items() for v in values]
        assert pairs == list(expected.query), f"{key}{suffix}"


def test_python_broken_audio_helpers_really_nest_the_dict_in_file_url(python_run):
    results, calls = python_run
    body = _body(calls["voice.speak_sentence_to_call"][0])
    assert body["fileUrl"]["sentence"] == "v-sentence" and body["sentence"] is None


# --- Bandwidth.Net and ruby-bandwidth: their source's rules, and spot checks ------------------


def _csharp_enum_wire(member: str, delimiter: str = "-") -> str:
    """JsonStringEnumConverter.WriteJson: lower case, the delimiter before each inner capital."""
    return "".join(
        (delimiter if i and c.isupper() else "") + c.lower() for i, c in enumerate(member)
    )


def test_csharp_enum_wire_values_follow_its_string_enum_converter():
    for enum in surface("Bandwidth.Net").enums:
        delimiter = "_" if enum.name == "ConferenceDtmfProfile" else "-"
        for member in enum.members:
            assert member.wire == _csharp_enum_wire(member.name, delimiter), enum.name


def test_csharp_types_named_by_methods_and_properties_are_declared():
    net = surface("Bandwidth.Net")
    names = {c.name for c in net.data_classes} | {e.name for e in net.enums}
    plain = {"string", "bool", "int", "double", "DateTime", "Stream", "byte", "object"}
    for cls in net.data_classes:
        for prop in cls.properties:
            assert prop.wire == camel_case(prop.name)
            inner = prop.type.rstrip("?").removesuffix("[]")
            if "<" not in inner:
                assert inner in names | plain, f"{cls.name}.{prop.name}: {prop.type}"
    for resource in net.resources:
        for method in resource.methods:
            for arg in method.arguments:
                if arg.kind in ("body", "query"):
                    assert arg.type.removesuffix("[]") in names, f"{method.name}({arg.type})"


def test_csharp_drops_false_from_non_nullable_booleans_but_not_from_nullable_ones():
    net = surface("Bandwidth.Net")
    assert net.omitted_value(net.property("UpdateCallData", "RecordingEnabled")) is False
    assert net.omitted_value(net.property("CreateCallData", "RecordingEnabled")) is None
    assert net.omitted_value(net.property("UpdateConferenceMemberData", "State")) == "Active"
    assert net.property("UpdateApplicationData", "AutoAnswer").type == "bool?"  # inherited
    # Newtonsoft writes a class's own properties before its base class's
    assert [p.name for p in net.properties("GatherPrompt")][:2] == ["Bargeable", "FileUrl"]
    assert net.enum("CallState").member("Completed").wire == "completed"
    assert net.enum("CallbackHttpMethod?").by_wire("get").name == "Get"


# What Bandwidth.Net 4.1.2's own serializer settings wrote for these objects when its source was
# compiled (Mono mcs, Debian's Newtonsoft.Json) and run once: the rules sent() must follow.
CSHARP_SEEN = [
    ("Call", "UpdateAsync", {"recordingEnabled": False}, {}),
    (
        "Call",
        "UpdateAsync",
        {
            "state": "transferring",
            "transferTo": "+1",
            "whisperAudio": {"gender": "male", "sentence": "hi"},
        },
        {"state": "transferring", "transferTo": "+1", "whisperAudio": {"sentence": "hi"}},
    ),
    (
        "Call",
        "CreateAsync",
        {"from": "+1", "to": "+2", "recordingEnabled": False, "sipHeaders": {"X-Customer-Id": "1"}},
        {"from": "+1", "to": "+2", "recordingEnabled": False, "sipHeaders": {"X-Customer-Id": "1"}},
    ),
    (
        "Conference",
        "CreateAsync",
        {"from": "+1", "profile": "passthru_digits"},
        {"from": "+1", "profile": "passthru_digits"},
    ),
    ("Conference", "UpdateMemberAsync", {"state": "active", "mute": True}, {"mute": True}),
    (
        "Call",
        "CreateGatherAsync",
        {"maxDigits": 5, "prompt": {"sentence": "x", "gender": "male", "bargeable": False}},
        {"maxDigits": "5", "prompt": {"bargeable": False, "sentence": "x", "gender": "male"}},
    ),
    (
        "Application",
        "UpdateAsync",
        {"autoAnswer": False, "callbackHttpMethod": "POST"},
        {"callbackHttpMethod": "post", "autoAnswer": False},
    ),
    (
        "Conference",
        "UpdateAsync",
        {"callbackHttpMethod": "GET", "callbackTimeout": 0, "hold": False},
        {"callbackHttpMethod": "get"},
    ),
    (
        "PhoneNumber",
        "CreateAsync",
        {
            "number": "+1",
            "provider": {"providerName": "bandwidth-dashboard", "properties": {"AccountId": "1"}},
        },
        {
            "number": "+1",
            "provider": {"providerName": "bandwidth-dashboard", "properties": {"accountId": "1"}},
        },
    ),
]
CSHARP_QUERIES = [
    ("Call", "List", {"sortOrder": "asc", "size": 5}, [("size", "5"), ("sortOrder", "Asc")]),
    (
        "Message",
        "List",
        {"direction": "in", "deliveryState": "not-delivered"},
        [("direction", "In"), ("deliveryState", "NotDelivered")],
    ),
    ("Domain", "List", {}, [("size", "0")]),
]


@pytest.mark.parametrize("resource, name, values, body", CSHARP_SEEN)
def test_csharp_sent_body_is_what_its_serializer_wrote(resource, name, values, body):
    net = surface("Bandwidth.Net")
    result = sent(net, resource, net.method(resource, name), values)
    assert json.dumps(result.body) == json.dumps(body)  # key order included


@pytest.mark.parametrize("resource, name, values, pairs", CSHARP_QUERIES)
def test_csharp_sent_query_is_what_its_query_builder_wrote(resource, name, values, pairs):
    net = surface("Bandwidth.Net")
    assert list(sent(net, resource, net.method(resource, name), values).query) == pairs


def test_csharp_reports_what_it_cannot_send():
    net = surface("Bandwidth.Net")
    transfer = sent(
        net,
        "Call",
        net.method("Call", "TransferAsync"),
        {"transferTo": "+1", "diversionTreatment": "none"},
    )
    assert transfer.body == {"state": "transferring", "transferTo": "+1"}
    assert transfer.dropped == ("diversionTreatment",)
    hold = sent(net, "Conference", net.method("Conference", "HoldAsync"), {"hold": False})
    assert hold.body == {} and hold.dropped == ("hold",)


def test_ruby_spot_checks_from_its_source():
    ruby = surface("ruby-bandwidth")
    create = ruby.method("Message", "create")
    assert create.returns.type.startswith("Hash") and create.extra_requests[0].http == "GET"
    assert ruby.method("Call", "update").receiver == "instance"
    assert ruby.method("Call", "set_dtmf").argument("dtmf").wire == "dtmfOut"
    assert ruby.method("Application", "create").extra_requests[0].path.endswith("{applicationId}")
