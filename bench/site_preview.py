"""Live preview at scale: seconds from saving one spec to the served page showing the edit.

`python -m bench.site_preview --size 1000 --edits 3 --engines mkdocs,zensical` makes a synthetic
API (bench/synth.py), runs `python -m generator serve` on it with each engine, edits one spec's
description several times and prints the median edit-to-page time. Figures only.
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

import yaml

from bench.site import ROOT, make_site
from bench.synth import spec_text

WAIT = 1800.0  # the first full build of a big site under a loaded machine can take minutes


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def _wait(url: str, text: str, child: subprocess.Popen, timeout: float) -> float:
    """Seconds until the page at `url` contains `text`."""
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if child.poll() is not None:
            raise SystemExit("the preview stopped")
        if text in _get(url):
            return time.perf_counter() - start
        time.sleep(0.05)
    raise SystemExit(f"{url} never showed {text!r}")


def measure(folder: Path, engine: str, edits: int, index: int) -> list[float]:
    """Edit-to-page seconds of `edits` edits of synthetic endpoint `index` under one engine."""
    stem, _ = spec_text(index)
    spec = folder / "spec" / f"{stem}.yaml"
    data = yaml.safe_load(spec.read_text("utf-8"))
    port = _free_port()
    page = f"widgets-{index // 5}/{stem.replace('_', '-')}/"
    url = f"http://127.0.0.1:{port}/{page}"
    cmd = [sys.executable, "-m", "generator", "serve", "--engine", engine]
    cmd += ["--dev-addr", f"127.0.0.1:{port}", "--templates", str(ROOT / "templates")]
    child = subprocess.Popen(
        cmd, cwd=folder, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=os.environ
    )
    try:
        _wait(url, "</html>", child, WAIT)
        times = []
        for n in range(edits):
            marker = f"Edit{n}x{time.time_ns()}"
            spec.write_text(
                yaml.safe_dump({**data, "description": f"{data['description']} {marker}"})
            )
            times.append(_wait(url, marker, child, 600))
            time.sleep(1.0)  # let the engine settle between edits
        return times
    finally:
        child.send_signal(signal.SIGINT)
        try:
            child.wait(timeout=30)
        except subprocess.TimeoutExpired:
            child.kill()


def measure_engines(size: int, edits: int, engines: list[str]) -> list[tuple[str, list[float]]]:
    """Per engine, the edit-to-page seconds of `edits` edits (each engine its own fresh site)."""
    found = []
    for engine in engines:
        with tempfile.TemporaryDirectory(prefix="preview-bench-") as tmp:
            folder = make_site(Path(tmp), size)
            shutil.copy2(folder / "project.yml", folder / "mkdocs.yml")
            found.append((engine, measure(folder, engine, edits, index=1)))  # a Create page
    return found


def table(size: int, results: list[tuple[str, list[float]]]) -> list[str]:
    """Markdown: the median edit-to-page time per engine, and every edit's."""
    lines = ["| endpoints | engine | edit-to-page (median) | each |", "|--:|:--|--:|:--|"]
    for engine, times in results:
        each = ", ".join(f"{t:.2f}" for t in times)
        lines.append(f"| {size:,} | {engine} | {statistics.median(times):.2f} s | {each} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.site_preview", description=__doc__)
    parser.add_argument("--size", type=int, default=1000, help="endpoints of the synthetic API")
    parser.add_argument("--edits", type=int, default=3, help="edits per engine (median)")
    parser.add_argument("--engines", default="mkdocs,zensical")
    args = parser.parse_args(argv)
    results = measure_engines(args.size, args.edits, args.engines.split(","))
    print("\n".join(table(args.size, results)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
