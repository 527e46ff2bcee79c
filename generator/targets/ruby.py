"""ruby-bandwidth: the Ruby tab."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from generator.literals.names import snake_case
from generator.literals.reserved import RUBY
from generator.literals.ruby import rb_literal, rb_symbol
from generator.model.calls import Argument, LibraryCall
from generator.model.parameters import Parameter
from generator.targets.base import (
    Checks,
    Context,
    Library,
    SampleFacts,
    Target,
    call_arguments,
    lacks_note,
    passes_data,
)

LIBRARY = Library("ruby-bandwidth", "3.0.1", "Ruby", ("resource",), ("on_instance",), stand_in=True)


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The item's variable, what the call's result is kept in and how its id is read (`[:id]` of
    the Hash ruby-bandwidth returns, else `.id`), the ids the instance is fetched with, the
    fetches of its `on_instance` chain, the ids the method itself takes (generator/libraries),
    and the options hash's rows."""
    from generator.libraries import surface  # the surfaces import the spec package
    from generator.libraries.resolve import chain_end, fetched_resource

    assert call is not None
    library = surface(LIBRARY.name)
    var = snake_case(facts.endpoint.item_name)
    result = {"list": f"{var}s", "none": ""}.get(call.result, var)
    method = library.method(chain_end(library, call)[0], call.method)
    instance_ids, chain, method_ids = _ids(facts, call)
    returns = method.returns.type if method else ""
    reader = "[:id]" if returns.startswith(("Hash", "Array of Hash")) else ".id"
    if method is not None and method.returns.kind == "id":
        reader = ""  # the id itself, a String (a transfer's new call), kept as `call_id`
        result = f"{var}_id" if result else ""
    instance, resource = snake_case(call.resource), call.resource
    steps = []
    for step, value in zip(call.chain, chain):
        fetch = library.method(resource, step)
        resource = fetched_resource(fetch) if fetch else resource
        steps.append(
            {"var": snake_case(resource), "receiver": instance, "method": step, "id": value}
        )
        instance = snake_case(resource)
    given = call_arguments(facts, call)
    passes = passes_data(facts, call, LIBRARY.name, resource)
    positional = ["nil" if a is None else rb_value(a.parameter, a.value) for a in given.positional]
    return {
        "takes_params": passes,
        "arg_values": positional,  # the call's separate arguments, after the ids
        "var": instance if call.on_instance else var,
        "root": snake_case(call.resource),
        "chain": steps,
        "result": result,
        "instance_ids": instance_ids,
        "method_ids": method_ids,
        "printed": f"{result}{reader}",
        "item_id": f"item{reader}",
        "lacks": lacks_note(call),
        "options": _rows(given.rest),
        "items": [_rows(item) for item in facts.items],
    }


def _ids(facts: SampleFacts, call: LibraryCall) -> tuple[list[str], list[str], list[str]]:
    """The path ids (in path order) as Ruby literals: the instance's (the first, or all for a
    class method), one per chain fetch, and the rest, which the method takes first."""
    ids = [rb_literal(a.value) for a in facts.path_args]
    if not call.on_instance:
        return ids, [], []
    steps = len(call.chain)
    return ids[:1], ids[1 : 1 + steps], ids[1 + steps :]


def _rows(args: Iterable[Argument]) -> list[tuple[str, str]]:
    """An options hash's rows: snake_case symbols (ruby-bandwidth camelizes them) and values."""
    return [(rb_symbol(snake_case(a.name)), rb_value(a.parameter, a.value)) for a in args]


def rb_value(param: Parameter, value: Any) -> str:
    """A value as Ruby: an object with fields as a Hash with snake_case symbol keys (which
    ruby-bandwidth camelizes, at every depth), a list of them as an Array; a mapping's keys
    (`items`) as written."""
    if param.fields and isinstance(value, list):
        return "[" + ", ".join(rb_value(param, item) for item in value) + "]"
    if param.fields and isinstance(value, dict):
        pairs = []
        for key, inner in value.items():
            field = param.field(key)
            shown = rb_value(field, inner) if field else rb_literal(inner)
            pairs.append(f"{rb_symbol(snake_case(key))} => {shown}")
        return "{" + ", ".join(pairs) + "}"
    return rb_literal(value)


CHECKS = Checks(variable=lambda name: snake_case(name) in RUBY)
TARGETS = (Target("ruby", "Ruby", "rb", "ruby", 40, LIBRARY, context=context, checks=CHECKS),)
