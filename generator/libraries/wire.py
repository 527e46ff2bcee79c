"""The request a sample's library call puts on the wire, from the library's surface."""

from __future__ import annotations

from typing import Any

from generator.errors import show
from generator.libraries.checks import method_for, resource_name
from generator.libraries.library import Library
from generator.libraries.sent import sent
from generator.model import Endpoint, Example, LibraryCall, Parameter
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
        a.parameter.name: a.value
        for a in example.arguments
        if a.parameter.location in ("query", "body") and a.parameter.name not in implied
    }
    if array:  # the body's items, each as the sample writes it
        values = [{a.name: a.value for a in item} for item in example.items]
    out = sent(library, resource_name(library, call), method, values)
    query = {k: "" if v is None else v for k, v in out.query}
    body = out.body
    if body is None and request.body is not None:
        body = {}
    return request._replace(query=query, body=body)


def library_also_sends(
    library: Library, call: LibraryCall, endpoint: Endpoint, request: Request
) -> list[dict[str, str]]:
    """The requests `call` sends besides its own, from the surface: ruby-bandwidth's GET of the
    item an instance method is called on, and its GET after a create or a reload. A `{name}` left
    in a path is an id known only when the call runs (the new item's, from Location)."""
    method = method_for(library, call, endpoint.method, endpoint.path, endpoint.body.is_array)
    if method is None:
        return []
    found = []
    resource = library.resource(resource_name(library, call))
    getter = resource.method("get") if resource and call.on_instance else None
    if getter is not None and getter.receiver == "class":
        found.append({"method": getter.http, "path": _filled(getter.path, request.path)})
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
    out = sent(
        library, resource_name(library, call), method, {k: a.value for k, a in given.items()}
    )
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
    return type(asked) is type(sent_value) and asked == sent_value
