"""Check rules, examples, and that no example gives a parameter a client library cannot send."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import Report, show
from generator.model import Argument, Example, Parameter, Rule
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
        listed = raw.get("at_least_one_of")
        if not isinstance(listed, list) or not all(isinstance(n, str) for n in listed):
            continue
        for j, name in enumerate(listed):
            if name not in names and declared.complete:
                message = f"{name!r} is not a declared parameter{_unknown(name, names, misspelt)}"
                found.add(["rules", i, "at_least_one_of", j], message)
        rules.append(Rule(tuple(listed)))
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
            elif params[name].const is not None:
                found.add(at, _const_given(params[name]))
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
            if param.const is not None:
                continue  # sent by every sample, with the value of its declaration
            if param.mandatory and param.name not in values and param.name not in meant:
                found.add([*where, "values"], f"mandatory parameter {param.name!r} has no value")
        for rule in rules:
            if not any(values.get(n) is not None for n in rule.at_least_one_of):
                listed = ", ".join(repr(n) for n in rule.at_least_one_of)
                found.add(
                    [*where, "values"], f"gives none of {listed}; the rules need at least one"
                )
        arguments = [*constants(params), *arguments]
        examples.append(Example(ident, i + 1, str(raw.get("title", "")).strip(), tuple(arguments)))
    return tuple(examples)


def constants(params: dict[str, Parameter]) -> list[Argument]:
    """The `const` parameters with their value, in declaration order: part of every example's
    request (a library call that sends one by itself leaves it out of its sample)."""
    return [Argument(p, p.const) for p in params.values() if p.const is not None]


def _const_given(param: Parameter) -> str:
    return f"{param.name!r} is always sent as {show(param.const)} (its 'const'); examples do not give it, leave it out"


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


def check_lacks(
    data: dict[str, Any],
    params: dict[str, Parameter],
    declared: Declarations,
    found: Report,
    misspelt: Mapping[str, Misspelt],
) -> None:
    """Each `lacks` entry names declared parameters, and its values are ones they can take."""
    sdk = data.get("sdk")
    names = declared.names
    for library, raw in sdk.items() if isinstance(sdk, dict) else ():
        listed = raw.get("lacks") if isinstance(raw, dict) else None
        for i, lack in enumerate(listed if isinstance(listed, list) else ()):
            if not isinstance(lack, dict):
                continue
            where = ["sdk", library, "lacks", i]
            given = lack.get("parameters")
            for j, name in enumerate(given if isinstance(given, list) else ()):
                if isinstance(name, str) and name not in names and declared.complete:
                    message = (
                        f"{name!r} is not a declared parameter{_unknown(name, names, misspelt)}"
                    )
                    found.add([*where, "parameters", j], message)
            values = lack.get("values")
            for name, value in values.items() if isinstance(values, dict) else ():
                at = [*where, "values", name]
                if name not in names:
                    if declared.complete:
                        message = f"unknown parameter {name!r}{_unknown(name, names, misspelt)}"
                        found.add(at, message)
                elif name in params:
                    param = params[name]
                    if problem := value_problem(param, value, parameter_schema(param)):
                        found.add(at, problem)
