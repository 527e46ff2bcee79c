"""An endpoint's parameter declarations (its own and `use:` of a set) and its properties."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple, cast

from generator.errors import Report
from generator.model.endpoint import Property
from generator.model.parameters import ParamType
from generator.spec.collector import mapping_items
from generator.spec.messages import did_you_mean
from generator.spec.schema_declared import NAME_RE, TYPE
from generator.spec.shapes import shape_fits
from generator.spec.source import line_of

# Per set name, its members as written (None: a set _api.yaml names but could not read).
Sets = Mapping[str, "tuple[Mapping[str, Any], ...] | None"]


class Declared(NamedTuple):
    """One parameter declaration of an endpoint: its own entry, or a member of a set it uses."""

    where: list[Any]  # the entry in the endpoint file: the declaration, or the `use:` line
    raw: Mapping[str, Any]  # the declaration's fields (a set member's, with the use's overrides)
    shared: str | None  # the set's name, for a member of a set


class Declarations(NamedTuple):
    """Every declaration of an endpoint, and whether all of them are known (no unreadable set)."""

    items: list[Declared]
    complete: bool

    @property
    def names(self) -> list[str]:
        """Every declared name, well-formed declaration or not."""
        return [d.raw["name"] for d in self.items if isinstance(d.raw.get("name"), str)]


def _unknown_set(name: str, sets: Sets) -> str:
    """`unknown parameter set 'x'`, with the closest or all known sets."""
    known = [n for n, members in sets.items() if members is not None]
    if not known:
        return f"unknown parameter set {name!r}; _api.yaml has no parameter_sets"
    hint = did_you_mean(name, known) or f"; known: {', '.join(known)}"
    return f"unknown parameter set {name!r}{hint}"


def used_set(
    raw: Mapping[str, Any], where: list[Any], sets: Sets | None, found: Report
) -> tuple[Mapping[str, Any], ...] | None:
    """The members of the set a `use:` entry names (in `parameters`, `properties` or a
    parameter's `fields`), or None (reported when it is unknown)."""
    name = raw.get("use")
    if not isinstance(name, str) or not NAME_RE.fullmatch(name) or sets is None:
        return None  # reported by the schema, or the sets are unknown (_api.yaml unreadable)
    if name not in sets:
        found.add([*where, "use"], _unknown_set(name, sets))
    return sets.get(name)


def read_declarations(data: dict[str, Any], sets: Sets | None, found: Report) -> Declarations:
    """The endpoint's parameter declarations in order, `use:` entries replaced by their set."""
    items, complete = [], True
    for i, raw in mapping_items(data, "parameters"):
        where = ["parameters", i]
        if "use" not in raw:
            items.append(Declared(where, raw, None))
            continue
        members = used_set(raw, where, sets, found)
        if members is None:
            complete = False
            continue
        overrides = {k: raw[k] for k in ("mandatory",) if isinstance(raw.get(k), bool)}
        items += [Declared(where, {**m, **overrides}, raw["use"]) for m in members]
    return Declarations(items, complete)


def read_properties(data: dict[str, Any], sets: Sets | None, found: Report) -> tuple[Property, ...]:
    """The fields of the answer, for the page's Properties table; `use:` takes a set's."""
    result: list[Property] = []
    first_line: dict[str, int | None] = {}
    for i, raw in mapping_items(data, "properties"):
        where = ["properties", i]
        if "use" in raw:
            members = used_set(raw, where, sets, found) or ()
            entries = [(m, [*where, "use"]) for m in members]
        else:
            entries = [(raw, where)]
        for entry, at in entries:
            name, kind = entry.get("name"), entry.get("type")
            if not isinstance(name, str) or kind not in TYPE["enum"]:
                continue  # reported by the schema (here, or in _api.yaml for a set)
            if name in first_line:
                message = f"duplicate property {name!r} (first at line {first_line[name]})"
                found.add(at if at != where else [*where, "name"], message)
                continue
            first_line[name] = line_of(data, where)
            typed = typed_property(entry, at, found if at == where else None)
            if typed is not None:
                result.append(typed)
    return tuple(result)


def typed_property(
    raw: Mapping[str, Any], where: list[Any], found: Report | None
) -> Property | None:
    """A property with its `values`, `items` and `fields` (a set member's parameter fields too),
    or None when its shape does not fit its type (reported to `found`)."""
    report = found.add if found else lambda path, message: None
    kind = raw.get("type")
    if "values" in raw and kind != "enum":
        report([*where, "values"], "only an enum property has 'values'")
    if not shape_fits(raw, where, report, "property"):
        return None
    fields: list[Property] = []
    for j, entry in enumerate(raw.get("fields") or ()):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str):
            continue  # a set member's `use:` (refused in _api.yaml) or reported by the schema
        if any(f.name == entry["name"] for f in fields):
            message = f"duplicate field {entry['name']!r} in {raw['name']!r}"
            report([*where, "fields", j, "name"], message)
            continue
        field = typed_property(entry, [*where, "fields", j], found)
        if field is not None:
            fields.append(field)
    return Property(
        raw["name"],
        cast(ParamType, kind),
        str(raw.get("description") or "").strip(),
        values=tuple(v for v in raw.get("values") or () if isinstance(v, str)),
        items=raw.get("items") if kind in ("object", "array") else None,
        fields=tuple(fields),
        default=raw.get("default"),
    )
