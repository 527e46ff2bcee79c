"""One parameter declaration's fields against its type: only the fields its type has, enum values
and whole numbers every target can write, limits that fit together and a default that fits them."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from generator.errors import Report
from generator.model.parameters import Parameter
from generator.spec.messages import number, show, value_problem
from generator.spec.values import parameter_schema
from generator.targets import TARGETS

# Limits of strings, and of lists and mappings (FORMAT-PROPOSAL 11).
TEXT_LIMITS = ("min_length", "max_length", "pattern", "format")
ITEM_LIMITS = ("min_items", "max_items")
LIMITS = (*TEXT_LIMITS, *ITEM_LIMITS)


def check_fields_of_type(
    raw: Mapping[str, Any], where: list[Any], report: Callable[[list[Any], str], None]
) -> None:
    """Each field of a declaration that only another type has is reported (`values` off an enum)."""
    kind = raw.get("type")
    if kind != "enum" and "values" in raw:
        report([*where, "values"], "only an enum parameter has allowed 'values'")
    for limit in ("minimum", "maximum"):
        if limit in raw and kind not in ("integer", "number"):
            report([*where, limit], f"only integer and number parameters have a {limit}")
    if "numeric_text" in raw and kind not in ("integer", "number"):
        report([*where, "numeric_text"], "only integer and number parameters have numeric_text")
    for limit in TEXT_LIMITS:
        if limit in raw and kind != "string":
            report([*where, limit], f"only string parameters have a {limit}")
    for limit in ITEM_LIMITS:
        if limit in raw and kind not in ("array", "object"):
            report([*where, limit], f"only array and object parameters have {limit}")
    if "any_case" in raw and kind != "enum":
        report([*where, "any_case"], "only enum parameters have any_case")


def check_enum_values(values: Any, where: list[Any], found: Report) -> None:
    """Each allowed value must be one every target's sample can name (targets' own checks)."""
    for j, value in enumerate(values if isinstance(values, list) else []):
        if not isinstance(value, str):
            continue  # reported by the schema
        for target in TARGETS:
            if target.checks.enum_value and (message := target.checks.enum_value(value)):
                found.add([*where, j], message)


def integer_problems(value: Any) -> list[str]:
    """What the targets say of the whole numbers in a value: itself, a list's items, a mapping's
    values (each target knows what its language carries exactly; Python and Ruby carry all)."""
    if isinstance(value, list):
        inner = [(f"item {i + 1}: ", v) for i, v in enumerate(value)]
    elif isinstance(value, dict):
        inner = [(f"the value of {show(k)}: ", v) for k, v in value.items()]
    else:
        inner = [("", value)]
    problems: list[str] = []
    for prefix, item in inner:
        if type(item) is not int:
            continue
        for target in TARGETS:
            if target.checks.integer and (message := target.checks.integer(item)):
                problems.append(prefix + message)
    return list(dict.fromkeys(problems))  # two tabs of one library say the same


def check_limits_and_default(
    param: Parameter, raw: Mapping[str, Any], where: list[Any], found: Report
) -> None:
    """Limits that fit together and a default that fits them."""
    low, high = param.minimum, param.maximum
    for limit in ("minimum", "maximum"):
        for message in integer_problems(raw.get(limit)):
            found.add([*where, limit], message)
    if low is not None and high is not None and low > high:
        found.add([*where, "minimum"], f"minimum {number(low)} is above maximum {number(high)}")
    for least, most in (("min_length", "max_length"), ("min_items", "max_items")):
        low_n, high_n = getattr(param, least), getattr(param, most)
        if low_n is not None and high_n is not None and low_n > high_n:
            found.add([*where, least], f"{least} {low_n} is above {most} {high_n}")
    if "default" not in raw:
        return
    if problem := value_problem(param, raw["default"], parameter_schema(param)):
        found.add([*where, "default"], problem)
    else:
        for message in integer_problems(raw["default"]):
            found.add([*where, "default"], message)
