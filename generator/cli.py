"""Command line: `python -m generator COMMAND`; user mistakes exit 2 without a traceback, bugs exit 1."""

from __future__ import annotations

import argparse
import re
import sys
import traceback
from pathlib import Path

from generator.build import build
from generator.errors import SpecError


def _build(args: argparse.Namespace) -> int:
    if args.out.exists() and not args.out.is_dir():
        raise SpecError(f"--out {args.out}: not a folder")
    result = build(args.spec, args.out, args.base_url)
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
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    b.set_defaults(run=_build)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit status."""
    args = _parser().parse_args(argv)
    try:
        return args.run(args)
    except SpecError as exc:
        count = f"{len(exc.problems)} problem" + ("s" if len(exc.problems) != 1 else "")
        print(f"error: {count} found; nothing was written.", file=sys.stderr)
        print(exc, file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except Exception:  # noqa: BLE001 - an internal error: show the traceback, exit 1
        traceback.print_exc()
        return 1
