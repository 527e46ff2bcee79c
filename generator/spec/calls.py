"""A library's alternatives: `implies`, `args`, and the call each example's sample makes."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any

from generator.errors import Report, show
from generator.model.calls import CallArg, Example, LibraryCall
from generator.model.parameters import Parameter
from generator.spec.messages import did_you_mean, value_problem
from generator.spec.values import parameter_schema

CALL_KEYS = ("implies", "args", "data")  # the call fields every library takes (besides method)

# What a call cannot send of an example's values (names), given the library, call and names;
# None when the library surface is not known (a synthetic API): then the general call carries
# every value and a dedicated one its args.
Carry = Callable[[str, LibraryCall, list[str]], list[str]]


def read_args(raw: Any) -> tuple[CallArg, ...]:
    """A call's `args` (names, or `{name, as}`), as written (checked in check_call_fields)."""
    if not isinstance(raw, list):
        return ()
    out = []
    for entry in raw:
        if isinstance(entry, str):
            out.append(CallArg(entry))
        elif isinstance(entry, dict) and isinstance(entry.get("name"), str):
            out.append(CallArg(entry["name"], entry.get("as")))
    return tuple(out)


def check_call_fields(
    data: dict[str, Any],
    params: dict[str, Parameter],
    calls: dict[str, tuple[LibraryCall, ...]],
    found: Report,
) -> None:
    """`implies` and `args` name the endpoint's query or body parameters (args each once), and
    implied values fit their parameters."""
    sent = [n for n, p in params.items() if p.location != "path"]
    for library, alternatives in calls.items():
        listed = isinstance(data["sdk"][library], list)
        for i, call in enumerate(alternatives):
            where: list[Any] = ["sdk", library, i] if listed else ["sdk", library]
            for name, value in call.implies:
                at = [*where, "implies", name]
                if message := _not_sent(name, params, sent):
                    found.add(at, message)
                elif problem := value_problem(params[name], value, parameter_schema(params[name])):
                    found.add(at, problem)
            seen: set[str] = set()
            for j, arg in enumerate(call.args):
                at = [*where, "args", j]
                if message := _not_sent(arg.name, params, sent):
                    found.add(at, message)
                elif arg.name in seen:
                    found.add(at, f"{arg.name!r} is listed twice")
                elif arg.name in call.implied:
                    found.add(at, f"{arg.name!r} is implied by the call, so it is not passed")
                seen.add(arg.name)


def _not_sent(name: str, params: dict[str, Parameter], sent: list[str]) -> str | None:
    """Why `name` is not a parameter a call can send or imply, or None."""
    if name not in params:
        return f"{name!r} is not a declared parameter{did_you_mean(name, sent)}"
    if params[name].location == "path":
        return f"{name!r} is a path parameter; every call takes the path ids first"
    return None


def choose_calls(
    data: dict[str, Any],
    examples: tuple[Example, ...],
    calls: dict[str, tuple[LibraryCall, ...]],
    carry: Carry | None,
    found: Report,
) -> tuple[Example, ...]:
    """Each example with, per library, the first call whose implies it gives exactly and that can
    carry every other value it gives (or the one its `sdk` names); an example no call can send,
    and an alternative no example uses, are mistakes."""
    used: dict[str, set[int]] = {library: set() for library in calls}
    chosen_examples = []
    for example in examples:
        raw = data["examples"][example.number - 1]
        forced = raw.get("sdk") if isinstance(raw.get("sdk"), dict) else {}
        for library in forced:
            if library not in calls:
                found.add(
                    ["examples", example.number - 1, "sdk", library],
                    f"unknown client library {library!r}{did_you_mean(library, list(calls))}",
                )
        chosen = {}
        for library, alternatives in calls.items():
            index = _choose(example, library, alternatives, forced.get(library), carry, found)
            if index is None:  # reported: its unused alternatives would only repeat it
                used[library] = set(range(len(alternatives)))
            else:
                used[library].add(index)
                chosen[library] = alternatives[index]
        chosen_examples.append(dataclasses.replace(example, calls=chosen))
    for library, alternatives in calls.items():
        if len(alternatives) < 2 or not chosen_examples:
            continue
        for i, call in enumerate(alternatives):
            if i not in used[library]:
                found.add(["sdk", library, i], _unused(call))
    return tuple(chosen_examples)


def _unused(call: LibraryCall) -> str:
    """The message for an alternative that no example uses."""
    if call.implies:
        implies = ", ".join(f"{k}: {show(v)}" for k, v in call.implies)
        why = f"no example gives {implies} with only values it can carry (a typo in implies?)"
    else:
        args = f" (its args: {', '.join(call.arg_names)})" if call.args else ""
        why = f"no example gives only values it can carry{args}"
    return f"no example uses {call.method}: {why}, or an earlier call takes each first"


def _choose(
    example: Example,
    library: str,
    alternatives: tuple[LibraryCall, ...],
    forced: Any,
    carry: Carry | None,
    found: Report,
) -> int | None:
    """The index of the call a library's sample makes for one example, or None (reported)."""
    values = {a.name: a.value for a in example.arguments if a.parameter.location != "path"}
    where = ["examples", example.number - 1]
    if isinstance(forced, str):
        index = next((i for i, c in enumerate(alternatives) if c.method == forced), None)
        if index is None:
            names = [c.method for c in alternatives]
            hint = did_you_mean(forced, names) or f"; its calls are {', '.join(names)}"
            found.add([*where, "sdk", library], f"{library} has no call {forced!r} here{hint}")
            return None
        call = alternatives[index]
        why = _why_not(call, values, index == len(alternatives) - 1, carry)
        if why and not (call.note_for(example) is not None and _implies_given(call, values)):
            found.add([*where, "sdk", library], f"{forced} cannot send this example: {why}")
            return None
        return index
    for i, call in enumerate(alternatives):
        if not _why_not(call, values, i == len(alternatives) - 1, carry):
            return i
    for i, call in enumerate(alternatives):  # a call whose `lacks` note covers the example
        if call.note_for(example) is not None and _implies_given(call, values):
            return i
    last = alternatives[-1]
    why = _why_not(last, values, True, carry)
    if len(alternatives) == 1:
        message = f"{library}'s {last.method} cannot send this example: {why}"
    else:
        message = f"none of {library}'s calls can send this example ({last.method}: {why})"
    found.add([*where, "values"], message)
    return None


def _why_not(
    call: LibraryCall, values: dict[str, Any], general: bool, carry: Carry | None
) -> str | None:
    """Why `call` cannot make an example's sample (its implies not given exactly, a value it
    cannot carry, a dedicated call's argument not given), or None when it can."""
    if not _implies_given(call, values):
        name, value = next((k, v) for k, v in call.implies if not _same(values.get(k), v))
        return f"it always sends {name}: {show(value)}, which the example does not give"
    rest = [n for n in values if n not in call.implied]
    if carry is not None:
        lost = carry(call.library, call, rest)
    else:
        lost = [] if call.takes_data else [n for n in rest if n not in call.arg_names]
    if lost:
        return f"it cannot send {', '.join(repr(n) for n in lost)}"
    if not general:
        missing = [n for n in call.arg_names if n not in values]
        if missing:
            return f"the example gives no {', '.join(repr(n) for n in missing)} for its arguments"
    return None


def _implies_given(call: LibraryCall, values: dict[str, Any]) -> bool:
    """Whether the example gives exactly the values the call sends by itself."""
    return all(name in values and _same(values[name], v) for name, v in call.implies)


def _same(a: Any, b: Any) -> bool:
    """Whether two values are the same JSON value (true is not 1)."""
    return type(a) is type(b) and a == b
