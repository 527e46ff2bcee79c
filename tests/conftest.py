"""Shared fixtures: paths, the golden-file switch, and built sample trees."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# "published": what the site shows (any test of it must hold for whatever a writer puts there);
# "applications": a frozen copy of the first five published specs, for tests of behaviour;
# "fixtures": other resources' shapes (lists, mappings).
SPEC_DIRS = {
    "published": ROOT / "spec",
    "applications": ROOT / "tests" / "fixtures" / "applications",
    "fixtures": ROOT / "tests" / "fixtures" / "specs",
}
# What the samples run with (installed by `make test`): see the Makefile's sample-deps.
SAMPLES_PYTHON = ROOT / ".venv-samples" / "bin" / "python"
NODE_MODULES = ROOT / "tests" / "node" / "node_modules"
SETUP_HINT = "run `make test` (or `make sample-deps`) to install what the samples need"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden/ from the current templates instead of comparing",
    )
    parser.addoption(
        "--update-bad-specs",
        action="store_true",
        help="rewrite tests/bad_specs/*.expected from the current messages (review every line)",
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def stub_builds(tmp_path_factory):
    """`get(spec_dir)`: a running stub of a spec folder, the folder its samples were built into
    for that stub, and the built manifest's samples (built once per session)."""
    from generator.stub import Stub

    from sample_runs import built_samples

    stubs: dict[Path, tuple] = {}

    def get(spec_dir: Path) -> tuple:
        if spec_dir not in stubs:
            stub = Stub(spec_dir).start()
            docs = tmp_path_factory.mktemp("docs")
            stubs[spec_dir] = (stub, docs, built_samples(spec_dir, docs, stub.url))
        return stubs[spec_dir]

    yield get
    for stub, _, _ in stubs.values():
        stub.close()


@pytest.fixture(scope="session")
def sample_batches(tmp_path_factory, stub_builds):
    """`get(spec_dir, target_key)`: every sample of a spec folder for one target, run once
    (lazily) in one driver process against a stub of that folder; a dict keyed by (endpoint,
    example)."""
    from sample_runs import run_batch

    done: dict[tuple[Path, str], dict] = {}

    def get(spec_dir: Path, target_key: str) -> dict:
        if (spec_dir, target_key) not in done:
            stub, docs, samples = stub_builds(spec_dir)
            entries = [s for s in samples if s["target"] == target_key]
            runs = run_batch(stub, docs, entries, tmp_path_factory.mktemp(target_key))
            done[spec_dir, target_key] = {
                (r.entry["endpoint"], r.entry["example"]): r for r in runs
            }
        return done[spec_dir, target_key]

    return get
