"""Command line: `python -m generator build`; user mistakes exit 2 without a traceback."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from generator.build import build
from generator.errors import SpecError


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m generator",
        description="Generate API samples, parameter tables and MkDocs pages from spec/*.yaml.",
    )
    commands = parser.add_subparsers(dest="command", required=True)
    b = commands.add_parser("build", help="render pages and samples into the docs folder")
    b.add_argument("--spec", type=Path, default=Path("spec"), help="folder of spec files (spec)")
    b.add_argument("--out", type=Path, default=Path("docs"), help="output folder (docs)")
    b.add_argument(
        "--base-url",
        help="server address the samples call instead of the API's real one (for local runs)",
    )
    b.add_argument("-q", "--quiet", action="store_true", help="print nothing on success")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run one command; return the process exit status."""
    args = _parser().parse_args(argv)
    try:
        if args.command == "build":
            result = build(args.spec, args.out, args.base_url)
            if not args.quiet:
                print(
                    f"{len(result.files)} files in {args.out}: "
                    f"{len(result.written)} written, {len(result.removed)} removed, "
                    f"{len(result.files) - len(result.written)} unchanged"
                )
    except SpecError as exc:
        print(f"error: {len(exc.problems)} problem(s) found; nothing was written.", file=sys.stderr)
        print(exc, file=sys.stderr)
        return 2
    return 0
