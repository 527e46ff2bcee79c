"""The concrete HTTP request of one example, and what each target puts on the wire for it."""

from __future__ import annotations

import json
from typing import Any, NamedTuple
from urllib.parse import quote, urlencode

from generator.model import Api, Endpoint, Example
from generator.targets import Target

# The C encoder, one member per line: a flat object's indent=2 text without its braces.
_FLAT = json.JSONEncoder(ensure_ascii=False, separators=(",\n  ", ": "))


def query_value(value: Any) -> str:
    """A value as it travels in a query string (booleans in JSON spelling)."""
    return json.dumps(value) if isinstance(value, bool) else str(value)


class Request(NamedTuple):
    """An example's request: method, path with parameters filled in, query and JSON body."""

    method: str
    path: str
    query: dict[str, str]
    body: dict[str, Any] | None

    def url(self, base_url: str) -> str:
        """The full URL for a server, query string included."""
        query = f"?{urlencode(self.query)}" if self.query else ""
        return f"{base_url}{self.path}{query}"

    def body_json(self) -> str:
        """The body as readable JSON, exactly the bytes curl sends (UTF-8)."""
        if self.body is None:
            return ""
        if self.body and not any(isinstance(v, (dict, list, tuple)) for v in self.body.values()):
            flat = _FLAT.encode(self.body)
            return "{\n  " + flat[1:-1] + "\n}"
        return json.dumps(self.body, indent=2, ensure_ascii=False)


def build_request(api: Api, endpoint: Endpoint, example: Example) -> Request:
    """Fill an endpoint's path, query and body from an example's values (one pass over them)."""
    path = endpoint.path
    query: dict[str, str] = {}
    body: dict[str, Any] = {}
    account_given = False
    for arg in example.arguments:
        parameter, value = arg.parameter, arg.value
        name, location = parameter.name, parameter.location
        if location == "query":
            query[name] = query_value(value)
        elif location == "body":
            body[name] = value
        placeholder = f"{{{name}}}"
        if placeholder in path:
            path = path.replace(placeholder, quote(str(value), safe=""))
        account_given = account_given or name == api.account_parameter
    if not account_given:
        path = path.replace(f"{{{api.account_parameter}}}", quote(api.credentials.user_id, safe=""))
    has_body = any(p.location == "body" for p in endpoint.parameters)
    return Request(endpoint.method, path, query, body if has_body else None)


def wire_request(
    api: Api, endpoint: Endpoint, example: Example, target: Target, request: Request | None = None
) -> dict[str, Any]:
    """What the target's sample must send, as recorded in the manifest and checked by tests
    (`request`: the example's request when it was worked out already)."""
    request = request or build_request(api, endpoint, example)
    body = request.body
    if body is not None:
        if target.unset_as_null:
            body = {p.name: body.get(p.name) for p in endpoint.located("body")}
        if target.enum_case == "lower":
            enums = {p.name for p in endpoint.located("body") if p.type == "enum"}
            body = {k: v.lower() if k in enums and isinstance(v, str) else v for k, v in body.items()}
    return {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "body": body,
        "auth_user": api.credentials.api_token,
        "auth_password": api.credentials.api_secret,
    }
