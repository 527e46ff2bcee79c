"""Read an OpenAPI 3.0 or 3.1 document: parse, validate, resolve `$ref`s; errors name file,
JSON pointer and line."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urldefrag, urljoin

import yaml

# openapi-spec-validator checks with jsonschema-rs when that is installed (schemathesis brings it),
# whose errors carry no JSON path or oneOf branches; the messages here need jsonschema's. The
# setting is read when the validators are first used, so it is made before they are imported.
os.environ["OPENAPI_SPEC_VALIDATOR_SCHEMA_VALIDATOR_BACKEND"] = "jsonschema"

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from referencing import Registry, Resource, Specification
from referencing.exceptions import PointerToNowhere, Unresolvable, Unretrievable

from generator.errors import Problem, SpecError
from generator.openapi.locate import deepest, find_ref, find_value, line_of, pointer, value_at

MAX_BYTES = 8 * 1024 * 1024
VALIDATORS = {"3.0": OpenAPIV30SpecValidator, "3.1": OpenAPIV31SpecValidator}


def _parse(path: Path) -> tuple[Any, str]:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError([Problem(path, None, "", f"cannot read: {exc.strerror or exc}")]) from None
    if len(raw) > MAX_BYTES:
        raise SpecError([Problem(path, None, "", f"over {MAX_BYTES // 1024 // 1024} MB")])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SpecError([Problem(path, None, "", f"not UTF-8 text ({exc.reason})")]) from None
    try:
        if path.suffix == ".json":
            return json.loads(text), text
        return yaml.safe_load(text), text
    except json.JSONDecodeError as exc:
        raise SpecError([Problem(path, exc.lineno, "", f"not JSON: {exc.msg}")]) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        what = getattr(exc, "problem", None) or str(exc)
        raise SpecError([Problem(path, line, "", f"not YAML: {what}")]) from None


def read_document(path: Path) -> dict[str, Any]:
    """The document with every `$ref` (local, or to a relative file) replaced by its target;
    SpecError with every problem when it is not a valid OpenAPI 3.0 or 3.1 document."""
    data, text = _parse(path)
    if not isinstance(data, dict):
        raise SpecError([Problem(path, 1, "", "not an OpenAPI document (no mapping at the top)")])
    version = str(data.get("openapi", ""))
    validator = VALIDATORS.get(version[:3])
    if validator is None:
        found = f"openapi: {version}" if version else "no `openapi` field"
        if "swagger" in data:
            found = f"Swagger {data['swagger']}"
        message = f"{found}; only OpenAPI 3.0 and 3.1 documents can be imported"
        raise SpecError([Problem(path, line_of(text, ["openapi"]), "/openapi", message)])
    base = path.resolve().as_uri()
    problems = []
    try:
        errors = list(validator(data, base_uri=base).iter_errors())
    except Unresolvable as exc:  # the validator follows $refs as it goes
        ref = getattr(exc, "ref", "")
        where = find_ref(data, ref) or []
        message = _unresolvable(value_at(data, where) if where else ref, exc)
        problem = Problem(path, line_of(text, where), pointer(where) or "/", message)
        raise SpecError([problem]) from None
    for error in errors:
        branch = deepest(error) if error.context else None
        relative = list(branch.absolute_path)[len(error.absolute_path) :] if branch else []
        where = [*error.path, *relative] or find_value(data, error.instance) or []
        message = branch.message if branch else error.message
        problems.append(Problem(path, line_of(text, where), pointer(where) or "/", message))
    if problems:
        raise SpecError(sorted(problems, key=lambda p: (p.line or 0, p.field)))
    return Dereferencer(path, text).resolve(data)


def _unresolvable(ref: str, exc: Unresolvable) -> str:
    if isinstance(exc, PointerToNowhere):
        return f"{ref!r} points at nothing in its document"
    while exc.__cause__ and not isinstance(exc, Unretrievable):
        exc = exc.__cause__  # type: ignore[assignment]
    if isinstance(exc, Unretrievable):
        cause = exc.__cause__
        reason = cause.problems[0].message if isinstance(cause, SpecError) else str(cause or exc)
        return f"{ref!r}: the file cannot be read ({reason})"
    return f"{ref!r} cannot be resolved"


class Dereferencer:
    """Replaces `$ref`s with their targets, with `referencing` (from the jsonschema project)
    fetching relative files; a reference that loops back is cut with a note."""

    def __init__(self, path: Path, text: str):
        self.path, self.text = path, text
        self.registry: Registry = Registry(retrieve=self._retrieve)  # type: ignore[call-arg]
        self.circular: list[str] = []

    def _retrieve(self, uri: str) -> Resource:
        if not uri.startswith("file://"):
            raise ValueError("only local and relative-file references are followed")
        target = Path(unquote(uri.removeprefix("file://")))
        data, _ = _parse(target)
        return Resource.from_contents(data, default_specification=Specification.OPAQUE)

    def resolve(self, data: dict[str, Any]) -> dict[str, Any]:
        """The document with its references resolved."""
        base = self.base = self.path.resolve().as_uri()
        resource = Resource.from_contents(data, default_specification=Specification.OPAQUE)
        self.registry = self.registry.with_resource(base, resource)
        return self._walk(data, self.registry.resolver(base), base, (), [])

    def _walk(
        self, value: Any, resolver: Any, base: str, seen: tuple[str, ...], where: list[Any]
    ) -> Any:
        if isinstance(value, list):
            return [self._walk(v, resolver, base, seen, [*where, i]) for i, v in enumerate(value)]
        if not isinstance(value, dict):
            return value
        ref = value.get("$ref")
        if isinstance(ref, str):
            try:
                resolved = resolver.lookup(ref)
            except Unresolvable as exc:
                line = line_of(self.text, [*where, "$ref"]) if base == self.base else None
                problem = Problem(
                    self.path, line, pointer([*where, "$ref"]), _unresolvable(ref, exc)
                )
                raise SpecError([problem]) from None
            key = urljoin(base, ref)
            if key in seen:
                self.circular.append(pointer(where))
                return {"description": f"(circular reference to {ref})"}
            inner = urldefrag(key).url
            return self._walk(resolved.contents, resolved.resolver, inner, (*seen, key), where)
        return {k: self._walk(v, resolver, base, seen, [*where, k]) for k, v in value.items()}
