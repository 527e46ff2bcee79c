"""Writing generated files: staged in full, then renamed in under a journal, so that a build
that fails changes nothing and one that is killed is finished by the next."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from collections.abc import Mapping, Set
from pathlib import Path

from generator.build.splice import Spliced
from generator.errors import Problem, SpecError

JOURNAL = ".api-samples-journal.json"  # a dot file: MkDocs and Zensical skip it
TEMP_PREFIX = ".api-samples."
TEMP_SUFFIX = ".tmp"


def stage(path: Path, data: bytes | Spliced) -> Path:
    """A temporary file beside `path` holding `data`, ready to be renamed over it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(
        dir=path.parent, prefix=f"{TEMP_PREFIX}{path.name}.", suffix=TEMP_SUFFIX
    )
    try:
        with os.fdopen(fd, "wb") as handle:
            if isinstance(data, Spliced):
                data.write_to(handle.fileno())
            else:
                handle.write(data)
        os.chmod(tmp, 0o644)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return Path(tmp)


def _changed(path: Path, data: bytes | Spliced) -> bool:
    if isinstance(data, Spliced):
        return data.differs_from(path)
    try:  # a file of another size: changed, without reading megabytes (openapi.json)
        found = os.stat(path)
        if stat.S_ISREG(found.st_mode) and found.st_size != len(data):
            return True
        return path.read_bytes() != data
    except FileNotFoundError:
        return True


def _bytes(content: str | bytes | Spliced) -> bytes | Spliced:
    return content.encode("utf-8") if isinstance(content, str) else content


def write_if_changed(path: Path, content: str) -> bool:
    """Atomically replace `path` with `content` unless it already holds exactly that."""
    data = content.encode("utf-8")
    if not _changed(path, data):
        return False
    os.replace(stage(path, data), path)
    return True


def _outside(root: Path, rel: str) -> Path | None:
    """The first place where `rel` leaves `root` or passes a symbolic link, else None."""
    path = Path(rel)
    if path.is_absolute() or ".." in path.parts or not path.parts:
        return root / rel
    here = root
    for part in path.parts:
        here = here / part
        if here.is_symlink():
            return here
    return None


def check_inside(root: Path, rel: str) -> None:
    """A generated file's path: relative, inside `root`, and through no symbolic link."""
    where = _outside(root, rel)
    if where is not None:
        message = f"the build writes only real files and folders inside {root}, not through {where}"
        raise SpecError([Problem(root / rel, None, "", message)])


def _environment_error(exc: OSError, fallback: Path) -> SpecError:
    """An OSError while writing as one clear line (a read-only folder, a file where a folder goes)."""
    where = Path(exc.filename) if exc.filename else fallback
    reason = exc.strerror or type(exc).__name__
    return SpecError([Problem(where, None, "", f"cannot write: {reason}; nothing was changed")])


def _journal(root: Path, state: str, renames: list[tuple[str, str]], removals: list[str]) -> None:
    data = {"state": state, "renames": renames, "removals": removals}
    write_if_changed(root / JOURNAL, json.dumps(data, ensure_ascii=False))


def write_files(
    root: Path,
    files: Mapping[str, str | bytes | Spliced],
    stale: Set[str] = frozenset(),
    last: str | None = None,
) -> tuple[list[str], list[str]]:
    """Write every changed file under `root` and remove `stale` ones; (written, removed).

    Every changed file is first written in full beside its target; only when all are, a journal
    names the renames and removals, which then happen (`last` renamed after the others). A
    failure before that changes no file; a build killed at any moment is finished or undone by
    the next (`recover`). Stale paths outside `root` (a manifest edited by hand) are left alone.
    """
    for rel in files:
        check_inside(root, rel)
    order = sorted(files, key=lambda r: (r == last, r))
    try:
        changed = [(rel, _bytes(files[rel])) for rel in order]
        changed = [(rel, data) for rel, data in changed if _changed(root / rel, data)]
    except OSError as exc:
        raise _environment_error(exc, root) from None
    removals = sorted(r for r in stale if _outside(root, r) is None and (root / r).is_file())
    if not changed and not removals:
        return [], []
    staged: list[tuple[Path, str]] = []
    try:
        _journal(root, "staging", [], [])
        for rel, data in changed:
            staged.append((stage(root / rel, data), rel))
    except BaseException as exc:
        for tmp, _ in staged:
            tmp.unlink(missing_ok=True)
        (root / JOURNAL).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _environment_error(exc, root) from None
        raise
    renames = [(str(Path(rel).parent / tmp.name), rel) for tmp, rel in staged]
    _journal(root, "commit", renames, removals)
    _apply(root, renames, removals)
    return [rel for _, rel in staged], removals


def _apply(root: Path, renames: list[tuple[str, str]], removals: list[str]) -> None:
    """Carry out a journal: renames whose staged file is still there, then removals."""
    for tmp, rel in renames:
        if (root / tmp).is_file():
            os.replace(root / tmp, root / rel)
    for rel in removals:
        (root / rel).unlink(missing_ok=True)
    (root / JOURNAL).unlink(missing_ok=True)


def pending(root: Path) -> bool:
    """Whether a build into `root` was interrupted and is not finished yet."""
    return (root / JOURNAL).is_file()


def recover(root: Path) -> None:
    """Finish a build killed after its journal named what it does; undo one killed before
    (remove its staged files). Without a journal, only a half-written journal can be left."""
    if not pending(root):
        for stale in root.glob(f"{TEMP_PREFIX}{JOURNAL}.*{TEMP_SUFFIX}"):
            stale.unlink(missing_ok=True)  # killed while writing the journal: nothing started
        return
    try:
        journal = json.loads((root / JOURNAL).read_text("utf-8"))
        commit = journal["state"] == "commit"
        renames = [(str(t), str(r)) for t, r in journal["renames"]] if commit else []
        removals = [str(r) for r in journal["removals"]] if commit else []
    except (ValueError, KeyError, TypeError, OSError):
        renames, removals = [], []  # not a journal we wrote: the build rewrites what differs
    renames = [(t, r) for t, r in renames if _outside(root, t) is None and _outside(root, r) is None]
    removals = [r for r in removals if _outside(root, r) is None]
    _apply(root, renames, removals)
    for folder, _, names in os.walk(root):
        for name in names:
            if name.startswith(TEMP_PREFIX) and name.endswith(TEMP_SUFFIX):
                Path(folder, name).unlink(missing_ok=True)
