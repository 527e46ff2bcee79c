"""A misspelt declaration: examples or rules use a name that is not declared, in two places or
more, and the declared name closest to it is used nowhere. The fix is in the declaration, so that
is where it is reported; the uses say what the declaration names."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from typing import Any, NamedTuple

from generator.errors import Report
from generator.model.parameters import RULE_KINDS
from generator.paths import PLACEHOLDER
from generator.spec.collector import mapping_items, sdk_entries
from generator.spec.declarations import Declarations
from generator.spec.messages import closest, did_you_mean
from generator.spec.source import line_of


class Misspelt(NamedTuple):
    """A declaration whose name is likely a misspelling of the name its uses give."""

    declared: str  # the name the declaration gives
    line: int | None  # of the declaration (the `use:` line for a set's member)
    shared: str | None  # the parameter set that declares it, if any


def _uses(data: dict[str, Any]) -> list[tuple[str, list[Any]]]:
    """Every name an example, a rule or an sdk call's `unsupported` gives, with where."""
    uses: list[tuple[str, list[Any]]] = []
    for i, raw in mapping_items(data, "examples"):
        values = raw.get("values")
        for name in values if isinstance(values, dict) else ():
            uses.append((name, ["examples", i, "values", name]))
        items = raw.get("items")
        for j, item in enumerate(items if isinstance(items, list) else []):
            for name in item if isinstance(item, dict) else ():
                uses.append((name, ["examples", i, "items", j, name]))
    for i, raw in mapping_items(data, "rules"):
        for kind in RULE_KINDS:
            listed = raw.get(kind)
            for j, name in enumerate(listed if isinstance(listed, list) else []):
                uses.append((name, ["rules", i, kind, j]))
    for at, raw in sdk_entries(data):  # one call per library, or each of its alternatives
        listed = raw.get("unsupported")
        for j, name in enumerate(listed if isinstance(listed, list) else []):
            uses.append((name, [*at, "unsupported", j]))
    return [(n, at) for n, at in uses if isinstance(n, str)]


def misspelt_declarations(
    data: dict[str, Any], declared: Declarations, account: str | None, found: Report
) -> dict[str, Misspelt]:
    """By undeclared name used, the declaration it is likely meant to match; each such endpoint
    declaration is reported at its name (a set's member is reported where it is used)."""
    names = set(declared.names)
    uses = _uses(data)
    used = {n for n, _ in uses}
    path = data.get("path")
    used |= set(PLACEHOLDER.findall(path)) if isinstance(path, str) else set()
    unused = [d for d in declared.items if d.raw.get("name") in names - used]
    unknown = Counter(n for n, _ in uses if n not in names and n != account)
    result: dict[str, Misspelt] = {}
    if not declared.complete:
        return result
    for name, count in unknown.most_common():
        taken = {m.declared for m in result.values()}
        choice = closest(name, [n for n in declared.names if n not in taken])
        # One use against one declaration could be either's typo; two uses that agree are not.
        decl = next((d for d in unused if d.raw["name"] == choice), None)
        if count < 2 or decl is None:
            continue
        line = line_of(data, decl.where)
        result[name] = Misspelt(decl.raw["name"], line, decl.shared)
        if decl.shared is None:
            first = min((line_of(data, at) or 0) for n, at in uses if n == name)
            message = f"parameter {choice!r} is declared but no example or rule uses it, and {name!r} (line {first}) is used but not declared; did you mean {name!r}?"
            found.add([*decl.where, "name"], message)
    return result


def declaration_hint(name: str, misspelt: Mapping[str, Misspelt]) -> str | None:
    """At a use of an undeclared name: what its declaration names instead, if it is misspelt."""
    decl = misspelt.get(name)
    if decl is None:
        return None
    if decl.shared:
        return f"; parameter set {decl.shared!r} in _api.yaml (used at line {decl.line}) names {decl.declared!r}, which nothing here uses"
    return f"; the declaration at line {decl.line} names {decl.declared!r}"


def unknown_hint(name: str, names: list[str], misspelt: Mapping[str, Misspelt]) -> str:
    """After `unknown parameter 'x'`: what the misspelt declaration names, or the closest name."""
    return declaration_hint(name, misspelt) or did_you_mean(name, names)


def check_declared(
    listed: list[Any],
    where: list[Any],
    declared: Declarations,
    found: Report,
    misspelt: Mapping[str, Misspelt],
) -> None:
    """Each name of a list (a rule's, an sdk entry's `unsupported` or `lacks`) is declared."""
    if not declared.complete:
        return  # a set _api.yaml could not read may declare any name
    names = declared.names
    for j, name in enumerate(listed):
        if isinstance(name, str) and name not in names:
            message = f"{name!r} is not a declared parameter{unknown_hint(name, names, misspelt)}"
            found.add([*where, j], message)
