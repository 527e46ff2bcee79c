"""node-bandwidth: the Node.js tabs, one with promises and one with a callback."""

from __future__ import annotations

from decimal import Decimal

from generator.literals.js import js_literal
from generator.model.calls import LibraryCall
from generator.response import creates_each
from generator.targets.base import (
    Checks,
    Context,
    Library,
    SampleFacts,
    Target,
    call_arguments,
    lacks_note,
    passes_data,
)

LIBRARY = Library("node-bandwidth", "4.0.0", "Node.js", ("resource",), ("list_field",))


def js_number(value: int) -> str:
    """How JavaScript writes a whole number (JSON.stringify): the shortest digits that give back
    the same double, padded with zeros, in exponent form from 1e21 on."""
    near = float(value)
    return repr(near) if abs(near) >= 1e21 else format(Decimal(repr(near)).to_integral_value(), "f")


def _integer(value: int) -> str | None:
    """node-bandwidth sends the number as JavaScript holds it: a double (exact up to 2**53)."""
    sent = js_number(value)
    if sent == str(value):
        return None
    return f"{value} is more than a JavaScript number holds exactly (whole numbers up to 2**53); the Node.js samples would send {sent}"


CHECKS = Checks(integer=_integer)


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The call's name, and what the sample prints of the resolved value."""
    assert call is not None
    returns = call.result != "none"
    from generator.libraries import surface  # the surfaces import the spec package

    method = surface(LIBRARY.name).method(call.resource, call.method)
    page = method.returns.list_field if method and method.returns.kind == "page" else None
    # A page resolves to {<list_field>, hasNextPage, getNextPage}; an item (a create's too: the
    # parameters with the id from Location) prints its id (base.printed_ids).
    listed = f"response.{page}" if page else "response"
    printed = {"list": listed, "id": "response"}.get(call.result, "response.id")
    given = call_arguments(facts, call)
    passes = passes_data(facts, call, LIBRARY.name, call.resource)
    values = [js_literal(a.value) for a in facts.path_args]
    values += ["undefined" if a is None else js_literal(a.value) for a in given.positional]
    return {
        "values": values,  # path ids, then the call's separate arguments
        "passes_data": passes,
        "data_args": given.rest if passes else [],
        "function": f"client.{call.resource}.{call.method}",
        "returns": returns,
        "printed": printed,
        "resolved": "response" if returns else "",
        # sendMultiple-style results: {result, message (the input with its new id)}
        "item_id": "item.message.id" if creates_each(facts.endpoint) else "item.id",
        "lacks": lacks_note(call),
    }


TARGETS = (
    Target(
        "node-promise",
        "Node.js (promise)",
        "js",
        "javascript",
        20,
        LIBRARY,
        context=context,
        checks=CHECKS,
    ),
    Target(
        "node-callback",
        "Node.js (callback)",
        "js",
        "javascript",
        21,
        LIBRARY,
        context=context,
        checks=CHECKS,
    ),
)
