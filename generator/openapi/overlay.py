"""An OpenAPI Overlay 1.0 that adds the verified samples to a team's own OpenAPI document."""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, NamedTuple

from generator.model.endpoint import Api, Endpoint
from generator.openapi.samples import code_samples, with_titles

OVERLAY_VERSION = "1.0.0"
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


class Overlay(NamedTuple):
    """The overlay document, and what matched nothing on either side."""

    document: dict[str, Any]
    unmatched_operations: list[str]  # `METHOD path` of the user's document
    unmatched_endpoints: list[str]  # endpoint ids of the spec folder


def route_key(method: str, path: str) -> tuple[str, str]:
    """A method and path with parameter names ignored: `/a/{id}` and `/a/{x}` are one route."""
    return method.upper(), re.sub(r"\{[^}]*\}", "{}", path.rstrip("/") or "/")


def json_path(path: str, method: str) -> str:
    """The RFC 9535 JSONPath of one operation of a document."""
    quoted = path.replace("\\", "\\\\").replace("'", "\\'")
    return f"$.paths['{quoted}'].{method}"


def operations(document: Mapping[str, Any]) -> list[tuple[str, str, Mapping[str, Any]]]:
    """Every operation of an OpenAPI document: path, method (lower case) and the object."""
    found = []
    paths = document.get("paths")
    for path, item in paths.items() if isinstance(paths, Mapping) else ():
        for method in METHODS:
            if isinstance(item, Mapping) and isinstance(item.get(method), Mapping):
                found.append((str(path), method, item[method]))
    return found


def overlay_dict(
    target: Mapping[str, Any], api: Api, endpoints: list[Endpoint], files: Mapping[str, str]
) -> Overlay:
    """Actions that set `x-codeSamples` on each operation of `target` that an endpoint matches:
    by operationId, else by method and path (parameter names ignored)."""
    samples = code_samples(files)
    by_id = {e.id: e for e in endpoints}
    by_route = {route_key(e.method, e.path): e for e in endpoints}
    actions, unmatched, used = [], [], set()
    for path, method, operation in operations(target):
        endpoint = by_id.get(str(operation.get("operationId"))) or by_route.get(
            route_key(method, path)
        )
        if endpoint is None:
            unmatched.append(f"{method.upper()} {path}")
            continue
        used.add(endpoint.id)
        actions.append(
            {
                "target": json_path(path, method),
                "description": f"Verified samples of {endpoint.title} ({endpoint.id})",
                "update": {"x-codeSamples": with_titles(samples.get(endpoint.id, []), endpoint)},
            }
        )
    title = target.get("info", {}).get("title") if isinstance(target.get("info"), Mapping) else None
    document = {
        "overlay": OVERLAY_VERSION,
        "info": {"title": f"Verified code samples for {title or api.title}", "version": "1"},
        "actions": actions,
    }
    missing = [e.id for e in endpoints if e.id not in used]
    return Overlay(document, unmatched, missing)


def overlay_document(
    target: Mapping[str, Any], api: Api, endpoints: list[Endpoint], files: Mapping[str, str]
) -> str:
    """The overlay as JSON text (deterministic)."""
    document = overlay_dict(target, api, endpoints, files).document
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
