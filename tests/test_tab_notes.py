"""`const`, `lacks` and `missing` as a reader sees them: the table, the tabs, the manifest, the stub."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.build import build
from generator.paths import MANIFEST
from generator.stub import Stub
from generator.targets import TARGETS

from conftest import SPEC_DIRS
from test_stub import call

SPEC = """\
resource: Applications
title: Update Application
description: Updates an application.
method: POST
path: /v1/users/{userId}/applications/{applicationId}
parameters:
  - {name: applicationId, in: path, type: string, description: The id of the application.}
  - {name: name, type: string, const: Fixed name, description: Always this name.}
  - {name: autoAnswer, type: boolean, description: Answer incoming calls.}
examples:
  - title: Do not answer
    values: {applicationId: a-1, autoAnswer: false}
  - title: Answer
    values: {applicationId: a-1, autoAnswer: true}
sdk:
  node-bandwidth: {resource: Application, method: update, result: none}
  Bandwidth.Net:
    resource: Application
    method: UpdateAsync
    data_class: UpdateApplicationData
    result: none
    lacks:
      - values: {autoAnswer: false}
        note: "Bandwidth.Net leaves `autoAnswer: false` out <here>."
  ruby-bandwidth: {resource: Application, method: update, on_instance: true}
  bandwidth-sdk:
    missing: >-
      bandwidth-sdk cannot
      do this.
"""
NOTE = "Bandwidth.Net leaves `autoAnswer: false` out &lt;here&gt;."  # HTML shows as text
MISSING = "bandwidth-sdk cannot do this."


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict]:
    """A spec folder with the spec above, built: (spec folder, docs folder, manifest)."""
    root = tmp_path_factory.mktemp("notes")
    spec = root / "spec"
    spec.mkdir()
    shutil.copy(SPEC_DIRS["applications"] / "_api.yaml", spec)
    (spec / "update_application.yaml").write_text(SPEC, "utf-8")
    build(spec, root / "docs")
    manifest = json.loads((root / "docs" / MANIFEST).read_text("utf-8"))
    return spec, root / "docs", manifest


def _tabs(page: str, number: int) -> dict[str, str]:
    """Each tab of one example on a page, by label."""
    section = page.split(f"## Example {number} of ", 1)[1].split("\n## ", 1)[0]
    parts = section.split('\n=== "')[1:]
    return {p.split('"', 1)[0]: p.split("\n", 1)[1] for p in parts}


def test_tabs_show_the_note_instead_of_a_sample_only_where_it_applies(built):
    _, docs, manifest = built
    page = (docs / "applications" / "update-application.md").read_text("utf-8")
    first, second = _tabs(page, 1), _tabs(page, 2)
    assert NOTE in first["C#"] and "--8<--" not in first["C#"]
    assert "--8<--" in second["C#"] and NOTE not in second["C#"]
    for tabs in (first, second):
        assert MISSING in tabs["Python"] and "--8<--" not in tabs["Python"]
        assert all("--8<--" in tabs[t.label] for t in TARGETS if t.label not in ("C#", "Python"))
    recorded = {(s["example"], s["target"]) for s in manifest["samples"]}
    assert ("example-1", "csharp") not in recorded and ("example-2", "csharp") in recorded
    assert not any(target == "python" for _, target in recorded)
    assert not (docs / "snippets" / "update_application" / "example-1" / "csharp.cs").exists()
    assert not (docs / "snippets" / "update_application" / "example-2" / "python.py").exists()


def test_the_table_marks_const_and_lacks(built):
    _, docs, _ = built
    page = (docs / "applications" / "update-application.md").read_text("utf-8")
    rows = {
        line.split("<code>")[1].split("</code>")[0]: line
        for line in page.splitlines()
        if "param-anchor" in line
    }
    assert "| Yes |  | always `Fixed name` |" in rows["name"]
    assert "| No<sup>1</sup> |" in rows["auto<wbr>Answer"]
    assert f"<sup>1</sup> `Bandwidth.Net`: {NOTE}" in page


def test_a_const_is_in_every_request_and_every_sample_sends_it(built):
    _, docs, manifest = built
    for sample in manifest["samples"]:
        assert sample["request"]["body"]["name"] == "Fixed name", sample["file"]
        assert "Fixed name" in (docs / sample["file"]).read_text("utf-8"), sample["file"]


def test_the_stub_takes_only_the_const_value(built):
    spec, _, _ = built
    with Stub(spec) as stub:
        stub.seed_examples()
        path = "/v1/users/YOUR_USER_ID/applications/a-1"
        assert call(stub, "POST", path, {"name": "Fixed name"}).status == 200
        refused = call(stub, "POST", path, {"name": "Other"})
        assert refused.status == 400 and "name" in refused.json()["message"]
        assert call(stub, "POST", path, {"autoAnswer": True}).status == 400  # it is mandatory
