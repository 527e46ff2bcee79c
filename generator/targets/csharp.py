"""Bandwidth.Net: the C# tab."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

from generator.errors import show
from generator.literals.csharp import cs_enum, cs_literal
from generator.literals.csharp_datetime import DATE_TYPES, cs_datetime, parse
from generator.literals.names import camel_case, pascal_case
from generator.literals.reserved import CSHARP
from generator.model import Api, Argument, LibraryCall, Parameter
from generator.targets.base import (
    DONE,
    CallArguments,
    Checks,
    Context,
    Library,
    SampleFacts,
    Target,
    call_arguments,
    lacks_note,
)

if TYPE_CHECKING:
    from generator.libraries.library import Library as Library_
    from generator.libraries.model import Method, Property

LIBRARY = Library(
    "Bandwidth.Net",
    "4.1.2",
    "C#",
    ("resource",),
    ("data_class", "async", "classes"),
    ("data_class",),
    stand_in=True,
)


def _surface() -> Library_:
    """The library's surface (generator/libraries), looked up once per sample."""
    # Imported here: the surfaces import the spec package. A plain import: `from generator.
    # libraries import surface` runs importlib's (Python) fromlist handling on every call.
    import generator.libraries

    return generator.libraries.surface(LIBRARY.name)


def _property(
    library: Library_, props: Mapping[str, Property], arg: Argument, call: LibraryCall
) -> tuple[str, str]:
    """A data class property's name and value as the library declares it (generator/libraries):
    an enum member of the property's own type (`CallState.Completed`), text where the class has
    a string, an object initializer of the property's class for an object with fields; the
    parameter's name and its literal when the class is not described."""
    param = arg.parameter
    wire = param.name
    prop = props.get(wire)  # the data class's property (library.properties_by_wire)
    name = prop.name if prop else pascal_case(wire)
    return name, _value(library, call, param, arg.value, prop, wire)


def _positional(library: Library_, method: Method | None, arg: Argument, call: LibraryCall) -> str:
    """A separate argument as C#, typed as the method declares it (generator/libraries): an
    object with fields is an initializer of the argument's class (`new WhisperAudio { ... }`),
    an enum a member of its type; its literal when the method is not described."""
    from generator.libraries.model import Property

    own = method.argument_for(arg.name) if method else None
    prop = Property(own.name, own.type, arg.name) if own else None
    return _value(library, call, arg.parameter, arg.value, prop, arg.name)


def _method(library: Library_, facts: SampleFacts, call: LibraryCall) -> Method | None:
    """The surface method (the C# overload) the call makes, or None when it is not described."""
    from generator.libraries.resolve import method_for

    endpoint = facts.endpoint
    return method_for(library, call, endpoint.method, endpoint.path, endpoint.body.is_array)


def _value(
    library: Library_,
    call: LibraryCall,
    param: Parameter,
    value: Any,
    prop: Property | None,
    path: str,
) -> str:
    """One property's value as C#: a member of its enum type, a string where the class has one,
    `new Cls { ... }` (an array of them for a list) for an object with fields. Without a
    described property (a synthetic API): the enum and the class named after the parameter."""
    kind = prop.type if prop else ""
    if param.fields:
        cls = call.class_for(path) or (
            library.element_class(kind) if prop else pascal_case(param.name)
        )
        if isinstance(value, list):
            items = ", ".join(_initializer(library, call, cls, param, v, path) for v in value)
            if kind.rstrip("?").startswith("List<"):
                return f"new List<{cls}> {{ {items} }}" if items else f"new List<{cls}>()"
            return f"new {cls}[] {{ {items} }}" if items else f"new {cls}[0]"
        return _initializer(library, call, cls, param, value, path)
    if prop is None:
        if param.type == "enum":
            return cs_enum(value, pascal_case(param.name))
    elif isinstance(value, str):  # only a string names an enum member or a date-time
        enum = library.enum(kind)
        if enum is not None:
            member = enum.by_wire(value.lower())
            if member is not None:
                return f"{enum.name}.{member.name}"
        if kind in DATE_TYPES and parse(value) is not None:
            return cs_datetime(value)  # MessageQueryDateTime converts from DateTime implicitly
    elif kind == "string" and isinstance(value, (int, float)) and not isinstance(value, bool):
        value = str(value)  # the class has a string: the sample must write "5"
    return cs_literal(value, param.items)


def _initializer(
    library: Library_, call: LibraryCall, cls: str, param: Parameter, value: Any, path: str
) -> str:
    """`new GatherPrompt { Sentence = "...", LoopEnabled = true }`, in the example's order."""
    props = {p.wire: p for p in library.properties(cls)}
    parts = []
    for key, inner in value.items():
        field, prop = param.field(key), props.get(key)
        if field is None:  # the spec checks refuse it
            raise TypeError(f"{param.name!r} has no field {key!r}")
        name = prop.name if prop else pascal_case(key)
        parts.append(f"{name} = {_value(library, call, field, inner, prop, f'{path}.{key}')}")
    return f"new {cls} {{ {', '.join(parts)} }}" if parts else f"new {cls}()"


def _uses_collections(params: Iterable[Parameter]) -> bool:
    """Whether a mapping (a Dictionary, or a List of objects) is written, at any depth."""
    for p in params:
        if p.fields:  # a List of objects, or an object whose fields may hold one
            if p.type == "array" or _uses_collections(p.fields):
                return True
        elif p.type == "object":  # a Dictionary
            return True
    return False


def _given_positional(given: CallArguments) -> list[Argument]:
    """The separate arguments an example gives (not the nulls written for skipped ones)."""
    return [a for a in given.positional if a is not None]


def _enum_value(value: str) -> str | None:
    """The sample names each allowed value as a member of a C# enum."""
    try:
        cs_enum(value, "Enum")
    except TypeError:
        return f"{show(value)} cannot name a C# enum member; use names such as GET or POST"
    return None


def _item_args(facts: SampleFacts) -> list[Argument]:
    """Every item's arguments of an array body, in order (none for an object body)."""
    return [a for item in facts.items for a in item]


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


# The result's variable by the call's result, from the item's name (`{}`).
_RESULTS = {"id": "{}Id", "item": "{}", "list": "{}s", "none": ""}


def shared(api: Api, base_url: str) -> Context:
    """The client's arguments and the text printed for no result, as C# literals: the same
    in every sample of an API, so worked out once per renderer."""
    credentials = api.credentials
    return {
        "user_id_literal": cs_literal(credentials.user_id),
        "api_token_literal": cs_literal(credentials.api_token),
        "api_secret_literal": cs_literal(credentials.api_secret),
        "base_url_literal": cs_literal(base_url),
        "done_literal": cs_literal(DONE),
    }


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The result's variable, the data class's property rows, and the namespaces they need."""
    assert call is not None
    library = _surface()
    var = camel_case(facts.endpoint.item_name)
    given = call_arguments(facts, call)
    data_class = call.data_class or ""
    data = given.rest if data_class else []
    props = library.properties_by_wire(data_class)
    values = [cs_literal(a.value) for a in facts.path_args]
    if given.positional:  # the method is looked up only for a call with separate arguments
        method = _method(library, facts, call)
        values += [
            "null" if a is None else _positional(library, method, a, call) for a in given.positional
        ]
    return {
        "result": _RESULTS[call.result].format(var),
        "path_values": values,  # path ids, then the call's separate arguments
        "properties": [_property(library, props, a, call) for a in data],
        # An array body: one object of the data class per item (`new[] { new MessageData {...} }`).
        "items": [[_property(library, props, a, call) for a in item] for item in facts.items],
        "uses_collections": _uses_collections(
            [a.parameter for a in (*data, *_given_positional(given), *_item_args(facts))]
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
        shared=shared,
        checks=CHECKS,
    ),
)
