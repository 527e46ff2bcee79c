"""A client library's whole surface, with the lookups a spec checker needs."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from generator.libraries.model import (
    VALUE_TYPES,
    DataClass,
    EnumType,
    Method,
    Property,
    Resource,
    Wire,
    path_shape,
)
from generator.spec.messages import did_you_mean


@dataclass(frozen=True)
class Library:
    """What one client library offers for the Catapult v1 API, read from its real source."""

    name: str
    version: str
    language: str
    repository: str
    ref: str
    client: str
    wire: Wire
    resources: tuple[Resource, ...]
    data_classes: tuple[DataClass, ...] = ()
    enums: tuple[EnumType, ...] = ()
    notes: tuple[str, ...] = ()
    file: Path | None = None

    def resource(self, name: str) -> Resource | None:
        """The resource called `name` (`Call`, `voice`), or None."""
        return next((r for r in self.resources if r.name == name), None)

    def method(self, resource: str, name: str) -> Method | None:
        """The method `name` of `resource`, or None when either is unknown."""
        found = self.resource(resource)
        return found.method(name) if found else None

    # The lookups below run for every property of every C# sample: by name, not by scanning.
    @cached_property
    def _class_index(self) -> dict[str, DataClass]:
        found: dict[str, DataClass] = {}
        for c in self.data_classes:
            found.setdefault(c.name, c)  # the first of a name, as a scan would find it
        return found

    @cached_property
    def _enum_index(self) -> dict[str, EnumType]:
        found: dict[str, EnumType] = {}
        for e in self.enums:
            found.setdefault(e.name, e)
        return found

    @cached_property
    def _properties_memo(self) -> dict[str, tuple[Property, ...]]:
        return {}

    @cached_property
    def _by_wire_memo(self) -> dict[str, dict[str, Property]]:
        return {}

    def data_class(self, name: str) -> DataClass | None:
        """The data class called `name`, or None."""
        return self._class_index.get(name)

    def element_class(self, type_name: str) -> str:
        """The class a property's type holds: `GatherPrompt` of `GatherPrompt`, `X?`, `X[]`,
        `List<X>` or `IEnumerable<X>` (whether or not the surface describes the class)."""
        name = type_name.rstrip("?").removesuffix("[]")
        for wrapper in ("List<", "IEnumerable<", "IList<"):
            if name.startswith(wrapper) and name.endswith(">"):
                return name[len(wrapper) : -1]
        return name

    def enum(self, name: str) -> EnumType | None:
        """The enum type called `name` (a trailing `?` is ignored), or None."""
        return self._enum_index.get(name.rstrip("?"))

    def properties(self, class_name: str) -> tuple[Property, ...]:
        """Every property of a data class in the order the serializer writes them: reflection's
        order, the class's own properties first, then its base class's."""
        memo = self._properties_memo
        if class_name not in memo:
            found = self.data_class(class_name)
            inherited = self.properties(found.base) if found and found.base else ()
            memo[class_name] = found.properties + inherited if found else ()
        return memo[class_name]

    def property_by_wire(self, class_name: str, wire: str) -> Property | None:
        """The first property of a data class (inherited ones included) that the serializer
        writes under the JSON name `wire`, or None."""
        return self.properties_by_wire(class_name).get(wire)

    def properties_by_wire(self, class_name: str) -> Mapping[str, Property]:
        """A data class's properties (inherited ones included) by the JSON name the serializer
        writes them under, the first of each name; built once per class."""
        found = self._by_wire_memo.get(class_name)
        if found is None:
            found = {}
            for p in self.properties(class_name):
                found.setdefault(p.wire, p)
            self._by_wire_memo[class_name] = found
        return found

    def property(self, class_name: str, name: str) -> Property | None:
        """The property `name` of a data class (inherited ones included), or None."""
        return next((p for p in self.properties(class_name) if p.name == name), None)

    def omitted_value(self, prop: Property) -> Any:
        """The value a property holds when unset, which the library leaves out of a JSON body:
        None for nullable and reference types, else the type's default (`false`, `0`, the
        enum's first member), which is then left out even when a sample sets it."""
        if self.wire.false_in_body != "omitted-unless-nullable" or prop.type.endswith("?"):
            return None
        if prop.type in VALUE_TYPES:
            return VALUE_TYPES[prop.type]
        enum = self.enum(prop.type)
        return enum.members[0].name if enum else None

    def calls_for(self, http: str, path: str) -> list[tuple[Resource, Method]]:
        """Every method that sends `http` to `path` (placeholder names do not matter)."""
        shape = path_shape(path)
        return [
            (r, m)
            for r in self.resources
            for m in r.methods
            if m.http == http.upper() and path_shape(m.path) == shape
        ]

    def suggest_resource(self, name: str) -> str:
        """`; did you mean 'X'?` for an unknown resource name, or the known names."""
        names = [r.name for r in self.resources]
        return did_you_mean(name, names) or f"; {self.name} has {', '.join(names)}"

    def suggest_method(self, resource: str, name: str) -> str:
        """`; did you mean 'X'?` for an unknown method of a known resource, or nothing."""
        found = self.resource(resource)
        return did_you_mean(name, [m.name for m in found.methods]) if found else ""

    def suggest_class(self, name: str) -> str:
        """`; did you mean 'X'?` for an unknown data class, or nothing."""
        return did_you_mean(name, [c.name for c in self.data_classes])

    def suggest_property(self, class_name: str, name: str) -> str:
        """`; did you mean 'X'?` for an unknown property of a data class, or nothing."""
        return did_you_mean(name, [p.name for p in self.properties(class_name)])

    def suggest_member(self, enum: str, name: str) -> str:
        """`; did you mean 'X'?` for an unknown member of an enum type, or nothing."""
        found = self.enum(enum)
        return did_you_mean(name, [m.name for m in found.members]) if found else ""
