"""Live preview without an engine plugin: `python -m generator serve` (what `make serve` runs).

It builds docs/, starts the engine's own server (`mkdocs serve --dirty` or `zensical serve`) as
a child process, polls spec/ and templates/ and regenerates docs/ on a save; the engine's watcher
then rebuilds the changed pages and reloads the browser. A broken spec leaves the last good pages
in place; its problems appear on top of every page through a script the preview config adds
(preview_config.py), which sets them as text, so spec text stays inert.
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from generator import preview_config, site_nav
from generator.build import Builder
from generator.errors import SpecError
from generator.render import TEMPLATES

ENGINES = ("mkdocs", "zensical")
POLL = 0.25  # seconds between looks at the sources; a stat of 1,000 specs takes a few ms

Stamps = dict[str, tuple[int, int]]


def stamps(*folders: Path) -> Stamps:
    """(mtime, size) of every file under `folders`: what a save changes."""
    found: Stamps = {}
    for folder in folders:
        for root, _, files in os.walk(folder):
            for name in files:
                path = os.path.join(root, name)
                try:
                    st = os.stat(path)
                except FileNotFoundError:
                    continue
                found[path] = (st.st_mtime_ns, st.st_size)
    return found


def engine_command(engine: str, config: Path, dev_addr: str) -> list[str]:
    """The engine's own server on `dev_addr`, reading `config`. MkDocs rebuilds only the pages
    that changed (--dirty); Zensical's server is incremental by itself."""
    if engine == "mkdocs":
        return [
            sys.executable,
            "-m",
            "mkdocs",
            "serve",
            "--dirty",
            "-f",
            str(config),
            "-a",
            dev_addr,
        ]
    return [sys.executable, "-m", "zensical", "serve", "-f", str(config), "-a", dev_addr]


class Preview:
    """Regenerates docs/ from spec/ and templates/ whenever they change; keeps the last good pages."""

    def __init__(self, spec: Path, templates: Path, docs: Path, config: Path):
        self.spec, self.templates, self.docs, self.config = spec, templates, docs, config
        self.builder = Builder()  # kept: a rebuild reads and renders only what changed
        self.problems: str | None = None
        self.nav: list[site_nav.NavEntry] = []

    def regenerate(self) -> bool:
        """Build docs/ (and the nav); on a spec error keep the pages and show the problems.
        True if the navigation changed (a page came or went)."""
        try:
            result = self.builder.build(self.spec, self.docs, template_dir=self.templates)
        except SpecError as exc:
            self.problems = str(exc)
            print(f"ERROR   -  spec error; the pages were left as they were:\n{exc}", flush=True)
            preview_config.write_problems(self.docs, self.problems)
            return False
        nav = site_nav.site_nav(result.pages, self.docs)
        nav_changed = site_nav.write_nav(self.config, nav) and bool(self.nav)
        if nav_changed:
            # A page came or went: every page's navigation changes, so every page is rebuilt.
            preview_config.touch_pages(self.docs, nav)
        self.nav = nav
        if result.written or result.removed:
            print(f"regenerated {len(result.written)} file(s), removed {len(result.removed)}")
        if self.problems is not None or not preview_config.problems_path(self.docs).exists():
            preview_config.write_problems(self.docs, None)
        self.problems = None
        return nav_changed


def serve(args: argparse.Namespace) -> int:
    """Run the preview until Ctrl-C; the engine's exit status if it stops by itself."""
    config = args.config.resolve()
    docs = (config.parent / args.docs).resolve() if not args.docs.is_absolute() else args.docs
    templates = args.templates or (Path("templates") if Path("templates").is_dir() else TEMPLATES)
    preview = Preview(args.spec, templates, docs, config)
    preview.regenerate()
    preview_file = preview_config.write_config(config, args.engine)
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops the engine and cleans up too
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    child = subprocess.Popen(engine_command(args.engine, preview_file, args.dev_addr), env=env)
    print(f"{args.engine} serves the preview on http://{args.dev_addr}/ (Ctrl-C stops it)")
    watched = (preview.spec, preview.templates)
    seen = stamps(*watched)
    generation = 0
    try:
        while child.poll() is None:
            time.sleep(POLL)
            now = stamps(*watched)
            if now != seen:
                seen = now
                if preview.regenerate():  # the engines watch the config they were given
                    generation += 1
                    preview_config.write_config(config, args.engine, generation)
        return child.returncode or 0
    except KeyboardInterrupt:
        return 0
    finally:
        if child.poll() is None:
            child.send_signal(signal.SIGINT)
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()
        preview_config.clean(config, docs)


def _interrupt(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def add_parser(commands: argparse._SubParsersAction) -> None:
    """The `serve` command of `python -m generator`."""
    s = commands.add_parser("serve", help="live preview: regenerate on save, engine serves")
    s.add_argument("--engine", choices=ENGINES, default="mkdocs", help="site engine (mkdocs)")
    s.add_argument("-a", "--dev-addr", default="127.0.0.1:8000", help="address (127.0.0.1:8000)")
    s.add_argument("--spec", type=Path, default=Path("spec"), help="folder of spec files (spec)")
    s.add_argument("--templates", type=Path, help="templates folder (templates/ if there is one)")
    s.add_argument("--docs", type=Path, default=Path("docs"), help="generated folder (docs)")
    s.add_argument("-f", "--config", type=Path, default=Path("mkdocs.yml"), help="mkdocs.yml")
    s.set_defaults(run=serve)
