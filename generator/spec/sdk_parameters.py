"""Check the sdk entries' `unsupported` and `lacks` against the declarations and the examples."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.errors import Report
from generator.model.parameters import Parameter
from generator.spec.collector import mapping_items, sdk_entries
from generator.spec.declarations import Declarations
from generator.spec.messages import value_problem
from generator.spec.typos import Misspelt, check_declared, unknown_hint
from generator.spec.values import parameter_schema


def check_unsupported(
    data: dict[str, Any],
    declared: Declarations,
    found: Report,
    misspelt: Mapping[str, Misspelt],
) -> None:
    """A library's `unsupported` names declared parameters, and no example gives one of them."""
    for at, raw in sdk_entries(data):
        library = at[1]
        listed = raw.get("unsupported")
        if not isinstance(listed, list):
            continue
        check_declared(listed, [*at, "unsupported"], declared, found, misspelt)
        for i, example in mapping_items(data, "examples"):
            for at, name in _given_names(example):
                if name in listed:
                    message = f"{library} cannot send {name!r} (its sdk entry lists it as unsupported), so its sample could not show this example; leave {name!r} out"
                    found.add(["examples", i, *at, name], message)


def _given_names(example: dict[str, Any]) -> list[tuple[list[Any], str]]:
    """Every name an example gives a value, with where: its `values`, each item of `items`."""
    given: list[tuple[list[Any], str]] = []
    values = example.get("values")
    given += [(["values"], n) for n in (values if isinstance(values, dict) else ())]
    items = example.get("items")
    for j, item in enumerate(items if isinstance(items, list) else ()):
        given += [(["items", j], n) for n in (item if isinstance(item, dict) else ())]
    return given


def check_lacks(
    data: dict[str, Any],
    params: dict[str, Parameter],
    declared: Declarations,
    found: Report,
    misspelt: Mapping[str, Misspelt],
) -> None:
    """Each `lacks` entry names declared parameters, and its values are ones they can take."""
    names = declared.names
    for at, raw in sdk_entries(data):
        listed = raw.get("lacks")
        for i, lack in enumerate(listed if isinstance(listed, list) else ()):
            if not isinstance(lack, dict):
                continue
            where = [*at, "lacks", i]
            given = lack.get("parameters")
            if isinstance(given, list):
                check_declared(given, [*where, "parameters"], declared, found, misspelt)
            values = lack.get("values")
            for name, value in values.items() if isinstance(values, dict) else ():
                spot = [*where, "values", name]  # not `at`: the next entry's `where` needs it
                if name not in names:
                    if declared.complete:
                        message = f"unknown parameter {name!r}{unknown_hint(name, names, misspelt)}"
                        found.add(spot, message)
                elif name in params:
                    param = params[name]
                    if problem := value_problem(param, value, parameter_schema(param)):
                        found.add(spot, problem)
