"""The concrete HTTP request of one example, and what each target puts on the wire for it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

from generator.model import Api, Endpoint, Example
from generator.targets import Target


def query_value(value: Any) -> str:
    """A value as it travels in a query string (booleans in JSON spelling)."""
    return json.dumps(value) if isinstance(value, bool) else str(value)


@dataclass(frozen=True)
class Request:
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
        return json.dumps(self.body, indent=2, ensure_ascii=False) if self.body is not None else ""


def build_request(api: Api, endpoint: Endpoint, example: Example) -> Request:
    """Fill an endpoint's path, query and body from an example's values."""
    values = {a.name: a.value for a in example.arguments}
    values.setdefault(api.account_parameter, api.credentials.user_id)
    path = endpoint.path
    for name, value in values.items():
        path = path.replace("{" + name + "}", quote(str(value), safe=""))
    query = {a.name: query_value(a.value) for a in example.located("query")}
    has_body = bool(endpoint.located("body"))
    body = {a.name: a.value for a in example.located("body")} if has_body else None
    return Request(endpoint.method, path, query, body)


def wire_request(api: Api, endpoint: Endpoint, example: Example, target: Target) -> dict[str, Any]:
    """What the target's sample must send, as recorded in the manifest and checked by tests."""
    request = build_request(api, endpoint, example)
    body = request.body
    if body is not None:
        if target.unset_as_null:
            body = {p.name: body.get(p.name) for p in endpoint.located("body")}
        if target.body_order == "parameters":
            # Bandwidth.Net serializes its data class in declaration order and bandwidth-sdk builds
            # its dict in signature order, whatever order the sample's values come in (seen in the
            # hostile tests): the spec lists parameters in that order.
            body = {p.name: body[p.name] for p in endpoint.located("body") if p.name in body}
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
