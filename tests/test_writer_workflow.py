"""What a docs writer does, on a copy of the repository: edit an example, add an endpoint,
regenerate, run the tests; no test code is touched and nothing fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import NODE_MODULES, ROOT, SAMPLES_PYTHON, SETUP_HINT

LIST_MESSAGES = """\
resource: Messages
title: List Messages
description: Get a list of your messages, one page at a time.
method: GET
path: /v1/users/{userId}/messages
parameters:
  - name: size
    in: query
    type: integer
    minimum: 1
    maximum: 1000
    default: 25
    description: Used for pagination to indicate the size of each page requested.
examples:
  - title: List your messages
    values: {}
  - title: List your messages, 100 to a page
    values:
      size: 100
sdk:
  node-bandwidth: {resource: Message, method: list, result: list, list_field: messages}
  Bandwidth.Net: {resource: Message, method: List, data_class: MessageQuery, result: list, async: false}
  ruby-bandwidth: {resource: Message, method: list, result: list}
  bandwidth-sdk: {client: messaging, method: list_messages, result: list}
"""


@pytest.fixture(scope="module")
def repository(tmp_path_factory) -> Path:
    """A copy of the committed files, with the installed sample libraries linked in."""
    assert SAMPLES_PYTHON.exists() and NODE_MODULES.is_dir(), SETUP_HINT
    copy = tmp_path_factory.mktemp("writer") / "repo"
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        capture_output=True,
        check=True,
    ).stdout.split(b"\0")
    for name in filter(None, (n.decode() for n in listed)):
        source, target = ROOT / name, copy / name
        if source.is_file() and not source.is_symlink():
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(source.read_bytes())
    (copy / ".venv-samples").symlink_to(ROOT / ".venv-samples")
    (copy / "tests" / "node" / "node_modules").symlink_to(NODE_MODULES)
    return copy


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTEST")}
    return subprocess.run(
        [sys.executable, *args], cwd=repo, capture_output=True, text=True, env=env, timeout=900
    )


def _tests(repo: Path, *selection: str) -> None:
    result = _run(repo, "-m", "pytest", "-q", "-p", "no:cacheprovider", *selection)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert " passed" in result.stdout and "skipped" not in result.stdout, result.stdout[-2000:]


def test_edit_an_example_regenerate_and_the_tests_pass(repository):
    spec = repository / "spec" / "create_application.yaml"
    text = spec.read_text("utf-8")
    assert "MyFirstApp" in text
    spec.write_text(text.replace("MyFirstApp", "Renamed by a writer"), "utf-8")
    assert _run(repository, "-m", "generator", "check").returncode == 1
    assert _run(repository, "-m", "generator", "build", "-q").returncode == 0
    assert _run(repository, "-m", "generator", "check").returncode == 0
    _tests(
        repository,
        "tests/test_samples_run.py",
        "-k",
        "published and create_application",
        "tests/test_golden.py",
        "tests/test_check.py",
        "tests/test_build.py",
        "tests/test_python_layout.py",
    )


def test_add_a_list_endpoint_regenerate_and_its_samples_run(repository):
    (repository / "spec" / "list_messages.yaml").write_text(LIST_MESSAGES, "utf-8")
    assert _run(repository, "-m", "generator", "build", "-q").returncode == 0
    assert (repository / "docs" / "messages" / "list-messages.md").is_file()
    result = _run(
        repository, "-m", "pytest", "-q", "-p", "no:cacheprovider",
        "tests/test_samples_run.py", "-k", "published and list_messages", "-rA",
    )  # fmt: skip
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    ran = [line for line in result.stdout.splitlines() if line.startswith("PASSED")]
    # two examples, six targets, none skipped: each sample run, its output compared with its
    # tab's, and its request's meaning checked
    assert len(ran) == 36, result.stdout[-3000:]
