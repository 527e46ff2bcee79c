"""Compiled templates kept in the build cache's folder, so a fresh process need not compile
them again."""

from __future__ import annotations

import hashlib
import marshal
import os
from pathlib import Path

import jinja2
from jinja2 import BytecodeCache
from jinja2.bccache import Bucket

from generator.build.output import stage
from generator.render.environment import OPTIONS


class CompiledTemplates(BytecodeCache):
    """Compiled templates kept in a folder (the build cache's), so a fresh process does not
    compile them again: one file per template, named by a hash of its name and path, holding
    a header that hashes the template's source, Python's and Jinja's versions and the
    environment's options and the generator's key (which covers Python's version and the
    filters' source), then the code (marshal, as Python's own __pycache__ holds it, and as
    trusted as the output folder; no pickle). A file whose header does not match is ignored
    and written again."""

    def __init__(self, folder: Path, salt: str):
        self.folder, self.salt = folder, salt  # salt: the generator's key (its filters)
        self.pending: dict[Path, bytes] = {}

    def _path(self, bucket: Bucket) -> Path:
        return self.folder / f"{bucket.key}.jinja"

    def _header(self, bucket: Bucket) -> bytes:
        seen = f"{bucket.key}\0{bucket.checksum}\0{jinja2.__version__}\0{OPTIONS}\0{self.salt}"
        return hashlib.sha256(seen.encode()).hexdigest().encode() + b"\n"

    def load_bytecode(self, bucket: Bucket) -> None:
        """The compiled code of a template whose source and settings are as when it was kept."""
        try:
            raw = self._path(bucket).read_bytes()
        except OSError:
            return
        header = self._header(bucket)
        if raw.startswith(header):
            try:
                bucket.code = marshal.loads(raw[len(header) :])
            except (ValueError, EOFError, TypeError):
                bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        """Note a freshly compiled template, kept by `save` (a build that fails writes nothing)."""
        try:
            self.pending[self._path(bucket)] = self._header(bucket) + marshal.dumps(bucket.code)
        except ValueError:
            pass

    def save(self) -> None:
        """Keep the templates compiled since the last save (never fails: it only saves time)."""
        pending, self.pending = self.pending, {}
        for path, data in pending.items():
            try:
                if path.is_file() and path.read_bytes() == data:
                    continue
                os.replace(stage(path, data), path)
            except OSError:
                pass
