"""A recording HTTP server on 127.0.0.1 that answers as the Catapult v1 API does, for the stand-in tests."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

USER = "u-1"
MARK = "/__mark/"
ORIGIN = "https://api.example.com"  # where the answers' own links point (never contacted)

# The id the server gives a new item of each collection (POST to the collection).
NEW_IDS = {
    "applications": "a-1",
    "bridges": "b-1",
    "calls": "c-1",
    "conferences": "conf-1",
    "members": "mem-1",
    "gather": "g-1",
    "messages": "m-1",
    "domains": "d-1",
    "endpoints": "e-1",
    "phoneNumbers": "n-1",
    "transcriptions": "t-1",
}

# What GET of one item of each collection answers (a list answers [item]).
ITEMS: dict[str, dict] = {
    "applications": {
        "id": "a-1",
        "name": "app",
        "incomingCallUrl": "http://x/in",
        "autoAnswer": True,
    },
    "bridges": {
        "id": "b-1",
        "state": "active",
        "callIds": ["c-1", "c-2"],
        "bridgeAudio": True,
        "createdTime": "2013-04-22T13:55:30.279Z",
    },
    "calls": {
        "id": "c-1",
        "direction": "out",
        "from": "+19195551212",
        "to": "+19195551213",
        "state": "active",
        "startTime": "2013-02-08T13:15:47.000Z",
        "recordingEnabled": False,
        "sipHeaders": {"X-Custom": "v"},
    },
    "events": {
        "id": "ev-1",
        "time": "2012-09-19T13:55:30.000Z",
        "name": "create",
        "data": {"n": 1},
    },
    "recordings": {
        "id": "rec-1",
        "state": "complete",
        "call": f"{ORIGIN}/v1/users/{USER}/calls/c-1",
        "media": f"{ORIGIN}/v1/users/{USER}/media/rec-1.wav",
        "startTime": "2013-02-08T13:17:12.181Z",
    },
    "transcriptions": {
        "id": "t-1",
        "state": "completed",
        "text": "Hello",
        "textSize": 5,
        "chargeableDuration": 2,
        "textUrl": f"{ORIGIN}/v1/users/{USER}/media/t-1.txt",
    },
    "gather": {
        "id": "g-1",
        "state": "completed",
        "reason": "max-digits",
        "digits": "1234",
        "call": f"{ORIGIN}/v1/users/{USER}/calls/c-1",
        "createdTime": "2014-02-12T19:33:56.000Z",
    },
    "conferences": {
        "id": "conf-1",
        "state": "created",
        "from": "+19195551212",
        "activeMembers": 0,
        "profile": "interpret_digits",
        "hold": False,
    },
    "members": {
        "id": "mem-1",
        "state": "active",
        "mute": True,
        "joinTone": True,
        "call": f"{ORIGIN}/v1/users/{USER}/calls/c-1",
    },
    "messages": {
        "id": "m-1",
        "from": "+19195551212",
        "to": "+19195551213",
        "direction": "out",
        "text": "Hi",
        "state": "sent",
        "deliveryState": "not-delivered",
        "time": "2012-10-05T20:37:38.048Z",
    },
    "account": {"balance": "538.37250", "accountType": "pre-pay"},
    "transactions": {"id": "tx-1", "amount": "0.00750", "type": "charge", "productType": "sms-out"},
    "errors": {
        "id": "err-1",
        "category": "bad-request",
        "code": "no-such-call",
        "message": "No such call",
        "details": [{"name": "callId", "value": "c-9"}],
    },
    "phoneNumbers": {"id": "n-1", "number": "+19195551212", "numberState": "enabled"},
    "domains": {"id": "d-1", "name": "dom", "description": "a domain"},
    "endpoints": {
        "id": "e-1",
        "name": "ep",
        "domainId": "d-1",
        "enabled": True,
        "credentials": {"realm": "r.example", "username": "jsmith"},
    },
    "media": {"mediaName": "a.wav", "contentLength": 5},
    "local": {"number": "+19195551212", "nationalNumber": "(919) 555-1212", "price": "0.60"},
    "tollFree": {"number": "+18005551212", "nationalNumber": "(800) 555-1212", "price": "0.60"},
    "numberInfo": {"name": "Jane Doe", "number": "+19195551212"},
}

REFUSED = {"category": "bad-request", "code": "blocked", "message": "blocked number"}


def multi_message_answer(count: int) -> list[dict]:
    """The answer to a POST of `count` messages at once: the last one (of two or more) is refused."""
    return [
        (
            {"result": "error", "error": REFUSED}
            if i == count - 1 and count > 1
            else {"result": "accepted", "location": f"{ORIGIN}/v1/users/{USER}/messages/m-{i + 1}"}
        )
        for i in range(count)
    ]


NOT_FOUND = {"message": "not found: nope", "code": "not-found"}


@dataclass(frozen=True)
class Seen:
    """One request as received: method, raw target (path and query), headers, body bytes."""

    method: str
    target: str
    headers: dict[str, str]
    body: bytes


class WireServer:
    """Records every request; `marks` split the log into the named steps of a test program."""

    def __init__(self) -> None:
        self.log: list[tuple[str, Seen | str]] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self.base = f"http://127.0.0.1:{self._httpd.server_address[1]}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def __enter__(self) -> WireServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def steps(self) -> dict[str, list[Seen]]:
        """The requests seen after each mark, keyed by the mark's name."""
        result: dict[str, list[Seen]] = {}
        current: list[Seen] | None = None
        for kind, item in self.log:
            if kind == "mark":
                current = result.setdefault(str(item), [])
            elif current is not None:
                current.append(item)  # type: ignore[arg-type]
        return result

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def _serve(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                if self.path.startswith(MARK):
                    with server._lock:
                        server.log.append(("mark", self.path[len(MARK) :]))
                    self._answer(200, {}, b"")
                    return
                seen = Seen(self.command, self.path, dict(self.headers.items()), body)
                with server._lock:
                    server.log.append(("request", seen))
                status, headers, data = answer(server.base, seen)
                self._answer(status, headers, data)

            def _answer(self, status: int, headers: dict[str, str], data: bytes) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do_HEAD = _serve

        return Handler


def _json(
    status: int, value: object, extra: dict[str, str] | None = None
) -> tuple[int, dict, bytes]:
    headers = {"Content-Type": "application/json", **(extra or {})}
    return status, headers, json.dumps(value).encode()


def answer(base: str, seen: Seen) -> tuple[int, dict[str, str], bytes]:
    """The API's answer to one request (status, headers, body)."""
    split = urlsplit(seen.target)
    segments = split.path.strip("/").split("/")[1:]  # drop "v1"
    if segments[:2] == ["users", USER]:
        segments = segments[2:]
    if "nope" in segments:
        return _json(404, NOT_FOUND)
    if "busy" in segments:  # rate limited, without the X-RateLimit-Reset header
        return _json(429, {"message": "Too many requests", "code": "rate-limit"})
    if "slow" in segments:
        return _json(429, {"code": "rate-limit"}, {"X-RateLimit-Reset": "1500000000000"})
    known = [i for i, s in enumerate(segments) if s in ITEMS or s in NEW_IDS]
    at = known[-1] if known else 0
    collection, rest = segments[at], segments[at + 1 :]
    method = seen.method
    if collection == "media" and rest and method == "GET":
        return 200, {"Content-Type": "text/plain"}, b"hello"
    if collection in ("local", "tollFree") or collection == "numberInfo":
        if method == "POST":
            ordered = {
                **ITEMS[collection],
                "location": f"{ORIGIN}/v1/users/{USER}/phoneNumbers/n-1",
            }
            return _json(200, [ordered])
        item = ITEMS[collection]
        return _json(200, item if collection == "numberInfo" else [item])
    if rest and rest[-1] == "tokens":
        return _json(201, {"token": "tok", "expires": 3600})
    if len(rest) > 1 or method in ("DELETE", "PATCH", "PUT", "HEAD"):
        return 200, {}, b""  # an action (audio, dtmf) or a change without an answer body
    if method == "POST" and not rest:
        if collection == "messages" and seen.body.startswith(b"["):
            return _json(202, multi_message_answer(len(json.loads(seen.body))))
        location = f"{base}{split.path}/{NEW_IDS[collection]}"
        return 201, {"Location": location}, b""
    if method == "POST":
        if collection == "calls" and b'"transferring"' in seen.body:
            return 201, {"Location": f"{base}/v1/users/{USER}/calls/c-2"}, b""
        return 200, {}, b""
    item = ITEMS[collection]
    if rest or collection == "account":
        return _json(200, item)
    if segments == ["calls"] and "page=1" in split.query:
        return _json(200, [{**item, "id": "c-2"}])
    if segments == ["calls"]:  # only the top-level list has a second page
        link = f'<{base}/v1/users/{USER}/calls?page=1&size=2>; rel="next"'
        return _json(200, [item], {"Link": link})
    return _json(200, [item])
