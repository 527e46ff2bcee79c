"""One endpoint's output: its page, every sample, the samples' manifest entries, and its
operation in the OpenAPI document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator import paths
from generator.build.manifest import manifest_item
from generator.model import Endpoint
from generator.openapi.export import operation_text
from generator.openapi.samples import endpoint_samples, has_sample
from generator.render import Renderer
from generator.request import manifest_request
from generator.targets import TARGETS


@dataclass(frozen=True)
class EndpointOutput:
    """One endpoint's page and samples, its samples' manifest entries as JSON text, and its
    operation as the OpenAPI document holds it (export.operation_text)."""

    files: dict[str, str]
    samples: list[str]
    operation: str


def render_endpoint(renderer: Renderer, endpoint: Endpoint) -> EndpointOutput:
    """The page and every sample of one endpoint."""
    files = {endpoint.page: renderer.page(endpoint)}
    samples = []
    for example in endpoint.examples:
        facts = renderer.facts(endpoint, example)
        outputs = renderer.outputs(endpoint, example, published=False)
        for target in TARGETS:
            if not has_sample(endpoint, example, target):
                continue  # its tab shows the note: no sample to write, run or record
            rel = paths.sample_path(endpoint.id, example.id, target.key, target.extension)
            files[rel] = renderer.render_sample(facts, target)
            wire = target.wire_request(endpoint, example, facts.request)
            entry: dict[str, Any] = {
                "endpoint": endpoint.id,
                "example": example.id,
                "target": target.key,
                "file": rel,
                "request": manifest_request(renderer.api, wire),
                "output": outputs[target.key],  # what it prints, against the samples' server
            }
            if also := target.also_sends(endpoint, wire, example):
                entry["also"] = also  # the library's own reads: Ruby's GET after a create
            samples.append(manifest_item(entry))
    operation = operation_text(renderer.api, endpoint, endpoint_samples(endpoint, files))
    return EndpointOutput(files, samples, operation)
