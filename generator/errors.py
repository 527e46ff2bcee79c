"""The one exception type for mistakes a user can fix."""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol


@dataclass(frozen=True)
class Problem:
    """One mistake in one file, located as precisely as the parser allows."""

    file: Path | None
    line: int | None
    field: str
    message: str

    def __str__(self) -> str:
        parts = [str(self.file)] if self.file else []
        if self.file and self.line:
            parts[0] += f":{self.line}"
        if self.field:
            parts.append(self.field)
        return ": ".join([*parts, self.message])


class Report(Protocol):
    """Where a check reports a problem: at a path of keys in the file being checked."""

    def add(self, path: Sequence[Any], message: str) -> None:
        """Record `message` for the field at `path` (e.g. `["parameters", 3, "default"]`)."""


class SpecError(Exception):
    """A user mistake (bad spec, bad option); carries every problem found, not only the first."""

    def __init__(self, problems: list[Problem] | str):
        if isinstance(problems, str):
            problems = [Problem(None, None, "", problems)]
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


def invisible(c: str) -> bool:
    """Whether a character would hide or split a one-line message."""
    return unicodedata.category(c) in ("Cc", "Zl", "Zp")


def show(value: Any) -> str:
    """A value as the writer would recognise it: JSON spelling, shortened."""
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = json.dumps(value, ensure_ascii=False)
    # Line and paragraph separators, NEL and DEL would hide or split a one-line message.
    text = "".join(f"\\u{ord(c):04x}" if invisible(c) else c for c in text)
    return text if len(text) <= 60 else text[:56] + '..."'
