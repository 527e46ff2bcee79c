"""A spec's sdk entries are read against the library surfaces, which are part of the cache key."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import generator.build.cache as cache

from conftest import SPEC_DIRS


def test_a_surface_edit_changes_the_generator_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    copy = tmp_path / "generator"
    shutil.copytree(cache.GENERATOR_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "GENERATOR_DIR", copy)
    api = SPEC_DIRS["applications"] / "_api.yaml"
    before = cache.generator_key(api)
    surface = copy / "libraries" / "Bandwidth.Net.yaml"
    surface.write_text(
        surface.read_text().replace(
            "- {name: AutoAnswer, type: 'bool?'}", "- {name: AutoAnswer, type: bool}", 1
        )
    )
    assert cache.generator_key(api) != before
