"""Shared fixtures: paths, the golden-file switch, and built sample trees."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIRS = {"published": ROOT / "spec", "fixtures": ROOT / "tests" / "fixtures" / "specs"}


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
