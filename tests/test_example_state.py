"""generator.response.example_state names every item an example needs, parents first: what its
page's Response shows and what the stub seeds before its samples run (the same function)."""

from __future__ import annotations

from generator.response import example_state, listed_id
from generator.spec import load_specs
from generator.stub import Stub

from conftest import SPEC_DIRS

API, ENDPOINTS = load_specs(SPEC_DIRS["published"])
BY_ID = {e.id: e for e in ENDPOINTS}
USER = f"/v1/users/{API.credentials.user_id}"
CONFERENCE = f"{USER}/conferences/conf-7qrj2t3lfixl4cgjcdonkna"
MEMBER = f"{CONFERENCE}/members/member-i3bgynrxllq3n3hbe5ccaxq"


def _state(endpoint_id: str) -> list[tuple[str, dict]]:
    endpoint = BY_ID[endpoint_id]
    return list(example_state(API, endpoint, endpoint.examples[0]).items)


def test_a_conference_members_example_needs_its_conference_first_then_the_member():
    """ruby-bandwidth fetches the conference before the member, so both must exist; the member
    holds every property its Response shows, the conference only what makes it exist."""
    state = _state("get_conference_member")
    assert [path for path, _ in state] == [CONFERENCE, MEMBER]
    conference, member = (body for _, body in state)
    assert conference == {}
    assert member["id"] == "member-i3bgynrxllq3n3hbe5ccaxq"
    assert set(member) == {p.name for p in BY_ID["get_conference_member"].properties} | {"id"}


def test_a_sub_list_example_needs_its_parent_and_the_item_it_lists():
    endpoint = BY_ID["list_conference_members"]
    listed = f"{CONFERENCE}/members/{listed_id(endpoint, endpoint.examples[0])}"
    assert [path for path, _ in _state("list_conference_members")] == [CONFERENCE, listed]


def test_the_stub_seeds_exactly_the_items_example_state_names():
    """The stub keeps what example_state lists, no more (the page and the stub agree)."""
    endpoint = BY_ID["get_conference_member"]
    with Stub(SPEC_DIRS["published"]) as stub:
        stub.prepare("member", endpoint, endpoint.examples[0])
        stub.mark("member")
        held = stub.store.snapshot()
    paths = [f"{collection}/{item}" for collection, items in held.items() for item in items]
    assert paths == [CONFERENCE, MEMBER]
    assert (
        held[f"{CONFERENCE}/members"]["member-i3bgynrxllq3n3hbe5ccaxq"]
        == dict(_state("get_conference_member"))[MEMBER]
    )
