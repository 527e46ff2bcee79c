"""Build: load every spec, render every page and sample in memory, then write what changed."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from generator.model import Api, Endpoint
from generator.output import write_tree
from generator.render import TEMPLATES, Renderer
from generator.request import wire_request
from generator.spec_loader import load_specs
from generator.targets import TARGETS

SNIPPETS = "snippets"
MANIFEST = f"{SNIPPETS}/manifest.json"


@dataclass(frozen=True)
class BuildResult:
    """What a build produced and what it changed on disk."""

    files: dict[str, str]
    written: list[str]
    removed: list[str]


def sample_path(endpoint: Endpoint, example_id: str, target_key: str, extension: str) -> str:
    """Where one sample lives, relative to the docs folder."""
    return f"{SNIPPETS}/{endpoint.id}/{example_id}/{target_key}.{extension}"


def page_path(endpoint: Endpoint) -> str:
    """Where one endpoint's page lives, relative to the docs folder."""
    return f"{endpoint.section}/{endpoint.slug}.md"


def render_all(
    api: Api, endpoints: list[Endpoint], base_url: str | None = None, template_dir: Path = TEMPLATES
) -> dict[str, str]:
    """Every generated file's relative path and content, including the manifest."""
    renderer = Renderer(api, base_url, template_dir)
    files: dict[str, str] = {"index.md": renderer.index(endpoints)}
    samples = []
    for endpoint in endpoints:
        files[page_path(endpoint)] = renderer.page(endpoint, f"{SNIPPETS}/{endpoint.id}")
        for example in endpoint.examples:
            for target in TARGETS:
                rel = sample_path(endpoint, example.id, target.key, target.extension)
                files[rel] = renderer.sample(endpoint, example, target)
                samples.append(
                    {
                        "endpoint": endpoint.id,
                        "example": example.id,
                        "target": target.key,
                        "file": rel,
                        "request": wire_request(api, endpoint, example, target),
                    }
                )
    manifest = {
        "base_url": base_url or api.base_url,
        "generated": sorted(files) + [MANIFEST],
        "samples": samples,
    }
    files[MANIFEST] = json.dumps(manifest, indent=2, ensure_ascii=False) + "\n"
    return files


def previous_files(out: Path) -> set[str]:
    """The files the last build wrote into `out`, read from its manifest."""
    try:
        return set(json.loads((out / MANIFEST).read_text("utf-8"))["generated"])
    except (OSError, ValueError, KeyError, TypeError):
        return set()


def build(
    spec_dir: Path, out: Path, base_url: str | None = None, template_dir: Path = TEMPLATES
) -> BuildResult:
    """Validate every spec first; only then write, so a failed build changes nothing."""
    api, endpoints = load_specs(spec_dir)
    files = render_all(api, endpoints, base_url, template_dir)
    written, removed = write_tree(out, files, previous_files(out))
    return BuildResult(files, written, removed)
