"""Check the `sdk` section: per client library, the call its sample makes."""

from __future__ import annotations

from typing import Any

from generator.errors import Report, show
from generator.model import Example, Lack, LibraryCall, Parameter
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
        if "missing" in raw:
            calls[library] = _missing_call(library, raw, found)
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
            if key not in (
                "method",
                "result",
                "unsupported",
                "lacks",
                *known.needs,
                *known.options,
            ):
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
            lacks=_lacks(library, raw.get("lacks"), found),
        )
    for library in LIBRARIES:
        if library not in sdk:
            found.add(["sdk"], f"no call given for client library {library!r}")
    return calls


def one_line(text: str) -> str:
    """A note as its tab shows it: on one line, blanks as single spaces."""
    return " ".join(text.split())


def _missing_call(library: str, raw: dict[str, Any], found: Report) -> LibraryCall:
    """`missing: NOTE`, the whole entry: the library has no call, its tab shows the note."""
    for key in raw:
        if key != "missing":
            message = f"{key!r} cannot go with 'missing' (the library has no call for this endpoint, so its tab shows the note instead of a sample); remove one of them"
            found.add(["sdk", library, key], message)
    note = raw["missing"]
    if isinstance(note, str) and not note.strip():
        found.add(["sdk", library, "missing"], "is empty; say why the library cannot do this")
    return LibraryCall(library, "", "", missing=one_line(note) if isinstance(note, str) else "")


def _lacks(library: str, listed: Any, found: Report) -> tuple[Lack, ...]:
    """A call's `lacks` entries, each with exactly one of `parameters` and `values`, and a note."""
    lacks = []
    for i, raw in enumerate(listed if isinstance(listed, list) else ()):
        if not isinstance(raw, dict):
            continue  # reported by the schema
        where = ["sdk", library, "lacks", i]
        if "parameters" in raw and "values" in raw:
            found.add(where, "gives both 'parameters' and 'values'; write one entry for each")
            continue
        if "parameters" not in raw and "values" not in raw:
            found.add(where, "needs 'parameters' (never sent) or 'values' (not sent as given)")
            continue
        note = raw.get("note")
        if isinstance(note, str) and not note.strip():
            found.add([*where, "note"], "is empty; say what the library cannot send")
        names = raw.get("parameters")
        values = raw.get("values")
        lacks.append(
            Lack(
                note=one_line(note) if isinstance(note, str) else "",
                parameters=(
                    tuple(n for n in names if isinstance(n, str)) if isinstance(names, list) else ()
                ),
                values=dict(values) if isinstance(values, dict) else {},
            )
        )
    return tuple(lacks)


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
    calls: dict[str, LibraryCall],
    examples: tuple[Example, ...],
    found: Report,
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
        if call.missing is not None or not call.method or not (call.resource or call.client):
            continue
        lacks = raw.get("unsupported") if isinstance(raw.get("unsupported"), list) else []
        lacks = [*lacks, *(n for lack in call.lacks for n in lack.parameters)]
        sent = [p for p in params.values() if p.name not in lacks]
        array = isinstance(data.get("body"), dict) and data["body"].get("type") == "array"
        problems = check_call(surface(library), call, data["method"], data["path"], sent, array)
        for where, message in problems:
            field = where[0] if where[0] in raw else "method"
            found.add(["sdk", library, field], message)
        if not problems:
            check_sent_as_given(data, call, examples, found)


def check_sent_as_given(
    data: dict[str, Any], call: LibraryCall, examples: tuple[Example, ...], found: Report
) -> None:
    """Each example a library's sample shows (no `lacks` note) is sent as it gives it: a value
    the library would leave out or change silently is an error, with the honest way out."""
    from generator.libraries import surface
    from generator.libraries.wire import changed_values

    for example in examples:
        if call.note_for(example) is not None:
            continue
        changed = changed_values(surface(call.library), call, data["method"], data["path"], example)
        for name, instead in changed:
            given = next(a.value for a in example.arguments if a.name == name)
            what = "leaves it out" if instead is None else f"sends {instead}"
            message = f"{call.library} cannot send {name!r} as {show(given)} (its call {what}); add a `lacks` entry with a note to its sdk entry, so its tab says so, or change the example"
            values = example_values(data, example)
            at = ["examples", example.number - 1, "values"]
            found.add([*at, name] if name in values else at, message)


def example_values(data: dict[str, Any], example: Example) -> dict[str, Any]:
    """The `values` mapping an example was read from."""
    raw = (data.get("examples") or [])[example.number - 1]
    values = raw.get("values") if isinstance(raw, dict) else None
    return values if isinstance(values, dict) else {}
