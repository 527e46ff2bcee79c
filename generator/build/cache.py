"""The build cache: per spec file, what it produced last time, keyed by content hashes.

It lives in the output folder (`.api-samples-cache/`, one small JSON file per endpoint; MkDocs
skips dot folders). An entry holds two keys. Its validation key hashes the spec file's bytes,
`_api.yaml`, the generator's own source (its Python files and the library surface files
`generator/libraries/*.yaml` that the spec checks read) and its libraries' versions: while it
matches, the entry's model is what validating the file again would give. Its render key adds
the templates and the base URL: while that matches too, the entry's files and manifest pieces
are what rendering again would give. So a template edit renders every endpoint again from the
cached models without validating any spec. An entry also keeps the endpoint's part of
openapi.json, so a rebuild joins the document instead of encoding it again. Entries are plain
JSON and text (never pickle); a file that does not read back as a valid entry is ignored.
The models are encoded and decoded by codec.py. `surfaces/` keeps the library surfaces'
checked data (generator/libraries/checked.py).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path
from typing import Any, TypeVar

from generator import model
from generator.build.codec import SUMMARY, CachedEndpoint, encode
from generator.build.output import TEMP_PREFIX, write_if_changed
from generator.spec.source import read_bytes

CACHE_DIR = ".api-samples-cache"
COMPILED_DIR = "templates"  # inside CACHE_DIR: compiled templates (compiled.py)
SURFACES_DIR = "surfaces"  # inside CACHE_DIR: checked library surfaces (libraries/checked.py)
WRITTEN = "manifest.stamp"  # inside CACHE_DIR: the stamp of the manifest the last build wrote
GENERATOR_DIR = Path(__file__).resolve().parent.parent
LIBRARIES = ("jinja2", "pyyaml", "jsonschema", "jsonschema-rs", "black")
# The generator's own files whose bytes are part of every validation key.
GENERATOR_SOURCES = ("*.py", "libraries/*.yaml")
_DIST_INFO = re.compile(r"^(?P<name>[A-Za-z0-9_.]+)-(?P<version>[^-]+)\.dist-info$")
_versions: str | None = None
T = TypeVar("T")


def _installed_versions() -> dict[str, str]:
    """Installed distributions by normalized name, from the dist-info folder names on sys.path
    (what importlib.metadata reads too, without importing it: it costs a tenth of a rebuild)."""
    found: dict[str, str] = {}
    for folder in sys.path:
        try:
            names = os.listdir(folder or ".")
        except OSError:
            continue
        for name in names:
            match = _DIST_INFO.match(name)
            if match:
                key = re.sub(r"[-_.]+", "-", match["name"]).lower()
                found.setdefault(key, match["version"])
    return found


def _library_versions() -> str:
    global _versions
    if _versions is None:
        installed = _installed_versions()
        if not all(n in installed for n in LIBRARIES):
            from importlib import metadata  # an unusual install: ask the slow way

            installed = {n: metadata.version(n) for n in LIBRARIES}
        _versions = sys.version + "".join(f"|{n}={installed[n]}" for n in LIBRARIES)
    return _versions


def tree_digest(root: Path, *patterns: str) -> str:
    """A hash of the names and bytes of the files under `root` (at any depth, __pycache__
    aside) whose path ends as one of `patterns` does (all files without patterns)."""
    digest = hashlib.sha256()
    found, top = [], len(str(root)) + 1
    ends = [end for p in patterns for end in (p, f"*/{p}")]  # fnmatch's * also takes a /
    for folder, folders, names in os.walk(root):
        folders[:] = [name for name in folders if name != "__pycache__"]
        within = folder[top:].replace(os.sep, "/")
        for name in names:
            rel = f"{within}/{name}" if within else name
            if not ends or any(fnmatch(rel, end) for end in ends):
                found.append(rel)
    for rel in sorted(found):
        digest.update(f"\0{rel}\0".encode())
        with open(os.path.join(root, rel), "rb") as handle:
            digest.update(handle.read())
    return digest.hexdigest()


def generator_key(api_file: Path) -> str:
    """A hash of everything besides the spec file itself that validating a spec depends on:
    `_api.yaml`, the generator's source and surface files, its libraries' versions."""
    digest = hashlib.sha256(_library_versions().encode())
    digest.update(f"\0{tree_digest(GENERATOR_DIR, *GENERATOR_SOURCES)}\0".encode())
    digest.update(read_bytes(api_file))  # bounded: no FIFO, device or link out of the folder
    return digest.hexdigest()


def renderer_key(templates: str, base_url: str | None) -> str:
    """A hash of what rendering adds to validation (`templates`: the template folder's
    tree_digest)."""
    return hashlib.sha256(f"{templates}\0{base_url or ''}".encode()).hexdigest()


def entry_key(generator: str, spec_name: str, spec_bytes: bytes) -> str:
    """The validation key of one spec file's entry: the generator's key, its name, its bytes."""
    digest = hashlib.sha256(f"{generator}\0{spec_name}\0".encode())
    digest.update(spec_bytes)
    return digest.hexdigest()


def render_key(key: str, renderer: str) -> str:
    """The render key of an entry whose validation key is `key`."""
    return hashlib.sha256(f"{key}\0{renderer}".encode()).hexdigest()


@dataclass
class Entry:
    """What one spec file produced: its model, its files (size, mtime), manifest pieces and
    OpenAPI operation, with its validation key and the render key they were rendered with."""

    key: str
    endpoint: model.Endpoint
    files: dict[str, tuple[int, int]]
    samples: list[str]
    rendered: str = ""
    operation: str = ""  # its part of openapi.json (openapi.export.operation_text)

    def files_unchanged(self, out: Path | int) -> bool:
        """Whether every file the entry lists is on disk as the build left it (`out`: the
        folder, or a descriptor of it: a shorter lookup for each of thousands of files)."""
        root, folder = (None, out) if isinstance(out, int) else (str(out), None)
        for rel, (size, mtime) in self.files.items():
            try:
                stat = os.stat(rel, dir_fd=folder) if root is None else os.stat(os.path.join(root, rel))
            except OSError:
                return False
            if stat.st_size != size or stat.st_mtime_ns != mtime:
                return False
        return True


def file_stamp(path: Path) -> tuple[int, int]:
    """Size and modification time of a file the build wrote or checked."""
    stat = os.stat(path)
    return stat.st_size, stat.st_mtime_ns


def _digest(payload: bytes | memoryview) -> bytes:
    digest = hashlib.sha256(b"api-samples cache entry\0")
    digest.update(payload)
    return digest.hexdigest().encode()


def parse_entry(raw: bytes) -> Entry | None:
    """An entry file (see BuildCache.put); None for anything else (a file cut short or edited,
    nesting too deep to read: the spec is then validated again). The model stays encoded (JSON
    bytes, never decoded) until a field beyond SUMMARY is read; the text pieces are decoded one by
    one where they lie (nothing copied first, nothing parsed)."""
    first = raw.find(b"\n")
    second = raw.find(b"\n", first + 1)
    view = memoryview(raw)
    if first < 0 or second < 0 or raw[:first] != _digest(view[first + 1 :]):
        return None
    try:
        data = json.loads(raw[first + 1 : second])
        files = {rel: (int(size), int(mtime)) for rel, (size, mtime) in data["files"].items()}
        summary = {name: data["summary"][name] for name in SUMMARY}
        if not all(type(v) is str for v in summary.values()):
            return None
        lengths = data["sections"]  # in bytes
        if not all(type(n) is int and n >= 0 for n in lengths) or len(lengths) < 2:
            return None
        if sum(lengths) != len(raw) - second - 1:
            return None
        at = second + 1 + lengths[0]
        encoded = raw[second + 1 : at]
        pieces = []
        for n in lengths[1:]:
            pieces.append(str(view[at : at + n], "utf-8"))
            at += n
        operation, *samples = pieces
        endpoint = CachedEndpoint(summary, encoded)
        return Entry(str(data["key"]), endpoint, files, samples, str(data["rendered"]), operation)
    except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
        return None


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
            entry = self.memo.read(self._path(endpoint_id), parse_entry)
        except OSError:
            return None
        return entry if entry is not None and entry.key == key else None

    def put(self, entry: Entry) -> bool:
        """Store an entry; False when its model cannot be stored as JSON (it is then rebuilt).

        The file: a digest line, a line of JSON (keys, summary, files and the length of each
        section in bytes), then the sections one after the other: the model as JSON, the OpenAPI
        operation and each manifest piece, as UTF-8 text (a rebuild decodes them where they lie,
        nothing to parse; the model only if it is needed)."""
        try:
            encoded = json.dumps(
                encode(entry.endpoint), ensure_ascii=False, allow_nan=False, separators=(",", ":")
            )
            sections = [s.encode("utf-8") for s in (encoded, entry.operation, *entry.samples)]
            data = {
                "key": entry.key,
                "rendered": entry.rendered,
                "summary": {name: getattr(entry.endpoint, name) for name in SUMMARY},
                "files": entry.files,
                "sections": [len(section) for section in sections],
            }
            text = json.dumps(data, ensure_ascii=False, allow_nan=False, separators=(",", ":"))
            payload = text.encode("utf-8") + b"\n" + b"".join(sections)
        except (TypeError, ValueError):
            self._path(entry.endpoint.id).unlink(missing_ok=True)
            return False
        path = self._path(entry.endpoint.id)
        try:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)  # something else took the entry's place: ours to clear
            write_if_changed(path, (_digest(payload) + b"\n" + payload).decode("utf-8"))
        except OSError:
            return False  # the cache only saves time: a build never fails because of it
        return True

    def wrote(self, manifest: Path) -> None:
        """Note the manifest a build left (its inode, size and mtime)."""
        try:
            stat = os.stat(manifest)
            write_if_changed(
                self.folder / WRITTEN, f"{stat.st_ino} {stat.st_size} {stat.st_mtime_ns}"
            )
        except OSError:
            pass

    def left(self, manifest: Path) -> bool:
        """Whether `manifest` is the one the last build wrote, unedited."""
        try:
            stat = os.stat(manifest)
            noted = (self.folder / WRITTEN).read_text("utf-8")
        except (OSError, ValueError):
            return False
        return noted == f"{stat.st_ino} {stat.st_size} {stat.st_mtime_ns}"

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
