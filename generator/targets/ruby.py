"""ruby-bandwidth: the Ruby tab."""

from __future__ import annotations

from collections.abc import Iterable

from generator.literals.names import snake_case
from generator.literals.reserved import RUBY
from generator.literals.ruby import rb_literal, rb_symbol
from generator.model import Argument, LibraryCall
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
    the Hash ruby-bandwidth returns, else `.id`), the ids the instance is fetched with and the ids
    the method itself takes (generator/libraries), and the options hash's rows."""
    from generator.libraries import surface  # the surfaces import the spec package

    assert call is not None
    var = snake_case(facts.endpoint.item_name)
    result = {"list": f"{var}s", "none": ""}.get(call.result, var)
    method = surface(LIBRARY.name).method(call.resource, call.method)
    own = {a.wire for a in method.arguments if a.kind == "path"} if method else set()
    instance_ids = [a for a in facts.path_args if not call.on_instance or a.name not in own]
    method_ids = [a for a in facts.path_args if call.on_instance and a.name in own]
    returns = method.returns.type if method else ""
    reader = "[:id]" if returns.startswith(("Hash", "Array of Hash")) else ".id"
    if method is not None and method.returns.kind == "id":
        reader = ""  # the id itself, a String
    instance = snake_case(call.resource)
    given = call_arguments(facts, call)
    passes = passes_data(facts, call, LIBRARY.name, call.resource)
    positional = ["nil" if a is None else rb_literal(a.value) for a in given.positional]
    return {
        "takes_params": passes,
        "arg_values": positional,  # the call's separate arguments, after the ids
        "var": instance if call.on_instance else var,
        "result": result,
        "instance_ids": [rb_literal(a.value) for a in instance_ids],
        "method_ids": [rb_literal(a.value) for a in method_ids],
        "printed": f"{result}{reader}",
        "item_id": f"item{reader}",
        "lacks": lacks_note(call),
        "options": _rows(given.rest),
        "items": [_rows(item) for item in facts.items],
    }


def _rows(args: Iterable[Argument]) -> list[tuple[str, str]]:
    """An options hash's rows: snake_case symbols (ruby-bandwidth camelizes them) and values."""
    return [(rb_symbol(snake_case(a.name)), rb_literal(a.value)) for a in args]


CHECKS = Checks(variable=lambda name: snake_case(name) in RUBY)
TARGETS = (Target("ruby", "Ruby", "rb", "ruby", 40, LIBRARY, context=context, checks=CHECKS),)
