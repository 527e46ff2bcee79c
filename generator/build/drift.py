"""Drift check: compare the generated files on disk with what the specs produce; writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator import paths
from generator.build.manifest import previous_files
from generator.build.output import JOURNAL, pending
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
    extra = {rel for rel in previous_files(out) - produced if (out / rel).is_file()}
    extra |= {rel for rel in _files_under(out, paths.SNIPPETS) if rel not in produced}
    if pending(out):
        extra.add(JOURNAL)  # an interrupted build: the next build finishes it
    return Drift(stale, missing, sorted(extra), len(produced))


def _files_under(out: Path, folder: str) -> list[str]:
    """Every file in a folder only the build writes into (the samples), relative to `out`."""
    root = out / folder
    return [str(p.relative_to(out)) for p in root.rglob("*") if p.is_file()] if root.is_dir() else []
