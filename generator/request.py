"""The concrete HTTP request of one example, and what each target puts on the wire for it."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from typing import Any, NamedTuple
from urllib.parse import quote, urlencode

from generator.model.calls import Example
from generator.model.endpoint import Api, Endpoint
from generator.paths import fill

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
    body: dict[str, Any] | list[dict[str, Any]] | None

    def url(self, base_url: str) -> str:
        """The full URL for a server, query string included."""
        query = f"?{urlencode(self.query)}" if self.query else ""
        return f"{base_url}{self.path}{query}"

    def body_json(self) -> str:
        """The body as readable JSON, exactly the bytes curl sends (UTF-8)."""
        if self.body is None:
            return ""
        flat = _flat_json(self.body) if isinstance(self.body, dict) else None
        return flat or json.dumps(self.body, indent=2, ensure_ascii=False)


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


@lru_cache(maxsize=4)  # the account id: the same in every request of an API
def _path_segment(value: str) -> str:
    return quote(value, safe="")


def build_request(api: Api, endpoint: Endpoint, example: Example) -> Request:
    """Fill an endpoint's path, query and body from an example's values (one pass over them)."""
    query: dict[str, str] = {}
    body: dict[str, Any] = {}
    in_path = {api.account_parameter: _path_segment(api.credentials.user_id)}
    for arg in example.arguments:
        parameter, value = arg.parameter, arg.value
        if parameter.location == "query":
            query[parameter.name] = query_value(value)
        elif parameter.location == "body":
            body[parameter.name] = value
        else:
            in_path[parameter.name] = quote(str(value), safe="")
    has_body = "body" in endpoint.locations
    filled = fill(endpoint.path, in_path)
    if endpoint.body.is_array:  # one object per item, in the example's order
        items = [{a.name: a.value for a in item} for item in example.items]
        return Request(endpoint.method, filled, query, items)
    return Request(endpoint.method, filled, query, body if has_body else None)


def manifest_request(api: Api, request: Request) -> dict[str, Any]:
    """A request as the manifest records it: what a sample must send, credentials included."""
    return {
        "method": request.method,
        "path": request.path,
        "query": request.query,
        "body": request.body,
        "auth_user": api.credentials.api_token,
        "auth_password": api.credentials.api_secret,
    }
