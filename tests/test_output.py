"""Files the build owns: all or nothing, finished after a kill, never outside docs/ or over a
file it did not make."""

from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.build import build
from generator.build.drift import find_drift
from generator.build.output import JOURNAL, recover, write_files
from generator.errors import SpecError

from conftest import ROOT, SPEC_DIRS
from test_bad_specs import snapshot


def _contents(root: Path) -> dict[str, str]:
    """Every file (hidden ones too) and its hash."""
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _files(root):
    """Every file with its hash and mtime; folders' own mtimes change with any temporary file
    made in them, so only their names count."""
    return {
        rel: state if state[0] != "folder" else "folder" for rel, state in snapshot(root).items()
    }


def test_failure_while_writing_changes_no_file_and_leaves_no_temp_file(tmp_path):
    root = tmp_path / "docs"
    write_files(root, {"a/page.md": "old page", "index.md": "old index"})
    before = _files(root)
    files = {"a/page.md": "new page", "index.md": "new index", "index.md/child.md": "x"}
    with pytest.raises(SpecError) as error:  # index.md is a file, so index.md/ cannot be a folder
        write_files(root, files, {"a/page.md"})
    assert "cannot write" in str(error.value) and "\n" not in str(error.value)
    assert _files(root) == before


def test_files_named_by_an_old_manifest_are_removed_only_inside_the_output(tmp_path):
    root, outside = tmp_path / "docs", tmp_path / "keep.txt"
    outside.write_text("mine")
    write_files(root, {"stale.md": "x", "index.md": "y"})
    written, removed = write_files(
        root, {"index.md": "y"}, {"stale.md", "../keep.txt", str(outside)}
    )
    assert (written, removed) == ([], ["stale.md"])
    assert outside.read_text() == "mine"


def test_a_symlinked_folder_is_neither_followed_nor_emptied(tmp_path):
    out, elsewhere = tmp_path / "docs", tmp_path / "elsewhere"
    build(SPEC_DIRS["applications"], out)
    elsewhere.mkdir()
    (elsewhere / "mine.md").write_text("outside the repository")
    shutil.rmtree(out / "applications")
    (out / "applications").symlink_to(elsewhere, target_is_directory=True)
    with pytest.raises(SpecError) as error:
        build(SPEC_DIRS["applications"], out)
    assert str(out / "applications") in str(error.value)
    assert sorted(p.name for p in elsewhere.iterdir()) == ["mine.md"]


def test_a_spec_never_overwrites_a_hand_written_page(tmp_path):
    spec, out = tmp_path / "spec", tmp_path / "docs"
    shutil.copytree(SPEC_DIRS["applications"], spec)
    build(spec, out)
    mine = out / "applications" / "overview.md"
    mine.write_text("# Written by hand\n")
    (spec / "overview.yaml").write_text(
        (spec / "get_application.yaml").read_text().replace("/applications/{", "/apps/{")
    )
    before = snapshot(out)
    with pytest.raises(SpecError) as error:
        build(spec, out)
    assert str(spec / "overview.yaml") in str(error.value) and str(mine) in str(error.value)
    assert snapshot(out) == before
    (spec / "overview.yaml").unlink()
    build(spec, out)  # and deleting the spec keeps the page
    assert mine.read_text() == "# Written by hand\n"


def test_check_reports_stray_files_in_the_samples_folder(tmp_path):
    out = tmp_path / "docs"
    build(SPEC_DIRS["applications"], out)
    stray = out / "snippets" / "get_application" / "example-9" / "curl.sh"
    stray.parent.mkdir()
    stray.write_text("echo stray\n")
    drift = find_drift(SPEC_DIRS["applications"], out)
    assert drift.extra == ["snippets/get_application/example-9/curl.sh"]


def _synthetic_specs(folder: Path, count: int) -> None:
    """`count` copies of Get Application on distinct paths, so a build writes many files."""
    shutil.copytree(SPEC_DIRS["applications"], folder)
    text = (folder / "get_application.yaml").read_text()
    for i in range(count):
        (folder / f"get_thing_{i}.yaml").write_text(
            text.replace("/applications/{", f"/things{i}/{{").replace("Get Application", f"Get {i}")
        )


def test_a_build_killed_at_any_moment_is_finished_by_the_next(tmp_path):
    """SIGKILL a real build at random moments while it replaces a tree with another: afterwards
    the tree is the old one, the new one, or has a journal that the next build finishes; the next
    build always leaves exactly the new tree, and `check` agrees."""
    old_spec, new_spec = tmp_path / "old", tmp_path / "new"
    _synthetic_specs(old_spec, 40)
    shutil.copytree(old_spec, new_spec)
    for i in range(0, 40, 2):
        (new_spec / f"get_thing_{i}.yaml").unlink()  # removals
    for path in new_spec.glob("get_thing_*.yaml"):
        path.write_text(path.read_text().replace("The id of", "The identifier of"))  # rewrites
    reference = tmp_path / "reference"
    build(new_spec, reference)
    new_tree = {k: v for k, v in _contents(reference).items() if not k.startswith(".api-")}
    rng = random.Random(1234)
    outcomes = {"old": 0, "new": 0, "journal": 0}
    for attempt in range(12):
        out = tmp_path / f"out{attempt}"
        build(old_spec, out)
        old_tree = {k: v for k, v in _contents(out).items() if not k.startswith(".api-")}
        command = [sys.executable, "-m", "generator", "build", "--spec", str(new_spec)]
        process = subprocess.Popen([*command, "--out", str(out), "-q"], cwd=ROOT)
        time.sleep(rng.uniform(0.05, 1.2))
        process.send_signal(signal.SIGKILL)
        process.wait()
        tree = {k: v for k, v in _contents(out).items() if not k.startswith(".api-")}
        if (out / JOURNAL).exists():
            outcomes["journal"] += 1
        elif tree == old_tree:
            outcomes["old"] += 1
        else:
            assert tree == new_tree, f"attempt {attempt}: neither old nor new, and no journal"
            outcomes["new"] += 1
        build(new_spec, out)
        tree = {k: v for k, v in _contents(out).items() if not k.startswith(".api-")}
        assert tree == new_tree, f"attempt {attempt}: the next build did not finish it"
        assert not [p for p in out.rglob("*.tmp")], "temporary files left"
        assert find_drift(new_spec, out).current
    print(f"kills: {outcomes}")


def test_recover_ignores_a_journal_that_points_outside(tmp_path):
    root, outside = tmp_path / "docs", tmp_path / "keep.txt"
    root.mkdir()
    outside.write_text("mine")
    journal = {"state": "commit", "renames": [], "removals": ["../keep.txt", str(outside)]}
    (root / JOURNAL).write_text(json.dumps(journal))
    recover(root)
    assert outside.read_text() == "mine" and not (root / JOURNAL).exists()


def test_a_build_killed_while_renaming_is_rolled_forward(tmp_path, monkeypatch):
    """Killed after the journal named its renames and removals: the next build completes them."""
    import generator.build.output as output

    root = tmp_path / "docs"
    write_files(root, {"a.md": "old a", "b.md": "old b", "gone.md": "old"})
    real_replace, calls = os.replace, []

    def dies_after_one(src, dst):
        if len(calls) == 3:  # the journal twice (staging, commit), then one rename
            raise KeyboardInterrupt  # as a kill would stop it, mid-way
        calls.append(dst)
        real_replace(src, dst)

    monkeypatch.setattr(output.os, "replace", dies_after_one)
    with pytest.raises(KeyboardInterrupt):
        write_files(root, {"a.md": "new a", "b.md": "new b"}, {"gone.md"})
    monkeypatch.setattr(output.os, "replace", real_replace)
    assert (root / JOURNAL).exists()
    recover(root)
    assert {p.name: p.read_text() for p in root.iterdir()} == {"a.md": "new a", "b.md": "new b"}


def test_a_build_into_a_relative_folder(tmp_path, monkeypatch):
    """`python -m generator build` from the repository: docs/ is a relative path."""
    shutil.copytree(SPEC_DIRS["applications"], tmp_path / "spec")
    monkeypatch.chdir(tmp_path)
    first = build(Path("spec"), Path("docs"))
    assert first.written and not list(tmp_path.rglob("*.tmp"))
    assert build(Path("spec"), Path("docs")).written == []


def test_a_build_killed_while_writing_its_journal_leaves_nothing_behind(tmp_path):
    root = tmp_path / "docs"
    write_files(root, {"a.md": "a"})
    half = root / f".api-samples.{JOURNAL}.x1y2z3.tmp"
    half.write_text('{"state": "stag')
    recover(root)
    assert sorted(p.name for p in root.iterdir()) == ["a.md"]
