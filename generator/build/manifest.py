"""The manifest: every generated file, and the exact request each sample must send."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.build.cache import FileMemo
from generator.build.ledger import Parts, Piece
from generator.paths import MANIFEST


def manifest_item(value: Any) -> str:
    """One item of a list inside the manifest, as json.dumps(indent=2) writes it there."""
    return "    " + json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n    ")


def manifest_text(base_url: str, generated: list[str], samples: list[str]) -> str:
    """The manifest, exactly as json.dumps(indent=2) writes it, from per-sample pieces of text."""
    return "".join(
        str(piece)
        for _, piece in manifest_parts(base_url, generated, [(None, ",\n".join(samples))])
    )


def manifest_parts(
    base_url: str, generated: list[str], segments: list[tuple[str | None, Piece]]
) -> Parts:
    """The manifest in pieces: each segment (an endpoint's manifest pieces joined by ",\n", or
    their span in the last manifest) noted under its endpoint's id."""
    # One json.dumps of the whole list (its C encoder), one item a line, as indent=2 lays it out.
    listed = json.dumps(generated, ensure_ascii=False, separators=(",\n    ", ": "))
    listed = "[\n    " + listed[1:-1] + "\n  ]" if generated else "[]"
    head = (
        "{\n"
        f'  "base_url": {json.dumps(base_url, ensure_ascii=False)},\n'
        f'  "generated": {listed},\n'
        '  "samples": '
    )
    parts: Parts = [(None, head)]
    filled = False
    for tag, piece in segments:
        if not (len(piece) if isinstance(piece, str) else piece.length):
            parts.append((tag, ""))  # an endpoint without samples: its place is empty
            continue
        parts += [(None, ",\n" if filled else "[\n"), (tag, piece)]
        filled = True
    parts.append((None, "\n  ]\n}\n" if filled else "[]\n}\n"))
    return parts


_LAYOUT_GENERATED = b'\n  "generated": '
_LAYOUT_SAMPLES = b',\n  "samples": '


def _generated(raw: bytes) -> set[str]:
    try:
        return set(json.loads(raw)["generated"])
    except (ValueError, KeyError, TypeError):
        return set()


def _generated_as_written(raw: bytes) -> set[str]:
    """The `generated` list of a manifest as manifest_text writes it, parsed alone (the samples
    after it are most of the file); the whole file when it is laid out otherwise."""
    start = raw.find(_LAYOUT_GENERATED)
    end = raw.find(_LAYOUT_SAMPLES, start)
    if start < 0 or end < 0:
        return _generated(raw)
    try:
        listed = json.loads(raw[start + len(_LAYOUT_GENERATED) : end])
    except ValueError:
        return _generated(raw)
    return set(listed) if isinstance(listed, list) else _generated(raw)


def previous_files(out: Path, memo: FileMemo | None = None, as_written: bool = False) -> set[str]:
    """The files the last build wrote into `out`, read from its manifest (`as_written`: the
    manifest is known to be the one a build wrote, not edited since)."""
    try:
        return (memo or FileMemo()).read(
            out / MANIFEST, _generated_as_written if as_written else _generated
        )
    except OSError:
        return set()
