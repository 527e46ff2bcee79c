"""The registry of sample targets: every module of this package (but `base`) holds its targets.

Adding a target is one module here (its `TARGETS`), one template `templates/samples/<key>.<ext>.j2`,
its golden files and its runner in the tests.
"""

from __future__ import annotations

import importlib
import pkgutil

from generator.targets.base import (
    DONE,
    CallArguments,
    Library,
    SampleFacts,
    Target,
    call_arguments,
    lacks_note,
    passes_data,
    sample_facts,
)


def _discover() -> tuple[Target, ...]:
    """Every module's targets, in tab order."""
    found: list[Target] = []
    for info in pkgutil.iter_modules(__path__):
        if info.name != "base":
            found.extend(importlib.import_module(f"{__name__}.{info.name}").TARGETS)
    return tuple(sorted(found, key=lambda t: t.position))


TARGETS = _discover()
TARGETS_BY_KEY = {t.key: t for t in TARGETS}
LIBRARIES: dict[str, Library] = {t.library.name: t.library for t in TARGETS if t.library}

__all__ = [
    "DONE",
    "CallArguments",
    "call_arguments",
    "passes_data",
    "LIBRARIES",
    "TARGETS",
    "TARGETS_BY_KEY",
    "Library",
    "SampleFacts",
    "Target",
    "lacks_note",
    "sample_facts",
]
