"""POSIX shell quoting: one single-quoted word, nothing expanded."""

from __future__ import annotations


def sh_quote(text: str) -> str:
    """Quote `text` as one shell word; `'` is closed, escaped and reopened."""
    return "'" + str(text).replace("'", "'\\''") + "'"
