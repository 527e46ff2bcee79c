"""Cold start and scale: fresh `python -m generator build` runs, rebuilds, and `mkdocs build`."""

from __future__ import annotations

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

from bench.synth import spec_text, write_specs
from generator.build import Builder
from generator.build.cache import CACHE_DIR
from generator.render import TEMPLATES

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    """One child process: wall time and peak resident memory."""

    seconds: float
    peak_mb: float
    stdout: str


def run_child(args: list[str], cwd: Path) -> Run:
    """Run a command to completion; its own peak RSS comes from wait4, not from any sibling."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(args)} failed:\n{err.read().decode()}")
        out.seek(0)
        return Run(seconds, usage.ru_maxrss / 1024, out.read().decode())


def generator_cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "generator", "build", "-q", *args]


def tree_stamps(root: Path) -> dict[str, tuple[int, int]]:
    """Every file under root with its inode and mtime: a rewrite changes one of them."""
    stamps = {}
    for folder, _, names in os.walk(root):
        for name in names:
            stat = os.stat(os.path.join(folder, name))
            stamps[os.path.relpath(os.path.join(folder, name), root)] = (
                stat.st_ino,
                stat.st_mtime_ns,
            )
    return stamps


def changed(before: dict[str, tuple[int, int]], after: dict[str, tuple[int, int]]) -> list[str]:
    return sorted(rel for rel in before.keys() | after.keys() if before.get(rel) != after.get(rel))


@dataclass
class SizeResult:
    """The scale figures of one synthetic API."""

    endpoints: int
    files: int = 0
    full_cli: Run | None = None
    full_in_process: float = 0.0
    unchanged_cli: list[float] = field(default_factory=list)
    unchanged_written: int = 0
    edit_cli: list[float] = field(default_factory=list)
    edit_in_process: list[float] = field(default_factory=list)
    edit_written: list[int] = field(default_factory=list)
    mkdocs: float | None = None
    mkdocs_dirty: float | None = None


def cold_start(workdir: Path, runs: int) -> list[Run]:
    """Fresh `python -m generator build` of the published spec into an empty folder."""
    results = []
    for i in range(runs):
        out = workdir / f"cold-{i}"
        results.append(
            run_child(generator_cli("--spec", str(ROOT / "spec"), "--out", str(out)), ROOT)
        )
    return results


def _edit(spec: Path, index: int, round_: int) -> str:
    """Change one example value of one spec; return the endpoint id it belongs to."""
    stem, text = spec_text(index)
    marker = f"rev{round_}"
    lines = text.split("\n")
    for i, line in enumerate(lines):  # the first example value is what the edit changes
        if line.startswith("      ") and ":" in line and "values" not in line:
            key, value = line.split(":", 1)
            lines[i] = (
                f"{key}: {value.strip()}{marker}" if "size" not in key else f"{key}: {20 + round_}"
            )
            break
    spec.write_text("\n".join(lines), encoding="utf-8")
    return stem


def _allowed(endpoint_id: str, page: str) -> set[str]:
    return {
        "index.md",
        "snippets/manifest.json",
        page,
        f"{CACHE_DIR}/{endpoint_id}.json",
    }


def _check_edit(written: list[str], endpoint_id: str, page: str) -> None:
    allowed = _allowed(endpoint_id, page)
    stray = [
        r for r in written if r not in allowed and not r.startswith(f"snippets/{endpoint_id}/")
    ]
    if stray or not any(r.startswith(f"snippets/{endpoint_id}/") for r in written):
        raise AssertionError(f"a one-spec edit rewrote {written}")


def _page_of(endpoint_index: int) -> str:
    group, _ = divmod(endpoint_index, 5)
    stem, _ = spec_text(endpoint_index)
    return f"widgets-{group}/{stem.replace('_', '-')}.md"


def measure_size(n: int, workdir: Path, edits: int, mkdocs: bool) -> SizeResult:
    """Full build, unchanged rebuild, one-spec edits and mkdocs build of an n-endpoint API."""
    result = SizeResult(n)
    site = workdir / f"api-{n}"
    specs = write_specs(site / "spec", n)
    out = site / "docs"
    # A writer's command: a fresh process each time.
    result.full_cli = run_child(generator_cli("--spec", "spec", "--out", "docs"), site)
    result.files = sum(1 for rel in tree_stamps(out) if not rel.startswith(CACHE_DIR))
    before = tree_stamps(out)
    for _ in range(3):
        result.unchanged_cli.append(
            run_child(generator_cli("--spec", "spec", "--out", "docs"), site).seconds
        )
    written = changed(before, tree_stamps(out))
    if written:
        raise AssertionError(f"an unchanged rebuild rewrote {written}")
    result.unchanged_written = len(written)
    # Live preview: one Builder kept across builds, as the MkDocs plugin keeps it.
    live_out = site / "live"
    builder = Builder()
    start = time.perf_counter()
    builder.build(site / "spec", live_out)
    result.full_in_process = time.perf_counter() - start
    builder.build(site / "spec", live_out)  # as the first rebuild after `mkdocs serve` starts
    for round_ in range(edits):
        index = (n // 2 + round_) % n
        endpoint_id = _edit(specs[index], index, round_)
        for folder, timing in ((live_out, "live"), (out, "cli")):
            before = tree_stamps(folder)
            if timing == "live":
                start = time.perf_counter()
                builder.build(site / "spec", folder)
                result.edit_in_process.append(time.perf_counter() - start)
            else:
                result.edit_cli.append(
                    run_child(generator_cli("--spec", "spec", "--out", "docs"), site).seconds
                )
            written = changed(before, tree_stamps(folder))
            _check_edit(written, endpoint_id, _page_of(index))
            if timing == "cli":
                result.edit_written.append(len([r for r in written if not r.startswith(CACHE_DIR)]))
    shutil.rmtree(live_out)
    if mkdocs:
        _write_mkdocs_config(site)
        mkdocs_build = [sys.executable, "-m", "mkdocs", "build", "-q", "-d", "site"]
        result.mkdocs = run_child(mkdocs_build, site).seconds
        # What `mkdocs serve --dirty` does on a save: the plugin regenerates, MkDocs rebuilds
        # only the pages whose files changed.
        index = n // 3
        _edit(specs[index], index, edits)
        result.mkdocs_dirty = run_child([*mkdocs_build, "--dirty"], site).seconds
    return result


def _write_mkdocs_config(site: Path) -> None:
    """The project's MkDocs configuration, pointed at the synthetic specs and docs."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    config["site_name"] = f"{site.name} (benchmark)"
    config.pop("watch", None)
    for i, plugin in enumerate(config["plugins"]):
        name = plugin if isinstance(plugin, str) else next(iter(plugin))
        if name == "api-samples":  # the synthetic specs, the repository's templates
            config["plugins"][i] = {
                "api-samples": {"spec_dir": "spec", "templates_dir": str(TEMPLATES)}
            }
    shutil.copytree(
        ROOT / "docs" / "stylesheets", site / "docs" / "stylesheets", dirs_exist_ok=True
    )
    (site / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")


def median(values: list[float]) -> float:
    return statistics.median(values) if values else float("nan")
