"""The Type cell of a page's Properties table, as the model builds it: the Markdown a reader sees."""

from __future__ import annotations

from typing import Any

import pytest

from generator.model import Property


def _prop(type: Any = "string", **given: Any) -> Property:
    return Property(name="p", type=type, description="", **given)


@pytest.mark.parametrize("type", ["string", "integer", "number", "boolean", "object", "array"])
def test_a_plain_property_shows_its_type_alone(type):
    assert _prop(type).type_cell == type


@pytest.mark.parametrize(
    ("type", "items", "cell"),
    [("array", "string", "array of string"), ("object", "integer", "object of integer")],
)
def test_a_collection_shows_the_type_of_its_items(type, items, cell):
    assert _prop(type, items=items).type_cell == cell


def test_enum_values_follow_the_type_on_their_own_line_as_code():
    assert _prop("enum", values=("queued", "done")).type_cell == "enum<br>`queued`, `done`"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("a`b", "``a`b``"),  # a backtick stays inside one code span
        (" padded", '`" padded"`'),  # blanks at the ends show as a JSON string
        ("", '`""`'),  # an empty value still shows
        ("a|b", "`a|b`"),  # a pipe in code does not split the table's cell
    ],
)
def test_each_value_shows_exactly(value, shown):
    assert _prop("enum", values=(value,)).type_cell == f"enum<br>{shown}"


def test_the_default_is_not_part_of_the_cell():
    assert _prop("integer", default=3).type_cell == "integer"
