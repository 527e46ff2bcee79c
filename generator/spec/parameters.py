"""Check parameter declarations as parameters that can check values, and the path's placeholders."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from typing import Any, cast

from generator.errors import Report
from generator.model.parameters import Location, NullIs, Parameter, ParamType
from generator.paths import PLACEHOLDER
from generator.spec.declarations import Declarations, Declared, Sets, used_set
from generator.spec.messages import did_you_mean, show, value_problem
from generator.spec.parameter_fields import (
    LIMITS,
    check_enum_values,
    check_fields_of_type,
    check_limits_and_default,
    integer_problems,
)
from generator.spec.schema_declared import PARAMETER
from generator.spec.shapes import shape_fits
from generator.spec.source import line_of
from generator.spec.validation import Schema
from generator.spec.values import parameter_schema, pattern_problem

# A parameter can check values when these fields are right, whatever else is wrong with it.
_VALUE_FIELDS = (
    "name", "in", "type", "mandatory", "minimum", "maximum", "values", "items", "fields",
    "numeric_text", "null_is", *LIMITS,
)  # fmt: skip


@cache
def _usable_parameter() -> Schema:
    """The schema of a parameter's value fields (its patterns are ours: portable)."""
    return Schema({**PARAMETER, "required": ["name", "type"]}, portable=True)


def read_parameters(
    data: dict[str, Any],
    declared: Declarations,
    account: str | None,
    found: Report,
    sets: Sets | None = None,
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
        param = declaration(raw, where, location, account, None if shared else found, sets)
        if param is None:
            continue
        param = replace(param, line=line_of(data, where))
        if param.type in ("object", "array") and param.location != "body":
            at = [*where, "use"] if shared else [*where, "in"] if "in" in raw else where
            message = f"{param.type} parameters travel in the body (the client libraries write them differently in a {param.location})"
            found.add(at, message)
        params[name] = param
    return params


def declaration(
    raw: Mapping[str, Any],
    where: list[Any],
    location: str,
    account: str | None,
    found: Report | None,
    sets: Sets | None = None,
    *,
    set_member: bool = False,
) -> Parameter | None:
    """One declaration as a parameter, if it can check values; its problems go to `found`
    (`sets`: for `- use:` entries among its fields; `set_member`: a member of _api.yaml's)."""
    report = found.add if found else lambda path, message: None
    name, kind = raw["name"], raw.get("type")
    if name == account:
        message = f"{name!r} is the account parameter of _api.yaml; samples take it from the credentials, do not declare it"
        report([*where, "name"], message)
        return None
    if kind == "enum" and "values" not in raw:
        report(where, "an enum parameter needs its allowed 'values'")
        return None
    if not shape_fits(raw, where, report):
        return None
    check_fields_of_type(raw, where, report)
    if isinstance(raw.get("pattern"), str) and (problem := pattern_problem(raw["pattern"])):
        report([*where, "pattern"], problem)
        return None
    if "null_is" in raw and (raw.get("mandatory") is True or location == "path"):
        message = "a mandatory parameter is never null; null_is says how the API treats null for an optional one"
        report([*where, "null_is"], message)
    if found:
        check_enum_values(raw.get("values"), [*where, "values"], found)
    if not _usable_parameter().accepts({k: raw[k] for k in _VALUE_FIELDS if k in raw}):
        return None
    fields = _fields(raw, where, location, found, sets, set_member)
    if fields is None:
        return None
    param = _parameter(raw, location, fields)
    if found:
        check_limits_and_default(param, raw, where, found)
    if "const" in raw:
        problem = value_problem(param, raw["const"], parameter_schema(param))
        if problem is None and (beyond := integer_problems(raw["const"])):
            problem = beyond[0]
        if problem is not None:
            report([*where, "const"], problem)
            return None
        param = replace(param, const=raw["const"])
    return param


def _parameter(raw: Mapping[str, Any], location: str, fields: tuple[Parameter, ...]) -> Parameter:
    """The parameter a declaration that can check values gives (the fields its type has only)."""
    kind = raw["type"]
    return Parameter(
        name=raw["name"],
        location=cast(Location, location),
        type=cast(ParamType, kind),
        description=str(raw.get("description") or "").strip(),
        mandatory=raw.get("mandatory", False) or location == "path" or "const" in raw,
        default=raw.get("default"),
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
        values=tuple(raw.get("values", ())),
        items=raw.get("items") if kind in ("object", "array") else None,
        any_case=raw.get("any_case", False) is True and kind == "enum",
        fields=fields,
        numeric_text=raw.get("numeric_text", False) is True and kind in ("integer", "number"),
        null_is=raw.get("null_is"),
        min_length=raw.get("min_length") if kind == "string" else None,
        max_length=raw.get("max_length") if kind == "string" else None,
        pattern=raw.get("pattern") if kind == "string" else None,
        format=raw.get("format") if kind == "string" else None,
        min_items=raw.get("min_items") if kind in ("array", "object") else None,
        max_items=raw.get("max_items") if kind in ("array", "object") else None,
    )


def _fields(
    raw: Mapping[str, Any],
    where: list[Any],
    location: str,
    found: Report | None,
    sets: Sets | None,
    set_member: bool,
) -> tuple[Parameter, ...] | None:
    """An object's fields, each checked as a parameter (a `use:` entry gives a set's members);
    None when one cannot check values or a name comes twice."""
    report = found.add if found else lambda path, message: None
    fields: list[Parameter] = []
    usable = True
    listed: list[tuple[Mapping[str, Any], list[Any], Report | None]]
    for j, entry in enumerate(raw.get("fields") or ()):
        at = [*where, "fields", j]
        if "use" in entry:
            if set_member:
                report([*at, "use"], "a set's fields cannot use another set; write them out")
                usable = False
                continue
            members = used_set(entry, at, sets, found) if found else (sets or {}).get(entry["use"])
            if members is None:
                usable = False
                continue
            over = {k: entry[k] for k in ("mandatory",) if isinstance(entry.get(k), bool)}
            # A set's members were checked in _api.yaml, where their problems are reported.
            listed = [({**m, **over}, [*at, "use"], None) for m in members]
        else:
            listed = [(entry, at, found)]
        for member, member_at, member_found in listed:
            name = member.get("name")
            if any(f.name == name for f in fields):
                message = f"duplicate field {name!r} in {raw['name']!r}"
                report(member_at if member_found is None else [*member_at, "name"], message)
                usable = False
                continue
            field = declaration(member, member_at, location, None, member_found, sets)
            if field is None:
                usable = False
                continue
            fields.append(field)
    return tuple(fields) if usable else None


def with_api_nulls(params: dict[str, Parameter], null_is: str | None) -> dict[str, Parameter]:
    """The parameters with _api.yaml's `null_is` where an optional one does not say its own."""
    if null_is is None:
        return params
    return {
        name: p if p.mandatory or p.null_is else replace(p, null_is=cast(NullIs, null_is))
        for name, p in params.items()
    }


def check_path(
    data: dict[str, Any], declared: Declarations, account: str | None, found: Report
) -> None:
    """Every `{name}` in the path is declared `in: path`, and every such parameter is used."""
    path = data.get("path")
    if not isinstance(path, str):
        return
    leftover = PLACEHOLDER.sub("", path)
    if "{" in leftover or "}" in leftover:
        found.add(["path"], f"{show(path)} has a brace that is not a {{name}} placeholder")
    in_url = PLACEHOLDER.findall(path)
    in_path: dict[str, Declared] = {}
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
