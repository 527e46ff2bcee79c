"""Site build at scale: today's mkdocs.yml beside the project's, MkDocs and Zensical, page weight.

`python -m bench.site --sizes 100,1000 --runs 3` generates a synthetic API (bench/synth.py) per
size, then builds it with each configuration in turn, interleaved run by run so load on the
machine hits both alike, and prints the median seconds, the ratio to today's, and the size of
the endpoint pages. Figures only: nothing here is asserted.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from bench.synth import write_specs
from generator import site_nav
from generator.build import build

ROOT = Path(__file__).resolve().parent.parent
# mkdocs.yml as it was before this benchmark's changes (the "today"), less the plugin:
# every resource a navigation section, samples highlighted by Pygments at build time.
TODAY = """\
theme:
  name: material
  font: false
  features: [content.code.copy, content.tabs.link, navigation.sections, navigation.indexes,
             navigation.top, search.highlight, search.suggest, toc.follow]
  palette:
    - {media: "(prefers-color-scheme: light)", scheme: default, primary: indigo,
       toggle: {icon: material/weather-night, name: Switch to dark mode}}
    - {media: "(prefers-color-scheme: dark)", scheme: slate, primary: indigo,
       toggle: {icon: material/weather-sunny, name: Switch to light mode}}
extra_css: [stylesheets/extra.css]
markdown_extensions:
  - tables
  - attr_list
  - md_in_html
  - toc: {permalink: true}
  - pymdownx.highlight: {anchor_linenums: true, pygments_lang_class: true}
  - pymdownx.inlinehilite
  - pymdownx.superfences
  - pymdownx.tabbed: {alternate_style: true}
  - pymdownx.snippets: {base_path: [docs], check_paths: true}
"""


def _config(variant: str) -> dict:
    """The project's mkdocs.yml, or with today's theme and Markdown settings for `today`."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    if variant == "today":
        for key in ("extra_javascript", "extra_css", "markdown_extensions", "theme"):
            config.pop(key, None)
        config.update(yaml.safe_load(TODAY))
    config.pop("nav", None)  # the synthetic API's own, written below
    return config


def make_site(folder: Path, endpoints: int) -> Path:
    """A synthetic project: specs, generated docs, one mkdocs config per variant."""
    write_specs(folder / "spec", endpoints)
    result = build(folder / "spec", folder / "docs")
    for assets in ("stylesheets", "javascripts"):
        shutil.copytree(ROOT / "docs" / assets, folder / "docs" / assets)
    shutil.copy2(ROOT / "docs" / "spec-format.md", folder / "docs" / "spec-format.md")
    nav = site_nav.site_nav(result.pages, folder / "docs")
    for variant in ("today", "project"):
        path = folder / f"{variant}.yml"
        path.write_text(yaml.safe_dump(_config(variant), sort_keys=False), "utf-8")
        site_nav.write_nav(path, nav)
    return folder


def build_once(folder: Path, engine: str, variant: str) -> float:
    """Seconds of one clean build into site-<variant>/ (a fresh process, as `make site`)."""
    config = folder / f"{variant}.yml"
    out = folder / "site"
    shutil.rmtree(out, ignore_errors=True)
    if engine == "mkdocs":
        cmd = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)]
    else:
        cmd = [sys.executable, "-m", "zensical", "build", "--clean", "-f", str(config)]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    done = subprocess.run(cmd, cwd=folder, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{done.stderr[-2000:]}")
    return seconds


def page_weight(site: Path) -> tuple[float, float, float]:
    """Median and largest endpoint page in KB (the pages under a resource's folder), and all
    the site's HTML in MB."""
    sizes = [
        p.stat().st_size / 1000
        for p in site.glob("*/*/index.html")
        if p.parent.parent.name not in ("assets", "search", "spec-format")
    ]
    total = sum(p.stat().st_size for p in site.rglob("*.html")) / 1e6
    return statistics.median(sizes), max(sizes), total


@dataclass
class SiteResult:
    """One engine and configuration at one size: seconds of each clean build, page weight."""

    endpoints: int
    engine: str
    variant: str  # "today" (the configuration before issue 15) or "project" (mkdocs.yml)
    seconds: list[float] = field(default_factory=list)
    page_kb: tuple[float, float, float] = (0.0, 0.0, 0.0)  # median, largest; all HTML (MB)

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)


def measure(sizes: list[int], runs: int, engines: list[str]) -> list[SiteResult]:
    """Every engine with both configurations at every size, runs interleaved case by case."""
    found = []
    for size in sizes:
        with tempfile.TemporaryDirectory(prefix="site-bench-") as tmp:
            folder = make_site(Path(tmp), size)
            cases = [SiteResult(size, e, v) for e in engines for v in ("today", "project")]
            for _ in range(runs):
                for case in cases:
                    case.seconds.append(build_once(folder, case.engine, case.variant))
                    case.page_kb = page_weight(folder / "site")
            found += cases
    return found


def table(results: list[SiteResult]) -> list[str]:
    """Markdown: seconds (median), the ratio to today's mkdocs build of the same size (the
    median of the per-run ratios: run k of each case was built beside run k of the others)."""
    lines = [
        "| endpoints | engine | config | build (median) | runs | × today's mkdocs (paired) | "
        "page KB median / max | all HTML |",
        "|--:|:--|:--|--:|:--|--:|--:|--:|",
    ]
    base = {r.endpoints: r for r in results if (r.engine, r.variant) == ("mkdocs", "today")}
    for r in results:
        anchor = base.get(r.endpoints)
        ratio = "-"
        if anchor is not None and r is not anchor:
            ratio = f"×{statistics.median(o / t for o, t in zip(r.seconds, anchor.seconds)):.2f}"
        each = ", ".join(f"{t:.1f}" for t in r.seconds)
        name = r.engine if r.engine == "mkdocs" else f"{r.engine} {_version(r.engine)}"
        lines.append(
            f"| {r.endpoints:,} | {name} | {r.variant} | {r.median:.1f} s | {each} | {ratio} "
            f"| {r.page_kb[0]:.0f} / {r.page_kb[1]:.0f} | {r.page_kb[2]:.0f} MB |"
        )
    return lines


def _version(name: str) -> str:
    from importlib import metadata

    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return "(missing)"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.site", description=__doc__)
    parser.add_argument("--sizes", default="100,300,1000", help="endpoints per synthetic API")
    parser.add_argument("--runs", type=int, default=3, help="builds per configuration (median)")
    parser.add_argument("--engines", default="mkdocs,zensical", help="engines to build with")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s]
    print("\n".join(table(measure(sizes, args.runs, args.engines.split(",")))))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
