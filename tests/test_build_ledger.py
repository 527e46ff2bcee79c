"""Rebuilds through the ledger: unchanged specs unread, their pieces of the manifest and
openapi.json copied as bytes; the output must be what a build into an empty folder writes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import generator.build.ledger as ledger_module
import generator.build.reuse as reuse_module
from generator.build import build
from generator.build.cache import CACHE_DIR
from generator.build.ledger import LEDGER
from generator.render import TEMPLATES

from conftest import SPEC_DIRS

# The files a rebuild through the ledger still reads: their operations share a method and path.
SHARED = {"send_message.yaml", "send_messages.yaml", "transfer_call.yaml", "update_call.yaml"}


def _files(root: Path) -> dict[str, bytes]:
    """Every generated file and its bytes (the cache folder aside)."""
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and CACHE_DIR not in p.parts
    }


@pytest.fixture
def specs(tmp_path: Path) -> Path:
    """A writable copy of the published specs (several resources, files sharing a route)."""
    folder = tmp_path / "spec"
    shutil.copytree(SPEC_DIRS["published"], folder)
    return folder


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The spec files a build reads; stamps are trusted at once (the tests' files are new)."""
    monkeypatch.setattr(ledger_module, "RACY_NS", 0)
    seen: list[str] = []
    original = reuse_module.read_bytes

    def counting(path: Path) -> bytes:
        seen.append(path.name)
        return original(path)

    monkeypatch.setattr(reuse_module, "read_bytes", counting)
    return seen


def _same_as_fresh(
    specs: Path, out: Path, tmp_path: Path, name: str, templates: Path = TEMPLATES
) -> None:
    fresh = tmp_path / f"fresh-{name}"
    build(specs, fresh, template_dir=templates)
    assert _files(out) == _files(fresh)


def _through_the_ledger(
    specs: Path, out: Path, reads: list[str], templates: Path = TEMPLATES
) -> None:
    """Build into `out` until a rebuild takes the ledger's shortcut (reads only SHARED)."""
    build(specs, out, template_dir=templates)
    build(specs, out, template_dir=templates)
    reads.clear()
    assert build(specs, out, template_dir=templates).written == []
    assert set(reads) == SHARED


def _changed(before: dict[str, bytes], after: dict[str, bytes]) -> set[str]:
    """The files whose bytes differ (or that came or went) between two snapshots."""
    return {rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel)}


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text("utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), "utf-8")


def test_edit_add_remove_and_reorder_give_what_a_fresh_build_writes(specs, tmp_path, reads):
    out = tmp_path / "out"
    build(specs, out)
    build(specs, out)  # the stamps of the new files are noted
    assert (out / CACHE_DIR / LEDGER).is_file()
    reads.clear()
    build(specs, out)
    # Only files whose operations are merged (one method and path) are read: from their entries.
    shared = set(reads)
    assert shared == SHARED
    reads.clear()
    _edit(specs / "get_application.yaml", "title: Get Application", "title: Fetch Application")
    result = build(specs, out)
    assert set(reads) == shared | {"get_application.yaml"}  # not the 40 others
    assert "openapi.json" in result.written  # the title is in the document
    _same_as_fresh(specs, out, tmp_path, "edit")
    # A new file, then one removed, then an endpoint moved to another resource (its place in
    # the navigation, the landing page, the manifest and openapi.json changes).
    shutil.copy(specs / "get_call.yaml", specs / "get_call_again.yaml")
    _edit(
        specs / "get_call_again.yaml",
        "path: /v1/users/{userId}/calls/{callId}",
        "path: /v1/users/{userId}/calls/{callId}/again",
    )
    build(specs, out)
    _same_as_fresh(specs, out, tmp_path, "add")
    (specs / "get_message.yaml").unlink()
    build(specs, out)
    _same_as_fresh(specs, out, tmp_path, "remove")
    _edit(specs / "list_bridges.yaml", "resource: Bridges", "resource: Aardvarks")
    build(specs, out)
    _same_as_fresh(specs, out, tmp_path, "reorder")
    _edit(specs / "transfer_call.yaml", "title: ", "title: Now ")  # a file on a shared route
    build(specs, out)
    _same_as_fresh(specs, out, tmp_path, "shared")


@pytest.mark.parametrize("spliced", ["openapi.json", "snippets/manifest.json"])
def test_a_hand_edited_manifest_or_document_is_not_spliced_but_rewritten(
    specs, tmp_path, reads, spliced
):
    out = tmp_path / "out"
    build(specs, out)
    build(specs, out)
    target = out / spliced
    target.write_bytes(target.read_bytes().replace(b"{\n  ", b"{ \n ", 1))  # same size, JSON
    _edit(specs / "get_call.yaml", "title: Get Call", "title: Get One Call")
    reads.clear()
    result = build(specs, out)
    assert len(reads) > 1  # the ledger no longer holds: every spec read
    assert spliced in result.written
    _same_as_fresh(specs, out, tmp_path, "restored")


def test_a_hand_edited_or_deleted_sample_of_an_unread_spec_is_restored(specs, tmp_path, reads):
    out = tmp_path / "out"
    build(specs, out)
    build(specs, out)
    sample = next((out / "snippets" / "get_bridge").rglob("curl.sh"))
    sample.write_text("curl hand-edited\n", "utf-8")
    other = next((out / "snippets" / "get_call").rglob("python.py"))
    other.unlink()
    reads.clear()
    result = build(specs, out)
    assert "get_bridge.yaml" not in reads and "get_call.yaml" not in reads  # from the ledger
    assert {str(sample.relative_to(out)), str(other.relative_to(out))} <= set(result.written)
    _same_as_fresh(specs, out, tmp_path, "samples")


def test_without_the_entry_a_hand_edited_sample_is_rendered_from_the_spec_again(
    specs, tmp_path, reads
):
    out = tmp_path / "out"
    build(specs, out)
    build(specs, out)
    (out / CACHE_DIR / "get_bridge.json").unlink()
    sample = next((out / "snippets" / "get_bridge").rglob("curl.sh"))
    sample.write_text("curl hand-edited\n", "utf-8")
    build(specs, out)
    _same_as_fresh(specs, out, tmp_path, "entry-gone")


@pytest.mark.parametrize("damage", ["delete", "garble", "cut"])
def test_a_damaged_ledger_is_ignored(specs, tmp_path, reads, damage):
    out = tmp_path / "out"
    build(specs, out)
    build(specs, out)
    path = out / CACHE_DIR / LEDGER
    if damage == "delete":
        path.unlink()
    elif damage == "garble":
        path.write_bytes(path.read_bytes().replace(b'"', b"'", 5))
    else:
        path.write_bytes(path.read_bytes()[:-100])
    _edit(specs / "get_call.yaml", "title: Get Call", "title: Get One Call")
    reads.clear()
    build(specs, out)
    assert len(reads) > 1
    _same_as_fresh(specs, out, tmp_path, damage)
    reads.clear()
    build(specs, out)  # a new ledger was written: the next build reads no spec it notes
    assert "get_call.yaml" not in reads and len(reads) < 10


def test_an_unchanged_rebuild_rewrites_no_file_not_even_the_ledger(specs, tmp_path, reads):
    out = tmp_path / "out"
    build(specs, out)
    build(specs, out)
    stat = (out / CACHE_DIR / LEDGER).stat()
    result = build(specs, out)
    assert result.written == [] and result.removed == []
    again = (out / CACHE_DIR / LEDGER).stat()
    assert (again.st_ino, again.st_mtime_ns) == (stat.st_ino, stat.st_mtime_ns)


def test_the_landing_page_follows_an_edit_and_a_hand_edit(specs, tmp_path, reads):
    out = tmp_path / "out"
    build(specs, out)
    build(specs, out)
    _edit(specs / "list_bridges.yaml", "title: List Bridges", "title: List All Bridges")
    result = build(specs, out)
    assert "index.md" in result.written  # its title is listed there
    assert "List All Bridges" in (out / "index.md").read_text("utf-8")
    _edit(specs / "get_call.yaml", "- title: Get call", "- title: Get a call")  # not listed
    assert "index.md" not in build(specs, out).written
    (out / "index.md").write_text("hand-edited\n", "utf-8")
    assert "index.md" in build(specs, out).written
    _same_as_fresh(specs, out, tmp_path, "index")


def test_an_edit_of_api_yaml_gives_what_a_fresh_build_writes(specs, tmp_path, reads):
    out = tmp_path / "out"
    _through_the_ledger(specs, out, reads)
    before = _files(out)
    # A credential printed in every sample (so in the manifest and openapi.json's samples too),
    # and a shared parameter's description (in the applications' pages and operations).
    _edit(specs / "_api.yaml", "api_token: YOUR_API_TOKEN", "api_token: YOUR_OTHER_TOKEN")
    _edit(specs / "_api.yaml", "A name you choose for", "A name of your choice for")
    reads.clear()
    result = build(specs, out)
    assert set(reads) >= {p.name for p in specs.glob("*.yaml") if p.name != "_api.yaml"}
    after = _files(out)
    samples = {
        rel for rel in before if rel.startswith("snippets/") and rel != "snippets/manifest.json"
    }
    pages = {f"applications/{verb}-application.md" for verb in ("create", "get", "update")}
    pages.add("applications/list-applications.md")
    assert samples | pages | {"snippets/manifest.json", "openapi.json"} <= _changed(before, after)
    assert set(result.written) == _changed(before, after) and result.removed == []
    _same_as_fresh(specs, out, tmp_path, "api")


@pytest.mark.parametrize(
    ("template", "line", "affected"),
    [
        ("page.md.j2", "Added by hand.", lambda rel: rel.endswith(".md") and rel != "index.md"),
        # The Python samples, and openapi.json that holds them (the manifest holds requests).
        (
            "samples/python.py.j2",
            "# Added by hand.",
            lambda rel: rel.endswith(".py") or rel == "openapi.json",
        ),
        ("index.md.j2", "Added by hand.", lambda rel: rel == "index.md"),
    ],
    ids=["page", "python-sample", "landing-page"],
)
def test_a_template_edit_gives_what_a_fresh_build_writes(
    specs, tmp_path, reads, template, line, affected
):
    out, templates = tmp_path / "out", tmp_path / "templates"
    shutil.copytree(TEMPLATES, templates)
    _through_the_ledger(specs, out, reads, templates)
    before = _files(out)
    edited = templates / template
    edited.write_text(edited.read_text("utf-8") + line + "\n", "utf-8")
    result = build(specs, out, template_dir=templates)
    changed = _changed(before, _files(out))
    assert changed == {rel for rel in before if affected(rel)}
    assert set(result.written) == changed and result.removed == []
    _same_as_fresh(specs, out, tmp_path, "template", templates)


def test_a_comment_in_api_yaml_rewrites_no_output_but_renews_the_ledger(specs, tmp_path, reads):
    out = tmp_path / "out"
    _through_the_ledger(specs, out, reads)
    before = _files(out)
    _edit(specs / "_api.yaml", "# API-wide settings", "# The API-wide settings")
    reads.clear()
    result = build(specs, out)
    # _api.yaml's bytes are in every entry's key (ledger.py): the ledger no longer holds, every
    # spec is validated and rendered again, and only the cache (entries, ledger) is written.
    assert set(reads) >= {p.name for p in specs.glob("*.yaml") if p.name != "_api.yaml"}
    assert result.written == [] and result.removed == []
    assert _files(out) == before
    _same_as_fresh(specs, out, tmp_path, "comment")
    reads.clear()
    build(specs, out)  # a new ledger was written, for the edited _api.yaml
    assert set(reads) == SHARED
