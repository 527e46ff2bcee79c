"""C#: a spec's `sdk` entry checked against the data class its method takes, property by property."""

from __future__ import annotations

from collections.abc import Iterable

from generator.libraries.library import Library
from generator.libraries.model import Method, Property
from generator.libraries.resolve import Problems
from generator.model.calls import LibraryCall
from generator.model.parameters import Parameter
from generator.spec.messages import did_you_mean


def check_data_class(
    library: Library, method: Method, call: LibraryCall, data: list[Parameter]
) -> Problems:
    """C#: the data class the method takes, a property for every parameter, enums' members."""
    takes = next((a for a in method.arguments if a.kind in ("body", "query")), None)
    if takes is None and method.via:
        via = library.method(call.resource, method.via)
        takes = next((a for a in via.arguments if a.kind == "body"), None) if via else None
    if call.data_class is None:
        return []
    cls = library.data_class(call.data_class)
    if cls is None:
        hint = f"; {call.method} takes {takes.type}" if takes else ""
        hint = hint or library.suggest_class(call.data_class)
        return [(["data_class"], f"{library.name} has no data class {call.data_class!r}{hint}")]
    if takes is None:
        return [(["data_class"], f"{call.method} takes no data class")]
    if takes.type.removesuffix("[]") != cls.name:
        return [(["data_class"], f"{call.method} takes {takes.type}, not {cls.name}")]
    found = _check_classes_named(call, data)
    return found + _check_properties(library, call, cls.name, data, "")


def _fields_paths(params: Iterable[Parameter], prefix: str = "") -> list[str]:
    """The dotted paths of every parameter and field with fields (`prompt`, `prompt.audio`)."""
    paths = []
    for param in params:
        if param.fields:
            paths.append(prefix + param.name)
            paths += _fields_paths(param.fields, f"{prefix}{param.name}.")
    return paths


def _check_classes_named(call: LibraryCall, data: list[Parameter]) -> Problems:
    """Each key of `classes` names an object parameter (or field) with fields."""
    paths = _fields_paths(data)
    found: Problems = []
    for path, _ in call.classes:
        if path not in paths:
            hint = did_you_mean(path, paths) or (
                f"; objects with fields here: {', '.join(paths)}" if paths else ""
            )
            found.append((["classes"], f"{path!r} is not an object parameter with fields{hint}"))
    return found


def _check_properties(
    library: Library, call: LibraryCall, cls_name: str, data: list[Parameter], prefix: str
) -> Problems:
    """A property of `cls_name` for every parameter (or field), its enum's members, and for an
    object with fields the class the property holds, checked the same way, field by field."""
    found: Problems = []
    props = {p.wire: p for p in library.properties(cls_name)}
    for param in data:
        prop = props.get(param.name)
        if prop is None:
            hint = did_you_mean(param.name, props) or f"; it has {', '.join(props)}"
            found.append(
                (["data_class"], f"{cls_name} has no property for {prefix + param.name!r}{hint}")
            )
            continue
        if param.fields:
            found += _check_object(library, call, prop, param, prefix + param.name)
            continue
        enum = library.enum(prop.type)
        if param.type == "enum" and enum is not None:
            for value in param.values:
                if enum.by_wire(str(value).lower()) is None:
                    wires = [m.wire for m in enum.members]
                    hint = did_you_mean(str(value).lower(), wires, value=True)
                    found.append(
                        (
                            ["data_class"],
                            f"{prop.name}'s type {enum.name} has no member for {param.name}"
                            f" value {value!r}{hint or '; it sends ' + ', '.join(wires)}",
                        )
                    )
    return found


def _check_object(
    library: Library, call: LibraryCall, prop: Property, param: Parameter, path: str
) -> Problems:
    """An object parameter (or field) with fields: the class its property holds (a `classes`
    entry must agree with it), then a property of that class for every field."""
    declared = library.element_class(prop.type)
    named = call.class_for(path)
    found: Problems = []
    if named is not None and named != declared:
        message = f"{path!r} is a {prop.type} in {library.name} ({prop.name}), not {named}"
        found.append((["classes"], message + f"; write {declared}"))
    if library.data_class(declared) is None:
        message = f"{library.name} describes no class {declared!r} for {path!r} ({prop.name}: {prop.type})"
        return [*found, (["data_class"], message)]
    return found + _check_properties(library, call, declared, list(param.fields), f"{path}.")
