"""The concrete HTTP request of one example, and what each target puts on the wire for it."""

from __future__ import annotations

import json
import math
from typing import Any, NamedTuple
from urllib.parse import quote, urlencode

from generator.model import Api, Endpoint, Example
from generator.targets import Target

# What json.dumps(ensure_ascii=False) writes a string as (the C function when there is one).
_JSON_STRING = json.encoder.encode_basestring


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
        return _flat_json(self.body) or json.dumps(self.body, indent=2, ensure_ascii=False)


def _flat_json(body: dict[str, Any]) -> str | None:
    """json.dumps(body, indent=2, ensure_ascii=False) for the common body: string keys and plain
    scalar values, at a third of the cost; None for anything else (json.dumps then)."""
    lines = []
    for key, value in body.items():
        kind = type(value)
        if kind is str:
            text = _JSON_STRING(value)
        elif kind is bool:
            text = "true" if value else "false"
        elif kind is int:
            text = int.__repr__(value)
        elif value is None:
            text = "null"
        elif kind is float and math.isfinite(value):
            text = float.__repr__(value)
        else:
            return None
        if type(key) is not str:
            return None
        lines.append(f"  {_JSON_STRING(key)}: {text}")
    return "{\n" + ",\n".join(lines) + "\n}" if lines else None


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
        if target.body_order == "parameters":
            # Bandwidth.Net serializes its data class in declaration order and bandwidth-sdk builds
            # its dict in signature order, whatever order the sample's values come in (seen in the
            # hostile tests): the spec lists parameters in that order.
            body = {p.name: body[p.name] for p in endpoint.located("body") if p.name in body}
        if target.enum_case == "lower":
            enums = {p.name for p in endpoint.located("body") if p.type == "enum"}
            body = {
                k: v.lower() if k in enums and isinstance(v, str) else v for k, v in body.items()
            }
    return {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "body": body,
        "auth_user": api.credentials.api_token,
        "auth_password": api.credentials.api_secret,
    }
