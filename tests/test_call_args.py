"""`args`: parameters a call takes as separate arguments after the path ids, as each language
passes them (positional; Python by keyword from the first one not given; nulls in between)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.errors import SpecError
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


DTMF_TAGGED = """\
resource: Calls
title: Send DTMF
description: Sends DTMF.
method: POST
path: /v1/users/{userId}/calls/{callId}/dtmf
parameters:
  - {name: callId, in: path, type: string, description: The call.}
  - {name: dtmfOut, type: string, description: The digits.}
  - {name: tag, type: string, description: A tag.}
examples:
  - title: Send 1234
    values: {callId: c-k2ffu2ucdf3jjb4v, dtmfOut: "1234"}
  - title: Send 1234, tagged
    values: {callId: c-k2ffu2ucdf3jjb4v, dtmfOut: "1234", tag: t}
sdk:
  node-bandwidth:
    resource: Call
    method: sendDtmf
    args: [dtmfOut]
    result: none
    lacks: [{parameters: [tag], note: sendDtmf takes only the digits.}]
  Bandwidth.Net:
    resource: Call
    method: SendDtmfAsync
    data_class: SendDtmfData
    result: none
    lacks: [{parameters: [tag], note: SendDtmfData has no Tag.}]
  ruby-bandwidth:
    resource: Call
    method: set_dtmf
    on_instance: true
    args: [dtmfOut]
    result: none
    lacks: [{parameters: [tag], note: set_dtmf takes only the digits.}]
  bandwidth-sdk: {client: voice, method: send_dtmf_to_call, args: [dtmfOut], result: none}
"""


def test_a_lacks_note_covers_an_example_that_no_call_can_carry(tmp_path):
    spec = tmp_path / "spec"
    spec.mkdir()
    shutil.copy(SPEC_DIRS["fixtures"] / "_api.yaml", spec)
    (spec / "send_dtmf.yaml").write_text(DTMF_TAGGED)
    _, (endpoint,) = load_specs(spec)
    plain, tagged = endpoint.examples
    assert endpoint.tab_note(plain, "node-bandwidth") is None
    assert endpoint.tab_note(tagged, "node-bandwidth") == "sendDtmf takes only the digits."
    assert endpoint.tab_note(tagged, "bandwidth-sdk") is None  # **kwargs sends tag
    # without the note, the spec is refused: the call has no way to send tag
    (spec / "send_dtmf.yaml").write_text(
        DTMF_TAGGED.replace(
            "    lacks: [{parameters: [tag], note: sendDtmf takes only the digits.}]\n", ""
        )
    )
    with pytest.raises(
        SpecError, match="Call.sendDtmf has no argument for 'tag'; it takes dtmfOut"
    ):
        load_specs(spec)


WHISPERED = """\
resource: Calls
title: Transfer Call
description: Transfers a call.
method: POST
path: /v1/users/{userId}/calls/{callId}
parameters:
  - {name: callId, in: path, type: string, description: The call.}
  - {name: state, type: string, const: transferring, description: Transferring.}
  - {name: transferTo, type: string, description: Where to.}
  - {name: transferCallerId, type: string, description: The caller id.}
  - name: whisperAudio
    type: object
    description: Audio first.
    fields:
      - {name: sentence, type: string, description: What to say.}
      - {name: gender, type: enum, values: [female, male], description: The voice.}
  - {name: diversionTreatment, type: enum, values: [none, stack], description: Diversion.}
examples:
  - title: Transfer, whispering
    values:
      callId: c-k2ffu2ucdf3jjb4v
      transferTo: "+18382947878"
      whisperAudio: {sentence: Hello, gender: female}
  - title: Transfer, diverted
    values: {callId: c-k2ffu2ucdf3jjb4v, transferTo: "+18382947878", diversionTreatment: stack}
sdk:
  node-bandwidth: {resource: Call, method: transfer, implies: {state: transferring}}
  Bandwidth.Net:
    resource: Call
    method: TransferAsync
    args:
      - {name: transferTo, as: to}
      - {name: transferCallerId, as: callerId}
      - whisperAudio
    implies: {state: transferring}
    result: id
    lacks: [{parameters: [diversionTreatment], note: TransferAsync takes no diversion.}]
  ruby-bandwidth: {resource: Call, method: update, on_instance: true, result: id}
  bandwidth-sdk:
    client: voice
    method: transfer_call
    args: [{name: transferTo, as: to}]
    implies: {state: transferring}
    result: id
"""


def _whispered(tmp_path: Path, text: str = WHISPERED):
    spec = tmp_path / "spec"
    spec.mkdir(exist_ok=True)
    shutil.copy(SPEC_DIRS["fixtures"] / "_api.yaml", spec)
    (spec / "transfer_call.yaml").write_text(text)
    return load_specs(spec)


def test_csharp_writes_a_positional_object_as_the_class_the_method_takes(tmp_path):
    api, (endpoint,) = _whispered(tmp_path)
    whispered = Renderer(api).sample(endpoint, endpoint.examples[0], TARGETS_BY_KEY["csharp"])
    # TransferAsync's whisperAudio is a WhisperAudio; its Gender a Gender (generator/libraries)
    assert (
        'TransferAsync("c-k2ffu2ucdf3jjb4v", "+18382947878", null,'
        ' new WhisperAudio { Sentence = "Hello", Gender = Gender.Female });' in whispered
    )


def test_a_csharp_call_without_a_data_class_needs_none_for_what_it_lacks(tmp_path):
    _, (endpoint,) = _whispered(tmp_path)
    whispered, diverted = endpoint.examples
    assert endpoint.tab_note(whispered, "Bandwidth.Net") is None
    assert endpoint.tab_note(diverted, "Bandwidth.Net") == "TransferAsync takes no diversion."
    # without the lacks entry, diversionTreatment would need the data class the call lacks
    lacking = (
        "    lacks: [{parameters: [diversionTreatment], note: TransferAsync takes no diversion.}]\n"
    )
    with pytest.raises(SpecError, match="'data_class' is missing"):
        _whispered(tmp_path, WHISPERED.replace(lacking, ""))
