"""Parse spec files into the typed model, reporting every problem with file, line and field."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any, Callable, Mapping, NamedTuple

from generator import schema
from generator.errors import Problem, SpecError
from generator.model import Api, Credentials, Endpoint, reading_order
from generator.spec_collector import _Collector, _read
from generator.spec_examples import _check_unsupported, _examples, _rules
from generator.spec_parameters import (
    PATH_PARAM,
    Sets,
    _check_path,
    _declaration,
    _declarations,
    _parameters,
    _properties,
)
from generator.spec_sdk import _calls
from generator.spec_text import (
    _check_item_name,
    _check_link,
    _check_links,
    _check_resource,
    _check_titles,
    _singular,
)
from generator.yaml_source import line_of, read_yaml

API_FILE = "_api.yaml"
ENDPOINT_ID = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


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
    _check_titles(data, found)
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
        if not isinstance(members, list) or not schema.NAME_RE.match(set_name):
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
    _check_titles(data, found)
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
