"""Malformed requests over raw sockets: every one gets a well-formed HTTP response with a JSON
body (no dropped connection, no HTML), and the stub keeps serving with its items intact."""

from __future__ import annotations

import json
import re
import socket

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.stub import MARK_PATH, MAX_BODY, Stub

from conftest import SPEC_DIRS
from test_stub import APPS, AUTH, VALID

KEPT = f"{APPS}/a-kept"
VALID_BODY = json.dumps(VALID).encode()
EXPECT = "Expect: 100-continue\r\n"
_STATUS_LINE = re.compile(rb"HTTP/1\.1 ([1-5][0-9][0-9]) [^\r\n]*\r\n")


def request(
    method: str = "GET",
    target: str = APPS,
    headers: str = "",
    body: bytes = b"",
    *,
    auth: bool = True,
    length: bool = True,
) -> bytes:
    """One request as bytes: Host, Authorization (unless `auth` is off), Content-Length of the
    body (unless `length` is off or the body is empty), the extra header lines, the body."""
    lines = "Host: stub\r\n" + (f"Authorization: {AUTH}\r\n" if auth else "")
    if body and length:
        lines += f"Content-Length: {len(body)}\r\n"
    return f"{method} {target} HTTP/1.1\r\n{lines}{headers}\r\n".encode("latin-1") + body


def post(body: bytes | str, headers: str = "Content-Type: application/json\r\n") -> bytes:
    """A create with a raw body."""
    raw = body.encode("utf-8", "surrogatepass") if isinstance(body, str) else body
    return request("POST", APPS, headers, raw)


def chunked(*chunks: bytes, end: bytes = b"0\r\n\r\n") -> bytes:
    """A chunked create: the given chunk bytes (each with its size line written by the caller)."""
    headers = "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
    return request("POST", APPS, headers, b"".join(chunks) + end, length=False)


def exchange(stub: Stub, raw: bytes) -> list[tuple[int, dict[str, str], bytes]]:
    """Send raw bytes, close our side, read until the stub closes; the responses, parsed strictly
    (a status line, headers, exactly Content-Length body bytes, nothing left over)."""
    with socket.create_connection(("127.0.0.1", stub.port), timeout=20) as sock:
        sock.sendall(raw)
        sock.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    responses = []
    while data:
        status_line = _STATUS_LINE.match(data)
        assert status_line, f"not an HTTP response: {data[:200]!r}"
        head, separator, data = (b"\r\n" + data[status_line.end() :]).partition(b"\r\n\r\n")
        assert separator, f"headers never end: {head[:200]!r}"
        headers = dict(line.split(": ", 1) for line in head.decode("latin-1").split("\r\n") if line)
        status = int(status_line[1])
        size = 0 if status < 200 else int(headers["Content-Length"])
        assert len(data) >= size, f"{status}: body shorter than Content-Length"
        responses.append((status, headers, data[:size]))
        data = data[size:]
    return responses


def huge_chunks() -> bytes:
    piece = b"[" + b"0," * (MAX_BODY // 8) + b"0]"
    return b"".join(f"{len(piece):x}\r\n".encode() + piece + b"\r\n" for _ in range(5))


# (id, raw request bytes, the statuses expected in order on that one connection)
CORPUS: list[tuple[str, bytes, tuple[int, ...]]] = [
    # the request line
    ("not-http", b"hello\r\n\r\n", (400,)),
    ("http-0.9", b"GET /\r\n\r\n", (400,)),
    ("four-words", b"GET / HTTP/1.1 x\r\n\r\n", (400,)),
    ("bad-protocol", b"GET / HTTX/1.1\r\n\r\n", (400,)),
    ("bad-version", b"GET / HTTP/1.x\r\n\r\n", (400,)),
    ("http-2", b"GET / HTTP/2.0\r\n\r\n", (505,)),
    ("method-not-a-token", b"G(T / HTTP/1.1\r\n\r\n", (400,)),
    ("whitespace-line", b" \t \r\n\r\n", (400,)),
    ("request-line-too-long", b"GET /" + b"a" * 70000 + b" HTTP/1.1\r\n\r\n", (414,)),
    ("blank-lines-first", b"\r\n\r\n" + request(), (200,)),
    ("nul-in-path", request(target="/v1/\x00"), (404,)),
    ("absolute-form", request(target="http://elsewhere.example/v1"), (404,)),
    ("asterisk-form", request("OPTIONS", "*"), (404,)),
    ("bad-percent-in-path", request(target="/v1/users/%ZZ/applications"), (403,)),
    ("empty-item-id", request(target=f"{APPS}/"), (404,)),
    # methods
    ("unknown-method", request("BREW"), (405,)),
    ("options", request("OPTIONS"), (405,)),
    ("trace", request("TRACE"), (405,)),
    ("lower-case-get", request("get"), (405,)),
    ("put-on-item", request("PUT", KEPT, "Content-Type: application/json\r\n", b"{}"), (405,)),
    # headers
    ("header-too-long", request(headers="X: " + "a" * 70000 + "\r\n"), (431,)),
    ("too-many-headers", request(headers="X: 1\r\n" * 101), (431,)),
    ("header-without-colon", request(headers="Broken\r\n"), (200,)),
    ("folded-header", request(headers="X: a\r\n  b\r\n"), (200,)),
    ("latin-1-header", request(headers="X: \xff\xfe\r\n"), (200,)),
    ("auth-not-ascii", request(auth=False, headers="Authorization: Basic \xe9\xe9\r\n"), (401,)),
    ("auth-not-base64", request(auth=False, headers="Authorization: Basic !!!\r\n"), (401,)),
    ("auth-no-colon", request(auth=False, headers="Authorization: Basic dG9rZW4=\r\n"), (401,)),
    # framing: Content-Length
    ("length-abc", request("POST", headers="Content-Length: abc\r\n"), (400,)),
    ("length-negative", request("POST", headers="Content-Length: -1\r\n"), (400,)),
    ("length-empty", request("POST", headers="Content-Length: \r\n"), (400,)),
    ("length-list", request("POST", headers="Content-Length: 2, 2\r\n", body=b"{}"), (400,)),
    ("length-float", request("POST", headers="Content-Length: 2.0\r\n", body=b"{}"), (400,)),
    ("length-unicode-digits", request("POST", headers="Content-Length: \xb2\r\n"), (400,)),
    (
        "length-twice-differing",
        request("POST", headers="Content-Length: 2\r\nContent-Length: 3\r\n", body=b"{} "),
        (400,),
    ),
    ("length-huge", request("POST", headers="Content-Length: " + "9" * 40 + "\r\n"), (413,)),
    ("length-over-limit", request("POST", headers=f"Content-Length: {MAX_BODY + 1}\r\n"), (413,)),
    (
        "body-shorter-than-length",
        request("POST", headers="Content-Length: 100\r\n") + b"{}",
        (400,),
    ),
    ("body-over-limit", post(b"[" + b"0," * MAX_BODY + b"0]"), (413,)),
    (
        "expect-continue-over-limit",
        request("POST", headers=f"{EXPECT}Content-Length: {MAX_BODY * 2}\r\n"),
        (413,),
    ),
    (
        "expect-continue",
        request("POST", APPS, EXPECT + "Content-Type: application/json\r\n", VALID_BODY),
        (100, 201),
    ),
    # framing: chunked
    (
        "chunked-and-length",
        request("POST", headers="Transfer-Encoding: chunked\r\nContent-Length: 7\r\n")
        + b"2\r\n{}\r\n0\r\n\r\n",
        (400,),
    ),
    ("coding-gzip", request("POST", headers="Transfer-Encoding: gzip\r\n"), (501,)),
    (
        "coding-chunked-gzip",
        request("POST", headers="Transfer-Encoding: chunked, gzip\r\n"),
        (501,),
    ),
    ("chunk-size-not-hex", chunked(b"zz\r\n{}\r\n"), (400,)),
    ("chunk-size-negative", chunked(b"-2\r\n{}\r\n"), (400,)),
    ("chunk-size-empty", chunked(b"\r\n{}\r\n"), (400,)),
    ("chunk-size-huge", chunked(b"f" * 40 + b"\r\n{}\r\n"), (413,)),
    ("chunk-over-limit", chunked(f"{MAX_BODY + 1:x}\r\n".encode() + b"{}"), (413,)),
    ("chunks-over-limit", chunked(huge_chunks()), (413,)),
    ("chunk-longer-than-size", chunked(b"2\r\n{}}\r\n"), (400,)),
    ("chunk-cut-short", chunked(b"10\r\n{}", end=b""), (400,)),
    ("no-last-chunk", chunked(b"2\r\n{}\r\n", end=b""), (400,)),
    ("no-blank-line-after-last-chunk", chunked(b"2\r\n{}\r\n", end=b"0\r\n"), (400,)),
    ("trailer-cut-short", chunked(b"2\r\n{}\r\n", end=b"0\r\nX: 1"), (400,)),
    # bodies
    ("lone-high-surrogate", post('{"name": "\\ud800", "incomingCallUrl": "x"}'), (400,)),
    ("lone-low-surrogate", post('{"name": "\\udfff", "incomingCallUrl": "x"}'), (400,)),
    ("reversed-surrogates", post('{"name": "\\udc00\\ud800", "incomingCallUrl": "x"}'), (400,)),
    ("surrogate-in-key", post('{"name": "a", "incomingCallUrl": "x", "\\ud800": 1}'), (400,)),
    ("surrogate-deep-inside", post('{"name": ["\\ud800"], "incomingCallUrl": "x"}'), (400,)),
    ("raw-surrogate-bytes", post(b'{"name": "\xed\xa0\x80", "incomingCallUrl": "x"}'), (400,)),
    ("deep-arrays", post("[" * 100000 + "]" * 100000), (400,)),
    ("deep-objects", post('{"a":' * 50000 + "1" + "}" * 50000), (400,)),
    ("deep-unclosed", post("[" * 300000), (400,)),
    (
        "deep-in-a-value",
        post('{"name": ' + "[" * 40 + "]" * 40 + ', "incomingCallUrl": "x"}'),
        (400,),
    ),
    (
        "huge-integer",
        post('{"name": "a", "incomingCallUrl": "x", "autoAnswer": ' + "9" * 5000 + "}"),
        (400,),
    ),
    ("not-json", post(b"{name: a}"), (400,)),
    ("infinity", post(b'{"name": "a", "incomingCallUrl": "x", "autoAnswer": Infinity}'), (400,)),
    ("utf-16", post(json.dumps(VALID).encode("utf-16")), (400,)),
    ("byte-order-mark", post(b"\xef\xbb\xbf" + json.dumps(VALID).encode()), (400,)),
    ("json-number", post(b"5"), (400,)),
    ("json-null", post(b"null"), (400,)),
    ("text-plain", post(json.dumps(VALID), "Content-Type: text/plain\r\n"), (415,)),
    ("no-content-type", post(json.dumps(VALID), ""), (415,)),
    (
        "body-on-a-list",
        request("GET", APPS, "Content-Type: application/json\r\n", b'{"a": 1}'),
        (400,),
    ),
    # queries
    ("size-superscript-two", request(target=f"{APPS}?size=%C2%B2"), (400,)),
    ("size-5000-digits", request(target=f"{APPS}?size={'9' * 5000}"), (400,)),
    ("page-not-utf8", request(target=f"{APPS}?page=%FF"), (400,)),
    ("query-garbage", request(target=f"{APPS}?%&&=&"), (400,)),
    # the control endpoint
    ("mark-without-auth", request("POST", MARK_PATH, body=b"x", auth=False), (401,)),
    ("mark-by-get", request("GET", MARK_PATH), (405,)),
    ("mark-with-bad-length", request("POST", MARK_PATH, "Content-Length: x\r\n"), (400,)),
    # one connection, several requests
    ("pipelined", request() + request(target=KEPT), (200, 200)),
    ("refused-then-served", post(b"{") + request(target=KEPT), (400, 200)),
    ("framing-error-closes", request("POST", headers="Content-Length: x\r\n") + request(), (400,)),
]


@pytest.fixture(scope="module")
def stub():
    with Stub(SPEC_DIRS["applications"]) as running:
        running.seed(KEPT, {"name": "kept"})
        running.checkpoint()
        yield running


@pytest.mark.parametrize(("raw", "expected"), [c[1:] for c in CORPUS], ids=[c[0] for c in CORPUS])
def test_a_malformed_request_gets_an_http_error_with_a_json_body(stub, raw, expected):
    stub.mark("malformed")  # the kept item, as seeded
    before = stub.store.snapshot()
    responses = exchange(stub, raw)
    assert [status for status, _, _ in responses] == list(expected)
    for status, headers, body in responses:
        if status >= 400:
            assert headers["Content-Type"] == "application/json"
            assert set(json.loads(body)) == {"message", "code"}
        elif body:
            json.loads(body)
        if status == 405:
            assert headers["Allow"] in ("GET, POST", "POST", "DELETE, GET, POST")
        if status == 401:
            assert headers["WWW-Authenticate"].startswith("Basic")
    if all(status >= 400 for status in expected):
        assert stub.store.snapshot() == before, "a refused request changed the stored items"
    (served,) = exchange(stub, request(target=KEPT))
    assert served[0] == 200 and json.loads(served[2]) == {"name": "kept", "id": "a-kept"}


@settings(
    max_examples=200,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=list(HealthCheck),
)
@given(
    body=st.one_of(
        st.binary(max_size=300),
        # names with lone surrogates among other text, sent as JSON \u escapes
        st.text(st.one_of(st.characters(), st.characters(categories=["Cs"])), max_size=40).map(
            lambda name: json.dumps({**VALID, "name": name}).encode()
        ),
        st.lists(st.sampled_from(['"\\ud800"', "[", "]", "{", "}", '"a":', ",", "1", '"'])).map(
            lambda parts: "".join(parts).encode()
        ),
    ),
    content_type=st.sampled_from(["application/json", "application/json; charset=utf-8", "x"]),
)
def test_any_body_gets_a_json_answer_and_never_a_server_error(stub, body, content_type):
    stub.mark("bodies")
    before = stub.store.snapshot()
    ((status, _, reply),) = exchange(stub, post(body, f"Content-Type: {content_type}\r\n"))
    assert status in (201, 400, 415), reply
    if status == 201:
        assert content_type != "x" and _is_text(json.loads(body)["name"])
    else:
        assert set(json.loads(reply)) == {"message", "code"}
        assert stub.store.snapshot() == before, "a refused request changed the stored items"
    (served,) = exchange(stub, request(target=KEPT))
    assert served[0] == 200


def _is_text(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
