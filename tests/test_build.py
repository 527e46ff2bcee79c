"""The build command: the tree it writes, the manifest, reruns, --base-url/--out, and the site."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from generator.build import build
from generator.spec import load_specs
from generator.targets import TARGETS

from conftest import ROOT, SPEC_DIRS
from project_copy import copy_project


def _run_cli(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True
    )


def test_build_writes_pages_samples_and_manifest(tmp_path):
    result = _run_cli("build", "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    page = (tmp_path / "applications" / "create-application.md").read_text()
    for n in (1, 2):
        assert f"Example {n} of 2:" in page
    for target in TARGETS:
        assert page.count(f'=== "{target.label}"') == 2
        for example in ("example-1", "example-2"):
            sample = (
                tmp_path
                / "snippets"
                / "create_application"
                / example
                / f"{target.key}.{target.extension}"
            )
            assert sample.is_file()
            assert (
                f'--8<-- "snippets/create_application/{example}/{target.key}.{target.extension}"'
                in page
            )
    manifest = json.loads((tmp_path / "snippets" / "manifest.json").read_text())
    _, endpoints = load_specs(SPEC_DIRS["published"])
    # One request per tab that shows a sample (a tab with a `missing`/`lacks` note has none).
    tabs = [
        (e, x, t)
        for e in endpoints
        for x in e.examples
        for t in TARGETS
        if e.tab_note(x, t.library.name if t.library else None) is None
    ]
    assert len(manifest["samples"]) == len(tabs)
    create = next(s for s in manifest["samples"] if s["endpoint"] == "create_application")
    assert set(create) == {"endpoint", "example", "target", "file", "request", "output"}
    assert create["request"]["path"] == "/v1/users/YOUR_USER_ID/applications"


def test_manifest_records_what_each_library_sends(tmp_path):
    build(SPEC_DIRS["applications"], tmp_path)
    manifest = json.loads((tmp_path / "snippets" / "manifest.json").read_text())
    bodies = {
        s["target"]: s["request"]["body"]
        for s in manifest["samples"]
        if (s["endpoint"], s["example"]) == ("create_application", "example-1")
    }
    assert bodies["curl"]["callbackHttpMethod"] == "GET"
    assert bodies["csharp"]["callbackHttpMethod"] == "get"  # Bandwidth.Net sends enums lower-case
    assert len(bodies["python"]) == 9 and bodies["python"]["incomingCallFallbackUrl"] is None
    assert "incomingCallFallbackUrl" not in bodies["node-promise"]


def test_rebuild_rewrites_nothing_and_removes_stale_files(tmp_path):
    first = build(SPEC_DIRS["applications"], tmp_path)
    assert first.written
    sample = tmp_path / first.written[-1]
    mtime = sample.stat().st_mtime_ns
    second = build(SPEC_DIRS["applications"], tmp_path)
    assert second.written == [] and second.removed == []
    assert sample.stat().st_mtime_ns == mtime
    stale = tmp_path / "snippets" / "create_application" / "example-9" / "curl.sh"
    stale.parent.mkdir(parents=True)
    stale.write_text("old")
    manifest = tmp_path / "snippets" / "manifest.json"
    data = json.loads(manifest.read_text())
    data["generated"].append("snippets/create_application/example-9/curl.sh")
    manifest.write_text(json.dumps(data))
    third = build(SPEC_DIRS["applications"], tmp_path)
    assert third.removed == ["snippets/create_application/example-9/curl.sh"]
    assert not stale.exists()


def test_base_url_changes_samples_only(tmp_path):
    build(SPEC_DIRS["applications"], tmp_path / "real")
    build(SPEC_DIRS["applications"], tmp_path / "local", base_url="http://127.0.0.1:9999")
    for target in TARGETS:
        rel = f"snippets/create_application/example-1/{target.key}.{target.extension}"
        real = (tmp_path / "real" / rel).read_text()
        local = (tmp_path / "local" / rel).read_text()
        assert "https://api.catapult.inetwork.com" in real and "127.0.0.1" not in real
        assert "http://127.0.0.1:9999" in local and "api.catapult.inetwork.com" not in local
        assert local.replace("http://127.0.0.1:9999", "https://api.catapult.inetwork.com") == real


def test_query_path_and_methods_reach_the_manifest_and_samples(tmp_path):
    build(SPEC_DIRS["applications"], tmp_path)
    manifest = json.loads((tmp_path / "snippets" / "manifest.json").read_text())
    requests = {
        (s["endpoint"], s["example"]): s["request"]
        for s in manifest["samples"]
        if s["target"] == "curl"
    }
    assert requests["list_applications", "example-2"]["method"] == "GET"
    assert requests["list_applications", "example-2"]["query"] == {"size": "100"}
    assert requests["list_applications", "example-1"]["query"] == {}
    assert requests["delete_application", "example-1"]["method"] == "DELETE"
    assert requests["delete_application", "example-1"]["path"].endswith(
        "/applications/a-zuwwfzzrbea"
    )
    assert requests["update_application", "example-1"]["body"] == {
        "name": "Rename App2",
        "autoAnswer": False,
    }
    curl = (tmp_path / "snippets" / "list_applications" / "example-2" / "curl.sh").read_text()
    assert "'https://api.catapult.inetwork.com/v1/users/YOUR_USER_ID/applications?size=100'" in curl


def test_lists_and_mappings_reach_the_manifest_as_json(tmp_path):
    build(SPEC_DIRS["fixtures"], tmp_path)
    manifest = json.loads((tmp_path / "snippets" / "manifest.json").read_text())
    bodies = {
        (s["endpoint"], s["example"], s["target"]): s["request"]["body"]
        for s in manifest["samples"]
    }
    assert bodies["create_bridge", "example-1", "curl"]["callIds"] == [
        "c-mxdxqqwlhjcc",
        "c-ivgshuhkikfw",
    ]
    assert bodies["create_bridge", "example-2", "python"] == {"callIds": [], "bridgeAudio": None}
    headers = bodies["create_call", "example-1", "node-promise"]["sipHeaders"]
    assert headers == {"X-Customer-Id": "4325", "X-Campaign": "spring 'sale'"}


def test_mkdocs_site_builds_strict_with_tabs_and_table(tmp_path):
    """The repository's site sources, copied: the plugin's build writes into the copy's docs/, not
    the repository's, which other tests (run in parallel) read."""
    project, site = copy_project(tmp_path / "project"), tmp_path / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
        cwd=project,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    html = (site / "applications" / "create-application" / "index.html").read_text()
    assert html.count('class="tabbed-set') == 2
    labels = re.findall(r'<label for="__tabbed_1_\d+">([^<]+)</label>', html)
    assert labels == [t.label.replace("#", "#") for t in TARGETS]
    assert "incomingMessageUrlCallbackTimeout" in html and "At least one of" in html
    assert "MyFirstApp" in html and "SampleApp2" in html
    assert "--8&lt;--" not in html, "a snippet include was not resolved"
