"""How lists are paged: what the stub answers and what the samples show (the stub's rules).

Its own module so that rendering a sample does not import the stub's server.
"""

from __future__ import annotations

import re
from typing import Any

from generator.model import Endpoint

DEFAULT_PAGE_SIZE = 25
_DIGITS = re.compile(r"[0-9]{1,4000}")  # int() refuses more than 4300 digits


def next_link(endpoint: Endpoint | None, url: str, page: int, size: int) -> str | None:
    """The `Link` to the next page, naming only query parameters the endpoint declares: none
    when it declares no `page` (a client following the link would send what the spec refuses)."""
    declared = {p.name for p in endpoint.located("query")} if endpoint else set()
    if "page" not in declared:
        return None
    query = f"page={page + 1}" + (f"&size={size}" if "size" in declared else "")
    return f'<{url}?{query}>; rel="next"'


def paging(endpoint: Endpoint | None, query: dict[str, Any]) -> tuple[int, int]:
    """The page and size a list asks for: its query, else the spec's defaults, else 0 and 25."""
    defaults = {p.name: p.default for p in endpoint.located("query")} if endpoint else {}
    page = _whole(query.get("page", defaults.get("page")), 0, 0)
    size = _whole(query.get("size", defaults.get("size")), 1, DEFAULT_PAGE_SIZE)
    return page, size


def _whole(value: Any, least: int, fallback: int) -> int:
    text = str(value)
    return int(text) if _DIGITS.fullmatch(text) and int(text) >= least else fallback
