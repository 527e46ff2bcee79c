"""Check rules, examples, and that no example gives a parameter a client library cannot send."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import Report
from generator.model import RULE_KINDS, Argument, Example, Parameter, Rule
from generator.spec.collector import mapping_items
from generator.spec.declarations import Declarations
from generator.spec.fields import example_id
from generator.spec.messages import did_you_mean, value_problem
from generator.spec.parameters import integer_problems
from generator.spec.source import line_of
from generator.spec.typos import Misspelt, declaration_hint
from generator.spec.values import parameter_schema


def _unknown(name: str, names: list[str], misspelt: Mapping[str, Misspelt]) -> str:
    """After `unknown parameter 'x'`: what the misspelt declaration names, or the closest name."""
    return declaration_hint(name, misspelt) or did_you_mean(name, names)


def read_rules(
    data: dict[str, Any],
    declared: Declarations,
    found: Report,
    misspelt: Mapping[str, Misspelt],
) -> tuple[Rule, ...]:
    """The rules, each naming declared parameters."""
    names = declared.names
    rules = []
    for i, raw in mapping_items(data, "rules"):
        kind = next((k for k in RULE_KINDS if k in raw), None)
        listed = raw.get(kind) if kind and len(raw) == 1 else None
        if not isinstance(listed, list) or not all(isinstance(n, str) for n in listed):
            continue  # reported by the schema
        for j, name in enumerate(listed):
            if name not in names and declared.complete:
                message = f"{name!r} is not a declared parameter{_unknown(name, names, misspelt)}"
                found.add(["rules", i, kind, j], message)
        rules.append(Rule(**{str(kind): tuple(listed)}))
    return tuple(rules)


def read_examples(
    data: dict[str, Any],
    params: dict[str, Parameter],
    declared: Declarations,
    rules: tuple[Rule, ...],
    account: str | None,
    found: Report,
    misspelt: Mapping[str, Misspelt],
) -> tuple[Example, ...]:
    """Examples whose values fit their parameters, give every mandatory one and obey the rules."""
    names = declared.names
    examples: list[Example] = []
    first_line: dict[str, int | None] = {}
    for i, raw in mapping_items(data, "examples"):
        where = ["examples", i]
        ident = example_id(raw, i)
        if ident in first_line:
            message = f"duplicate example id {ident!r} (first at line {first_line[ident]})"
            found.add([*where, "id"] if "id" in raw else where, message)
        first_line.setdefault(ident, line_of(data, where))
        values = raw.get("values")
        if not isinstance(values, dict):
            continue
        arguments = []
        for name, value in values.items():
            at = [*where, "values", name]
            if name == account:
                found.add(
                    at, f"{name!r} is the account parameter; samples take it from the credentials"
                )
            elif name not in names:
                if declared.complete:
                    found.add(at, f"unknown parameter {name!r}{_unknown(name, names, misspelt)}")
            elif name not in params:
                continue  # its declaration has problems, reported there
            elif problem := value_problem(params[name], value, parameter_schema(params[name])):
                found.add(at, problem)
            elif beyond := integer_problems(value):
                for message in beyond:
                    found.add(at, message)
            else:
                arguments.append(Argument(params[name], value))
        # A misspelt declaration is reported once, at the declaration, not as a value left out.
        meant = {misspelt[n].declared for n in values if n in misspelt}
        for param in params.values():
            if param.mandatory and param.name not in values and param.name not in meant:
                found.add([*where, "values"], f"mandatory parameter {param.name!r} has no value")
        given = {n for n, v in values.items() if v is not None}
        for rule in rules:
            if not rule.broken_by(given):
                continue
            listed = ", ".join(repr(n) for n in rule.names)
            if rule.at_most_one_of:
                both = ", ".join(repr(n) for n in rule.names if n in given)
                message = f"gives {both}; the rules allow at most one of {listed}"
            else:
                message = f"gives none of {listed}; the rules need at least one"
            found.add([*where, "values"], message)
        examples.append(Example(ident, i + 1, str(raw.get("title", "")).strip(), tuple(arguments)))
    return tuple(examples)


def check_unsupported(
    data: dict[str, Any],
    declared: Declarations,
    found: Report,
    misspelt: Mapping[str, Misspelt],
) -> None:
    """A library's `unsupported` names declared parameters, and no example gives one of them."""
    sdk = data.get("sdk")
    names = declared.names
    for library, raw in sdk.items() if isinstance(sdk, dict) else ():
        listed = raw.get("unsupported") if isinstance(raw, dict) else None
        if not isinstance(listed, list):
            continue
        for j, name in enumerate(listed):
            if isinstance(name, str) and name not in names and declared.complete:
                message = f"{name!r} is not a declared parameter{_unknown(name, names, misspelt)}"
                found.add(["sdk", library, "unsupported", j], message)
        for i, example in mapping_items(data, "examples"):
            values = example.get("values")
            for name in values if isinstance(values, dict) else ():
                if name in listed:
                    message = f"{library} cannot send {name!r} (its sdk entry lists it as unsupported), so its sample could not show this example; leave {name!r} out"
                    found.add(["examples", i, "values", name], message)
