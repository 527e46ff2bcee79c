"""`python -m generator check`: fails on drift between specs and the generated folder, writes nothing."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from generator.build import build

from conftest import ROOT, SPEC_DIRS


def _check(spec: Path, docs: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", "check", "--spec", str(spec), "--docs", str(docs)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _listed(output: str, label: str) -> set[str]:
    """The paths `check` printed under one label, relative to the docs folder it was given."""
    return {
        line.split(maxsplit=1)[1] for line in output.splitlines() if line.split()[:1] == [label]
    }


def test_published_docs_are_current():
    """docs/ in the repository is exactly what spec/ produces (regenerate with `make generate`)."""
    result = _check(ROOT / "spec", ROOT / "docs")
    assert result.returncode == 0, result.stdout + result.stderr


def test_edited_spec_fails_until_rebuilt_and_check_writes_nothing(tmp_path):
    spec, docs = tmp_path / "spec", tmp_path / "docs"
    shutil.copytree(SPEC_DIRS["applications"], spec)
    build(spec, docs)
    assert _check(spec, docs).returncode == 0

    endpoint_spec = spec / "create_application.yaml"
    data = yaml.safe_load(endpoint_spec.read_text("utf-8"))
    data["examples"][0]["title"] += " (edited)"
    endpoint_spec.write_text(yaml.safe_dump(data, sort_keys=False), "utf-8")
    (docs / "snippets" / "create_application" / "example-2" / "ruby.rb").unlink()
    before = _snapshot(docs)

    result = _check(spec, docs)
    assert result.returncode == 1
    assert _snapshot(docs) == before, "check changed the docs folder"
    assert _listed(result.stdout, "stale") == {
        str(docs / "applications/create-application.md"),
        str(docs / "openapi.json"),  # the example's title is the name of its OpenAPI example
    }
    assert _listed(result.stdout, "missing") == {
        str(docs / "snippets/create_application/example-2/ruby.rb")
    }
    assert "python -m generator build" in result.stdout

    build(spec, docs)
    assert _check(spec, docs).returncode == 0


def test_files_of_a_removed_spec_are_listed_as_extra(tmp_path):
    spec, docs = tmp_path / "spec", tmp_path / "docs"
    shutil.copytree(SPEC_DIRS["fixtures"], spec)
    before = build(spec, docs).files
    (spec / "update_bridge.yaml").unlink()
    after = build(spec, tmp_path / "fresh").files

    result = _check(spec, docs)
    assert result.returncode == 1
    gone = {str(docs / rel) for rel in set(before) - set(after)}
    assert gone and _listed(result.stdout, "extra") == gone
    changed = {str(docs / rel) for rel, text in after.items() if before.get(rel) != text}
    assert changed and _listed(result.stdout, "stale") == changed


def test_broken_spec_is_a_user_error(tmp_path):
    spec = tmp_path / "spec"
    shutil.copytree(SPEC_DIRS["applications"], spec)
    (spec / "create_application.yaml").write_text("title: [unclosed\n", "utf-8")
    result = _check(spec, tmp_path / "docs")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr and "create_application.yaml" in result.stderr
