"""The one exception type for mistakes a user can fix."""

from __future__ import annotations

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
