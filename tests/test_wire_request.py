"""What the manifest says each target sends: the libraries' own nulls, enum case and key order."""

from __future__ import annotations

from dataclasses import replace

from generator.request import build_request
from generator.spec import load_specs
from generator.targets import TARGETS

from conftest import SPEC_DIRS


def test_body_key_order_is_the_samples_or_the_librarys_own():
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    endpoint = next(e for e in endpoints if e.id == "create_application")
    example = endpoint.examples[1]
    backwards = replace(example, arguments=example.arguments[::-1])
    declared = [p.name for p in endpoint.located("body")]
    given = [a.name for a in backwards.arguments]
    for target in TARGETS:
        keys = list(target.wire_request(endpoint, build_request(api, endpoint, backwards)).body)
        # Bandwidth.Net writes its data class's properties, bandwidth-sdk its signature's
        # arguments, in declaration order; curl, Node and Ruby send the sample's own order.
        expected = declared if target.key in ("csharp", "python") else given
        assert keys == expected, target.key


def test_bandwidth_sdk_sends_every_parameter_of_an_update_and_nulls_the_unset():
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    update = next(e for e in endpoints if e.id == "update_application")
    example = update.examples[1]
    request = build_request(api, update, example)
    bodies = {t.key: t.wire_request(update, request).body for t in TARGETS}
    assert bodies["python"] == {
        p.name: ("http://different.example.com/calls.php" if p.name == "incomingCallUrl" else None)
        for p in update.located("body")
    }
    assert list(bodies["python"])[:2] == ["name", "incomingCallUrl"]
    assert (
        bodies["curl"]
        == bodies["csharp"]
        == {"incomingCallUrl": "http://different.example.com/calls.php"}
    )
