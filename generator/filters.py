"""What a list's query does to its items: its filters keep the equal ones, its sort orders them.

A query parameter that `filters` a property keeps only the items whose property equals the value
the request gives (an `any_case` enum's in any letter case); one that `sorts` orders the items by
a property, `asc` or `desc` (its value, else its default; items without the property last, ties
in the order they were stored); one that is `unpaged` answers the list whole when given. The
stub applies them to what it holds before it pages, and a list example's item is seeded with
the values its filters ask for (so the page's Response is what the stub answers).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.model.calls import Example
from generator.model.endpoint import Endpoint
from generator.model.parameters import Parameter


def filters_given(endpoint: Endpoint, query: Mapping[str, Any]) -> list[tuple[Parameter, Any]]:
    """The filters a request gives, each with its value (a filter not given keeps everything)."""
    return [
        (p, query[p.name])
        for p in endpoint.located("query")
        if p.filters and query.get(p.name) is not None
    ]


def matches(param: Parameter, wanted: Any, held: Any) -> bool:
    """Whether an item's value `held` is the one a filter asks for (JSON equality: 1 is not
    true; an `any_case` enum's text in any case)."""
    if param.any_case and isinstance(wanted, str) and isinstance(held, str):
        return wanted.lower() == held.lower()
    if isinstance(wanted, bool) or isinstance(held, bool):
        return wanted is held
    if isinstance(wanted, (int, float)) and isinstance(held, (int, float)):
        return wanted == held
    return type(wanted) is type(held) and wanted == held


def sort_given(endpoint: Endpoint, query: Mapping[str, Any]) -> tuple[str, bool] | None:
    """The property a request sorts by and whether descending (its value, else the default), or
    None when it does not sort."""
    for param in endpoint.located("query"):
        if not param.sorts:
            continue
        value = query.get(param.name)
        order = str(param.default if value is None else value).lower()
        if order in ("asc", "desc"):
            return param.sorts, order == "desc"
    return None


def select(
    endpoint: Endpoint | None, query: Mapping[str, Any], items: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The items a request lists, in the order it lists them, before paging (every item, as
    stored, for a list the spec does not declare)."""
    if endpoint is None:
        return items
    given = filters_given(endpoint, query)
    kept = [
        item
        for item in items
        if all(p.filters in item and matches(p, v, item[p.filters]) for p, v in given)
    ]
    sort = sort_given(endpoint, query)
    if sort is None:
        return kept
    name, descending = sort
    held = [item for item in kept if item.get(name) is not None]
    missing = [item for item in kept if item.get(name) is None]
    return sorted(held, key=lambda item: _sort_key(item[name]), reverse=descending) + missing


def _sort_key(value: Any) -> tuple[int, Any]:
    """Numbers before texts before anything else, so that mixed values still sort."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return 0, value
    return (1, value) if isinstance(value, str) else (2, str(value))


def answered_whole(endpoint: Endpoint | None, query: Mapping[str, Any]) -> bool:
    """Whether the request gives a parameter that turns paging off (a bridge's calls)."""
    if endpoint is None:
        return False
    return any(p.unpaged and query.get(p.name) is not None for p in endpoint.located("query"))


def asked_values(endpoint: Endpoint, example: Example) -> dict[str, Any]:
    """By property, the values an example's filters ask for: what the item it lists holds."""
    roles = {p.name: p.filters for p in endpoint.located("query") if p.filters}
    return {
        str(roles[a.name]): a.value
        for a in example.arguments
        if a.name in roles and a.value is not None
    }
