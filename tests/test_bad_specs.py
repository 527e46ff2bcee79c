"""Every mistake in tests/bad_specs/ gives its exact message and exit 2, and leaves docs/ as it was.

A case is `NAME.yaml` (an endpoint spec, run beside a valid _api.yaml) or a folder `NAME/` (spec
files, plus the valid _api.yaml unless it has its own), with the exact stderr in `NAME.expected`.
`pytest --update-bad-specs` rewrites the expectations; review every changed line before committing.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.build import build
from generator.spec.source import MAX_BYTES

from conftest import ROOT, SPEC_DIRS

BAD = ROOT / "tests" / "bad_specs"
GOOD_API = SPEC_DIRS["applications"] / "_api.yaml"
CASES = sorted(p.stem for p in BAD.iterdir() if p.suffix == ".yaml" or p.is_dir())


@pytest.fixture(scope="session")
def good_docs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder as a good build leaves it."""
    out = tmp_path_factory.mktemp("good") / "docs"
    build(SPEC_DIRS["applications"], out)
    return out


@pytest.fixture
def project(tmp_path: Path, good_docs: Path) -> Path:
    """A folder with spec/ (empty) and docs/ (a good build's output, mtimes kept)."""
    (tmp_path / "spec").mkdir()
    shutil.copytree(good_docs, tmp_path / "docs")
    return tmp_path


def snapshot(root: Path) -> dict[str, tuple[str, int]]:
    """Every file and folder under `root`, hidden ones too: content hash and modification time."""
    state = {}
    for path in sorted(root.rglob("*")):
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "folder"
        state[path.relative_to(root).as_posix()] = (digest, path.stat().st_mtime_ns)
    return state


def run_build(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    """`python -m generator build` with its defaults (spec/ into docs/), as a writer runs it."""
    return subprocess.run(
        [sys.executable, "-m", "generator", "build", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,  # a build that waits on a FIFO fails here instead of hanging the suite
    )


def _fill_spec(case: str, spec: Path) -> None:
    source = BAD / case
    if source.is_dir():
        shutil.copytree(source, spec, dirs_exist_ok=True)
    else:
        shutil.copy(BAD / f"{case}.yaml", spec)
    if not (spec / "_api.yaml").exists():
        shutil.copy(GOOD_API, spec)


def assert_fails_cleanly(project: Path, expected: str) -> None:
    """Exit 2, exactly the expected stderr, nothing on stdout, docs/ untouched."""
    before = snapshot(project / "docs")
    result = run_build(project)
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == expected
    assert snapshot(project / "docs") == before


def test_every_case_has_its_expected_message():
    assert len(CASES) >= 30
    orphans = {p.stem for p in BAD.glob("*.expected")} - set(CASES)
    assert orphans == set(), "an .expected file without its case"


@pytest.mark.parametrize("case", CASES)
def test_bad_spec(case: str, project: Path, request: pytest.FixtureRequest):
    _fill_spec(case, project / "spec")
    expected = BAD / f"{case}.expected"
    if request.config.getoption("--update-bad-specs"):
        expected.write_text(run_build(project).stderr, encoding="utf-8")
    text = expected.read_text(encoding="utf-8")
    header, *problems = text.splitlines()
    count = len(problems)
    assert header == f"error: {count} problem{'s' * (count != 1)} found; nothing was written."
    assert all(line.startswith("spec/") for line in problems), "every problem names its file"
    assert_fails_cleanly(project, text)


def test_too_large_file_is_refused_before_parsing(project: Path):
    spec = project / "spec"
    shutil.copy(GOOD_API, spec)
    # Not even valid YAML: the size is checked before the parser sees a byte.
    (spec / "huge.yaml").write_bytes(b"x: [" + b"1, " * (MAX_BYTES // 3) + b"\n")
    size = (spec / "huge.yaml").stat().st_size
    assert size > MAX_BYTES
    assert_fails_cleanly(
        project,
        "error: 1 problem found; nothing was written.\n"
        f"spec/huge.yaml: file is {size} bytes; a spec file may have at most {MAX_BYTES} bytes\n",
    )


def test_missing_api_file_and_missing_spec_folder(project: Path):
    shutil.copy(SPEC_DIRS["applications"] / "create_application.yaml", project / "spec")
    assert_fails_cleanly(
        project,
        "error: 1 problem found; nothing was written.\n"
        "spec/_api.yaml: not found; every spec folder needs one (the API-wide settings)\n",
    )
    shutil.rmtree(project / "spec")
    assert_fails_cleanly(
        project, "error: 1 problem found; nothing was written.\nspec: no such spec folder\n"
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(project: Path):
    shutil.copy(GOOD_API, project / "spec")
    locked = project / "spec" / "locked.yaml"
    locked.write_text("resource: Applications\n")
    locked.chmod(0)
    assert_fails_cleanly(
        project,
        "error: 1 problem found; nothing was written.\n"
        "spec/locked.yaml: cannot be read: Permission denied\n",
    )


def _one_problem(line: str) -> str:
    return f"error: 1 problem found; nothing was written.\n{line}\n"


def test_file_name_with_a_newline(project: Path):
    spec = project / "spec"
    shutil.copy(GOOD_API, spec)
    shutil.copy(SPEC_DIRS["applications"] / "create_application.yaml", spec / "create\n.yaml")
    message = "the file name is the endpoint's id: use lower-case letters, digits, _ and -"
    assert_fails_cleanly(project, _one_problem(f"spec/create\\u000a.yaml: {message}"))


def test_fifo_is_refused_without_waiting_for_a_writer(project: Path):
    spec = project / "spec"
    shutil.copy(GOOD_API, spec)
    os.mkfifo(spec / "create_application.yaml")
    message = "is a named pipe (FIFO); a spec is a plain file"
    assert_fails_cleanly(project, _one_problem(f"spec/create_application.yaml: {message}"))


OUTSIDE = "is a link to a file outside the spec folder; copy the file in instead"


@pytest.mark.parametrize("target", ["credentials", "/dev/zero", "/proc/self/environ"])
def test_link_out_of_the_spec_folder_is_refused_unread(project: Path, target: str):
    spec = project / "spec"
    shutil.copy(GOOD_API, spec)
    secret = project / "credentials"
    secret.write_text("aws_secret_access_key = SECRET-abc123\n")
    (spec / "create_application.yaml").symlink_to(secret if target == "credentials" else target)
    assert_fails_cleanly(project, _one_problem(f"spec/create_application.yaml: {OUTSIDE}"))


def test_api_file_linked_from_outside_is_refused_unread(project: Path):
    spec = project / "spec"
    shutil.copy(SPEC_DIRS["applications"] / "create_application.yaml", spec)
    outside = project / "settings.yaml"
    shutil.copy(GOOD_API, outside)
    (spec / "_api.yaml").symlink_to(outside)
    assert_fails_cleanly(project, _one_problem(f"spec/_api.yaml: {OUTSIDE}"))


def test_link_inside_the_spec_folder_is_read(project: Path):
    spec = project / "spec"
    (spec / "shared").mkdir()
    shutil.copy(GOOD_API, spec / "shared" / "_api.yaml")
    (spec / "_api.yaml").symlink_to(Path("shared") / "_api.yaml")
    shutil.copy(SPEC_DIRS["applications"] / "create_application.yaml", spec)
    result = run_build(project, "--out", str(project / "fresh"))
    assert (result.returncode, result.stderr) == (0, "")
