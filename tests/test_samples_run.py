"""Every sample of every spec runs in its language against the stub and sends exactly its request."""

from __future__ import annotations

import pytest

from generator.spec import load_specs
from generator.targets import TARGETS

from conftest import SPEC_DIRS
from sample_runs import RUNNERS, check_sent_exactly, not_runnable


def _cases():
    for set_name, spec_dir in SPEC_DIRS.items():
        if set_name == "applications":
            continue  # a frozen copy of published specs: their samples run as "published"
        _, endpoints = load_specs(spec_dir)
        for target in TARGETS:
            for endpoint in endpoints:
                reason = not_runnable(endpoint, target.key)
                for example in endpoint.examples:
                    yield pytest.param(
                        spec_dir,
                        endpoint.id,
                        example.id,
                        target.key,
                        id=f"{set_name}/{endpoint.id}/{example.id}/{target.key}",
                        marks=[pytest.mark.skip(reason=reason)] if reason else [],
                    )


@pytest.mark.parametrize(("spec_dir", "endpoint", "example", "target"), list(_cases()))
def test_sample_runs_and_sends_exactly_its_request(
    sample_batches, spec_dir, endpoint, example, target
):
    check_sent_exactly(sample_batches(spec_dir, target)[endpoint, example])


@pytest.mark.parametrize("target", [t.key for t in TARGETS])
def test_every_target_has_a_runner(target):
    """A target added to the registry without a way to run its samples fails here, by name."""
    assert target in RUNNERS, f"target {target!r} has no runner in tests/sample_runs.py RUNNERS"
