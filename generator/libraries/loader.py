"""Read a library surface file: YAML checked against the schema, then built into frozen dataclasses."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from generator.errors import Problem, SpecError
from generator.libraries.checked import checked_data, remember
from generator.libraries.library import Library
from generator.libraries.model import (
    Argument,
    DataClass,
    EnumMember,
    EnumType,
    ExtraRequest,
    Method,
    Property,
    Resource,
    Returns,
    Wire,
)
from generator.libraries.schema import SURFACE
from generator.spec.messages import schema_problems
from generator.spec.source import line_of, read_yaml
from generator.spec.validation import Schema

_PLACEHOLDER = re.compile(r"\{([^}]*)\}")
_NEEDS_WIRE = ("path", "body_key", "query_key", "instance")


@cache
def _validator() -> Schema:
    """The surface schema (its patterns are written to read alike in both checkers)."""
    return Schema(SURFACE, portable=True)


def _label(data: Any, keys: list[Any]) -> str:
    """The field path of `keys`, naming list items by their `name` (`resources.Call.methods.get`)."""
    parts, node = [], data
    for key in keys:
        item = node[key] if isinstance(node, (dict, list)) and _has(node, key) else None
        if isinstance(key, int) and isinstance(item, dict) and isinstance(item.get("name"), str):
            parts.append(item["name"])
        else:
            parts.append(str(key if not isinstance(key, int) else key + 1))
        node = item
    return ".".join(parts)


def _has(node: Any, key: Any) -> bool:
    return key in node if isinstance(node, dict) else isinstance(key, int) and key < len(node)


def _problem(path: Path, data: Any, keys: list[Any], message: str) -> Problem:
    missing = re.fullmatch(r"('[^']+') is a required property", message)
    message = f"{missing.group(1)} is missing" if missing else message
    return Problem(path, line_of(data, keys), _label(data, keys), message)


def _meaning_problems(path: Path, data: dict[str, Any]) -> list[Problem]:
    """What the schema cannot say: names used twice, path placeholders no argument fills."""
    found = []
    for kind in ("resources", "data_classes", "enums"):
        seen: set[str] = set()
        for i, item in enumerate(data.get(kind, [])):
            if item["name"] in seen:
                found.append(_problem(path, data, [kind, i, "name"], "is declared twice"))
            seen.add(item["name"])
    classes = {c["name"] for c in data.get("data_classes", [])}
    for i, cls in enumerate(data.get("data_classes", [])):
        if cls.get("base") and cls["base"] not in classes:
            found.append(_problem(path, data, ["data_classes", i, "base"], "is no data class here"))
    for r, res in enumerate(data["resources"]):
        signatures: set[tuple[str, ...]] = set()
        for m, meth in enumerate(res["methods"]):
            at = ["resources", r, "methods", m]
            signature = (meth["name"], *(a["type"] for a in meth["arguments"]))
            if signature in signatures:  # C# overloads share a name, not argument types
                found.append(_problem(path, data, [*at, "name"], "is declared twice"))
            signatures.add(signature)
            for a, arg in enumerate(meth["arguments"]):
                if arg["kind"] in _NEEDS_WIRE and "wire" not in arg:
                    message = f"a {arg['kind']} argument needs 'wire' (what it fills)"
                    found.append(_problem(path, data, [*at, "arguments", a], message))
            filled = {a.get("wire") for a in meth["arguments"]}  # a data class can fill one too
            for name in _PLACEHOLDER.findall(meth["path"]):
                if name != "userId" and name not in filled and name not in meth.get("fixed", {}):
                    message = f"no argument fills {{{name}}}"
                    found.append(_problem(path, data, [*at, "path"], message))
    return found


def _argument(raw: dict[str, Any]) -> Argument:
    extra = {"default": raw["default"]} if "default" in raw else {}
    return Argument(
        raw["name"], raw["type"], raw["kind"], raw.get("wire"), raw.get("into"),
        optional=raw.get("optional", False), **extra,
    )  # fmt: skip


def _method(raw: dict[str, Any], source: str) -> Method:
    extra = tuple(
        ExtraRequest(e["http"], e["path"], e["when"], e.get("body"))
        for e in raw.get("extra_requests", [])
    )
    return Method(
        name=raw["name"],
        source=raw.get("source", source),
        http=raw["http"],
        path=raw["path"],
        arguments=tuple(_argument(a) for a in raw["arguments"]),
        returns=Returns(**raw["returns"]),
        fixed=tuple(raw.get("fixed", {}).items()),
        body=raw.get("body"),
        via=raw.get("via"),
        receiver=raw.get("receiver", "class"),
        extra_requests=extra,
        broken=raw.get("broken"),
        notes=tuple(raw.get("notes", [])),
    )


def camel_case(name: str) -> str:
    """Newtonsoft.Json's camel case (CamelCasePropertyNamesContractResolver) of a property name."""
    chars = list(name)
    for i, char in enumerate(chars):
        if i == 1 and not char.isupper():
            break
        if i > 0 and i + 1 < len(chars) and not chars[i + 1].isupper():
            if chars[i + 1].isspace():
                chars[i] = char.lower()
            break
        chars[i] = char.lower()
    return "".join(chars)


def _build(raw: dict[str, Any], path: Path) -> Library:
    classes = tuple(
        DataClass(
            c["name"],
            c["source"],
            tuple(
                Property(
                    p["name"], p["type"], p.get("wire", camel_case(p["name"])), p.get("converter")
                )
                for p in c["properties"]
            ),
            c.get("base"),
            tuple(c.get("notes", [])),
        )
        for c in raw.get("data_classes", [])
    )
    enums = tuple(
        EnumType(
            e["name"],
            e["source"],
            tuple(EnumMember(m["name"], m["wire"]) for m in e["members"]),
            tuple(e.get("notes", [])),
        )
        for e in raw.get("enums", [])
    )
    resources = tuple(
        Resource(
            r["name"],
            r["source"],
            r["access"],
            tuple(_method(m, r["source"]) for m in r["methods"]),
            r.get("instance"),
            tuple(r.get("helpers", [])),
            tuple(r.get("notes", [])),
        )
        for r in raw["resources"]
    )
    return Library(
        name=raw["library"], version=raw["version"], language=raw["language"],
        repository=raw["repository"], ref=raw["ref"], client=raw["client"],
        wire=Wire(**raw["wire"]), resources=resources, data_classes=classes, enums=enums,
        notes=tuple(raw.get("notes", [])), file=path,
    )  # fmt: skip


def load_surface(path: Path) -> Library:
    """One surface file as a Library, or SpecError naming file, line and field of every mistake
    (bytes that passed before are read back from checked.py's copy of their data)."""
    try:
        raw = path.read_bytes()
    except OSError:
        raw = b""  # read_yaml reports it
    kept = checked_data(path, raw) if raw else None
    if kept is not None:
        try:
            return _build(kept, path)
        except (KeyError, TypeError, ValueError, AttributeError):
            pass  # not what a check left (edited by hand): read and check the file again
    data, read_problems = read_yaml(path)
    if read_problems:  # duplicate keys, keys YAML reads as something other than text
        raise SpecError(read_problems)
    problems = [
        _problem(path, data, keys, message)
        for error in _validator().errors(data)
        for keys, message in schema_problems(error)
    ]
    if not problems:
        problems = _meaning_problems(path, data)
    if problems:
        raise SpecError(sorted(problems, key=lambda p: (p.line or 0, p.field)))
    library = _build(data, path)
    if raw and path.read_bytes() == raw:  # the bytes that were checked
        remember(path, raw, data)
    return library
