"""Live preview without an engine plugin: `python -m generator serve` (what `make serve` runs).

It builds docs/, polls spec/ and templates/ and regenerates docs/ on a save. Under MkDocs it runs
`mkdocs serve --dirty` as a child process, whose watcher rebuilds the changed pages and reloads
the browser. Under Zensical (whose server rewrites every page on any change) it builds the site
itself, rebuilding only the changed pages (preview_zensical.py), and serves it on its own
(preview_server.py). A broken spec leaves the last good pages in place; its problems appear on
top of every page through a script the preview config adds (preview_config.py), which sets them
as text, so spec text stays inert.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys
import time
from pathlib import Path

from generator import preview_config, site_nav
from generator.build import Builder
from generator.errors import SpecError
from generator.render import TEMPLATES

ENGINES = ("mkdocs", "zensical")
POLL = 0.25  # seconds between looks at the sources; a stat of 1,000 specs takes a few ms
DOCS_EVERY = 4  # under Zensical, docs/ is also looked at every 4th poll (or after a regenerate)

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


def engine_command(config: Path, dev_addr: str) -> list[str]:
    """MkDocs' own server on `dev_addr`, reading `config`, rebuilding only what changed."""
    return [sys.executable, "-m", "mkdocs", "serve", "--dirty", "-f", str(config), "-a", dev_addr]


class Preview:
    """Regenerates docs/ from spec/ and templates/ whenever they change; keeps the last good pages."""

    def __init__(self, spec: Path, templates: Path, docs: Path, config: Path, touch: bool = True):
        self.spec, self.templates, self.docs, self.config = spec, templates, docs, config
        self.builder = Builder()  # kept: a rebuild reads and renders only what changed
        self.problems: str | None = None
        self.nav: list[site_nav.NavEntry] = []
        self.touch = touch  # mark every page changed when the nav does (for mkdocs --dirty)
        self.written: list[str] = []  # what the last build wrote or removed, relative to docs

    def regenerate(self) -> bool:
        """Build docs/ (and the nav); on a spec error keep the pages and show the problems.
        True if the navigation changed (a page came or went)."""
        self.written = []
        try:
            result = self.builder.build(self.spec, self.docs, template_dir=self.templates)
        except SpecError as exc:
            self.problems = str(exc)
            print(f"ERROR   -  spec error; the pages were left as they were:\n{exc}", flush=True)
            preview_config.write_problems(self.docs, self.problems)
            return False
        nav = site_nav.site_nav(result.pages, self.docs)
        nav_changed = site_nav.write_nav(self.config, nav) and bool(self.nav)
        self.written = [*result.written, *result.removed]
        if nav_changed and self.touch:
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
    """Run the preview until Ctrl-C; MkDocs' exit status if it stops by itself."""
    config = args.config.resolve()
    docs = (config.parent / args.docs).resolve() if not args.docs.is_absolute() else args.docs
    templates = args.templates or (Path("templates") if Path("templates").is_dir() else TEMPLATES)
    preview = Preview(args.spec, templates, docs, config, touch=args.engine == "mkdocs")
    seen = stamps(preview.spec, preview.templates)  # before: a save while it builds is seen
    preview.regenerate()
    signal.signal(signal.SIGTERM, _interrupt)  # `kill` stops the engine and cleans up too
    try:
        if args.engine == "mkdocs":
            return _serve_mkdocs(preview, args.dev_addr, seen)
        return _serve_zensical(preview, args.dev_addr, seen)
    except KeyboardInterrupt:
        return 0
    finally:
        preview_config.clean(config, docs)


def _serve_mkdocs(preview: Preview, dev_addr: str, seen: Stamps) -> int:
    """`mkdocs serve --dirty` serves and reloads; the nav's change is a new preview config."""
    import subprocess  # here: every command imports this module, a rebuild needs no child

    preview_file = preview_config.write_config(preview.config, "mkdocs")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    child = subprocess.Popen(engine_command(preview_file, dev_addr), env=env)
    print(f"mkdocs serves the preview on http://{dev_addr}/ (Ctrl-C stops it)")
    generation = 0
    try:
        while child.poll() is None:
            time.sleep(POLL)
            now = stamps(preview.spec, preview.templates)
            if now != seen:
                seen = now
                if preview.regenerate():  # the engine watches the config it was given
                    generation += 1
                    preview_config.write_config(preview.config, "mkdocs", generation)
        return child.returncode or 0
    finally:
        if child.poll() is None:
            child.send_signal(signal.SIGINT)
            try:
                child.wait(timeout=10)
            except subprocess.TimeoutExpired:
                child.kill()
                child.wait()


def _serve_zensical(preview: Preview, dev_addr: str, seen: Stamps) -> int:
    """Our server serves what `zensical build` made; a change rebuilds only its pages."""
    from generator import preview_server, preview_zensical  # only this engine's preview needs them

    site = preview_zensical.ZensicalSite(preview.config, preview.docs)
    generation = preview_server.Generation()
    server = None
    try:
        server = preview_server.start(site.served, dev_addr, generation)  # busy port: fail now
        site.build_all()
        print(f"serving the Zensical preview on http://{dev_addr}/ (Ctrl-C stops it)")
        tick = 0
        while True:
            time.sleep(POLL)
            tick += 1
            now = stamps(preview.spec, preview.templates)
            if now != seen:
                seen = now
                preview.regenerate()
            elif tick % DOCS_EVERY:
                continue  # a look at docs/ (1,000 pages: ~40 ms) each second for hand edits
            changed = site.update(preview.written)
            preview.written = []
            if changed:
                generation.bump()
                print(f"rebuilt for {len(changed)} changed file(s)", flush=True)
    finally:
        if server is not None:
            server.shutdown()
        site.close()


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
