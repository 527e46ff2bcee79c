"""Gather the problems of one spec file, each with its line and field, to report all at once."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

from generator.errors import Problem, SpecError
from generator.spec.fields import field_name
from generator.spec.messages import schema_problems, show
from generator.spec.source import line_of, read_yaml
from generator.spec.validation import Schema


class Collector:
    """Gathers the problems of one file so that all are reported at once (a `Report`)."""

    def __init__(self, file: Path, data: Any, problems: list[Problem] | None = None):
        self.file, self.data, self.problems = file, data, list(problems or [])

    def add(self, path: Sequence[Any], message: str) -> None:
        """Record `message` for the field at `path`, with its line and its name in spec terms."""
        self.problems.append(
            Problem(self.file, line_of(self.data, path), field_name(self.data, path), message)
        )

    def check_schema(self, root_schema: dict[str, Any]) -> None:
        """Report every place the data does not meet `root_schema`; missing keys once per mapping."""
        missing: dict[tuple[Any, ...], list[str]] = {}
        for error in _root(root_schema).errors(self.data):
            if error.validator == "required":
                keys, instance = cast(list[str], error.validator_value), cast(Any, error.instance)
                missing.setdefault(tuple(error.absolute_path), []).extend(
                    repr(key) for key in keys if key not in instance
                )
                continue
            for path, message in schema_problems(error):
                self.add(path, message)
        for where, keys in missing.items():
            self.add(list(where), f"missing: {', '.join(dict.fromkeys(keys))}")

    def raise_if_any(self) -> None:
        """Raise SpecError with every problem, from the top of the file down, if there is one."""
        if self.problems:
            raise SpecError(sorted(self.problems, key=lambda p: (p.line or 0, p.field)))


_ROOTS: dict[int, Schema] = {}  # the two spec schemas (module constants), compiled once


def _root(root_schema: dict[str, Any]) -> Schema:
    """A spec file's schema, checked fast (every pattern in ours is portable, see validation.py)."""
    found = _ROOTS.get(id(root_schema))
    if found is None or found.schema is not root_schema:
        found = _ROOTS[id(root_schema)] = Schema(root_schema, portable=True)
    return found


def read_spec(path: Path, root_schema: dict[str, Any], what: str) -> Collector:
    """Load one file and check its shape; a file that is not a mapping stops here."""
    data, problems = read_yaml(path)
    found = Collector(path, data, problems)
    if isinstance(data, dict):
        found.check_schema(root_schema)
        return found
    shape = "is empty" if data is None else f"holds {show(data)}"
    found.add([], f"the file {shape}; {what} is a mapping of fields (key: value)")
    raise SpecError(found.problems)


def mapping_items(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mapping items of a list field, with their positions; anything else was reported."""
    items = data.get(key)
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, dict)]


def sdk_entries(data: dict[str, Any]) -> list[tuple[list[Any], dict[str, Any]]]:
    """Every call of the `sdk` section with where it is: `sdk.LIB`, or `sdk.LIB.N` in a list."""
    sdk = data.get("sdk")
    found: list[tuple[list[Any], dict[str, Any]]] = []
    for library, raw in sdk.items() if isinstance(sdk, dict) else ():
        if isinstance(raw, dict):
            found.append((["sdk", library], raw))
        elif isinstance(raw, list):
            found += [(["sdk", library, i], c) for i, c in enumerate(raw) if isinstance(c, dict)]
    return found
