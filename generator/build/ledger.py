"""The last build's ledger: per spec file, what the build made of it and where its pieces lie in
the manifest and openapi.json it wrote.

With it a rebuild reads neither an unchanged spec file (its inode, size, mtime and ctime are as
when it was read, long enough after its last change to trust them) nor its cache entry, and
copies the unchanged endpoints' bytes of the manifest and openapi.json from the files on disk
(`Span`s), so 14 MB of unchanged text is never decoded or encoded again. The ledger is only a
shortcut: it is used while both files are exactly as it says (inode, size, mtime: not edited
since), its digest matches and its generator key is the run's; otherwise the build takes its
full path (every spec read and every entry, cache.py) and writes a new ledger.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import stat as stat_mode
import time
from array import array
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from generator.build.codec import SUMMARY
from generator.build.output import write_if_changed
from generator.build.splice import Chunk, Source, Span, Spliced
from generator.paths import INDEX, MANIFEST, OPENAPI

LEDGER = "last-build.ledger"  # inside the cache folder; not *.json (BuildCache.keep_only)
SPLICED = (MANIFEST, OPENAPI)
# A stamp taken this soon after the file's last change is not trusted: a change within the
# same clock tick would leave it the same (the next build hashes that file instead).
RACY_NS = 2_000_000_000
_VERSION = 3


Piece = str | Span
Parts = list[tuple[str | None, Piece]]  # (endpoint id whose place to note, piece)


class Record(NamedTuple):
    """What one spec file gave in the last build."""

    stamp: tuple[int, ...] | None  # the spec file's (inode, size, mtime, ctime); None: too recent
    key: str
    rendered: str
    summary: dict[str, str]
    files: dict[str, tuple[int, int]]
    spans: dict[str, Span]  # by SPLICED file: the endpoint's samples, its operation


def spec_stamp(path: Path) -> tuple[int, ...] | None:
    """A spec file's stamp, if it is a regular file (not a link) changed long enough ago."""
    try:
        found = os.lstat(path)
    except OSError:
        return None
    if not stat_mode.S_ISREG(found.st_mode):
        return None
    if time.time_ns() - max(found.st_mtime_ns, found.st_ctime_ns) < RACY_NS:
        return None
    return (found.st_ino, found.st_size, found.st_mtime_ns, found.st_ctime_ns)


def _output_stamp(found: os.stat_result) -> list[int]:
    return [found.st_ino, found.st_size, found.st_mtime_ns]


def _digest(payload: bytes) -> bytes:
    return hashlib.sha256(b"api-samples ledger\0" + payload).hexdigest().encode()


class Ledger:
    """A ledger read back, with the bytes of the two files its spans point into."""

    def __init__(
        self,
        records: dict[str, Record],
        sources: dict[str, Source],
        outputs: dict[str, list[int]],
        index: str = "",
    ):
        self.records, self.sources, self.outputs, self.index = records, sources, outputs, index

    def index_current(self, out: Path, key: str) -> bool:
        """Whether the landing page on disk is the one the last build wrote for `key`."""
        try:
            return key == self.index and _output_stamp(os.stat(out / INDEX)) == self.outputs[INDEX]
        except (OSError, KeyError):
            return False

    def holds(self, records: dict[str, Record], outputs: dict[str, list[int]], index: str) -> bool:
        """Whether this ledger says what `records` say (a stamp it could not trust yet aside:
        an unchanged rebuild leaves every file alone, the ledger too)."""
        if (outputs, index) != (self.outputs, self.index) or records.keys() != self.records.keys():
            return False
        for name, record in records.items():
            old = self.records[name]
            if old != record and (
                old.stamp is not None or old._replace(stamp=record.stamp) != record
            ):
                return False
        return True

    def hit(self, path: Path) -> Record | None:
        """The record of a spec file unchanged since the last build read it."""
        record = self.records.get(path.name)
        if record is None or record.stamp is None:
            return None
        return record if spec_stamp(path) == record.stamp else None

    def text(self, piece: Piece) -> str:
        """A piece as text (a span decoded: only where a piece must be parsed)."""
        if isinstance(piece, str):
            return piece
        return str(self.bytes(piece), "utf-8")

    def bytes(self, span: Span) -> memoryview:
        return self.sources[span.file].bytes(span)

    def close(self) -> None:
        """Close the last build's files (after the build wrote its own)."""
        for source in self.sources.values():
            source.close()


def _records(data: dict[str, Any], sizes: dict[str, int]) -> dict[str, Record]:
    """The records of a ledger's columns (see save), spans checked against the files' sizes."""
    names, summaries, files = data["specs"], data["summaries"], data["files"]
    stamps = array("q", base64.b64decode(data["file_stamps"]))
    at, records, spans = 0, {}, data["spans"]
    manifest, document = sizes[MANIFEST], sizes[OPENAPI]
    for i, name in enumerate(names):
        rels = files[i].split("\n") if files[i] else []
        pairs = iter(stamps[at : at + 2 * len(rels)])
        at += 2 * len(rels)
        m_at, m_length, o_at, o_length = spans[4 * i : 4 * i + 4]
        if (
            min(m_at, m_length, o_at, o_length) < 0
            or m_at + m_length > manifest
            or o_at + o_length > document
        ):
            raise ValueError("a span outside its file")
        stamp = data["stamps"][i]
        records[name] = Record(
            tuple(stamp) if stamp is not None else None,
            data["keys"][i],
            data["rendered"][i],
            dict(zip(SUMMARY, summaries[i], strict=True)),
            dict(zip(rels, zip(pairs, pairs), strict=True)),
            {MANIFEST: Span(MANIFEST, m_at, m_length), OPENAPI: Span(OPENAPI, o_at, o_length)},
        )
    if at != len(stamps):
        raise ValueError("file stamps left over")
    return records


def index_key(keys: str, endpoints: list[Any]) -> str:
    """What the landing page depends on: the API settings, libraries and templates (`keys`:
    the generator's and the renderer's keys) and every endpoint's summary, in reading order."""
    digest = hashlib.sha256(keys.encode())
    for endpoint in endpoints:
        digest.update(json.dumps([getattr(endpoint, field) for field in SUMMARY]).encode())
    return digest.hexdigest()


def load(folder: Path, out: Path, generator: str) -> Ledger | None:
    """The ledger in `folder` if it holds for this run and for the files in `out`, else None."""
    try:
        raw = (folder / LEDGER).read_bytes()
        first = raw.find(b"\n")
        if first < 0 or raw[:first] != _digest(raw[first + 1 :]):
            return None  # cut short or edited: what it holds was not written by a build
        data = json.loads(raw[first + 1 :])
        if data["version"] != _VERSION or data["generator"] != generator:
            return None
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        return None
    sources: dict[str, Source] = {}
    try:
        for rel in SPLICED:
            # The bytes of the file whose stamp is checked. The build replaces files by renaming,
            # so these stay; a file cut short in place by another program meanwhile stops the
            # build before it writes anything.
            source = sources[rel] = Source(out / rel)
            if [source.inode, source.size, source.mtime] != data["outputs"][rel]:
                raise ValueError("edited since the last build")
        records = _records(data, {rel: sources[rel].size for rel in SPLICED})
    except (OSError, ValueError, KeyError, TypeError, IndexError, AttributeError):
        for source in sources.values():
            source.close()
        return None
    return Ledger(records, sources, data["outputs"], str(data["index"]))


def save(
    folder: Path,
    out: Path,
    generator: str,
    records: dict[str, Record],
    last: Ledger | None,
    index: str = "",
) -> None:
    """Note what this build made (after its files are written; never fails the build). The
    ledger is a digest line, then JSON in columns, one item per spec file; the output files'
    stamps as one array of 64-bit integers (base64): little for the JSON parser to read."""
    try:
        outputs = {rel: _output_stamp(os.stat(out / rel)) for rel in (*SPLICED, INDEX)}
        if last is not None and last.holds(records, outputs, index):
            return
        values = list(records.values())
        if any("\n" in rel for r in values for rel in r.files):
            raise ValueError("a file name the ledger cannot list")
        stamps = array("q", [n for r in values for stamp in r.files.values() for n in stamp])
        data = {
            "version": _VERSION,
            "generator": generator,
            "outputs": outputs,
            "index": index,
            "specs": list(records),
            "stamps": [r.stamp for r in values],
            "keys": [r.key for r in values],
            "rendered": [r.rendered for r in values],
            "summaries": [[r.summary[field] for field in SUMMARY] for r in values],
            "files": ["\n".join(r.files) for r in values],
            "file_stamps": base64.b64encode(stamps.tobytes()).decode("ascii"),
            "spans": [
                n for r in values for f in SPLICED for n in (r.spans[f].offset, r.spans[f].length)
            ],
        }
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        write_if_changed(folder / LEDGER, (_digest(payload) + b"\n" + payload).decode("utf-8"))
    except (OSError, TypeError, ValueError, OverflowError):
        forget(folder)


def forget(folder: Path) -> None:
    """Remove the ledger (the next build takes the full path)."""
    try:
        (folder / LEDGER).unlink(missing_ok=True)
    except OSError:
        pass


def assemble(
    rel: str, parts: Parts, ledger: Ledger | None
) -> tuple[Spliced, dict[str, tuple[int, int]]]:
    """The file from its pieces, and where each noted endpoint's piece lies in it. New text
    that the last file holds right where the piece before it ends there (the frame between
    endpoints' pieces) is taken as those bytes, and bytes that follow each other in the last file
    are one chunk: a one-spec edit writes a few chunks, not thousands."""
    sources = ledger.sources if ledger else {}
    last = sources[rel].map if rel in sources else None
    chunks: list[Chunk] = []
    where: dict[str, tuple[int, int]] = {}
    at = 0
    start = end = 0  # the run of the last file's bytes being gathered; -1: none

    def flush() -> None:
        if end > start:
            chunks.append(Span(rel, start, end - start))

    for tag, piece in parts:
        if isinstance(piece, str):
            data = piece.encode("utf-8")
            length = len(data)
            if last is not None and end >= 0 and last[end : end + length] == data:
                end += length
            else:
                flush()
                chunks.append(data)
                start = end = -1
        else:
            length = piece.length
            if piece.file == rel and piece.offset == end >= 0:
                end += length
            else:
                flush()
                if piece.file == rel:
                    start, end = piece.offset, piece.offset + length
                else:
                    chunks.append(piece)
                    start = end = -1
        if tag is not None:
            where[tag] = (at, length)
        at += length
    flush()
    assert ledger is not None or not any(isinstance(c, Span) for c in chunks), "a span, no ledger"
    return Spliced(rel, chunks, sources), where


def spans_of(
    where: Mapping[str, Mapping[str, tuple[int, int]]], endpoint_id: str
) -> dict[str, Span] | None:
    """An endpoint's spans in the files just assembled (None: one of them holds no piece of its own)."""
    found = {}
    for file in SPLICED:
        place = where[file].get(endpoint_id)
        if place is None:
            return None
        found[file] = Span(file, *place)
    return found
