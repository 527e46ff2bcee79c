"""Load a spec folder: its endpoint files, checked together, all problems at once in file order."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from generator import paths
from generator.errors import Problem, SpecError, invisible, show
from generator.model.endpoint import Api, Endpoint, in_reading_order
from generator.spec.api_file import API_FILE, read_api
from generator.spec.endpoint import load_endpoint, read_endpoint
from generator.spec.source import line_of, read_yaml

ENDPOINT_ID = re.compile(r"[a-z0-9][a-z0-9_-]*")  # fullmatch: "$" lets "name\n" through


SpecFiles = tuple[list[Path], list[Problem]]


def spec_files(spec_dir: Path) -> SpecFiles:
    """The endpoint files of a folder in name order, and problems with file names."""
    files, problems = [], []
    with os.scandir(spec_dir) as listing:  # no stat per file: the folder says which are folders
        found = sorted(listing, key=lambda entry: entry.name)  # as Paths sort, without pathlib
    for entry in found:
        # Folders are not specs; anything else named *.yaml is read (source.py refuses devices,
        # FIFOs and links that leave the folder before reading a byte).
        name = entry.name
        if name.startswith((".", "_")) or _is_dir(entry):
            continue
        if name.endswith(".yml"):
            message = f"spec files end in .yaml; rename it {_printable(name[:-4])}.yaml"
            problems.append(Problem(_printable_path(spec_dir / name), None, "", message))
        elif name.endswith(".yaml") and not ENDPOINT_ID.fullmatch(name[:-5]):
            message = "the file name is the endpoint's id: use lower-case letters, digits, _ and -"
            problems.append(Problem(_printable_path(spec_dir / name), None, "", message))
        elif name.endswith(".yaml"):
            files.append(spec_dir / name)
    return files, problems


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False


def _printable(name: str) -> str:
    """A file name with newlines and other invisible characters escaped, for a one-line message."""
    return "".join(f"\\u{ord(c):04x}" if invisible(c) else c for c in name)


def _printable_path(path: Path) -> Path:
    """The path to name in a message (the file itself is never opened under this name)."""
    return path.with_name(_printable(path.name))


def _duplicates(endpoints: list[Endpoint]) -> list[Problem]:
    """Two files for the same request, or two pages at the same address. Files may share a
    method and path when each is told apart: by its `when` values, or by its body's JSON type."""
    problems: list[Problem] = []
    routes: dict[str, list[Endpoint]] = {}
    pages: dict[str, Path] = {}
    for endpoint in endpoints:
        source = Path(endpoint.source)
        route = paths.route_key(endpoint.method, endpoint.path)
        page = endpoint.page.removesuffix(".md")
        same = routes.setdefault(route, [])
        if (twin := _same_request(endpoint, same)) is not None:
            problems.append(_duplicate_problem(endpoint, twin))
        same.append(endpoint)
        if page in pages:
            message = f"its page {page}.md is also the page of {pages[page]}"
            problems.append(Problem(source, None, "", message))
        pages.setdefault(page, source)
    return problems


def _same_request(endpoint: Endpoint, others: list[Endpoint]) -> Endpoint | None:
    """The file among `others` (same method and path) that takes the same requests: neither has
    `when` and both bodies have one JSON type, or both have the same `when` values."""
    for other in others:
        if not endpoint.when and not other.when and endpoint.body.type == other.body.type:
            return other
        if endpoint.when and dict(endpoint.when) == dict(other.when):
            return other
    return None


def _duplicate_problem(endpoint: Endpoint, twin: Endpoint) -> Problem:
    """Why a file cannot share its method and path with `twin` (read again only on this rare path)."""
    source = Path(endpoint.source)
    if endpoint.when:
        line = line_of(read_yaml(source)[0], ["when"])
        shown = ", ".join(f"{k}: {show(v)}" for k, v in endpoint.when)
        message = f"{twin.source} has the same `when` ({shown}) on {endpoint.method} {endpoint.path}; give each file its own values"
        return Problem(source, line, "when", message)
    line = line_of(read_yaml(source)[0], ["path"])
    message = f"{endpoint.method} {endpoint.path} is already described in {twin.source}"
    if endpoint.body.is_array or twin.body.is_array:
        message += (
            "; files on one method and path need `when` values, or bodies of another JSON type"
        )
    else:
        message += " (another file on it needs `when`: the parameter values that choose it)"
    return Problem(source, line, "path", message)


def load_specs(
    spec_dir: Path, known: Mapping[Path, Endpoint] | None = None, listed: SpecFiles | None = None
) -> tuple[Api, list[Endpoint]]:
    """Load the API settings and every endpoint of a folder (in reading order, see
    model.in_reading_order); all problems of all files at once.

    `known`: endpoints of files already validated with these settings (the build's cache gives
    them back), used as they are; `listed`: spec_files of the folder, if the caller has it. With
    a broken _api.yaml, files are checked without it (and without
    the library surfaces, which it may turn off).
    """
    known = known or {}
    if not spec_dir.is_dir():
        raise SpecError([Problem(spec_dir, None, "", "no such spec folder")])
    api, account, sets, problems = read_api(spec_dir)
    files, file_problems = listed or spec_files(spec_dir)
    problems += file_problems
    endpoints = []
    for path in files:
        try:
            if api is None:  # whether sdk entries are checked is _api.yaml's to say (check_sdk)
                endpoints.append(read_endpoint(path, account, sets, check_sdk=False))
            else:
                endpoints.append(known.get(path) or load_endpoint(path, api))
        except SpecError as exc:
            problems.extend(exc.problems)
    problems += _duplicates(endpoints)
    if not files and not file_problems:
        problems.append(Problem(spec_dir, None, "", "no endpoint specs (*.yaml) found"))
    if problems or api is None:
        raise SpecError(_in_file_order(problems))
    return api, in_reading_order(endpoints)


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
