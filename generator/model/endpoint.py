"""An endpoint, the API it belongs to, what it answers, and the order readers meet them in."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from generator.literals.markdown import md_value
from generator.model.calls import Example, Lack, LibraryCall
from generator.model.parameters import (
    JSON,
    Body,
    Location,
    NullIs,
    Parameter,
    ParamType,
    Rule,
    table_rows,
)
from generator.paths import PLACEHOLDER, page_path, section_of


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

    @property
    def type_cell(self) -> str:
        """The Properties table's Type cell: the type (and its items' type), then its values."""
        cell = f"{self.type} of {self.items}" if self.items else self.type
        if self.values:
            cell += "<br>" + ", ".join(md_value(v) for v in self.values)
        return cell


@dataclass(frozen=True)
class Responding:
    """What an endpoint answers a request it accepts (`response`): its status and `Location`."""

    status: int
    # When the answer points at a new item: the path template of its `Location` header (the last
    # `{name}` is the new id).
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

    @cached_property  # read for every example's request and sample (generator.request, targets)
    def locations(self) -> frozenset[Location]:
        """The parts of the request its declared parameters travel in: path, query, body."""
        return frozenset(p.location for p in self.parameters)

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
        """Every library's `lacks` entries, numbered down the table (first parameter, library)."""
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
    """An endpoint's place in the navigation and on the landing page: resource, path, method."""
    # A collection before its items; on one path: List, Create, Get, Update, Delete.
    path = PLACEHOLDER.sub("{}", endpoint.path).rstrip("/")
    return (endpoint.section, path, _METHOD_ORDER.get(endpoint.method, 5))


def in_reading_order(endpoints: list[Endpoint]) -> list[Endpoint]:
    """Endpoints in reading_order; on one method and path, by `when`, body, title, then id."""
    # Files on one method and path follow the one without `when` (and with an object body), by
    # title, then id. Only such files' `when` and body are read (a cached endpoint decodes its
    # model when they are).
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
