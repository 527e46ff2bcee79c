"""A spec file read safely: a small plain file, UTF-8 text, YAML (yaml_loader) with line marks."""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import yaml

from generator.errors import Problem, SpecError
from generator.spec.yaml_loader import load_text, syntax_message

MAX_BYTES = 256 * 1024
# What PyYAML's pure reader refuses, checked here for both parsers (libyaml words it differently).
_NON_PRINTABLE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)


def _refused(path: Path, message: str, line: int | None = None) -> SpecError:
    return SpecError([Problem(path, line, "", message)])


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, in a writer's words."""
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a folder" if stat.S_ISDIR(mode) else "not a regular file"


def read_bytes(path: Path) -> bytes:
    """A spec file's bytes, refusing before reading anything: a link that leads out of its folder,
    anything but a regular file (a FIFO would hang, a device never ends), more than MAX_BYTES.

    Nothing of a refused file is ever read, so no message can quote it.
    """
    try:
        if os.path.islink(path):
            folder = os.path.realpath(path.parent)
            if os.path.commonpath([folder, os.path.realpath(path)]) != folder:
                raise _refused(
                    path, "is a link to a file outside the spec folder; copy the file in instead"
                )
        # O_NONBLOCK: opening a FIFO must not wait for a writer; it is refused just below.
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise _refused(path, f"cannot be read: {exc.strerror}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _refused(path, f"is {_kind(info.st_mode)}; a spec is a plain file")
        if info.st_size > MAX_BYTES:
            raise _refused(path, _too_large(info.st_size))
        chunks, size = [], 0
        while size <= MAX_BYTES and (chunk := os.read(fd, MAX_BYTES + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise _refused(path, f"cannot be read: {exc.strerror}") from None
    finally:
        os.close(fd)
    raw = b"".join(chunks)
    if len(raw) > MAX_BYTES:  # it grew since fstat
        raise _refused(path, _too_large(len(raw)))
    return raw


def _read_text(path: Path) -> str:
    """The file as text (see read_bytes), refusing what is not UTF-8 or has control characters."""
    raw = read_bytes(path)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        message = f"not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
        raise _refused(path, message, line) from None
    if bad := _NON_PRINTABLE.search(text):
        line = text[: bad.start()].count("\n") + 1
        message = f"control character U+{ord(bad.group()):04X} is not allowed in YAML text"
        raise _refused(path, message, line)
    return text.removeprefix("\ufeff")


def _too_large(size: int) -> str:
    return f"file is {size} bytes; a spec file may have at most {MAX_BYTES} bytes"


def read_yaml(path: Path, *, pure: bool = False) -> tuple[Any, list[Problem]]:
    """Plain data with line marks plus the problems found on the way (duplicate keys, odd keys);
    `pure` as for load_text.

    Problems that stop parsing (syntax, aliases, tags, size, encoding) raise SpecError instead.
    """
    text = _read_text(path)
    try:
        data, problems = load_text(text, pure=pure)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        raise _refused(path, syntax_message(exc, text), line) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every PyYAML error above carries a mark
        raise _refused(path, " ".join(f"YAML error: {exc}".split())) from None
    return data, [Problem(path, line, "", message) for line, message in problems]


def line_of(data: Any, path: Sequence[Any]) -> int | None:
    """The line of the deepest key along `path` that the data knows."""
    line = getattr(data, "line", None)
    node = data
    for step in path:
        lines = getattr(node, "lines", None)
        if lines is None or step not in lines:
            break
        line = lines[step]
        node = node[step]
    return line
