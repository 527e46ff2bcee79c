"""Checking a request's query and JSON body against its endpoint, naming the parameter at fault."""

from __future__ import annotations

import difflib
import json
from dataclasses import dataclass
from typing import Any

import jsonschema

from generator.model import Endpoint, Location, Parameter
from generator.spec.messages import limit_problem
from generator.spec.values import (
    located_rules,
    located_schema,
    parameter_schema,
    typed_query_value,
)


@dataclass(frozen=True)
class Violation:
    """One reason to refuse a request: the parameter(s) at fault, a short code, a sentence."""

    parameter: str
    code: str
    message: str


def check_query(
    endpoint: Endpoint, pairs: list[tuple[str, str]]
) -> tuple[dict[str, Any], list[Violation]]:
    """The query parameters typed as declared, and every way they break the endpoint's spec."""
    declared = {p.name: p for p in endpoint.located("query")}
    values: dict[str, Any] = {}
    problems = []
    for name, text in pairs:
        if name in values:
            problems.append(
                Violation(name, "duplicate-parameter", f"query parameter '{name}' is given twice")
            )
            continue
        try:
            values[name] = typed_query_value(declared.get(name), text)
        except ValueError:  # digits past what int() converts: left as text, refused by type
            values[name] = text
    return values, problems + schema_violations(endpoint, "query", values)


def schema_violations(endpoint: Endpoint, location: Location, values: Any) -> list[Violation]:
    """Every way a query or body breaks the endpoint's spec, one violation per parameter or rule."""
    validator = jsonschema.Draft202012Validator(located_schema(endpoint, location))
    found: dict[tuple[str, str], Violation] = {}
    for error in validator.iter_errors(values):
        for violation in _describe(endpoint, location, error, values):
            found.setdefault((violation.parameter, violation.code), violation)
    return sorted(found.values(), key=lambda v: (v.parameter, v.code))


def _describe(
    endpoint: Endpoint, location: Location, error: jsonschema.ValidationError, values: Any
) -> list[Violation]:
    declared = {p.name: p for p in endpoint.located(location)}
    where = "query parameter" if location == "query" else "body parameter"
    if error.absolute_path:
        name = str(error.absolute_path[0])
        return [_value_violation(declared[name], values[name], where)]
    if error.schema_path and error.schema_path[0] == "allOf":
        rule = located_rules(endpoint, location)[int(error.schema_path[1])]
        listed = ", ".join(rule.names)
        if rule.at_most_one_of:
            both = [n for n in rule.names if isinstance(values, dict) and values.get(n) is not None]
            message = f"at most one of {listed} may be set, not {' and '.join(both)}"
            return [Violation(", ".join(both), "conflicting-parameters", message)]
        return [Violation(listed, "missing-parameter", f"at least one of {listed} must be set")]
    if error.validator == "required" and isinstance(error.validator_value, list):
        return [
            Violation(name, "missing-parameter", f"{where} '{name}' is mandatory")
            for name in error.validator_value
            if name not in values
        ]
    if error.validator == "additionalProperties":
        return [_unknown(name, list(declared), where) for name in values if name not in declared]
    return [Violation("", "invalid-body", f"the {location} must be a JSON object")]


def _value_violation(param: Parameter, value: Any, where: str) -> Violation:
    shown = json.dumps(value, ensure_ascii=False)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    prefix = f"{where} '{param.name}'"
    if value is None:
        return Violation(param.name, "invalid-parameter", f"{prefix} {_null_refusal(param)}")
    schema = parameter_schema(param, wire=True)
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(schema).iter_errors(value)
    )
    if param.fields and error is not None:
        error = _deepest(error)
    if param.fields and error is not None and (error.validator != "type" or error.absolute_path):
        inner = "".join(f".{step}" for step in error.absolute_path)
        message = f"{where} '{param.name}{inner}' {_inner_problem(error)}"
        return Violation(param.name, "invalid-parameter", message)
    if error is not None and error.validator == "maximum":
        return Violation(
            param.name,
            "invalid-parameter",
            f"{prefix} must be at most {param.maximum:g}, not {shown}",
        )
    if error is not None and error.validator == "minimum":
        return Violation(
            param.name,
            "invalid-parameter",
            f"{prefix} must be at least {param.minimum:g}, not {shown}",
        )
    if error is not None and (limit := limit_problem(param, error)):
        return Violation(param.name, "invalid-parameter", f"{prefix} {limit}")
    if param.type == "enum":
        allowed = ", ".join(param.values)
        return Violation(
            param.name, "invalid-parameter", f"{prefix} must be one of {allowed}, not {shown}"
        )
    kind = f"{param.type} of {param.items}" if param.items else param.type
    return Violation(
        param.name, "invalid-parameter", f"{prefix} must be of type {kind}, not {shown}"
    )


def _deepest(error: jsonschema.ValidationError) -> jsonschema.ValidationError:
    """The error inside a field's `anyOf` (its value, or null), past the null alternative."""
    while error.context:
        inner = [e for e in error.context if e.validator_value != "null"]
        found = jsonschema.exceptions.best_match(inner)
        if found is None:
            break
        error = found
    return error


def _inner_problem(error: jsonschema.ValidationError) -> str:
    """What is wrong with a field of an object (the deepest error jsonschema names)."""
    shown = json.dumps(error.instance, ensure_ascii=False)
    shown = shown if len(shown) <= 60 else shown[:57] + "..."
    if error.validator == "additionalProperties":
        return f"has a field this endpoint does not declare ({error.message})"
    if error.validator == "required":
        return f"lacks a mandatory field ({error.message})"
    if error.validator == "enum":
        allowed: list[Any] = list(error.validator_value)  # type: ignore[arg-type]
        return f"must be one of {', '.join(map(str, allowed))}, not {shown}"
    if error.validator in _RULES:
        return f"must be {_RULES[str(error.validator)]} {error.validator_value}, not {shown}"
    return f"does not fit its declaration, not {shown}"


_RULES = {"type": "of type", "minimum": "at least", "maximum": "at most"}


def _null_refusal(param: Parameter) -> str:
    """Why a null is refused: a mandatory parameter, the spec's `refused`, or a spec silent on it."""
    if param.mandatory:
        return "is mandatory and cannot be null"
    if param.null_is == "refused":
        return "cannot be null (the API refuses null for it)"
    return "cannot be null: the spec does not say how the API treats null for it (null_is)"


def _unknown(name: str, declared: list[str], where: str) -> Violation:
    close = difflib.get_close_matches(name, declared, n=1)
    hint = f" (did you mean '{close[0]}'?)" if close else ""
    return Violation(name, "unknown-parameter", f"'{name}' is not a {where} of this endpoint{hint}")


def array_violations(endpoint: Endpoint, data: Any) -> list[Violation]:
    """Why an array body cannot be read item by item: not an array, too few or too many items
    (at least one when the spec sets no `min_items`), an item that is not an object. Each item's
    parameters are checked on their own (`item_error`), as the API answers per item."""
    body = endpoint.body
    if not isinstance(data, list):
        return [Violation("", "invalid-body", "the body must be a JSON array")]
    least = body.min_items if body.min_items is not None else 1
    if len(data) < least:
        message = f"the body must hold at least {least} items, not {len(data)}"
        return [Violation("", "invalid-body", message)]
    if body.max_items is not None and len(data) > body.max_items:
        message = f"the body must hold at most {body.max_items} items, not {len(data)}"
        return [Violation("", "invalid-body", message)]
    return [
        Violation("", "invalid-body", f"item {i + 1} of the body must be a JSON object")
        for i, item in enumerate(data)
        if not isinstance(item, dict)
    ]


def item_error(problems: list[Violation]) -> dict[str, Any]:
    """One item's `error` result, as the API words it: category, code, message, details."""
    return {
        "result": "error",
        "error": {
            "category": "bad-request",
            "code": problems[0].code,
            "message": "; ".join(p.message for p in problems),
            "details": [{"name": "parameter", "value": p.parameter} for p in problems],
        },
    }
