"""An OpenAPI document as spec files: one per operation, in the format of docs/spec-format.md."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from generator.errors import Problem, SpecError
from generator.openapi.mapping import SdkMapping, sdk_for, snake, words
from generator.openapi.operation import NO_TEXT, Operation, success_schema
from generator.openapi.overlay import operations
from generator.openapi.schemas import schema_type
from generator.paths import section_of
from generator.spec.schema_declared import NAME_RE
from generator.spec.text import RESERVED_SECTIONS
from generator.targets import LIBRARIES, TARGETS

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
PLACEHOLDER_BASE = "https://api.example.com"
CREDENTIALS = {
    "user_id": "YOUR_USER_ID",
    "api_token": "YOUR_API_TOKEN",
    "api_secret": "YOUR_API_SECRET",
}


class Imported(NamedTuple):
    """Spec files as data (name without .yaml -> content) and, per file, what was not imported."""

    files: dict[str, dict[str, Any]]
    notes: dict[str, list[str]]


def _line(text: Any, fallback: str) -> str:
    lines = str(text or "").strip().splitlines()
    return lines[0].strip() if lines and lines[0].strip() else fallback


def api_settings(document: Mapping[str, Any]) -> tuple[dict[str, Any], str, list[str]]:
    """`_api.yaml`, the path prefix of the first server (`/v2`), and notes."""
    notes, own = [], document.get("x-api-samples") or {}
    server = (document.get("servers") or [{"url": "/"}])[0]
    url = str(server.get("url", "/"))
    for name, variable in (server.get("variables") or {}).items():
        url = url.replace("{" + name + "}", str(variable.get("default", "")))
    parts = urlsplit(url)
    base = f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else ""
    if not base:
        base = PLACEHOLDER_BASE
        notes.append(f"no absolute server URL ({url!r}); base_url is a placeholder")
    settings = {
        "title": _line((document.get("info") or {}).get("title"), "API"),
        "base_url": base,
        "account_parameter": own.get("account_parameter", "accountId"),
        "credentials": own.get("credentials") or CREDENTIALS,
        # Another API's sdk entries are guesses, not calls of the libraries' surfaces; an API
        # exported by this tool says whether its own were checked.
        "check_sdk": own.get("check_sdk", False) is True,
    }
    if own.get("null_is") in ("unset", "refused"):
        settings["null_is"] = own["null_is"]
    return settings, parts.path.rstrip("/"), notes


def endpoint_id(operation: Mapping[str, Any], method: str, path: str, taken: set[str]) -> str:
    """The spec file's name: the operationId in snake case, else method and path."""
    given = operation.get("operationId")
    base = snake(str(given)) if given else "_".join([method.lower(), *words(path)])
    found, n = base or method.lower(), 2
    while found in taken:
        found, n = f"{base}_{n}", n + 1
    return found


def item_name(resource: str) -> str:
    """One item's name in the samples' variables (`Pets` -> `pet`), never a language's word."""
    name = "_".join(words(resource)) or "item"
    name = name[:-1] if name.endswith("s") and len(name) > 3 else name
    name = name if NAME_RE.match(name) else f"item_{name}"
    taken = any(t.checks.variable and t.checks.variable(name) for t in TARGETS)
    return f"{name}_item" if taken else name


def _unfit(method: str, path: str) -> str | None:
    if method not in METHODS:
        return f"the format has {', '.join(METHODS)}"
    if not re.fullmatch(r"/[^?#\s]*", path):
        return "not a plain URL path"
    return None


# What each library's tab says for an operation without an SDK mapping (the cURL tab still runs).
NO_MAPPING = (
    "No client-library call is mapped to this operation yet (the OpenAPI document does not say "
    "which one it is); the cURL tab sends the request."
)


def import_document(document: Mapping[str, Any], mapping: SdkMapping, source: Path) -> Imported:
    """Every operation of a dereferenced document as a spec file, with notes on what is lost."""
    settings, prefix, api_notes = api_settings(document)
    files: dict[str, dict[str, Any]] = {"_api": settings}
    notes: dict[str, list[str]] = {"_api": api_notes}
    taken: set[str] = set()
    for path, method, operation in operations(document):
        why = _unfit(method.upper(), prefix + path)
        if why:
            api_notes.append(f"{method.upper()} {path} skipped: {why}")
            continue
        name = endpoint_id(operation, method, path, taken)
        taken.add(name)
        item = (document.get("paths") or {}).get(path) or {}
        own = operation.get("x-api-samples") or {}
        # Files this tool exported on one method and path: the first, then each variant.
        for op in (operation, *(own.get("variants") or [])):
            if op is not operation:
                name = endpoint_id(op, method, path, taken)
                taken.add(name)
            found = Operation(settings["account_parameter"], notes.setdefault(name, []))
            files[name] = _spec(found, (prefix + path, path), method.upper(), op, item, mapping)
    if len(files) == 1:
        raise SpecError([Problem(source, None, "/paths", "no operation that a spec file can hold")])
    return Imported(files, notes)


def _spec(
    found: Operation,
    paths: tuple[str, str],
    method: str,
    op: Mapping[str, Any],
    item: Mapping[str, Any],
    mapping: SdkMapping,
) -> dict[str, Any]:
    """One spec file's content, in the order docs/spec-format.md lists the fields."""
    own = op.get("x-api-samples") or {}
    path = paths[0]
    resource = _resource(found, op, path)
    spec: dict[str, Any] = {
        "resource": resource,
        "item_name": own.get("item_name") or item_name(resource),
        "title": _line(
            op.get("summary"),
            " ".join(words(str(op.get("operationId", "")))).capitalize() or f"{method} {paths[1]}",
        ),
        "description": str(op.get("description") or op.get("summary") or NO_TEXT).strip(),
        "method": method,
        "path": path,
    }
    declared = {(p.get("name"), p.get("in")): p for p in item.get("parameters") or []}
    declared.update({(p.get("name"), p.get("in")): p for p in op.get("parameters") or []})
    for param in declared.values():
        found.parameter(param)
    # An operation shared by several files keeps its first file's own body in the extension.
    rules = found.body(own.get("request_body", op.get("requestBody")))
    if found.array:
        spec["body"] = found.array
    if own.get("when"):
        spec["when"] = dict(own["when"])
    own_rules = own.get("rules") or []
    rules += [tuple(r["at_least_one_of"]) for r in own_rules if "at_least_one_of" in r]
    rules = [r for r in rules if all(n in found.params for n in r)]
    apart = [tuple(r["at_most_one_of"]) for r in own_rules if "at_most_one_of" in r]
    apart = [r for r in apart if all(n in found.params for n in r)]
    if found.entries:
        spec["parameters"] = list(found.entries.values())
    properties = found.properties(op.get("responses") or {})
    if properties:
        spec["properties"] = properties
    if rules or apart:
        spec["rules"] = [{"at_least_one_of": list(r)} for r in rules]
        spec["rules"] += [{"at_most_one_of": list(r)} for r in apart]
    spec["examples"] = found.examples(own.get("examples"), rules)
    spec.update(own_response(own, spec["examples"]))
    answer = success_schema(op.get("responses") or {})
    result = "none" if method == "DELETE" else "list" if schema_type(answer) == "array" else "item"
    carries = any(p.location != "path" for p, _ in found.params.values())
    keys = (str(op.get("operationId", "")), f"{method} {paths[1]}")
    sdk, source = sdk_for(op, keys, resource, mapping, carries_data=carries, result=result)
    if sdk is None:
        found.notes.append(source)
        sdk = {library: {"missing": NO_MAPPING} for library in LIBRARIES}
    spec["sdk"] = sdk
    return spec


def _resource(found: Operation, op: Mapping[str, Any], path: str) -> str:
    """The operation's resource: its first tag, else the path's last part before any placeholder
    (as words); one that cannot name a page folder is renamed, with a note."""
    tags = op.get("tags") or []
    last = path.split("{")[0].rstrip("/").split("/")[-1]
    resource = str(tags[0]) if tags else " ".join(words(last)).title() or "API"
    if section_of(resource) in RESERVED_SECTIONS or not section_of(resource):
        found.notes.append(f"resource {resource!r} cannot name a page folder; renamed")
        resource = f"{resource} endpoints" if section_of(resource) else "Endpoints"
    return resource


def own_response(own: dict[str, Any], examples: list[dict[str, Any]]) -> dict[str, Any]:
    """What this project's own export carries of `response` (x-api-samples): the endpoint's, and
    each example's body (set on the examples in place)."""
    bodies = own.get("example_responses")
    for example in examples:
        body = bodies.get(example["id"]) if isinstance(bodies, dict) else None
        if isinstance(body, dict):
            example["response"] = {"body": body}
    given = own.get("response")
    return {"response": given} if isinstance(given, dict) else {}
