"""An operation's `x-api-samples`: what import needs to write the endpoint's spec back."""

from __future__ import annotations

from typing import Any

from generator.model.calls import Lack, LibraryCall
from generator.model.endpoint import Endpoint
from generator.spec.values import located_rules


def operation_extension(endpoint: Endpoint) -> dict[str, Any]:
    """What import needs to write this endpoint's spec back: names, example titles, sdk calls."""
    body_rules = located_rules(endpoint, "body")
    extension: dict[str, Any] = {
        "item_name": endpoint.item_name,
        "examples": {e.id: e.title for e in endpoint.examples},
    }
    other_rules = [
        {"at_least_one_of": list(r.at_least_one_of)}
        for r in endpoint.rules
        if r not in body_rules and r.at_least_one_of
    ]
    other_rules += [
        {"at_most_one_of": list(r.at_most_one_of)} for r in endpoint.rules if r.at_most_one_of
    ]
    if other_rules:
        extension["rules"] = other_rules
    if endpoint.properties:
        extension["properties"] = [p.name for p in endpoint.properties]
    if endpoint.responding is not None:
        given = endpoint.responding
        extension["response"] = {"status": given.status}
        if given.location is not None:
            extension["response"]["location"] = given.location
    bodies = {x.id: dict(x.response_body) for x in endpoint.examples if x.response_body}
    if bodies:
        extension["example_responses"] = bodies
    if endpoint.when:
        extension["when"] = dict(endpoint.when)
    extension["sdk"] = {
        library: (
            _call(calls[0])
            if len(calls) == 1
            else [_call(c, i < len(calls) - 1) for i, c in enumerate(calls)]
        )
        for library, calls in (endpoint.alternatives or _single(endpoint)).items()
    }
    return extension


def _call(call: LibraryCall, dedicated: bool = False) -> dict[str, Any]:
    """A LibraryCall as the spec's `sdk` entry writes it (defaults left out; `dedicated`: not the
    last of a list, which takes data only when it says so)."""
    if call.missing is not None:
        return {"missing": call.missing}
    entry: dict[str, Any] = {}
    if call.resource:
        entry["resource"] = call.resource
    entry["method"] = call.method
    if call.result != "item":
        entry["result"] = call.result
    for key, value, default in (
        ("data_class", call.data_class, None),
        ("client", call.client, None),
        ("on_instance", list(call.chain) if call.chain else call.on_instance, False),
        ("async", call.is_async, True),
        ("list_field", call.list_field, None),
    ):
        if value != default:
            entry[key] = value
    if call.unsupported:
        entry["unsupported"] = list(call.unsupported)
    if call.lacks:
        entry["lacks"] = [_lack(lack) for lack in call.lacks]
    if dedicated and call.takes_data:
        entry["data"] = True
    if call.implies:
        entry["implies"] = dict(call.implies)
    if call.args:
        entry["args"] = [
            a.name if a.as_name is None else {"name": a.name, "as": a.as_name} for a in call.args
        ]
    return entry


def _single(endpoint: Endpoint) -> dict[str, tuple[LibraryCall, ...]]:
    """Each library's one call, for an endpoint built without alternatives."""
    return {library: (call,) for library, call in endpoint.calls.items()}


def _lack(lack: Lack) -> dict[str, Any]:
    """A `lacks` entry as the spec writes it."""
    given: dict[str, Any] = (
        {"parameters": list(lack.parameters)} if lack.parameters else {"values": dict(lack.values)}
    )
    return {**given, "note": lack.note}
