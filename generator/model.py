"""The validated, typed model of an API spec that templates see."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from generator.paths import PLACEHOLDER, page_path, section_of

JSON = Any
Location = Literal["path", "query", "body"]
ParamType = Literal["string", "integer", "number", "boolean", "enum", "object", "array"]
Result = Literal["id", "item", "list", "none"]
NullIs = Literal["unset", "refused"]


@dataclass(frozen=True)
class Parameter:
    """One request parameter as the spec declares it."""

    name: str
    location: Location
    type: ParamType
    description: str
    mandatory: bool = False
    default: JSON = None
    minimum: float | None = None
    maximum: float | None = None
    values: tuple[str, ...] = ()
    # string limits: length, a regular expression the whole value matches, a date-time
    min_length: int | None = None
    max_length: int | None = None
    pattern: str | None = None
    format: Literal["datetime"] | None = None
    # array and object limits: how many items (or a mapping's entries)
    min_items: int | None = None
    max_items: int | None = None

    @property
    def limits(self) -> tuple[tuple[str, str | None], ...]:
        """The table's Limits, in order: each a text and a value shown as code (or None)."""
        many = "entries" if self.type == "object" else "items"
        found: list[tuple[str, str | None]] = [
            (text, None)
            for text, given in (
                (f"minimum {self.minimum}", self.minimum),
                (f"maximum {self.maximum}", self.maximum),
                (f"min length {self.min_length}", self.min_length),
                (f"max length {self.max_length}", self.max_length),
                (f"at least {self.min_items} {many}", self.min_items),
                (f"at most {self.max_items} {many}", self.max_items),
            )
            if given is not None
        ]
        if self.pattern is not None:
            found.append(("pattern", self.pattern))
        if self.format == "datetime":
            found.append(("date-time, e.g.", "2014-05-25T12:00:00Z"))
        return tuple(found)

    line: int | None = None
    items: ParamType | None = None  # object and array: the type of every value or item
    any_case: bool = False  # enum: the API reads its values in any letter case
    # How the API treats a JSON null for this optional parameter: `unset` (as not sent) or
    # `refused`; None when the spec does not say (the parameter's own, else _api.yaml's).
    null_is: NullIs | None = None
    const: JSON = None  # the one value always sent (every example's request holds it); None: none
    # An object's named fields (or, with items `object`, those of every item of a list): each a
    # parameter that travels inside its object, in declaration order.
    fields: tuple[Parameter, ...] = ()
    numeric_text: bool = False  # integer, number: the API also reads "5" as 5

    def field(self, name: str) -> Parameter | None:
        """The field called `name`, or None."""
        return next((f for f in self.fields if f.name == name), None)

    def renamed(self, value: JSON, rename: Callable[[str], str]) -> JSON:
        """`value` with the keys of its objects with fields renamed (Ruby's snake_case keys),
        at every depth; a mapping's keys (`items`) stay as given."""
        if not self.fields:
            return value
        if isinstance(value, list):
            return [self.renamed(item, rename) for item in value]
        if not isinstance(value, dict):
            return value
        out = {}
        for key, item in value.items():
            inner = self.field(key)
            out[rename(key)] = inner.renamed(item, rename) if inner else item
        return out


def table_rows(params: tuple[Any, ...], prefix: str = "") -> list[tuple[str, Any]]:
    """Parameters (or properties) as the rows of their table: each one, then its fields as
    dotted rows (`prompt.sentence`), at every depth."""
    rows: list[tuple[str, Any]] = []
    for param in params:
        rows.append((prefix + param.name, param))
        rows += table_rows(param.fields, f"{prefix}{param.name}.")
    return rows


@dataclass(frozen=True)
class Property:
    """One field of what the endpoint answers (shown as the page's Properties table)."""

    name: str
    type: ParamType
    description: str
    values: tuple[str, ...] = ()  # enum: the values the API answers
    items: ParamType | None = None  # object and array: the type of every value or item
    fields: tuple[Property, ...] = ()  # an object's (or every list item's) own fields
    default: JSON = None  # what the answer holds when nothing set it


# The kinds of rule across parameters, as the spec's `rules` entries name them.
RULE_KINDS = ("at_least_one_of", "at_most_one_of")


@dataclass(frozen=True)
class Rule:
    """A rule across parameters: at least one of its names must be set, or at most one may be."""

    at_least_one_of: tuple[str, ...] = ()
    at_most_one_of: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """The parameters the rule is about."""
        return self.at_least_one_of or self.at_most_one_of

    def broken_by(self, given: set[str]) -> bool:
        """Whether a request that sets (non-null) exactly `given` breaks the rule."""
        if self.at_most_one_of:
            return len(given & set(self.at_most_one_of)) > 1
        return not given & set(self.at_least_one_of)

    @property
    def note(self) -> str:
        """The rule as a sentence for readers."""
        names = [f"`{n}`" for n in self.names]
        if self.at_most_one_of:
            listed = ", ".join(names[:-1]) + f" and {names[-1]}"
            return f"At most one of {listed} may be set."
        listed = ", ".join(names[:-1]) + f" or {names[-1]}"
        return f"At least one of {listed} must be set."


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
class Body:
    """The JSON type of a request body: an object (the default), or an array whose every item
    the body parameters describe, with optional limits on how many items it holds."""

    type: Literal["object", "array"] = "object"
    min_items: int | None = None
    max_items: int | None = None

    @property
    def is_array(self) -> bool:
        """Whether the body is a JSON array of items."""
        return self.type == "array"

    @property
    def note(self) -> str:
        """The body's shape in a sentence for readers ("" for an object body)."""
        if not self.is_array:
            return ""
        limits = []
        if self.min_items is not None:
            limits.append(f"at least {self.min_items}")
        if self.max_items is not None:
            limits.append(f"at most {self.max_items}")
        count = f" of {' and '.join(limits)} items" if limits else ""
        return f"The body is a JSON array{count}; each item takes the body parameters below."


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

    def class_for(self, path: str) -> str | None:
        """The class the spec names for an object parameter or field (`prompt`), or None."""
        return dict(self.classes).get(path)

    implies: tuple[tuple[str, JSON], ...] = ()  # values the call sends by itself (not passed)
    args: tuple[CallArg, ...] = ()  # parameters passed as separate arguments, in this order
    takes_data: bool = True  # False: carries only path ids, implies and args (a dedicated call)

    @property
    def implied(self) -> dict[str, JSON]:
        """The values the call sends by itself, by parameter name."""
        return dict(self.implies)

    @property
    def arg_names(self) -> tuple[str, ...]:
        """The parameters passed as separate arguments, in order."""
        return tuple(a.name for a in self.args)

    missing: str | None = None  # the library has no call for the endpoint: this note instead
    lacks: tuple[Lack, ...] = ()  # examples it cannot send as written, each with its note

    def note_for(self, example: Example) -> str | None:
        """The note its tab shows instead of a sample of this example, or None (a sample)."""
        if self.missing is not None:
            return self.missing
        notes = dict.fromkeys(lack.note for lack in self.lacks if lack.covers(example))
        return " ".join(notes) if notes else None  # every entry the example meets, once each


@dataclass(frozen=True)
class Responding:
    """What an endpoint answers a request it accepts (`response`): the status and, when the
    answer points at a new item, the path template of its `Location` (last `{name}`: the new id)."""

    status: int
    location: str | None = None


@dataclass(frozen=True)
class Credentials:
    """Placeholder credentials printed in every sample; the stub accepts exactly these."""

    user_id: str
    api_token: str
    api_secret: str


@dataclass(frozen=True)
class Api:
    """API-wide settings shared by every endpoint (spec/_api.yaml)."""

    title: str
    base_url: str
    account_parameter: str
    credentials: Credentials
    # Named parameter declarations that endpoints take with `- use: NAME` (checked fields, as
    # written in _api.yaml); the loader expands them, so templates never see a set.
    parameter_sets: Mapping[str, tuple[Mapping[str, Any], ...]] = field(default_factory=dict)
    # False for a synthetic API (the benchmarks): sdk entries not checked against the libraries.
    check_sdk: bool = True
    # How the API treats a JSON null for an optional parameter that does not say (`null_is`).
    null_is: NullIs | None = None


@dataclass(frozen=True)
class Endpoint:
    """One REST endpoint, described once, rendered into a page and samples."""

    id: str
    source: str
    resource: str
    item_name: str
    title: str
    description: str
    method: str
    path: str
    parameters: tuple[Parameter, ...]
    rules: tuple[Rule, ...]
    examples: tuple[Example, ...]
    calls: dict[str, LibraryCall] = field(default_factory=dict)  # each library's general call
    properties: tuple[Property, ...] = ()
    # Per library, its calls in the spec's order (dedicated first, the general one last)
    alternatives: dict[str, tuple[LibraryCall, ...]] = field(default_factory=dict)
    responding: Responding | None = None  # None: the defaults (generator.response.responding)
    body: Body = Body()
    # `when`: the parameter values that send a request on this method and path to this file
    # rather than to the one without `when` (several pages on one method and path).
    when: tuple[tuple[str, JSON], ...] = ()

    def located(self, location: Location) -> tuple[Parameter, ...]:
        """The declared parameters of one part of the request."""
        return tuple(p for p in self.parameters if p.location == location)

    @property
    def page(self) -> str:
        """Its page, relative to the docs folder: `applications/create-application.md`."""
        return page_path(self.section, self.id)

    @property
    def section(self) -> str:
        """The folder of the resource's pages: `Applications` -> `applications`."""
        return section_of(self.resource)

    @property
    def parameter_rows(self) -> list[tuple[str, Parameter]]:
        """The Parameters table's rows: each parameter, then its fields (`prompt.sentence`)."""
        return table_rows(self.parameters)

    @property
    def property_rows(self) -> list[tuple[str, Property]]:
        """The Properties table's rows: each property, then its fields."""
        return table_rows(self.properties)

    def tab_note(self, example: Example, library: str | None) -> str | None:
        """The note a library's tab shows for an example instead of a sample, or None."""
        call = (example.calls.get(library) or self.calls.get(library)) if library else None
        return call.note_for(example) if call else None

    @property
    def lack_notes(self) -> tuple[tuple[str, Lack], ...]:
        """Every library's `lacks` entries, numbered down the table: by the first parameter each
        is about, then in library order."""
        every = self.alternatives or {lib: (call,) for lib, call in self.calls.items()}
        found: list[tuple[str, Lack]] = []
        for lib, calls in every.items():
            for lack in (lack for c in calls for lack in c.lacks):
                if (lib, lack) not in found:  # alternatives often share a note
                    found.append((lib, lack))
        rows = {p.name: i for i, p in enumerate(self.parameters)}
        first = len(rows)
        return tuple(sorted(found, key=lambda f: min(rows.get(n, first) for n in f[1].names)))

    def lack_marks(self, name: str) -> tuple[int, ...]:
        """The numbers (from 1) of the table notes that concern a parameter."""
        return tuple(i for i, (_, lack) in enumerate(self.lack_notes, 1) if name in lack.names)

    def in_rule(self, name: str) -> bool:
        """Whether a parameter takes part in a rule (its table row says `No*`)."""
        return any(name in r.names for r in self.rules)


# Within a path, the order a reader expects: list, create, get, replace, update, delete.
_METHOD_ORDER = {"GET": 0, "POST": 1, "PUT": 2, "PATCH": 3, "DELETE": 4}


def reading_order(endpoint: Endpoint) -> tuple[str, str, int]:
    """Where an endpoint goes in the navigation and on the landing page: by resource, then path
    (a collection before its items), then method; e.g. List, Create, Get, Update, Delete."""
    path = PLACEHOLDER.sub("{}", endpoint.path).rstrip("/")
    return (endpoint.section, path, _METHOD_ORDER.get(endpoint.method, 5))


def in_reading_order(endpoints: list[Endpoint]) -> list[Endpoint]:
    """Endpoints sorted by reading_order; files on one method and path follow the one without
    `when` (and with an object body), by title, then id. Only such files' `when` and body are
    read (a cached endpoint decodes its model when they are)."""
    ordered = sorted(endpoints, key=lambda e: (*reading_order(e), e.id))
    groups: dict[tuple[str, str, int], list[Endpoint]] = {}
    for endpoint in ordered:
        groups.setdefault(reading_order(endpoint), []).append(endpoint)
    result = []
    for group in groups.values():
        if len(group) > 1:
            group.sort(key=lambda e: (bool(e.when or e.body.is_array), e.title, e.id))
        result += group
    return result
