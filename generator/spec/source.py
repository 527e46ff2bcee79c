"""Safe YAML loading that remembers the line of every key and refuses what a spec never needs."""

from __future__ import annotations

import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent

from generator.errors import Problem, SpecError

MAX_BYTES = 256 * 1024
MAX_DEPTH = 32
_STANDARD_TAG = "tag:yaml.org,2002:"


class Located:
    """Mixin: `lines[key]` is the 1-based line where a mapping key or list item starts."""

    lines: dict[Any, int]
    line: int


class LocatedDict(dict, Located):
    """A YAML mapping that knows the line of each key."""


class LocatedList(list, Located):
    """A YAML sequence that knows the line of each item."""


class _Refused(yaml.MarkedYAMLError):
    """YAML that parses but that a spec must not contain; its message is final."""

    def __init__(self, message: str, mark: Any):  # a PyYAML Mark (pure or libyaml)
        super().__init__(None, None, message, mark)


def _short_tag(tag: str) -> str:
    return "!!" + tag[len(_STANDARD_TAG) :] if tag.startswith(_STANDARD_TAG) else tag


class _Loader(yaml.SafeLoader):
    """SafeLoader that records lines; refuses aliases, tags, odd keys; collects what it can."""

    def __init__(self, stream: str):
        super().__init__(stream)
        self.problems: list[tuple[int, str]] = []
        self.depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, AliasEvent):
            raise _Refused(
                "YAML aliases (*name) are not allowed in specs; write the value out",
                event.start_mark,
            )
        tag = event.tag if isinstance(event, (ScalarEvent, CollectionStartEvent)) else None
        if tag not in (None, "!"):
            message = f"YAML tags ({_short_tag(tag)}) are not allowed in specs; write plain values"
            raise _Refused(message, event.start_mark)
        if self.depth >= MAX_DEPTH:
            raise _Refused(f"nested more than {MAX_DEPTH} levels deep", event.start_mark)
        self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


def _key_problem(key: Any, node: yaml.Node) -> str | None:
    if isinstance(key, str):
        return None
    if isinstance(node, yaml.ScalarNode):
        kind = "null" if key is None else "true/false" if isinstance(key, bool) else "a number"
        text = node.value or "~"
        return f"key {text} is read by YAML as {kind}, not as a name; put it in quotes: '{text}'"
    return "a key must be a plain name, not a list or mapping"


def _mapping(loader: _Loader, node: yaml.MappingNode) -> LocatedDict:
    loader.flatten_mapping(node)
    result = LocatedDict()
    result.lines, result.line = {}, node.start_mark.line + 1
    for key_node, value_node in node.value:
        line = key_node.start_mark.line + 1
        key = (
            loader.construct_object(key_node, deep=True)
            if isinstance(key_node, yaml.ScalarNode)
            else None
        )
        if problem := _key_problem(key, key_node):
            loader.problems.append((line, problem))
            continue
        if key in result:
            loader.problems.append(
                (line, f"duplicate key {key!r} (first at line {result.lines[key]})")
            )
            continue
        result[key] = loader.construct_object(value_node, deep=True)
        result.lines[key] = line
    return result


def _sequence(loader: _Loader, node: yaml.SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.lines = {i: child.start_mark.line + 1 for i, child in enumerate(node.value)}
    result.line = node.start_mark.line + 1
    return result


def _float(loader: _Loader, node: yaml.ScalarNode) -> float:
    value = loader.construct_yaml_float(node)
    if not math.isfinite(value):
        message = f"{node.value} is not a finite number (JSON has no such value)"
        raise _Refused(message, node.start_mark)
    return value


_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _sequence)
_Loader.add_constructor(_STANDARD_TAG + "float", _float)
# Dates stay text: specs hold JSON values, and JSON has no date type.
_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != _STANDARD_TAG + "timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _syntax_message(exc: yaml.MarkedYAMLError) -> str:
    """PyYAML's message, reworded where it is cryptic for the usual mistakes."""
    problem, context, mark = exc.problem or "", exc.context or "", exc.problem_mark
    if isinstance(exc, _Refused):
        return problem
    if "'\\t'" in problem:
        return "a tab character; YAML does not allow tabs for indentation (or after 'key:'), use spaces"
    if "another document" in problem:
        return "a second YAML document ('---'); a spec file holds exactly one"
    if problem == "mapping values are not allowed here":
        return "': ' inside a value; put the value in quotes"
    if exc.context_mark and mark and exc.context_mark.line != mark.line and context:
        return f"YAML syntax: {problem} ({context} from line {exc.context_mark.line + 1})"
    return f"YAML syntax: {problem}" if not context else f"YAML syntax: {problem} ({context})"


def _read_text(path: Path) -> str:
    """The file as text, refusing what is too large (before reading it) or not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise SpecError([Problem(path, None, "", _too_large(size))])
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise SpecError([Problem(path, None, "", f"cannot be read: {exc.strerror}")]) from None
    if len(raw) > MAX_BYTES:
        raise SpecError([Problem(path, None, "", _too_large(len(raw)))])
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        message = f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
        raise SpecError([Problem(path, line, "", message)]) from None


def _too_large(size: int) -> str:
    return f"file is {size} bytes; a spec file may have at most {MAX_BYTES} bytes"


def read_yaml(path: Path) -> tuple[Any, list[Problem]]:
    """Plain data with line marks plus the problems found on the way (duplicate keys, odd keys).

    Problems that stop parsing (syntax, aliases, tags, size, encoding) raise SpecError instead.
    """
    text = _read_text(path)
    loader = None
    try:
        loader = _Loader(text)
        data = loader.get_single_data()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise SpecError([Problem(path, line, "", _syntax_message(exc))]) from None
    except yaml.reader.ReaderError as exc:
        line = text[: exc.position].count("\n") + 1
        message = f"control character U+{exc.character:04X} is not allowed in YAML text"
        raise SpecError([Problem(path, line, "", message)]) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML error above carries a mark
        raise SpecError([Problem(path, None, "", " ".join(f"YAML error: {exc}".split()))]) from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, [Problem(path, line, "", message) for line, message in loader.problems]


def line_of(data: Any, path: Sequence[Any]) -> int | None:
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
