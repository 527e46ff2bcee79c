"""Safe YAML loading that remembers the line of every key and refuses what a spec never needs."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent

from generator.errors import Problem, SpecError

MAX_BYTES = 256 * 1024


class Located:
    """Mixin: `lines[key]` is the 1-based line where a mapping key or list item starts."""

    lines: dict[Any, int]
    line: int


class LocatedDict(dict, Located):
    """A YAML mapping that knows the line of each key."""


class LocatedList(list, Located):
    """A YAML sequence that knows the line of each item."""


class _Loader(yaml.SafeLoader):
    """SafeLoader that records lines, rejects aliases and duplicate keys."""

    def compose_node(self, parent, index):  # type: ignore[override]
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise yaml.MarkedYAMLError(
                None, None, "YAML aliases (*name) are not allowed in specs", event.start_mark
            )
        return super().compose_node(parent, index)


def _mapping(loader: _Loader, node: yaml.MappingNode) -> LocatedDict:
    loader.flatten_mapping(node)
    result = LocatedDict()
    result.lines, result.line = {}, node.start_mark.line + 1
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line = key_node.start_mark.line + 1
        if not isinstance(key, (str, int, float, bool)) or key is None:
            raise yaml.MarkedYAMLError(None, None, "mapping keys must be plain strings", key_node.start_mark)
        if key in result:
            raise yaml.MarkedYAMLError(
                None, None, f"duplicate key {key!r} (first at line {result.lines[key]})", key_node.start_mark
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = line
    return result


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.lines = {i: child.start_mark.line + 1 for i, child in enumerate(node.value)}
    result.line = node.start_mark.line + 1
    return result


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)


def load_yaml(path: Path) -> Any:
    """Read one YAML file into plain data with line marks, or raise SpecError naming file and line."""
    raw = path.read_bytes()
    if len(raw) > MAX_BYTES:
        raise SpecError([Problem(path, None, "", f"file is {len(raw)} bytes; specs are limited to {MAX_BYTES}")])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SpecError([Problem(path, line, "", "file is not valid UTF-8")]) from None
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - _Loader is a SafeLoader
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        message = " ".join(str(p) for p in (exc.context, exc.problem) if p)
        raise SpecError([Problem(path, line, "", f"YAML error: {message}")]) from None
    except yaml.YAMLError as exc:
        raise SpecError([Problem(path, None, "", f"YAML error: {exc}")]) from None


def line_of(data: Any, path: list[Any] | tuple[Any, ...]) -> int | None:
    """The line of the deepest key along `path` that the data knows."""
    line = getattr(data, "line", None)
    node = data
    for step in path:
        lines = getattr(node, "lines", None)
        if lines is None or step not in lines:
            break
        line = lines[step]
        node = node[step]
    return line
