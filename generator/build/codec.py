"""Cache entries' models as JSON data, and endpoints read back with only their summary decoded."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import fields, is_dataclass
from typing import Any

from generator import model

_MODEL_CLASSES = (
    model.Endpoint,
    model.Parameter,
    model.Property,
    model.Rule,
    model.Example,
    model.Argument,
    model.Responding,
    model.Body,
)
_MODEL_TYPES = {
    cls.__name__: cls for cls in (*_MODEL_CLASSES, model.LibraryCall, model.Lack, model.CallArg)
}
# What the landing page, the navigation and the checks across files read of every endpoint.
SUMMARY = ("id", "source", "resource", "title", "method", "path")


def encode(value: Any) -> Any:
    """The model as JSON data that `decode` turns back into equal objects; TypeError otherwise."""
    if isinstance(value, CachedEndpoint):
        value = value.full()
    if is_dataclass(value) and type(value).__name__ in _MODEL_TYPES:
        return {
            "$": type(value).__name__,
            "f": [encode(getattr(value, f.name)) for f in fields(value)],
        }
    if isinstance(value, tuple):
        return {"t": [encode(v) for v in value]}
    if isinstance(value, list):
        return {"l": [encode(v) for v in value]}
    if isinstance(value, dict):
        if not all(type(k) is str for k in value):
            raise TypeError("only string keys survive JSON")
        return {"d": {k: encode(v) for k, v in value.items()}}
    if value is None or type(value) in (str, int, float, bool):
        return value
    raise TypeError(f"cannot cache a {type(value).__name__}")


def decode(data: Any) -> Any:
    """The objects that `encode` was given."""
    if not isinstance(data, dict):
        return data
    if "$" in data:
        return _MODEL_TYPES[data["$"]](*[decode(v) for v in data["f"]])
    if "t" in data:
        return tuple(decode(v) for v in data["t"])
    if "l" in data:
        return [decode(v) for v in data["l"]]
    return {k: decode(v) for k, v in data["d"].items()}


class _Decoded:
    """A field of a CachedEndpoint beyond SUMMARY: on first read, the model is decoded and all
    its fields are kept on the instance (which then shadows this descriptor)."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: CachedEndpoint | None, owner: type | None = None) -> Any:
        if obj is None:
            return self
        full = obj.full()
        for f in fields(full):
            if f.name not in SUMMARY:
                object.__setattr__(obj, f.name, getattr(full, f.name))
        return obj.__dict__[self.name]


class CachedEndpoint(model.Endpoint):
    """An endpoint read back from the cache: the SUMMARY fields at once, every other field
    decoded from the entry on first use (most rebuilds only list unchanged endpoints on the
    landing page and in the navigation, so their models are never decoded). It compares equal
    to the Endpoint it was stored from."""

    def __init__(self, summary: dict[str, str], encoded: str | bytes | Callable[[], str | bytes]):
        for name in SUMMARY:
            object.__setattr__(self, name, summary[name])
        object.__setattr__(self, "_encoded", encoded)  # or how to get it, when first needed

    def encoded(self) -> str | bytes:
        """The model as the cache entry holds it (JSON)."""
        encoded = self.__dict__["_encoded"]
        if callable(encoded):
            encoded = encoded()
            object.__setattr__(self, "_encoded", encoded)
        return encoded

    def full(self) -> model.Endpoint:
        """The endpoint as validated (decoded once)."""
        done = self.__dict__.get("_full")
        if done is None:
            done = decode(json.loads(self.encoded()))
            if not isinstance(done, model.Endpoint):
                raise TypeError("a cache entry holds no endpoint")
            object.__setattr__(self, "_full", done)
        return done

    def __eq__(self, other: object) -> bool:
        if isinstance(other, CachedEndpoint):
            other = other.full()
        return self.full() == other if isinstance(other, model.Endpoint) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.full())

    def __reduce__(self) -> tuple[Any, ...]:
        return (decode, (json.loads(self.encoded()),))


for _field in fields(model.Endpoint):
    if _field.name not in SUMMARY:
        _lazy = _Decoded()
        _lazy.__set_name__(CachedEndpoint, _field.name)
        setattr(CachedEndpoint, _field.name, _lazy)
