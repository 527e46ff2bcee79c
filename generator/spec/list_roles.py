"""Check what a list's query parameters do to its items: `filters`, `sorts` and `unpaged`.

Each names what the reference page says: the property a parameter keeps the equal items of, the
property it orders them by, that giving it answers the list whole. An example whose Response
shows an item its own filters would not keep is a mistake: the stub would answer without it.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.errors import Report, show
from generator.filters import matches
from generator.model.calls import Example
from generator.model.endpoint import Property
from generator.model.parameters import Parameter
from generator.spec.collector import mapping_items
from generator.spec.declarations import Declarations, Declared
from generator.spec.messages import did_you_mean

ROLES = ("filters", "sorts", "unpaged")
# The property types a filter's value can equal, by the parameter's type.
_COMPARABLE = {
    "string": {"string", "enum"},
    "enum": {"string", "enum"},
    "integer": {"integer", "number"},
    "number": {"integer", "number"},
    "boolean": {"boolean"},
}


def with_list_roles(declared: Declarations, params: dict[str, Parameter]) -> dict[str, Parameter]:
    """The parameters with the roles their declarations give (checked by check_list_roles)."""
    result = dict(params)
    for decl in _first_declarations(declared, params):
        name, raw = decl.raw["name"], decl.raw
        filters, sorts = raw.get("filters"), raw.get("sorts")
        result[name] = replace(
            params[name],
            filters=filters if isinstance(filters, str) else None,
            sorts=sorts if isinstance(sorts, str) else None,
            unpaged=raw.get("unpaged") is True,
        )
    return result


def _first_declarations(declared: Declarations, params: dict[str, Parameter]) -> list[Declared]:
    """The declaration each parameter was read from (the first of its name)."""
    seen: dict[str, Declared] = {}
    for decl in declared.items:
        name = decl.raw.get("name")
        if isinstance(name, str) and name in params and name not in seen:
            seen[name] = decl
    return list(seen.values())


def check_list_roles(
    data: dict[str, Any],
    declared: Declarations,
    params: dict[str, Parameter],
    properties: tuple[Property, ...],
    found: Report,
) -> None:
    """Roles only on a list's query parameters, naming declared properties of fitting types; a
    sort has the values `asc` and `desc`; `unpaged` only on a list that pages."""
    path = data.get("path")
    is_list = data.get("method") == "GET" and isinstance(path, str) and not path.endswith("}")
    props = {p.name: p for p in properties}
    pages = any(p.location == "query" and p.name in ("page", "size") for p in params.values())
    for decl in _first_declarations(declared, params):
        param = params[decl.raw["name"]]
        given = [role for role in ROLES if role in decl.raw]

        def at(role: str, decl: Declared = decl) -> list[Any]:
            return [*decl.where, "use"] if decl.shared else [*decl.where, role]

        for role in given:
            if not is_list:
                found.add(
                    at(role),
                    f"only a list's query parameters have {role!r} (this endpoint is not a GET of a collection)",
                )
            elif param.location != "query":
                found.add(
                    at(role),
                    f"only a list's query parameters have {role!r}, not a {param.location} parameter",
                )
        if not is_list or param.location != "query":
            continue
        if param.filters and param.sorts:
            found.add(at("sorts"), "a parameter either filters the items or sorts them, not both")
        for role, name in (("filters", param.filters), ("sorts", param.sorts)):
            if name is None:
                continue
            prop = props.get(name)
            if prop is None:
                known = "" if props else "; the endpoint declares no properties"
                message = f"unknown property {name!r}{did_you_mean(name, props) or known}"
                found.add(at(role), message)
            elif role == "filters" and prop.type not in _COMPARABLE.get(param.type, set()):
                message = f"a {param.type} parameter cannot filter the {prop.type} property {name!r} (a filter keeps the items whose property equals its value)"
                found.add(at(role), message)
        if param.sorts and (param.type != "enum" or set(param.values) != {"asc", "desc"}):
            found.add(at("sorts"), "a sorting parameter is an enum of the values asc and desc")
        if param.unpaged and not pages:
            found.add(
                at("unpaged"),
                "this list does not page (it declares no page or size), so nothing turns paging off",
            )


def check_filtered_examples(
    data: dict[str, Any], examples: tuple[Example, ...], params: dict[str, Parameter], found: Report
) -> None:
    """Every item an example's Response shows is one its own filters keep."""
    by_number = {x.number - 1: x for x in examples}
    for i, _ in mapping_items(data, "examples"):
        example = by_number.get(i)
        body = example.response_body if example else None
        if example is None or not body:
            continue
        for arg in example.arguments:
            param = params.get(arg.name)
            if param is None or not param.filters or arg.value is None:
                continue
            held = body.get(param.filters)
            if held is not None and not matches(param, arg.value, held):
                message = f"{show(held)} is not what the example's filter {arg.name!r} keeps ({show(arg.value)}), so the list would not answer this item"
                found.add(["examples", i, "response", "body", param.filters], message)
