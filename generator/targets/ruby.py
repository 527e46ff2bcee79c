"""ruby-bandwidth: the Ruby tab."""

from __future__ import annotations

from generator.literals.names import snake_case
from generator.literals.reserved import RUBY
from generator.literals.ruby import rb_literal, rb_symbol
from generator.model import LibraryCall
from generator.targets.base import Checks, Context, Library, SampleFacts, Target

LIBRARY = Library("ruby-bandwidth", "3.0.1", "Ruby", ("resource",), ("on_instance",))


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The item's variable, what the call's result is kept in, and the options hash's rows."""
    assert call is not None
    var = snake_case(facts.endpoint.item_name)
    result = {"list": f"{var}s", "none": ""}.get(call.result, var)
    return {
        "var": var,
        "result": result,
        "options": [(rb_symbol(snake_case(a.name)), rb_literal(a.value)) for a in facts.data_args],
    }


CHECKS = Checks(variable=lambda name: snake_case(name) in RUBY)
TARGETS = (Target("ruby", "Ruby", "rb", "ruby", 40, LIBRARY, context=context, checks=CHECKS),)
