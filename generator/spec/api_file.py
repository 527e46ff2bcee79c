"""Read `_api.yaml`: the API-wide settings, the account parameter and the parameter sets."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from generator.errors import Problem, Report, SpecError
from generator.model.endpoint import Api, Credentials
from generator.spec import schema
from generator.spec.collector import read_spec
from generator.spec.declarations import Sets
from generator.spec.parameters import declaration
from generator.spec.schema_declared import NAME_RE
from generator.spec.source import line_of
from generator.spec.text import check_link, check_titles

API_FILE = "_api.yaml"


class ApiFile(NamedTuple):
    """What _api.yaml gave: the settings when valid, and what could be read of it regardless."""

    api: Api | None
    account: str | None
    sets: Sets | None
    problems: list[Problem]


def read_api(spec_dir: Path) -> ApiFile:
    """The API-wide settings, the account parameter and parameter sets if readable, the problems."""
    path = spec_dir / API_FILE
    if not os.path.lexists(path):  # anything else there is read, or refused, by source.py
        message = "not found; every spec folder needs one (the API-wide settings)"
        return ApiFile(None, None, None, [Problem(path, None, "", message)])
    try:
        found = read_spec(path, schema.API, "_api.yaml")
    except SpecError as exc:
        return ApiFile(None, None, None, exc.problems)
    data = found.data
    check_titles(data, found)
    account = data.get("account_parameter")
    account = account if isinstance(account, str) and NAME_RE.fullmatch(account) else None
    sets = _parameter_sets(data, account, found)
    try:
        found.raise_if_any()
    except SpecError as exc:
        return ApiFile(None, account, sets, exc.problems)
    api = Api(
        title=data["title"].strip(),
        base_url=data["base_url"],
        account_parameter=data["account_parameter"],
        credentials=Credentials(**data["credentials"]),
        parameter_sets={name: members for name, members in sets.items() if members is not None},
        check_sdk=data.get("check_sdk", True),
        null_is=data.get("null_is"),
    )
    return ApiFile(api, account, sets, [])


def _parameter_sets(data: dict[str, Any], account: str | None, found: Report) -> Sets:
    """The parameter sets of _api.yaml, each member checked as an endpoint's own parameter is."""
    given = data.get("parameter_sets")
    sets: dict[str, tuple[Mapping[str, Any], ...] | None] = {}
    for set_name, members in given.items() if isinstance(given, dict) else ():
        if not isinstance(set_name, str):
            continue
        if not isinstance(members, list) or not NAME_RE.fullmatch(set_name):
            sets[set_name] = None  # reported by the schema
            continue
        kept: list[Mapping[str, Any]] = []
        first_line: dict[str, int | None] = {}
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
            check_link(raw.get("description"), [*where, "description"], found)
            declaration(raw, where, "body", account, found, set_member=True)
            kept.append(dict(raw))
        sets[set_name] = tuple(kept)
    return sets


def load_api(spec_dir: Path) -> Api:
    """Read the API-wide settings of a spec folder."""
    read = read_api(spec_dir)
    if read.api is None:
        raise SpecError(read.problems)
    return read.api
