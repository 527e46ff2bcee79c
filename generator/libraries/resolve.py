"""Which surface method a spec's library call makes: its resource, `on_instance` chain, overload."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.libraries.library import Library
from generator.libraries.model import Method, path_shape
from generator.model.calls import LibraryCall
from generator.spec.messages import did_you_mean

Problems = list[tuple[list[Any], str]]


def resource_name(library: Library, call: LibraryCall) -> str:
    """The surface resource a call names: its `resource`, or for bandwidth-sdk its `client`."""
    return call.resource or call.client or ""


def fetches(library: Library, resource: str) -> list[Method]:
    """The instance methods of a resource that fetch one item below it with one more path id
    (Ruby's `conference.get_member(member_id)`): the steps an `on_instance` chain can list."""
    found = library.resource(resource)
    return [
        m
        for m in (found.methods if found else ())
        if m.receiver == "instance"
        and m.http == "GET"
        and m.returns.kind == "item"
        and sum(a.kind == "path" for a in m.arguments) == 1
        and library.resource(fetched_resource(m)) is not None
    ]


def fetched_resource(method: Method) -> str:
    """The resource a fetch returns: the first word of its return type (`ConferenceMember`)."""
    return method.returns.type.split(" ", 1)[0]


def chain_end(library: Library, call: LibraryCall) -> tuple[str, Problems]:
    """The resource whose method `call` calls: its own, or the one its `on_instance` chain
    fetches last; and the chain's problems (a step that is not such a fetch, with did you mean)."""
    name = resource_name(library, call)
    for step in call.chain:
        if library.resource(name) is None:
            return name, []  # reported as an unknown resource
        allowed = {m.name: m for m in fetches(library, name)}
        if step not in allowed:
            hint = did_you_mean(step, allowed) or (
                f"; {name} fetches with {', '.join(allowed)}" if allowed else ""
            )
            message = f"{name}.{step} is not an instance method that fetches an item{hint}"
            return name, [(["on_instance"], message)]
        name = fetched_resource(allowed[step])
    return name, []


def has_getter(methods: Iterable[Method]) -> bool:
    """Whether a resource has the class method `get` that fetches an instance by its id."""
    return any(m.name == "get" and m.receiver == "class" for m in methods)


def method_for(
    library: Library, call: LibraryCall, http: str, path: str, array: bool = False
) -> Method | None:
    """The method (the C# overload) a call makes for the endpoint `http path`, or None; with
    `array`, the overload that takes an array body when there is one (SendAsync(MessageData[]))."""
    resource = library.resource(chain_end(library, call)[0])
    overloads = resource.overloads(call.method) if resource else ()
    sending = [m for m in overloads if sends(m, http, path)]
    fitting = [m for m in sending if takes_array(m) == array]
    chosen = fitting or sending
    return chosen[0] if chosen else None


def takes_array(method: Method) -> bool:
    """Whether the method's whole-body argument is a list (MessageData[], Array<Object>, list)."""
    body = next((a for a in method.arguments if a.kind == "body"), None)
    kind = body.type if body else ""
    return kind.endswith("[]") or kind.startswith(("Array", "list")) or "Array of" in kind


def sends(method: Method, http: str, path: str) -> bool:
    """Whether the method sends `http path` (path ids of any name)."""
    return method.http == http.upper() and path_shape(method.path) == path_shape(path)
