"""Each client library's surface, described once from its real source (`*.yaml` here).

`surface('Bandwidth.Net').method('Call', 'UpdateAsync')` is the method or None; the `suggest_*`
methods give "did you mean" text for names a spec gets wrong.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from generator.errors import SpecError
from generator.libraries.library import Library
from generator.libraries.loader import load_surface
from generator.spec.messages import did_you_mean

FOLDER = Path(__file__).parent

__all__ = ["FOLDER", "Library", "load_surface", "surface", "surfaces"]


@lru_cache(maxsize=1)
def surfaces() -> dict[str, Library]:
    """Every library surface in this folder, by library name."""
    found = {}
    for path in sorted(FOLDER.glob("*.yaml")):
        library = load_surface(path)
        found[library.name] = library
    return found


def surface(name: str) -> Library:
    """The surface of the library called `name`; SpecError with "did you mean" when unknown."""
    known = surfaces()
    if name not in known:
        hint = did_you_mean(name, known) or f"; known: {', '.join(known)}"
        raise SpecError(f"unknown client library {name!r}{hint}")
    return known[name]
