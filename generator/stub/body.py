"""Reading a request body as JSON: only JSON text, unique keys, bounded nesting, real Unicode."""

from __future__ import annotations

import json
import re
from typing import Any

from generator.stub.answers import JSON_MEDIA_TYPE
from generator.stub.checks import Violation
from generator.stub.state import check_json_text

# Deeper than any body a spec can declare (objects of lists or mappings), shallow enough that
# parsing, validating and answering never come near Python's recursion limit.
MAX_DEPTH = 32
_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")


def parse_body(raw: bytes, content_type: str | None) -> tuple[Any, Violation | None]:
    """The JSON value of a request body ({} when empty), or why it cannot be read (a body of
    only white space is not JSON: the API refuses it)."""
    if not raw:
        return {}, None
    media_type = (content_type or "").split(";")[0].strip().lower()
    if media_type != JSON_MEDIA_TYPE:
        message = f"the body must be sent as {JSON_MEDIA_TYPE}, not {content_type!r}"
        return None, Violation("", "unsupported-media-type", message)
    if nesting_depth(raw) > MAX_DEPTH:
        message = f"the body nests arrays or objects deeper than {MAX_DEPTH} levels"
        return None, Violation("", "invalid-body", message)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return None, Violation("", "invalid-body", "the body is not UTF-8")
    try:
        value = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_no_constant)
    except (ValueError, RecursionError) as exc:
        return None, Violation("", "invalid-body", f"the body is not valid JSON: {exc}")
    try:
        check_json_text(value)
    except ValueError as exc:
        message = f"the body holds a lone surrogate escape, which is not Unicode text ({exc})"
        return None, Violation("", "invalid-body", message)
    return value, None


def nesting_depth(raw: bytes) -> int:
    """How deep arrays and objects nest in JSON text (brackets inside strings do not count)."""
    depth = deepest = 0
    for bracket in _BRACKET.finditer(_STRING.sub(b'""', raw)):
        depth += 1 if bracket[0] in b"[{" else -1
        deepest = max(deepest, depth)
    return deepest


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise ValueError(f"key {key!r} appears twice")
        result[key] = value
    return result


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")
