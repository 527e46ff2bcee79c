"""How a list answers page by page, and the `Link` to its next page (the stub's and the pages').

What the reference pages say, and the stub does:
- A list that declares `page` (List Applications, Bridges, Calls, Recordings) pages by number:
  the next page's Link is the request's own URL with `page` one more (and `size`).
- A list that declares `size` but no `page` (List Messages) pages by a cursor: its page prints the
  Link `<.../messages?sortKeyLT=1458576004287000989&size=1>; rel="next"`, the sort key of the
  last message answered (the stub's sort key is the item's id, which clients never read).
- A list that declares neither (a call's events, recordings or transcriptions, a conference's
  members, a bridge's calls) is answered whole: their pages name no paging at all.
- A request that gives an `unpaged` parameter is answered whole too (List Calls' `bridgeId`:
  "pagination does not apply").
Either Link keeps every other query parameter of the request (the filters): it points to the next
page "of results" of the same query, and a client that follows it sends nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import quote, urlencode

from generator.filters import answered_whole
from generator.model.endpoint import Endpoint

CURSOR = "sortKeyLT"  # the next page of a cursor list: the items after this sort key
DEFAULT_PAGE_SIZE = 25
_DIGITS = re.compile(r"[0-9]{1,4000}")  # int() refuses more than 4300 digits
_PAGING = {"page", "size", CURSOR}


def _declared(endpoint: Endpoint | None) -> set[str]:
    return {p.name for p in endpoint.located("query")} if endpoint else set()


def pages_by_number(endpoint: Endpoint | None) -> bool:
    """Whether the list pages by `page` number (it declares `page`)."""
    return "page" in _declared(endpoint)


def pages_by_cursor(endpoint: Endpoint | None) -> bool:
    """Whether the list pages by the `sortKeyLT` cursor of its Link (it declares `size`, no `page`)."""
    declared = _declared(endpoint)
    return "size" in declared and "page" not in declared


def pages(endpoint: Endpoint | None) -> bool:
    """Whether the list answers page by page, with a Link to the next page while more follow."""
    return pages_by_number(endpoint) or pages_by_cursor(endpoint)


def next_link(
    endpoint: Endpoint | None,
    url: str,
    query: Iterable[tuple[str, str]],
    page: int,
    size: int,
    last_id: str,
) -> str | None:
    """The `Link` to the page after one (page number `page`, its last item `last_id`), with the
    request's other query parameters as it sent them; None for a list that does not page."""
    if pages_by_number(endpoint):
        where = [("page", str(page + 1))]
    elif pages_by_cursor(endpoint):
        where = [(CURSOR, last_id)]
    else:
        return None
    sized = [("size", str(size))] if "size" in _declared(endpoint) else []
    kept = [(k, v) for k, v in query if k not in _PAGING]
    return f'<{url}?{urlencode(where + sized + kept, quote_via=quote)}>; rel="next"'


def paging(endpoint: Endpoint | None, query: dict[str, Any]) -> tuple[int, int]:
    """The page and size a list asks for: its query, else the spec's defaults, else 0 and 25
    (a declared list that does not page: everything; a list the spec does not declare, which
    only libraries read, takes any page and size it is given); a request with an `unpaged`
    parameter, everything."""
    if endpoint is not None and (not pages(endpoint) or answered_whole(endpoint, query)):
        return 0, 1 << 62
    defaults = {p.name: p.default for p in endpoint.located("query")} if endpoint else {}
    page = _whole(query.get("page", defaults.get("page")), 0, 0)
    size = _whole(query.get("size", defaults.get("size")), 1, DEFAULT_PAGE_SIZE)
    return page, size


def _whole(value: Any, least: int, fallback: int) -> int:
    text = str(value)
    return int(text) if _DIGITS.fullmatch(text) and int(text) >= least else fallback


def page_of(
    items: list[Any], ids: list[str], page: int, size: int, after: str | None = None
) -> tuple[list[Any], bool] | None:
    """One page of listed items (counted from the one after the id `after` when given; `ids`:
    theirs, in order), and whether more follow; None when no item has the id `after`."""
    if after is not None and after not in ids:
        return None
    start = page * size + (ids.index(after) + 1 if after is not None else 0)
    return items[start : start + size], len(items) > start + size
