"""The items the stub keeps: per collection, in creation order."""

from __future__ import annotations

import json
import secrets
import threading
from typing import Any

from generator.paging import page_of

Items = dict[str, dict[str, dict[str, Any]]]


class Store:
    """In-memory REST state: per collection path, its JSON objects by id, in creation order."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._items: Items = {}

    def put(self, collection: str, item_id: str, data: dict[str, Any]) -> dict[str, Any]:
        """Store an object under an id (nulls mean unset and are dropped); returns what is stored.

        Raises ValueError for what could not be answered as JSON text (a lone surrogate)."""
        stored = {**without_nulls(data), "id": item_id}
        check_json_text(stored)
        with self._lock:
            self._items.setdefault(collection, {})[item_id] = stored
        return stored

    def create(self, collection: str, data: dict[str, Any]) -> str:
        """Store a new object under a fresh id such as `a-3f2c...` (prefix: the collection's initial)."""
        prefix = collection.rstrip("/").rsplit("/", 1)[-1][:1].lower() or "x"
        item_id = f"{prefix}-{secrets.token_hex(6)}"
        self.put(collection, item_id, data)
        return item_id

    def get(self, collection: str, item_id: str) -> dict[str, Any] | None:
        """One stored object, or None."""
        with self._lock:
            return self._items.get(collection, {}).get(item_id)

    def page(
        self, collection: str, page: int, size: int, after: str | None = None
    ) -> tuple[list[dict[str, Any]], bool] | None:
        """One page of a collection (counted from the item after `after` when given), and whether
        more pages follow; None when there is no item `after`."""
        items = self.listed(collection)
        return page_of(items, [str(i["id"]) for i in items], page, size, after)

    def listed(self, collection: str) -> list[dict[str, Any]]:
        """Every object of a collection, in creation order."""
        with self._lock:
            return list(self._items.get(collection, {}).values())

    def update(self, collection: str, item_id: str, changes: dict[str, Any]) -> bool:
        """Set the non-null values of `changes` on an object; False when there is no such object."""
        kept = {k: v for k, v in without_nulls(changes).items() if k != "id"}
        check_json_text(kept)
        with self._lock:
            item = self._items.get(collection, {}).get(item_id)
            if item is None:
                return False
            item.update(kept)
            return True

    def delete(self, collection: str, item_id: str) -> bool:
        """Remove an object; False when there is no such object."""
        with self._lock:
            return self._items.get(collection, {}).pop(item_id, None) is not None

    def clear(self) -> None:
        """Forget every object."""
        with self._lock:
            self._items.clear()

    def snapshot(self) -> Items:
        """A copy of every object, for `restore`."""
        with self._lock:
            return {c: {i: dict(o) for i, o in items.items()} for c, items in self._items.items()}

    def restore(self, snapshot: Items) -> None:
        """Make the objects exactly those of a snapshot again."""
        copied = {c: {i: dict(o) for i, o in items.items()} for c, items in snapshot.items()}
        with self._lock:
            self._items = copied


def without_nulls(data: dict[str, Any]) -> dict[str, Any]:
    """The object without its null members (null means unset, as bandwidth-sdk sends it)."""
    return {k: v for k, v in data.items() if v is not None}


def check_json_text(value: Any) -> None:
    """Raise ValueError unless `value` can be sent back as UTF-8 JSON (no lone surrogates)."""
    try:
        json.dumps(value, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError as exc:
        raise ValueError(f"not Unicode text: {exc.object[exc.start:exc.end]!r}") from exc
