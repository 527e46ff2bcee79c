"""Rebuilds: what the cache lets a build skip, and what it must never let through."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import generator.build.parallel as parallel_module
import generator.spec.folder as folder_module
from generator.build import Builder, build, generate
from generator.build.cache import CACHE_DIR, parse_entry
from generator.build.codec import decode, encode
from generator.build.manifest import manifest_text
from generator.errors import SpecError
from generator.spec import load_specs

from conftest import ROOT, SPEC_DIRS
from hostile import HOSTILE


def _tree(root: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file under root with its inode, mtime and bytes: any rewrite changes it."""
    found = {}
    for path in root.rglob("*"):
        if path.is_file():
            stat = path.stat()
            found[str(path.relative_to(root))] = (stat.st_ino, stat.st_mtime_ns, path.read_bytes())
    return found


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    """A writable copy of the published specs."""
    folder = tmp_path / "spec"
    shutil.copytree(SPEC_DIRS["applications"], folder)
    return folder


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The spec files the build validates (the cache lets it skip the others)."""
    seen: list[str] = []
    original = folder_module.load_endpoint

    def counting(path, api):
        seen.append(path.name)
        return original(path, api)

    monkeypatch.setattr(folder_module, "load_endpoint", counting)
    return seen


def test_unchanged_rebuild_touches_no_file_at_all(specs, tmp_path, loads):
    out = tmp_path / "out"
    build(specs, out)
    before = _tree(out)
    assert any(rel.startswith(CACHE_DIR) for rel in before)
    loads.clear()
    result = build(specs, out)
    assert result.written == [] and result.removed == []
    assert _tree(out) == before
    assert loads == []  # every spec came from the cache
    assert result.files["index.md"] == (out / "index.md").read_text("utf-8")


def test_one_spec_edit_renders_and_writes_only_that_endpoint(specs, tmp_path, loads):
    out = tmp_path / "out"
    build(specs, out)
    spec = specs / "list_applications.yaml"
    spec.write_text(spec.read_text().replace("size: 100", "size: 101"), "utf-8")
    loads.clear()
    result = build(specs, out)
    assert loads == ["list_applications.yaml"]
    assert result.written
    assert all(
        rel.startswith("snippets/list_applications/")
        or rel in ("snippets/manifest.json", "openapi.json")  # both hold every sample
        for rel in result.written
    ), result.written
    fresh = tmp_path / "fresh"
    build(specs, fresh)
    assert _contents(out) == _contents(fresh)


def _contents(root: Path) -> dict[str, bytes]:
    return {rel: data for rel, (_, _, data) in _tree(root).items() if not rel.startswith(CACHE_DIR)}


def test_an_invalid_spec_fails_the_build_even_when_the_others_are_cached(specs, tmp_path):
    out = tmp_path / "out"
    build(specs, out)
    before = _tree(out)
    spec = specs / "delete_application.yaml"
    spec.write_text(spec.read_text().replace("method: DELETE", "method: DELET"), "utf-8")
    with pytest.raises(SpecError) as error:
        build(specs, out)
    assert "delete_application.yaml" in str(error.value)
    assert _tree(out) == before


def test_a_hand_edited_output_file_is_restored(specs, tmp_path):
    out = tmp_path / "out"
    build(specs, out)
    sample = out / "snippets" / "create_application" / "example-1" / "curl.sh"
    good = sample.read_text()
    sample.write_text("echo tampered\n")
    result = build(specs, out)
    assert result.written == ["snippets/create_application/example-1/curl.sh"]
    assert sample.read_text() == good


def test_template_changes_render_everything_again_without_validating(specs, tmp_path, loads):
    out = tmp_path / "out"
    templates = tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    build(specs, out, template_dir=templates)
    curl = templates / "samples" / "curl.sh.j2"
    curl.write_text("# changed\n" + curl.read_text())
    loads.clear()
    result = build(specs, out, template_dir=templates)
    assert loads == []  # the models came from the cache; only rendering was redone
    fresh = tmp_path / "fresh"
    build(specs, fresh, template_dir=templates)
    assert _contents(out) == _contents(fresh)
    _, endpoints = load_specs(specs)
    assert {r for r in result.written if r.endswith("curl.sh")} == {
        f"snippets/{e.id}/{x.id}/curl.sh" for e in endpoints for x in e.examples
    }


def test_a_kept_builder_sees_every_edit(specs, tmp_path):
    """The MkDocs plugin keeps one Builder; what it remembers must never hide an edit."""
    out = tmp_path / "out"
    builder = Builder()
    builder.build(specs, out)
    spec = specs / "list_applications.yaml"
    for size in (101, 102, 103):
        spec.write_text(spec.read_text().replace(f"size: {size - 1}", f"size: {size}"))
        builder.build(specs, out)
        curl = (out / "snippets" / "list_applications" / "example-2" / "curl.sh").read_text()
        assert f"size={size}" in curl
        manifest = json.loads((out / "snippets" / "manifest.json").read_text())
        assert {"size": str(size)} in [s["request"]["query"] for s in manifest["samples"]]


def test_a_parameter_set_edit_renders_every_endpoint_that_uses_it(specs, tmp_path, loads):
    """_api.yaml's sets are part of every spec's key: no page keeps an old set's text."""
    out = tmp_path / "out"
    build(specs, out)
    api_file = specs / "_api.yaml"
    old = "A name you choose for this application."
    api_file.write_text(api_file.read_text().replace(old, "The application's new name."))
    loads.clear()
    result = build(specs, out)
    assert sorted(loads) == sorted(p.name for p in specs.glob("[!_]*.yaml"))
    pages = {r for r in result.written if r.endswith(".md")}
    using = ["create", "update", "get", "list"]
    assert pages == {
        f"applications/{name}-application{'s' * (name == 'list')}.md" for name in using
    }
    for page in pages:
        assert "The application's new name." in (out / page).read_text()


def test_removed_spec_removes_its_files_and_cache_entry(specs, tmp_path):
    out = tmp_path / "out"
    build(specs, out)
    (specs / "delete_application.yaml").unlink()
    result = build(specs, out)
    assert "snippets/delete_application/example-1/curl.sh" in result.removed
    assert not (out / CACHE_DIR / "delete_application.json").exists()


def test_parallel_validation_gives_the_same_tree(specs, tmp_path, monkeypatch):
    build(specs, tmp_path / "alone")
    monkeypatch.setattr(parallel_module, "PARALLEL_MIN", 1)
    build(specs, tmp_path / "parallel")
    assert _contents(tmp_path / "alone") == _contents(tmp_path / "parallel")
    bad = specs / "delete_application.yaml"
    bad.write_text(bad.read_text().replace("method: DELETE", "method: DELET"), "utf-8")
    with pytest.raises(SpecError) as error:
        build(specs, tmp_path / "parallel-bad")
    assert "delete_application.yaml" in str(error.value) and "method" in str(error.value)
    assert not (tmp_path / "parallel-bad").exists()


def test_cached_models_read_back_equal():
    for spec_dir in SPEC_DIRS.values():
        _, endpoints = load_specs(spec_dir)
        for endpoint in endpoints:
            assert decode(json.loads(json.dumps(encode(endpoint)))) == endpoint
    with pytest.raises(TypeError):
        encode({1: "integer keys do not survive JSON"})


def test_manifest_text_is_json_dumps_with_indent_2(tmp_path):
    files = generate(SPEC_DIRS["fixtures"])
    manifest = json.loads(files["snippets/manifest.json"])
    assert (
        files["snippets/manifest.json"] == json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    )
    pieces = [
        "    " + json.dumps({"v": t}, indent=2, ensure_ascii=False).replace("\n", "\n    ")
        for t in HOSTILE
    ]
    text = manifest_text("http://h\u2028", HOSTILE, pieces)
    expected = {
        "base_url": "http://h\u2028",
        "generated": HOSTILE,
        "samples": [{"v": t} for t in HOSTILE],
    }
    assert text == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    assert (
        manifest_text("x", ["a"], [])
        == json.dumps({"base_url": "x", "generated": ["a"], "samples": []}, indent=2) + "\n"
    )


def test_cache_is_ignored_by_git_and_mkdocs():
    assert CACHE_DIR.startswith(".")  # MkDocs never publishes dot folders
    ignored = (ROOT / ".gitignore").read_text().split()
    assert f"{CACHE_DIR}/" in ignored


def test_a_corrupt_cache_entry_is_ignored(specs, tmp_path, loads):
    out = tmp_path / "out"
    build(specs, out)
    entry = out / CACHE_DIR / "list_applications.json"
    key = json.loads(entry.read_text().split("\n", 2)[1])["key"]  # the line after the digest
    entry.write_text('{"key": "' + key + '", "endpoint": 7}')
    os.utime(entry)
    loads.clear()
    build(specs, out)
    assert loads == ["list_applications.yaml"]


def test_a_kept_builder_sees_template_edits(specs, tmp_path):
    out, templates = tmp_path / "out", tmp_path / "templates"
    shutil.copytree(ROOT / "templates", templates)
    builder = Builder()
    builder.build(specs, out, template_dir=templates)
    curl = templates / "samples" / "curl.sh.j2"
    original = curl.read_text()
    for n in range(3):
        curl.write_text(f"# edit {n}\n" + original)
        builder.build(specs, out, template_dir=templates)
        sample = (out / "snippets" / "list_applications" / "example-1" / "curl.sh").read_text()
        assert sample.startswith(f"# edit {n}\n")


@pytest.mark.parametrize(
    "damage",
    ["cut short", "edited", "deep nesting", "a folder in its place", "not utf-8"],
)
def test_a_damaged_cache_entry_is_ignored_and_replaced(specs, tmp_path, loads, damage):
    out = tmp_path / "out"
    build(specs, out)
    entry = out / CACHE_DIR / "get_application.json"
    text = entry.read_bytes()
    if damage == "cut short":
        entry.write_bytes(text[: len(text) // 2])
    elif damage == "edited":
        entry.write_bytes(text.replace(b"The id of", b"<script>alert(1)</script>"))
    elif damage == "deep nesting":
        entry.write_bytes(text.split(b"\n")[0] + b"\n" + b"[" * 100_000 + b"]" * 100_000)
    elif damage == "a folder in its place":
        entry.unlink()
        (entry / "x").mkdir(parents=True)
    else:
        entry.write_bytes(b"\xff\xfe" + text)
    loads.clear()
    build(specs, out)
    assert loads == ["get_application.yaml"]  # validated again, the others reused
    assert entry.is_file()
    loads.clear()
    build(specs, out)
    assert loads == []


def test_another_base_url_renders_again_without_validating(specs, tmp_path, loads):
    out = tmp_path / "out"
    build(specs, out, "http://127.0.0.1:8001")
    loads.clear()
    build(specs, out, "http://127.0.0.1:8002")
    assert loads == []
    curl = (out / "snippets" / "list_applications" / "example-1" / "curl.sh").read_text()
    assert "http://127.0.0.1:8002/" in curl and "8001" not in curl
    build(specs, tmp_path / "fresh", "http://127.0.0.1:8002")
    assert _contents(out) == _contents(tmp_path / "fresh")


def test_a_library_surface_edit_validates_every_spec_again(specs, tmp_path, loads, monkeypatch):
    """The spec checks read generator/libraries/*.yaml: they are part of every validation key."""
    import generator.build.cache as cache_module

    copy = tmp_path / "generator"
    shutil.copytree(cache_module.GENERATOR_DIR, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "GENERATOR_DIR", copy)
    out = tmp_path / "out"
    build(specs, out)
    surface = next((copy / "libraries").glob("*.yaml"))
    surface.write_text(surface.read_text() + "\n# edited\n")
    loads.clear()
    build(specs, out)
    assert sorted(loads) == sorted(p.name for p in specs.glob("[!_]*.yaml"))


def test_an_entry_read_back_equals_the_validated_model(specs, tmp_path):
    """Entries keep their models encoded until read; read back, they equal what was validated."""
    out = tmp_path / "out"
    build(specs, out)
    _, endpoints = load_specs(specs)
    for endpoint in endpoints:
        entry = parse_entry((out / CACHE_DIR / f"{endpoint.id}.json").read_bytes())
        assert entry is not None and entry.endpoint.title == endpoint.title
        assert entry.endpoint == endpoint and endpoint == entry.endpoint
        assert entry.endpoint.examples == endpoint.examples


def test_after_a_one_spec_edit_openapi_json_is_joined_from_cached_operations_as_a_fresh_build(
    specs, tmp_path, loads
):
    """The rebuild encodes only the edited endpoint's operation and joins the others' from the
    cache; the document must be byte for byte what a build into an empty folder writes."""
    out = tmp_path / "out"
    build(specs, out)
    path = specs / "get_application.yaml"
    path.write_text(path.read_text().replace("Get an application", "Fetch an application", 1))
    loads.clear()
    build(specs, out)
    assert loads == ["get_application.yaml"]
    document = (out / "openapi.json").read_text("utf-8")
    assert "Fetch an application" in document
    assert document == generate(specs)["openapi.json"]
    assert json.loads(document) == json.loads(
        build(specs, tmp_path / "fresh").files["openapi.json"]
    )


def test_non_ascii_pieces_read_back_whole_after_a_one_spec_edit(specs, tmp_path, loads):
    """Entries slice their pieces by bytes: text beyond ASCII (accented letters, an emoji) in the cached endpoints comes back whole in the manifest and openapi.json."""
    out = tmp_path / "out"
    path = specs / "create_application.yaml"
    path.write_text(path.read_text("utf-8").replace("MyFirstApp", "Mÿ Äpp 🚀"), "utf-8")
    build(specs, out)
    edited = specs / "get_application.yaml"
    edited.write_text(edited.read_text().replace("Get Application", "Fetch Application", 1))
    loads.clear()
    build(specs, out)
    assert loads == ["get_application.yaml"]  # the non-ASCII endpoint came from its entry
    manifest = (out / "snippets" / "manifest.json").read_text("utf-8")
    assert "Mÿ Äpp 🚀" in manifest
    build(specs, tmp_path / "fresh")
    assert _contents(out) == _contents(tmp_path / "fresh")


def test_an_entry_whose_lengths_split_a_character_is_ignored(specs, tmp_path, loads):
    """An entry that passes its digest but whose section lengths do not fall on characters (or
    do not add up) is not used: the spec is validated again and the entry written anew."""
    from generator.build.cache import _digest

    out = tmp_path / "out"
    path = specs / "create_application.yaml"
    path.write_text(path.read_text("utf-8").replace("MyFirstApp", "Äpp"), "utf-8")
    build(specs, out)
    entry = out / CACHE_DIR / "create_application.json"
    _, head, body = entry.read_bytes().split(b"\n", 2)
    data = json.loads(head)
    lengths = data["sections"]
    at = lengths[0] + lengths[1] + body[lengths[0] + lengths[1] :].index("Ä".encode())
    data["sections"] = [lengths[0], at - lengths[0] + 1, len(body) - at - 1]  # splits the Ä
    payload = json.dumps(data).encode() + b"\n" + body
    entry.write_bytes(_digest(payload) + b"\n" + payload)
    assert parse_entry(entry.read_bytes()) is None
    loads.clear()
    build(specs, out)
    assert loads == ["create_application.yaml"]
    assert parse_entry(entry.read_bytes()) is not None
    build(specs, tmp_path / "fresh")
    assert _contents(out) == _contents(tmp_path / "fresh")
