"""Check what an endpoint answers (`response`) and each example's answer (`examples[].response`)."""

from __future__ import annotations

import dataclasses
from typing import Any

from generator.errors import Report
from generator.model.calls import Example
from generator.model.endpoint import Property, Responding
from generator.model.parameters import Parameter
from generator.paths import PLACEHOLDER
from generator.spec.collector import mapping_items
from generator.spec.messages import did_you_mean, value_problem
from generator.spec.values import parameter_schema


def read_responding(
    data: dict[str, Any], path_names: set[str], account: str | None, found: Report
) -> Responding | None:
    """The endpoint's `response` (None when it gives none: the defaults); a `location` names the
    endpoint's path parameters and ends with the new item's `{id}`, a name of its own."""
    raw = data.get("response")
    if not isinstance(raw, dict):
        return None
    status, location = raw.get("status"), raw.get("location")
    if not isinstance(status, int) or isinstance(status, bool):
        status = 201 if isinstance(location, str) else None
    if isinstance(location, str):
        names = PLACEHOLDER.findall(location)
        known = path_names | ({account} if account else set())
        for name in names[:-1]:
            if name not in known:
                message = f"{{{name}}} is not a path parameter of this endpoint{did_you_mean(name, known)}"
                found.add(["response", "location"], message)
        if names and names[-1] in known:
            message = f"the last {{{names[-1]}}} is the new item's id, so it cannot be a path parameter of this endpoint"
            found.add(["response", "location"], message)
    if status is None:
        if location is None:
            return None
        status = 201
    return Responding(status, location if isinstance(location, str) else None)


def _schema(prop: Property) -> dict[str, Any]:
    """The schema a property's value meets (an enum without listed values: any text)."""
    if prop.type == "enum" and not prop.values:
        return {"type": "string"}
    return parameter_schema(Parameter(prop.name, "body", prop.type, "", values=prop.values))


def with_response_bodies(
    data: dict[str, Any],
    examples: tuple[Example, ...],
    properties: tuple[Property, ...],
    answers_body: bool,
    found: Report,
) -> tuple[Example, ...]:
    """The examples with their `response.body`: values of declared properties, of their types,
    on an endpoint whose answer has a body (a GET's)."""
    declared = {p.name: p for p in properties}
    bodies: dict[int, dict[str, Any]] = {}
    for i, raw in mapping_items(data, "examples"):
        response = raw.get("response")
        body = response.get("body") if isinstance(response, dict) else None
        if not isinstance(body, dict):
            continue
        where = ["examples", i, "response", "body"]
        if not answers_body:
            found.add(where, "this endpoint's answer has no body (only a GET's has one)")
            continue
        if not declared:
            found.add(where, "the endpoint declares no properties for the body to give")
            continue
        for name, value in body.items():
            prop = declared.get(name)
            if prop is None:
                found.add(
                    [*where, name], f"unknown property {name!r}{did_you_mean(name, declared)}"
                )
            elif value is None:
                found.add([*where, name], "null is no value; leave the property out instead")
            elif problem := value_problem(
                Parameter(name, "body", prop.type, "", values=prop.values), value, _schema(prop)
            ):
                found.add([*where, name], problem)
        bodies[i] = body
    return tuple(
        dataclasses.replace(x, response_body=bodies[x.number - 1]) if x.number - 1 in bodies else x
        for x in examples
    )


def check_property_fields(
    data: dict[str, Any], properties: tuple[Property, ...], found: Report
) -> None:
    """An own property's `default` fits its type (its `values`: declarations.typed_property)."""
    declared = {p.name: p for p in properties}
    for i, raw in mapping_items(data, "properties"):
        prop = declared.get(str(raw.get("name")))
        if prop is None or "use" in raw:
            continue
        default = raw.get("default")
        if default is None:
            continue
        schema = _schema(prop)
        problem = value_problem(
            Parameter(prop.name, "body", prop.type, "", values=prop.values), default, schema
        )
        if problem:
            found.add(["properties", i, "default"], problem)
