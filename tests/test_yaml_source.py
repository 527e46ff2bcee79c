"""Spec files are read as YAML 1.2 core: values are what they look like, or refused with a hint;
libyaml and PyYAML's pure parser read every spec the same; reads are bounded and never follow a
link out of the spec folder."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from generator.errors import SpecError
from generator.spec.source import MAX_BYTES, read_bytes, read_yaml
from generator.spec.yaml_loader import LIBYAML, load_text

from conftest import ROOT

SPEC_FILES = sorted(
    [
        *ROOT.glob("spec/*.yaml"),
        *ROOT.glob("tests/fixtures/**/*.yaml"),
        *ROOT.glob("tests/bad_specs/**/*.yaml"),
    ]
)


@pytest.mark.parametrize(
    "text, value",
    [
        ("yes", "yes"),
        ("No", "No"),
        ("on", "on"),
        ("OFF", "OFF"),
        ("y", "y"),
        ("1:30", "1:30"),
        ("2024-01-31", "2024-01-31"),
        ("1_000", "1_000"),
        ("true", True),
        ("False", False),
        ("TRUE", True),
        ("~", None),
        ("null", None),
        ("", None),
        ("0", 0),
        ("-3", -3),
        ("+5", 5),
        ("10000", 10000),
        ("2.5", 2.5),
        (".5", 0.5),
        ("1e3", 1000.0),
        ("-1.5E-2", -0.015),
        ("9007199254740993", 9007199254740993),
        ("'010'", "010"),
        ('"yes"', "yes"),
    ],
)
@pytest.mark.parametrize("pure", [False, True])
def test_plain_values_are_yaml_1_2_core(text: str, value: Any, pure: bool):
    data, problems = load_text(f"key: {text}\n", pure=pure)
    assert (data, problems) == ({"key": value}, [])
    assert type(data["key"]) is type(value)


@pytest.mark.parametrize(
    "text, message",
    [
        (
            "010",
            "010 has a leading zero (YAML 1.1 reads it as the octal number 8); write 10, or put it in quotes for text: '010'",
        ),
        (
            "-09",
            "-09 has a leading zero (YAML 1.1 reads it as the octal number); write -9, or put it in quotes for text: '-09'",
        ),
        (
            "0x10",
            "0x10 is read by YAML as the hexadecimal number 16; write 16, or put it in quotes for text: '0x10'",
        ),
        (
            "0o17",
            "0o17 is read by YAML as the octal number 15; write 15, or put it in quotes for text: '0o17'",
        ),
        (".inf", ".inf is not a finite number (JSON has no such value)"),
        ("-.Inf", "-.Inf is not a finite number (JSON has no such value)"),
        (".NaN", ".NaN is not a finite number (JSON has no such value)"),
        ("1e999", "1e999 is not a finite number (JSON has no such value)"),
        ("1" * 1001, "a whole number of 1001 digits; no sample could send it (at most 1000)"),
    ],
)
@pytest.mark.parametrize("pure", [False, True])
def test_numbers_that_read_otherwise_are_refused(text: str, message: str, pure: bool):
    with pytest.raises(yaml.MarkedYAMLError) as caught:
        load_text(f"a: 1\nkey: {text}\n", pure=pure)
    assert (caught.value.problem, caught.value.problem_mark.line + 1) == (message, 2)


def test_a_yaml_directive_changes_nothing():
    with pytest.raises(yaml.MarkedYAMLError, match="leading zero"):
        load_text("%YAML 1.2\n---\nkey: 010\n")
    assert load_text("%YAML 1.1\n---\nkey: yes\n")[0] == {"key": "yes"}


def test_no_merge_keys():
    """YAML 1.2 has no `<<`: it is a key like any other (reported as unknown by the checks)."""
    assert load_text("<<: {a: 1}\nb: 2\n")[0] == {"<<": {"a": 1}, "b": 2}


def _outcome(path: Path, pure: bool) -> Any:
    """What reading a file gives: data, lines and problems, or the refusal's problems."""
    try:
        data, problems = read_yaml(path, pure=pure)
    except SpecError as exc:
        return ("refused", exc.problems)
    return (data, _lines(data), problems)


def _lines(data: Any) -> Any:
    if isinstance(data, dict):
        return (data.line, data.lines, {k: _lines(v) for k, v in data.items()})
    if isinstance(data, list):
        return (data.line, data.lines, [_lines(v) for v in data])
    return None


@pytest.mark.skipif(not LIBYAML, reason="PyYAML here has no libyaml: only the pure parser runs")
@pytest.mark.parametrize("path", SPEC_FILES, ids=lambda p: str(p.relative_to(ROOT)))
def test_libyaml_and_the_pure_parser_read_the_same(path: Path):
    assert _outcome(path, pure=False) == _outcome(path, pure=True)


def test_devices_and_folders_are_refused_before_reading(tmp_path: Path):
    for path, kind in ((Path("/dev/zero"), "a device"), (tmp_path, "a folder")):
        with pytest.raises(SpecError) as caught:
            read_bytes(path)
        assert caught.value.problems[0].message == f"is {kind}; a spec is a plain file"


def test_reads_stop_at_the_limit(tmp_path: Path):
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (MAX_BYTES + 10))
    with pytest.raises(SpecError, match=f"file is {MAX_BYTES + 10} bytes"):
        read_bytes(path)
    path.write_bytes(b"#" * MAX_BYTES)
    assert len(read_bytes(path)) == MAX_BYTES
