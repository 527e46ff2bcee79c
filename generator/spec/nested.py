"""Check an example's value field by field: objects with `fields` and lists of them, at any depth."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from generator.model.parameters import Parameter
from generator.spec.messages import did_you_mean, show, value_problem
from generator.spec.parameter_fields import integer_problems
from generator.spec.values import parameter_schema

Found = list[tuple[list[Any], str]]  # (path of keys below the value, message)


def value_problems(param: Parameter, value: Any, at: list[Any]) -> Found:
    """Every way `value` does not fit `param`, each at the path of the part at fault
    (`values.prompt.gender`, `values.details.2.code`)."""
    if param.fields and param.type == "array" and isinstance(value, list):
        item = replace(param, type="object", items=None)
        return [found for i, v in enumerate(value) for found in value_problems(item, v, [*at, i])]
    if param.fields and param.type == "object" and isinstance(value, dict):
        return _object_problems(param, value, at)
    if problem := value_problem(param, value, _shallow_schema(param)):
        return [(at, problem)]
    return [(at, message) for message in integer_problems(value)]


def _shallow_schema(param: Parameter) -> dict[str, Any]:
    """The parameter's schema; for one with fields only its JSON type (fields come one by one)."""
    return {"type": param.type} if param.fields else parameter_schema(param)


def _object_problems(param: Parameter, value: dict[str, Any], at: list[Any]) -> Found:
    found: Found = []
    names = [f.name for f in param.fields]
    for key, inner in value.items():
        field = param.field(str(key))
        if field is None:
            message = f"unknown field {show(key)} of {param.name!r}{did_you_mean(str(key), names)}"
            found.append(([*at, key], message))
        else:
            found += value_problems(field, inner, [*at, key])
    for field in param.fields:
        if field.mandatory and field.name not in value:
            found.append((at, f"mandatory field {field.name!r} of {param.name!r} has no value"))
    return found
