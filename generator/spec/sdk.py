"""Check the `sdk` section: per client library, the call its sample makes."""

from __future__ import annotations

from typing import Any

from generator.errors import Report
from generator.model import LibraryCall, Parameter
from generator.spec.messages import did_you_mean
from generator.targets import LIBRARIES, TARGETS


def _unknown_library(name: str) -> str:
    """`unknown client library 'x'`, naming the library a target key stands for."""
    message = f"unknown client library {name!r}"
    for target in TARGETS:
        if target.key == name and target.library:
            return f"{message}; the {target.label} sample calls {target.library.name!r}"
    return message + (did_you_mean(name, LIBRARIES) or f"; known: {', '.join(LIBRARIES)}")


def read_calls(
    data: dict[str, Any], params: dict[str, Parameter], found: Report
) -> dict[str, LibraryCall]:
    """Per client library, the call its sample makes, with the fields that library needs."""
    sdk = data.get("sdk")
    if not isinstance(sdk, dict):
        return {}
    calls = {}
    carries_data = any(p.location != "path" for p in params.values())
    for library, raw in sdk.items():
        if library not in LIBRARIES:
            found.add(["sdk", library], _unknown_library(library))
            continue
        if not isinstance(raw, dict):
            continue
        known = LIBRARIES[library]
        for key in known.needs:
            if key not in raw:
                found.add(
                    ["sdk", library], f"{key!r} is missing; the {known.language} sample needs it"
                )
        for key in known.data_needs if carries_data else ():
            if key not in raw:
                message = (
                    f"{key!r} is missing; the {known.language} sample passes the parameters in it"
                )
                found.add(["sdk", library], message)
        _check_method(library, raw.get("method"), ["sdk", library, "method"], found)
        if "list_field" in raw and raw.get("result") != "list":
            found.add(
                ["sdk", library, "list_field"], "only a call with result: list has a list_field"
            )
        for key in raw:
            if key not in ("method", "result", "unsupported", *known.needs, *known.options):
                users = [lib.name for lib in LIBRARIES.values() if key in lib.needs + lib.options]
                if users:
                    found.add(
                        ["sdk", library, key],
                        f"{key!r} is not used by {library}, only by {', '.join(users)}",
                    )
        calls[library] = LibraryCall(
            library=library,
            resource=raw.get("resource", ""),
            method=raw.get("method", ""),
            result=raw.get("result", "item"),
            data_class=raw.get("data_class"),
            client=raw.get("client"),
            on_instance=raw.get("on_instance", False),
            is_async=raw.get("async", True),
            list_field=raw.get("list_field"),
            unsupported=tuple(n for n in raw.get("unsupported") or () if isinstance(n, str)),
        )
    for library in LIBRARIES:
        if library not in sdk:
            found.add(["sdk"], f"no call given for client library {library!r}")
    return calls


def _check_method(library: str, method: Any, where: list[Any], found: Report) -> None:
    """A method name every target calling this library can write (the targets' own checks)."""
    if not isinstance(method, str):
        return  # reported by the schema
    for target in TARGETS:
        check = target.checks.sdk_method
        if target.library and target.library.name == library and check:
            if message := check(method):
                found.add(where, message)
                return


def check_surfaces(
    data: dict[str, Any], params: dict[str, Parameter], calls: dict[str, LibraryCall], found: Report
) -> None:
    """Each call against its library's surface: resource, method, the request it sends, data
    class, properties and enum members (run on an otherwise valid spec, so nothing cascades)."""
    from generator.libraries import surface  # the surfaces import this package's messages
    from generator.libraries.checks import check_call

    sdk = data.get("sdk") or {}
    if not any(
        surface(name).calls_for(data["method"], data["path"]) for name in calls if name in sdk
    ):
        return  # outside the API the surfaces describe (a synthetic one): nothing to check against
    for library, call in calls.items():
        raw = sdk[library]
        if not call.method or not (call.resource or call.client):
            continue
        lacks = raw.get("unsupported") if isinstance(raw.get("unsupported"), list) else []
        sent = [p for p in params.values() if p.name not in lacks]
        array = isinstance(data.get("body"), dict) and data["body"].get("type") == "array"
        problems = check_call(surface(library), call, data["method"], data["path"], sent, array)
        for where, message in problems:
            field = where[0] if where[0] in raw else "method"
            found.add(["sdk", library, field], message)
