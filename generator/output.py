"""Writing generated files: all or nothing, atomically, and only when the content changed."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_if_changed(path: Path, content: str) -> bool:
    """Atomically replace `path` with `content` unless it already holds exactly that."""
    data = content.encode("utf-8")
    try:
        if path.read_bytes() == data:
            return False
    except FileNotFoundError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_tree(root: Path, files: dict[str, str], previous: set[str]) -> tuple[list[str], list[str]]:
    """Write every file under `root`, remove ones a previous build made that are gone now."""
    written = [rel for rel, content in sorted(files.items()) if write_if_changed(root / rel, content)]
    return written, remove_stale(root, previous - set(files))


def remove_stale(root: Path, stale: set[str]) -> list[str]:
    """Remove files a previous build made under `root` that no build makes any more."""
    removed = []
    for rel in sorted(stale):
        target = root / rel
        if target.is_file():
            target.unlink()
            removed.append(rel)
    return removed
