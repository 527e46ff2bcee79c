"""Command line: `python -m generator COMMAND` (or `api-samples COMMAND`).

Exit status: 0 done (check: current), 1 check found stale files, 2 a user mistake (bad spec or
option; no traceback), 3 an internal error (a bug: traceback), 130 interrupted.
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
from pathlib import Path
from typing import Any

from generator import preview, site_nav
from generator.errors import SpecError

# Each command imports what only it needs when it runs (the stub's HTTP server, the OpenAPI
# validator, the drift check): a one-spec rebuild of a big API is mostly start-up otherwise.

EXIT_STALE, EXIT_USER, EXIT_INTERNAL, EXIT_INTERRUPTED = 1, 2, 3, 130
DOCS = Path("docs")


def _build(args: argparse.Namespace) -> int:
    if args.base_url and args.out is None:
        raise SpecError(
            f"--base-url {args.base_url} renders samples for another server; give --out DIR "
            f"too, so that {DOCS}/ keeps the published samples"
        )
    out = args.out or DOCS
    if out.exists() and not out.is_dir():
        raise SpecError(f"--out {out}: not a folder")
    result = build(args.spec, out, args.base_url)
    config = site_nav.site_config(out, args.site_config)
    if config and site_nav.write_nav(config, site_nav.site_nav(result.pages, out)):
        if not args.quiet:
            print(f"navigation written into {config}")
    if not args.quiet:
        print(
            f"{len(result.files)} files in {out}: {len(result.written)} written, "
            f"{len(result.removed)} removed, {len(result.files) - len(result.written)} unchanged"
        )
    return 0


def build(spec_dir: Path, out: Path, base_url: str | None = None, **options: Any) -> Any:
    """generator.build.build (imported when a build runs)."""
    from generator.build import build as run

    return run(spec_dir, out, base_url, **options)


def _base_url(text: str) -> str:
    """`--base-url`: a scheme and a host, nothing after it (samples append /v1/...)."""
    if not re.fullmatch(r"https?://[^/\s]+", text):
        raise argparse.ArgumentTypeError(f"{text!r} is not like http://127.0.0.1:8000 (no path)")
    return text


def _check(args: argparse.Namespace) -> int:
    from generator.build.drift import find_drift

    drift = find_drift(args.spec, args.docs)
    config = site_nav.site_config(args.docs, args.site_config)
    nav = site_nav.site_nav(site_nav.spec_pages(args.spec), args.docs) if config else []
    nav_stale = config is not None and not site_nav.nav_current(config, nav)
    if drift.current and not nav_stale:
        if not args.quiet:
            print(f"{args.docs} is current: {drift.checked} generated files match {args.spec}")
        return 0
    print(
        f"{args.docs} is out of date with {args.spec}; run `make generate` (or `python -m generator build`):"
    )
    listed = {"stale": drift.stale, "missing": drift.missing, "extra": drift.extra}
    for label, paths in listed.items():
        for rel in paths:
            print(f"  {label:8}{args.docs / rel}")
    if nav_stale:
        print(f"  {'stale':8}{config} (its nav:)")
    return EXIT_STALE


def _stub(args: argparse.Namespace) -> int:
    from generator.stub import HOST, Stub, log_to_stderr

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


def _program() -> str:
    """How the user called us: `python -m generator` or the `api-samples` script."""
    called = Path(sys.argv[0]).name if sys.argv and sys.argv[0] else ""
    return "python -m generator" if called in ("", "__main__.py", "-c") else called


def _version() -> str:
    from importlib import metadata

    try:
        return metadata.version("api-samples")
    except metadata.PackageNotFoundError:
        return "(not installed)"


class _Version(argparse.Action):
    """`--version`: looks the version up only when asked (importlib.metadata is slow to load)."""

    def __init__(self, option_strings: list[str], dest: str = argparse.SUPPRESS, **kwargs: object):
        super().__init__(option_strings, dest, nargs=0, help="show program's version and exit")

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        print(f"{parser.prog} {_version()}")
        parser.exit()


SITE_CONFIG_HELP = "mkdocs.yml whose nav to write (default: the one beside the docs folder)"


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog=_program(),
        description="Generate API samples, parameter tables and MkDocs pages from spec/*.yaml.",
        epilog="exit status: 0 done (check: current), 1 check found stale files, "
        "2 a mistake in a spec or an option, 3 an internal error, 130 interrupted",
    )
    parser.add_argument("--version", action=_Version)
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    b = commands.add_parser("build", help="render pages and samples into the docs folder")
    b.add_argument("--spec", type=Path, default=Path("spec"), help="folder of spec files (spec)")
    b.add_argument("--out", type=Path, help="output folder (docs; required with --base-url)")
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
    _openapi_commands(commands)
    return parser


class _OpenApi:
    """generator.openapi.commands, imported on first use of one of its functions."""

    def __getattr__(self, name: str) -> Any:
        from generator.openapi import commands

        return getattr(commands, name)


def _openapi_commands(commands: argparse._SubParsersAction) -> None:
    """`openapi`, `overlay` and `import` (generator/openapi/commands.py, imported when one of
    them runs: it brings the OpenAPI validator, which no other command needs)."""
    oa = _OpenApi()
    spec = {"type": Path, "default": Path("spec"), "help": "folder of spec files (spec)"}
    o = commands.add_parser("openapi", help="print the OpenAPI 3.1 document, samples included")
    o.add_argument("--spec", **spec)
    o.add_argument("--out", type=Path, help="write it to this file instead")
    o.set_defaults(run=lambda a: oa.export_command(a.spec, a.out))
    v = commands.add_parser("overlay", help="an OpenAPI Overlay adding our samples to DOC")
    v.add_argument("doc", type=Path, metavar="DOC", help="your OpenAPI 3.0 or 3.1 document")
    v.add_argument("--spec", **spec)
    v.add_argument("--out", type=Path, help="write it to this file instead")
    v.set_defaults(run=lambda a: oa.overlay_command(a.doc, a.spec, a.out))
    i = commands.add_parser("import", help="spec files from an OpenAPI document (--write)")
    i.add_argument("doc", type=Path, metavar="DOC", help="an OpenAPI 3.0 or 3.1 document")
    i.add_argument("--spec", **spec)
    i.add_argument("--mapping", type=Path, help="YAML: per operationId, SDK group and method")
    i.add_argument("--write", action="store_true", help="write new and changed spec files")
    i.set_defaults(run=lambda a: oa.import_command(a.doc, a.spec, a.write, a.mapping))


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit status."""
    args = _parser().parse_args(argv)
    # What is imported lives as long as the process: the collector need not scan it again and
    # again (a tenth of a one-spec rebuild of 1,000 endpoints).
    gc.freeze()
    try:
        return args.run(args)
    except SpecError as exc:
        count = f"{len(exc.problems)} problem" + ("s" if len(exc.problems) != 1 else "")
        outcome = "; nothing was written." if args.command in ("build", "import") else "."
        print(f"error: {count} found{outcome}", file=sys.stderr)
        print(exc, file=sys.stderr)
        return EXIT_USER
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except Exception:  # an internal error: show the traceback
        import traceback  # only then: it is a few ms of every command's start

        traceback.print_exc()
        return EXIT_INTERNAL
