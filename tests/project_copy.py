"""A throwaway copy of the site's sources, so tests can build or serve it without touching docs/."""

from __future__ import annotations

import shutil
from pathlib import Path

from conftest import ROOT

SITE_SOURCES = ("spec", "templates", "docs", "mkdocs.yml")


def copy_project(dest: Path) -> Path:
    """Copy spec/, templates/, docs/ and mkdocs.yml into `dest`; return `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in SITE_SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, dest / name)
        else:
            shutil.copy2(source, dest / name)
    return dest
