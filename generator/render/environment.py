"""The one Jinja environment: strict, with the project's escaping filters."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import BytecodeCache, Environment, FileSystemLoader, StrictUndefined

from generator.literals import FILTERS

_HERE = Path(__file__).resolve().parent.parent
# Installed from a wheel: generator/templates; from a source checkout: the repository's templates/.
TEMPLATES = next(p for p in (_HERE / "templates", _HERE.parent / "templates") if p.is_dir())
OPTIONS: dict[str, Any] = {  # part of the key of compiled templates kept across processes
    "undefined": StrictUndefined,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
    "autoescape": False,
}


def environment(
    template_dir: Path = TEMPLATES, compiled: BytecodeCache | None = None
) -> Environment:
    """The project's single, strict Jinja environment (`compiled`: where compiled templates
    are kept across processes)."""
    env = Environment(loader=FileSystemLoader(template_dir), bytecode_cache=compiled, **OPTIONS)
    env.filters.update(FILTERS)
    return env
