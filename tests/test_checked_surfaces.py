"""Library surfaces a build checked once are read back from its cache, never trusted blindly."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

import generator.libraries.loader as loader_module
from generator.build import build
from generator.build.cache import CACHE_DIR, SURFACES_DIR
from generator.errors import SpecError
from generator.libraries import FOLDER, checked, load_surface

from conftest import SPEC_DIRS


@pytest.fixture
def kept(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The surfaces folder of a build's cache (the build has checked and kept every surface)."""
    monkeypatch.setattr(checked, "_folder", None)  # restored after the test
    out = tmp_path / "out"
    build(SPEC_DIRS["applications"], out)
    folder = out / CACHE_DIR / SURFACES_DIR
    for path in FOLDER.glob("*.yaml"):
        load_surface(path)  # this process may have loaded them before the build named its cache
    checked.save()
    return folder


def _no_yaml(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    read: list[Path] = []
    original = loader_module.read_yaml

    def counting(path, **kwargs):
        read.append(path)
        return original(path, **kwargs)

    monkeypatch.setattr(loader_module, "read_yaml", counting)
    return read


def test_a_checked_surface_is_built_from_the_kept_data_equal_to_reading_it(kept, monkeypatch):
    assert sorted(p.name for p in kept.iterdir()) == sorted(
        f"{p.name}.json" for p in FOLDER.glob("*.yaml")
    )
    checked.keep_in(None)
    fresh = {p.name: load_surface(p) for p in FOLDER.glob("*.yaml")}
    checked.keep_in(kept)
    read = _no_yaml(monkeypatch)
    assert {p.name: load_surface(p) for p in FOLDER.glob("*.yaml")} == fresh
    assert read == []


def test_an_edited_surface_is_checked_again_despite_a_kept_copy(kept, tmp_path, monkeypatch):
    bad = tmp_path / "node-bandwidth.yaml"  # the same name as a kept one, other bytes
    bad.write_text((FOLDER / "node-bandwidth.yaml").read_text().replace("http: GET", "htp: GET", 1))
    read = _no_yaml(monkeypatch)
    with pytest.raises(SpecError, match="'http' is missing"):
        load_surface(bad)
    assert read == [bad]


def test_a_kept_copy_edited_by_hand_is_not_used(kept, monkeypatch):
    path = kept / "node-bandwidth.yaml.json"
    data = json.loads(path.read_text("utf-8"))
    del data["data"]["resources"]  # the key still matches the surface's bytes
    path.write_text(json.dumps(data), "utf-8")
    read = _no_yaml(monkeypatch)
    library = load_surface(FOLDER / "node-bandwidth.yaml")
    checked.save()
    assert read == [FOLDER / "node-bandwidth.yaml"]
    assert library.resources
    assert json.loads(path.read_text("utf-8"))["data"]["resources"], "checked and kept again"


def test_without_a_cache_nothing_is_kept(tmp_path, monkeypatch):
    monkeypatch.setattr(checked, "_folder", None)
    copy = tmp_path / "ruby-bandwidth.yaml"
    shutil.copy2(FOLDER / "ruby-bandwidth.yaml", copy)
    load_surface(copy)
    checked.save()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["ruby-bandwidth.yaml"]


def test_a_failed_build_keeps_nothing(tmp_path, monkeypatch):
    monkeypatch.setattr(checked, "_folder", tmp_path / "kept")
    load_surface(FOLDER / "ruby-bandwidth.yaml")  # checked, noted: written only by save()
    assert not (tmp_path / "kept").exists()
    monkeypatch.setattr(checked, "_pending", {})
