"""Check the `sdk` section: per client library, the call its sample makes."""

from __future__ import annotations

from typing import Any

from generator.errors import Report
from generator.model import LibraryCall, Parameter
from generator.spec.calls import CALL_KEYS, Carry, read_args
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
) -> dict[str, tuple[LibraryCall, ...]]:
    """Per client library, the calls its samples make (one, or its alternatives in order), each
    with the fields that library needs."""
    sdk = data.get("sdk")
    if not isinstance(sdk, dict):
        return {}
    calls: dict[str, tuple[LibraryCall, ...]] = {}
    for library, raw in sdk.items():
        if library not in LIBRARIES:
            found.add(["sdk", library], _unknown_library(library))
            continue
        entries = list(enumerate(raw)) if isinstance(raw, list) else [(None, raw)]
        read = []
        for i, entry in entries:
            if not isinstance(entry, dict):
                continue
            where: list[Any] = ["sdk", library] if i is None else ["sdk", library, i]
            general = i is None or i == len(entries) - 1
            read.append(_read_call(library, entry, where, params, general, found))
        if read and len(read) == len(entries):
            calls[library] = tuple(read)
    for library in LIBRARIES:
        if library not in sdk:
            found.add(["sdk"], f"no call given for client library {library!r}")
    return calls


def _read_call(
    library: str,
    raw: dict[str, Any],
    where: list[Any],
    params: dict[str, Parameter],
    general: bool,
    found: Report,
) -> LibraryCall:
    """One call of a library's entry; `general`: the single or last call, which carries every
    value (the others carry their path ids, implies and args, and with `data: true` the rest)."""
    known = LIBRARIES[library]
    takes_data = general or raw.get("data") is True
    implies = raw["implies"] if isinstance(raw.get("implies"), dict) else {}
    args = read_args(raw.get("args"))
    own = {a.name for a in args} | set(implies)  # what the call takes by itself
    carries_data = takes_data and any(
        p.location != "path" and p.name not in own for p in params.values()
    )
    for key in known.needs:
        if key not in raw:
            found.add(where, f"{key!r} is missing; the {known.language} sample needs it")
    for key in known.data_needs if carries_data else ():
        if key not in raw:
            message = f"{key!r} is missing; the {known.language} sample passes the parameters in it"
            found.add(where, message)
    _check_method(library, raw.get("method"), [*where, "method"], found)
    if "list_field" in raw and raw.get("result") != "list":
        found.add([*where, "list_field"], "only a call with result: list has a list_field")
    if general and "data" in raw:
        found.add(
            [*where, "data"],
            "only a dedicated call (not the last) takes data: the last always does",
        )
    for key in raw:
        if key not in ("method", "result", "unsupported", *CALL_KEYS, *known.needs, *known.options):
            users = [lib.name for lib in LIBRARIES.values() if key in lib.needs + lib.options]
            if users:
                found.add(
                    [*where, key], f"{key!r} is not used by {library}, only by {', '.join(users)}"
                )
    return LibraryCall(
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
        implies=tuple(implies.items()),
        args=args,
        takes_data=takes_data,
    )


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
    data: dict[str, Any],
    params: dict[str, Parameter],
    calls: dict[str, tuple[LibraryCall, ...]],
    found: Report,
) -> bool:
    """Each call against its library's surface: resource, method, the request it sends, data
    class, properties, enum members, args and implies (run on an otherwise valid spec, so nothing
    cascades). False when the endpoint is outside the API the surfaces describe."""
    from generator.libraries import surface  # the surfaces import this package's messages
    from generator.libraries.checks import check_call

    sdk = data.get("sdk") or {}
    if not any(
        surface(name).calls_for(data["method"], data["path"]) for name in calls if name in sdk
    ):
        return False  # a synthetic API: nothing to check against
    array = isinstance(data.get("body"), dict) and data["body"].get("type") == "array"
    for library, alternatives in calls.items():
        for i, call in enumerate(alternatives):
            listed = isinstance(sdk[library], list)
            raw = sdk[library][i] if listed else sdk[library]
            where: list[Any] = ["sdk", library, i] if listed else ["sdk", library]
            if not call.method or not (call.resource or call.client):
                continue
            lacks = raw.get("unsupported") if isinstance(raw.get("unsupported"), list) else []
            sent = [
                p for p in params.values() if p.name not in lacks and p.name not in call.implied
            ]
            if not call.takes_data:  # a dedicated call: only what it carries itself
                sent = [p for p in sent if p.location == "path" or p.name in call.arg_names]
            problems = check_call(
                surface(library),
                call,
                data["method"],
                data["path"],
                sent,
                declared=params,
                array=array,
            )
            for at, message in problems:
                field = at[0] if at[0] in raw else "method"
                found.add([*where, field, *at[1:]], message)
    return True


def surface_carry(data: dict[str, Any]) -> Carry:
    """What each library's call cannot carry of an example's values, from its surface."""
    from generator.libraries import surface
    from generator.libraries.carry import cannot_carry

    array = isinstance(data.get("body"), dict) and data["body"].get("type") == "array"

    def carry(library: str, call: LibraryCall, names: list[str]) -> list[str]:
        return cannot_carry(
            surface(library), call, data["method"], data["path"], names, array=array
        )

    return carry
