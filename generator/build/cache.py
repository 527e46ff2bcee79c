"""The build cache: per spec file, what it produced last time, keyed by content hashes.

It lives in the output folder (`.api-samples-cache/`, one small JSON file per endpoint; MkDocs
skips dot folders). An entry is used only when the spec file's bytes, `_api.yaml`, the templates,
the generator's own source and its libraries' versions all hash as they did when the entry was
written, so it holds exactly what validating and rendering that file again would give. Entries
are plain JSON (never pickle), and a file that does not read back as a valid entry is ignored.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass, fields, is_dataclass
from importlib import metadata
from pathlib import Path
from typing import Any, TypeVar

from generator import model
from generator.build.output import TEMP_PREFIX, write_if_changed
from generator.spec.source import read_bytes

CACHE_DIR = ".api-samples-cache"
GENERATOR_DIR = Path(__file__).resolve().parent.parent
LIBRARIES = ("jinja2", "pyyaml", "jsonschema", "black")
_MODEL_CLASSES = (
    model.Endpoint,
    model.Parameter,
    model.Property,
    model.Rule,
    model.Example,
    model.Argument,
)
_MODEL_TYPES = {cls.__name__: cls for cls in (*_MODEL_CLASSES, model.LibraryCall)}
_versions: str | None = None
T = TypeVar("T")


def _library_versions() -> str:
    global _versions
    if _versions is None:
        _versions = sys.version + "".join(f"|{n}={metadata.version(n)}" for n in LIBRARIES)
    return _versions


def tree_digest(root: Path, pattern: str = "*") -> str:
    """A hash of the names and bytes of the files under `root` that match `pattern`."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob(pattern)):
        if path.is_file() and "__pycache__" not in path.parts:
            digest.update(f"\0{path.relative_to(root)}\0".encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()


def generator_key(api_file: Path, base_url: str | None, templates: str) -> str:
    """A hash of everything besides the spec file itself that a spec's output depends on
    (`templates`: the tree_digest of the template folder)."""
    digest = hashlib.sha256(_library_versions().encode())
    digest.update(
        f"\0{base_url or ''}\0{templates}\0{tree_digest(GENERATOR_DIR, '*.py')}\0".encode()
    )
    digest.update(read_bytes(api_file))  # bounded: no FIFO, device or link out of the folder
    return digest.hexdigest()


def entry_key(generator: str, spec_name: str, spec_bytes: bytes) -> str:
    """The key of one spec file's entry: the generator's key, the file's name and its bytes."""
    digest = hashlib.sha256(f"{generator}\0{spec_name}\0".encode())
    digest.update(spec_bytes)
    return digest.hexdigest()


def encode(value: Any) -> Any:
    """The model as JSON data that `decode` turns back into equal objects; TypeError otherwise."""
    if is_dataclass(value) and type(value).__name__ in _MODEL_TYPES:
        return {
            "$": type(value).__name__,
            "f": [encode(getattr(value, f.name)) for f in fields(value)],
        }
    if isinstance(value, tuple):
        return {"t": [encode(v) for v in value]}
    if isinstance(value, list):
        return {"l": [encode(v) for v in value]}
    if isinstance(value, dict):
        if not all(type(k) is str for k in value):
            raise TypeError("only string keys survive JSON")
        return {"d": {k: encode(v) for k, v in value.items()}}
    if value is None or type(value) in (str, int, float, bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode(data: Any) -> Any:
    """The objects that `encode` was given."""
    if not isinstance(data, dict):
        return data
    if "$" in data:
        return _MODEL_TYPES[data["$"]](*[decode(v) for v in data["f"]])
    if "t" in data:
        return tuple(decode(v) for v in data["t"])
    if "l" in data:
        return [decode(v) for v in data["l"]]
    return {k: decode(v) for k, v in data["d"].items()}


@dataclass
class Entry:
    """What one spec file produced: its model, its files (size, mtime) and manifest pieces."""

    key: str
    endpoint: model.Endpoint
    files: dict[str, tuple[int, int]]
    samples: list[str]

    def files_unchanged(self, out: Path) -> bool:
        """Whether every file the entry lists is on disk as the build left it."""
        root = str(out)
        for rel, (size, mtime) in self.files.items():
            try:
                stat = os.stat(os.path.join(root, rel))
            except OSError:
                return False
            if stat.st_size != size or stat.st_mtime_ns != mtime:
                return False
        return True


def file_stamp(path: Path) -> tuple[int, int]:
    """Size and modification time of a file the build wrote or checked."""
    stat = os.stat(path)
    return stat.st_size, stat.st_mtime_ns


def _digest(payload: bytes) -> bytes:
    return hashlib.sha256(b"api-samples cache entry\0" + payload).hexdigest().encode()


def _parse_entry(raw: bytes) -> Entry | None:
    """An entry file: a digest line, then the entry as JSON; None for anything else (a file cut
    short or edited, nesting too deep to read: the spec is then validated again)."""
    digest, _, payload = raw.partition(b"\n")
    if digest != _digest(payload):
        return None
    try:
        data = json.loads(payload)
        files = {rel: (int(size), int(mtime)) for rel, (size, mtime) in data["files"].items()}
        entry = Entry(str(data["key"]), decode(data["endpoint"]), files, list(data["samples"]))
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return None
    return entry if isinstance(entry.endpoint, model.Endpoint) else None


class FileMemo:
    """What files parsed to, reused while a file's inode, size and mtime stay the same.

    Files are replaced atomically (a new inode each time), so a rewritten file never matches.
    A build in a fresh process starts empty; the MkDocs plugin keeps one across rebuilds."""

    def __init__(self) -> None:
        self._items: dict[str, tuple[tuple[int, int, int], Any]] = {}

    def read(self, path: Path, parse: Callable[[bytes], T]) -> T:
        """`parse` of the file's bytes; OSError when it cannot be read."""
        stat = os.stat(path)
        stamp = (stat.st_ino, stat.st_size, stat.st_mtime_ns)
        hit = self._items.get(str(path))
        if hit is not None and hit[0] == stamp:
            return hit[1]
        value = parse(path.read_bytes())
        self._items[str(path)] = (stamp, value)
        return value


class BuildCache:
    """The entries of one output folder."""

    def __init__(self, out: Path, memo: FileMemo):
        self.folder = out / CACHE_DIR
        self.memo = memo

    def _path(self, endpoint_id: str) -> Path:
        return self.folder / f"{endpoint_id}.json"

    def get(self, endpoint_id: str, key: str) -> Entry | None:
        """The entry for a spec file whose bytes give `key`, if one was written."""
        try:
            entry = self.memo.read(self._path(endpoint_id), _parse_entry)
        except OSError:
            return None
        return entry if entry is not None and entry.key == key else None

    def put(self, entry: Entry) -> bool:
        """Store an entry; False when its model cannot be stored as JSON (it is then rebuilt)."""
        try:
            data = {
                "key": entry.key,
                "endpoint": encode(entry.endpoint),
                "files": entry.files,
                "samples": entry.samples,
            }
            text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
        except (TypeError, ValueError):
            self._path(entry.endpoint.id).unlink(missing_ok=True)
            return False
        payload = (text + "\n").encode("utf-8")
        path = self._path(entry.endpoint.id)
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)  # something else took the entry's place: ours to clear
            write_if_changed(path, (_digest(payload) + b"\n" + payload).decode("utf-8"))
        except OSError:
            return False  # the cache only saves time: a build never fails because of it
        return True

    def keep_only(self, endpoint_ids: set[str]) -> None:
        """Remove the entries of spec files that are gone, and half-written ones."""
        try:
            names = os.listdir(self.folder)
        except OSError:
            return
        for name in names:
            gone = name.endswith(".json") and name[: -len(".json")] not in endpoint_ids
            if gone or name.startswith(TEMP_PREFIX):  # or left by a build killed while writing
                (self.folder / name).unlink(missing_ok=True)
