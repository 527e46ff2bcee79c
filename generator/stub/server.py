"""HTTP/1.1 on 127.0.0.1: reads each request strictly and answers every one, even a broken one,
with a well-formed response and a JSON body."""

from __future__ import annotations

import re
import socket
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from generator.stub.answers import Answer, Headers, error_answer
from generator.stub.framing import MAX_BODY, MAX_LINE, BadFraming, framing_problem, read_body

MAX_BLANK_LINES = 16  # ignored before a request line (RFC 9112 2.2)
LINGER_SECONDS, LINGER_BYTES = 2.0, 16 * MAX_BODY  # reading what follows a refused request
_TOKEN = re.compile(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


@dataclass(frozen=True)
class Incoming:
    """One request as read: method, raw path and query, headers in order, body bytes; `refusal`
    when its body could not be read (then `body` is empty and the connection closes)."""

    method: str
    path: str
    query: str
    headers: Headers
    body: bytes
    refusal: Answer | None = None


Responder = Callable[[Incoming], Answer]


class Server(ThreadingHTTPServer):
    """A threading HTTP server whose requests are answered by `respond`."""

    request_queue_size = 128  # 50 clients connecting at once are all accepted
    daemon_threads = True

    def __init__(self, address: tuple[str, int], respond: Responder):
        super().__init__(address, Handler)
        self.respond = respond

    def shutdown_request(self, request: socket.socket | tuple[bytes, socket.socket]) -> None:
        """Close gracefully: after the last answer, read what the client still sends (bounded), so
        a refused upload reads its error instead of a connection reset."""
        connection = request if isinstance(request, socket.socket) else request[1]
        try:
            connection.shutdown(socket.SHUT_WR)
            connection.settimeout(LINGER_SECONDS)
            for _ in range(LINGER_BYTES // 65536):
                if not connection.recv(65536):
                    break
        except OSError:
            pass
        self.close_request(request)


class Handler(BaseHTTPRequestHandler):
    """Reads one request at a time; hands each to the server's `respond`; sends what it answers."""

    server: Server
    protocol_version = "HTTP/1.1"  # keep-alive and `Expect: 100-continue`, as clients expect
    # Errors found before the request's version is read still get a status line (not HTTP/0.9).
    default_request_version = "HTTP/1.1"
    server_version = "api-samples-stub"
    timeout = 60

    def handle_one_request(self) -> None:
        """Read and answer one request; a request line that cannot be read gets a JSON 4xx."""
        self.command, self.requestline = "", ""  # until parse_request reads them
        self.request_version = self.default_request_version
        try:
            self.raw_requestline = self._request_line()
            words = self.raw_requestline.decode("iso-8859-1").split()
            if not self.raw_requestline:
                self.close_connection = True
            elif len(self.raw_requestline) > MAX_LINE:
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
            elif len(words) != 3 or not _TOKEN.fullmatch(words[0]):
                self.send_error(HTTPStatus.BAD_REQUEST, "a request line is METHOD TARGET HTTP/1.1")
            elif self.parse_request():
                self._handle()
            self.wfile.flush()
        except OSError:  # the client went away or stayed silent past the timeout
            self.close_connection = True

    def _request_line(self) -> bytes:
        for _ in range(MAX_BLANK_LINES):
            line = self.rfile.readline(MAX_LINE + 1)
            if line not in (b"\r\n", b"\n"):
                return line
        return b""

    def handle_expect_100(self) -> bool:
        """Refuse a body that cannot be read before the client sends it; else `100 Continue`."""
        problem = framing_problem(self.headers)
        if problem is None:
            return super().handle_expect_100()
        self._send(problem)
        return False

    def _handle(self) -> None:
        path, _, query = self.path.partition("?")
        headers = tuple(self.headers.items())
        body, refusal = b"", None
        try:
            body = read_body(self.headers, self.rfile)
        except BadFraming as exc:
            refusal = exc.answer
        except TimeoutError:
            refusal = error_answer(408, "timeout", "the body did not arrive in time", close=True)
        incoming = Incoming(self.command, path, query, headers, body, refusal)
        try:
            answer = self.server.respond(incoming)
        except Exception as exc:  # a bug in the stub still gets an HTTP answer
            traceback.print_exc()
            answer = error_answer(500, "stub-error", f"the stub failed on this request: {exc!r}")
        self._send(answer)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        """http.server's errors (bad request line, headers too long, ...) as JSON, not HTML."""
        status = HTTPStatus(code)
        text = "; ".join(t for t in (message or status.phrase, explain) if t)
        self._send(error_answer(code, status.phrase.lower().replace(" ", "-"), text, close=True))

    def _send(self, answer: Answer) -> None:
        self.close_connection = self.close_connection or answer.close
        self.send_response(answer.status)
        for name, value in answer.headers:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(answer.body)))
        if self.close_connection:
            self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(answer.body)

    def log_message(self, format: str, *args: object) -> None:
        """Requests are logged by the stub itself; keep http.server quiet."""
