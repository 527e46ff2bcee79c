"""Check data against a JSON Schema: jsonschema-rs says whether it passes, jsonschema says why not.

A spec edit validates one file, and importing jsonschema (with referencing, attrs and its format
checkers) costs more than the rest of that rebuild's checks. jsonschema-rs answers "valid" in a
fraction of that; only data it refuses (or cannot take: a key that is not text, a value that is
not JSON) is checked again by jsonschema, whose errors (rule, path, value) the messages are made
of. So jsonschema stays the judge: the fast answer is used only when it is "valid", and only for
schemas whose every `pattern` reads alike in Python's re and in jsonschema-rs (ECMA-262 style):
ours are written with END and SPACE below; a writer's own `pattern` is always checked by jsonschema.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import jsonschema

# The end of the text, read alike by Python's re and ECMA-262 (Python's `$` also matches before a
# final line break; `\Z` is Python's alone and `\z` ECMA's alone).
END = "(?![\\s\\S])"
# What Python's `\s` matches in text, written out (ECMA-262's `\s` differs: no \x1c-\x1f or \x85,
# but U+FEFF): tests/test_validation.py compares the two over every code point.
SPACE = "\\t-\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000"


class Schema:
    """A JSON Schema (Draft 2020-12), its validators compiled when first needed."""

    def __init__(self, schema: dict[str, Any], *, portable: bool) -> None:
        """`portable`: every `pattern` in it is written to read alike in both (END, SPACE)."""
        self.schema = schema
        self._fast: Any = None if portable else False
        self._full: jsonschema.protocols.Validator | None = None

    def accepts(self, instance: Any) -> bool:
        """Whether `instance` meets the schema."""
        return self._fast_accepts(instance) or not any(self._validator().iter_errors(instance))

    def errors(self, instance: Any) -> list[jsonschema.ValidationError]:
        """Every way `instance` fails the schema, as jsonschema reports it; [] when it meets it."""
        if self._fast_accepts(instance):
            return []
        return list(self._validator().iter_errors(instance))

    def _fast_accepts(self, instance: Any) -> bool:
        if self._fast is None:
            self._fast = _compiled(self.schema)
        return _accepts(self._fast, instance)

    def _validator(self) -> jsonschema.protocols.Validator:
        if self._full is None:
            import jsonschema  # only for data the fast check refused

            self._full = jsonschema.Draft202012Validator(self.schema)
        return self._full


def _compiled(schema: dict[str, Any]) -> Any:
    """jsonschema-rs's validator of `schema`, or False where it is not installed or refuses it."""
    try:
        import jsonschema_rs
    except ImportError:
        return False
    try:
        return jsonschema_rs.Draft202012Validator(
            schema, validate_formats=False, pattern_options=jsonschema_rs.FancyRegexOptions()
        )
    except (ValueError, TypeError):
        return False


def errors(schema: dict[str, Any], instance: Any, *, portable: bool) -> list[Any]:
    """Every way `instance` fails a schema built for one check (a parameter's value schema; see
    Schema.errors). The fast validators are kept by the schema's JSON: parameters of one kind
    share them, so a full build compiles a few dozen, not one per value."""
    if portable and _accepts(_compiled_as(schema), instance):
        return []
    import jsonschema  # only for data the fast check refused

    return list(jsonschema.Draft202012Validator(schema).iter_errors(instance))


def _compiled_as(schema: dict[str, Any]) -> Any:
    try:
        key = json.dumps(schema, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return False  # not JSON: jsonschema's call
    return _compiled_by_key(key)


@lru_cache(maxsize=1024)
def _compiled_by_key(key: str) -> Any:
    return _compiled(json.loads(key))


def _accepts(fast: Any, instance: Any) -> bool:
    """Whether jsonschema-rs's validator `fast` (False: none) accepts `instance`."""
    if fast is False:
        return False
    try:
        return bool(fast.is_valid(instance))
    except (ValueError, TypeError, OverflowError, RecursionError):
        return False  # not JSON as it reads it (a key that is not text, say): jsonschema's call
