"""Safe YAML loading that remembers the line of every key and refuses what a spec never needs.

Plain values are read by the YAML 1.2 core schema (true/false, null, decimal numbers), not
YAML 1.1's: `yes`, `on`, `1:30` and `2024-01-31` stay text. Numbers that YAML 1.2 reads
differently from how they look (`0x10`, `0o17`, `010`) are refused with a hint. Parsing is
libyaml's (PyYAML's C parser) when PyYAML has it, composing is the project's own (line marks,
refusals), so the pure-Python parser is only a fallback with the same results.
"""

from __future__ import annotations

import math
import re
from typing import Any

import yaml
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, CollectionStartEvent, ScalarEvent
from yaml.resolver import BaseResolver

_cyaml: Any
try:
    from yaml import cyaml as _cyaml
except ImportError:  # PyYAML built without libyaml: the pure parser, same results, slower
    _cyaml = None
CParser: Any = getattr(_cyaml, "CParser", None)

MAX_DEPTH = 32
MAX_DIGITS = 1000  # a whole number longer than this is no value any sample could send
LIBYAML = CParser is not None
_STANDARD_TAG = "tag:yaml.org,2002:"
_LOOKS_OTHER = "tag:api-samples:number-that-looks-otherwise"


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


class CoreResolver(BaseResolver):
    """The YAML 1.2 core schema's plain values (no yes/on, no 1:30, no dates, no merge keys)."""


# Regular expressions of the YAML 1.2.2 spec, section 10.3.2; \Z: a full match.
for _tag, _regexp, _first in (
    ("null", r"(?:~|null|Null|NULL|)\Z", ["~", "n", "N", ""]),
    ("bool", r"(?:true|True|TRUE|false|False|FALSE)\Z", list("tTfF")),
    ("int", r"[-+]?(?:0|[1-9][0-9]*)\Z", list("-+0123456789")),
    (_LOOKS_OTHER, r"(?:[-+]?0[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)\Z", list("-+0")),
    (
        "float",
        r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?\Z",
        list("-+.0123456789"),
    ),
    ("float", r"[-+]?\.(?:inf|Inf|INF)\Z", list("-+.")),
    ("float", r"\.(?:nan|NaN|NAN)\Z", ["."]),
):
    _full = _tag if _tag.startswith("tag:") else _STANDARD_TAG + _tag
    CoreResolver.add_implicit_resolver(_full, re.compile(_regexp), _first)


class _Composer(Composer):
    """Records lines; refuses aliases, tags, deep nesting, odd keys; collects what it can."""

    def _start(self: Any) -> None:
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        CoreResolver.__init__(self)
        self.problems: list[tuple[int, str]] = []
        self.depth = 0

    def compose_node(self: Any, parent: Any, index: Any) -> Any:
        """The next node, refusing aliases, tags and nesting deeper than MAX_DEPTH."""
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


class _PureLoader(
    _Composer,
    yaml.reader.Reader,
    yaml.scanner.Scanner,
    yaml.parser.Parser,
    SafeConstructor,
    CoreResolver,
):
    """PyYAML's pure-Python parser under the project's composer."""

    def __init__(self, stream: str):
        yaml.reader.Reader.__init__(self, stream)
        yaml.scanner.Scanner.__init__(self)
        yaml.parser.Parser.__init__(self)
        self._start()


if CParser is not None:

    class _CLoader(_Composer, CParser, SafeConstructor, CoreResolver):
        """libyaml's parser (C, about 8 times faster) under the project's composer."""

        def __init__(self, stream: str):
            CParser.__init__(self, stream)
            self._start()


def _key_problem(key: Any, node: yaml.Node) -> str | None:
    if isinstance(key, str):
        return None
    if isinstance(node, yaml.ScalarNode):
        kind = "null" if key is None else "true/false" if isinstance(key, bool) else "a number"
        text = node.value or "~"
        return f"key {text} is read by YAML as {kind}, not as a name; put it in quotes: '{text}'"
    return "a key must be a plain name, not a list or mapping"


def _mapping(loader: Any, node: yaml.MappingNode) -> LocatedDict:
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


def _sequence(loader: Any, node: yaml.SequenceNode) -> LocatedList:
    result = LocatedList(loader.construct_object(child, deep=True) for child in node.value)
    result.lines = {i: child.start_mark.line + 1 for i, child in enumerate(node.value)}
    result.line = node.start_mark.line + 1
    return result


def _int(loader: Any, node: yaml.ScalarNode) -> int:
    digits = len(node.value.lstrip("+-"))
    if digits > MAX_DIGITS:
        message = (
            f"a whole number of {digits} digits; no sample could send it (at most {MAX_DIGITS})"
        )
        raise _Refused(message, node.start_mark)
    return int(node.value)


def _looks_otherwise(loader: Any, node: yaml.ScalarNode) -> None:
    text = node.value
    if text.startswith(("0x", "0o")):
        value = int(text[2:], 16 if text[1] == "x" else 8)
        base = "hexadecimal" if text[1] == "x" else "octal"
        message = f"{text} is read by YAML as the {base} number {value}; write {value}, or put it in quotes for text: '{text}'"
    else:
        value = int(text)
        octal = f" {int(text, 8)}" if set(text) <= set("+-01234567") else ""
        message = f"{text} has a leading zero (YAML 1.1 reads it as the octal number{octal}); write {value}, or put it in quotes for text: '{text}'"
    raise _Refused(message, node.start_mark)


def _float(loader: Any, node: yaml.ScalarNode) -> float:
    text = node.value.lower()
    value = float(text.replace(".inf", "inf").replace(".nan", "nan"))
    if not math.isfinite(value):
        message = f"{node.value} is not a finite number (JSON has no such value)"
        raise _Refused(message, node.start_mark)
    return value


_CONSTRUCTORS: dict[Any, Any] = {
    _STANDARD_TAG + "null": lambda loader, node: None,
    _STANDARD_TAG + "bool": lambda loader, node: node.value.lower() == "true",
    _STANDARD_TAG + "int": _int,
    _STANDARD_TAG + "float": _float,
    _STANDARD_TAG + "str": SafeConstructor.construct_yaml_str,
    _LOOKS_OTHER: _looks_otherwise,
    BaseResolver.DEFAULT_MAPPING_TAG: _mapping,
    BaseResolver.DEFAULT_SEQUENCE_TAG: _sequence,
}
_LOADERS = [_PureLoader] + ([_CLoader] if LIBYAML else [])
for _loader in _LOADERS:
    _loader.yaml_constructors = _CONSTRUCTORS


def syntax_message(exc: yaml.MarkedYAMLError, text: str) -> str:
    """The parser's message, reworded where it is cryptic for the usual mistakes (libyaml and the
    pure parser word some of them differently; both give the same message here)."""
    problem, context, mark = exc.problem or "", exc.context or "", exc.problem_mark
    if isinstance(exc, _Refused):
        return problem
    if "'\\t'" in problem or "tab character" in problem or (mark and _at(text, mark) == "\t"):
        return "a tab character; YAML does not allow tabs for indentation (or after 'key:'), use spaces"
    if "another document" in problem:
        return "a second YAML document ('---'); a spec file holds exactly one"
    if problem.startswith("mapping values are not allowed"):
        return "': ' inside a value; put the value in quotes"
    if problem.startswith("did not find expected ") and mark:  # libyaml's words for the same
        problem = f"{problem.removeprefix('did not find ')}, but got {_at(text, mark)!r}"
    if exc.context_mark and mark and exc.context_mark.line != mark.line and context:
        return f"YAML syntax: {problem} ({context} from line {exc.context_mark.line + 1})"
    return f"YAML syntax: {problem}" if not context else f"YAML syntax: {problem} ({context})"


def _at(text: str, mark: Any) -> str:
    """The character a parser stopped at (both parsers count lines and columns alike)."""
    lines = text.split("\n")
    line = lines[mark.line] if mark.line < len(lines) else ""
    return line[mark.column : mark.column + 1]


def load_text(text: str, *, pure: bool = False) -> tuple[Any, list[tuple[int, str]]]:
    """Plain data with line marks, and (line, message) problems found on the way; `pure`: with
    PyYAML's pure-Python parser even when libyaml is there (tests compare the two).

    Raises yaml.MarkedYAMLError for what stops parsing (syntax, aliases, tags, odd numbers).
    """
    loader = _LOADERS[0 if pure else -1](text)
    try:
        return loader.get_single_data(), loader.problems
    finally:
        loader.dispose()
