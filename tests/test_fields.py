"""Objects with typed fields and lists of objects: how each sample writes them, what each library
sends, how the page shows them, and how the stub reads them (docs/spec-format.md)."""

from __future__ import annotations

import json
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from generator.build import build
from generator.libraries import surface
from generator.libraries.sent import active_support_camel, sent
from generator.paths import MANIFEST
from generator.request import build_request
from generator.spec import load_specs
from generator.stub.checks import schema_violations
from generator.targets import TARGETS_BY_KEY

from sample_runs import meaning_problems

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"

# A synthetic API (check_sdk: false): a list of objects that no real library's class carries,
# beside a nested object with a mapping inside it.
API = """\
title: Fields test
base_url: https://api.example.com
account_parameter: userId
check_sdk: false
credentials: {user_id: u-1, api_token: t, api_secret: s}
"""
ENDPOINT = """\
resource: Calls
title: Create Gather
description: Collects digits.
method: POST
path: /v1/users/{userId}/calls/{callId}/gather
parameters:
  - {name: callId, in: path, type: string, description: The call.}
  - name: details
    type: array
    items: object
    description: A list of objects.
    fields:
      - {name: code, type: integer, mandatory: true, description: A code.}
      - {name: labelText, type: string, description: A label.}
  - name: prompt
    type: object
    description: A nested object.
    fields:
      - {name: sentence, type: string, description: The text.}
      - {name: extraHeaders, type: object, items: string, description: A mapping inside.}
      - name: audio
        type: object
        description: An object inside.
        fields:
          - {name: fileUrl, type: string, description: A file.}
properties:
  - name: error
    type: object
    description: What went wrong.
    fields:
      - {name: code, type: enum, values: [busy, failed], description: The code.}
      - {name: details, type: array, items: string, description: Lines.}
examples:
  - title: Everything nested
    values:
      callId: c-1
      details: [{code: 1, labelText: "it's"}, {code: 2}]
      prompt:
        sentence: Hi
        extraHeaders: {X-Id: "7"}
        audio: {fileUrl: "http://example.com/a.mp3"}
sdk:
  node-bandwidth: {resource: Call, method: createGather}
  Bandwidth.Net: {resource: Call, method: CreateGatherAsync, data_class: CreateGatherData}
  ruby-bandwidth: {resource: Call, method: create_gather, on_instance: true}
  bandwidth-sdk: {client: voice, method: create_call_gather}
"""


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The synthetic spec built into a docs folder."""
    root = tmp_path_factory.mktemp("fields")
    (root / "spec").mkdir()
    (root / "spec" / "_api.yaml").write_text(API, "utf-8")
    (root / "spec" / "create_gather.yaml").write_text(ENDPOINT, "utf-8")
    build(root / "spec", root / "docs")
    return root / "docs"


def _sample(docs: Path, name: str) -> str:
    return (docs / "snippets" / "create_gather" / "example-1" / name).read_text("utf-8")


def test_each_language_writes_nested_objects_and_lists_its_own_way(built):
    assert "details: [{code: 1, labelText: 'it\\'s'}, {code: 2}]" in _sample(
        built, "node-promise.js"
    )
    python = _sample(built, "python.py")
    assert 'details=[{"code": 1, "labelText": "it\'s"}, {"code": 2}]' in python
    assert '"extraHeaders": {"X-Id": "7"}' in python
    ruby = _sample(built, "ruby.rb")
    assert ':details => [{:code => 1, :label_text => "it\'s"}, {:code => 2}]' in ruby
    assert ':extra_headers => {"X-Id" => "7"}' in ruby  # a mapping's keys as written
    assert ':audio => {:file_url => "http://example.com/a.mp3"}' in ruby
    csharp = _sample(built, "csharp.cs")
    assert 'new Details[] { new Details { Code = 1, LabelText = "it\'s" }' in csharp
    assert 'Audio = new Audio { FileUrl = "http://example.com/a.mp3" }' in csharp
    assert "using System.Collections.Generic;" in csharp


def test_ruby_request_is_camelized_at_every_depth_as_ruby_bandwidth_does(built):
    samples = json.loads((built / MANIFEST).read_text("utf-8"))["samples"]
    ruby = next(s for s in samples if s["target"] == "ruby")["request"]["body"]
    assert ruby["details"] == [{"code": 1, "labelText": "it's"}, {"code": 2}]
    # ActiveSupport camelizes a mapping's keys too (only :sip_headers is left alone)
    assert ruby["prompt"]["extraHeaders"] == {"x-Id": "7"}
    curl = next(s for s in samples if s["target"] == "curl")["request"]["body"]
    assert curl["prompt"]["extraHeaders"] == {"X-Id": "7"}


def test_sip_headers_keep_their_keys_at_any_depth():
    ruby = surface("ruby-bandwidth")
    method = ruby.method("Call", "create_gather")
    values = {"prompt": {"sip_headers": {"X-Id": "1"}, "other": {"X-Id": "1"}}}
    body = sent(ruby, "Call", method, values).body
    assert body == {"prompt": {"sipHeaders": {"X-Id": "1"}, "other": {"x-Id": "1"}}}


def test_active_support_camel_is_what_ruby_writes():
    keys = ["loop_enabled", "X-Customer-Id", "file_url", "a/b_c", "Foo_BAR", "_x", "x__y", "9ab_c"]
    if shutil.which("ruby") is None:
        pytest.fail("ruby is not installed: run `make system-deps`")
    script = "require 'active_support'; require 'active_support/core_ext/string/inflections'; "
    script += 'STDIN.read.split("\\n").each { |k| puts k.camelcase(:lower) }'
    out = subprocess.run(
        ["ruby", "-e", script], input="\n".join(keys), capture_output=True, text=True, check=True
    )
    assert out.stdout.splitlines() == [active_support_camel(k) for k in keys]


def test_the_tables_show_fields_as_dotted_rows(built):
    page = (built / "calls" / "create-gather.md").read_text("utf-8")
    for row in ("details.code", "details.label<wbr>Text", "prompt.audio.file<wbr>Url"):
        assert f"<code>{row}</code>" in page
    assert 'id="param-prompt.audio.fileUrl"' in page
    assert "<code>error.code</code></a> | enum<br>`busy`, `failed` |" in page
    assert "<code>error.details</code></a> | array of string |" in page


def test_the_stub_reads_nested_fields_as_the_spec_declares_them():
    _, endpoints = load_specs(SPEC)
    gather = next(e for e in endpoints if e.id == "create_gather")
    assert schema_violations(gather, "body", {"prompt": {"gender": "male", "sentence": "x"}}) == []
    (wrong,) = schema_violations(gather, "body", {"prompt": {"gender": "Male"}})
    assert wrong.parameter == "prompt" and "prompt.gender" in wrong.message
    (unknown,) = schema_violations(gather, "body", {"prompt": {"sentense": "x"}})
    assert "sentense" in unknown.message


def test_the_stub_takes_a_number_as_text_only_where_the_spec_says_the_api_does():
    _, endpoints = load_specs(SPEC)
    gather = next(e for e in endpoints if e.id == "create_gather")
    assert schema_violations(gather, "body", {"maxDigits": "5", "interDigitTimeout": "7.5"}) == []
    assert [v.parameter for v in schema_violations(gather, "body", {"maxDigits": "5.5"})] == [
        "maxDigits"
    ]
    assert [v.parameter for v in schema_violations(gather, "body", {"maxDigits": "five"})] == [
        "maxDigits"
    ]
    # without numeric_text, text is not a number (tag is text, bargeable a boolean)
    refused = schema_violations(gather, "body", {"prompt": {"bargeable": "true"}})
    assert [v.parameter for v in refused] == ["prompt"]


def test_a_number_sent_as_text_means_the_number_only_where_the_spec_says_so():
    """Bandwidth.Net's CreateGatherData.MaxDigits is a string: its "5" reads as the example's 5
    because the spec says the API reads it so (numeric_text); without that, the test fails."""
    api, endpoints = load_specs(SPEC)
    gather = next(e for e in endpoints if e.id == "create_gather")
    example = gather.examples[0]
    request = build_request(api, gather, example)
    csharp = TARGETS_BY_KEY["csharp"].wire_request(gather, example, request)
    assert csharp.body["maxDigits"] == "5" and request.body["maxDigits"] == 5
    asked, sent_ = _manifest_form(request), _manifest_form(csharp)
    assert meaning_problems(gather, asked, sent_) == []
    strict = replace(
        gather, parameters=tuple(replace(p, numeric_text=False) for p in gather.parameters)
    )
    assert "sends body 'maxDigits' as '5', not 5" in meaning_problems(strict, asked, sent_)
    sent_["body"]["prompt"] = {}
    assert any("'prompt.sentence' out" in p for p in meaning_problems(gather, asked, sent_))


def _manifest_form(request) -> dict:
    """A request as the manifest records it."""
    return {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "body": json.loads(json.dumps(request.body)),
    }
