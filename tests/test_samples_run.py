"""Every sample of every spec runs in its language against the stub and sends exactly its request,
and that request means what its example asks for."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.literals import md_text
from generator.spec import load_specs
from generator.targets import TARGETS, TARGETS_BY_KEY

from conftest import SPEC_DIRS
from sample_runs import (
    RUNNERS,
    built_samples,
    check_prints_its_output,
    check_sent_exactly,
    meaning_problems,
)


def _cases(with_note: bool):
    """Every (spec folder, endpoint, example, target) whose tab is a sample (or, `with_note`,
    whose tab shows its library's `missing`/`lacks` note instead)."""
    for set_name, spec_dir in SPEC_DIRS.items():
        if set_name == "applications":
            continue  # a frozen copy of published specs: their samples run as "published"
        _, endpoints = load_specs(spec_dir)
        for target in TARGETS:
            library = target.library.name if target.library else None
            for endpoint in endpoints:
                for example in endpoint.examples:
                    if (endpoint.tab_note(example, library) is not None) != with_note:
                        continue
                    yield pytest.param(
                        spec_dir,
                        endpoint.id,
                        example.id,
                        target.key,
                        id=f"{set_name}/{endpoint.id}/{example.id}/{target.key}",
                    )


CASES = list(_cases(with_note=False))
NOTE_CASES = list(_cases(with_note=True))


@pytest.mark.parametrize(("spec_dir", "endpoint", "example", "target"), CASES)
def test_sample_runs_and_sends_exactly_its_request(
    sample_batches, spec_dir, endpoint, example, target
):
    check_sent_exactly(sample_batches(spec_dir, target)[endpoint, example])


@pytest.mark.parametrize(("spec_dir", "endpoint", "example", "target"), CASES)
def test_sample_prints_what_its_tab_documents(sample_batches, spec_dir, endpoint, example, target):
    """What a sample prints against the stub is what its tab's Output shows (for cURL: the
    example's Response), so a page never documents an answer the API does not give."""
    check_prints_its_output(sample_batches(spec_dir, target)[endpoint, example])


@pytest.fixture(scope="module")
def manifests(tmp_path_factory: pytest.TempPathFactory):
    """`get(spec_dir)`: the endpoints of a spec folder and its built manifest's samples."""
    built: dict[Path, tuple] = {}

    def get(spec_dir: Path) -> tuple:
        if spec_dir not in built:
            _, endpoints = load_specs(spec_dir)
            out = tmp_path_factory.mktemp("manifest")
            samples = built_samples(spec_dir, out, "http://127.0.0.1:9")
            built[spec_dir] = ({e.id: e for e in endpoints}, samples)
        return built[spec_dir]

    return get


@pytest.mark.parametrize(("spec_dir", "endpoint", "example", "target"), CASES)
def test_sample_request_means_what_its_example_asks(manifests, spec_dir, endpoint, example, target):
    """The request a library sends (the manifest's) is read by the API as the example's request
    (the cURL sample's): nothing left out or changed, only nulls the API ignores added."""
    endpoints, samples = manifests(spec_dir)
    entries = {
        s["target"]: s["request"]
        for s in samples
        if (s["endpoint"], s["example"]) == (endpoint, example)
    }
    problems = meaning_problems(endpoints[endpoint], entries["curl"], entries[target])
    assert not problems, f"{endpoint}/{example} ({target}): " + "; ".join(problems)


@pytest.mark.parametrize("target", [t.key for t in TARGETS])
def test_every_target_has_a_runner(target):
    """A target added to the registry without a way to run its samples fails here, by name."""
    assert target in RUNNERS, f"target {target!r} has no runner in tests/sample_runs.py RUNNERS"


@pytest.fixture(scope="module")
def built_docs(tmp_path_factory: pytest.TempPathFactory):
    """`get(spec_dir)`: the endpoints of a spec folder and the folder a build wrote them into."""
    built: dict[Path, tuple] = {}

    def get(spec_dir: Path) -> tuple:
        if spec_dir not in built:
            _, endpoints = load_specs(spec_dir)
            out = tmp_path_factory.mktemp("docs")
            samples = built_samples(spec_dir, out, "http://127.0.0.1:9")
            built[spec_dir] = ({e.id: e for e in endpoints}, out, samples)
        return built[spec_dir]

    return get


def _tab_text(page: str, number: int, label: str) -> str:
    """What one tab of one example holds on a generated page (up to the next tab or heading)."""
    section = page.split(f"## Example {number} of ", 1)[1].split("\n## ", 1)[0]
    return section.split(f'=== "{label}"\n', 1)[1].split("\n=== ", 1)[0]


@pytest.mark.parametrize(("spec_dir", "endpoint", "example", "target"), NOTE_CASES)
def test_a_tab_without_a_sample_shows_its_note_and_nothing_runs(
    built_docs, spec_dir, endpoint, example, target
):
    """A library that lacks the call (`missing`) or cannot send the example (`lacks`): its tab
    shows the note instead of a sample, and no sample file or manifest request exists for it."""
    endpoints, out, samples = built_docs(spec_dir)
    spec = endpoints[endpoint]
    chosen = TARGETS_BY_KEY[target]
    shown = next(x for x in spec.examples if x.id == example)
    note = spec.tab_note(shown, chosen.library.name if chosen.library else None)
    tab = _tab_text((out / spec.page).read_text("utf-8"), shown.number, chosen.label)
    assert note and md_text(note) in tab and "--8<--" not in tab, tab
    assert not (out / "snippets" / endpoint / example / f"{target}.{chosen.extension}").exists()
    assert not [
        s
        for s in samples
        if (s["endpoint"], s["example"], s["target"]) == (endpoint, example, target)
    ]
