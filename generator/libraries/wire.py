"""The request a sample's library call puts on the wire, from the library's surface."""

from __future__ import annotations

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
    method = method_for(library, call, endpoint.method, endpoint.path)
    if method is None:  # the spec checks refuse such a call; nothing better to say
        return request
    values = {
        a.parameter.name: a.value
        for a in example.arguments
        if a.parameter.location in ("query", "body")
    }
    out = sent(library, resource_name(library, call), method, values)
    query = {k: "" if v is None else v for k, v in out.query}
    body = out.body
    if body is None and request.body is not None:
        body = {}
    return request._replace(query=query, body=body)
