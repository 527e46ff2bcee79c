"""Surface files checked before, read back without YAML and the schema.

Reading and checking the four surface files costs about 0.15 s of every process that validates
or renders a spec (a one-spec rebuild of a 1,000-endpoint API took 0.5 s in all). Once a file
has passed, its plain data is kept as JSON in the folder named by `keep_in` (a build names its
cache, `.api-samples-cache/surfaces/`, written by `save` once the build has succeeded), keyed
by a hash of the file's bytes and of the schema and loader that checked it; a later process
that finds the same key builds the Library from that data (a few milliseconds). Without a
folder, or where it is not writable, nothing is kept.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

_HERE = Path(__file__).resolve().parent
_CHECKERS = ("loader.py", "schema.py", "checked.py")  # what decides that a file passes
_checker_digest: str | None = None
_folder: Path | None = None
_pending: dict[Path, str] = {}  # kept by `save`: only a build that succeeds writes


def keep_in(folder: Path | None) -> None:
    """Keep checked data in `folder` from now on (None: nowhere); what an earlier build noted
    and did not save is dropped (that build failed)."""
    global _folder
    _folder = folder
    _pending.clear()


def _key(raw: bytes) -> str:
    global _checker_digest
    if _checker_digest is None:
        digest = hashlib.sha256(sys.version.encode())
        for name in _CHECKERS:
            digest.update(b"\0" + (_HERE / name).read_bytes())
        _checker_digest = digest.hexdigest()
    return hashlib.sha256(f"{_checker_digest}\0".encode() + raw).hexdigest()


def _kept(path: Path) -> Path | None:
    return _folder / f"{path.name}.json" if _folder is not None else None


def checked_data(path: Path, raw: bytes) -> dict[str, Any] | None:
    """The data of a surface file whose bytes are `raw`, if those bytes passed before."""
    where = _kept(path)
    try:
        kept = json.loads(where.read_bytes()) if where else None
    except (OSError, ValueError):
        return None
    if not isinstance(kept, dict) or kept.get("key") != _key(raw):
        return None
    data = kept.get("data")
    return data if isinstance(data, dict) else None


def remember(path: Path, raw: bytes, data: dict[str, Any]) -> None:
    """Note the data of a surface file that passed (its bytes `raw`), for `save`."""
    kept = _kept(path)
    if kept is None:
        return
    try:
        _pending[kept] = json.dumps(
            {"key": _key(raw), "data": data}, ensure_ascii=False, allow_nan=False
        )
    except (OSError, TypeError, ValueError):
        pass  # only time is lost


def save() -> None:
    """Write what `remember` noted (a build calls it once it has written its files, so a build
    that fails leaves nothing); nothing where the folder is not writable."""
    while _pending:
        kept, text = _pending.popitem()
        try:
            kept.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=kept.parent, prefix=".checked-")
        except OSError:
            continue  # only time is lost
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
            os.replace(temp, kept)
        except OSError:
            Path(temp).unlink(missing_ok=True)
