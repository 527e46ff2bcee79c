"""Check the `sdk` section: per client library, the call its sample makes."""

from __future__ import annotations

from typing import Any

from generator.errors import Report, show
from generator.model.calls import Example, Lack, LibraryCall
from generator.model.parameters import Parameter
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
        if isinstance(raw, dict) and "missing" in raw:
            calls[library] = (_missing_call(library, raw, found),)
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


def _check_chain_length(
    chain: list[Any], params: dict[str, Parameter], where: list[Any], found: Report
) -> None:
    """An instance chain fetches one level per path id after the first, so it lists at most the
    path ids minus one methods."""
    ids = [p.name for p in params.values() if p.location == "path"]
    if len(chain) > max(len(ids) - 1, 0):
        most = max(len(ids) - 1, 0)
        message = (
            f"lists {len(chain)} methods, but the path has {len(ids)} id(s) ({', '.join(ids)}):"
            f" the first fetches the item, each method listed takes the next, so at most {most}"
        )
        found.add(where, message)


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
    lacks = _lacks(raw.get("lacks"), where, found)
    # What the call takes by itself, and what it never sends (its `lacks` parameters): neither
    # needs a params object or data class.
    own = {a.name for a in args} | set(implies) | {n for lack in lacks for n in lack.parameters}
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
    _check_other_libraries_keys(library, raw, where, found)
    chain = raw.get("on_instance")
    if isinstance(chain, list):
        _check_chain_length(chain, params, [*where, "on_instance"], found)
    return LibraryCall(
        library=library,
        resource=raw.get("resource", ""),
        method=raw.get("method", ""),
        result=raw.get("result", "item"),
        data_class=raw.get("data_class"),
        client=raw.get("client"),
        on_instance=bool(raw.get("on_instance", False)) or isinstance(chain, list),
        chain=tuple(chain) if isinstance(chain, list) else (),
        is_async=raw.get("async", True),
        list_field=raw.get("list_field"),
        unsupported=tuple(n for n in raw.get("unsupported") or () if isinstance(n, str)),
        classes=tuple((k, v) for k, v in (raw.get("classes") or {}).items() if isinstance(v, str)),
        implies=tuple(implies.items()),
        args=args,
        takes_data=takes_data,
        lacks=lacks,
    )


def _check_other_libraries_keys(
    library: str, raw: dict[str, Any], where: list[Any], found: Report
) -> None:
    """A key only other libraries' calls take (`client` in a node-bandwidth call) is reported."""
    known = LIBRARIES[library]
    for key in raw:
        if key not in (
            "method",
            "result",
            "unsupported",
            "lacks",
            *CALL_KEYS,
            *known.needs,
            *known.options,
        ):
            users = [lib.name for lib in LIBRARIES.values() if key in lib.needs + lib.options]
            if users:
                found.add(
                    [*where, key], f"{key!r} is not used by {library}, only by {', '.join(users)}"
                )


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


def _lacks(listed: Any, at: list[Any], found: Report) -> tuple[Lack, ...]:
    """A call's `lacks` entries, each with exactly one of `parameters` and `values`, and a note."""
    lacks = []
    for i, raw in enumerate(listed if isinstance(listed, list) else ()):
        if not isinstance(raw, dict):
            continue  # reported by the schema
        where = [*at, "lacks", i]
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
            if call.missing is not None or not call.method or not (call.resource or call.client):
                continue
            lacks = raw.get("unsupported") if isinstance(raw.get("unsupported"), list) else []
            lacks = [*lacks, *(n for lack in call.lacks for n in lack.parameters)]
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


def check_sent_as_given(data: dict[str, Any], examples: tuple[Example, ...], found: Report) -> None:
    """Each example a library's sample shows (no `lacks` note) is sent, by the call chosen for
    it, as it gives it: a value the library would leave out or change silently is an error, with
    the honest way out."""
    from generator.libraries import surface
    from generator.libraries.wire import changed_values

    for example, call in ((x, c) for x in examples for c in x.calls.values()):
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
