"""Reading a request body as its headers frame it (RFC 9112 6): Content-Length or chunked, bounded."""

from __future__ import annotations

import re
from email.message import Message
from typing import Protocol

from generator.stub.answers import Answer, error_answer

MAX_BODY = 1 << 20  # bytes; the API's bodies are a few hundred
MAX_LINE = 65536  # a request line, a chunk-size line or a trailer line
MAX_TRAILERS = 100
_LENGTH = re.compile(r"[0-9]+")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]+")
_TOO_LARGE = error_answer(413, "body-too-large", f"the body is over {MAX_BODY} bytes", close=True)


class Readable(Protocol):
    """What a body is read from (the connection's buffered input)."""

    def read(self, size: int, /) -> bytes:
        """Up to `size` bytes, fewer only at the end of the stream."""
        ...

    def readline(self, size: int, /) -> bytes:
        """One line, cut at `size` bytes."""
        ...


class BadFraming(Exception):
    """A body that cannot be read as the headers frame it; carries the error to answer."""

    def __init__(self, answer: Answer):
        super().__init__(answer.body.decode("utf-8", "replace"))
        self.answer = answer


def framing_problem(headers: Message) -> Answer | None:
    """Why the headers cannot frame a body (RFC 9112 6), or None when they can."""
    values = headers.get_all("Transfer-Encoding") or []
    codings = [c.strip().lower() for v in values for c in v.split(",")]
    lengths = {v.strip() for v in headers.get_all("Content-Length") or []}
    if codings and lengths:
        return _bad("a request cannot have both Transfer-Encoding and Content-Length")
    if codings and codings != ["chunked"]:
        message = f"the only transfer coding the stub reads is chunked, not {', '.join(codings)}"
        return error_answer(501, "not-implemented", message, close=True)
    if len(lengths) > 1:
        return _bad(f"Content-Length is given with different values: {', '.join(sorted(lengths))}")
    length = lengths.pop() if lengths else "0"
    if not _LENGTH.fullmatch(length):
        return _bad(f"Content-Length must be a number of bytes, not {length!r}")
    return _TOO_LARGE if len(length) > 19 or int(length) > MAX_BODY else None


def read_body(headers: Message, rfile: Readable) -> bytes:
    """The body as the headers frame it; raises BadFraming for one that cannot be read."""
    problem = framing_problem(headers)
    if problem is not None:
        raise BadFraming(problem)
    if headers.get("Transfer-Encoding") is not None:
        return _read_chunked(rfile)
    length = int(headers.get("Content-Length") or 0)
    body = rfile.read(length)
    if len(body) < length:
        raise BadFraming(_bad(f"the body ended after {len(body)} of {length} bytes"))
    return body


def _read_chunked(rfile: Readable) -> bytes:
    chunks: list[bytes] = []
    total = 0
    while True:
        line = rfile.readline(MAX_LINE + 1)
        size = line.split(b";", 1)[0].strip()
        if not line.endswith(b"\n") or not _CHUNK_SIZE.fullmatch(size):
            raise BadFraming(_bad(f"a chunk must start with its size in hex, not {line[:40]!r}"))
        length = int(size, 16) if len(size) <= 16 else MAX_BODY + 1
        total += length
        if total > MAX_BODY:
            raise BadFraming(_TOO_LARGE)
        if length == 0:
            break
        chunk = rfile.read(length)
        if len(chunk) < length or rfile.readline(3) not in (b"\r\n", b"\n"):
            raise BadFraming(_bad("a chunk must be as long as its size and end with CRLF"))
        chunks.append(chunk)
    for _ in range(MAX_TRAILERS):
        line = rfile.readline(MAX_LINE + 1)
        if line in (b"\r\n", b"\n"):
            return b"".join(chunks)
        if not line.endswith(b"\n"):
            break
    raise BadFraming(_bad("a chunked body must end with a blank line after its trailers"))


def _bad(message: str) -> Answer:
    return error_answer(400, "bad-request", message, close=True)
