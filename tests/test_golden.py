"""Golden records of the test fixtures: every target's output for every example, pinned;
`--update-golden` rewrites them. Published samples are pinned by docs/ and `generator check`."""

from __future__ import annotations

import pytest

from generator import paths
from generator.render import Renderer
from generator.spec import load_specs
from generator.targets import TARGETS

from conftest import ROOT, SPEC_DIRS

GOLDEN = ROOT / "tests" / "golden"
# Not "published" (docs/ and `generator check` pin it) and not "applications" (its copy: the same
# samples again, to be regenerated and reviewed twice on every template change).
GOLDEN_SETS = {"fixtures": SPEC_DIRS["fixtures"]}


def _cases():
    for set_name, spec_dir in GOLDEN_SETS.items():
        api, endpoints = load_specs(spec_dir)
        for endpoint in endpoints:
            for example in endpoint.examples:
                for target in TARGETS:
                    yield pytest.param(
                        api,
                        endpoint,
                        example,
                        target,
                        id=f"{set_name}/{endpoint.id}/{example.id}/{target.key}",
                    )


@pytest.mark.parametrize(("api", "endpoint", "example", "target"), list(_cases()))
def test_sample_matches_golden(api, endpoint, example, target, update_golden, request):
    set_name = request.node.callspec.id.split("/")[0]
    rel = paths.sample_path(endpoint.id, example.id, target.key, target.extension)
    golden = GOLDEN / set_name / rel.removeprefix(paths.SNIPPETS + "/")
    text = Renderer(api).sample(endpoint, example, target)
    if update_golden:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(text, encoding="utf-8")
    assert golden.is_file(), f"no golden file {golden}; run pytest --update-golden"
    assert text == golden.read_text(encoding="utf-8")


def test_every_target_has_golden_files():
    """Adding a target without its golden files must fail loudly, not pass vacuously."""
    for target in TARGETS:
        files = list(GOLDEN.glob(f"*/*/*/{target.key}.{target.extension}"))
        assert files, f"target {target.key} has no golden files"
