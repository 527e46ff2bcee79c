"""Every sample of every spec runs in its language against the stub and sends exactly its request."""

from __future__ import annotations

import pytest

from conftest import SPEC_DIRS
from generator.spec import load_specs
from generator.targets import TARGETS
from sample_runs import check_sent_exactly, not_runnable


def _cases():
    for set_name, spec_dir in SPEC_DIRS.items():
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
