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
from generator.build.cache import CACHE_DIR, COMPILED_DIR, WRITTEN
from generator.build.ledger import LEDGER
from generator.render import TEMPLATES

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    """One child process: wall time and peak resident memory."""

    seconds: float
    peak_mb: float
    stdout: str
    cpu: float = 0.0  # the child's own user + system time (wait4): steadier on a loaded machine


@dataclass(frozen=True)
class Code:
    """The generator a child process runs: this checkout, or an earlier commit beside it."""

    label: str
    root: Path  # holds generator/ and templates/

    @property
    def env(self) -> dict[str, str]:
        """As an installed generator runs: its bytecode cached (written on the first run, even
        where the calling environment says not to), so start-up is not compiling every module."""
        env = {**os.environ, "PYTHONPATH": str(self.root)}
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return env


def baseline(rev: str, workdir: Path) -> Code:
    """An earlier commit's files (git archive, so the repository's worktrees are untouched)."""
    root = workdir / f"baseline-{rev}"
    root.mkdir()
    archive = subprocess.run(
        ["git", "-C", str(ROOT), "archive", rev, "generator", "templates"],
        check=True,
        capture_output=True,
    ).stdout
    subprocess.run(["tar", "-x", "-C", str(root)], input=archive, check=True)
    return Code(rev, root)


CURRENT = Code("this checkout", ROOT)


def run_child(args: list[str], cwd: Path, code: Code = CURRENT) -> Run:
    """Run a command to completion; its own peak RSS comes from wait4, not from any sibling."""
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        process = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err, env=code.env)
        _, status, usage = os.wait4(process.pid, 0)
        seconds = time.perf_counter() - start
        process.returncode = os.waitstatus_to_exitcode(status)
        if process.returncode != 0:
            err.seek(0)
            raise RuntimeError(f"{' '.join(args)} failed:\n{err.read().decode()}")
        out.seek(0)
        cpu = usage.ru_utime + usage.ru_stime
        return Run(seconds, usage.ru_maxrss / 1024, out.read().decode(), cpu)


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
    # The same CLI runs with the baseline's code, paired with ours (same specs, own folder).
    base_full_cli: Run | None = None
    base_unchanged_cli: list[float] = field(default_factory=list)
    base_edit_cli: list[float] = field(default_factory=list)
    template_edit: list[float] = field(default_factory=list)
    base_template_edit: list[float] = field(default_factory=list)
    # CPU seconds of the same runs, by figure: "unchanged", "edit", "template" (+ "base ...")
    cpu: dict[str, list[float]] = field(default_factory=dict)

    def note_cpu(self, figure: str, run: Run) -> Run:
        self.cpu.setdefault(figure, []).append(run.cpu)
        return run


def cold_start(workdir: Path, runs: int, code: Code = CURRENT) -> list[Run]:
    """Fresh `python -m generator build` of the published spec into an empty folder."""
    results = []
    for i in range(runs):
        out = workdir / f"cold-{code.root.name}-{i}"
        args = generator_cli("--spec", str(ROOT / "spec"), "--out", str(out))
        results.append(run_child(args, ROOT, code))
    return results


# A build with another template folder (the CLI has no option for it), as a child process.
_TEMPLATE_BUILD = (
    "import sys; from pathlib import Path; from generator.build import build; "
    "build(Path('spec'), Path(sys.argv[1]), template_dir=Path(sys.argv[2]))"
)


def _template_edit(site: Path, out: str, templates: Path, round_: int, code: Code) -> Run:
    """Edit a template without changing what it renders (a Jinja comment), then rebuild."""
    curl = templates / "samples" / "curl.sh.j2"
    text = curl.read_text("utf-8").split("#}", 1)[-1] if round_ else curl.read_text("utf-8")
    curl.write_text(f"{{# bench edit {round_} #}}" + text, "utf-8")
    before = tree_stamps(site / out)
    run = run_child([sys.executable, "-c", _TEMPLATE_BUILD, out, str(templates)], site, code)
    written = [r for r in changed(before, tree_stamps(site / out)) if not r.startswith(CACHE_DIR)]
    if written:
        raise AssertionError(f"a template edit that renders the same rewrote {written}")
    return run


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
        "openapi.json",  # holds every sample too
        page,
        f"{CACHE_DIR}/{endpoint_id}.json",
        f"{CACHE_DIR}/{WRITTEN}",
        f"{CACHE_DIR}/{LEDGER}",  # where each endpoint's pieces lie in the two files
    }


def _check_edit(written: list[str], endpoint_id: str, page: str) -> None:
    allowed = _allowed(endpoint_id, page)
    own = (f"snippets/{endpoint_id}/", f"{CACHE_DIR}/{COMPILED_DIR}/")  # templates compiled
    stray = [r for r in written if r not in allowed and not r.startswith(own)]
    if stray or not any(r.startswith(f"snippets/{endpoint_id}/") for r in written):
        raise AssertionError(f"a one-spec edit rewrote {written}")


def _page_of(endpoint_index: int) -> str:
    group, _ = divmod(endpoint_index, 5)
    stem, _ = spec_text(endpoint_index)
    return f"widgets-{group}/{stem.replace('_', '-')}.md"


def measure_size(
    n: int, workdir: Path, edits: int, mkdocs: bool, base: Code | None = None
) -> SizeResult:
    """Full build, unchanged rebuild, one-spec edits and mkdocs build of an n-endpoint API;
    with `base`, the CLI figures of that code too, each run paired with ours."""
    result = SizeResult(n)
    site = workdir / f"api-{n}"
    specs = write_specs(site / "spec", n)
    out = site / "docs"
    cli = generator_cli("--spec", "spec", "--out", "docs")
    base_cli = generator_cli("--spec", "spec", "--out", "base-docs")
    # A writer's command: a fresh process each time.
    result.full_cli = run_child(cli, site)
    if base:
        result.base_full_cli = run_child(base_cli, site, base)
    result.files = sum(1 for rel in tree_stamps(out) if not rel.startswith(CACHE_DIR))
    before = tree_stamps(out)
    for _ in range(3):
        result.unchanged_cli.append(result.note_cpu("unchanged", run_child(cli, site)).seconds)
        if base:
            run = result.note_cpu("base unchanged", run_child(base_cli, site, base))
            result.base_unchanged_cli.append(run.seconds)
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
                result.edit_cli.append(result.note_cpu("edit", run_child(cli, site)).seconds)
                if base:
                    run = result.note_cpu("base edit", run_child(base_cli, site, base))
                    result.base_edit_cli.append(run.seconds)
            written = changed(before, tree_stamps(folder))
            _check_edit(written, endpoint_id, _page_of(index))
            if timing == "cli":
                result.edit_written.append(len([r for r in written if not r.startswith(CACHE_DIR)]))
    shutil.rmtree(live_out)
    runs = [(CURRENT, "docs", "template", result.template_edit)]
    if base:
        runs.append((base, "base-docs", "base template", result.base_template_edit))
    for code, folder, _, _ in runs:  # each code its own copy of its templates, built once with it
        shutil.copytree(code.root / "templates", site / f"templates-{folder}")
        template_build = [sys.executable, "-c", _TEMPLATE_BUILD, folder, f"templates-{folder}"]
        run_child(template_build, site, code)
    for round_ in range(edits):  # paired: ours, then the baseline's, on each round
        for code, folder, figure, times in runs:
            run = _template_edit(site, folder, site / f"templates-{folder}", round_, code)
            times.append(result.note_cpu(figure, run).seconds)
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
