"""A spliced file (the manifest, openapi.json after a one-spec edit): new bytes and ranges of the
last build's file, compared and written without reading those ranges through memory."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from generator.build import splice
from generator.build.ledger import Ledger, assemble
from generator.build.splice import Source, Span, Spliced

OLD = b'{"samples": [\n  {"id": "a", "n": 1},\n  {"id": "b", "n": 2},\n  {"id": "c", "n": 3}\n]}\n'


def _ledger(tmp_path: Path, content: bytes = OLD) -> Ledger:
    (tmp_path / "m.json").write_bytes(content)
    return Ledger({}, {"m.json": Source(tmp_path / "m.json")}, {})


def _span(piece: bytes) -> Span:
    return Span("m.json", OLD.index(piece), len(piece))


def _parts(middle: str) -> list[tuple[str | None, str | Span]]:
    """The file laid out in pieces as the manifest is: frame text between endpoints' pieces."""
    return [
        (None, '{"samples": [\n  '),
        ("a", _span(b'{"id": "a", "n": 1}')),
        (None, ",\n  "),
        ("b", middle),
        (None, ",\n  "),
        ("c", _span(b'{"id": "c", "n": 3}')),
        (None, "\n]}\n"),
    ]


def _written(tmp_path: Path, spliced: Spliced) -> bytes:
    target = tmp_path / "out.json"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        spliced.write_to(fd)
    finally:
        os.close(fd)
    return target.read_bytes()


def test_an_unchanged_file_is_one_range_of_the_last_and_the_same_on_disk(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    spliced, where = assemble("m.json", _parts('{"id": "b", "n": 2}'), ledger)
    assert spliced.chunks == [Span("m.json", 0, len(OLD))]
    assert not spliced.differs_from(tmp_path / "m.json")
    assert _written(tmp_path, spliced) == OLD
    assert OLD[slice(where["b"][0], sum(where["b"]))] == b'{"id": "b", "n": 2}'


def test_one_changed_piece_is_written_between_two_ranges(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    spliced, where = assemble("m.json", _parts('{"id": "b", "n": 22}'), ledger)
    expected = OLD.replace(b'"n": 2}', b'"n": 22}')
    assert len(spliced.chunks) <= 4 and spliced.data() == expected
    assert _written(tmp_path, spliced) == expected
    assert spliced.differs_from(tmp_path / "m.json")
    assert expected[where["c"][0] : sum(where["c"])] == b'{"id": "c", "n": 3}'


def test_a_change_of_the_same_length_is_seen(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    spliced, _ = assemble("m.json", _parts('{"id": "b", "n": 5}'), ledger)
    assert spliced.size == len(OLD) and spliced.differs_from(tmp_path / "m.json")


def test_a_file_put_in_the_last_ones_place_is_compared_byte_for_byte(tmp_path: Path) -> None:
    ledger = _ledger(tmp_path)
    spliced, _ = assemble("m.json", _parts('{"id": "b", "n": 2}'), ledger)
    replaced = tmp_path / "m.json.new"
    replaced.write_bytes(OLD)
    os.replace(replaced, tmp_path / "m.json")  # another inode, same bytes
    assert not spliced.differs_from(tmp_path / "m.json")
    (tmp_path / "m.json").write_bytes(OLD.replace(b'"a"', b'"x"'))
    assert spliced.differs_from(tmp_path / "m.json")
    assert _written(tmp_path, spliced) == OLD  # the ranges still come from the last file


@pytest.mark.parametrize("code", [errno.EXDEV, errno.ENOSYS, errno.EINVAL])
def test_where_the_kernel_cannot_copy_the_bytes_are_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    def refuse(*_: object) -> int:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(splice, "_copy_file_range", refuse)
    spliced, _ = assemble("m.json", _parts('{"id": "b", "n": 22}'), _ledger(tmp_path))
    assert _written(tmp_path, spliced) == OLD.replace(b'"n": 2}', b'"n": 22}')


def test_a_last_file_cut_short_stops_the_write(tmp_path: Path) -> None:
    spliced, _ = assemble("m.json", _parts('{"id": "b", "n": 22}'), _ledger(tmp_path))
    os.truncate(tmp_path / "m.json", 10)
    with pytest.raises(OSError):
        _written(tmp_path, spliced)


def test_without_a_ledger_every_piece_is_new_text(tmp_path: Path) -> None:
    parts: list[tuple[str | None, str | Span]] = [(None, "[\n"), ("a", "1"), (None, "\n]\n")]
    spliced, where = assemble("m.json", parts, None)
    assert spliced.data() == b"[\n1\n]\n" and where == {"a": (2, 1)}
    assert _written(tmp_path, spliced) == b"[\n1\n]\n"
