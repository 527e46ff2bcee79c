"""One OpenAPI operation's parameters, body, answer fields and examples in the format's terms,
with a note for everything the format cannot hold."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from generator.model.parameters import Parameter
from generator.openapi.import_examples import checked_examples, fits, gather, named
from generator.openapi.schemas import LIST_ROLE, NO_TEXT, NULL_IS, format_fields, schema_type
from generator.spec.parameter_fields import LIMITS
from generator.spec.parameters import declaration
from generator.spec.schema_declared import NAME_RE


def success_schema(responses: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON schema of the first 2xx answer ({} when there is none)."""
    statuses = sorted(str(s) for s in responses if str(s).startswith("2"))
    answer: Any = next((v for k, v in responses.items() if statuses and str(k) == statuses[0]), {})
    content = (answer or {}).get("content") or {}
    return merged((content.get("application/json") or {}).get("schema") or {})


def merged(schema: Mapping[str, Any]) -> dict[str, Any]:
    """A schema with the properties and required names of its `allOf` parts merged in."""
    result = {k: v for k, v in schema.items() if k != "allOf"}
    for part in schema.get("allOf") or []:
        part = merged(part)
        result.setdefault("type", part.get("type"))
        result["properties"] = {
            **(result.get("properties") or {}),
            **(part.get("properties") or {}),
        }
        result["required"] = [*(result.get("required") or []), *(part.get("required") or [])]
    return result


def body_rules(schema: Mapping[str, Any]) -> list[tuple[str, ...]]:
    """`anyOf`/`oneOf` of `{required: [one name]}` options: "at least one of" rules."""
    groups = [schema.get("anyOf"), schema.get("oneOf")]
    groups += [p.get("anyOf") for p in schema.get("allOf") or [] if isinstance(p, Mapping)]
    found = []
    for options in groups:
        if not isinstance(options, list) or len(options) < 2:
            continue
        names = [o.get("required") if isinstance(o, Mapping) else None for o in options]
        if all(isinstance(n, list) and len(n) == 1 for n in names):
            found.append(tuple(str(n[0]) for n in names))  # type: ignore[index]
    return found


class Operation:
    """Collects one operation's parameters (in the format's order) and notes."""

    def __init__(self, account: str, notes: list[str]):
        self.account, self.notes = account, notes
        self.params: dict[str, tuple[Parameter, dict[str, Any]]] = {}  # with its OpenAPI schema
        self.entries: dict[str, dict[str, Any]] = {}  # the spec's parameter entries
        self.param_examples: dict[str, dict[str, tuple[str, Any]]] = {}
        self.body_examples: dict[str, tuple[str, Any]] = {}
        self.array: dict[str, Any] | None = None  # `body` of an array body: type and limits

    def parameter(self, param: Mapping[str, Any]) -> None:
        """A path or query parameter (header and cookie parameters are noted, not kept)."""
        where, name = param.get("in"), str(param.get("name"))
        if where not in ("path", "query"):
            self.notes.append(f"{where} parameter {name!r} skipped: not a path or query one")
            return
        schema = param.get("schema") or {}
        if self._add(
            name, str(where), schema, param.get("description"), bool(param.get("required"))
        ):
            self.param_examples[name] = named(param)
            roles = param.get(LIST_ROLE)
            if isinstance(roles, Mapping) and where == "query":  # this project's own export
                kept = {k: roles[k] for k in ("filters", "sorts") if isinstance(roles.get(k), str)}
                self.entries[name].update(
                    {**kept, **({"unpaged": True} if roles.get("unpaged") is True else {})}
                )

    def body(self, body: Any) -> list[tuple[str, ...]]:
        """Body parameters from a JSON request body; returns its "at least one of" rules."""
        content = (body.get("content") or {}) if isinstance(body, Mapping) else {}
        media_type = next((m for m in content if m.split(";")[0].endswith("json")), None)
        if media_type is None:
            if content:
                self.notes.append(f"request body skipped: not JSON ({', '.join(content)})")
            return []
        media = content[media_type] or {}
        given = media.get("schema") or {}
        if schema_type(merged(given)) == "array" and isinstance(given.get("items"), Mapping):
            self.array = {"type": "array"}
            if given.get("minItems") not in (None, 1):
                self.array["min_items"] = given["minItems"]
            if given.get("maxItems") is not None:
                self.array["max_items"] = given["maxItems"]
            given = given["items"]
        schema = merged(given)
        if schema_type(schema) not in ("object", None) or not schema.get("properties"):
            self.notes.append("request body skipped: not an object with named properties")
            return []
        required = set(schema.get("required") or [])
        for name, prop in schema["properties"].items():
            prop = prop if isinstance(prop, Mapping) else {}
            if not prop.get("readOnly"):
                self._add(str(name), "body", prop, None, name in required)
        self.body_examples = named(media)
        return body_rules(given)

    def properties(self, responses: Mapping[str, Any]) -> list[dict[str, Any]]:
        """The fields of the first 2xx JSON answer (of its items, for a list)."""
        schema = success_schema(responses)
        if schema_type(schema) == "array":
            schema = merged(schema.get("items") or {})
        found = []
        for name, prop in (schema.get("properties") or {}).items():
            if NAME_RE.match(str(name)) and isinstance(prop, Mapping):
                own = format_fields(dict(prop))[0]
                for limit in ("minimum", "maximum"):
                    own.pop(limit, None)
                text = str(prop.get("description") or NO_TEXT).strip()
                found.append({"name": str(name), **_property_fields(own), "description": text})
        return found

    def examples(self, titles: Any, rules: list[tuple[str, ...]]) -> list[dict[str, Any]]:
        """The spec's examples (see import_examples.checked_examples)."""
        own = titles if isinstance(titles, Mapping) else None
        if self.array is None:
            gathered = gather(own, self.body_examples, self.param_examples)
            return checked_examples(gathered, self.params, rules, self.notes)
        # An array body: the body's examples are lists, each item checked like an example.
        body = {n: v for n, v in self.body_examples.items() if isinstance(v[1], list)}
        outside = {n: p for n, p in self.params.items() if p[0].location != "body"}
        inside = {n: p for n, p in self.params.items() if p[0].location == "body"}
        gathered = gather(own, {}, self.param_examples)
        names = [g[0] for g in gathered] + [n for n in body if n not in {g[0] for g in gathered}]
        titled = {g[0]: g for g in gathered}
        if not names:
            names = ["example-1"]
            titled["example-1"] = ("example-1", "Example with placeholder values", {})
            self.notes.append("no examples in the document: example-1 has placeholder values")
        found = []
        for name in names:
            _, title, values = titled.get(name, (name, body.get(name, (name, []))[0], {}))
            example = checked_examples([(name, title, values)], outside, [], self.notes)[0]
            listed = body.get(name, ("", [{}]))[1] or [{}]
            rows = [(name, title, dict(v) if isinstance(v, Mapping) else {}) for v in listed]
            checked = checked_examples(rows, inside, rules, self.notes)
            example["items"] = [c["values"] for c in checked]
            found.append(example)
        return found

    def _skip(self, name: str, where: str, why: str) -> Parameter | None:
        """Note a parameter that is not imported; None, for `_add` to return."""
        self.notes.append(f"{where} parameter {name!r} skipped: {why}")
        return None

    def _add(
        self, name: str, where: str, schema: Mapping[str, Any], description: Any, mandatory: bool
    ) -> Parameter | None:
        if name == self.account and where == "path":
            return None
        if not NAME_RE.match(name):
            return self._skip(name, where, "not a name the samples can use")
        if name in self.params:
            return self._skip(name, where, f"a {self.params[name][0].location} one has that name")
        fields, lost = format_fields(dict(schema))
        if fields["type"] in ("object", "array") and where == "path":
            self.notes.append(f"path parameter {name!r}: {fields['type']} imported as string")
            fields, lost = {"type": "string"}, []
        if fields["type"] in ("object", "array") and where != "body":
            return self._skip(name, where, f"{fields['type']} parameters travel in the body")
        self.notes.extend(f"{name}: {what} not kept" for what in lost)
        entry: dict[str, Any] = {"name": name, "in": where, "type": fields["type"]}
        if mandatory and where != "path":
            entry["mandatory"] = True
        entry.update({k: v for k, v in fields.items() if k != "type"})
        if schema.get(NULL_IS) in ("unset", "refused") and not mandatory and where != "path":
            entry["null_is"] = schema[NULL_IS]
        entry["description"] = str(description or schema.get("description") or NO_TEXT).strip()
        param = Parameter(
            name=name,
            location=where,  # type: ignore[arg-type]
            type=fields["type"],
            description=entry["description"],
            mandatory=mandatory or where == "path",
            minimum=fields.get("minimum"),
            maximum=fields.get("maximum"),
            values=tuple(fields.get("values", ())),
            items=fields.get("items"),
            fields=_fields_of(entry, where),
            numeric_text=fields.get("numeric_text", False),
            const=fields.get("const"),
            any_case=fields.get("any_case", False),
            **{k: fields[k] for k in LIMITS if k in fields},
        )
        if "default" in entry and not fits(param, entry["default"]):
            self.notes.append(f"{name}: default {entry.pop('default')!r} does not fit; not kept")
        self.params[name], self.entries[name] = (param, dict(schema)), entry
        return param


def _fields_of(entry: Mapping[str, Any], where: str) -> tuple[Parameter, ...]:
    """An imported parameter's fields as parameters (to check the examples' values)."""
    found = []
    for raw in entry.get("fields") or ():
        field = declaration(raw, [], where, None, None)
        if field is not None:
            found.append(field)
    return tuple(found)


def _property_fields(own: dict[str, Any]) -> dict[str, Any]:
    """A property's type, values, items, default and fields (a property has no limits)."""
    kept = {k: v for k, v in own.items() if k in ("type", "values", "items", "default")}
    if own.get("fields"):
        kept["fields"] = [
            {"name": f["name"], **_property_fields(f), "description": f["description"]}
            for f in own["fields"]
        ]
    return kept
