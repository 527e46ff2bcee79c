"""node-bandwidth: the Node.js tabs, one with promises and one with a callback."""

from __future__ import annotations

from generator.model import LibraryCall
from generator.targets.base import Context, Library, SampleFacts, Target

LIBRARY = Library("node-bandwidth", "4.0.0", "Node.js", ("resource",), ("list_field",))


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The call's name, and what the sample prints of the resolved value."""
    assert call is not None
    returns = call.result != "none"
    printed = f"response.{call.list_field}" if call.list_field else "response"
    return {
        "function": f"client.{call.resource}.{call.method}",
        "returns": returns,
        "printed": printed,
        "resolved": "response" if returns else "",
    }


TARGETS = (
    Target("node-promise", "Node.js (promise)", "js", "javascript", 20, LIBRARY, context=context),
    Target("node-callback", "Node.js (callback)", "js", "javascript", 21, LIBRARY, context=context),
)
