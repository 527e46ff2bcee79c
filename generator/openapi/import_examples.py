"""The examples of an imported operation: named examples kept, values checked, gaps filled."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from generator.model.parameters import Parameter
from generator.spec.values import parameter_schema

EXAMPLE_ID = re.compile(r"[^a-z0-9-]+")


def example_id(name: str, taken: set[str]) -> str:
    """A named example's key as an example id: `Cat Example` -> `cat-example`."""
    base = EXAMPLE_ID.sub("-", name.lower()).strip("-") or "example"
    found, n = base, 2
    while found in taken:
        found, n = f"{base}-{n}", n + 1
    return found


def placeholder(param: Parameter, schema: Mapping[str, Any]) -> Any:
    """A value that fits a parameter: the schema's example or default, else one of its type."""
    for key in ("example", "default"):
        if key in schema and fits(param, schema[key]):
            return schema[key]
    if param.type == "enum":
        return param.values[0]
    if param.type in ("integer", "number"):
        low = param.minimum if param.minimum is not None else 1
        return int(low) if param.type == "integer" else float(low)
    return {"string": "string", "boolean": True, "array": [], "object": {}}[param.type]


def fits(param: Parameter, value: Any) -> bool:
    """Whether a value meets the parameter's type, limits and allowed values."""
    import jsonschema  # only when examples are imported

    return jsonschema.Draft202012Validator(parameter_schema(param)).is_valid(value)


def named(media: Mapping[str, Any]) -> dict[str, tuple[str, Any]]:
    """A media type's or parameter's examples: name -> (title, value)."""
    found: dict[str, tuple[str, Any]] = {}
    examples = media.get("examples")
    if isinstance(examples, Mapping):
        for name, example in examples.items():
            if isinstance(example, Mapping) and "value" in example:
                title = example.get("summary") or example.get("description") or str(name)
                found[str(name)] = (str(title).splitlines()[0], example["value"])
    elif "example" in media:
        found["example-1"] = ("Example", media["example"])
    return found


def gather(
    own_titles: Mapping[str, str] | None,
    body: Mapping[str, tuple[str, Any]],
    by_param: Mapping[str, Mapping[str, tuple[str, Any]]],
) -> list[tuple[str, str, dict[str, Any]]]:
    """(name, title, values) of every example: this project's titles when the document has
    them, else every name the body or any parameter uses, in order of appearance."""
    names = list(own_titles or {})
    for source in (body, *by_param.values()):
        names += [n for n in source if n not in names]
    found = []
    for name in names:
        values: dict[str, Any] = {}
        title = (own_titles or {}).get(name)
        if name in body:
            title = title or body[name][0]
            if isinstance(body[name][1], Mapping):
                values.update(body[name][1])
        for param, examples in by_param.items():
            if name in examples:
                title = title or examples[name][0]
                values[param] = examples[name][1]
        found.append((name, title or name, values))
    return found


def checked_examples(
    gathered: list[tuple[str, str, dict[str, Any]]],
    params: Mapping[str, tuple[Parameter, dict[str, Any]]],
    rules: list[tuple[str, ...]],
    notes: list[str],
) -> list[dict[str, Any]]:
    """The spec's `examples`: values the format cannot take dropped, mandatory parameters and
    rules filled with placeholders (each noted); one placeholder example when there is none."""
    if not gathered:
        gathered = [("example-1", "Example with placeholder values", {})]
        notes.append("no examples in the document: example-1 has placeholder values")
    found: list[dict[str, Any]] = []
    taken: set[str] = set()
    for name, title, given in gathered:
        ident = name if re.fullmatch(r"[a-z0-9][a-z0-9-]*", name) and name not in taken else None
        ident = ident or example_id(name, taken)
        taken.add(ident)
        values: dict[str, Any] = {}
        for key, value in given.items():
            if key not in params:
                notes.append(f"examples.{ident}: {key!r} is not an imported parameter; dropped")
            elif params[key][0].const is not None:
                continue  # always sent with its `const` value: examples do not give it
            elif value is not None and not fits(params[key][0], value):
                notes.append(f"examples.{ident}.{key}: {value!r} does not fit its type; dropped")
            elif value is not None:
                values[key] = value
        for key, (param, fields) in params.items():
            if param.mandatory and key not in values and param.const is None:
                values[key] = placeholder(param, fields)
                notes.append(f"examples.{ident}.{key}: no value in the document; placeholder")
        for rule in rules:
            if not any(n in values for n in rule):
                param, fields = params[rule[0]]
                values[rule[0]] = placeholder(param, fields)
                notes.append(f"examples.{ident}.{rule[0]}: placeholder for a rule")
        found.append({"id": ident, "title": title, "values": values})  # as the document orders them
    return found
