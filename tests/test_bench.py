"""The benchmark runs end to end on a tiny API (its figures are not checked: no timed tests)."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT


def test_bench_runs_on_a_tiny_configuration():
    args = ["--sizes", "3", "--runs", "1", "--seconds", "0.02", "--edits", "1", "--cold-runs", "1"]
    args += ["--site-sizes", "3", "--site-runs", "1", "--preview-size", "3", "--preview-edits", "1"]
    result = subprocess.run(
        [sys.executable, "-m", "bench", *args, "--no-anchors"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    out = result.stdout
    headings = ("## Machine", "## Steady-state throughput", "## Cold start", "## Scale")
    for heading in (*headings, "## Site builds", "## Live preview"):
        assert heading in out
    row = next(line for line in out.splitlines() if line.startswith("| 3 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[1] == "36"  # 3 endpoints: index, 3 pages, 30 samples, manifest, openapi.json
    assert cells[6] == "0"  # an unchanged rebuild rewrote nothing (the bench asserts it too)
    assert cells[-2].endswith(" s") and cells[-1].endswith(" s")  # mkdocs built the site, twice
    rows = [[c.strip() for c in line.strip("|").split("|")] for line in out.splitlines()]
    built = {(r[1].split()[0], r[2]) for r in rows if len(r) > 3 and r[2] in ("today", "project")}
    assert built == {(e, v) for e in ("mkdocs", "zensical") for v in ("today", "project")}
    previewed = [r[1] for r in rows if len(r) == 4 and r[0] == "3" and r[2].endswith(" s")]
    assert previewed == ["mkdocs", "zensical"]  # each showed the edit in its served page
