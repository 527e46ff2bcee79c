"""The C# sample's client: the API's credentials and the renderer's server, as C# literals."""

from __future__ import annotations

from dataclasses import replace

from generator.libraries.model import EnumMember, EnumType
from generator.model import Credentials
from generator.render import Renderer
from generator.spec import load_specs
from generator.targets import TARGETS_BY_KEY

from conftest import SPEC_DIRS

CSHARP = TARGETS_BY_KEY["csharp"]


def _client_lines(sample: str) -> list[str]:
    start = sample.index("new Client(")
    return sample[start : sample.index(";", start)].splitlines()[1:]


def test_each_renderer_writes_its_own_server_and_the_apis_credentials_escaped():
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    api = replace(api, credentials=Credentials('u-"1"', "t\\oken", "s\u2028ecret"))
    endpoint = next(e for e in endpoints if e.id == "create_application")
    example = endpoint.examples[0]
    local = Renderer(api, base_url='http://127.0.0.1:8123/v"1').sample(endpoint, example, CSHARP)
    published = Renderer(api).sample(endpoint, example, CSHARP)
    assert [line.strip() for line in _client_lines(local)] == [
        '"u-\\"1\\"",',
        '"t\\\\oken",',
        '"s\\u2028ecret",',
        '"http://127.0.0.1:8123/v\\"1")',
    ]
    assert _client_lines(published)[-1].strip() == f'"{api.base_url}")'


def test_an_enum_wire_value_names_the_first_member_that_sends_it():
    enum = EnumType("Mode", "Mode.cs", (EnumMember("Old", "on"), EnumMember("On", "on")))
    assert enum.by_wire("on") == EnumMember("Old", "on")
    assert enum.by_wire("ON") is None  # callers pass the value as the library sends it
