"""The navigation both engines read: written into mkdocs.yml by `generator build`, in reading
order, and covered by `generator check`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator import site_nav

from project_copy import copy_project


def _generator(project: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args], cwd=project, capture_output=True, text=True
    )


def _nav(project: Path) -> list:
    return yaml.safe_load((project / "mkdocs.yml").read_text("utf-8"))["nav"]


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def test_the_committed_nav_is_the_reading_order(project: Path):
    nav = _nav(project)
    assert nav[0] == {"Bandwidth Catapult API v1": "index.md"}
    applications = next(e["Applications"] for e in nav if "Applications" in e)
    assert [next(iter(p)) for p in applications] == [
        "List Applications",
        "Create Application",
        "Get Application",
        "Update Application",
        "Delete Application",
    ]
    assert _generator(project, "check").returncode == 0


def test_check_reports_a_stale_nav_and_build_rewrites_it(project: Path):
    config = project / "mkdocs.yml"
    original = config.read_text("utf-8")
    get = '      - "Get Application": "applications/get-application.md"\n'
    config.write_text(original.replace(get, ""), "utf-8")
    checked = _generator(project, "check")
    assert checked.returncode == 1
    assert "mkdocs.yml" in checked.stdout
    built = _generator(project, "build")
    assert built.returncode == 0, built.stderr
    assert config.read_text("utf-8") == original


def test_a_new_resource_gets_its_section_and_the_rest_of_the_file_stays(project: Path):
    config = project / "mkdocs.yml"
    before = config.read_text("utf-8").split(site_nav.BEGIN)[0]
    spec = project / "spec" / "get_application.yaml"
    data = yaml.safe_load(spec.read_text("utf-8"))
    data["resource"], data["item_name"] = "Zebras", "zebra"
    data["path"] = data["path"].replace("applications", "zebras")
    (project / "spec" / "get_zebra.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    built = _generator(project, "build")
    assert built.returncode == 0, built.stderr
    assert config.read_text("utf-8").split(site_nav.BEGIN)[0] == before
    nav = _nav(project)
    assert nav[-1] == {"Zebras": [{data["title"]: "zebras/get-zebra.md"}]}
    assert _generator(project, "check").returncode == 0


def test_a_build_into_another_folder_leaves_mkdocs_yml_alone(project: Path, tmp_path: Path):
    config = project / "mkdocs.yml"
    config.write_text(config.read_text("utf-8").replace('"Get Application": ', ""), "utf-8")
    before = config.read_text("utf-8")
    built = _generator(project, "build", "--out", str(tmp_path / "elsewhere"))
    assert built.returncode == 0, built.stderr
    assert config.read_text("utf-8") == before


def test_a_broken_spec_writes_no_nav(project: Path):
    config = project / "mkdocs.yml"
    before = config.read_text("utf-8")
    (project / "spec" / "delete_application.yaml").unlink()
    (project / "spec" / "create_application.yaml").write_text("title: [unclosed\n", "utf-8")
    built = _generator(project, "build")
    assert built.returncode == 2
    assert config.read_text("utf-8") == before
