"""Drift check: compare the generated files on disk with what the specs produce; writes nothing."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from generator.build import previous_files, render_all
from generator.render import TEMPLATES
from generator.spec import load_specs


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
    """Render every file in memory and compare it with `out`, byte for byte."""
    api, endpoints = load_specs(spec_dir)
    files = render_all(api, endpoints, None, template_dir)
    stale, missing = [], []
    for rel, content in sorted(files.items()):
        try:
            if (out / rel).read_bytes() != content.encode("utf-8"):
                stale.append(rel)
        except FileNotFoundError:
            missing.append(rel)
    extra = sorted(rel for rel in previous_files(out) - set(files) if (out / rel).is_file())
    return Drift(stale, missing, extra, len(files))
