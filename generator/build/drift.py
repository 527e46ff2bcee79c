"""Drift check: compare the generated files on disk with what the specs produce; writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.build.manifest import previous_files
from generator.build.pipeline import Pipeline
from generator.render import TEMPLATES


@dataclass(frozen=True)
class Drift:
    """Generated files that differ from, are absent from, or are no longer produced by the specs."""

    stale: list[str]
    missing: list[str]
    extra: list[str]
    checked: int

    @property
    def current(self) -> bool:
        """True when the folder holds exactly what a build would write."""
        return not (self.stale or self.missing or self.extra)


def find_drift(spec_dir: Path, out: Path, template_dir: Path = TEMPLATES) -> Drift:
    """Render every file in memory, as a build would (the same pipeline, no cache), and compare
    it with `out` byte for byte."""
    generated, _ = Pipeline().run(spec_dir, None, None, template_dir)
    stale, missing = [], []
    for rel, content in sorted(generated.rendered.items()):
        try:
            if (out / rel).read_bytes() != content.encode("utf-8"):
                stale.append(rel)
        except FileNotFoundError:
            missing.append(rel)
    produced = set(generated.rendered)
    extra = sorted(rel for rel in previous_files(out) - produced if (out / rel).is_file())
    return Drift(stale, missing, extra, len(produced))
