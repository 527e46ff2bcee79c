"""Parse spec files into the typed model, reporting every problem with file, line and field."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import Any, Callable, Mapping, NamedTuple

import jsonschema

from generator import schema
from generator.errors import Problem, SpecError
from generator.literals.csharp import cs_enum
from generator.literals.reserved import python_keyword, taken_in
from generator.model import (
    Api,
    Argument,
    Credentials,
    Endpoint,
    Example,
    LibraryCall,
    Parameter,
    Property,
    Rule,
    reading_order,
    section_of,
)
from generator.spec_messages import (
    did_you_mean,
    example_id,
    field_name,
    number,
    schema_problems,
    show,
    value_problem,
)
from generator.targets import LIBRARIES, TARGETS
from generator.value_schema import parameter_schema
from generator.yaml_source import line_of, read_yaml

API_FILE = "_api.yaml"
PATH_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")
ENDPOINT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_NAME = re.compile(schema.NAME["pattern"])
# Folders of docs/ that generated pages must not land in.
RESERVED_SECTIONS = {"snippets", "stylesheets", "assets", "search"}
# Markdown links whose target runs script: `[x](javascript:...)` and `[x]: javascript:...`.
SCRIPT_LINK = re.compile(
    r"(\]\s*\(\s*<?|^\s*\[[^\]]*\]:\s*<?)\s*(javascript|vbscript|data):", re.I | re.M
)
# A parameter can check values when these fields are right, whatever else is wrong with it.
_VALUE_FIELDS = ("name", "in", "type", "mandatory", "minimum", "maximum", "values", "items")
_USABLE_PARAMETER = jsonschema.Draft202012Validator(
    {**schema.PARAMETER, "required": ["name", "type"]}
)


class _Collector:
    """Gathers the problems of one file so that all are reported at once."""

    def __init__(self, file: Path, data: Any, problems: list[Problem] | None = None):
        self.file, self.data, self.problems = file, data, list(problems or [])

    def add(self, path: list[Any] | tuple[Any, ...], message: str) -> None:
        self.problems.append(
            Problem(self.file, line_of(self.data, path), field_name(self.data, path), message)
        )

    def check_schema(self, root_schema: dict[str, Any]) -> None:
        missing: dict[tuple[Any, ...], list[str]] = {}
        for error in jsonschema.Draft202012Validator(root_schema).iter_errors(self.data):
            if error.validator == "required":
                missing.setdefault(tuple(error.absolute_path), []).extend(
                    repr(key) for key in error.validator_value if key not in error.instance
                )
                continue
            for path, message in schema_problems(error):
                self.add(path, message)
        for path, keys in missing.items():
            self.add(list(path), f"missing: {', '.join(dict.fromkeys(keys))}")

    def raise_if_any(self) -> None:
        if self.problems:
            raise SpecError(sorted(self.problems, key=lambda p: (p.line or 0, p.field)))


def _read(path: Path, root_schema: dict[str, Any], what: str) -> _Collector:
    """Load one file and check its shape; a file that is not a mapping stops here."""
    data, problems = read_yaml(path)
    found = _Collector(path, data, problems)
    if isinstance(data, dict):
        found.check_schema(root_schema)
        return found
    shape = "is empty" if data is None else f"holds {show(data)}"
    found.add([], f"the file {shape}; {what} is a mapping of fields (key: value)")
    raise SpecError(found.problems)


# Per set name, its members as written (None: a set _api.yaml names but could not read).
Sets = Mapping[str, "tuple[Mapping[str, Any], ...] | None"]


class _ApiFile(NamedTuple):
    """What _api.yaml gave: the settings when valid, and what could be read of it regardless."""

    api: Api | None
    account: str | None
    sets: Sets | None
    problems: list[Problem]


def _api(spec_dir: Path) -> _ApiFile:
    """The API-wide settings, the account parameter and parameter sets if readable, the problems."""
    path = spec_dir / API_FILE
    if not path.is_file():
        message = "not found; every spec folder needs one (the API-wide settings)"
        return _ApiFile(None, None, None, [Problem(path, None, "", message)])
    try:
        found = _read(path, schema.API, "_api.yaml")
    except SpecError as exc:
        return _ApiFile(None, None, None, exc.problems)
    data = found.data
    account = data.get("account_parameter")
    account = account if isinstance(account, str) else None
    sets = _parameter_sets(data, account, found)
    try:
        found.raise_if_any()
    except SpecError as exc:
        return _ApiFile(None, account, sets, exc.problems)
    api = Api(
        title=data["title"].strip(),
        base_url=data["base_url"],
        account_parameter=data["account_parameter"],
        credentials=Credentials(**data["credentials"]),
        parameter_sets={name: members for name, members in sets.items() if members is not None},
    )
    return _ApiFile(api, account, sets, [])


def _parameter_sets(data: dict[str, Any], account: str | None, found: _Collector) -> Sets:
    """The parameter sets of _api.yaml, each member checked as an endpoint's own parameter is."""
    given = data.get("parameter_sets")
    sets: dict[str, tuple[Mapping[str, Any], ...] | None] = {}
    for set_name, members in given.items() if isinstance(given, dict) else ():
        if not isinstance(set_name, str):
            continue
        if not isinstance(members, list) or not _NAME.match(set_name):
            sets[set_name] = None  # reported by the schema
            continue
        kept, first_line = [], {}
        for i, raw in enumerate(members):
            where = ["parameter_sets", set_name, i]
            name = raw.get("name") if isinstance(raw, dict) else None
            if not isinstance(name, str):
                continue
            if name in first_line:
                message = f"duplicate parameter {name!r} (first at line {first_line[name]})"
                found.add([*where, "name"], message)
                continue
            first_line[name] = line_of(data, where)
            _check_link(raw.get("description"), [*where, "description"], found)
            _declaration(raw, where, "body", account, found)
            kept.append(dict(raw))
        sets[set_name] = tuple(kept)
    return sets


def load_api(spec_dir: Path) -> Api:
    """Read the API-wide settings of a spec folder."""
    read = _api(spec_dir)
    if read.api is None:
        raise SpecError(read.problems)
    return read.api


def load_endpoint(path: Path, api: Api | None) -> Endpoint:
    """Read and check one endpoint spec (with `api` None, checks that need it are skipped)."""
    if api is None:
        return _endpoint(path, None, None)
    return _endpoint(path, api.account_parameter, api.parameter_sets)


def _endpoint(path: Path, account: str | None, sets: Sets | None) -> Endpoint:
    """Read and check one endpoint spec, given the account parameter and the parameter sets
    when they are known."""
    found = _read(path, schema.ENDPOINT, "an endpoint spec")
    data = found.data
    _check_links(data, found)
    _check_resource(data, found)
    _check_item_name(data, found)
    declared = _declarations(data, sets, found)
    params = _parameters(data, declared, account, found)
    _check_path(data, declared, account, found)
    rules = _rules(data, declared, found)
    examples = _examples(data, params, declared, rules, account, found)
    calls = _calls(data, params, found)
    _check_unsupported(data, declared, found)
    properties = _properties(data, sets, found)
    found.raise_if_any()
    return Endpoint(
        id=path.stem,
        source=str(path),
        resource=data["resource"].strip(),
        item_name=data.get("item_name") or _singular(data["resource"]),
        title=data["title"].strip(),
        description=data["description"].strip(),
        method=data["method"],
        path=data["path"],
        parameters=tuple(params.values()),
        rules=rules,
        examples=examples,
        calls=calls,
        properties=properties,
    )


def _singular(resource: str) -> str:
    """`Applications` -> `application`: the default name of one item in samples."""
    word = resource.strip().split()[-1].lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _items(data: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mapping items of a list field, with their positions; anything else was reported."""
    items = data.get(key)
    if not isinstance(items, list):
        return []
    return [(i, item) for i, item in enumerate(items) if isinstance(item, dict)]


def _check_link(text: Any, where: list[Any], found: _Collector) -> None:
    """Descriptions are Markdown: no link in them may run script."""
    if isinstance(text, str) and (match := SCRIPT_LINK.search(text)):
        found.add(where, f"a {match[2].lower()}: link is not allowed; link to http(s) pages")


def _check_links(data: dict[str, Any], found: _Collector) -> None:
    """The endpoint's own descriptions (a set's are checked in _api.yaml)."""
    _check_link(data.get("description"), ["description"], found)
    for key in ("parameters", "properties"):
        for i, item in _items(data, key):
            _check_link(item.get("description"), [key, i, "description"], found)


def _check_resource(data: dict[str, Any], found: _Collector) -> None:
    """The resource names the folder of its pages: one that exists and is not taken."""
    resource = data.get("resource")
    if not isinstance(resource, str) or not resource.strip():
        return
    section = section_of(resource)
    if not section:
        found.add(
            ["resource"],
            f"{show(resource)} needs a latin letter or digit: it names the page folder",
        )
    elif section in RESERVED_SECTIONS:
        found.add(
            ["resource"], f"{show(resource)} would put pages in docs/{section}/, which is reserved"
        )


def _check_item_name(data: dict[str, Any], found: _Collector) -> None:
    """The samples' variable for one item: a name, and no keyword of a sample language."""
    given, resource = data.get("item_name"), data.get("resource")
    if isinstance(given, str):
        where, name = ["item_name"], given
    elif given is None and isinstance(resource, str) and resource.strip():
        where, name = ["resource"], _singular(resource)
        if not _NAME.match(name):
            found.add(
                where, f"{show(resource)} gives no name for the samples' variables; add item_name"
            )
            return
    else:
        return
    if languages := taken_in(name):
        hint = "" if where == ["item_name"] else "; set item_name to another word"
        found.add(
            where,
            f"the samples' variable {name!r} is a reserved word in {', '.join(languages)}{hint}",
        )


class _Declared(NamedTuple):
    """One parameter declaration of an endpoint: its own entry, or a member of a set it uses."""

    where: list[Any]  # the entry in the endpoint file: the declaration, or the `use:` line
    raw: Mapping[str, Any]  # the declaration's fields (a set member's, with the use's overrides)
    shared: str | None  # the set's name, for a member of a set


class _Declarations(NamedTuple):
    """Every declaration of an endpoint, and whether all of them are known (no unreadable set)."""

    items: list[_Declared]
    complete: bool

    @property
    def names(self) -> list[str]:
        """Every declared name, well-formed declaration or not."""
        return [d.raw["name"] for d in self.items if isinstance(d.raw.get("name"), str)]


def _unknown_set(name: str, sets: Sets) -> str:
    known = [n for n, members in sets.items() if members is not None]
    if not known:
        return f"unknown parameter set {name!r}; _api.yaml has no parameter_sets"
    hint = did_you_mean(name, known) or f"; known: {', '.join(known)}"
    return f"unknown parameter set {name!r}{hint}"


def _used_set(
    raw: Mapping[str, Any], where: list[Any], sets: Sets | None, found: _Collector
) -> tuple[Mapping[str, Any], ...] | None:
    """The members of the set a `use:` entry names, or None (reported when it is unknown)."""
    name = raw.get("use")
    if not isinstance(name, str) or sets is None:
        return None  # reported by the schema, or the sets are unknown (_api.yaml unreadable)
    if name not in sets:
        found.add([*where, "use"], _unknown_set(name, sets))
    return sets.get(name)


def _declarations(data: dict[str, Any], sets: Sets | None, found: _Collector) -> _Declarations:
    """The endpoint's parameter declarations in order, `use:` entries replaced by their set."""
    items, complete = [], True
    for i, raw in _items(data, "parameters"):
        where = ["parameters", i]
        if "use" not in raw:
            items.append(_Declared(where, raw, None))
            continue
        members = _used_set(raw, where, sets, found)
        if members is None:
            complete = False
            continue
        overrides = {k: raw[k] for k in ("mandatory",) if isinstance(raw.get(k), bool)}
        items += [_Declared(where, {**m, **overrides}, raw["use"]) for m in members]
    return _Declarations(items, complete)


def _parameters(
    data: dict[str, Any], declared: _Declarations, account: str | None, found: _Collector
) -> dict[str, Parameter]:
    """The parameters that can check values, by name; every problem found is reported."""
    params: dict[str, Parameter] = {}
    first_line: dict[str, int | None] = {}
    default_location = "query" if data.get("method") in ("GET", "DELETE") else "body"
    for where, raw, shared in declared.items:
        name = raw.get("name")
        if not isinstance(name, str):
            continue
        if name in first_line:
            if shared:
                message = (
                    f"set {shared!r} declares {name!r} again (first at line {first_line[name]})"
                )
                found.add([*where, "use"], message)
            else:
                message = f"duplicate parameter {name!r} (first at line {first_line[name]})"
                found.add([*where, "name"], message)
            continue
        first_line[name] = line_of(data, where)
        location = raw.get("in", default_location)
        # A set's members were checked in _api.yaml, where their problems are reported.
        param = _declaration(raw, where, location, account, None if shared else found)
        if param is None:
            continue
        param = replace(param, line=line_of(data, where))
        if param.type in ("object", "array") and param.location != "body":
            at = [*where, "use"] if shared else [*where, "in"] if "in" in raw else where
            message = f"{param.type} parameters travel in the body (the client libraries write them differently in a {param.location})"
            found.add(at, message)
        params[name] = param
    return params


def _declaration(
    raw: Mapping[str, Any],
    where: list[Any],
    location: str,
    account: str | None,
    found: _Collector | None,
) -> Parameter | None:
    """One declaration as a parameter, if it can check values; its problems go to `found`."""
    report = found.add if found else lambda path, message: None
    name, kind = raw["name"], raw.get("type")
    if name == account:
        message = f"{name!r} is the account parameter of _api.yaml; samples take it from the credentials, do not declare it"
        report([*where, "name"], message)
        return None
    if kind == "enum" and "values" not in raw:
        report(where, "an enum parameter needs its allowed 'values'")
        return None
    if kind in ("object", "array") and "items" not in raw:
        what = "item" if kind == "array" else "value"
        report(where, f"an {kind} parameter needs 'items': the type of every {what} (e.g. string)")
        return None
    if kind != "enum" and "values" in raw:
        report([*where, "values"], "only an enum parameter has allowed 'values'")
    if kind not in ("object", "array") and "items" in raw:
        report([*where, "items"], "only object and array parameters have 'items'")
    for limit in ("minimum", "maximum"):
        if limit in raw and kind not in ("integer", "number"):
            report([*where, limit], f"only integer and number parameters have a {limit}")
    if found:
        _check_enum_values(raw.get("values"), [*where, "values"], found)
    if not _USABLE_PARAMETER.is_valid({k: raw[k] for k in _VALUE_FIELDS if k in raw}):
        return None
    param = Parameter(
        name=name,
        location=location,
        type=kind,
        description=str(raw.get("description") or "").strip(),
        mandatory=raw.get("mandatory", False) or location == "path",
        default=raw.get("default"),
        minimum=raw.get("minimum"),
        maximum=raw.get("maximum"),
        values=tuple(raw.get("values", ())),
        items=raw.get("items") if kind in ("object", "array") else None,
    )
    if found:
        _check_parameter(param, raw, where, found)
    return param


def _check_enum_values(values: Any, where: list[Any], found: _Collector) -> None:
    """Each allowed value must name a member of a C# enum (the Bandwidth.Net sample uses one)."""
    for j, value in enumerate(values if isinstance(values, list) else []):
        if not isinstance(value, str):
            continue  # reported by the schema
        try:
            cs_enum(value, "Enum")
        except TypeError:
            message = f"{show(value)} cannot name a C# enum member; use names such as GET or POST"
            found.add([*where, j], message)


def _check_parameter(
    param: Parameter, raw: Mapping[str, Any], where: list[Any], found: _Collector
) -> None:
    """Limits that fit together and a default that fits them."""
    low, high = param.minimum, param.maximum
    if low is not None and high is not None and low > high:
        found.add([*where, "minimum"], f"minimum {number(low)} is above maximum {number(high)}")
    if "default" in raw and (
        problem := value_problem(param, raw["default"], parameter_schema(param))
    ):
        found.add([*where, "default"], problem)


def _check_path(
    data: dict[str, Any], declared: _Declarations, account: str | None, found: _Collector
) -> None:
    """Every `{name}` in the path is declared `in: path`, and every such parameter is used."""
    path = data.get("path")
    if not isinstance(path, str):
        return
    leftover = PATH_PARAM.sub("", path)
    if "{" in leftover or "}" in leftover:
        found.add(["path"], f"{show(path)} has a brace that is not a {{name}} placeholder")
    in_url = PATH_PARAM.findall(path)
    in_path: dict[str, _Declared] = {}
    for decl in declared.items:
        if decl.raw.get("in") == "path" and isinstance(decl.raw.get("name"), str):
            in_path.setdefault(decl.raw["name"], decl)
    if account is not None and declared.complete:
        for name in in_url:
            if name != account and name not in in_path:
                close = did_you_mean(name, in_path)
                found.add(
                    ["path"], f"{{{name}}} is not declared in parameters with in: path{close}"
                )
    for name, decl in in_path.items():
        if name not in in_url:
            where = [*decl.where, "use"] if decl.shared else [*decl.where, "in"]
            found.add(where, f"path parameter {name!r} does not appear in path {show(path)}")


def _rules(data: dict[str, Any], declared: _Declarations, found: _Collector) -> tuple[Rule, ...]:
    """The rules, each naming declared parameters."""
    names = declared.names
    rules = []
    for i, raw in _items(data, "rules"):
        listed = raw.get("at_least_one_of")
        if not isinstance(listed, list) or not all(isinstance(n, str) for n in listed):
            continue
        for j, name in enumerate(listed):
            if name not in names and declared.complete:
                message = f"{name!r} is not a declared parameter{did_you_mean(name, names)}"
                found.add(["rules", i, "at_least_one_of", j], message)
        rules.append(Rule(tuple(listed)))
    return tuple(rules)


def _examples(
    data: dict[str, Any],
    params: dict[str, Parameter],
    declared: _Declarations,
    rules: tuple[Rule, ...],
    account: str | None,
    found: _Collector,
) -> tuple[Example, ...]:
    """Examples whose values fit their parameters, give every mandatory one and obey the rules."""
    names = declared.names
    examples, first_line = [], {}
    for i, raw in _items(data, "examples"):
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
                    found.add(at, f"unknown parameter {name!r}{did_you_mean(name, names)}")
            elif name not in params:
                continue  # its declaration has problems, reported there
            elif problem := value_problem(params[name], value, parameter_schema(params[name])):
                found.add(at, problem)
            else:
                arguments.append(Argument(params[name], value))
        for param in params.values():
            if param.mandatory and param.name not in values:
                found.add([*where, "values"], f"mandatory parameter {param.name!r} has no value")
        for rule in rules:
            if not any(values.get(n) is not None for n in rule.at_least_one_of):
                listed = ", ".join(repr(n) for n in rule.at_least_one_of)
                found.add(
                    [*where, "values"], f"gives none of {listed}; the rules need at least one"
                )
        examples.append(Example(ident, i + 1, str(raw.get("title", "")).strip(), tuple(arguments)))
    return tuple(examples)


def _check_unsupported(data: dict[str, Any], declared: _Declarations, found: _Collector) -> None:
    """A library's `unsupported` names declared parameters, and no example gives one of them."""
    sdk = data.get("sdk")
    names = declared.names
    for library, raw in sdk.items() if isinstance(sdk, dict) else ():
        listed = raw.get("unsupported") if isinstance(raw, dict) else None
        if not isinstance(listed, list):
            continue
        for j, name in enumerate(listed):
            if isinstance(name, str) and name not in names and declared.complete:
                message = f"{name!r} is not a declared parameter{did_you_mean(name, names)}"
                found.add(["sdk", library, "unsupported", j], message)
        for i, example in _items(data, "examples"):
            values = example.get("values")
            for name in values if isinstance(values, dict) else ():
                if name in listed:
                    message = f"{library} cannot send {name!r} (its sdk entry lists it as unsupported), so its sample could not show this example; leave {name!r} out"
                    found.add(["examples", i, "values", name], message)


def _properties(data: dict[str, Any], sets: Sets | None, found: _Collector) -> tuple[Property, ...]:
    """The fields of the answer, for the page's Properties table; `use:` takes a set's."""
    properties, first_line = [], {}
    for i, raw in _items(data, "properties"):
        where = ["properties", i]
        if "use" in raw:
            members = _used_set(raw, where, sets, found) or ()
            entries = [(m, [*where, "use"]) for m in members]
        else:
            entries = [(raw, where)]
        for entry, at in entries:
            name, kind, text = entry.get("name"), entry.get("type"), entry.get("description")
            if not isinstance(name, str) or kind not in schema.TYPE["enum"]:
                continue  # reported by the schema (here, or in _api.yaml for a set)
            if name in first_line:
                message = f"duplicate property {name!r} (first at line {first_line[name]})"
                found.add(at if at != where else [*where, "name"], message)
                continue
            first_line[name] = line_of(data, where)
            properties.append(Property(name, kind, str(text or "").strip()))
    return tuple(properties)


def _unknown_library(name: str) -> str:
    message = f"unknown client library {name!r}"
    for target in TARGETS:
        if target.key == name and target.library:
            return f"{message}; the {target.label} sample calls {target.library.name!r}"
    return message + (did_you_mean(name, LIBRARIES) or f"; known: {', '.join(LIBRARIES)}")


def _calls(
    data: dict[str, Any], params: dict[str, Parameter], found: _Collector
) -> dict[str, LibraryCall]:
    """Per client library, the call its sample makes, with the fields that library needs."""
    sdk = data.get("sdk")
    if not isinstance(sdk, dict):
        return {}
    calls = {}
    carries_data = any(p.location != "path" for p in params.values())
    for library, raw in sdk.items():
        if library not in LIBRARIES:
            found.add(["sdk", library], _unknown_library(library))
            continue
        if not isinstance(raw, dict):
            continue
        known = LIBRARIES[library]
        for key in known.needs:
            if key not in raw:
                found.add(
                    ["sdk", library], f"{key!r} is missing; the {known.language} sample needs it"
                )
        if library == "Bandwidth.Net" and carries_data and "data_class" not in raw:
            found.add(
                ["sdk", library],
                "'data_class' is missing; the C# sample passes the parameters in it",
            )
        method = raw.get("method")
        if (
            known.language == "Python"
            and isinstance(method, str)
            and python_keyword(method) == method
        ):
            found.add(
                ["sdk", library, "method"],
                f"{method!r} is a Python keyword, so the Python sample cannot call it",
            )
        if "list_field" in raw and raw.get("result") != "list":
            found.add(
                ["sdk", library, "list_field"], "only a call with result: list has a list_field"
            )
        for key in raw:
            if key not in ("method", "result", "unsupported", *known.needs, *known.options):
                users = [lib.name for lib in LIBRARIES.values() if key in lib.needs + lib.options]
                if users:
                    found.add(
                        ["sdk", library, key],
                        f"{key!r} is not used by {library}, only by {', '.join(users)}",
                    )
        calls[library] = LibraryCall(
            library=library,
            resource=raw.get("resource", ""),
            method=raw.get("method", ""),
            result=raw.get("result", "item"),
            data_class=raw.get("data_class"),
            client=raw.get("client"),
            on_instance=raw.get("on_instance", False),
            is_async=raw.get("async", True),
            list_field=raw.get("list_field"),
        )
    for library in LIBRARIES:
        if library not in sdk:
            found.add(["sdk"], f"no call given for client library {library!r}")
    return calls


def _route(endpoint: Endpoint) -> str:
    """`POST /v1/users/{}/applications`: the request an endpoint serves, placeholder names dropped."""
    return f"{endpoint.method} {PATH_PARAM.sub('{}', endpoint.path).rstrip('/')}"


def _spec_files(spec_dir: Path) -> tuple[list[Path], list[Problem]]:
    """The endpoint files of a folder, and problems with file names."""
    files, problems = [], []
    for path in sorted(spec_dir.iterdir()):
        if path.name.startswith((".", "_")) or not path.is_file():
            continue
        if path.suffix == ".yml":
            message = f"spec files end in .yaml; rename it {path.stem}.yaml"
            problems.append(Problem(path, None, "", message))
        elif path.suffix == ".yaml" and not ENDPOINT_ID.match(path.stem):
            message = "the file name is the endpoint's id: use lower-case letters, digits, _ and -"
            problems.append(Problem(path, None, "", message))
        elif path.suffix == ".yaml":
            files.append(path)
    return files, problems


def _duplicates(endpoints: list[Endpoint]) -> list[Problem]:
    """Two files for the same request, or two pages at the same address."""
    problems, routes, pages = [], {}, {}
    for endpoint in endpoints:
        source = Path(endpoint.source)
        route, page = _route(endpoint), f"{endpoint.section}/{endpoint.slug}"
        if route in routes:
            line = line_of(read_yaml(source)[0], ["path"])  # read again only on this rare path
            message = f"{endpoint.method} {endpoint.path} is already described in {routes[route]}"
            problems.append(Problem(source, line, "path", message))
        if page in pages:
            message = f"its page {page}.md is also the page of {pages[page]}"
            problems.append(Problem(source, None, "", message))
        routes.setdefault(route, source)
        pages.setdefault(page, source)
    return problems


def load_specs(
    spec_dir: Path, load: Callable[[Path, Api], Endpoint] = load_endpoint
) -> tuple[Api, list[Endpoint]]:
    """Load the API settings and every endpoint of a folder (in reading order, see
    model.reading_order); all problems of all files at once.

    `load` reads one endpoint file; the build passes one that reuses the cached result of a
    file whose bytes it validated before. With a broken _api.yaml, files are checked without it.
    """
    if not spec_dir.is_dir():
        raise SpecError([Problem(spec_dir, None, "", "no such spec folder")])
    api, account, sets, problems = _api(spec_dir)
    files, file_problems = _spec_files(spec_dir)
    problems += file_problems
    endpoints = []
    for path in files:
        try:
            endpoints.append(load(path, api) if api else _endpoint(path, account, sets))
        except SpecError as exc:
            problems.extend(exc.problems)
    problems += _duplicates(endpoints)
    if not files and not file_problems:
        problems.append(Problem(spec_dir, None, "", "no endpoint specs (*.yaml) found"))
    if problems or api is None:
        raise SpecError(_in_file_order(problems))
    return api, sorted(endpoints, key=reading_order)


def _in_file_order(problems: list[Problem]) -> list[Problem]:
    """File by file (_api.yaml first), each from top to bottom."""
    return sorted(
        problems,
        key=lambda p: (
            p.file.name != API_FILE if p.file else True,
            str(p.file),
            p.line or 0,
            p.field,
        ),
    )
