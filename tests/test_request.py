"""The request of an example: the JSON body text that curl sends, and the filled-in path."""

from __future__ import annotations

import dataclasses
import json

from generator.request import Request, build_request
from generator.spec import load_specs

from conftest import SPEC_DIRS
from hostile import HOSTILE


def test_body_json_is_exactly_json_dumps_with_indent_2():
    bodies = [{"value": text, text: 1} for text in HOSTILE] + [
        {"n": 1, "f": 1.5e20, "b": True, "z": None, "neg": -0.25, "big": 10**30, "f0": 0.1},
        {"nan": float("nan"), "inf": float("inf"), "ninf": float("-inf")},
        {1: "an integer key", "x": False},
        {},
        {"nested": {"x": [1, "a"]}, "flat": "y"},
        {"list": [1, {"y": 2}], "empty": []},
    ]
    for body in bodies:
        expected = json.dumps(body, indent=2, ensure_ascii=False)
        assert Request("POST", "/", {}, body).body_json() == expected
    assert Request("GET", "/", {}, None).body_json() == ""


def test_path_query_and_body_of_the_examples():
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    by_id = {e.id: e for e in endpoints}
    delete = build_request(
        api, by_id["delete_application"], by_id["delete_application"].examples[0]
    )
    assert delete.path == "/v1/users/YOUR_USER_ID/applications/a-zuwwfzzrbea"
    assert delete.query == {} and delete.body is None
    listing = by_id["list_applications"]
    request = build_request(api, listing, listing.examples[1])
    assert request.query == {"size": "100"} and request.body is None
    update = by_id["update_application"]
    request = build_request(api, update, update.examples[1])
    assert request.path == "/v1/users/YOUR_USER_ID/applications/a-zuwwfzzrbea"
    assert request.body == {"incomingCallUrl": "http://different.example.com/calls.php"}


def test_path_values_are_percent_encoded_and_never_filled_twice():
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    delete = next(e for e in endpoints if e.id == "delete_application")
    argument = delete.examples[0].arguments[0]
    example = dataclasses.replace(
        delete.examples[0], arguments=(dataclasses.replace(argument, value="a/b {userId}"),)
    )
    path = build_request(api, delete, example).path
    assert path == "/v1/users/YOUR_USER_ID/applications/a%2Fb%20%7BuserId%7D"
