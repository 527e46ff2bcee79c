"""Check rules and examples: declared names, values that fit, mandatory parameters, rules kept."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from generator.errors import Report, show
from generator.model.calls import Argument, Example
from generator.model.parameters import RULE_KINDS, Body, Parameter, Rule
from generator.spec.collector import mapping_items
from generator.spec.declarations import Declarations
from generator.spec.fields import example_id
from generator.spec.nested import value_problems
from generator.spec.source import line_of
from generator.spec.typos import Misspelt, check_declared, unknown_hint


def read_rules(
    data: dict[str, Any],
    declared: Declarations,
    found: Report,
    misspelt: Mapping[str, Misspelt],
) -> tuple[Rule, ...]:
    """The rules, each naming declared parameters."""
    rules = []
    for i, raw in mapping_items(data, "rules"):
        kind = next((k for k in RULE_KINDS if k in raw), None)
        listed = raw.get(kind) if kind and len(raw) == 1 else None
        if not isinstance(listed, list) or not all(isinstance(n, str) for n in listed):
            continue  # reported by the schema
        check_declared(listed, ["rules", i, kind], declared, found, misspelt)
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
    body: Body | None = None,
) -> tuple[Example, ...]:
    """Examples whose values fit their parameters, give every mandatory one and obey the rules;
    with an array body, `values` holds path and query values and `items` each item's body."""
    body = body or Body()
    read = _Reader(params, declared, account, found, misspelt)
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
        if not body.is_array:
            if "items" in raw:
                message = "`items` gives the items of an array body; this endpoint's body is an object (add body: {type: array} or give `values`)"
                found.add([*where, "items"], message)
            arguments = read.values(values, [*where, "values"], params.values(), rules)
            arguments = (*constants(params.values()), *arguments)
            examples.append(Example(ident, i + 1, _title(raw), arguments))
            continue
        outside = [p for p in params.values() if p.location != "body"]
        given = {}
        for name, value in values.items():
            if name in params and params[name].location == "body":
                message = f"{name!r} is a body parameter: with an array body, each item of `items` gives it"
                found.add([*where, "values", name], message)
            else:
                given[name] = value
        arguments = read.values(given, [*where, "values"], outside, _rules_of(rules, outside))
        arguments = (*constants(outside), *arguments)
        items = _read_items(raw, where, body, params, rules, read)
        examples.append(Example(ident, i + 1, _title(raw), arguments, items))
    return tuple(examples)


def _title(raw: dict[str, Any]) -> str:
    return str(raw.get("title", "")).strip()


def _rules_of(rules: tuple[Rule, ...], params: Iterable[Parameter]) -> tuple[Rule, ...]:
    """The rules whose every parameter is one of `params`."""
    names = {p.name for p in params}
    return tuple(r for r in rules if all(n in names for n in r.names))


def _read_items(
    raw: dict[str, Any],
    where: list[Any],
    body: Body,
    params: dict[str, Parameter],
    rules: tuple[Rule, ...],
    read: _Reader,
) -> tuple[tuple[Argument, ...], ...]:
    """An array body's items: each a mapping of body values, checked like `values`."""
    listed = raw.get("items")
    if listed is None:
        message = "an array body needs `items`: one mapping of body values per item of the body"
        read.found.add(where, message)
        return ()
    if not isinstance(listed, list):
        return ()  # reported by the schema
    least = max(body.min_items or 1, 1)
    if len(listed) < least:
        read.found.add(
            [*where, "items"], f"gives {len(listed)} items; the body needs at least {least}"
        )
    if body.max_items is not None and len(listed) > body.max_items:
        message = f"gives {len(listed)} items; the body holds at most {body.max_items}"
        read.found.add([*where, "items"], message)
    inside = [p for p in params.values() if p.location == "body"]
    item_rules = _rules_of(rules, inside)
    items = []
    for j, item in enumerate(listed):
        if not isinstance(item, dict):
            continue  # reported by the schema
        at = [*where, "items", j]
        for name in item:
            if name in params and params[name].location != "body":
                where_it = params[name].location
                message = f"{name!r} is a {where_it} parameter: give it in `values`, not in an item"
                read.found.add([*at, name], message)
        own = {n: v for n, v in item.items() if n not in params or params[n].location == "body"}
        items.append(read.values(own, at, inside, item_rules))
    return tuple(items)


class _Reader:
    """Checks one mapping of example values (an example's `values`, or one item of its body)."""

    def __init__(
        self,
        params: dict[str, Parameter],
        declared: Declarations,
        account: str | None,
        found: Report,
        misspelt: Mapping[str, Misspelt],
    ):
        self.params, self.declared, self.account = params, declared, account
        self.found, self.misspelt = found, misspelt

    def values(
        self,
        values: dict[str, Any],
        where: list[Any],
        expected: Iterable[Parameter],
        rules: tuple[Rule, ...],
    ) -> tuple[Argument, ...]:
        """The arguments of values that fit their parameters; mandatory ones of `expected`
        and `rules` are checked on them."""
        found, params, names = self.found, self.params, self.declared.names
        arguments = []
        for name, value in values.items():
            at = [*where, name]
            if name == self.account:
                found.add(
                    at, f"{name!r} is the account parameter; samples take it from the credentials"
                )
            elif name not in names:
                if self.declared.complete:
                    hint = unknown_hint(name, names, self.misspelt)
                    found.add(at, f"unknown parameter {name!r}{hint}")
            elif name not in params:
                continue  # its declaration has problems, reported there
            elif params[name].const is not None:
                found.add(at, _const_given(params[name]))
            elif problems := value_problems(params[name], value, at):
                for path, message in problems:
                    found.add(path, message)
            else:
                arguments.append(Argument(params[name], value))
        # A misspelt declaration is reported once, at the declaration, not as a value left out.
        meant = {self.misspelt[n].declared for n in values if n in self.misspelt}
        for param in expected:
            if param.const is not None:
                continue  # sent by every sample, with the value of its declaration
            if param.mandatory and param.name not in values and param.name not in meant:
                found.add(where, f"mandatory parameter {param.name!r} has no value")
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
            found.add(where, message)
        return tuple(arguments)


def constants(params: Iterable[Parameter]) -> list[Argument]:
    """The `const` parameters with their value, in declaration order: part of every example's
    request (a library call that sends one by itself leaves it out of its sample)."""
    return [Argument(p, p.const) for p in params if p.const is not None]


def _const_given(param: Parameter) -> str:
    return f"{param.name!r} is always sent as {show(param.const)} (its 'const'); examples do not give it, leave it out"
