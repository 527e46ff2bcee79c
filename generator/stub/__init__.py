"""A local stand-in for the API: serves a spec folder on 127.0.0.1, enforces it, records every request.

Modules: `server` (HTTP), `framing` (reading a body), `routes` (the spec's paths), `state` (the
items kept), `body` and `checks` (a request against the spec), `api` (what the API answers),
`records` (what was received), `app` (the `Stub` itself).
"""

from generator.paging import DEFAULT_PAGE_SIZE
from generator.stub.answers import Answer
from generator.stub.app import HOST, MARK_PATH, Stub, log_to_stderr
from generator.stub.framing import MAX_BODY
from generator.stub.records import Recorded

__all__ = [
    "Answer",
    "DEFAULT_PAGE_SIZE",
    "HOST",
    "MARK_PATH",
    "MAX_BODY",
    "Recorded",
    "Stub",
    "log_to_stderr",
]
