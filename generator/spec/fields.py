"""Field names in spec terms: `parameters.applicationId.default`, `examples.example-2.values`."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from generator.spec.messages import PLAIN_KEY, show
from generator.spec.schema_declared import EXAMPLE_ID, NAME_RE

_EXAMPLE_ID = re.compile(EXAMPLE_ID["pattern"])


def example_id(raw: Any, index: int) -> str:
    """An example's id: its own when valid, else `example-N` (N counts from 1)."""
    given = raw.get("id") if isinstance(raw, dict) else None
    return (
        given if isinstance(given, str) and _EXAMPLE_ID.fullmatch(given) else f"example-{index + 1}"
    )


def _named_list(keys: list[Any]) -> bool:
    """Whether the items of the list at `keys` are named by their `name`."""
    named = (["parameters"], ["properties"], ["fields"])
    return keys[-1:] in named or keys[-2:-1] == ["parameter_sets"]


def _item_label(keys: list[Any], item: Any, index: int) -> str:
    """How a list item is named in a field name: its name, its example id or its position."""
    list_key = keys[-1] if keys else None
    if _named_list(keys) and isinstance(item, dict):
        name = item.get("name")
        if isinstance(name, str) and NAME_RE.fullmatch(name):
            return name
    if list_key == "examples":
        return example_id(item, index)
    return str(index + 1)


def field_name(data: Any, path: Sequence[Any]) -> str:
    """`['parameters', 3, 'default']` -> `parameters.incomingCallUrlCallbackTimeout.default`.

    Parameters (also a set's), properties and fields are named by `name`, examples by `id` (default
    `example-N`), other list items by their position counting from 1.
    """
    parts: list[str] = []
    node = data
    keys: list[Any] = []
    for step in path:
        if isinstance(node, list) and isinstance(step, int):
            parts.append(_item_label(keys, node[step] if step < len(node) else None, step))
        else:
            text = str(step)
            parts.append(text if PLAIN_KEY.fullmatch(text) else show(text))
        keys.append(step)
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            node = None
    return ".".join(parts)
