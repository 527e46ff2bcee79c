"""Imported specs as YAML files: what differs from the spec folder, and writing on request."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import yaml

from generator.build.output import write_files


class _Dumper(yaml.SafeDumper):
    """Block style, no aliases (the spec reader refuses them), long text folded at 100."""

    def ignore_aliases(self, data: Any) -> bool:
        """Never: every repeated value is written out."""
        return True


def _text(dumper: yaml.SafeDumper, value: str) -> yaml.Node:
    style = "|" if "\n" in value else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _text)
# Mappings and lists read by the spec reader (which records lines) are written as plain ones.
_Dumper.add_multi_representer(dict, yaml.SafeDumper.represent_dict)
_Dumper.add_multi_representer(list, yaml.SafeDumper.represent_list)


def spec_text(name: str, spec: dict[str, Any], notes: list[str]) -> str:
    """One spec file: a header saying where it came from and what could not be imported."""
    head = ["# Imported from OpenAPI by `python -m generator import`; edit freely (re-import"]
    head.append("# reports differences and writes only with --write).")
    if notes:
        head.append("# Not imported, or filled in (check these):")
        head += [f"#   - {note}" for note in notes]
    body = yaml.dump(spec, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=100)
    return "\n".join(head) + "\n" + body


class Difference(NamedTuple):
    """How the imported files compare with a spec folder."""

    new: list[str]
    changed: dict[str, list[str]]  # file -> the top-level fields that differ
    same: list[str]
    only_in_folder: list[str]


def compare(folder: Path, files: dict[str, str]) -> Difference:
    """Compare by content (YAML data, so comments and layout are not differences)."""
    new, changed, same = [], {}, []
    for rel, text in sorted(files.items()):
        path = folder / rel
        if not path.is_file():
            new.append(rel)
            continue
        try:
            old = yaml.safe_load(path.read_text("utf-8")) or {}
        except (yaml.YAMLError, UnicodeDecodeError):
            old = None
        ours = yaml.safe_load(text)
        if not isinstance(old, dict):
            changed[rel] = ["(the file is not a YAML mapping)"]
        elif old == ours:
            same.append(rel)
        else:
            keys = list(dict.fromkeys([*ours, *old]))
            changed[rel] = [k for k in keys if old.get(k) != ours.get(k)]
    existing = sorted(p.name for p in folder.glob("*.yaml")) if folder.is_dir() else []
    return Difference(new, changed, same, [n for n in existing if n not in files])


def write(folder: Path, files: dict[str, str], difference: Difference) -> list[str]:
    """Write the new and changed files (never deletes one); returns what was written."""
    chosen = {rel: files[rel] for rel in [*difference.new, *difference.changed]}
    return write_files(folder, chosen)[0] if chosen else []


def report(folder: Path, difference: Difference) -> list[str]:
    """The comparison as lines for the terminal (like `check`)."""
    lines = [f"  new     {folder / rel}" for rel in difference.new]
    for rel, keys in difference.changed.items():
        lines.append(f"  differs {folder / rel}: {', '.join(map(str, keys))}")
    lines += [
        f"  kept    {folder / rel} (not in the document)" for rel in difference.only_in_folder
    ]
    return lines
