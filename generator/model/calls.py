"""Examples and what each client library's sample calls for them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal

from generator.model.parameters import JSON, Location, Parameter

Result = Literal["id", "item", "list", "none"]


@dataclass(frozen=True)
class Argument:
    """A parameter with the value an example gives it."""

    parameter: Parameter
    value: JSON

    @property
    def name(self) -> str:
        """The parameter's wire name."""
        return self.parameter.name


@dataclass(frozen=True)
class Example:
    """A titled set of parameter values, rendered as one sample per target."""

    id: str
    number: int
    title: str
    arguments: tuple[Argument, ...]
    # An array body (`body: {type: array}`): one tuple of body arguments per item of the body.
    items: tuple[tuple[Argument, ...], ...] = ()
    # Per client library, the call its sample makes for this example (one of the alternatives)
    calls: Mapping[str, LibraryCall] = field(default_factory=dict)
    # `response.body`: property values the answer shows where they differ from generated ones.
    response_body: Mapping[str, Any] | None = None

    def located(self, location: Location) -> tuple[Argument, ...]:
        """The arguments that travel in one part of the request."""
        return tuple(a for a in self.arguments if a.parameter.location == location)


@dataclass(frozen=True)
class CallArg:
    """A parameter a call takes as a separate argument after the path ids (`args`)."""

    name: str  # the parameter's wire name
    as_name: str | None = None  # the library's own name for the argument (`as`)


@dataclass(frozen=True)
class Lack:
    """What one library call cannot send: some parameters at all, or some exact values."""

    note: str  # shown on the tab instead of a sample, on one line
    parameters: tuple[str, ...] = ()
    values: Mapping[str, JSON] = field(default_factory=dict)

    def covers(self, example: Example) -> bool:
        """Whether the example gives one of the parameters, or exactly all of the values."""
        given = {a.name: a.value for a in example.arguments}
        if self.parameters:
            return any(name in given for name in self.parameters)
        return bool(self.values) and all(
            name in given and type(given[name]) is type(value) and given[name] == value
            for name, value in self.values.items()
        )

    @property
    def names(self) -> tuple[str, ...]:
        """The parameters this lack is about."""
        return self.parameters or tuple(self.values)


@dataclass(frozen=True)
class LibraryCall:
    """What one client library's sample calls for an endpoint (or for some of its examples)."""

    library: str
    resource: str
    method: str
    result: Result = "item"
    data_class: str | None = None
    client: str | None = None
    on_instance: bool = False
    # Ruby: the instance methods that fetch the next level, each with the next path id
    # (`Conference.get(client, c).get_member(m)`), before `method` is called on the last one.
    chain: tuple[str, ...] = ()
    is_async: bool = True
    list_field: str | None = None  # Node: the field of the resolved value that holds the list
    unsupported: tuple[str, ...] = ()  # parameters this library's call cannot send
    classes: tuple[tuple[str, str], ...] = ()  # C#: (parameter or field path, its class)
    implies: tuple[tuple[str, JSON], ...] = ()  # values the call sends by itself (not passed)
    args: tuple[CallArg, ...] = ()  # parameters passed as separate arguments, in this order
    takes_data: bool = True  # False: carries only path ids, implies and args (a dedicated call)
    missing: str | None = None  # the library has no call for the endpoint: this note instead
    lacks: tuple[Lack, ...] = ()  # examples it cannot send as written, each with its note

    def class_for(self, path: str) -> str | None:
        """The class the spec names for an object parameter or field (`prompt`), or None."""
        return dict(self.classes).get(path)

    @property
    def implied(self) -> dict[str, JSON]:
        """The values the call sends by itself, by parameter name."""
        return dict(self.implies)

    @cached_property  # read for every sample of the call (generator.targets.call_arguments)
    def arg_names(self) -> tuple[str, ...]:
        """The parameters passed as separate arguments, in order."""
        return tuple(a.name for a in self.args)

    @cached_property
    def not_in_data(self) -> frozenset[str]:
        """The parameters its params object or data class never holds: the separate arguments
        and the values the call sends by itself."""
        return frozenset((*self.arg_names, *(name for name, _ in self.implies)))

    def note_for(self, example: Example) -> str | None:
        """The note its tab shows instead of a sample of this example, or None (a sample)."""
        if self.missing is not None:
            return self.missing
        notes = dict.fromkeys(lack.note for lack in self.lacks if lack.covers(example))
        return " ".join(notes) if notes else None  # every entry the example meets, once each
