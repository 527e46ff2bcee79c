"""node-bandwidth: the Node.js tabs, one with promises and one with a callback."""

from __future__ import annotations

from generator.model import LibraryCall
from generator.targets.base import lacks_note, Context, Library, SampleFacts, Target

LIBRARY = Library("node-bandwidth", "4.0.0", "Node.js", ("resource",), ("list_field",))


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The call's name, and what the sample prints of the resolved value."""
    assert call is not None
    returns = call.result != "none"
    from generator.libraries import surface  # the surfaces import the spec package

    method = surface(LIBRARY.name).method(call.resource, call.method)
    page = method.returns.list_field if method and method.returns.kind == "page" else None
    # A page resolves to {<list_field>, hasNextPage, getNextPage}; anything else is printed whole.
    printed = f"response.{page}" if page else "response"
    return {
        "function": f"client.{call.resource}.{call.method}",
        "returns": returns,
        "printed": printed,
        "resolved": "response" if returns else "",
        "lacks": lacks_note(call),
    }


TARGETS = (
    Target("node-promise", "Node.js (promise)", "js", "javascript", 20, LIBRARY, context=context),
    Target("node-callback", "Node.js (callback)", "js", "javascript", 21, LIBRARY, context=context),
)
