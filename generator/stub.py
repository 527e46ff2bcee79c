"""A local stand-in for the API: serves a spec folder on 127.0.0.1, enforces it, records every request."""

from __future__ import annotations

import base64
import binascii
import json
import re
import secrets
import sys
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Literal
from urllib.parse import parse_qsl, unquote

from generator.model import Endpoint
from generator.request import build_request
from generator.request_check import Violation, check_query, parse_body, schema_violations
from generator.spec import load_specs
from generator.spec.values import typed_query_value

HOST = "127.0.0.1"
MARK_PATH = "/_stub/mark"
DEFAULT_PAGE_SIZE = 25
Kind = Literal["collection", "item"]


@dataclass(frozen=True)
class Recorded:
    """One request as received (raw path, raw query, headers, body bytes) and what was answered."""

    label: str
    method: str
    path: str
    query: str
    headers: tuple[tuple[str, str], ...]
    body: bytes
    status: int
    reply: bytes = b""

    def header(self, name: str) -> str | None:
        """The first value of a header, matched without regard to case."""
        return next((v for k, v in self.headers if k.lower() == name.lower()), None)

    @property
    def query_pairs(self) -> list[tuple[str, str]]:
        """The query string as decoded (name, value) pairs, in order."""
        return parse_qsl(self.query, keep_blank_values=True)

    @property
    def basic_auth(self) -> tuple[str, str] | None:
        """The Basic auth user and password, or None when absent or malformed."""
        return _basic_auth(self.header("Authorization"))


@dataclass(frozen=True)
class Answer:
    """What the stub answers: status, headers and body bytes."""

    status: int
    headers: tuple[tuple[str, str], ...] = ()
    body: bytes = b""


@dataclass(frozen=True)
class Template:
    """A path template such as `/v1/users/{userId}/applications`, matched against raw request paths."""

    text: str
    pattern: re.Pattern[str] = field(compare=False)
    names: tuple[str, ...] = field(compare=False)

    @classmethod
    def of(cls, text: str) -> Template:
        """Compile a template; each `{name}` matches one non-empty path segment."""
        parts = re.split(r"\{([^}/]+)\}", text)
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
    endpoint: Endpoint | None


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
        endpoint = next(
            (e for t, e in self.endpoints if e.method == method and t.match(path)), None
        )
        for template in self.collections:
            if (params := template.match(path)) is not None:
                return Route("collection", path, None, params, endpoint)
            head, _, last = path.rpartition("/")
            if last and (params := template.match(head)) is not None:
                return Route("item", head, unquote(last), params, endpoint)
        return None

    def declares(self, path: str) -> bool:
        """Whether any endpoint (of any method) is declared on this raw path."""
        return any(t.match(path) is not None for t, _ in self.endpoints)


class Store:
    """In-memory REST state: per collection path, its JSON objects by id, in creation order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: dict[str, dict[str, dict[str, Any]]] = {}

    def put(self, collection: str, item_id: str, data: dict[str, Any]) -> dict[str, Any]:
        """Store an object under an id (nulls mean unset and are dropped); returns what is stored."""
        stored = {**_without_nulls(data), "id": item_id}
        with self._lock:
            self._items.setdefault(collection, {})[item_id] = stored
        return stored

    def create(self, collection: str, data: dict[str, Any]) -> str:
        """Store a new object under a fresh id such as `a-3f2c...` (prefix: the collection's initial)."""
        prefix = collection.rstrip("/").rsplit("/", 1)[-1][:1].lower() or "x"
        item_id = f"{prefix}-{secrets.token_hex(6)}"
        self.put(collection, item_id, data)
        return item_id

    def get(self, collection: str, item_id: str) -> dict[str, Any] | None:
        """One stored object, or None."""
        with self._lock:
            return self._items.get(collection, {}).get(item_id)

    def page(self, collection: str, page: int, size: int) -> tuple[list[dict[str, Any]], bool]:
        """One page of a collection, and whether more pages follow."""
        with self._lock:
            items = list(self._items.get(collection, {}).values())
        start = page * size
        return items[start : start + size], len(items) > start + size

    def update(self, collection: str, item_id: str, changes: dict[str, Any]) -> bool:
        """Set the non-null values of `changes` on an object; False when there is no such object."""
        with self._lock:
            item = self._items.get(collection, {}).get(item_id)
            if item is None:
                return False
            item.update({k: v for k, v in _without_nulls(changes).items() if k != "id"})
            return True

    def delete(self, collection: str, item_id: str) -> bool:
        """Remove an object; False when there is no such object."""
        with self._lock:
            return self._items.get(collection, {}).pop(item_id, None) is not None

    def clear(self) -> None:
        """Forget every object."""
        with self._lock:
            self._items.clear()

    def snapshot(self) -> dict[str, dict[str, dict[str, Any]]]:
        """A copy of every object, for `restore`."""
        with self._lock:
            return {c: {i: dict(o) for i, o in items.items()} for c, items in self._items.items()}

    def restore(self, snapshot: dict[str, dict[str, dict[str, Any]]]) -> None:
        """Make the objects exactly those of a snapshot again."""
        copied = {c: {i: dict(o) for i, o in items.items()} for c, items in snapshot.items()}
        with self._lock:
            self._items = copied


class Stub:
    """The API as the spec folder describes it, on 127.0.0.1; use `with Stub(dir) as stub:` in tests."""

    def __init__(self, spec_dir: Path, port: int = 0, log: Callable[[str], None] | None = None):
        self.api, self.endpoints = load_specs(spec_dir)
        self.routes = Routes(self.endpoints)
        self.store = Store()
        self.log = log
        self._lock = threading.Lock()
        self._requests: list[Recorded] = []
        self._label = ""
        self._checkpoint: dict[str, dict[str, dict[str, Any]]] | None = None
        self._server = ThreadingHTTPServer((HOST, port), _Handler)
        self._server.daemon_threads = True
        self._server.stub = self  # type: ignore[attr-defined]
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The port the stub listens on (the one chosen by the system when asked for 0)."""
        return self._server.server_address[1]

    @property
    def url(self) -> str:
        """The base URL to build samples with."""
        return f"http://{HOST}:{self.port}"

    def serve_forever(self) -> None:
        """Answer requests until interrupted."""
        self._server.serve_forever()

    def start(self) -> Stub:
        """Answer requests in a background thread."""
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def close(self) -> None:
        """Stop answering and release the port."""
        if self._thread:
            self._server.shutdown()
            self._thread.join()
        self._server.server_close()

    def __enter__(self) -> Stub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def requests(self) -> list[Recorded]:
        """Every API request received so far, oldest first (marks are not recorded)."""
        with self._lock:
            return list(self._requests)

    def mark(self, label: str) -> None:
        """Label the requests that follow, until the next mark (drivers mark before each sample);
        after `checkpoint`, also put the stored objects back as they were then."""
        with self._lock:
            self._label = label
            checkpoint = self._checkpoint
        if checkpoint is not None:
            self.store.restore(checkpoint)

    def checkpoint(self) -> None:
        """Remember the stored objects as they are now: every later mark restores them, so each
        sample starts from the same state (a delete does not take the item of the next get)."""
        snapshot = self.store.snapshot()
        with self._lock:
            self._checkpoint = snapshot

    def reset(self) -> None:
        """Forget recorded requests, the current label, the checkpoint and every stored object."""
        with self._lock:
            self._requests.clear()
            self._label = ""
            self._checkpoint = None
        self.store.clear()

    def seed(self, item_path: str, data: dict[str, Any] | None = None) -> dict[str, Any]:
        """Store an object at a raw item path such as `/v1/users/u/applications/a-1`, as if created."""
        route = self.routes.find("GET", item_path)
        if route is None or route.kind != "item" or route.item_id is None:
            raise ValueError(f"{item_path!r} is not an item of a collection in the spec")
        return self.store.put(route.collection, route.item_id, data or {})

    def seed_examples(self) -> list[str]:
        """Store an empty object at every item path an example's request addresses (the
        application a get, update or delete sample acts on); returns those paths."""
        paths = []
        for endpoint in self.endpoints:
            for example in endpoint.examples:
                path = build_request(self.api, endpoint, example).path
                route = self.routes.find("GET", path)
                if route is not None and route.kind == "item" and path not in paths:
                    self.seed(path)
                    paths.append(path)
        return paths

    def record(self, request: Recorded) -> None:
        """Keep one answered request, under the current label."""
        with self._lock:
            self._requests.append(request)
        if self.log:
            query = f"?{request.query}" if request.query else ""
            why = f" {request.reply.decode('utf-8', 'replace')}" if request.status >= 400 else ""
            self.log(f"{request.method} {request.path}{query} -> {request.status}{why}")

    @property
    def label(self) -> str:
        """The label requests are recorded under now."""
        with self._lock:
            return self._label

    def answer(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes, host: str
    ) -> Answer:
        """What the real API would answer to one request (headers keyed in lower case)."""
        credentials = self.api.credentials
        if _basic_auth(headers.get("authorization")) != (
            credentials.api_token,
            credentials.api_secret,
        ):
            challenge = (("WWW-Authenticate", 'Basic realm="api-samples stub"'),)
            message = "Basic auth does not match the API token and secret"
            return _error(401, "unauthorized", message, challenge)
        route = self.routes.find(method, path)
        if route is None:
            return _error(404, "not-found", f"no endpoint in the spec has the path {path}")
        account = route.params.get(self.api.account_parameter)
        if account is not None and account != credentials.user_id:
            message = (
                f"{self.api.account_parameter} '{account}' does not belong to these credentials"
            )
            return _error(403, "forbidden", message)
        pairs = parse_qsl(query, keep_blank_values=True)
        action = _action(method, route.kind)
        if route.endpoint is None:
            # Not in the spec: only the reads client libraries make on their own (ruby-bandwidth
            # fetches what it created); writes must be declared.
            if action not in ("list", "get"):
                declared = "a declared endpoint" if self.routes.declares(path) else "no endpoint"
                message = f"the spec has {declared} for {method} {path}"
                return _error(405, "method-not-allowed", message)
            return self._act(
                action, route, {n: typed_query_value(None, v) for n, v in pairs}, {}, host
            )
        values, problems = check_query(route.endpoint, pairs)
        data, unreadable = parse_body(body, headers.get("content-type"))
        if unreadable:
            status = 415 if unreadable.code == "unsupported-media-type" else 400
            return _error(status, unreadable.code, unreadable.message)
        if route.endpoint.located("body"):
            problems += schema_violations(route.endpoint, "body", data)
        elif data != {}:
            message = f"{method} {route.endpoint.path} takes no body"
            problems.append(Violation("", "invalid-body", message))
        if problems:
            return _error(400, problems[0].code, "; ".join(p.message for p in problems))
        return self._act(action, route, values, data, host)

    def _act(
        self, action: str | None, route: Route, query: dict[str, Any], data: Any, host: str
    ) -> Answer:
        store, collection, item_id = self.store, route.collection, route.item_id or ""
        if action == "create":
            new_id = store.create(collection, data)
            return Answer(201, (("Location", f"http://{host}{collection}/{new_id}"),))
        if action == "list":
            page, size = _paging(route.endpoint, query)
            items, more = store.page(collection, page, size)
            link = f'<http://{host}{collection}?page={page + 1}&size={size}>; rel="next"'
            return _json(200, items, (("Link", link),) if more else ())
        if action == "get":
            item = store.get(collection, item_id)
            return _json(200, item) if item is not None else _not_found(collection, item_id)
        if action == "update":
            return (
                Answer(200)
                if store.update(collection, item_id, data)
                else _not_found(collection, item_id)
            )
        if action == "delete":
            return (
                Answer(200)
                if store.delete(collection, item_id)
                else _not_found(collection, item_id)
            )
        return _error(405, "method-not-allowed", f"no such operation on {collection}")


def _action(method: str, kind: Kind) -> str | None:
    """The REST operation a method means on a collection or an item."""
    if kind == "collection":
        return {"POST": "create", "GET": "list"}.get(method)
    return {
        "GET": "get",
        "POST": "update",
        "PUT": "update",
        "PATCH": "update",
        "DELETE": "delete",
    }.get(method)


def _paging(endpoint: Endpoint | None, query: dict[str, Any]) -> tuple[int, int]:
    """The page and size a list asks for: its query, else the spec's defaults, else 0 and 25."""
    defaults = {p.name: p.default for p in endpoint.located("query")} if endpoint else {}
    page = _whole(query.get("page", defaults.get("page")), 0, 0)
    size = _whole(query.get("size", defaults.get("size")), 1, DEFAULT_PAGE_SIZE)
    return page, size


def _whole(value: Any, least: int, fallback: int) -> int:
    text = str(value)
    return int(text) if text.isdigit() and int(text) >= least else fallback


def _without_nulls(data: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in data.items() if v is not None}


def _basic_auth(header: str | None) -> tuple[str, str] | None:
    scheme, _, encoded = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        user, colon, password = (
            base64.b64decode(encoded.strip(), validate=True).decode("utf-8").partition(":")
        )
    except (binascii.Error, UnicodeDecodeError):
        return None
    return (user, password) if colon else None


def _json(status: int, value: Any, headers: tuple[tuple[str, str], ...] = ()) -> Answer:
    body = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return Answer(status, (("Content-Type", "application/json"), *headers), body)


def _error(
    status: int, code: str, message: str, headers: tuple[tuple[str, str], ...] = ()
) -> Answer:
    return _json(status, {"message": message, "code": code}, headers)


def _not_found(collection: str, item_id: str) -> Answer:
    return _error(404, "not-found", f"there is no '{item_id}' in {collection}")


class _Handler(BaseHTTPRequestHandler):
    """Reads one request, lets the stub answer it, records both."""

    protocol_version = "HTTP/1.1"  # keep-alive and `Expect: 100-continue`, as clients expect
    server_version = "api-samples-stub"
    timeout = 60

    def _handle(self) -> None:
        stub: Stub = self.server.stub  # type: ignore[attr-defined]
        path, _, query = self.path.partition("?")
        body = self._body()
        if path == MARK_PATH and self.command == "POST":
            stub.mark(body.decode("utf-8", "replace"))
            return self._send(Answer(204))
        headers = {k.lower(): v for k, v in self.headers.items()}
        host = headers.get("host") or f"{HOST}:{stub.port}"
        answer = stub.answer(self.command, path, query, headers, body, host)
        received = (stub.label, self.command, path, query, tuple(self.headers.items()), body)
        stub.record(Recorded(*received, answer.status, answer.body))
        self._send(answer)

    do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

    def _body(self) -> bytes:
        if "chunked" in self.headers.get("Transfer-Encoding", "").lower():
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0].strip() or b"0", 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            while self.rfile.readline().strip():
                pass
            return b"".join(chunks)
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))

    def _send(self, answer: Answer) -> None:
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        self.end_headers()
        self.wfile.write(answer.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - http.server's signature
        """Requests are logged by the stub itself; keep http.server quiet."""


def log_to_stderr(line: str) -> None:
    """Print one request line to stderr (the stub command's log)."""
    print(line, file=sys.stderr, flush=True)
