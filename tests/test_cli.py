"""The command line: help everywhere, user mistakes exit 2 in one block, bugs exit 3 with a traceback."""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import _parser

from conftest import ROOT
from test_bad_specs import snapshot

COMMANDS = list(
    next(a for a in _parser()._actions if isinstance(a, argparse._SubParsersAction)).choices
)


def _run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], cwd=cwd, capture_output=True, text=True)


@pytest.mark.parametrize("command", [[], *([c] for c in COMMANDS)], ids=["main", *COMMANDS])
def test_help_on_every_command(command):
    result = _run("-m", "generator", *command, "--help")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout.startswith(f"usage: python -m generator {' '.join(command)}".rstrip())
    assert "--help" in result.stdout


@pytest.mark.parametrize(
    ("args", "says"),
    [
        ([], "the following arguments are required: COMMAND"),
        (["build", "--bogus"], "unrecognized arguments: --bogus"),
        (["build", "--base-url", "localhost:8000"], "'localhost:8000' is not like http://"),
        (["build", "--base-url", "http://127.0.0.1:1/v1"], "is not like http://"),
        (["build", "--out", "README.md"], "error: 1 problem found; nothing was written.\n"),
        (["build", "--base-url", "http://127.0.0.1:8001"], "give --out DIR too"),
    ],
)
def test_user_mistakes_exit_2_with_one_block_and_no_traceback(args, says):
    before = snapshot(ROOT / "docs")
    result = _run("-m", "generator", *args)
    assert result.returncode == 2 and result.stdout == ""
    assert says in result.stderr and "Traceback" not in result.stderr
    assert snapshot(ROOT / "docs") == before


def test_internal_error_exits_3_with_a_traceback_and_writes_nothing(tmp_path):
    """A template bug is ours, not the writer's: full traceback, and docs/ as it was."""
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    page = templates / "page.md.j2"
    page.write_text(page.read_text() + "{{ endpoint.no_such_field }}\n")
    out = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", out)
    before = snapshot(out)
    # The real main(), with only the template folder of its build swapped for the broken one.
    program = (
        "import functools, sys; from pathlib import Path; import generator.cli as cli; "
        "cli.build = functools.partial(cli.build, template_dir=Path(sys.argv[1])); "
        "sys.exit(cli.main(sys.argv[2:]))"
    )
    result = _run("-c", program, str(templates), "build", "--out", str(out))
    assert result.returncode == 3
    assert result.stderr.startswith("Traceback (most recent call last):")
    assert "jinja2.exceptions.UndefinedError" in result.stderr and "no_such_field" in result.stderr
    assert snapshot(out) == before


def test_version_and_the_name_it_was_called_by(tmp_path):
    result = _run("-m", "generator", "--version")
    assert result.returncode == 0 and result.stdout.startswith("python -m generator ")
    script = Path(sys.executable).parent / "api-samples"  # the package's console script
    called = subprocess.run([str(script), "--help"], capture_output=True, text=True)
    assert called.stdout.startswith("usage: api-samples ")
