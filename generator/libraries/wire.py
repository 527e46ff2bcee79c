"""The request a sample's library call puts on the wire, from the library's surface."""

from __future__ import annotations

from typing import Any

from generator.libraries.checks import method_for, resource_name
from generator.libraries.library import Library
from generator.libraries.sent import sent
from generator.model import Endpoint, Example, LibraryCall
from generator.request import Request


def library_request(
    library: Library, call: LibraryCall, endpoint: Endpoint, example: Example, request: Request
) -> Request:
    """What `call` of `library` sends for an example, from the library's surface: its body (key
    order, nulls, left-out defaults, enum spellings) and its query as the library writes them."""
    array = endpoint.body.is_array
    method = method_for(library, call, endpoint.method, endpoint.path, array=array)
    if method is None:  # the spec checks refuse such a call; nothing better to say
        return request
    values: dict[str, Any] | list[dict[str, Any]] = {
        a.parameter.name: a.value
        for a in example.arguments
        if a.parameter.location in ("query", "body")
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
