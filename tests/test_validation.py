"""The fast schema check (jsonschema-rs) says "valid" only where jsonschema would, so every spec
problem is still reported; our patterns read alike in both regex dialects."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import jsonschema
import jsonschema_rs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.libraries.schema import SURFACE
from generator.model.parameters import Parameter
from generator.spec import schema
from generator.spec.messages import value_problem
from generator.spec.schema_declared import PARAMETER
from generator.spec.source import read_yaml
from generator.spec.validation import END, SPACE, Schema
from generator.spec.values import DATETIME, parameter_schema, writes_pattern

ROOT = Path(__file__).resolve().parent.parent
ROOTS = {"API": schema.API, "ENDPOINT": schema.ENDPOINT, "PARAMETER": PARAMETER, "SURFACE": SURFACE}


def _patterns(node: Any) -> list[str]:
    """Every `pattern` keyword's value in a schema (not a property that is named `pattern`)."""
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "pattern" and isinstance(value, str):
                found.append(value)
            elif key == "properties" and isinstance(value, dict):
                found += [p for sub in value.values() for p in _patterns(sub)]
            else:
                found += _patterns(value)
    elif isinstance(node, list):
        found += [p for item in node for p in _patterns(item)]
    return found


OURS = sorted({p for root in ROOTS.values() for p in _patterns(root)} | {DATETIME})
PROBES = [
    "", "a", "Z", "a_b", "A_b.c", "1a", "a-b", "abc", "name\n", "a\nb", "a\r", "/v1/x/{id}",
    "/v1/{x}\n", "/v1/a b", "/v1/a?b", "/v1/a#b", "https://a.b", "https://a.b/", "https://a b",
    "http://x\n", "2014-05-25T12:00:00Z", "2014-05-25 12:00:00.5+01:00", "2014-05-25T12:00:00Z\n",
    "2014-13-25T12:00:00Z", "one line", "two\nlines",
]  # fmt: skip
SPACES = [chr(c) for c in (*range(0x21), 0x7F, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200C),
          0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF)]  # fmt: skip


def test_space_is_what_python_reads_as_whitespace() -> None:
    every = "".join(map(chr, range(sys.maxunicode + 1)))
    assert re.findall(f"[{SPACE}]", every) == re.findall(r"\s", every)


def test_every_pattern_of_ours_is_written_in_the_portable_form() -> None:
    assert len(OURS) >= 7
    for pattern in OURS:
        # anchored at the start; at the end by END, or not at all (`^/`: starts with a slash)
        assert pattern.startswith("^") and (pattern.endswith(END) or "$" not in pattern), pattern
        body = pattern.replace(END, "")
        # escapes whose meaning differs between Python's re and ECMA-262, and Python-only anchors
        assert not re.search(r"\\[sSdDwWbBZA]|\(\?[aiLmsux]|\(\?P", body), pattern


@pytest.mark.parametrize("pattern", OURS)
def test_each_pattern_of_ours_matches_the_same_texts_in_both(pattern: str) -> None:
    fast = jsonschema_rs.Draft202012Validator({"pattern": pattern})
    texts = PROBES + [f"{p}{s}" for p in PROBES[:12] for s in SPACES]
    texts += [f"a{s}b" for s in SPACES] + [f"/v1/a{s}b" for s in SPACES]
    texts += [f"https://a{s}b" for s in SPACES] + [f"2014-05-25T12:00:00Z{s}" for s in SPACES]
    for text in texts:
        assert fast.is_valid(text) == (re.search(pattern, text) is not None), (pattern, text)


def test_the_spec_schemas_are_checked_fast() -> None:
    for name, root in ROOTS.items():
        assert Schema(root, portable=True)._fast_accepts({}) in (True, False), name
        assert jsonschema_rs.Draft202012Validator(root) is not None


def test_every_published_spec_passes_both() -> None:
    files = sorted((ROOT / "spec").glob("*.yaml"))
    assert len(files) > 10
    for path in files:
        data, _ = read_yaml(path)
        root = schema.API if path.name == "_api.yaml" else schema.ENDPOINT
        assert jsonschema_rs.Draft202012Validator(root).is_valid(data), path
        assert not list(jsonschema.Draft202012Validator(root).iter_errors(data)), path
        assert Schema(root, portable=True).errors(data) == []


def test_every_library_surface_passes_both() -> None:
    files = sorted((ROOT / "generator" / "libraries").glob("*.yaml"))
    assert len(files) >= 4
    for path in files:
        data, _ = read_yaml(path)
        assert jsonschema_rs.Draft202012Validator(SURFACE).is_valid(data), path
        assert not list(jsonschema.Draft202012Validator(SURFACE).iter_errors(data)), path


def _python_errors(schema_: dict[str, Any], value: Any) -> list[str]:
    return sorted(e.message for e in jsonschema.Draft202012Validator(schema_).iter_errors(value))


def test_refused_data_gets_jsonschema_s_errors() -> None:
    spec, _ = read_yaml(ROOT / "spec" / "create_application.yaml")
    broken = {**spec, "method": "FETCH", "unknown": 1, "title": ""}
    got = sorted(e.message for e in Schema(schema.ENDPOINT, portable=True).errors(broken))
    assert got == _python_errors(schema.ENDPOINT, broken) and len(got) == 3


def test_data_the_fast_check_cannot_read_goes_to_jsonschema() -> None:
    # YAML allows a key that is not text, and a value that is not JSON; jsonschema-rs refuses them
    for value in ({1: "a"}, {"title": b"x"}, {"path": float("nan")}):
        check = Schema(schema.ENDPOINT, portable=True)
        assert check.errors(value) and not check.accepts(value)
        messages = sorted(e.message for e in check.errors(value))
        assert messages == _python_errors(schema.ENDPOINT, value)


def test_a_writers_pattern_is_read_as_python_reads_it() -> None:
    # Python's \s holds \x1c, ECMA-262's does not: only jsonschema (Python's re) refuses "a\x1cb"
    param = Parameter("code", "query", "string", "", pattern="\\S+")
    assert writes_pattern(param)
    assert jsonschema_rs.Draft202012Validator({"pattern": "^(?:\\S+)" + END}).is_valid("a\x1cb")
    assert value_problem(param, "a\x1cb", parameter_schema(param)) is not None
    assert value_problem(param, "ab", parameter_schema(param)) is None
    nested = Parameter("o", "body", "object", "", fields=(param,))
    assert writes_pattern(nested) and not writes_pattern(Parameter("n", "body", "integer", ""))


JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**20), max_value=10**20)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12)
    | st.sampled_from(["2014-05-25T12:00:00Z", "2014-05-25 12:00", "a\n", "GET", "x" * 40]),
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=12,
)
PARAMETERS = st.builds(
    Parameter,
    name=st.just("p"),
    location=st.just("body"),
    type=st.sampled_from(["string", "integer", "number", "boolean", "enum", "object", "array"]),
    description=st.just(""),
    minimum=st.none() | st.integers(-5, 5),
    maximum=st.none() | st.floats(-5, 100, allow_nan=False),
    values=st.sampled_from([(), ("a", "B"), ("1",)]),
    min_length=st.none() | st.integers(0, 3),
    max_length=st.none() | st.integers(0, 20),
    format=st.none() | st.just("datetime"),
    min_items=st.none() | st.integers(0, 2),
    max_items=st.none() | st.integers(0, 3),
    items=st.none() | st.sampled_from(["string", "integer", "number", "boolean"]),
)


@settings(max_examples=400, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(param=PARAMETERS, value=JSON)
def test_value_checks_agree(param: Parameter, value: Any) -> None:
    if param.type == "enum" and not param.values:
        return
    value_schema = parameter_schema(param)
    expected = not list(jsonschema.Draft202012Validator(value_schema).iter_errors(value))
    assert Schema(value_schema, portable=True).accepts(value) == expected


@settings(max_examples=300, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(["create_application.yaml", "list_calls.yaml", "send_message.yaml"]),
    where=st.lists(st.integers(0, 40), min_size=1, max_size=4),
    value=JSON,
)
def test_spec_checks_agree_on_changed_specs(name: str, where: list[int], value: Any) -> None:
    spec, _ = read_yaml(ROOT / "spec" / name)
    _replace(spec, where, value)
    expected = not list(jsonschema.Draft202012Validator(schema.ENDPOINT).iter_errors(spec))
    assert Schema(schema.ENDPOINT, portable=True).accepts(spec) == expected


def _replace(node: Any, where: list[int], value: Any) -> None:
    """Replace one value deep in a spec, chosen by the indexes in `where`."""
    for step, index in enumerate(where):
        keys = list(node) if isinstance(node, dict) else list(range(len(node)))
        if not keys:
            return
        key = keys[index % len(keys)]
        child = node[key]
        if step == len(where) - 1 or not isinstance(child, (dict, list)) or not child:
            node[key] = value
            return
        node = child
