"""scripts/install-system-deps.sh waits for another install's package lock, says so, and gives up.

Debian's real apt-get runs against a real lock held by this test, in an apt directory tree of its
own (APT_CONFIG), so the machine's package state and its locks are never touched.
"""

from __future__ import annotations

import fcntl
import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from conftest import ROOT

SCRIPT = ROOT / "scripts" / "install-system-deps.sh"


@dataclass
class AptTree:
    """An empty apt state (no sources, no installed packages) in a temporary directory."""

    root: Path
    env: dict[str, str]

    def lock(self, step: str) -> Path:
        """The lock file another install holds while it runs `step` ("update" or "install")."""
        return self.root / ("lists/lock" if step == "update" else "dpkg/lock-frontend")


@pytest.fixture
def apt(tmp_path: Path) -> AptTree:
    assert shutil.which("apt-get"), "the script installs with Debian's apt-get"
    for folder in ("lists/partial", "cache/archives/partial", "dpkg", "sources.list.d"):
        (tmp_path / folder).mkdir(parents=True)
    (tmp_path / "dpkg" / "status").touch()
    config = tmp_path / "apt.conf"
    config.write_text(
        f'Dir::State::Lists "{tmp_path}/lists";\n'
        f'Dir::State::status "{tmp_path}/dpkg/status";\n'
        f'Dir::Cache "{tmp_path}/cache";\n'
        'Dir::Etc::SourceList "/dev/null";\n'
        f'Dir::Etc::SourceParts "{tmp_path}/sources.list.d";\n'
    )
    return AptTree(tmp_path, {**os.environ, "APT_CONFIG": str(config)})


@contextmanager
def held(lock: Path) -> Iterator[None]:
    """Hold `lock` as apt and dpkg do (a POSIX record lock), as another install would."""
    fd = os.open(lock, os.O_RDWR | os.O_CREAT, 0o640)
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


def _run_step(apt: AptTree, step: str, timeout: int) -> subprocess.Popen:
    """Run the script's apt step (`apt_update`, or `apt_install` with no package to install)."""
    return subprocess.Popen(
        ["bash", "-c", f'source "$1" && apt_{step}', "bash", str(SCRIPT)],
        env={**apt.env, "APT_LOCK_TIMEOUT": str(timeout)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize("step", ["update", "install"])
def test_waits_for_another_install_and_says_so(apt: AptTree, step: str):
    with held(apt.lock(step)):
        process = _run_step(apt, step, timeout=120)
        said = process.stdout.readline()  # blocks until the script says why it pauses
        assert said.startswith("waiting up to 120s for another package install"), said
        assert str(apt.lock(step)) in said and f"process {os.getpid()}" in said, said
        time.sleep(1)
        assert process.poll() is None, "the script went on while the lock was held"
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    assert out == "", "one line says it waits, then apt's output stays quiet"


@pytest.mark.parametrize("step", ["update", "install"])
def test_gives_up_when_the_lock_stays_held(apt: AptTree, step: str):
    with held(apt.lock(step)):
        process = _run_step(apt, step, timeout=1)
        out, err = process.communicate(timeout=60)
    assert process.returncode != 0, out
    assert str(apt.lock(step)) in err, err
