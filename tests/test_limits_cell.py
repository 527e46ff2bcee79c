"""The Limits cell of a page's Parameters table, as the model builds it: the Markdown a reader sees."""

from __future__ import annotations

from typing import Any

import pytest

from generator.literals import md_value
from generator.model import Parameter


def _param(type: Any = "string", **given: Any) -> Parameter:
    return Parameter(name="p", location="body", type=type, description="", **given)


def test_a_parameter_without_limits_has_an_empty_cell():
    assert _param().limits_cell == ""


@pytest.mark.parametrize(
    ("const", "cell"),
    [
        ("completed", "always `completed`"),
        ("", 'always `""`'),  # an empty string still shows as a value
        (5, "always `5`"),
        (False, "always `false`"),
        ({"b": 1, "a": "<x>"}, 'always `{"a": "\\u003cx\\u003e", "b": 1}`'),
    ],
)
def test_const_shows_the_value_always_sent(const, cell):
    assert _param(const=const).limits_cell == cell


@pytest.mark.parametrize(
    ("type", "given", "cell"),
    [
        ("integer", {"minimum": 1}, "minimum 1"),
        ("number", {"maximum": 2.5}, "maximum 2.5"),
        ("string", {"min_length": 3}, "min length 3"),
        ("string", {"max_length": 40}, "max length 40"),
        ("array", {"min_items": 1}, "at least 1 items"),
        ("array", {"max_items": 9}, "at most 9 items"),
        ("object", {"min_items": 1}, "at least 1 entries"),
        ("object", {"max_items": 9}, "at most 9 entries"),
        ("string", {"pattern": "^[a-z]+$"}, "pattern `^[a-z]+$`"),
        ("string", {"format": "datetime"}, "date-time, e.g. `2014-05-25T12:00:00Z`"),
    ],
)
def test_each_limit_shows_on_its_own(type, given, cell):
    assert _param(type, **given).limits_cell == cell


def test_a_pattern_with_backticks_stays_one_code_span():
    assert _param(pattern="a`b").limits_cell == "pattern ``a`b``"


def test_enum_values_are_listed_as_code():
    assert _param("enum", values=("in", "out")).limits_cell == "`in`, `out`"


def test_numeric_text_says_the_api_reads_text():
    assert _param("integer", numeric_text=True).limits_cell == 'also read as text (`"5"`)'


@pytest.mark.parametrize(
    ("type", "given", "cell"),
    [
        (
            "integer",
            {"minimum": 0, "maximum": 10, "numeric_text": True},
            'minimum 0<br>maximum 10<br>also read as text (`"5"`)',
        ),
        ("enum", {"const": "on", "values": ("on", "off")}, "always `on`<br>`on`, `off`"),
        (
            "string",
            {"const": "ab", "min_length": 1, "max_length": 2, "pattern": "^a"},
            "always `ab`<br>min length 1<br>max length 2<br>pattern `^a`",
        ),
        ("integer", {"const": 3, "numeric_text": True}, 'always `3`<br>also read as text (`"5"`)'),
    ],
)
def test_several_show_one_a_line_in_order(type, given, cell):
    assert _param(type, **given).limits_cell == cell


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("a b", "`a b`"),
        (" padded", '`" padded"`'),
        (None, "`null`"),
        (1.5, "`1.5`"),
        ([1, "x"], '`[1, "x"]`'),
        ({"k": "it's & <b>"}, '`{"k": "it\\u0027s \\u0026 \\u003cb\\u003e"}`'),
    ],
)
def test_md_value_shows_strings_as_written_and_other_values_as_json(value, shown):
    assert md_value(value) == shown
