"""The stub applies a list's filters and sort to the items it holds, and answers a bridge's calls
whole: what List Calls and List Messages declare with `filters`, `sorts` and `unpaged`."""

from __future__ import annotations

import pytest

from generator.request import build_request
from generator.response import example_response, example_state
from generator.spec import load_specs
from generator.stub import Stub

from conftest import SPEC_DIRS
from test_stub import CREDENTIALS, call

CALLS = f"/v1/users/{CREDENTIALS.user_id}/calls"
MESSAGES = f"/v1/users/{CREDENTIALS.user_id}/messages"
API, ENDPOINTS = load_specs(SPEC_DIRS["published"])
LIST_CALLS = next(e for e in ENDPOINTS if e.id == "list_calls")
BRIDGE_EXAMPLE = next(
    x for x in LIST_CALLS.examples if any(a.name == "bridgeId" for a in x.arguments)
)
BRIDGE = next(a.value for a in BRIDGE_EXAMPLE.arguments if a.name == "bridgeId")


@pytest.fixture(scope="module")
def published():
    with Stub(SPEC_DIRS["published"]) as stub:
        yield stub


@pytest.fixture(autouse=True)
def _fresh(published):
    published.reset()


def ids(reply) -> list[str]:
    assert reply.status == 200, reply.raw
    return [item["id"] for item in reply.json()]


def test_a_filter_answers_only_the_items_whose_property_equals_it(published):
    """`from` keeps the calls from that number; an item without the property is not kept."""
    published.seed(f"{CALLS}/c-1", {"from": "+19195551212", "to": "+19195550000"})
    published.seed(f"{CALLS}/c-2", {"from": "+19195559999", "to": "+19195550000"})
    published.seed(f"{CALLS}/c-3", {"from": "+19195551212", "to": "+19195551111"})
    published.seed(f"{CALLS}/c-4", {})
    assert ids(call(published, "GET", f"{CALLS}?from=%2B19195551212")) == ["c-1", "c-3"]
    assert ids(call(published, "GET", f"{CALLS}?from=%2B19195551212&to=%2B19195551111")) == ["c-3"]
    assert ids(call(published, "GET", f"{CALLS}?from=%2B10000000000")) == []
    assert ids(call(published, "GET", CALLS)) == ["c-1", "c-2", "c-3", "c-4"]


def test_an_enum_filter_keeps_the_messages_of_that_value(published):
    """List Messages' `direction` and `deliveryState` filter the messages by those properties."""
    published.seed(f"{MESSAGES}/m-1", {"direction": "in", "deliveryState": "delivered"})
    published.seed(f"{MESSAGES}/m-2", {"direction": "out", "deliveryState": "not-delivered"})
    published.seed(f"{MESSAGES}/m-3", {"direction": "out", "deliveryState": "delivered"})
    assert ids(call(published, "GET", f"{MESSAGES}?direction=out")) == ["m-2", "m-3"]
    assert ids(call(published, "GET", f"{MESSAGES}?deliveryState=delivered")) == ["m-1", "m-3"]


def test_sort_order_orders_the_calls_by_start_time(published):
    """`sortOrder` sorts by startTime, `desc` when not given; a call without one comes last."""
    for name, start in (("c-b", "2013-02-08T13:15:47Z"), ("c-a", "2012-01-01T00:00:00Z")):
        published.seed(f"{CALLS}/{name}", {"startTime": start})
    published.seed(f"{CALLS}/c-none", {})
    published.seed(f"{CALLS}/c-c", {"startTime": "2014-05-25T12:00:00Z"})
    assert ids(call(published, "GET", f"{CALLS}?sortOrder=asc")) == ["c-a", "c-b", "c-c", "c-none"]
    assert ids(call(published, "GET", f"{CALLS}?sortOrder=desc")) == ["c-c", "c-b", "c-a", "c-none"]
    assert ids(call(published, "GET", CALLS)) == ["c-c", "c-b", "c-a", "c-none"]


def test_pages_are_of_the_filtered_items(published):
    """`size` counts the kept items, and the Link's next page holds the rest of them."""
    for i in range(5):
        published.seed(f"{CALLS}/c-{i}", {"to": "+1" if i % 2 else "+2"})
    first = call(published, "GET", f"{CALLS}?to=%2B2&size=2")
    assert ids(first) == ["c-0", "c-2"] and "Link" in first.headers
    last = call(published, "GET", f"{CALLS}?to=%2B2&size=2&page=1")
    assert ids(last) == ["c-4"] and "Link" not in last.headers


def test_the_bridge_example_answers_every_call_of_the_bridge_without_a_link(published):
    """List Calls' bridge example, with more calls of the bridge than a page holds (and calls of
    another bridge): the answer is every call of the bridge, oldest first, and no Link."""
    request = build_request(API, LIST_CALLS, BRIDGE_EXAMPLE)

    more = [(f"{CALLS}/c-{i:02d}", {"bridgeId": BRIDGE}) for i in range(30)]
    more += [(f"{CALLS}/c-other", {"bridgeId": "brg-other"})]
    published.prepare("bridge", LIST_CALLS, BRIDGE_EXAMPLE, more)
    published.mark("bridge")
    state = example_state(API, LIST_CALLS, BRIDGE_EXAMPLE).items
    shown = [path.rsplit("/", 1)[1] for path, _ in state if path.rsplit("/", 1)[0] == CALLS]
    reply = call(published, "GET", request.url(""))
    assert ids(reply) == [*shown, *(f"c-{i:02d}" for i in range(30))]
    assert "Link" not in reply.headers
    assert len(ids(reply)) > 25  # more than the default page size


def test_the_bridge_example_page_shows_its_call_of_that_bridge():
    """The page's Response of the bridge example is a call of that bridge, without a Link."""
    answer = example_response(API, LIST_CALLS, BRIDGE_EXAMPLE, "https://api.example.com")
    assert [c["bridgeId"] for c in answer.body] == [BRIDGE]
    assert "Link" not in dict(answer.headers)


def test_the_stub_answers_each_filtered_example_as_its_page_shows(published):
    """Every example of List Calls and List Messages, run against what its page shows: the stub
    answers exactly the page's Response (its filters keep the item the page shows)."""
    for endpoint in (e for e in ENDPOINTS if e.id in ("list_calls", "list_messages")):
        for example in endpoint.examples:
            published.prepare(example.id, endpoint, example)
            published.mark(example.id)
            reply = call(published, "GET", build_request(API, endpoint, example).url(""))
            page = example_response(API, endpoint, example, published.url)
            assert reply.json() == page.body, f"{endpoint.id}/{example.id}"
