"""Ids from the path reach the client library's call in the path's order, not the example's."""

from __future__ import annotations

import shutil

from generator.render import Renderer
from generator.spec import load_specs
from generator.targets import TARGETS_BY_KEY

from conftest import SPEC_DIRS

GET_GATHER = """
resource: Calls
title: Get Gather
description: One gather of a call.
method: GET
path: /v1/users/{userId}/calls/{callId}/gather/{gatherId}
parameters:
  - {name: gatherId, in: path, type: string, description: The gather.}
  - {name: callId, in: path, type: string, description: The call.}
examples:
  - title: One gather
    values: {gatherId: g-2, callId: c-1}
sdk:
  node-bandwidth: {resource: Call, method: getGather}
  Bandwidth.Net: {resource: Call, method: GetGatherAsync}
  ruby-bandwidth: {resource: Call, method: get_gather}
  bandwidth-sdk: {client: voice, method: get_call_gather}
"""


def test_two_path_parameters_are_passed_in_the_order_of_the_path(tmp_path):
    shutil.copy(SPEC_DIRS["fixtures"] / "_api.yaml", tmp_path)
    (tmp_path / "get_gather.yaml").write_text(GET_GATHER, "utf-8")
    api, (endpoint,) = load_specs(tmp_path)
    expected = {
        "node-promise": "client.Call.getGather('c-1', 'g-2')",
        "csharp": 'client.Call.GetGatherAsync("c-1", "g-2")',
        "ruby": 'Call.get_gather(client, "c-1", "g-2")',
        "python": 'voice_api.get_call_gather("c-1", "g-2")',
    }
    for key, call in expected.items():
        sample = Renderer(api).sample(endpoint, endpoint.examples[0], TARGETS_BY_KEY[key])
        assert call in sample, key
