"""A spec's `sdk` entry checked against the library's surface: names, request, properties, enums.

Each problem is a (field path under the entry, message) pair; the spec loader reports it at the
entry's line, so a writer sees file, line and "did you mean".
"""

from __future__ import annotations

from collections.abc import Iterable

from generator.errors import show
from generator.libraries.data_classes import check_data_class
from generator.libraries.library import Library
from generator.libraries.model import Method
from generator.libraries.resolve import (
    Problems,
    chain_end,
    fetched_resource,
    fetches,
    has_getter,
    resource_name,
    sends,
    takes_array,
)
from generator.model.calls import LibraryCall
from generator.model.parameters import Parameter
from generator.spec.messages import did_you_mean


def check_call(
    library: Library,
    call: LibraryCall,
    http: str,
    path: str,
    params: Iterable[Parameter],
    declared: Iterable[str] = (),
    array: bool = False,
) -> Problems:
    """Every way `call` disagrees with `library`'s surface for the endpoint `http path` (the
    parameters it sends, and every parameter the endpoint declares)."""
    key = "resource" if call.resource or not call.client else "client"
    start = library.resource(resource_name(library, call))
    if start is None:
        name = resource_name(library, call)
        return [([key], f"{library.name} has no resource {name!r}{library.suggest_resource(name)}")]
    if call.on_instance and library.language == "Ruby" and not has_getter(start.methods):
        return [(["resource"], _no_getter(library, start.name))]
    name, broken = chain_end(library, call)
    if broken:
        return broken
    resource = library.resource(name)
    assert resource is not None  # chain_end returns only resources of the library
    method = resource.method(call.method)
    if method is None:
        hint = library.suggest_method(name, call.method) or _sending(library, http, path)
        return [(["method"], f"{library.name}'s {name} has no method {call.method!r}{hint}")]
    found: Problems = []
    overloads = resource.overloads(call.method)
    if not any(sends(m, http, path) for m in overloads):
        found.append(
            (
                ["method"],
                f"{name}.{call.method} sends {method.http} {method.path}, not {http} {path}"
                + _sending(library, http, path)
                + _reached(library, name, call.method, http, path),
            )
        )
        return found
    method = next(m for m in overloads if sends(m, http, path))
    if array and not takes_array(method):
        sending = [m for m in overloads if sends(m, http, path) and takes_array(m)]
        if not sending:
            found.append((["method"], f"{name}.{call.method} takes one object, not an array body"))
            return found
        method = sending[0]
    found += _check_receiver_and_page(library, name, method, call)
    data = [p for p in params if p.location != "path"]
    found += _check_args(library, name, method, call)
    found += _check_implies(name, method, call, set(declared) | {p.name for p in data})
    if library.data_classes:
        found += check_data_class(library, method, call, data)
    else:
        found += _check_arguments(library, name, method, data, call)
    return found


def _check_receiver_and_page(
    library: Library, name: str, method: Method, call: LibraryCall
) -> Problems:
    """`on_instance` as the method's receiver needs it, and `list_field` as its page names it."""
    found: Problems = []
    if method.receiver == "instance" and not call.on_instance:
        found.append(
            (["method"], f"{name}.{call.method} is an instance method: add on_instance: true")
        )
    elif method.receiver != "instance" and call.on_instance and library.language == "Ruby":
        found.append(
            (["on_instance"], f"{name}.{call.method} is a class method, not an instance one")
        )
    if call.list_field and method.returns.kind != "page":
        found.append(
            (["list_field"], f"{name}.{call.method} resolves to a plain array, not a page")
        )
    elif call.list_field and call.list_field != method.returns.list_field:
        found.append(
            (["list_field"], f"{name}.{call.method}'s page holds {method.returns.list_field!r}")
        )
    return found


def _no_getter(library: Library, resource: str) -> str:
    """Why an instance of `resource` cannot be fetched first, and the chain that reaches it."""
    message = f"{resource} has no class method get to fetch the instance with"
    for parent in library.resources:
        for fetch in fetches(library, parent.name):
            if fetched_resource(fetch) == resource and has_getter(parent.methods):
                return message + (
                    f"; {parent.name}.{fetch.name} fetches one: write resource: {parent.name}"
                    f" and on_instance: [{fetch.name}]"
                )
    return message


def _reached(library: Library, resource: str, method: str, http: str, path: str) -> str:
    """`; write on_instance: [get_member] ...` when an item fetched from `resource` has a
    method `method` that sends `http path` (Ruby's chain), else nothing."""
    for fetch in fetches(library, resource):
        below = library.resource(fetched_resource(fetch))
        if below and any(sends(m, http, path) for m in below.overloads(method)):
            return (
                f"; write on_instance: [{fetch.name}] to call it on the"
                f" {below.name} that {resource}.{fetch.name} fetches"
            )
    return ""


def _sending(library: Library, http: str, path: str) -> str:
    """`; <resource>.<method> sends it` naming the calls of the surface that send `http path`."""
    calls = [f"{r.name}.{m.name}" for r, m in library.calls_for(http, path)]
    if not calls:
        return f"; {library.name} has no method that sends {http} {path}"
    return f"; {' or '.join(dict.fromkeys(calls))} sends {http} {path}"


def _check_args(library: Library, name: str, method: Method, call: LibraryCall) -> Problems:
    """`args` are the method's own arguments after the path ids, in its order (`as`: its name)."""
    after_ids = [a for a in method.positional if a.kind != "path"]
    names = [a.name for a in after_ids]
    found: Problems = []
    for j, given in enumerate(call.args):
        arg = method.argument_for(given.name)
        where = ["args", j]
        if arg is None or arg.kind not in ("body_key", "query_key"):
            hint = did_you_mean(given.as_name or given.name, names) or (
                f"; it takes {', '.join(names)}" if names else "; it takes none after the ids"
            )
            found.append((where, f"{name}.{method.name} has no argument for {given.name!r}{hint}"))
        elif given.as_name is not None and given.as_name != arg.name:
            message = f"{name}.{method.name} names its argument for {given.name!r} {arg.name!r}"
            found.append((where, f"{message}, not {given.as_name!r}"))
        elif j >= len(after_ids) or after_ids[j] is not arg:
            place = f"argument {j + 1} after the ids"
            expected = repr(after_ids[j].name) if j < len(after_ids) else "nothing"
            message = f"{name}.{method.name} takes {expected} as {place}, not {arg.name!r}"
            found.append((where, f"{message}; list args in the method's order"))
    return found


def _check_implies(name: str, method: Method, call: LibraryCall, declared: set[str]) -> Problems:
    """`implies` says what the method sends by itself: exactly its fixed keys the endpoint declares."""
    fixed = method.fixed_values
    found: Problems = []
    for key, value in call.implies:
        if key not in fixed or not (type(fixed[key]) is type(value) and fixed[key] == value):
            sends = ", ".join(f"{k}: {show(v)}" for k, v in fixed.items()) or "nothing"
            message = f"{name}.{method.name} does not send {key}: {show(value)} by itself"
            found.append((["implies", key], f"{message}; it sends {sends}"))
    for key, value in fixed.items():
        if key in declared and key not in call.implied:
            message = f"{name}.{method.name} sends {key}: {show(value)} by itself"
            found.append((["method"], f"{message}; add implies: {{{key}: {show(value)}}}"))
    return found


def _check_arguments(
    library: Library, name: str, method: Method, data: list[Parameter], call: LibraryCall
) -> Problems:
    """A library without data classes: each parameter needs an argument, **kwargs or a whole body;
    outside Python (keyword arguments) one the method takes by itself is listed in `args`."""
    if any(a.kind in ("body", "query", "kwargs") for a in method.arguments):
        return []
    wires = [a.wire for a in method.arguments if a.wire and a.kind in ("body_key", "query_key")]
    found: Problems = []
    keywords = library.wire.key_case == "per-argument"
    for param in data:
        own = method.argument_for(param.name)
        if own is not None and not keywords and param.name not in call.arg_names:
            message = f"{name}.{method.name} takes {param.name!r} as an argument of its own"
            found.append((["method"], f"{message}; list it in args: [{param.name}]"))
        if own is None:
            hint = did_you_mean(param.name, wires) or (
                f"; it takes {', '.join(wires)}" if wires else "; it takes none"
            )
            found.append(
                (["method"], f"{name}.{method.name} has no argument for {param.name!r}{hint}")
            )
    return found
