"""Matching raw request paths to the spec's paths: collections, their items, declared endpoints."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import unquote

from generator.model import Endpoint
from generator.paths import PLACEHOLDER
from generator.request import query_value

Kind = Literal["collection", "item"]
# The REST operation each method means on a collection or on one of its items.
ACTIONS: dict[Kind, dict[str, str]] = {
    # PUT on a collection replaces the item its body names by `id` (petstore's Update Pet).
    "collection": {"POST": "create", "GET": "list", "PUT": "replace"},
    "item": {
        "GET": "get",
        "POST": "update",
        "PUT": "update",
        "PATCH": "update",
        "DELETE": "delete",
    },
}
READS = ("list", "get")  # what client libraries may call without the spec declaring it


@dataclass(frozen=True)
class Template:
    """A path template such as `/v1/users/{userId}/applications`, matched against raw request paths."""

    text: str
    pattern: re.Pattern[str] = field(compare=False)
    names: tuple[str, ...] = field(compare=False)

    @classmethod
    def of(cls, text: str) -> Template:
        """Compile a template; each `{name}` matches one non-empty path segment."""
        parts = PLACEHOLDER.split(text)
        regex = "".join(re.escape(p) if i % 2 == 0 else "([^/]+)" for i, p in enumerate(parts))
        return cls(text, re.compile(regex), tuple(parts[1::2]))

    def match(self, path: str) -> dict[str, str] | None:
        """The decoded path parameters when `path` fits the template, else None."""
        found = self.pattern.fullmatch(path)
        return dict(zip(self.names, map(unquote, found.groups()))) if found else None


@dataclass(frozen=True)
class Route:
    """Where a request path leads: a collection or one item of it, and the endpoint declared there."""

    kind: Kind
    collection: str
    item_id: str | None
    params: dict[str, str]
    endpoint: Endpoint | None  # the file without `when` (or the only one), until `choose`
    # Every file on this method and path (several when `when` or the body's type tells them apart).
    candidates: tuple[Endpoint, ...] = ()

    def action(self, method: str) -> str | None:
        """The REST operation `method` means here (create, list, get, update, delete), if any."""
        return ACTIONS[self.kind].get(method)


class Routes:
    """Every collection the spec folder's paths imply, and the endpoints declared on them."""

    def __init__(self, endpoints: list[Endpoint]):
        self.endpoints = [(Template.of(e.path), e) for e in endpoints]
        collections = {
            e.path if not e.path.endswith("}") else e.path.rsplit("/", 1)[0] for e in endpoints
        }
        self.collections = [Template.of(c) for c in sorted(collections)]

    def find(self, method: str, path: str) -> Route | None:
        """The route of a raw request path, or None when no collection of the spec has it."""
        candidates = tuple(
            e for t, e in self.endpoints if e.method == method and t.match(path) is not None
        )
        endpoint = choose(candidates, {}, None) if candidates else None
        for template in self.collections:
            if (params := template.match(path)) is not None:
                return Route("collection", path, None, params, endpoint, candidates)
            head, _, last = path.rpartition("/")
            if last and (params := template.match(head)) is not None:
                return Route("item", head, unquote(last), params, endpoint, candidates)
        return None

    def declares(self, path: str) -> bool:
        """Whether any endpoint (of any method) is declared on this raw path."""
        return any(t.match(path) is not None for t, _ in self.endpoints)

    def allowed(self, route: Route, path: str) -> list[str]:
        """The methods a route answers: the reads, and the writes the spec declares on `path`."""
        methods = {m for m, action in ACTIONS[route.kind].items() if action in READS}
        methods |= {
            e.method
            for t, e in self.endpoints
            if t.match(path) is not None and route.action(e.method) is not None
        }
        return sorted(methods)


def choose(candidates: tuple[Endpoint, ...], query: dict[str, str], data: Any) -> Endpoint:
    """The file a request on one method and path is for: the one whose `when` values it carries,
    else the one without `when` whose body has the request body's JSON type, else the one
    without `when` (object body), else the first."""
    for endpoint in candidates:
        if endpoint.when and all(_carries(endpoint, n, v, query, data) for n, v in endpoint.when):
            return endpoint
    plain = [e for e in candidates if not e.when]
    kind = "array" if isinstance(data, list) else "object"
    typed = [e for e in plain if e.body.type == kind]
    objects = [e for e in plain if not e.body.is_array]
    return (typed or objects or plain or list(candidates))[0]


def _carries(endpoint: Endpoint, name: str, value: Any, query: dict[str, str], data: Any) -> bool:
    """Whether a request gives a parameter exactly this value (in its body or its query)."""
    location = next((p.location for p in endpoint.parameters if p.name == name), None)
    if location == "query":
        return query.get(name) == query_value(value)
    if not isinstance(data, dict) or name not in data:
        return False
    return bool(data[name] == value and type(data[name]) is type(value))
