"""Check parameter declarations (an endpoint's own and `use:` of a set), the path, properties."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any, Mapping, NamedTuple

import jsonschema

from generator import schema
from generator.literals.csharp import cs_enum
from generator.model import Parameter, Property
from generator.spec_collector import _Collector, _items
from generator.spec_messages import did_you_mean, number, show, value_problem
from generator.value_schema import parameter_schema
from generator.yaml_source import line_of

PATH_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
# A parameter can check values when these fields are right, whatever else is wrong with it.
_VALUE_FIELDS = ("name", "in", "type", "mandatory", "minimum", "maximum", "values", "items")
_USABLE_PARAMETER = jsonschema.Draft202012Validator(
    {**schema.PARAMETER, "required": ["name", "type"]}
)


# Per set name, its members as written (None: a set _api.yaml names but could not read).
Sets = Mapping[str, "tuple[Mapping[str, Any], ...] | None"]


class _Declared(NamedTuple):
    """One parameter declaration of an endpoint: its own entry, or a member of a set it uses."""

    where: list[Any]  # the entry in the endpoint file: the declaration, or the `use:` line
    raw: Mapping[str, Any]  # the declaration's fields (a set member's, with the use's overrides)
    shared: str | None  # the set's name, for a member of a set


class _Declarations(NamedTuple):
    """Every declaration of an endpoint, and whether all of them are known (no unreadable set)."""

    items: list[_Declared]
    complete: bool

    @property
    def names(self) -> list[str]:
        """Every declared name, well-formed declaration or not."""
        return [d.raw["name"] for d in self.items if isinstance(d.raw.get("name"), str)]


def _unknown_set(name: str, sets: Sets) -> str:
    known = [n for n, members in sets.items() if members is not None]
    if not known:
        return f"unknown parameter set {name!r}; _api.yaml has no parameter_sets"
    hint = did_you_mean(name, known) or f"; known: {', '.join(known)}"
    return f"unknown parameter set {name!r}{hint}"


def _used_set(
    raw: Mapping[str, Any], where: list[Any], sets: Sets | None, found: _Collector
) -> tuple[Mapping[str, Any], ...] | None:
    """The members of the set a `use:` entry names, or None (reported when it is unknown)."""
    name = raw.get("use")
    if not isinstance(name, str) or sets is None:
        return None  # reported by the schema, or the sets are unknown (_api.yaml unreadable)
    if name not in sets:
        found.add([*where, "use"], _unknown_set(name, sets))
    return sets.get(name)


def _declarations(data: dict[str, Any], sets: Sets | None, found: _Collector) -> _Declarations:
    """The endpoint's parameter declarations in order, `use:` entries replaced by their set."""
    items, complete = [], True
    for i, raw in _items(data, "parameters"):
        where = ["parameters", i]
        if "use" not in raw:
            items.append(_Declared(where, raw, None))
            continue
        members = _used_set(raw, where, sets, found)
        if members is None:
            complete = False
            continue
        overrides = {k: raw[k] for k in ("mandatory",) if isinstance(raw.get(k), bool)}
        items += [_Declared(where, {**m, **overrides}, raw["use"]) for m in members]
    return _Declarations(items, complete)


def _parameters(
    data: dict[str, Any], declared: _Declarations, account: str | None, found: _Collector
) -> dict[str, Parameter]:
    """The parameters that can check values, by name; every problem found is reported."""
    params: dict[str, Parameter] = {}
    first_line: dict[str, int | None] = {}
    default_location = "query" if data.get("method") in ("GET", "DELETE") else "body"
    for where, raw, shared in declared.items:
        name = raw.get("name")
        if not isinstance(name, str):
            continue
        if name in first_line:
            if shared:
                message = (
                    f"set {shared!r} declares {name!r} again (first at line {first_line[name]})"
                )
                found.add([*where, "use"], message)
            else:
                message = f"duplicate parameter {name!r} (first at line {first_line[name]})"
                found.add([*where, "name"], message)
            continue
        first_line[name] = line_of(data, where)
        location = raw.get("in", default_location)
        # A set's members were checked in _api.yaml, where their problems are reported.
        param = _declaration(raw, where, location, account, None if shared else found)
        if param is None:
            continue
        param = replace(param, line=line_of(data, where))
        if param.type in ("object", "array") and param.location != "body":
            at = [*where, "use"] if shared else [*where, "in"] if "in" in raw else where
            message = f"{param.type} parameters travel in the body (the client libraries write them differently in a {param.location})"
            found.add(at, message)
        params[name] = param
    return params


def _declaration(
    raw: Mapping[str, Any],
    where: list[Any],
    location: str,
    account: str | None,
    found: _Collector | None,
) -> Parameter | None:
    """One declaration as a parameter, if it can check values; its problems go to `found`."""
    report = found.add if found else lambda path, message: None
    name, kind = raw["name"], raw.get("type")
    if name == account:
        message = f"{name!r} is the account parameter of _api.yaml; samples take it from the credentials, do not declare it"
        report([*where, "name"], message)
        return None
    if kind == "enum" and "values" not in raw:
        report(where, "an enum parameter needs its allowed 'values'")
        return None
    if kind in ("object", "array") and "items" not in raw:
        what = "item" if kind == "array" else "value"
        report(where, f"an {kind} parameter needs 'items': the type of every {what} (e.g. string)")
        return None
    if kind != "enum" and "values" in raw:
        report([*where, "values"], "only an enum parameter has allowed 'values'")
    if kind not in ("object", "array") and "items" in raw:
        report([*where, "items"], "only object and array parameters have 'items'")
    for limit in ("minimum", "maximum"):
        if limit in raw and kind not in ("integer", "number"):
            report([*where, limit], f"only integer and number parameters have a {limit}")
    if found:
        _check_enum_values(raw.get("values"), [*where, "values"], found)
    if not _USABLE_PARAMETER.is_valid({k: raw[k] for k in _VALUE_FIELDS if k in raw}):
        return None
    param = Parameter(
        name=name,
        location=location,
        type=kind,
        description=str(raw.get("description") or "").strip(),
        mandatory=raw.get("mandatory", False) or location == "path",
        default=raw.get("default"),
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
        values=tuple(raw.get("values", ())),
        items=raw.get("items") if kind in ("object", "array") else None,
    )
    if found:
        _check_parameter(param, raw, where, found)
    return param


def _check_enum_values(values: Any, where: list[Any], found: _Collector) -> None:
    """Each allowed value must name a member of a C# enum (the Bandwidth.Net sample uses one)."""
    for j, value in enumerate(values if isinstance(values, list) else []):
        if not isinstance(value, str):
            continue  # reported by the schema
        try:
            cs_enum(value, "Enum")
        except TypeError:
            message = f"{show(value)} cannot name a C# enum member; use names such as GET or POST"
            found.add([*where, j], message)


def _check_parameter(
    param: Parameter, raw: Mapping[str, Any], where: list[Any], found: _Collector
) -> None:
    """Limits that fit together and a default that fits them."""
    low, high = param.minimum, param.maximum
    if low is not None and high is not None and low > high:
        found.add([*where, "minimum"], f"minimum {number(low)} is above maximum {number(high)}")
    if "default" in raw and (
        problem := value_problem(param, raw["default"], parameter_schema(param))
    ):
        found.add([*where, "default"], problem)


def _check_path(
    data: dict[str, Any], declared: _Declarations, account: str | None, found: _Collector
) -> None:
    """Every `{name}` in the path is declared `in: path`, and every such parameter is used."""
    path = data.get("path")
    if not isinstance(path, str):
        return
    leftover = PATH_PARAM.sub("", path)
    if "{" in leftover or "}" in leftover:
        found.add(["path"], f"{show(path)} has a brace that is not a {{name}} placeholder")
    in_url = PATH_PARAM.findall(path)
    in_path: dict[str, _Declared] = {}
    for decl in declared.items:
        if decl.raw.get("in") == "path" and isinstance(decl.raw.get("name"), str):
            in_path.setdefault(decl.raw["name"], decl)
    if account is not None and declared.complete:
        for name in in_url:
            if name != account and name not in in_path:
                close = did_you_mean(name, in_path)
                found.add(
                    ["path"], f"{{{name}}} is not declared in parameters with in: path{close}"
                )
    for name, decl in in_path.items():
        if name not in in_url:
            where = [*decl.where, "use"] if decl.shared else [*decl.where, "in"]
            found.add(where, f"path parameter {name!r} does not appear in path {show(path)}")


def _properties(data: dict[str, Any], sets: Sets | None, found: _Collector) -> tuple[Property, ...]:
    """The fields of the answer, for the page's Properties table; `use:` takes a set's."""
    properties, first_line = [], {}
    for i, raw in _items(data, "properties"):
        where = ["properties", i]
        if "use" in raw:
            members = _used_set(raw, where, sets, found) or ()
            entries = [(m, [*where, "use"]) for m in members]
        else:
            entries = [(raw, where)]
        for entry, at in entries:
            name, kind, text = entry.get("name"), entry.get("type"), entry.get("description")
            if not isinstance(name, str) or kind not in schema.TYPE["enum"]:
                continue  # reported by the schema (here, or in _api.yaml for a set)
            if name in first_line:
                message = f"duplicate property {name!r} (first at line {first_line[name]})"
                found.add(at if at != where else [*where, "name"], message)
                continue
            first_line[name] = line_of(data, where)
            properties.append(Property(name, kind, str(text or "").strip()))
    return tuple(properties)
