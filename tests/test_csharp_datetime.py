"""A date-time query value reaches Bandwidth.Net as `new DateTime(...)` (its MessageQuery takes a
MessageQueryDateTime, which a string does not convert to) and is sent as the library writes it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.build import build
from generator.errors import SpecError
from generator.literals.csharp_datetime import cs_datetime, query_text

from conftest import ROOT
from sample_runs import check_prints_its_output, check_sent_exactly

_EXAMPLES = "examples:\n"


def _spec_with(tmp: Path, values: str) -> Path:
    """A copy of the published specs whose List Messages has one more example, first."""
    spec = tmp / "spec"
    shutil.copytree(ROOT / "spec", spec)
    path = spec / "list_messages.yaml"
    text = path.read_text("utf-8")
    added = f"  - title: List messages by date\n    id: by-date\n    values: {{{values}}}\n"
    path.write_text(text.replace(_EXAMPLES, _EXAMPLES + added, 1), "utf-8")
    return spec


def test_a_date_time_is_a_datetime_literal_and_written_as_the_library_writes_it():
    assert cs_datetime("2012-10-05 20:37:39") == (
        "new DateTime(2012, 10, 5, 20, 37, 39, DateTimeKind.Utc)"
    )
    assert cs_datetime("2014-05-25T12:00:00.123+02:00") == (
        "new DateTime(2014, 5, 25, 10, 0, 0, 123, DateTimeKind.Utc)"
    )
    # MessageQueryDateTime.ToString(): yyyy-MM-dd HH:mm:ss; DateTime: ToUniversalTime "o".
    assert query_text("2014-05-25", "MessageQueryDateTime") == "2014-05-25 00:00:00"
    assert query_text("2014-05-25T12:00:00.123Z", "DateTime?") == "2014-05-25T12:00:00.1230000Z"
    with pytest.raises(TypeError):
        cs_datetime("25/05/2014")


@pytest.fixture(scope="module")
def by_date(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _spec_with(tmp_path_factory.mktemp("dates"), 'toDateTime: "2012-10-05 20:37:39"')


def test_the_csharp_sample_passes_a_datetime_and_sends_the_example(by_date, sample_batches):
    run = sample_batches(by_date, "csharp")["list_messages", "by-date"]
    text = run.path.read_text("utf-8")
    assert "ToDateTime = new DateTime(2012, 10, 5, 20, 37, 39, DateTimeKind.Utc)" in text
    check_sent_exactly(run)
    check_prints_its_output(run)
    assert [r.query for r in run.requests] == ["toDateTime=2012-10-05%2020%3A37%3A39"]


@pytest.mark.parametrize(
    ("value", "told"),
    [
        (
            '"2012-10-01"',
            'its call sends "2012-10-01 00:00:00"',
        ),  # MessageQueryDateTime adds a time
        ('"yesterday"', "its call leaves it out"),  # no DateTime can hold it
    ],
)
def test_a_date_the_library_writes_otherwise_needs_a_lacks_note(tmp_path, value, told):
    spec = _spec_with(tmp_path, f"fromDateTime: {value}")
    with pytest.raises(SpecError, match=told):
        build(spec, tmp_path / "out")
