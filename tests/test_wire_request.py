"""What the manifest says each target sends: its library's surface (generator/libraries), not
the example as written, and the tests that catch a request the API would read differently."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.errors import SpecError
from generator.request import build_request
from generator.spec import load_specs
from generator.targets import TARGETS, TARGETS_BY_KEY

from conftest import SPEC_DIRS
from sample_runs import meaning_problems

UPDATE_CALL = """\
resource: Calls
title: Update Call
description: Changes a call.
method: POST
path: /v1/users/{userId}/calls/{callId}
parameters:
  - {name: callId, in: path, type: string, description: The call.}
  - {name: state, type: enum, values: [active, completed], description: The new state.}
  - {name: recordingEnabled, type: boolean, description: Whether the call is recorded.}
examples:
  - title: Stop recording
    values: {callId: c-k2ffu2ucdf3jjb4v, recordingEnabled: false}
sdk:
  node-bandwidth: {resource: Call, method: update, result: none}
  Bandwidth.Net: {resource: Call, method: UpdateAsync, data_class: UpdateCallData, result: none}
  ruby-bandwidth: {resource: Call, method: update, on_instance: true, result: none}
  bandwidth-sdk: {client: voice, method: update_call, result: none}
"""
# Its C# call, and the honest way out for that example: a note on the C# tab, no sample.
CSHARP_CALL = (
    "  Bandwidth.Net: {resource: Call, method: UpdateAsync, data_class: UpdateCallData,"
    " result: none}\n"
)
WITH_LACKS = """\
  Bandwidth.Net:
    resource: Call
    method: UpdateAsync
    data_class: UpdateCallData
    result: none
    lacks:
      - values: {recordingEnabled: false}
        note: Bandwidth.Net cannot turn recording off (a non-nullable bool, left out).
"""


def _wire(spec_dir: Path, endpoint_id: str, example_index: int = 0, reverse: bool = False):
    api, endpoints = load_specs(spec_dir)
    endpoint = next(e for e in endpoints if e.id == endpoint_id)
    example = endpoint.examples[example_index]
    if reverse:
        example = replace(example, arguments=example.arguments[::-1])
    request = build_request(api, endpoint, example)
    return endpoint, {t.key: t.wire_request(endpoint, example, request) for t in TARGETS}


def _manifest_form(request) -> dict:
    return {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "body": request.body,
    }


def test_body_key_order_is_the_samples_or_the_librarys_own():
    endpoint, wire = _wire(SPEC_DIRS["applications"], "create_application", 1, reverse=True)
    declared = [p.name for p in endpoint.located("body")]
    given = declared[::-1]
    for key, request in wire.items():
        # Bandwidth.Net writes its data class's properties, bandwidth-sdk its signature's
        # arguments, in declaration order; curl, Node and Ruby send the sample's own order.
        expected = declared if key in ("csharp", "python") else given
        assert list(request.body) == expected, key


def test_bandwidth_sdk_sends_every_argument_of_its_signature_and_nulls_the_unset():
    endpoint, wire = _wire(SPEC_DIRS["applications"], "update_application", 1)
    python = wire["python"].body
    assert python["incomingCallUrl"] == "http://different.example.com/calls.php"
    assert [k for k, v in python.items() if v is not None] == ["incomingCallUrl"]
    assert list(python)[:2] == ["name", "incomingCallUrl"]
    assert (
        wire["curl"].body == wire["csharp"].body == {"incomingCallUrl": python["incomingCallUrl"]}
    )
    curl = _manifest_form(wire["curl"])
    for key, request in wire.items():
        assert meaning_problems(endpoint, curl, _manifest_form(request)) == [], key


def test_bandwidth_net_sends_its_enums_in_lower_case_which_the_api_reads_only_where_the_spec_says():
    endpoint, wire = _wire(SPEC_DIRS["applications"], "create_application", 0)
    assert wire["curl"].body["callbackHttpMethod"] == "GET"
    assert wire["csharp"].body["callbackHttpMethod"] == "get"
    curl, csharp = _manifest_form(wire["curl"]), _manifest_form(wire["csharp"])
    assert meaning_problems(endpoint, curl, csharp) == []  # callbackHttpMethod: any_case: true
    strict = replace(
        endpoint,
        parameters=tuple(replace(p, any_case=False) for p in endpoint.parameters),
    )
    assert meaning_problems(strict, curl, csharp) == [
        "sends body 'callbackHttpMethod' as 'get', not 'GET'"
    ]


def test_a_false_that_bandwidth_net_drops_is_a_request_the_api_reads_differently(tmp_path):
    spec = tmp_path / "spec"
    spec.mkdir()
    shutil.copy(SPEC_DIRS["fixtures"] / "_api.yaml", spec)
    (spec / "update_call.yaml").write_text(UPDATE_CALL)
    with pytest.raises(SpecError) as refused:  # the spec check finds it from the surface
        load_specs(spec)
    assert "Bandwidth.Net cannot send 'recordingEnabled' as false" in str(refused.value)
    assert CSHARP_CALL in UPDATE_CALL
    (spec / "update_call.yaml").write_text(UPDATE_CALL.replace(CSHARP_CALL, WITH_LACKS))
    endpoint, wire = _wire(spec, "update_call")
    assert endpoint.tab_note(endpoint.examples[0], "Bandwidth.Net")
    assert wire["curl"].body == {"recordingEnabled": False}
    assert wire["csharp"].body == {}  # UpdateCallData.RecordingEnabled is a non-nullable bool
    curl = _manifest_form(wire["curl"])
    assert meaning_problems(endpoint, curl, _manifest_form(wire["csharp"])) == [
        "leaves body 'recordingEnabled' out (the example gives False)"
    ]
    for key in ("node-promise", "ruby"):
        assert meaning_problems(endpoint, curl, _manifest_form(wire[key])) == [], key
    # bandwidth-sdk nulls every argument of update_call, also those this spec does not declare.
    python = meaning_problems(endpoint, curl, _manifest_form(wire["python"]))
    assert "sends body 'transferTo' = None, which the example does not" in python
    assert not [p for p in python if "'state'" in p or "'recordingEnabled'" in p]


def test_raw_http_sends_the_example_as_written():
    _, wire = _wire(SPEC_DIRS["applications"], "create_application", 1)
    assert TARGETS_BY_KEY["curl"].library is None
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    endpoint = next(e for e in endpoints if e.id == "create_application")
    assert wire["curl"] == build_request(api, endpoint, endpoint.examples[1])


def test_the_stub_reads_enum_values_in_their_exact_case_unless_the_spec_says_any_case():
    from generator.stub.checks import schema_violations

    _, endpoints = load_specs(SPEC_DIRS["published"])
    by_id = {e.id: e for e in endpoints}
    application = by_id["create_application"]  # callbackHttpMethod: any_case: true
    body = {"name": "x", "incomingCallUrl": "http://example.com/", "callbackHttpMethod": "get"}
    assert schema_violations(application, "body", body) == []
    conference = by_id["create_conference"]
    profile = next(p for p in conference.parameters if p.name == "profile")
    assert not profile.any_case
    wrong = {"from": "+19195551212", "profile": profile.values[0].upper()}
    problems = schema_violations(conference, "body", wrong)
    assert [v.parameter for v in problems] == ["profile"], problems


HANGUP_OR_UPDATE = """\
resource: Calls
title: Update Call
description: Changes a call.
method: POST
path: /v1/users/{userId}/calls/{callId}
parameters:
  - {name: callId, in: path, type: string, description: The call.}
  - {name: state, type: enum, values: [active, completed], description: The new state.}
  - {name: recordingEnabled, type: boolean, description: Whether the call is recorded.}
  - {name: transferTo, type: string, description: Transfers only.}
  - {name: transferCallerId, type: string, description: Transfers only.}
  - {name: whisperAudio, type: object, items: string, description: Transfers only.}
  - {name: callbackUrl, type: string, description: Transfers only.}
  - {name: recordingFileFormat, type: enum, values: [wav, mp3], description: The format.}
examples:
  - title: Hang up
    values: {callId: c-k2ffu2ucdf3jjb4v, state: completed}
  - title: Hang up, recorded
    values: {callId: c-k2ffu2ucdf3jjb4v, state: completed, recordingEnabled: true}
  - title: Answer, by the general call
    values: {callId: c-k2ffu2ucdf3jjb4v, state: active}
    sdk: {node-bandwidth: update}
sdk:
  node-bandwidth:
    - {resource: Call, method: hangup, implies: {state: completed}, result: none}
    - {resource: Call, method: update, result: none}
  Bandwidth.Net:
    - {resource: Call, method: HangupAsync, implies: {state: completed}, result: none}
    - {resource: Call, method: UpdateAsync, data_class: UpdateCallData, result: none}
  ruby-bandwidth:
    - {resource: Call, method: hangup, on_instance: true, implies: {state: completed}, result: none}
    - {resource: Call, method: update, on_instance: true, result: none}
  bandwidth-sdk:
    - {client: voice, method: hangup_call, implies: {state: completed}, result: none}
    - {client: voice, method: update_call, result: none}
"""


def _alternatives_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "spec"
    spec.mkdir()
    shutil.copy(SPEC_DIRS["fixtures"] / "_api.yaml", spec)
    (spec / "update_call.yaml").write_text(HANGUP_OR_UPDATE)
    return spec


def test_each_example_makes_the_first_call_whose_implies_it_gives_and_that_carries_the_rest(
    tmp_path,
):
    _, endpoints = load_specs(_alternatives_spec(tmp_path))
    hangup, recorded, answer = endpoints[0].examples
    assert {lib: c.method for lib, c in hangup.calls.items()} == {
        "node-bandwidth": "hangup",
        "Bandwidth.Net": "HangupAsync",
        "ruby-bandwidth": "hangup",
        "bandwidth-sdk": "hangup_call",
    }
    # hangup carries nothing but the id: recordingEnabled needs the general call
    assert {c.method for c in recorded.calls.values()} == {"update", "UpdateAsync", "update_call"}
    assert answer.calls["node-bandwidth"].method == "update"  # named by the example's sdk


def test_the_manifest_records_what_the_chosen_call_sends(tmp_path):
    endpoint, wire = _wire(_alternatives_spec(tmp_path), "update_call")
    assert wire["node-promise"].body == {"state": "completed"}  # hangup(callId) sends it itself
    assert wire["csharp"].body == {"state": "completed"}
    assert wire["ruby"].body == {"state": "completed"}
    python = wire["python"].body  # hangup_call delegates to update_call: every argument, nulled
    assert python["state"] == "completed"
    assert [k for k, v in python.items() if v is None] == [
        "recordingEnabled",
        "recordingFileFormat",
        "transferTo",
        "transferCallerId",
        "whisperAudio",
        "callbackUrl",
    ]
    curl = _manifest_form(wire["curl"])
    for key, request in wire.items():
        assert meaning_problems(endpoint, curl, _manifest_form(request)) == [], key
    ruby = TARGETS_BY_KEY["ruby"]
    also = ruby.also_sends(endpoint, wire["ruby"], endpoint.examples[0])
    assert also == [  # the GET of the call it acts on, and hangup's reload
        {"method": "GET", "path": wire["ruby"].path},
        {"method": "GET", "path": wire["ruby"].path},
    ]
