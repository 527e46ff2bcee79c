"""The manifest: every generated file, and the exact request each sample must send."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.build.cache import FileMemo
from generator.paths import MANIFEST


def manifest_item(value: Any) -> str:
    """One item of a list inside the manifest, as json.dumps(indent=2) writes it there."""
    return "    " + json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n    ")


def _manifest_list(items: list[str]) -> str:
    return "[\n" + ",\n".join(items) + "\n  ]" if items else "[]"


def manifest_text(base_url: str, generated: list[str], samples: list[str]) -> str:
    """The manifest, exactly as json.dumps(indent=2) writes it, from per-sample pieces of text."""
    listed = [f"    {json.dumps(rel, ensure_ascii=False)}" for rel in generated]
    return (
        "{\n"
        f'  "base_url": {json.dumps(base_url, ensure_ascii=False)},\n'
        f'  "generated": {_manifest_list(listed)},\n'
        f'  "samples": {_manifest_list(samples)}\n'
        "}\n"
    )


def _generated(raw: bytes) -> set[str]:
    try:
        return set(json.loads(raw)["generated"])
    except (ValueError, KeyError, TypeError):
        return set()


def previous_files(out: Path, memo: FileMemo | None = None) -> set[str]:
    """The files the last build wrote into `out`, read from its manifest."""
    try:
        return (memo or FileMemo()).read(out / MANIFEST, _generated)
    except OSError:
        return set()
