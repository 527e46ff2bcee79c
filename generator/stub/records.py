"""What the stub received: each request as it arrived, with what was answered."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl

from generator.stub.answers import Headers, basic_auth


@dataclass(frozen=True)
class Recorded:
    """One request as received (raw path, raw query, headers, body bytes) and what was answered."""

    label: str
    method: str
    path: str
    query: str
    headers: Headers
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
        return basic_auth(self.header("Authorization"))

    def log_line(self) -> str:
        """One line for the stub command's log: request, status, and the reason of a refusal."""
        query = f"?{self.query}" if self.query else ""
        why = f" {self.reply.decode('utf-8', 'replace')}" if self.status >= 400 else ""
        return f"{self.method} {self.path}{query} -> {self.status}{why}"
