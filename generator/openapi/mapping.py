"""The `sdk` section of an imported endpoint: OpenAPI does not carry it, so it comes from this
project's own extension, a mapping file, or another generator's vendor extensions."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.errors import Problem, SpecError
from generator.spec.source import read_yaml

FERN_GROUP, FERN_METHOD = "x-fern-sdk-group-name", "x-fern-sdk-method-name"
SPEAKEASY_NAME, SPEAKEASY_GROUP = "x-speakeasy-name-override", "x-speakeasy-group"


def words(text: str) -> list[str]:
    """`addPet`, `add_pet`, `Add pet` -> ['add', 'pet']."""
    spaced = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    return [w.lower() for w in re.split(r"[^A-Za-z0-9]+", spaced) if w]


def pascal(text: str) -> str:
    """`add pet` -> `AddPet`."""
    return "".join(w.capitalize() for w in words(text))


def camel(text: str) -> str:
    """`add pet` -> `addPet`."""
    name = pascal(text)
    return name[:1].lower() + name[1:]


def snake(text: str) -> str:
    """`addPet` -> `add_pet`."""
    return "_".join(words(text))


class SdkMapping:
    """A mapping file: per operationId (or `METHOD /path` as the document writes it), a `group`
    and `method`, or a whole `sdk` section."""

    def __init__(self, path: Path | None):
        self.operations: dict[str, Any] = {}
        self.python_client = "account"
        if path is None:
            return
        data, problems = read_yaml(path)
        if problems:
            raise SpecError(problems)
        if not isinstance(data, dict) or not isinstance(data.get("operations"), dict):
            message = "a mapping file has `operations:` (operationId: {group, method} or {sdk})"
            raise SpecError([Problem(path, 1, "operations", message)])
        self.operations = dict(data["operations"])
        self.python_client = str(data.get("python_client", "account"))


def derived_calls(
    group: str, method: str, *, carries_data: bool, result: str, python_client: str
) -> dict[str, Any]:
    """Every library's call from a group and a method name, by each library's naming habits:
    `Pet`/`add` -> node `Pet.add`, C# `Pet.AddAsync(AddPetData)`, Ruby `Pet.add`, Python
    `add_pet`."""
    with_result = {"result": result} if result != "item" else {}
    csharp: dict[str, Any] = {"resource": pascal(group), "method": pascal(method) + "Async"}
    if carries_data:
        csharp["data_class"] = pascal(method) + pascal(group) + "Data"
    python_method = (
        snake(method) if snake(group) in snake(method) else f"{snake(method)}_{snake(group)}"
    )
    return {
        "node-bandwidth": {"resource": pascal(group), "method": camel(method), **with_result},
        "Bandwidth.Net": {**csharp, **with_result},
        "ruby-bandwidth": {"resource": pascal(group), "method": snake(method), **with_result},
        "bandwidth-sdk": {"client": python_client, "method": python_method, **with_result},
    }


def sdk_for(
    operation: Mapping[str, Any],
    keys: tuple[str, str],
    resource: str,
    mapping: SdkMapping,
    *,
    carries_data: bool,
    result: str,
) -> tuple[dict[str, Any] | None, str]:
    """The `sdk` section and where it came from, or None and what is missing."""
    own = operation.get("x-api-samples")
    if isinstance(own, Mapping) and isinstance(own.get("sdk"), Mapping) and own["sdk"]:
        return dict(own["sdk"]), "x-api-samples"
    entry = mapping.operations.get(keys[0]) or mapping.operations.get(keys[1])
    if isinstance(entry, Mapping) and isinstance(entry.get("sdk"), Mapping):
        return dict(entry["sdk"]), "the mapping file"
    group, method, source = None, None, ""
    if isinstance(entry, Mapping) and entry.get("method"):
        group, method, source = entry.get("group", resource), entry["method"], "the mapping file"
    elif operation.get(FERN_METHOD):
        group, method = operation.get(FERN_GROUP, resource), operation[FERN_METHOD]
        source = f"{FERN_GROUP}/{FERN_METHOD}"
    elif operation.get(SPEAKEASY_NAME):
        group, method = operation.get(SPEAKEASY_GROUP, resource), operation[SPEAKEASY_NAME]
        source = SPEAKEASY_NAME
    if isinstance(group, list):
        group = " ".join(map(str, group))
    if group and method:
        calls = derived_calls(
            str(group),
            str(method),
            carries_data=carries_data,
            result=result,
            python_client=mapping.python_client,
        )
        return calls, source
    missing = (
        "no SDK mapping: give this operationId (or `METHOD /path`) a `group` and `method` in a mapping file "
        f"(--mapping), or {FERN_GROUP}/{FERN_METHOD} or {SPEAKEASY_NAME} in the document"
    )
    return None, missing
