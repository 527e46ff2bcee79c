"""The request a sample's library call puts on the wire, from the library's surface."""

from __future__ import annotations

from typing import Any

from generator.errors import show
from generator.libraries.library import Library
from generator.libraries.resolve import chain_end, fetched_resource, method_for, resource_name
from generator.libraries.sent import sent
from generator.literals.names import snake_case
from generator.model.calls import Example, LibraryCall
from generator.model.endpoint import Endpoint
from generator.model.parameters import Parameter
from generator.request import Request, query_value
from generator.spec.values import typed_query_value


def library_request(
    library: Library, call: LibraryCall, endpoint: Endpoint, example: Example, request: Request
) -> Request:
    """What `call` of `library` sends for an example, from the library's surface: its body (key
    order, nulls, left-out defaults, enum spellings) and its query as the library writes them."""
    array = endpoint.body.is_array
    method = method_for(library, call, endpoint.method, endpoint.path, array=array)
    if method is None:  # the spec checks refuse such a call; nothing better to say
        return request
    implied = call.implied  # the call sends these by itself (its surface's fixed values)
    values: dict[str, Any] | list[dict[str, Any]] = {
        a.parameter.name: _as_written(library, a.parameter, a.value)
        for a in example.arguments
        if a.parameter.location in ("query", "body") and a.parameter.name not in implied
    }
    if array:  # the body's items, each as the sample writes it
        values = [
            {a.name: _as_written(library, a.parameter, a.value) for a in item}
            for item in example.items
        ]
    out = sent(library, chain_end(library, call)[0], method, values)
    query = {k: "" if v is None else v for k, v in out.query}
    body = out.body
    if body is None and request.body is not None:
        body = {}
    return request._replace(query=query, body=body)


def _as_written(library: Library, param: Parameter, value: Any) -> Any:
    """A value as the library's sample writes it: ruby-bandwidth's samples key objects with fields
    in snake_case (the library camelizes them back); the other libraries' as the example has it."""
    if library.wire.key_case == "snake-to-camel":
        return param.renamed(value, snake_case)
    return value


def library_also_sends(
    library: Library, call: LibraryCall, endpoint: Endpoint, request: Request
) -> list[dict[str, str]]:
    """The requests `call` sends besides its own, from the surface: ruby-bandwidth's GET of the
    item an instance method is called on and of each level its `on_instance` chain fetches, and
    its GET after a create or a reload. A `{name}` left in a path is an id known only when the
    call runs (the new item's, from Location)."""
    method = method_for(library, call, endpoint.method, endpoint.path, endpoint.body.is_array)
    if method is None:
        return []
    found = []
    resource = library.resource(resource_name(library, call))
    getter = resource.method("get") if resource and call.on_instance else None
    if getter is not None and getter.receiver == "class":
        found.append({"method": getter.http, "path": _filled(getter.path, request.path)})
    name = resource_name(library, call)
    for step in call.chain:
        fetch = library.method(name, step)
        if fetch is None:  # the spec checks refuse such a chain
            break
        found.append({"method": fetch.http, "path": _filled(fetch.path, request.path)})
        name = fetched_resource(fetch)
    for extra in method.extra_requests:
        if extra.body is not None and extra.body != endpoint.body.type:
            continue  # sent only for a body of another JSON type
        found.append({"method": extra.http, "path": _filled(extra.path, request.path)})
    return found


def _filled(template: str, path: str) -> str:
    """`template`'s placeholders filled from the request path's segments at the same place."""
    given = path.split("/")
    return "/".join(
        given[i] if part.startswith("{") and i < len(given) else part
        for i, part in enumerate(template.split("/"))
    )


def changed_values(
    library: Library, call: LibraryCall, http: str, path: str, example: Example
) -> list[tuple[str, str | None]]:
    """The example's query and body values that `call` leaves out or sends as something the API
    reads otherwise (a non-nullable `false`, an enum by its C# member name), from the surface:
    each name with what it sends instead (None: left out)."""
    method = method_for(library, call, http, path)
    if method is None:
        return []
    given = {  # what the call sends by itself (implies) the sample does not pass
        a.parameter.name: a
        for a in example.arguments
        if a.parameter.location in ("query", "body") and a.parameter.name not in call.implied
    }
    written = {k: _as_written(library, a.parameter, a.value) for k, a in given.items()}
    out = sent(library, resource_name(library, call), method, written)
    query = {k: v for k, v in out.query}
    body = out.body if isinstance(out.body, dict) else {}
    found: list[tuple[str, str | None]] = []
    for name, arg in given.items():
        param = arg.parameter
        where = query if param.location == "query" or out.body is None else body
        if name not in where:
            found.append((name, None))
        elif not _read_alike(param, arg.value, where[name]):
            found.append((name, show(where[name])))
    return found


def _read_alike(param: Parameter, asked: Any, sent_value: Any) -> bool:
    """Whether the API reads the value a library sends as the example's (the spec's reading)."""
    if param.location == "query":  # both as text on the wire, read as the parameter's type
        asked = typed_query_value(param, query_value(asked))
        sent_value = typed_query_value(param, "" if sent_value is None else str(sent_value))
    if param.type == "enum" and param.any_case:
        return isinstance(sent_value, str) and str(asked).lower() == sent_value.lower()
    if param.numeric_text and isinstance(sent_value, str):  # the API reads "5" as 5
        sent_value = typed_query_value(param, sent_value)
    if param.fields and isinstance(asked, list) and isinstance(sent_value, list):
        pairs = zip(asked, sent_value, strict=False)
        return len(asked) == len(sent_value) and all(_fields_alike(param, a, s) for a, s in pairs)
    if param.fields and isinstance(asked, dict):
        return isinstance(sent_value, dict) and _fields_alike(param, asked, sent_value)
    return _kind(asked) == _kind(sent_value) and asked == sent_value


def _fields_alike(param: Parameter, asked: Any, sent_value: Any) -> bool:
    """An object with fields read field by field (what else the library adds is not judged here)."""
    if not isinstance(asked, dict) or not isinstance(sent_value, dict):
        return _kind(asked) == _kind(sent_value) and asked == sent_value
    for key, value in asked.items():
        field = param.field(key)
        if field is None or key not in sent_value:
            return False
        if not _read_alike(field, value, sent_value[key]):
            return False
    return True


def _kind(value: Any) -> str:
    """A value's JSON kind (a list or mapping read from YAML is one too, whatever its class)."""
    for kind, types in (("boolean", bool), ("object", dict), ("array", list)):
        if isinstance(value, types):
            return kind
    return type(value).__name__
