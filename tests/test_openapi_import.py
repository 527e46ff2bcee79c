"""`generator import`: OpenAPI documents (ours and others') become spec folders that build;
re-import reports differences and writes only with --write; bad documents are exit 2."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from generator.build import generate
from generator.openapi import openapi_document
from generator.spec import load_specs
from generator.targets import LIBRARIES, TARGETS

from conftest import ROOT, SETUP_HINT, SPEC_DIRS
from sample_runs import check_sent_exactly

FIXTURES = ROOT / "tests" / "openapi_fixtures"
BAD = FIXTURES / "bad"
EXAMPLES = ROOT / "tests" / "openapi_reader" / "node_modules" / "@readme" / "oas-examples"
BAD_CASES = sorted(p.name for p in BAD.iterdir() if p.suffix in (".yaml", ".json"))


def generator(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "generator", *map(str, args)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


def exported(spec: Path) -> str:
    api, endpoints = load_specs(spec)
    return openapi_document(api, endpoints, generate(spec))


def snapshot(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("name", sorted(SPEC_DIRS))
def test_export_import_export_is_the_same_document(name: str, tmp_path: Path):
    document = tmp_path / "openapi.json"
    first = exported(SPEC_DIRS[name])
    document.write_text(first, "utf-8")
    run = generator("import", document, "--spec", tmp_path / "spec", "--write")
    assert run.returncode == 0, run.stderr
    assert run.stderr == "", "our own document imports with nothing lost"
    assert exported(tmp_path / "spec") == first
    built = generator("build", "--spec", tmp_path / "spec", "--out", tmp_path / "docs", "-q")
    assert built.returncode == 0, built.stderr


def test_reimport_reports_hand_edits_and_writes_only_with_write(tmp_path: Path):
    document, spec = tmp_path / "openapi.json", tmp_path / "spec"
    document.write_text(exported(SPEC_DIRS["applications"]), "utf-8")
    assert generator("import", document, "--spec", spec, "--write").returncode == 0
    same = generator("import", document, "--spec", spec)
    assert same.returncode == 0 and "6 files match" in same.stdout, same.stdout
    edited = spec / "create_application.yaml"
    text = edited.read_text("utf-8").replace("title: Create Application", "title: Make an app")
    edited.write_text(text + "# my note\n", "utf-8")
    (spec / "my_own_endpoint.yaml").write_text("# not in the document\n", "utf-8")
    before = snapshot(spec)
    report = generator("import", document, "--spec", spec)
    assert report.returncode == 1
    assert f"differs {edited}: title" in report.stdout
    assert f"kept    {spec / 'my_own_endpoint.yaml'} (not in the document)" in report.stdout
    assert snapshot(spec) == before, "without --write nothing changes"
    written = generator("import", document, "--spec", spec, "--write")
    assert written.returncode == 0
    assert "title: Create Application" in edited.read_text("utf-8")
    assert (spec / "my_own_endpoint.yaml").exists(), "a file the document lacks is never deleted"


def test_comments_and_layout_are_not_differences(tmp_path: Path):
    document, spec = tmp_path / "openapi.json", tmp_path / "spec"
    document.write_text(exported(SPEC_DIRS["applications"]), "utf-8")
    generator("import", document, "--spec", spec, "--write")
    path = spec / "get_application.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    path.write_text("# reviewed\n" + json.dumps(data, indent=4), "utf-8")
    assert generator("import", document, "--spec", spec).returncode == 0


def test_vendor_extensions_name_the_sdk_calls_and_a_missing_mapping_is_noted(tmp_path: Path):
    spec = tmp_path / "spec"
    run = generator("import", FIXTURES / "vendor" / "openapi.yaml", "--spec", spec, "--write")
    assert run.returncode == 0, run.stderr
    api = yaml.safe_load((spec / "_api.yaml").read_text("utf-8"))
    assert api["base_url"] == "https://eu.shelter.example"
    listed = yaml.safe_load((spec / "list_animals.yaml").read_text("utf-8"))
    assert listed["path"] == "/api/animals"
    assert listed["sdk"]["node-bandwidth"] == {
        "resource": "Animals",
        "method": "list",
        "result": "list",
    }
    limit = next(p for p in listed["parameters"] if p["name"] == "limit")
    assert (limit["minimum"], limit["maximum"], limit["default"]) == (1, 100, 20)
    assert {p["name"] for p in listed["properties"]} == {"id", "name", "species", "age"}
    created = yaml.safe_load((spec / "create_animal.yaml").read_text("utf-8"))
    assert created["sdk"]["bandwidth-sdk"]["method"] == "register_animals"
    assert [(e["id"], e["title"]) for e in created["examples"]] == [
        ("tom", "A tabby cat called Tom"),
        ("rex", "Rex, a dog whose age nobody knows"),
    ]
    species = next(p for p in created["parameters"] if p["name"] == "species")
    assert species == {
        "name": "species",
        "in": "body",
        "type": "enum",
        "mandatory": True,
        "values": ["cat", "dog", "rabbit"],
        "description": "Cat, dog or rabbit.",
    }
    got = yaml.safe_load((spec / "get_animal.yaml").read_text("utf-8"))
    # Without a mapping every library's tab says so; the cURL tab still sends the request.
    assert {library: set(call) for library, call in got["sdk"].items()} == {
        library: {"missing"} for library in LIBRARIES
    }
    assert f"{spec / 'get_animal.yaml'}: no SDK mapping" in run.stderr
    built = generator("build", "--spec", spec, "--out", tmp_path / "docs", "-q")
    assert built.returncode == 0, built.stderr
    page = next((tmp_path / "docs").rglob("get-animal.md")).read_text("utf-8")
    library_tabs = [t for t in TARGETS if t.library]
    assert page.count("No client-library call is mapped to this operation") == len(library_tabs)
    snippets = tmp_path / "docs" / "snippets" / "get_animal"
    assert sorted(p.name for p in snippets.rglob("*.*")) == ["curl.sh"]


def test_a_mapping_file_completes_it_and_the_folder_builds(tmp_path: Path):
    spec, mapping = tmp_path / "spec", tmp_path / "mapping.yaml"
    mapping.write_text("operations:\n  getAnimal: {group: Animal, method: get}\n", "utf-8")
    document = FIXTURES / "vendor" / "openapi.yaml"
    run = generator("import", document, "--spec", spec, "--mapping", mapping, "--write")
    assert run.returncode == 0, run.stderr
    got = yaml.safe_load((spec / "get_animal.yaml").read_text("utf-8"))
    assert got["sdk"]["Bandwidth.Net"] == {"resource": "Animal", "method": "GetAsync"}
    built = generator("build", "--spec", spec, "--out", tmp_path / "docs", "-q")
    assert built.returncode == 0, built.stderr


@pytest.mark.parametrize("document", ["3.0/yaml/petstore.yaml", "3.1/json/petstore.json"])
def test_the_petstore_from_a_package_imports_into_a_folder_that_builds(document, tmp_path: Path):
    source = EXAMPLES / document
    assert source.is_file(), f"no @readme/oas-examples: {SETUP_HINT}"
    spec = tmp_path / "spec"
    mapping = FIXTURES / "petstore-mapping.yaml"
    run = generator("import", source, "--spec", spec, "--mapping", mapping, "--write")
    assert run.returncode == 0, run.stderr
    assert "no SDK mapping" not in run.stderr
    # What the format cannot hold is said, file by file.
    assert f"{spec / 'delete_pet.yaml'}: header parameter 'api_key' skipped" in run.stderr
    built = generator("build", "--spec", spec, "--out", tmp_path / "docs", "-q")
    assert built.returncode == 0, built.stderr
    api, endpoints = load_specs(spec)
    operations = [
        m for item in yaml.safe_load(source.read_text("utf-8"))["paths"].values() for m in item
    ]
    assert len(endpoints) == len(operations)
    server = yaml.safe_load(source.read_text("utf-8"))["servers"][0]["url"]
    get_pet = next(e for e in endpoints if e.id == "get_pet_by_id")
    assert api.base_url + get_pet.path == server.rstrip("/") + "/pet/{petId}"
    assert get_pet.calls["ruby-bandwidth"].method == "get"
    curl = (tmp_path / "docs" / "snippets" / "get_pet_by_id" / "example-1" / "curl.sh").read_text()
    assert f"{api.base_url}{get_pet.path.replace('{petId}', '1')}" in curl


@pytest.mark.parametrize("case", BAD_CASES)
def test_a_bad_document_is_named_with_pointer_and_line_exit_2_nothing_written(case, tmp_path):
    spec = tmp_path / "spec"
    spec.mkdir()
    (spec / "keep.yaml").write_text("# hand-written\n", "utf-8")
    before = snapshot(spec)
    run = generator("import", (BAD / case).relative_to(ROOT), "--spec", spec, "--write")
    expected = (BAD / case).with_suffix(".expected").read_text("utf-8")
    assert (run.returncode, run.stderr) == (2, expected)
    assert run.stdout == "" and snapshot(spec) == before


@pytest.fixture(scope="module")
def petstore(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The petstore from @readme/oas-examples, imported with the mapping fixture."""
    spec = tmp_path_factory.mktemp("petstore") / "spec"
    source = EXAMPLES / "3.0" / "yaml" / "petstore.yaml"
    assert source.is_file(), f"no @readme/oas-examples: {SETUP_HINT}"
    mapping = FIXTURES / "petstore-mapping.yaml"
    run = generator("import", source, "--spec", spec, "--mapping", mapping, "--write")
    assert run.returncode == 0, run.stderr
    return spec


def test_the_imported_petstores_curl_samples_run_against_its_stub(petstore, sample_batches):
    """The cURL samples of a document this project did not write send exactly their request to
    a stub of the imported folder (the client-library samples call Bandwidth's libraries, which
    have no pets)."""
    runs = sample_batches(petstore, "curl")
    _, endpoints = load_specs(petstore)
    assert {endpoint for endpoint, _ in runs} == {e.id for e in endpoints}
    failed = {}
    for key, run in runs.items():
        try:
            check_sent_exactly(run)
        except AssertionError as exc:
            failed[key] = str(exc).splitlines()[0]
    assert failed == {}
