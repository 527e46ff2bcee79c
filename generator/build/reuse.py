"""What a build takes from the last one: cache entries, the ledger, files validated by workers."""

from __future__ import annotations

import json
import os
from pathlib import Path

from generator.build.cache import BuildCache, CachedEndpoint, Entry, entry_key, render_key
from generator.build.codec import encode
from generator.build.compiled import CompiledTemplates
from generator.build.ledger import Ledger, Piece, Record, Span, spec_stamp
from generator.build.parallel import Loaded
from generator.errors import SpecError
from generator.model import Api, Endpoint
from generator.spec import load_api, load_endpoint
from generator.spec.source import read_bytes


class Reuse:
    """What a run takes from the cache and from parallel workers, keyed by spec file: the
    endpoints it hands to the loader as already validated, and the cache keys of the rest."""

    def __init__(self, cache: BuildCache | None, generator: str, renderer: str = ""):
        self.cache, self.generator, self.renderer = cache, generator, renderer
        self.entries: dict[str, Entry] = {}  # by endpoint id: reused from the cache
        self.loaded: dict[Path, Loaded] = {}  # validated and rendered by workers
        self.api: Api | None = None  # the settings the workers validated with
        self.compiled: CompiledTemplates | None = None  # templates compiled for the next process
        self._read: dict[Path, tuple[str, bytes]] = {}  # each file's key and bytes, as first read
        self._hits: dict[Path, Endpoint] = {}
        self.ledger: Ledger | None = None  # the last build's (ledger.py), if it still holds
        self.stamps: dict[Path, tuple[int, ...] | None] = {}  # each spec file's, before it was read
        self.spans: dict[str, dict[str, Span]] = {}  # by endpoint id: its pieces in the last files
        self._folder: int | None = None  # the output folder, open while entries are checked
        self._render_keys: dict[str, str] = {}  # render_key by validation key, this run
        # by endpoint id: the ledger's record as given, with the summary this run read it by
        self.noted: dict[str, tuple[str, Record, dict[str, str]]] = {}

    def gather(self, files: list[Path]) -> list[Path]:
        """Read every spec file once: its key, and its cache entry if any; the files without."""
        misses = []
        for path in files:
            if self._noted(path):
                continue
            self.stamps[path] = spec_stamp(path)  # taken before the bytes: a later edit shows
            try:
                data = read_bytes(path)  # bounded: no FIFO, device or link out of the folder
            except SpecError:
                misses.append(path)  # the loader reports it
                continue
            key = entry_key(self.generator, path.name, data)
            self._read[path] = (key, data)
            entry = self.cache.get(path.stem, key) if self.cache else None
            if entry is None:
                misses.append(path)
            else:
                self.entries[entry.endpoint.id] = entry
                self._hits[path] = entry.endpoint
                record = self.ledger.records.get(path.name) if self.ledger else None
                if record and (record.key, record.rendered) == (entry.key, entry.rendered):
                    self.spans[entry.endpoint.id] = record.spans
        return misses

    def _noted(self, path: Path) -> bool:
        """Whether the ledger gives this file's entry (unchanged since the last build read it,
        its files rendered with the same templates): then neither it nor its entry is read."""
        record = self.ledger.hit(path) if self.ledger else None
        if record is None or not self._rendered_now(record.key, record.rendered):
            return False
        summary = {**record.summary, "source": str(path)}
        endpoint = CachedEndpoint(summary, lambda: self._model(path, record.key))
        self.entries[endpoint.id] = Entry(record.key, endpoint, record.files, [], record.rendered)
        self._hits[path] = endpoint
        self.stamps[path] = record.stamp
        self.spans[endpoint.id] = record.spans
        self.noted[endpoint.id] = (path.name, record, summary)
        return True

    def _model(self, path: Path, key: str) -> bytes | str:
        """The encoded model of a file the ledger gave (only when a field beyond the summary is
        read): from its cache entry, or, if that is gone, by validating the file again."""
        entry = self.cache.get(path.stem, key) if self.cache else None
        if isinstance(entry, Entry) and isinstance(entry.endpoint, CachedEndpoint):
            return entry.endpoint.encoded()
        return json.dumps(encode(load_endpoint(path, load_api(path.parent))))

    def text(self, piece: Piece) -> str:
        """A piece of the manifest or openapi.json as text."""
        return piece if isinstance(piece, str) else self._ledger().text(piece)

    def _ledger(self) -> Ledger:
        assert self.ledger is not None, "a span without a ledger"
        return self.ledger

    def known(self) -> dict[Path, Endpoint]:
        """The endpoints validated before: from the cache (its keys hold _api.yaml's bytes) or
        by the workers (with `self.api`; the run checks those settings are still the same)."""
        known = dict(self._hits)
        known.update({p: done.endpoint for p, done in self.loaded.items() if done.endpoint})
        return known

    def _rendered_now(self, key: str, rendered: str) -> bool:
        """Whether files rendered under `rendered` are what this run's templates render from
        an entry with the validation key `key` (each key hashed once a run)."""
        now = self._render_keys.get(key)
        if now is None:
            now = self._render_keys[key] = render_key(key, self.renderer)
        return rendered == now

    def reusable(self, entry: Entry | None, out: Path | None) -> bool:
        """Whether an entry's files are what rendering its model now would write."""
        if entry is None or out is None or not self._rendered_now(entry.key, entry.rendered):
            return False
        if self._folder is None:
            try:
                self._folder = os.open(out, os.O_RDONLY | os.O_DIRECTORY)
            except OSError:
                return entry.files_unchanged(out)
        return entry.files_unchanged(self._folder)

    def close(self) -> None:
        """Close the output folder's descriptor (reusable opens it)."""
        if self._folder is not None:
            os.close(self._folder)
            self._folder = None

    def key(self, endpoint: Endpoint) -> str | None:
        """The cache key of a file validated in this run, if it was not edited meanwhile."""
        path = Path(endpoint.source)
        read = self._read.get(path)
        try:
            return read[0] if read and read_bytes(path) == read[1] else None
        except SpecError:
            return None
