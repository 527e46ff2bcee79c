"""What a library really sends when a sample gives a method some values: body, query, dropped keys.

`values` maps the API's names (a method argument's `wire`) to the example's values as the sample
writes them (ruby-bandwidth's: objects with fields keyed in snake_case), in the sample's order; a list is an array body (several messages), sent as given. The result is what goes on the wire, in the library's key order: Python's
nulls for every named argument, C#'s left-out defaults, Node's and Ruby's keys as given.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from generator.libraries.library import Library
from generator.libraries.loader import camel_case
from generator.libraries.model import VALUE_TYPES, Method
from generator.literals.csharp_datetime import DATE_TYPES, query_text
from generator.literals.csharp_datetime import parse as parse_datetime
from generator.literals.names import snake_case


@dataclass(frozen=True)
class Sent:
    """The body (None: no body), the query pairs, and the given keys the library does not send."""

    body: Any
    query: tuple[tuple[str, str | None], ...] = ()  # None: a bare `key` (ruby's nil)
    dropped: tuple[str, ...] = ()


def sent(library: Library, resource: str, method: Method, values: dict[str, Any] | list) -> Sent:
    """What `method` of `resource` sends when the sample gives it `values` (path ids left out)."""
    if isinstance(values, list):  # an array body: its items, each as the library writes it
        if library.wire.key_case == "property-camel":
            return _csharp_items(library, method, values)
        if library.wire.key_case == "snake-to-camel":
            return Sent([{k: ruby_camelized(k, v) for k, v in item.items()} for item in values])
        return Sent(values)
    values = {k: v for k, v in values.items() if not _is_path(method, k)}
    if library.wire.key_case == "per-argument":
        return _python(library, resource, method, values)
    if library.wire.key_case == "property-camel":
        return _csharp(library, resource, method, values)
    return _as_given(library, method, values)


def _is_path(method: Method, wire: str) -> bool:
    arg = method.argument_for(wire)
    return arg is not None and arg.kind in ("path", "instance")


def _text(value: Any, *, python: bool = False) -> str:
    """A query value as the library writes it: booleans as true/false (True/False in Python)."""
    if isinstance(value, bool):
        text = str(value)
        return text if python else text.lower()
    return str(value)


def _as_given(library: Library, method: Method, values: dict[str, Any]) -> Sent:
    """node-bandwidth and ruby-bandwidth: the sample's object is the body (or query) as written."""
    kinds = {a.kind for a in method.arguments}
    if method.http in ("GET", "DELETE") or "query" in kinds:
        ruby = library.wire.key_case == "snake-to-camel"
        pairs: list[tuple[str, str | None]] = [
            (k, None if ruby else "") if v is None else (k, _text(v)) for k, v in values.items()
        ]
        if ruby:  # Faraday sorts the query
            pairs.sort(key=lambda pair: pair[0])
        return Sent(None, tuple(pairs) if "query" in kinds else (), _unsent(method, values))
    if method.body is not None:
        return Sent({}, (), tuple(values))
    if library.wire.key_case == "snake-to-camel":
        values = {k: ruby_camelized(k, v) for k, v in values.items()}
    body = dict(values) if "body" in kinds else {}
    if "body" not in kinds:
        for arg in method.arguments:
            if arg.kind == "body_key" and arg.wire in values:
                body[arg.wire] = values[arg.wire]
    body.update(method.fixed_values)
    return Sent(body, (), _unsent(method, values) if "body" not in kinds else ())


# ruby-bandwidth's make_request keeps the keys inside this one key's value (client.rb).
_RUBY_KEPT = "sip_headers"
_RUBY_WORD = re.compile(r"(?:_|(/))([a-z\d]*)", re.IGNORECASE)


def active_support_camel(key: str) -> str:
    """ActiveSupport's `key.to_s.camelcase(:lower)` (no acronyms): the first letter lowered,
    each `_word` capitalized (`loop_enabled` -> `loopEnabled`, `X-Id` -> `x-Id`)."""
    text = re.sub(r"^[A-Za-z0-9_]", lambda m: m[0].lower(), key, count=1)
    return _RUBY_WORD.sub(lambda m: ("::" if m[1] else "") + m[2].capitalize(), text)


def ruby_camelized(key: str, value: Any) -> Any:
    """What ruby-bandwidth sends inside a body key's value: every Hash key camelized at every
    depth (keys as the sample writes them: snake_case for objects with fields, a mapping's as
    given), except inside the value of `:sip_headers`."""
    if snake_case(key) == _RUBY_KEPT:
        return value
    return _camelized(value)


def _camelized(value: Any) -> Any:
    if isinstance(value, list):
        return [_camelized(item) for item in value]
    if isinstance(value, dict):
        return {
            active_support_camel(str(k)): v if str(k) == _RUBY_KEPT else _camelized(v)
            for k, v in value.items()
        }
    return value


def _unsent(method: Method, values: dict[str, Any]) -> tuple[str, ...]:
    """Given keys no argument of a method without a whole-body/query argument can carry."""
    if any(a.kind in ("body", "query", "kwargs") for a in method.arguments):
        return ()
    return tuple(k for k in values if method.argument_for(k) is None)


def _python(library: Library, resource: str, method: Method, values: dict[str, Any]) -> Sent:
    """bandwidth-sdk: **kwargs first, then every named argument of the body's builder, null
    when not given (or its default); a GET query leaves the None ones out."""
    builder, seen = method, set()
    while builder.via and builder.name not in seen:
        seen.add(builder.name)
        builder = library.method(resource, builder.via) or builder
    if method.body is not None:
        return Sent({})
    # Nested keys (credentials.password) are assigned after the flat ones in the source.
    named = sorted(
        (a for a in builder.arguments if a.kind in ("body_key", "query_key")),
        key=lambda a: "." in (a.wire or ""),
    )
    wires = {a.wire for a in named}
    fixed = method.fixed_values
    # What the builder gets as **kwargs comes first: the caller's extras, the delegating
    # method's own keyword arguments the builder does not name (tag), its fixed extras.
    passed_on: dict[str, Any] = {
        a.wire: values.get(a.wire, a.default if a.has_default else None)
        for a in method.arguments
        if method is not builder and a.kind == "body_key" and a.wire and a.wire not in wires
    }
    own_wires = {a.wire for a in method.arguments if a.wire}
    extra = {k: v for k, v in values.items() if k not in wires and k not in own_wires}
    takes_kwargs = any(a.kind == "kwargs" for a in method.arguments)
    out: dict[str, Any] = extra if takes_kwargs else {}
    out.update(passed_on)
    out.update({k: v for k, v in fixed.items() if k not in wires})
    dropped = () if takes_kwargs else tuple(extra)
    for arg in named:
        wire = arg.wire or arg.name
        own = method.argument_for(wire) if method is not builder else arg
        if wire in fixed:
            value = fixed[wire]
        elif wire in values:
            value = values[wire]
        elif own is not None and own.has_default:
            value = own.default
        else:
            value = arg.default if arg.has_default else None
        if "." in wire:  # create_domain_endpoint's credentials.password
            outer, inner = wire.split(".", 1)
            out[outer] = {inner: value}
        else:
            out[wire] = value
    if any(a.kind == "query_key" for a in named) or method.http == "GET":
        query = tuple((k, _text(v, python=True)) for k, v in out.items() if v is not None)
        return Sent(None, query, dropped)
    return Sent(out if named or out else None, (), dropped)


def _csharp(library: Library, resource: str, method: Method, values: dict[str, Any]) -> Sent:
    """Bandwidth.Net: the data class's properties in declaration order; null and a
    non-nullable property's default are left out; a query writes enums by member name."""
    data = next((a for a in method.arguments if a.kind in ("body", "query")), None)
    given = dict(values)
    if data is None and method.via:  # an extension method: its arguments fill the via's class
        target = library.method(resource, method.via)
        data = next((a for a in target.arguments if a.kind == "body"), None) if target else None
        given = {**values, **method.fixed_values}
        for arg in method.arguments:  # SpeakSentenceAsync's gender, voice, locale defaults
            if arg.kind == "body_key" and arg.wire and arg.wire not in given:
                if arg.has_default and arg.default is not None:
                    given[arg.wire] = arg.default
    if data is None:
        return Sent({} if method.body else None, (), tuple(values))
    cls = data.type.removesuffix("[]")
    if data.kind == "query":
        pairs, dropped = _csharp_object(library, cls, given, query=True)
        return Sent(None, tuple((k, _text(v, python=True)) for k, v in pairs.items()), dropped)
    body, dropped = _csharp_object(library, cls, given, query=False)
    return Sent(body, (), dropped)


def _csharp_items(library: Library, method: Method, items: list[Any]) -> Sent:
    """Bandwidth.Net's array body: each item written as its data class (MessageData[])."""
    data = next((a for a in method.arguments if a.kind == "body"), None)
    if data is None:
        return Sent(items)
    cls = data.type.removesuffix("[]")
    body, dropped = [], []
    for i, item in enumerate(items):
        written, lost = _csharp_object(library, cls, item, query=False)
        body.append(written)
        dropped += [f"{i + 1}.{k}" for k in lost]
    return Sent(body, (), tuple(dropped))


def _csharp_object(
    library: Library, cls: str, values: dict[str, Any], *, query: bool
) -> tuple[dict[str, Any], tuple[str, ...]]:
    out: dict[str, Any] = {}
    props = {p.wire: p for p in library.properties(cls)}
    dropped = [k for k in values if k not in props]
    for wire, prop in props.items():
        enum = library.enum(prop.type)
        if wire not in values or values[wire] is None:
            if query and not prop.type.endswith("?"):  # BuildQueryString skips only null
                if prop.type in VALUE_TYPES:
                    out[wire] = VALUE_TYPES[prop.type]
                elif enum is not None:
                    out[wire] = enum.members[0].name
            continue
        value = values[wire]
        if enum is not None:
            member = next((m for m in enum.members if m.wire == str(value).lower()), None)
            if member is None:
                dropped.append(wire)
                continue
            omitted = library.omitted_value(prop)
            if omitted == member.name:
                dropped.append(wire)
                continue
            out[wire] = member.name if query else member.wire
            continue
        element = library.element_class(prop.type)
        if isinstance(value, dict) and library.data_class(element):
            inner, lost = _csharp_object(library, element, value, query=query)
            out[wire] = inner
            dropped += [f"{wire}.{k}" for k in lost]
            continue
        if isinstance(value, list) and library.data_class(element):
            out[wire] = []
            for i, item in enumerate(value):
                inner, lost = _csharp_object(library, element, item, query=query)
                out[wire].append(inner)
                dropped += [f"{wire}.{i + 1}.{k}" for k in lost]
            continue
        if query and prop.type in DATE_TYPES and isinstance(value, str):
            if parse_datetime(value) is None:  # no DateTime to write it with
                dropped.append(wire)
            else:  # the sample writes new DateTime(...)
                out[wire] = query_text(value, prop.type)
            continue
        omitted = library.omitted_value(prop)
        if omitted is not None and not query and value == omitted and type(value) is type(omitted):
            dropped.append(wire)
            continue
        if isinstance(value, dict) and "Dictionary" in prop.type and not prop.converter:
            value = {camel_case(k): v for k, v in value.items()}  # the resolver renames keys
        if (
            prop.type == "string"
            and isinstance(value, (int, float))
            and not isinstance(value, bool)
        ):
            value = str(value)  # CreateGatherData.MaxDigits: the sample must write "5"
        out[wire] = value
    return out, tuple(dropped)
