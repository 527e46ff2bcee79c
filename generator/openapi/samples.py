"""The `x-codeSamples` of each endpoint: its generated, verified samples, labelled by library."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from generator.model.calls import Example
from generator.model.endpoint import Endpoint
from generator.paths import MANIFEST, sample_path
from generator.targets import TARGETS, TARGETS_BY_KEY, Target


def sample_label(target: Target) -> str:
    """A tab's label naming the client library and its version: `Ruby · ruby-bandwidth 3.0.1`."""
    if target.library is None:
        return target.label
    return f"{target.label} · {target.library.name} {target.library.version}"


def code_samples(files: Mapping[str, str]) -> dict[str, list[dict[str, str]]]:
    """Per endpoint id, its samples as `x-codeSamples` entries (`lang`, `label`, `source`), in
    the manifest's order: example by example, target by target; each keeps its example id."""
    manifest = json.loads(files[MANIFEST])
    by_endpoint: dict[str, list[dict[str, Any]]] = {}
    for entry in manifest["samples"]:
        by_endpoint.setdefault(entry["endpoint"], []).append(entry)
    return {
        endpoint: [_sample(files, entry) for entry in entries]
        for endpoint, entries in by_endpoint.items()
    }


def has_sample(endpoint: Endpoint, example: Example, target: Target) -> bool:
    """Whether the build writes this example's sample for this target (a tab that shows a
    `lacks` note instead has none to write, run or record)."""
    return endpoint.tab_note(example, target.library.name if target.library else None) is None


def endpoint_samples(endpoint: Endpoint, files: Mapping[str, str]) -> list[dict[str, str]]:
    """One endpoint's samples as `code_samples` gives them, from its files alone (no manifest):
    example by example, target by target, as the build renders and lists them."""
    return [
        {
            "lang": target.lexer,
            "label": sample_label(target),
            "source": files[sample_path(endpoint.id, example.id, target.key, target.extension)],
            "example": example.id,
        }
        for example in endpoint.examples
        for target in TARGETS
        if has_sample(endpoint, example, target)
    ]


def with_titles(samples: list[dict[str, str]], endpoint: Endpoint) -> list[dict[str, str]]:
    """The samples with each label naming its example, when the endpoint has several."""
    if len(endpoint.examples) < 2:
        return [{k: v for k, v in s.items() if k != "example"} for s in samples]
    titles = {e.id: e.title for e in endpoint.examples}
    return [
        {
            "lang": s["lang"],
            "label": f"{s['label']} — {titles[s['example']]}",
            "source": s["source"],
        }
        for s in samples
    ]


def _sample(files: Mapping[str, str], entry: dict[str, Any]) -> dict[str, str]:
    target = TARGETS_BY_KEY[entry["target"]]
    return {
        "lang": target.lexer,
        "label": sample_label(target),
        "source": files[entry["file"]],
        "example": entry["example"],
    }
