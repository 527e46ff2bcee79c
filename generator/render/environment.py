"""The one Jinja environment: strict, with the project's escaping filters."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.literals import FILTERS

_HERE = Path(__file__).resolve().parent.parent
# Installed from a wheel: generator/templates; from a source checkout: the repository's templates/.
TEMPLATES = next(p for p in (_HERE / "templates", _HERE.parent / "templates") if p.is_dir())


def environment(template_dir: Path = TEMPLATES) -> Environment:
    """The project's single, strict Jinja environment."""
    env = Environment(
        loader=FileSystemLoader(template_dir),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    return env
