"""The `openapi`, `overlay` and `import` commands (argparse wiring is in generator/cli.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from generator.build.output import write_if_changed
from generator.build.pipeline import Pipeline
from generator.errors import Problem, SpecError
from generator.openapi.export import openapi_document
from generator.openapi.importer import import_document
from generator.openapi.mapping import SdkMapping
from generator.openapi.overlay import overlay_dict
from generator.openapi.source import read_document
from generator.openapi.spec_files import compare, report, spec_text, write


def _emit(text: str, out: Path | None) -> None:
    if out is None:
        sys.stdout.write(text)
        return
    if out.is_dir():
        raise SpecError([Problem(out, None, "", "--out is a folder; give a file name")])
    write_if_changed(out, text)
    print(f"wrote {out}", file=sys.stderr)


def export_command(spec: Path, out: Path | None) -> int:
    """Print (or write) the OpenAPI 3.1 document of a spec folder."""
    made = Pipeline().run(spec, None)[0]
    _emit(openapi_document(made.api, made.endpoints, made.rendered), out)
    return 0


def overlay_command(doc: Path, spec: Path, out: Path | None) -> int:
    """Print (or write) an Overlay adding the samples to `doc`'s operations; list mismatches."""
    target = read_document(doc)
    made = Pipeline().run(spec, None)[0]
    overlay = overlay_dict(target, made.api, made.endpoints, made.rendered)
    _emit(json.dumps(overlay.document, indent=2, ensure_ascii=False) + "\n", out)
    for operation in overlay.unmatched_operations:
        print(f"{doc}: {operation}: no endpoint of {spec}/ matches; no samples", file=sys.stderr)
    for endpoint in overlay.unmatched_endpoints:
        print(f"{spec}/{endpoint}.yaml: no operation of {doc} matches", file=sys.stderr)
    return 0


def import_command(doc: Path, spec: Path, write_files: bool, mapping: Path | None) -> int:
    """Compare the specs `doc` makes with `spec`/; write new and changed ones with --write.
    Exit 0 when nothing differs or after writing, 1 when something differs."""
    imported = import_document(read_document(doc), SdkMapping(mapping), doc)
    files = {
        f"{name}.yaml": spec_text(name, data, imported.notes.get(name, []))
        for name, data in imported.files.items()
    }
    difference = compare(spec, files)
    for name, notes in imported.notes.items():
        for note in notes:
            print(f"{spec / (name + '.yaml')}: {note}", file=sys.stderr)
    lines = report(spec, difference)
    if write_files:
        written = write(spec, files, difference)
        print(f"{len(written)} spec files written in {spec}/, {len(difference.same)} unchanged")
        for line in lines:
            print(line)
        return 0
    if not difference.new and not difference.changed:
        print(f"{spec}/ is current with {doc}: {len(difference.same)} files match")
        return 0
    print(f"{spec}/ differs from what {doc} imports as; nothing written (--write writes):")
    for line in lines:
        print(line)
    return 1
