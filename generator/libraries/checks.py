"""A spec's `sdk` entry checked against the library's surface: names, request, properties, enums.

Each problem is a (field path under the entry, message) pair; the spec loader reports it at the
entry's line, so a writer sees file, line and "did you mean".
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.errors import show
from generator.libraries.library import Library
from generator.libraries.model import Method, Property, path_shape
from generator.model import LibraryCall, Parameter
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
    if call.on_instance and library.language == "Ruby" and not _has_getter(start.methods):
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
    if not any(_sends(m, http, path) for m in overloads):
        found.append(
            (
                ["method"],
                f"{name}.{call.method} sends {method.http} {method.path}, not {http} {path}"
                + _sending(library, http, path)
                + _reached(library, name, call.method, http, path),
            )
        )
        return found
    method = next(m for m in overloads if _sends(m, http, path))
    if array and not takes_array(method):
        sending = [m for m in overloads if _sends(m, http, path) and takes_array(m)]
        if not sending:
            found.append((["method"], f"{name}.{call.method} takes one object, not an array body"))
            return found
        method = sending[0]
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
    data = [p for p in params if p.location != "path"]
    found += _check_args(library, name, method, call)
    found += _check_implies(name, method, call, set(declared) | {p.name for p in data})
    if library.data_classes:
        found += _check_data_class(library, method, call, data)
    else:
        found += _check_arguments(library, name, method, data, call)
    return found


def _has_getter(methods: Iterable[Method]) -> bool:
    """Whether a resource has the class method `get` that fetches an instance by its id."""
    return any(m.name == "get" and m.receiver == "class" for m in methods)


def _no_getter(library: Library, resource: str) -> str:
    """Why an instance of `resource` cannot be fetched first, and the chain that reaches it."""
    message = f"{resource} has no class method get to fetch the instance with"
    for parent in library.resources:
        for fetch in fetches(library, parent.name):
            if fetched_resource(fetch) == resource and _has_getter(parent.methods):
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
        if below and any(_sends(m, http, path) for m in below.overloads(method)):
            return (
                f"; write on_instance: [{fetch.name}] to call it on the"
                f" {below.name} that {resource}.{fetch.name} fetches"
            )
    return ""


def method_for(
    library: Library, call: LibraryCall, http: str, path: str, array: bool = False
) -> Method | None:
    """The method (the C# overload) a call makes for the endpoint `http path`, or None; with
    `array`, the overload that takes an array body when there is one (SendAsync(MessageData[]))."""
    resource = library.resource(chain_end(library, call)[0])
    overloads = resource.overloads(call.method) if resource else ()
    sending = [m for m in overloads if _sends(m, http, path)]
    fitting = [m for m in sending if takes_array(m) == array]
    chosen = fitting or sending
    return chosen[0] if chosen else None


def takes_array(method: Method) -> bool:
    """Whether the method's whole-body argument is a list (MessageData[], Array<Object>, list)."""
    body = next((a for a in method.arguments if a.kind == "body"), None)
    kind = body.type if body else ""
    return kind.endswith("[]") or kind.startswith(("Array", "list")) or "Array of" in kind


def _sends(method: Method, http: str, path: str) -> bool:
    return method.http == http.upper() and path_shape(method.path) == path_shape(path)


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


def _check_data_class(
    library: Library, method: Method, call: LibraryCall, data: list[Parameter]
) -> Problems:
    """C#: the data class the method takes, a property for every parameter, enums' members."""
    takes = next((a for a in method.arguments if a.kind in ("body", "query")), None)
    if takes is None and method.via:
        via = library.method(call.resource, method.via)
        takes = next((a for a in via.arguments if a.kind == "body"), None) if via else None
    if call.data_class is None:
        return []
    cls = library.data_class(call.data_class)
    if cls is None:
        hint = f"; {call.method} takes {takes.type}" if takes else ""
        hint = hint or library.suggest_class(call.data_class)
        return [(["data_class"], f"{library.name} has no data class {call.data_class!r}{hint}")]
    if takes is None:
        return [(["data_class"], f"{call.method} takes no data class")]
    if takes.type.removesuffix("[]") != cls.name:
        return [(["data_class"], f"{call.method} takes {takes.type}, not {cls.name}")]
    found = _check_classes_named(call, data)
    return found + _check_properties(library, call, cls.name, data, "")


def _fields_paths(params: Iterable[Parameter], prefix: str = "") -> list[str]:
    """The dotted paths of every parameter and field with fields (`prompt`, `prompt.audio`)."""
    paths = []
    for param in params:
        if param.fields:
            paths.append(prefix + param.name)
            paths += _fields_paths(param.fields, f"{prefix}{param.name}.")
    return paths


def _check_classes_named(call: LibraryCall, data: list[Parameter]) -> Problems:
    """Each key of `classes` names an object parameter (or field) with fields."""
    paths = _fields_paths(data)
    found: Problems = []
    for path, _ in call.classes:
        if path not in paths:
            hint = did_you_mean(path, paths) or (
                f"; objects with fields here: {', '.join(paths)}" if paths else ""
            )
            found.append((["classes"], f"{path!r} is not an object parameter with fields{hint}"))
    return found


def _check_properties(
    library: Library, call: LibraryCall, cls_name: str, data: list[Parameter], prefix: str
) -> Problems:
    """A property of `cls_name` for every parameter (or field), its enum's members, and for an
    object with fields the class the property holds, checked the same way, field by field."""
    found: Problems = []
    props = {p.wire: p for p in library.properties(cls_name)}
    for param in data:
        prop = props.get(param.name)
        if prop is None:
            hint = did_you_mean(param.name, props) or f"; it has {', '.join(props)}"
            found.append(
                (["data_class"], f"{cls_name} has no property for {prefix + param.name!r}{hint}")
            )
            continue
        if param.fields:
            found += _check_object(library, call, prop, param, prefix + param.name)
            continue
        enum = library.enum(prop.type)
        if param.type == "enum" and enum is not None:
            for value in param.values:
                if enum.by_wire(str(value).lower()) is None:
                    wires = [m.wire for m in enum.members]
                    hint = did_you_mean(str(value).lower(), wires, value=True)
                    found.append(
                        (
                            ["data_class"],
                            f"{prop.name}'s type {enum.name} has no member for {param.name}"
                            f" value {value!r}{hint or '; it sends ' + ', '.join(wires)}",
                        )
                    )
    return found


def _check_object(
    library: Library, call: LibraryCall, prop: Property, param: Parameter, path: str
) -> Problems:
    """An object parameter (or field) with fields: the class its property holds (a `classes`
    entry must agree with it), then a property of that class for every field."""
    declared = library.element_class(prop.type)
    named = call.class_for(path)
    found: Problems = []
    if named is not None and named != declared:
        message = f"{path!r} is a {prop.type} in {library.name} ({prop.name}), not {named}"
        found.append((["classes"], message + f"; write {declared}"))
    if library.data_class(declared) is None:
        message = f"{library.name} describes no class {declared!r} for {path!r} ({prop.name}: {prop.type})"
        return [*found, (["data_class"], message)]
    return found + _check_properties(library, call, declared, list(param.fields), f"{path}.")
