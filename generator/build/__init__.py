"""Build: run the pipeline, then write what changed on disk and remove what is gone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from generator import paths
from generator.build import ledger
from generator.build.cache import BuildCache, Entry, file_stamp
from generator.build.codec import SUMMARY
from generator.build.ledger import Record
from generator.build.manifest import previous_files
from generator.build.output import recover, write_files
from generator.build.pipeline import Generated, Pipeline, Reuse
from generator.build.splice import Spliced
from generator.errors import Problem, SpecError
from generator.libraries.checked import save as save_checked_surfaces
from generator.render import TEMPLATES


@dataclass(frozen=True)
class BuildResult:
    """What a build produced and what it changed on disk."""

    files: Mapping[str, str]
    written: list[str]
    removed: list[str]
    # Every endpoint's page and its resource, in reading order (model.in_reading_order).
    pages: tuple[tuple[str, str], ...] = ()


class Builder:
    """Builds into a folder; one kept across builds (as the MkDocs plugin does) keeps its
    pipeline, so a rebuild reads and renders only what changed."""

    def __init__(self) -> None:
        self.pipeline = Pipeline()

    def build(
        self, spec_dir: Path, out: Path, base_url: str | None = None, template_dir: Path = TEMPLATES
    ) -> BuildResult:
        """Validate every spec first; only then write, so a failed build changes nothing."""
        recover(out)  # a build killed before is finished (or undone) first
        generated, reuse = self.pipeline.run(spec_dir, out, base_url, template_dir)
        cache = reuse.cache
        as_written = cache is not None and cache.left(out / paths.MANIFEST)
        previous = previous_files(out, self.pipeline.memo, as_written)
        _refuse_collisions(out, generated, previous)
        files: dict[str, str | Spliced] = {**generated.rendered, **generated.spliced}
        written, removed = write_files(  # all or nothing: see output.write_files
            out, files, previous - set(generated.files), last=paths.MANIFEST
        )
        if cache is not None:
            cache.wrote(out / paths.MANIFEST)
            kept: dict[str, Entry] = {}
            for fresh in generated.fresh:
                if fresh.key is not None:
                    stamps = {rel: file_stamp(out / rel) for rel in fresh.output.files}
                    output = fresh.output
                    entry = Entry(
                        fresh.key,
                        fresh.endpoint,
                        stamps,
                        output.samples,
                        fresh.rendered,
                        output.operation,
                    )
                    if cache.put(entry):
                        kept[entry.endpoint.id] = entry
            records = _records(generated, reuse, kept)
            ledger.save(cache.folder, out, reuse.generator, records, reuse.ledger, generated.index)
            cache.keep_only({e.id for e in generated.endpoints})
            if reuse.compiled is not None:
                reuse.compiled.save()
            save_checked_surfaces()
        generated.files.written()
        if reuse.ledger is not None:
            reuse.ledger.close()
        return BuildResult(generated.files, written, removed, generated.pages)


def _records(generated: Generated, reuse: Reuse, kept: dict[str, Entry]) -> dict[str, Record]:
    """What the ledger notes of this build: each endpoint with a cache entry and its own pieces
    in the manifest and openapi.json (not one merged with another file's operation)."""
    records = {}
    for endpoint in generated.endpoints:
        spans = ledger.spans_of(generated.where, endpoint.id)
        noted = reuse.noted.get(endpoint.id) if endpoint.id not in kept else None
        if noted is not None and spans is not None:  # as the ledger gave it: only its place moves
            name, last, summary = noted
            records[name] = Record(last.stamp, last.key, last.rendered, summary, last.files, spans)
            continue
        entry = kept.get(endpoint.id) or reuse.entries.get(endpoint.id)
        if entry is None or spans is None:
            continue
        source = Path(endpoint.source)
        summary = {name: getattr(endpoint, name) for name in SUMMARY}
        record = Record(
            reuse.stamps.get(source), entry.key, entry.rendered, summary, entry.files, spans
        )
        records[source.name] = record
    return records


def _refuse_collisions(out: Path, generated: Generated, previous: set[str]) -> None:
    """Never write over a file the build did not make (a hand-written page, say): one that the
    last build's manifest does not list, unless it already holds exactly what would be written."""
    problems = []
    files: dict[str, str | Spliced] = {**generated.rendered, **generated.spliced}
    for rel, content in files.items():
        target = out / rel
        if rel in previous or not target.is_file():
            continue
        if target.read_bytes() == (
            content.encode("utf-8") if isinstance(content, str) else content.data()
        ):
            continue
        source = generated.sources.get(rel)
        message = f"would write {target}, a file the build did not generate; rename the spec or move that file"
        problems.append(Problem(Path(source) if source else target, None, "", message))
    if problems:
        raise SpecError(problems)


def generate(
    spec_dir: Path, base_url: str | None = None, template_dir: Path = TEMPLATES
) -> dict[str, str]:
    """Every file a build into an empty folder writes, rendered in memory (nothing is written)."""
    return Pipeline().run(spec_dir, None, base_url, template_dir)[0].rendered


def build(
    spec_dir: Path, out: Path, base_url: str | None = None, template_dir: Path = TEMPLATES
) -> BuildResult:
    """Validate every spec first; only then write, so a failed build changes nothing."""
    return Builder().build(spec_dir, out, base_url, template_dir)


__all__ = ["BuildCache", "BuildResult", "Builder", "Pipeline", "build", "generate"]
