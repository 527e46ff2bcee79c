"""The typed, frozen form of a client library's surface (one `generator/libraries/*.yaml` file)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Literal

ArgumentKind = Literal[
    "path", "body", "query", "body_key", "query_key", "kwargs", "callback", "option", "value",
    "instance",
]  # fmt: skip
ReturnKind = Literal["id", "input_with_id", "item", "list", "page", "none", "response", "value"]
_PLACEHOLDER = re.compile(r"\{[^}]*\}")


class _NoDefault:
    """The default of an argument the library declares without one."""

    def __repr__(self) -> str:
        return "<no default>"


_NO_DEFAULT: Any = _NoDefault()


def path_shape(path: str) -> str:
    """A path with its placeholders blanked, so that `{callId}` and `{call-id}` compare equal."""
    return _PLACEHOLDER.sub("{}", path.rstrip("/"))


@dataclass(frozen=True)
class Argument:
    """One argument of a method, in the order the library declares it, and where its value goes."""

    name: str
    type: str
    kind: ArgumentKind
    wire: str | None = None  # the path placeholder, body key or query key it fills
    into: Literal["body", "query"] | None = None  # kwargs: where extra keyword arguments go
    default: Any = _NO_DEFAULT
    optional: bool = False

    @property
    def has_default(self) -> bool:
        """Whether the library declares a default value (so the caller may leave it out)."""
        return self.default is not _NO_DEFAULT

    @property
    def required(self) -> bool:
        """Whether a caller must pass it."""
        return not (self.optional or self.has_default or self.kind in ("kwargs", "instance"))


@dataclass(frozen=True)
class Returns:
    """What a call gives back: an id string, the item, a (lazy) list, a page object, or nothing."""

    kind: ReturnKind
    type: str = ""
    lazy: bool = False
    list_field: str | None = None  # node-bandwidth pages: the field that holds the list


@dataclass(frozen=True)
class ExtraRequest:
    """A request the method sends besides its own (ruby-bandwidth's GET after a create)."""

    http: str
    path: str
    when: str
    body: str | None = None  # sent only when the call's body is of this JSON type


@dataclass(frozen=True)
class Method:
    """One method of a resource: its signature and the request it sends."""

    name: str
    source: str
    http: str
    path: str
    arguments: tuple[Argument, ...]
    returns: Returns
    fixed: tuple[tuple[str, Any], ...] = ()  # body (or query) keys the method always sends
    body: str | None = None  # a literal body the method sends whatever the arguments (`{}`)
    via: str | None = None  # the method of the same resource it delegates to
    receiver: Literal["class", "instance"] = "class"
    extra_requests: tuple[ExtraRequest, ...] = ()
    broken: str | None = None  # why the method does not do what its name says, when it does not
    notes: tuple[str, ...] = ()

    def argument(self, name: str) -> Argument | None:
        """The argument called `name`, or None."""
        return next((a for a in self.arguments if a.name == name), None)

    def argument_for(self, wire: str) -> Argument | None:
        """The argument that fills the path placeholder, body key or query key `wire`, or None."""
        return next((a for a in self.arguments if a.wire == wire), None)

    @property
    def positional(self) -> tuple[Argument, ...]:
        """The arguments a caller passes (not the callback, options, instance ids or **kwargs)."""
        return tuple(
            a for a in self.arguments if a.kind not in ("callback", "option", "instance", "kwargs")
        )

    @property
    def fixed_values(self) -> dict[str, Any]:
        """The keys the method always sends, with their values."""
        return dict(self.fixed)


@dataclass(frozen=True)
class Resource:
    """A group of methods: a client property (`client.Call`), a Ruby class, a Python client."""

    name: str
    source: str
    access: str
    methods: tuple[Method, ...]
    instance: str | None = None  # Ruby: how a sample gets the item its instance methods need
    helpers: tuple[str, ...] = ()  # public methods that send no request (build a dict, say)
    notes: tuple[str, ...] = ()

    def method(self, name: str) -> Method | None:
        """The method called `name` (the first overload, in C#), or None."""
        return next((m for m in self.methods if m.name == name), None)

    def overloads(self, name: str) -> tuple[Method, ...]:
        """Every method called `name`: one, or several C# overloads."""
        return tuple(m for m in self.methods if m.name == name)


@dataclass(frozen=True)
class Property:
    """One property of a data class, with the JSON name it is written under."""

    name: str
    type: str
    wire: str
    converter: str | None = None


# C# value types and the default value Newtonsoft.Json leaves out under DefaultValueHandling.Ignore.
VALUE_TYPES = {"bool": False, "int": 0, "long": 0, "double": 0.0, "DateTime": "0001-01-01T00:00:00"}


@dataclass(frozen=True)
class DataClass:
    """A class whose properties carry a request's parameters (C#), serialized to JSON or a query."""

    name: str
    source: str
    properties: tuple[Property, ...]
    base: str | None = None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class EnumMember:
    """One member of an enum type and the string the library sends for it in a JSON body."""

    name: str
    wire: str


@dataclass(frozen=True)
class EnumType:
    """An enum type of the library, with its members in declaration order (the first is 0)."""

    name: str
    source: str
    members: tuple[EnumMember, ...]
    notes: tuple[str, ...] = ()

    def member(self, name: str) -> EnumMember | None:
        """The member called `name`, or None."""
        return next((m for m in self.members if m.name == name), None)

    def by_wire(self, value: str) -> EnumMember | None:
        """The member the library sends as `value` in a JSON body, or None."""
        return self._wire_index.get(value)

    @cached_property  # looked up for every enum property of every C# sample
    def _wire_index(self) -> dict[str, EnumMember]:
        found: dict[str, EnumMember] = {}
        for m in self.members:
            found.setdefault(m.wire, m)  # the first of a wire value, as a scan would find it
        return found


@dataclass(frozen=True)
class Wire:
    """How the library writes a request: body and query keys, and unset, null and false values."""

    source: str
    key_case: Literal["as-given", "snake-to-camel", "property-camel", "per-argument"]
    unset_in_body: Literal["omitted", "null"]
    null_in_body: Literal["null", "omitted"]
    false_in_body: Literal["false", "omitted-unless-nullable"]
    false_in_query: str
    body: str
    query: str
    enums: str = ""
    ids: str = ""
