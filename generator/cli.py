"""Command line: `python -m generator COMMAND`; user mistakes exit 2 without a traceback, bugs exit 1."""

from __future__ import annotations

import argparse
import re
import sys
import traceback
from pathlib import Path

from generator.build import build
from generator.drift import find_drift
from generator.errors import SpecError
from generator import preview, site_nav
from generator.stub import HOST, Stub, log_to_stderr


def _build(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.out.is_dir():
        raise SpecError(f"--out {args.out}: not a folder")
    result = build(args.spec, args.out, args.base_url)
    config = site_nav.site_config(args.out, args.site_config)
    if config and site_nav.write_nav(config, site_nav.site_nav(result.pages, args.out)):
        if not args.quiet:
            print(f"navigation written into {config}")
    if not args.quiet:
        print(
            f"{len(result.files)} files in {args.out}: {len(result.written)} written, "
            f"{len(result.removed)} removed, {len(result.files) - len(result.written)} unchanged"
        )
    return 0


def _base_url(text: str) -> str:
    """`--base-url`: a scheme and a host, nothing after it (samples append /v1/...)."""
    if not re.fullmatch(r"https?://[^/\s]+", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not like http://127.0.0.1:8000 (no path)")
    return text


def _check(args: argparse.Namespace) -> int:
    drift = find_drift(args.spec, args.docs)
    config = site_nav.site_config(args.docs, args.site_config)
    nav = site_nav.site_nav(site_nav.spec_pages(args.spec), args.docs) if config else []
    nav_stale = bool(config) and not site_nav.nav_current(config, nav)
    if drift.current and not nav_stale:
        if not args.quiet:
            print(f"{args.docs} is current: {drift.checked} generated files match {args.spec}")
        return 0
    print(f"{args.docs} is out of date with {args.spec}; run `python -m generator build`:")
    listed = {"stale": drift.stale, "missing": drift.missing, "extra": drift.extra}
    for label, paths in listed.items():
        for rel in paths:
            print(f"  {label:8}{args.docs / rel}")
    if nav_stale:
        print(f"  {'stale':8}{config} (its nav:)")
    return 1


def _stub(args: argparse.Namespace) -> int:
    try:
        stub = Stub(args.spec, args.port, log=log_to_stderr)
    except OSError as exc:
        raise SpecError(f"cannot listen on {HOST}:{args.port}: {exc.strerror or exc}") from None
    seeded = stub.seed_examples()
    print(f"stub for {args.spec}/ listening on {stub.url} (Ctrl-C stops it)", flush=True)
    if seeded:
        print(
            f"items the examples act on: {', '.join(seeded)}",
            flush=True,
        )
    try:
        stub.serve_forever()
    finally:
        stub.close()
    return 0


SITE_CONFIG_HELP = "mkdocs.yml whose nav to write (default: the one beside the docs folder)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate API samples, parameter tables and MkDocs pages from spec/*.yaml.",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = commands.add_parser("build", help="render pages and samples into the docs folder")
    b.add_argument("--spec", type=Path, default=Path("spec"), help="folder of spec files (spec)")
    b.add_argument("--out", type=Path, default=Path("docs"), help="output folder (docs)")
    b.add_argument(
        "--base-url",
        type=_base_url,
        help="server the samples call instead of the real one, e.g. http://127.0.0.1:8000",
    )
    b.add_argument("--site-config", type=Path, help=SITE_CONFIG_HELP)
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    b.set_defaults(run=_build)

    c = commands.add_parser("check", help="exit 1 if docs differ from what the specs produce")
    c.add_argument("--spec", type=Path, default=Path("spec"), help="folder of spec files (spec)")
    c.add_argument("--docs", type=Path, default=Path("docs"), help="generated folder (docs)")
    c.add_argument("--site-config", type=Path, help=SITE_CONFIG_HELP)
    c.add_argument("-q", "--quiet", action="store_true", help="print nothing when current")
    c.set_defaults(run=_check)

    preview.add_parser(commands)

    s = commands.add_parser("stub", help="serve the spec as a local API that enforces it")
    s.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: any free port)")
    s.add_argument("--spec", type=Path, default=Path("spec"), help="folder of spec files (spec)")
    s.set_defaults(run=_stub)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit status."""
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except SpecError as exc:
        count = f"{len(exc.problems)} problem" + ("s" if len(exc.problems) != 1 else "")
        outcome = "; nothing was written." if args.command == "build" else "."
        print(f"error: {count} found{outcome}", file=sys.stderr)
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - an internal error: show the traceback, exit 1
        traceback.print_exc()
        return 1
