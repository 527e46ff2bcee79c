"""Bandwidth.Net: the C# tab."""

from __future__ import annotations

from generator.literals.csharp import cs_enum, cs_literal
from generator.literals.names import camel_case, pascal_case
from generator.model import Argument, LibraryCall
from generator.targets.base import Context, Library, SampleFacts, Target

LIBRARY = Library("Bandwidth.Net", "4.1.2", "C#", ("resource",), ("data_class", "async"))


def _value(arg: Argument) -> str:
    """A property's value: an enum member of the type named after the parameter, or a literal."""
    if arg.parameter.type == "enum":
        return cs_enum(arg.value, pascal_case(arg.name))
    return cs_literal(arg.value, arg.parameter.items)


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The result's variable, the data class's property rows, and the namespaces they need."""
    assert call is not None
    var = camel_case(facts.endpoint.item_name)
    data = facts.data_args
    return {
        "result": {"id": f"{var}Id", "item": var, "list": f"{var}s", "none": ""}[call.result],
        "path_values": [cs_literal(a.value) for a in facts.path_args],
        "properties": [(pascal_case(a.name), _value(a)) for a in data],
        "uses_collections": any(a.parameter.type == "object" for a in data),
    }


TARGETS = (
    Target(
        "csharp",
        "C#",
        "cs",
        "csharp",
        30,
        LIBRARY,
        enum_case="lower",
        body_order="parameters",
        context=context,
    ),
)
