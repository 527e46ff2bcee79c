"""Writing the output tree: a failure while writing changes nothing and leaves no temporary file."""

from __future__ import annotations

import pytest

from generator.build.output import remove_stale, write_files

from test_bad_specs import snapshot


def test_failure_while_writing_changes_no_file_and_leaves_no_temp_file(tmp_path):
    root = tmp_path / "docs"
    write_files(root, {"a/page.md": "old page", "index.md": "old index"})
    before = _files(root)
    files = {"a/page.md": "new page", "index.md": "new index", "index.md/child.md": "x"}
    with pytest.raises(NotADirectoryError):  # index.md is a file, so index.md/ cannot be a folder
        write_files(root, files)
    assert _files(root) == before


def _files(root):
    """Every file (hidden ones too) with its hash and mtime; folders' own mtimes change with any
    temporary file made in them, so only their names count."""
    return {
        rel: state if state[0] != "folder" else "folder" for rel, state in snapshot(root).items()
    }


def test_files_named_by_an_old_manifest_are_removed_only_inside_the_output(tmp_path):
    root, outside = tmp_path / "docs", tmp_path / "keep.txt"
    outside.write_text("mine")
    write_files(root, {"stale.md": "x", "index.md": "y"})
    assert write_files(root, {"index.md": "y"}) == []
    assert remove_stale(root, {"stale.md", "../keep.txt", str(outside)}) == ["stale.md"]
    assert outside.read_text() == "mine"
