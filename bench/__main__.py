"""`python -m bench` (`make bench`): throughput beside the anchors, cold start, scale, and the
site (both engines' builds, page weight, the live preview's edit-to-page time)."""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

from bench import scale, site, site_preview, throughput
from bench.throughput import Case

LABELS = {"curl": "cURL", "python": "Python", "csharp": "C#"}
BASELINE = "a864185"
INPUTS = {
    "api-samples": {
        "request": "parsed spec (model)",
        "unmemoized": "parsed spec, name conversions not memoized",
        "prepared": "request worked out once",
    },
    "httpsnippet": {"request": "HAR", "prepared": "HTTPSnippet(har) once"},
    "postman-code-generators": {"request": "Request JSON", "prepared": "sdk.Request once"},
    "@scalar/snippetz": {"request": "HAR", "prepared": "-"},
}


def _args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--sizes", default="10,100,1000", help="endpoints per synthetic API")
    parser.add_argument("--runs", type=int, default=7, help="throughput runs per case (median)")
    parser.add_argument("--seconds", type=float, default=0.25, help="length of one run")
    parser.add_argument("--edits", type=int, default=3, help="one-spec edits per size (median)")
    parser.add_argument("--cold-runs", type=int, default=3, help="cold starts (median)")
    parser.add_argument("--no-anchors", action="store_true", help="skip the npm anchors")
    parser.add_argument("--no-mkdocs", action="store_true", help="skip `mkdocs build`")
    parser.add_argument("--site-sizes", default="100,300,1000", help="endpoints per site build")
    parser.add_argument("--site-runs", type=int, default=3, help="builds per engine and config")
    parser.add_argument("--engines", default="mkdocs,zensical", help="site engines")
    parser.add_argument("--preview-size", type=int, default=1000, help="endpoints, live preview")
    parser.add_argument("--preview-edits", type=int, default=3, help="edits per engine (median)")
    parser.add_argument("--no-site", action="store_true", help="skip the site and the preview")
    parser.add_argument(
        "--quick",
        action="store_true",
        help="everything, small and few (make bench BENCH_QUICK=1): to try the bench, not to quote",
    )
    parser.add_argument(
        "--baseline",
        default=BASELINE,
        help=f"commit whose generator runs beside ours for ratios ({BASELINE}: main before the "
        "issue 15 generator work); 'none' skips it",
    )
    args = parser.parse_args(argv)
    if args.quick:
        args.sizes, args.runs, args.seconds, args.edits, args.cold_runs = "10,100", 3, 0.1, 2, 1
        args.site_sizes, args.site_runs, args.preview_size, args.preview_edits = "100", 2, 100, 2
    return args


def _machine(versions: dict[str, str], load: tuple[float, float, float]) -> list[str]:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    node = versions.get("node") or _command_output(["node", "--version"])
    return [
        f"- machine: {os.cpu_count()} CPUs (nproc), {cpu}, {platform.system()} {platform.release()}",
        f"- load average at the start: {', '.join(f'{x:.2f}' for x in load)}",
        f"- Python {platform.python_version()}, Node {node}; "
        + ", ".join(f"{n} {metadata.version(n)}" for n in ("jinja2", "black", "pyyaml", "mkdocs")),
    ]


def _command_output(args: list[str]) -> str:
    try:
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "missing"


def _n(value: float) -> str:
    return f"{value:,.0f}"


def throughput_table(cases: list[Case], versions: dict[str, str]) -> list[str]:
    ours = {(c.mode, c.target): c for c in cases if c.generator == "api-samples"}
    lines = [
        "| generator | input | " + " | ".join(LABELS.values()) + " |",
        "|:--|:--|" + "--:|" * len(LABELS),
    ]
    for mode in ("request", "unmemoized", "prepared"):
        rows = [c for c in cases if c.mode == mode]
        generators = list(dict.fromkeys(c.generator for c in rows))
        for generator in generators:
            name = f"{generator} {versions.get(generator, '')}".strip()
            if generator == "api-samples":
                name = "api-samples (ours)" if mode == "unmemoized" else "**api-samples (ours)**"
            cells = []
            for target in LABELS:
                case = next(
                    (c for c in rows if c.generator == generator and c.target == target), None
                )
                if case is None:
                    cells.append("-")
                elif mode == "unmemoized":
                    cells.append(_n(case.median))
                elif generator == "api-samples":
                    cells.append(f"**{_n(case.median)}**")
                else:
                    mine = ours[(mode, target)]
                    cells.append(f"{_n(case.median)} (ours ×{throughput.ratio(mine, case):.2f})")
            lines.append(f"| {name} | {INPUTS[generator][mode]} | " + " | ".join(cells) + " |")
    return lines


def cold_table(runs: list[scale.Run]) -> list[str]:
    return [
        "| command | wall time (median) | peak memory (median) |",
        "|:--|--:|--:|",
        f"| `python -m generator build` (published spec, empty folder, {len(runs)} runs) | "
        f"{scale.median([r.seconds for r in runs]):.2f} s | "
        f"{scale.median([r.peak_mb for r in runs]):.0f} MB |",
    ]


def scale_table(results: list[scale.SizeResult]) -> list[str]:
    lines = [
        "| endpoints | files | full build (CLI) | peak memory | full build in process | "
        "unchanged rebuild (CLI) | files rewritten | one-spec edit (CLI) | "
        "one-spec edit, kept process (live preview) | files rewritten | mkdocs build | "
        "mkdocs build --dirty after a one-spec edit |",
        "|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|",
    ]
    for r in results:
        assert r.full_cli is not None
        mkdocs = f"{r.mkdocs:.1f} s" if r.mkdocs is not None else "-"
        dirty = f"{r.mkdocs_dirty:.1f} s" if r.mkdocs_dirty is not None else "-"
        written = sorted(set(r.edit_written))
        lines.append(
            f"| {r.endpoints:,} | {r.files:,} | {r.full_cli.seconds:.2f} s | {r.full_cli.peak_mb:.0f} MB | "
            f"{r.full_in_process:.2f} s | {scale.median(r.unchanged_cli):.2f} s | {r.unchanged_written} | "
            f"{scale.median(r.edit_cli):.3f} s | {scale.median(r.edit_in_process):.3f} s | "
            f"{'/'.join(map(str, written))} | {mkdocs} | {dirty} |"
        )
    return lines


def _paired(ours: list[float], theirs: list[float]) -> str:
    """Medians of both, and the median of the per-run ratios (each run paired with its own)."""
    if not ours or not theirs:
        return "-"
    ratio = scale.median([o / t for o, t in zip(ours, theirs)])
    return f"{scale.median(ours):.3f} s / {scale.median(theirs):.3f} s (×{ratio:.2f})"


def baseline_table(results: list[scale.SizeResult], cold: list, base_cold: list) -> list[str]:
    lines = [
        "| endpoints | time | full build (CLI) | unchanged rebuild (CLI) | one-spec edit (CLI) | "
        "template edit, same output (fresh process) |",
        "|--:|:--|--:|--:|--:|--:|",
    ]
    for r in results:
        assert r.full_cli is not None and r.base_full_cli is not None
        lines.append(
            f"| {r.endpoints:,} | wall | {_paired([r.full_cli.seconds], [r.base_full_cli.seconds])} | "
            f"{_paired(r.unchanged_cli, r.base_unchanged_cli)} | "
            f"{_paired(r.edit_cli, r.base_edit_cli)} | "
            f"{_paired(r.template_edit, r.base_template_edit)} |"
        )
        cells = [_paired([r.full_cli.cpu], [r.base_full_cli.cpu])] + [
            _paired(r.cpu.get(f, []), r.cpu.get(f"base {f}", []))
            for f in ("unchanged", "edit", "template")
        ]
        lines.append(f"| {r.endpoints:,} | CPU | " + " | ".join(cells) + " |")
    lines += [
        "",
        f"Cold start (published spec, empty folder): wall "
        f"{_paired([c.seconds for c in cold], [c.seconds for c in base_cold])}, CPU "
        f"{_paired([c.cpu for c in cold], [c.cpu for c in base_cold])}.",
    ]
    return lines


def growth_lines(results: list[scale.SizeResult]) -> list[str]:
    lines = []
    for small, large in zip(results, results[1:]):
        assert small.full_cli is not None and large.full_cli is not None
        factor = large.endpoints / small.endpoints
        parts = [
            f"full build in process ×{large.full_in_process / small.full_in_process:.1f}",
            f"full build CLI ×{large.full_cli.seconds / small.full_cli.seconds:.1f}",
            f"one-spec edit (live) ×{scale.median(large.edit_in_process) / scale.median(small.edit_in_process):.1f}",
        ]
        if small.mkdocs and large.mkdocs:
            parts.append(f"mkdocs build ×{large.mkdocs / small.mkdocs:.1f}")
        lines.append(
            f"- {small.endpoints:,} → {large.endpoints:,} endpoints (×{factor:.0f}): "
            + ", ".join(parts)
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    """Run every measurement and print the tables (Markdown)."""
    args = _args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    started, load = time.perf_counter(), os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="api-samples-bench-") as tmp:
        workdir = Path(tmp)
        cases, info = throughput.measure(args.runs, args.seconds, not args.no_anchors, workdir)
        versions = info.get("versions", {})
        base = None if args.baseline == "none" else scale.baseline(args.baseline, workdir)
        cold, base_cold = [], []
        for k in range(args.cold_runs):  # paired, alternating
            cold += scale.cold_start(workdir / f"ours-{k}", 1)
            base_cold += scale.cold_start(workdir / f"base-{k}", 1, base) if base else []
        results = [
            scale.measure_size(n, workdir, args.edits, not args.no_mkdocs, base) for n in sizes
        ]
    out = ["## Machine", "", *_machine(versions, load), ""]
    out += [
        "## Steady-state throughput (snippets/s)",
        "",
        f"Create Application example 1 (POST, JSON body, Basic auth), one warm process each; median "
        f"of {args.runs} runs of {args.seconds:g} s, ours and the anchors' runs alternating. "
        "Ratio: ours / theirs, the median over runs of each pair measured side by side.",
        "",
        *throughput_table(cases, versions),
        "",
        "## Cold start",
        "",
        *cold_table(cold),
        "",
        "## Scale (synthetic APIs)",
        "",
        *scale_table(results),
        "",
        *growth_lines(results),
        "",
    ]
    if base:
        out += [
            f"## This code against {args.baseline} (ours / theirs, same run)",
            "",
            "Each figure: the median of ours / the median of the baseline's (×: the median of "
            "the per-run ratios, each run of ours paired with the baseline's run beside it).",
            "",
            *baseline_table(results, cold, base_cold),
            "",
        ]
    print("\n".join(out), flush=True)  # each part as soon as it is measured
    if not args.no_site:
        engines = [e for e in args.engines.split(",") if e]
        site_sizes = [int(n) for n in args.site_sizes.split(",") if n]
        out = [
            "## Site builds (synthetic APIs)",
            "",
            f"A clean build in a fresh process (`mkdocs build`, `zensical build --clean`), "
            f"{args.site_runs} runs of each engine and configuration, interleaved run by run; "
            "`today`: the configuration before issue 15 (the whole navigation in every page, "
            "Pygments highlighting), `project`: mkdocs.yml. Page weight: the endpoint pages' "
            "HTML.",
            "",
        ]
        for i, size in enumerate(site_sizes):  # a size's rows as soon as they are measured
            rows = site.table(site.measure([size], args.site_runs, engines))
            out += rows if i == 0 else rows[2:]
            print("\n".join(out), flush=True)
            out = []
        print()
        preview = site_preview.measure_engines(args.preview_size, args.preview_edits, engines)
        out = [
            "## Live preview: edit to page",
            "",
            f"`python -m generator serve --engine E` on a {args.preview_size:,}-endpoint API; "
            f"seconds from saving one spec to the served page showing the edit, "
            f"{args.preview_edits} edits per engine.",
            "",
            *site_preview.table(args.preview_size, preview),
            "",
        ]
        print("\n".join(out), flush=True)
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"Whole bench: {time.perf_counter() - started:.0f} s; load average at the end: {load}.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
