"""The registry of sample targets: a target is one module here, one template, its goldens."""

from __future__ import annotations

from generator.targets import csharp, curl, node, python, ruby
from generator.targets.base import Library, SampleFacts, Target, sample_facts

TARGETS: tuple[Target, ...] = (
    curl.TARGET,
    *node.TARGETS,
    csharp.TARGET,
    ruby.TARGET,
    python.TARGET,
)
TARGETS_BY_KEY = {t.key: t for t in TARGETS}
LIBRARIES: dict[str, Library] = {t.library.name: t.library for t in TARGETS if t.library}

__all__ = [
    "LIBRARIES",
    "TARGETS",
    "TARGETS_BY_KEY",
    "Library",
    "SampleFacts",
    "Target",
    "sample_facts",
]
