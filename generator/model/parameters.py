"""Request parameters as the spec declares them: their types, limits, rules and body shape."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from generator.literals.markdown import md_code, md_value

JSON = Any
Location = Literal["path", "query", "body"]
ParamType = Literal["string", "integer", "number", "boolean", "enum", "object", "array"]
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
    # A list's query parameter (generator/filters.py): the item property it keeps only the items
    # equal to, the property it orders them by (its values `asc`, `desc`), and whether giving it
    # answers the list whole (no paging).
    filters: str | None = None
    sorts: str | None = None
    unpaged: bool = False

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

    @property
    def limits_cell(self) -> str:
        """The Parameters table's Limits cell: the const, limits, values and numeric text."""
        lines = [f"always {md_value(self.const)}"] if self.const is not None else []
        lines += [text if code is None else f"{text} {md_code(code)}" for text, code in self.limits]
        if self.values:
            lines.append(", ".join(md_code(v) for v in self.values))
        if self.numeric_text:
            lines.append("also read as text (" + md_code('"5"') + ")")
        return "<br>".join(lines)

    def field(self, name: str) -> Parameter | None:
        """The field called `name`, or None."""
        return next((f for f in self.fields if f.name == name), None)

    def renamed(self, value: JSON, rename: Callable[[str], str]) -> JSON:
        """`value` with its objects' field keys renamed at every depth (Ruby's snake_case keys)."""
        # A mapping's keys (`items`, no fields) stay as given.
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
    """Table rows of parameters (or properties): each one, then its fields (`prompt.sentence`)."""
    rows: list[tuple[str, Any]] = []
    for param in params:
        rows.append((prefix + param.name, param))
        rows += table_rows(param.fields, f"{prefix}{param.name}.")
    return rows


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
class Body:
    """A request body's JSON type: an object (the default), or an array of body-parameter items."""

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
