"""What the stub answers: status, headers and a JSON body; and how Basic auth is read."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from typing import Any

Headers = tuple[tuple[str, str], ...]
JSON_MEDIA_TYPE = "application/json"


@dataclass(frozen=True)
class Answer:
    """What the stub answers: status, headers and body bytes."""

    status: int
    headers: Headers = ()
    body: bytes = b""
    close: bool = False  # whether the connection must close after it (the request's framing broke)


def json_answer(status: int, value: Any, headers: Headers = ()) -> Answer:
    """An answer whose body is `value` as UTF-8 JSON."""
    body = json.dumps(value, ensure_ascii=False).encode("utf-8")
    return Answer(status, (("Content-Type", JSON_MEDIA_TYPE), *headers), body)


def error_answer(
    status: int, code: str, message: str, headers: Headers = (), *, close: bool = False
) -> Answer:
    """An error as the API words it: `{"message": ..., "code": ...}`."""
    body = json.dumps({"message": message, "code": code}, ensure_ascii=False)
    # `backslashreplace`: a message quoting unreadable input is still sent, never raised on.
    encoded = body.encode("utf-8", "backslashreplace")
    return Answer(status, (("Content-Type", JSON_MEDIA_TYPE), *headers), encoded, close)


def not_found(collection: str, item_id: str) -> Answer:
    """The 404 for an id a collection does not hold."""
    return error_answer(404, "not-found", f"there is no '{item_id}' in {collection}")


def method_not_allowed(message: str, allowed: list[str]) -> Answer:
    """The 405 for a method a path does not take, listing the ones it does in `Allow`."""
    return error_answer(405, "method-not-allowed", message, (("Allow", ", ".join(allowed)),))


def basic_auth(header: str | None) -> tuple[str, str] | None:
    """The user and password of a Basic `Authorization` header, or None when absent or malformed."""
    scheme, _, encoded = (header or "").partition(" ")
    if scheme.lower() != "basic":
        return None
    try:
        decoded = base64.b64decode(encoded.strip(), validate=True).decode("utf-8")
    except (binascii.Error, ValueError):  # ValueError: a header holding non-ASCII text
        return None
    user, colon, password = decoded.partition(":")
    return (user, password) if colon else None
