"""What a declaration's type allows beside it: `values`, `items`, `fields` (parameters and properties)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

Reporter = Callable[[list[Any], str], None]


def shape_fits(
    raw: Mapping[str, Any], where: list[Any], report: Reporter, what: str = "parameter"
) -> bool:
    """An object has either `items` (a mapping) or `fields`; an array has `items`, and `fields`
    exactly when its items are objects; no other type has either (False: cannot check values)."""
    kind, items, has_fields = raw.get("type"), raw.get("items"), "fields" in raw
    if kind not in ("object", "array"):
        for key in ("items", "fields"):
            if key in raw:
                report([*where, key], f"only object and array {what}s have {key!r}")
        return True
    if kind == "object" and "items" in raw and has_fields:
        message = "an object has either 'items' (a mapping: the type of every value) or 'fields' (its own named fields), not both"
        report([*where, "fields"], message)
        return False
    if kind == "object" and items == "object":
        message = "'items: object' is for a list of objects (type: array); an object with named fields declares them in 'fields'"
        report([*where, "items"], message)
        return False
    if kind == "object" and "items" not in raw and not has_fields:
        message = f"an object {what} needs 'items' (the type of every value of a mapping, e.g. string) or 'fields' (its own named fields)"
        report(where, message)
        return False
    if kind == "array" and "items" not in raw:
        report(where, f"an array {what} needs 'items': the type of every item (e.g. string)")
        return False
    if kind == "array" and items == "object" and not has_fields:
        report(
            [*where, "items"],
            "a list of objects ('items: object') needs 'fields': the fields of every item",
        )
        return False
    if kind == "array" and has_fields and items != "object":
        report([*where, "fields"], "only a list of objects ('items: object') has 'fields'")
        return False
    return True
