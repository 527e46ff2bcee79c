"""`generator overlay DOC`: an OpenAPI Overlay 1.0 that adds our samples to a team's own
document, matched by operationId, else by method and path whatever the parameter names."""

from __future__ import annotations

import copy
import json
import re
import subprocess
import sys
from pathlib import Path

import yaml

from generator.build import generate
from generator.openapi import openapi_dict
from generator.spec import load_specs

from conftest import ROOT, SPEC_DIRS

SPEC = SPEC_DIRS["applications"]
TARGET = re.compile(r"^\$\.paths\['((?:[^'\\]|\\.)*)'\]\.(get|put|post|delete|patch)$")


def apply(overlay: dict, document: dict) -> dict:
    """Apply update actions whose targets are single operations (what our overlays write)."""
    result = copy.deepcopy(document)
    for action in overlay["actions"]:
        found = TARGET.match(action["target"])
        assert found, f"not an operation's JSONPath: {action['target']}"
        path = re.sub(r"\\(.)", r"\1", found.group(1))
        result["paths"][path][found.group(2)].update(action["update"])
    return result


def theirs() -> tuple[dict, dict]:
    """Our exported document, and a team's own version of it: other operationIds for some,
    other path parameter names, no samples, and one operation we do not have."""
    api, endpoints = load_specs(SPEC)
    ours = openapi_dict(api, endpoints, generate(SPEC))
    document = {"openapi": "3.1.0", "info": {"title": "Their API", "version": "7"}, "paths": {}}
    document["components"] = ours["components"]
    for path, item in ours["paths"].items():
        renamed = path.replace("{applicationId}", "{id}").replace("{userId}", "{account}")
        for method, operation in item.items():
            mine = {k: v for k, v in operation.items() if not k.startswith("x-")}
            names = {"applicationId": "id", "userId": "account"}
            mine["parameters"] = [
                {**p, "name": names.get(p["name"], p["name"])} for p in mine["parameters"]
            ]
            if method == "get":
                mine["operationId"] = "theirs_" + mine["operationId"]  # only the route matches
            document["paths"].setdefault(renamed, {})[method] = mine
    document["paths"]["/v1/health"] = {
        "get": {"operationId": "health", "responses": {"200": {"description": "OK"}}}
    }
    return ours, document


def test_the_overlay_adds_our_samples_to_every_matching_operation(tmp_path: Path):
    ours, document = theirs()
    source = tmp_path / "their-openapi.yaml"
    source.write_text(yaml.safe_dump(document, sort_keys=False), "utf-8")
    out = tmp_path / "overlay.json"
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "generator",
            "overlay",
            str(source),
            "--out",
            str(out),
            "--spec",
            str(SPEC),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    overlay = json.loads(out.read_text("utf-8"))
    assert overlay["overlay"] == "1.0.0" and overlay["info"]["title"]
    applied = apply(overlay, document)
    for path, item in ours["paths"].items():
        renamed = path.replace("{applicationId}", "{id}").replace("{userId}", "{account}")
        for method, operation in item.items():
            got = applied["paths"][renamed][method]
            assert got["x-codeSamples"] == operation["x-codeSamples"], (method, path)
    assert "x-codeSamples" not in applied["paths"]["/v1/health"]["get"]
    assert f"{source}: GET /v1/health: no endpoint of {SPEC}/ matches; no samples" in run.stderr


def test_operation_id_matches_before_the_route(tmp_path: Path):
    ours, document = theirs()
    # Their operation at another path, with our operationId: matched by the id.
    create = ours["paths"]["/v1/users/{userId}/applications"]["post"]
    document["paths"] = {
        "/apps": {
            "post": {
                "operationId": "create_application",
                "responses": {"200": {"description": "OK"}},
            }
        }
    }
    source = tmp_path / "their.json"
    source.write_text(json.dumps(document), "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "generator", "overlay", str(source), "--spec", str(SPEC)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    overlay = json.loads(run.stdout)
    assert [a["target"] for a in overlay["actions"]] == ["$.paths['/apps'].post"]
    assert (
        apply(overlay, document)["paths"]["/apps"]["post"]["x-codeSamples"]
        == create["x-codeSamples"]
    )
    assert f"{SPEC}/list_applications.yaml: no operation of" in run.stderr


def test_a_bad_document_is_refused_like_import(tmp_path: Path):
    source = tmp_path / "broken.yaml"
    source.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", "utf-8")
    run = subprocess.run(
        [sys.executable, "-m", "generator", "overlay", str(source), "--spec", str(SPEC)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2 and run.stdout == ""
    assert f"{source}:2: /info: 'version' is a required property" in run.stderr
