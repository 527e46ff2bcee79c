"""Bandwidth.Net: the C# tab."""

from __future__ import annotations

from generator.errors import show
from generator.literals.csharp import cs_enum, cs_literal
from generator.literals.names import camel_case, pascal_case
from generator.literals.reserved import CSHARP
from generator.model import Argument, LibraryCall
from generator.targets.base import (
    Checks,
    Context,
    Library,
    SampleFacts,
    Target,
    call_arguments,
    lacks_note,
)

LIBRARY = Library(
    "Bandwidth.Net",
    "4.1.2",
    "C#",
    ("resource",),
    ("data_class", "async"),
    ("data_class",),
    stand_in=True,
)


def _property(arg: Argument, call: LibraryCall) -> tuple[str, str]:
    """A data class property's name and value as the library declares it (generator/libraries):
    an enum member of the property's own type (`CallState.Completed`), text where the class has
    a string; the parameter's name and its literal when the class is not described."""
    from generator.libraries import surface  # the surfaces import the spec package

    library = surface(LIBRARY.name)
    prop = library.property_by_wire(call.data_class or "", arg.name)
    if prop is None:
        if arg.parameter.type == "enum":
            return pascal_case(arg.name), cs_enum(arg.value, pascal_case(arg.name))
        return pascal_case(arg.name), cs_literal(arg.value, arg.parameter.items)
    enum = library.enum(prop.type)
    if enum is not None and isinstance(arg.value, str):
        member = enum.by_wire(arg.value.lower())
        if member is not None:
            return prop.name, f"{enum.name}.{member.name}"
    value = arg.value
    if prop.type == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)  # the class has a string: the sample must write "5"
    return prop.name, cs_literal(value, arg.parameter.items)


def _enum_value(value: str) -> str | None:
    """The sample names each allowed value as a member of a C# enum."""
    try:
        cs_enum(value, "Enum")
    except TypeError:
        return f"{show(value)} cannot name a C# enum member; use names such as GET or POST"
    return None


_LONG = range(-(2**63), 2**63)  # the widest whole number a sample's literal or property holds


def _integer(value: int) -> str | None:
    """The sample writes the number as a C# literal: beyond long it does not compile."""
    if value in _LONG:
        return None
    return f"{value} does not fit a C# long ({_LONG.start} to {_LONG.stop - 1}); the C# sample would not compile"


CHECKS = Checks(
    enum_value=_enum_value,
    variable=lambda name: camel_case(name) in CSHARP,
    integer=_integer,
)


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The result's variable, the data class's property rows, and the namespaces they need."""
    assert call is not None
    var = camel_case(facts.endpoint.item_name)
    given = call_arguments(facts, call)
    data = given.rest if call.data_class else []
    values = [cs_literal(a.value) for a in facts.path_args]
    values += [
        "null" if a is None else cs_literal(a.value, a.parameter.items) for a in given.positional
    ]
    return {
        "result": {"id": f"{var}Id", "item": var, "list": f"{var}s", "none": ""}[call.result],
        "path_values": values,  # path ids, then the call's separate arguments
        "properties": [_property(a, call) for a in data],
        # An array body: one object of the data class per item (`new[] { new MessageData {...} }`).
        "items": [[_property(a, call) for a in item] for item in facts.items],
        "uses_collections": any(
            a.parameter.type == "object" for a in [*data, *(a for i in facts.items for a in i)]
        ),
        "lacks": lacks_note(call),
    }


TARGETS = (
    Target(
        "csharp",
        "C#",
        "cs",
        "csharp",
        30,
        LIBRARY,
        context=context,
        checks=CHECKS,
    ),
)
