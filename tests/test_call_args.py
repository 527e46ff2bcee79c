"""`args`: parameters a call takes as separate arguments after the path ids, as each language
passes them (positional; Python by keyword from the first one not given; nulls in between)."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.render import Renderer
from generator.spec import load_specs
from generator.targets import TARGETS_BY_KEY

from conftest import SPEC_DIRS

TRANSFER = """\
resource: Calls
title: Transfer Call
description: Transfers a call.
method: POST
path: /v1/users/{userId}/calls/{callId}
parameters:
  - {name: callId, in: path, type: string, description: The call.}
  - {name: transferTo, type: string, description: Where to.}
  - {name: transferCallerId, type: string, description: The caller id.}
  - {name: whisperAudio, type: object, items: string, description: Audio first.}
  - {name: callbackUrl, type: string, description: The new call's events.}
examples:
  - title: Transfer, events elsewhere
    values: {callId: c-k2ffu2ucdf3jjb4v, transferTo: "+18382947878", callbackUrl: "http://a.b/c"}
  - title: Transfer
    values: {callId: c-k2ffu2ucdf3jjb4v, transferTo: "+18382947878"}
sdk:
  node-bandwidth: {resource: Call, method: update, result: none}
  Bandwidth.Net:
    resource: Call
    method: TransferAsync
    args:
      - {name: transferTo, as: to}
      - {name: transferCallerId, as: callerId}
      - whisperAudio
      - callbackUrl
    result: id
  ruby-bandwidth: {resource: Call, method: update, on_instance: true, result: none}
  bandwidth-sdk:
    client: voice
    method: transfer_call
    args: [transferTo, transferCallerId, whisperAudio, callbackUrl]
    result: id
"""


def _samples(tmp_path: Path, target: str) -> list[str]:
    spec = tmp_path / "spec"
    spec.mkdir()
    shutil.copy(SPEC_DIRS["fixtures"] / "_api.yaml", spec)
    (spec / "transfer_call.yaml").write_text(TRANSFER)
    api, endpoints = load_specs(spec)
    (endpoint,) = endpoints
    renderer = Renderer(api)
    return [renderer.sample(endpoint, x, TARGETS_BY_KEY[target]) for x in endpoint.examples]


def test_csharp_passes_args_by_position_with_null_for_one_not_given_before_a_given_one(tmp_path):
    later, alone = _samples(tmp_path, "csharp")
    assert (
        'TransferAsync("c-k2ffu2ucdf3jjb4v", "+18382947878", null, null, "http://a.b/c");' in later
    )
    assert 'TransferAsync("c-k2ffu2ucdf3jjb4v", "+18382947878");' in alone  # trailing: left out


def test_python_passes_args_by_position_then_by_keyword_from_the_first_not_given(tmp_path):
    later, alone = _samples(tmp_path, "python")
    assert '"c-k2ffu2ucdf3jjb4v", "+18382947878", callback_url="http://a.b/c"' in later
    assert 'transfer_call("c-k2ffu2ucdf3jjb4v", "+18382947878")' in alone
