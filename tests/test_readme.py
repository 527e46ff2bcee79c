"""The README's promises that code can check: the versions the samples are tested with."""

from __future__ import annotations

import re

from generator.targets import TARGETS

from conftest import ROOT


def test_tested_with_names_every_tab_and_its_library_version():
    readme = (ROOT / "README.md").read_text("utf-8")
    section = readme.split("## Tested with", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    for target in TARGETS:
        (row,) = [r for r in rows if re.search(rf"\b{re.escape(target.label)}(,| \|)", r)]
        if target.library:
            assert f"{target.library.name} {target.library.version}" in row, target.key
