"""A file made of new bytes and byte ranges of the last build's file of that name (the manifest,
openapi.json): compared and written without passing the unchanged megabytes through memory."""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Mapping
from mmap import ACCESS_READ, mmap
from pathlib import Path
from typing import NamedTuple

# copy_file_range refuses these where the file system or kernel cannot copy in place: then the
# mapped bytes are written instead.
_NO_IN_KERNEL_COPY = {errno.EXDEV, errno.EINVAL, errno.ENOSYS, errno.EOPNOTSUPP, errno.EPERM}


class Span(NamedTuple):
    """`length` bytes at `offset` of the last build's `file`, as on disk."""

    file: str
    offset: int
    length: int


class Source:
    """One of the last build's files, kept open: mapped to read, its descriptor to copy from."""

    def __init__(self, path: Path) -> None:
        self.file = open(path, "rb")
        try:
            found = os.fstat(self.file.fileno())
            self.inode, self.size, self.mtime = found.st_ino, found.st_size, found.st_mtime_ns
            # mapped, not read: the kernel's copy, no fresh memory to fill (an empty file fails)
            self.map = mmap(self.file.fileno(), 0, access=ACCESS_READ)
        except BaseException:
            self.file.close()
            raise

    def bytes(self, span: Span) -> memoryview:
        """The bytes of a span of this file."""
        return memoryview(self.map)[span.offset : span.offset + span.length]

    def close(self) -> None:
        """Unmap and close (views still held keep the mapping until they go)."""
        try:
            self.map.close()
        except BufferError:
            pass
        self.file.close()


Chunk = bytes | Span


class Spliced:
    """The new content of `rel`: its chunks in order, spans read from `sources`."""

    def __init__(self, rel: str, chunks: list[Chunk], sources: Mapping[str, Source]) -> None:
        self.rel, self.chunks, self.sources = rel, chunks, sources
        self.size = sum(len(c) if isinstance(c, bytes) else c.length for c in chunks)

    def _bytes(self, chunk: Chunk) -> bytes | memoryview:
        return chunk if isinstance(chunk, bytes) else self.sources[chunk.file].bytes(chunk)

    def data(self) -> bytes:
        """The whole content (for a reader of the text; writing and comparing need none)."""
        return b"".join(self._bytes(chunk) for chunk in self.chunks)

    def differs_from(self, path: Path) -> bool:
        """Whether the file at `path` holds other bytes; in the last build's file itself, only
        the chunks that are not its own bytes in their own place are compared."""
        try:
            found = os.stat(path)
        except FileNotFoundError:
            return True
        if not stat.S_ISREG(found.st_mode) or found.st_size != self.size:
            return True
        source = self.sources.get(self.rel)
        if source is None or (source.inode, source.size) != (found.st_ino, found.st_size):
            return path.read_bytes() != self.data()
        at = 0
        for chunk in self.chunks:
            length = len(chunk) if isinstance(chunk, bytes) else chunk.length
            in_place = isinstance(chunk, Span) and chunk.file == self.rel and chunk.offset == at
            if not in_place and source.map[at : at + length] != self._bytes(chunk):
                return True
            at += length
        return False

    def write_to(self, fd: int) -> None:
        """Write the content at the descriptor's position: spans copied by the kernel."""
        for chunk in self.chunks:
            if isinstance(chunk, bytes):
                _write_all(fd, chunk)
            else:
                _copy(self.sources[chunk.file], fd, chunk)


def _copy_file_range(source: int, target: int, count: int, offset: int) -> int:
    """os.copy_file_range (Linux); elsewhere as if the kernel refused, so the bytes are written."""
    copy = getattr(os, "copy_file_range", None)
    if copy is None:
        raise OSError(errno.ENOSYS, "no copy_file_range here")
    return int(copy(source, target, count, offset))


def _write_all(fd: int, data: bytes | memoryview) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _copy(source: Source, fd: int, span: Span) -> None:
    offset, left = span.offset, span.length
    while left:
        try:
            done = _copy_file_range(source.file.fileno(), fd, left, offset)
        except OSError as exc:
            if exc.errno not in _NO_IN_KERNEL_COPY:
                raise
            _write_all(fd, source.bytes(Span(span.file, offset, left)))
            return
        if done == 0:  # the file was cut short since the ledger checked it
            raise OSError(errno.EIO, "the last build's file changed while it was copied")
        offset, left = offset + done, left - done
