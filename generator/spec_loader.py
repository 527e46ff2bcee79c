"""Parse spec files into the typed model, reporting every problem with file, line and field."""

from __future__ import annotations

import difflib
import re
from pathlib import Path
from typing import Any, Callable

import jsonschema

from generator import schema
from generator.errors import Problem, SpecError
from generator.model import Api, Argument, Credentials, Endpoint, Example, LibraryCall, Parameter, Rule
from generator.targets import LIBRARIES
from generator.value_schema import parameter_schema
from generator.yaml_source import line_of, load_yaml

API_FILE = "_api.yaml"
PATH_PARAM = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _field(path: list[Any] | tuple[Any, ...]) -> str:
    return ".".join(str(p) for p in path)


class _Collector:
    """Gathers the problems of one file so that all are reported at once."""

    def __init__(self, file: Path, data: Any):
        self.file, self.data, self.problems = file, data, []

    def add(self, path: list[Any] | tuple[Any, ...], message: str) -> None:
        self.problems.append(Problem(self.file, line_of(self.data, path), _field(path), message))

    def check_schema(self, root_schema: dict[str, Any]) -> None:
        validator = jsonschema.Draft202012Validator(root_schema)
        for error in sorted(validator.iter_errors(self.data), key=lambda e: list(map(str, e.path))):
            self.add(list(error.absolute_path), _schema_message(error))

    def raise_if_any(self) -> None:
        if self.problems:
            raise SpecError(sorted(self.problems, key=lambda p: (p.line or 0, p.field)))


def _schema_message(error: jsonschema.ValidationError) -> str:
    if error.validator == "additionalProperties" and isinstance(error.instance, dict):
        allowed = list(error.schema.get("properties", {}))
        extra = [k for k in error.instance if k not in allowed]
        hints = []
        for key in extra:
            close = difflib.get_close_matches(str(key), allowed, n=1)
            hints.append(f"unknown key {key!r}" + (f" (did you mean {close[0]!r}?)" if close else ""))
        return "; ".join(hints)
    if error.validator == "required":
        return error.message.replace("is a required property", "is missing")
    return error.message


def load_api(spec_dir: Path) -> Api:
    """Read the API-wide settings of a spec folder."""
    path = spec_dir / API_FILE
    if not path.is_file():
        raise SpecError([Problem(path, None, "", "missing: every spec folder needs an _api.yaml")])
    data = load_yaml(path)
    found = _Collector(path, data)
    if not isinstance(data, dict):
        found.add([], "the file must be a mapping of settings")
        found.raise_if_any()
    found.check_schema(schema.API)
    found.raise_if_any()
    return Api(
        title=data["title"],
        base_url=data["base_url"],
        account_parameter=data["account_parameter"],
        credentials=Credentials(**data["credentials"]),
    )


def load_endpoint(path: Path, api: Api) -> Endpoint:
    """Read and check one endpoint spec."""
    data = load_yaml(path)
    found = _Collector(path, data)
    if not isinstance(data, dict):
        found.add([], "the file must be a mapping that describes one endpoint")
        found.raise_if_any()
    found.check_schema(schema.ENDPOINT)
    found.raise_if_any()

    params = _parameters(data, found)
    _check_path(data, params, api, found)
    rules = _rules(data, params, found)
    examples = _examples(data, params, rules, found)
    calls = _calls(data, found)
    found.raise_if_any()
    return Endpoint(
        id=path.stem,
        source=str(path),
        resource=data["resource"],
        item_name=data.get("item_name") or _singular(data["resource"]),
        title=data["title"],
        description=data["description"].strip(),
        method=data["method"],
        path=data["path"],
        parameters=tuple(params.values()),
        rules=rules,
        examples=examples,
        calls=calls,
    )


def _singular(resource: str) -> str:
    """`Applications` -> `application`: the default name of one item in samples."""
    word = resource.strip().split()[-1].lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _value_problem(param: Parameter, value: Any) -> str | None:
    error = jsonschema.exceptions.best_match(
        jsonschema.Draft202012Validator(parameter_schema(param)).iter_errors(value)
    )
    if error is None:
        return None
    if error.validator == "maximum":
        return f"{value!r} is above maximum {param.maximum:g}"
    if error.validator == "minimum":
        return f"{value!r} is below minimum {param.minimum:g}"
    if error.validator == "enum":
        return f"{value!r} is not one of the allowed values {list(param.values)}"
    return f"{value!r} is not of type {param.type}"


def _parameters(data: dict[str, Any], found: _Collector) -> dict[str, Parameter]:
    params: dict[str, Parameter] = {}
    default_location = "query" if data["method"] in ("GET", "DELETE") else "body"
    for i, raw in enumerate(data.get("parameters", [])):
        where = ["parameters", i]
        if raw["name"] in params:
            found.add([*where, "name"], f"duplicate parameter {raw['name']!r}")
            continue
        if raw["type"] == "enum" and "values" not in raw:
            found.add(where, "an enum parameter needs its allowed 'values'")
            continue
        if raw["type"] != "enum" and "values" in raw:
            found.add([*where, "values"], "only an enum parameter has allowed 'values'")
        param = Parameter(
            name=raw["name"],
            location=raw.get("in", default_location),
            type=raw["type"],
            description=raw["description"].strip(),
            mandatory=raw.get("mandatory", False),
            default=raw.get("default"),
            minimum=raw.get("minimum"),
            maximum=raw.get("maximum"),
            values=tuple(raw.get("values", ())),
            line=line_of(data, where),
        )
        if param.location == "path" and not param.mandatory:
            param = Parameter(**{**param.__dict__, "mandatory": True})
        if "default" in raw and (problem := _value_problem(param, raw["default"])):
            found.add([*where, "default"], problem)
        params[param.name] = param
    return params


def _check_path(data: dict[str, Any], params: dict[str, Parameter], api: Api, found: _Collector) -> None:
    in_url = PATH_PARAM.findall(data["path"])
    declared = [p.name for p in params.values() if p.location == "path"]
    for name in in_url:
        if name != api.account_parameter and name not in declared:
            found.add(["path"], f"path parameter {{{name}}} is not declared in parameters (in: path)")
    for name in declared:
        if name not in in_url:
            where = ["parameters", list(params).index(name), "name"]
            found.add(where, f"path parameter {name!r} does not appear in path {data['path']!r}")


def _rules(data: dict[str, Any], params: dict[str, Parameter], found: _Collector) -> tuple[Rule, ...]:
    rules = []
    for i, raw in enumerate(data.get("rules", [])):
        names = raw["at_least_one_of"]
        for j, name in enumerate(names):
            if name not in params:
                found.add(["rules", i, "at_least_one_of", j], f"{name!r} is not a declared parameter")
        rules.append(Rule(tuple(names)))
    return tuple(rules)


def _examples(
    data: dict[str, Any], params: dict[str, Parameter], rules: tuple[Rule, ...], found: _Collector
) -> tuple[Example, ...]:
    examples, ids = [], set()
    for i, raw in enumerate(data["examples"]):
        where = ["examples", i]
        example_id = raw.get("id", f"example-{i + 1}")
        if example_id in ids:
            found.add([*where, "id"], f"duplicate example id {example_id!r}")
        ids.add(example_id)
        values = raw["values"]
        arguments = []
        for name, value in values.items():
            if name not in params:
                close = difflib.get_close_matches(str(name), list(params), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                found.add([*where, "values", name], f"unknown parameter {name!r}{hint}")
                continue
            if problem := _value_problem(params[name], value):
                found.add([*where, "values", name], problem)
            arguments.append(Argument(params[name], value))
        for param in params.values():
            if param.mandatory and param.name not in values:
                found.add([*where, "values"], f"mandatory parameter {param.name!r} has no value")
        for rule in rules:
            if not any(values.get(n) is not None for n in rule.at_least_one_of):
                found.add([*where, "values"], f"breaks the rule: {rule.note}")
        examples.append(Example(example_id, i + 1, raw["title"], tuple(arguments)))
    return tuple(examples)


def _calls(data: dict[str, Any], found: _Collector) -> dict[str, LibraryCall]:
    calls = {}
    for library, raw in data["sdk"].items():
        if library not in LIBRARIES:
            close = difflib.get_close_matches(library, list(LIBRARIES), n=1)
            hint = f" (did you mean {close[0]!r}?)" if close else f"; known: {', '.join(LIBRARIES)}"
            found.add(["sdk", library], f"unknown client library {library!r}{hint}")
            continue
        calls[library] = LibraryCall(
            library=library,
            resource=raw.get("resource", ""),
            method=raw["method"],
            result=raw.get("result", "item"),
            data_class=raw.get("data_class"),
            client=raw.get("client"),
            on_instance=raw.get("on_instance", False),
            is_async=raw.get("async", True),
        )
    for library in LIBRARIES:
        if library not in calls and library not in data["sdk"]:
            found.add(["sdk"], f"no call given for client library {library!r}")
    return calls


def load_specs(
    spec_dir: Path, load: Callable[[Path, Api], Endpoint] = load_endpoint
) -> tuple[Api, list[Endpoint]]:
    """Load the API settings and every endpoint of a folder; all problems of all files at once.

    `load` reads one endpoint file; the build passes one that reuses the cached result of a
    file whose bytes it validated before."""
    api = load_api(spec_dir)
    endpoints, problems = [], []
    for path in sorted(spec_dir.glob("*.yaml")):
        if path.name.startswith("_"):
            continue
        try:
            endpoints.append(load(path, api))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    if not endpoints:
        raise SpecError([Problem(spec_dir, None, "", "no endpoint specs (*.yaml) found")])
    return api, endpoints
