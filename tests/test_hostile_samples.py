"""Hostile values: every target's samples deliver every string exactly, byte for byte as JSON.

Nothing is left out per target. NUL (U+0000) is included: it never travels raw, every target writes
it as an escape in source (and curl's body holds it as the JSON escape \\u0000), so no argv or
C string ever sees it. Left out everywhere, as impossible rather than hard: lone surrogates
(U+D800-U+DFFF), which are not Unicode scalar values, so neither a UTF-8 file, YAML, nor JSON sent
as UTF-8 can carry them.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.spec import load_specs
from generator.targets import TARGETS

from hostile import HOSTILE
from hostile_spec import (
    HOSTILE_DIR,
    HOSTILE_SPEC,
    NESTED_DIR,
    NESTED_READ,
    NESTED_SPEC,
    combined_examples,
    hostile_spec_text,
    nested_combined,
    nested_read_text,
    nested_spec_text,
    spec_text,
)
from sample_runs import check_sent_exactly

# How many strings hypothesis makes (fixed seed: the same strings on every run); raise locally with
# HOSTILE_HYPOTHESIS_COUNT=2000 for a deeper search.
HYPOTHESIS_COUNT = int(os.environ.get("HOSTILE_HYPOTHESIS_COUNT", "150"))
SCALAR = st.characters(exclude_categories=("Cs",))
STRINGS = st.one_of(
    st.text(SCALAR, max_size=40),
    st.lists(st.one_of(st.sampled_from(HOSTILE), st.text(SCALAR, max_size=4)), max_size=6).map(
        "".join
    ),
)


def test_hostile_fixture_is_current():
    assert (
        HOSTILE_SPEC.read_text("utf-8") == hostile_spec_text()
    ), "run `python tests/hostile_spec.py`"


def test_nested_hostile_fixture_is_current():
    assert (
        NESTED_SPEC.read_text("utf-8") == nested_spec_text()
    ), "run `python tests/hostile_spec.py`"
    assert (
        NESTED_READ.read_text("utf-8") == nested_read_text()
    ), "run `python tests/hostile_spec.py`"


def _nested_endpoint():
    """The nested fixture's Create Gather (Get Call beside it only answers Ruby's read)."""
    _, endpoints = load_specs(NESTED_DIR)
    return next(e for e in endpoints if e.id == NESTED_SPEC.stem)


def test_nested_fixture_carries_every_string_inside_the_object():
    endpoint = _nested_endpoint()
    values = {e.id: {a.name: a.value for a in e.arguments} for e in endpoint.examples}
    alone = [v["prompt"]["sentence"] for k, v in values.items() if k.startswith("alone-")]
    assert alone == HOSTILE
    assert values["combined-all"]["prompt"]["sentence"] in [
        "".join(HOSTILE[i:] + HOSTILE[:i]) for i in range(len(HOSTILE))
    ]
    forward, backward = values["combined-all"], values["combined-reversed"]
    assert list(backward) == list(forward)[::-1]
    assert list(backward["prompt"]) == list(forward["prompt"])[::-1]
    assert backward["prompt"] == forward["prompt"]


def test_hostile_fixture_carries_every_string_alone_and_combined():
    _, (endpoint,) = load_specs(HOSTILE_DIR)
    values = {e.id: {a.name: a.value for a in e.arguments} for e in endpoint.examples}
    assert [v["name"] for k, v in values.items() if k.startswith("alone-")] == HOSTILE
    assert values["combined-all"]["name"] == "".join(HOSTILE)
    reversed_names = list(values["combined-reversed"])
    declared = [p.name for p in endpoint.parameters if p.name in reversed_names]
    assert reversed_names == declared[::-1], "the reversed example must list parameters backwards"


def _hostile_cases():
    for folder in (HOSTILE_DIR, NESTED_DIR):
        endpoint = _nested_endpoint() if folder == NESTED_DIR else load_specs(folder)[1][0]
        for target in TARGETS:
            for example in endpoint.examples:
                yield pytest.param(
                    folder,
                    endpoint.id,
                    example.id,
                    target.key,
                    id=f"{folder.name}/{example.id}/{target.key}",
                )


@pytest.mark.parametrize(("folder", "endpoint", "example", "target"), list(_hostile_cases()))
def test_hostile_value_arrives_exactly(sample_batches, folder, endpoint, example, target):
    check_sent_exactly(sample_batches(folder, target)[endpoint, example])


def hypothesis_strings(count: int) -> list[str]:
    """`count` strings from hypothesis with a fixed seed (generation only: each is checked below)."""
    found: list[str] = []

    @settings(
        max_examples=count,
        derandomize=True,
        database=None,
        phases=[Phase.generate],
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(STRINGS)
    def collect(text: str) -> None:
        found.append(text)

    collect()
    return list(dict.fromkeys(found))


@pytest.fixture(scope="module")
def hypothesis_spec(tmp_path_factory):
    """A spec folder written now: the hostile API settings, examples carrying hypothesis' strings."""
    folder = tmp_path_factory.mktemp("hypothesis-spec")
    (folder / "_api.yaml").write_bytes((HOSTILE_DIR / "_api.yaml").read_bytes())
    _, (base,) = load_specs(HOSTILE_DIR)
    names = [p.name for p in base.parameters if p.type == "string"]
    strings = hypothesis_strings(HYPOTHESIS_COUNT)
    examples = combined_examples(strings, names, "hypothesis")
    (folder / "create_application.yaml").write_text(
        spec_text(examples, "# written by a test\n"), "utf-8"
    )
    _, (endpoint,) = load_specs(folder)
    loaded = [{a.name: a.value for a in e.arguments} for e in endpoint.examples]
    assert loaded == [
        e["values"] for e in examples
    ], "the spec file does not hold the strings exactly"
    assert len(strings) > HYPOTHESIS_COUNT // 2, "hypothesis made too few distinct strings"
    return folder


@pytest.mark.parametrize("target", [t.key for t in TARGETS])
def test_hypothesis_strings_arrive_exactly(sample_batches, hypothesis_spec, target):
    failures = []
    for (_, example), run in sample_batches(hypothesis_spec, target).items():
        try:
            check_sent_exactly(run)
        except AssertionError as exc:
            failures.append(f"{example} {run.entry['request']['body']!r}:\n{exc}")
    assert not failures, f"{len(failures)} sample(s) failed:\n\n" + "\n\n".join(failures[:5])


@pytest.fixture(scope="module")
def hypothesis_nested_spec(tmp_path_factory):
    """The nested fixture's folder with examples carrying hypothesis' strings inside `prompt`."""
    folder = tmp_path_factory.mktemp("hypothesis-nested")
    for name in ("_api.yaml", NESTED_READ.name):
        (folder / name).write_bytes((NESTED_DIR / name).read_bytes())
    examples = nested_combined(hypothesis_strings(HYPOTHESIS_COUNT), "hypothesis")
    (folder / NESTED_SPEC.name).write_text(
        nested_spec_text(examples, "# written by a test\n"), "utf-8"
    )
    _, endpoints = load_specs(folder)
    endpoint = next(e for e in endpoints if e.id == NESTED_SPEC.stem)
    loaded = [{a.name: a.value for a in e.arguments} for e in endpoint.examples]
    assert loaded == [e["values"] for e in examples], "the spec does not hold the strings exactly"
    return folder


@pytest.mark.parametrize("target", [t.key for t in TARGETS])
def test_hypothesis_strings_arrive_exactly_inside_objects(
    sample_batches, hypothesis_nested_spec, target
):
    failures = []
    for (endpoint, example), run in sample_batches(hypothesis_nested_spec, target).items():
        if endpoint != NESTED_SPEC.stem:
            continue
        try:
            check_sent_exactly(run)
        except AssertionError as exc:
            failures.append(f"{example} {run.entry['request']['body']!r}:\n{exc}")
    assert not failures, f"{len(failures)} sample(s) failed:\n\n" + "\n\n".join(failures[:5])
