"""Writing generated files: all or nothing, atomically, and only when the content changed."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def _stage(path: Path, data: bytes) -> Path:
    """A temporary file beside `path` holding `data`, ready to be renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _changed(path: Path, data: bytes) -> bool:
    try:
        return path.read_bytes() != data
    except FileNotFoundError:
        return True


def write_if_changed(path: Path, content: str) -> bool:
    """Atomically replace `path` with `content` unless it already holds exactly that."""
    data = content.encode("utf-8")
    if not _changed(path, data):
        return False
    os.replace(_stage(path, data), path)
    return True


def write_files(root: Path, files: Mapping[str, str]) -> list[str]:
    """Write every file under `root` whose content changed; the ones written, in order.

    Every changed file is first written in full beside its target; only when all are, they are
    renamed into place, so a failure while writing (a full disk, say) changes no file.
    """
    staged: list[tuple[Path, str]] = []
    try:
        for rel in sorted(files):
            data = files[rel].encode("utf-8")
            if _changed(root / rel, data):
                staged.append((_stage(root / rel, data), rel))
    except BaseException:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        raise
    for tmp, rel in staged:
        os.replace(tmp, root / rel)
    return [rel for _, rel in staged]


def remove_stale(root: Path, stale: set[str]) -> list[str]:
    """Remove files a previous build made under `root` that no build makes any more."""
    removed = []
    for rel in sorted(stale):
        if Path(rel).is_absolute() or ".." in Path(rel).parts:
            continue  # a manifest edited by hand must not delete files outside `root`
        target = root / rel
        if target.is_file():
            target.unlink()
            removed.append(rel)
    return removed
