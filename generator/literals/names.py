"""Identifier case conversions shared by the language filters."""

from __future__ import annotations

import re
from functools import lru_cache

_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|[-_\s]+")


def _words(name: str) -> list[str]:
    return [w for w in _BOUNDARY.split(name) if w]


@lru_cache(maxsize=4096)  # pure, and parameter names repeat in every example and endpoint
def snake_case(name: str) -> str:
    """`incomingCallUrl` -> `incoming_call_url`."""
    return "_".join(w.lower() for w in _words(name))


@lru_cache(maxsize=4096)
def pascal_case(name: str) -> str:
    """`incomingCallUrl` -> `IncomingCallUrl`; `GET` -> `Get`."""
    return "".join(
        w[:1].upper() + w[1:].lower() if w.isupper() else w[:1].upper() + w[1:]
        for w in _words(name)
    )


@lru_cache(maxsize=4096)
def camel_case(name: str) -> str:
    """`incoming_call_url` -> `incomingCallUrl`."""
    pascal = pascal_case(name)
    return pascal[:1].lower() + pascal[1:]
