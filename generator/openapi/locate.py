"""Where a problem is in an OpenAPI document: a JSON pointer, its line, the branch to blame."""

from __future__ import annotations

from typing import Any

import yaml


def pointer(path: list[Any] | tuple[Any, ...]) -> str:
    """An RFC 6901 JSON pointer: `/paths/~1pets/get`."""
    return "".join("/" + str(p).replace("~", "~0").replace("/", "~1") for p in path)


def line_of(text: str, path: list[Any]) -> int | None:
    """The line of the node a JSON path leads to (or of its nearest ancestor in the text)."""
    try:
        node = yaml.compose(text)
    except yaml.YAMLError:
        return None
    line = node.start_mark.line + 1 if node else None
    for step in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == str(step)), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int):
            node = node.value[step] if step < len(node.value) else None
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def deepest(error: Any) -> Any:
    """Of a oneOf's branches (nested too), the error that got furthest into the value: it says
    what is wrong (`'qurey' is not one of [...]`), where the oneOf only says none matched."""
    leaves: list[Any] = []
    todo = list(error.context)
    while todo:
        inner = todo.pop(0)
        (todo.extend if inner.context else leaves.append)(inner.context or inner)
    if not leaves:
        return error
    depth = max(len(e.absolute_path) for e in leaves)
    furthest = [e for e in leaves if len(e.absolute_path) == depth]
    enums = [e for e in furthest if e.validator == "enum"]
    if len(enums) > 1 and len(enums) == len(furthest):  # one enum per branch: name them all
        allowed = list(dict.fromkeys(v for e in enums for v in e.validator_value))
        enums[0].message = f"{enums[0].instance!r} is not one of {allowed!r}"
    return furthest[0]


def value_at(data: Any, where: list[Any]) -> Any:
    """The value a JSON path leads to."""
    for step in where:
        data = data[step]
    return data


def find_ref(data: Any, ref: str, where: tuple[Any, ...] = ()) -> list[Any] | None:
    """Where a `$ref` whose target ends like `ref` first occurs."""
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data) if isinstance(data, list) else ()
    )
    for key, inner in items:
        if key == "$ref" and isinstance(inner, str) and ref in (inner, inner.partition("#")[2]):
            return [*where, key]
        found = find_ref(inner, ref, (*where, key))
        if found:
            return found
    return None


def find_value(data: Any, value: Any, where: tuple[Any, ...] = ()) -> list[Any] | None:
    """Where a scalar first occurs as a `default` or `example` (the validator checks those
    against their schema and reports no path for them)."""
    if isinstance(value, (dict, list)):
        return None
    items = (
        data.items()
        if isinstance(data, dict)
        else enumerate(data) if isinstance(data, list) else ()
    )
    for key, inner in items:
        if key in ("default", "example") and inner == value and type(inner) is type(value):
            return [*where, key]
        found = find_value(inner, value, (*where, key))
        if found:
            return found
    return None
