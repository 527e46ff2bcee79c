"""Build: load every spec, render what changed in memory, then write what changed on disk.

A spec file whose bytes (and everything else its output depends on) are as in the last build
into the same folder is neither validated nor rendered again: its cached entry says what it
produced (see build_cache.py). Every other spec is validated, and nothing is written unless
all specs are valid.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Mapping

from jinja2 import Environment

from generator.build_cache import (
    BuildCache,
    Entry,
    FileMemo,
    entry_key,
    file_stamp,
    generator_key,
    tree_digest,
)
from generator.model import Api, Endpoint
from generator.output import remove_stale, write_files
from generator.render import TEMPLATES, Renderer, environment
from generator.request import wire_request
from generator.errors import Problem, SpecError
from generator.spec import API_FILE, load_api, load_endpoint, load_specs
from generator.targets import TARGETS

SNIPPETS = "snippets"
PARALLEL_MIN = 300  # measured: below ~300 files to validate, two workers gain nothing on 2 cores
PARALLEL_WORKERS = 2
PARALLEL_CHUNKS_PER_WORKER = 4  # each compiles the templates once; a few balance the load
MANIFEST = f"{SNIPPETS}/manifest.json"


class GeneratedFiles(Mapping[str, str]):
    """Every generated file and its content: rendered by this build, or read from the folder."""

    def __init__(self, out: Path, paths: list[str], rendered: dict[str, str]):
        self._out, self._paths, self._rendered = out, sorted(paths), rendered
        self._known = set(paths)

    def __getitem__(self, rel: str) -> str:
        if rel in self._rendered:
            return self._rendered[rel]
        if rel in self._known:
            return (self._out / rel).read_text("utf-8")
        raise KeyError(rel)

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


@dataclass(frozen=True)
class BuildResult:
    """What a build produced and what it changed on disk."""

    files: Mapping[str, str]
    written: list[str]
    removed: list[str]
    # Every endpoint's page and its resource, in reading order (model.reading_order).
    pages: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class EndpointOutput:
    """One endpoint's page and samples, and its samples' manifest entries as JSON text."""

    files: dict[str, str]
    samples: list[str]


def sample_path(endpoint: Endpoint, example_id: str, target_key: str, extension: str) -> str:
    """Where one sample lives, relative to the docs folder."""
    return f"{SNIPPETS}/{endpoint.id}/{example_id}/{target_key}.{extension}"


def page_path(endpoint: Endpoint) -> str:
    """Where one endpoint's page lives, relative to the docs folder."""
    return f"{endpoint.section}/{endpoint.slug}.md"


def _manifest_item(value: Any) -> str:
    """One item of a list inside the manifest, as json.dumps(indent=2) writes it there."""
    return "    " + json.dumps(value, indent=2, ensure_ascii=False).replace("\n", "\n    ")


def _manifest_list(items: list[str]) -> str:
    return "[\n" + ",\n".join(items) + "\n  ]" if items else "[]"


def manifest_text(base_url: str, generated: list[str], samples: list[str]) -> str:
    """The manifest, exactly as json.dumps(indent=2) writes it, from per-sample pieces of text."""
    return (
        "{\n"
        f'  "base_url": {json.dumps(base_url, ensure_ascii=False)},\n'
        f'  "generated": {_manifest_list([f"    {json.dumps(rel, ensure_ascii=False)}" for rel in generated])},\n'
        f'  "samples": {_manifest_list(samples)}\n'
        "}\n"
    )


def render_endpoint(renderer: Renderer, endpoint: Endpoint) -> EndpointOutput:
    """The page and every sample of one endpoint."""
    api = renderer.api
    files = {page_path(endpoint): renderer.page(endpoint, f"{SNIPPETS}/{endpoint.id}")}
    samples = []
    for example in endpoint.examples:
        facts = renderer.facts(endpoint, example)
        for target in TARGETS:
            rel = sample_path(endpoint, example.id, target.key, target.extension)
            files[rel] = renderer.render_sample(facts, target)
            entry = {
                "endpoint": endpoint.id,
                "example": example.id,
                "target": target.key,
                "file": rel,
                "request": wire_request(api, endpoint, example, target, facts.request),
            }
            samples.append(_manifest_item(entry))
    return EndpointOutput(files, samples)


def render_all(
    api: Api, endpoints: list[Endpoint], base_url: str | None = None, template_dir: Path = TEMPLATES
) -> dict[str, str]:
    """Every generated file's relative path and content, including the manifest."""
    renderer = Renderer(api, base_url, template_dir)
    files: dict[str, str] = {"index.md": renderer.index(endpoints)}
    samples: list[str] = []
    for endpoint in endpoints:
        output = render_endpoint(renderer, endpoint)
        files.update(output.files)
        samples.extend(output.samples)
    files[MANIFEST] = manifest_text(base_url or api.base_url, sorted(files) + [MANIFEST], samples)
    return files


def _generated(raw: bytes) -> set[str]:
    try:
        return set(json.loads(raw)["generated"])
    except (ValueError, KeyError, TypeError):
        return set()


def previous_files(out: Path, memo: FileMemo | None = None) -> set[str]:
    """The files the last build wrote into `out`, read from its manifest."""
    try:
        return (memo or FileMemo()).read(out / MANIFEST, _generated)
    except OSError:
        return set()


def _load_and_render(
    job: tuple[list[Path], Api, str, str | None, Path],
) -> list[tuple[Path, str | None, Endpoint | None, EndpointOutput | None, list[Problem]]]:
    """In a worker process: validate and render a share of the spec files."""
    paths, api, generator, base_url, template_dir = job
    renderer = Renderer(api, base_url, template_dir)
    results = []
    for path in paths:
        data = path.read_bytes()
        try:
            endpoint = load_endpoint(path, api)
        except SpecError as exc:
            results.append((path, None, None, None, exc.problems))
            continue
        key = entry_key(generator, path.name, data) if path.read_bytes() == data else None
        results.append((path, key, endpoint, render_endpoint(renderer, endpoint), []))
    return results


class _CachedLoader:
    """Loads endpoint specs for load_specs, reusing the cache entry of a file seen before;
    many files that need validating are validated (and rendered) in worker processes."""

    def __init__(self, cache: BuildCache | None, generator: str):
        self.cache, self.generator = cache, generator
        self.entries: dict[str, Entry] = {}
        self.keys: dict[str, str] = {}
        self.outputs: dict[str, EndpointOutput] = {}
        self._done: dict[Path, tuple[str | None, Endpoint | None, list[Problem]]] = {}
        self._api: Api | None = None  # the settings the prefetched files were loaded with

    def _entry(self, path: Path, data: bytes) -> tuple[str, Entry | None]:
        key = entry_key(self.generator, path.name, data)
        return key, self.cache.get(path.stem, key) if self.cache else None

    def prefetch(self, spec_dir: Path, base_url: str | None, template_dir: Path) -> None:
        """Validate and render in parallel the spec files that have no cache entry, when they
        are many (below PARALLEL_MIN, starting the workers costs more than it saves)."""
        workers = min(PARALLEL_WORKERS, os.cpu_count() or 1)
        # Workers are forked (no start-up, no re-import of __main__); forking a process that
        # runs other threads (mkdocs serve) is unsafe, so such a process validates by itself.
        forkable = "fork" in multiprocessing.get_all_start_methods()
        if workers < 2 or not forkable or threading.active_count() > 1:
            return
        paths = [p for p in sorted(spec_dir.glob("*.yaml")) if not p.name.startswith("_")]
        if len(paths) < PARALLEL_MIN:
            return
        misses = [p for p in paths if self._entry(p, p.read_bytes())[1] is None]
        if len(misses) < PARALLEL_MIN:
            return
        try:
            api = load_api(spec_dir)
        except SpecError:
            return  # load_specs reports it
        size = -(-len(misses) // (workers * PARALLEL_CHUNKS_PER_WORKER))  # ceil: a few per worker
        chunks = [misses[i : i + size] for i in range(0, len(misses), size)]
        jobs = [(chunk, api, self.generator, base_url, template_dir) for chunk in chunks]
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(workers, mp_context=context) as pool:
            for results in pool.map(_load_and_render, jobs):
                for path, key, endpoint, output, problems in results:
                    self._done[path] = (key, endpoint, problems)
                    if endpoint is not None and output is not None:
                        self.outputs[endpoint.id] = output
        self._api = api

    def __call__(self, path: Path, api: Api) -> Endpoint:
        done = self._done.pop(path, None)
        if done is not None and api == self._api:
            key, endpoint, problems = done
            if endpoint is None:
                raise SpecError(problems)
            if key is not None:
                self.keys[endpoint.id] = key
            return endpoint
        self.outputs.pop(path.stem, None)
        data = path.read_bytes()
        key, entry = self._entry(path, data)
        if entry is not None:
            self.entries[entry.endpoint.id] = entry
            return entry.endpoint
        endpoint = load_endpoint(path, api)
        if path.read_bytes() == data:  # not edited while it was read: the key is its content's
            self.keys[endpoint.id] = key
        return endpoint


class Builder:
    """Builds into a folder; one kept across builds (as the MkDocs plugin does) also keeps the
    compiled templates and what it read from the cache, so a rebuild reads only what changed."""

    def __init__(self) -> None:
        self.memo = FileMemo()
        self._environments: dict[tuple[Path, str], Environment] = {}

    def build(
        self, spec_dir: Path, out: Path, base_url: str | None = None, template_dir: Path = TEMPLATES
    ) -> BuildResult:
        """Validate every spec first; only then write, so a failed build changes nothing."""
        templates = tree_digest(template_dir)
        try:
            generator = generator_key(spec_dir / API_FILE, base_url, templates)
            cache: BuildCache | None = BuildCache(out, self.memo)
        except OSError:
            generator, cache = "", None  # no _api.yaml: load_specs reports it
        loader = _CachedLoader(cache, generator)
        loader.prefetch(spec_dir, base_url, template_dir)
        api, endpoints = load_specs(spec_dir, load=loader)

        # Compiled templates are kept while the folder's files are byte for byte the same.
        env = self._environments.get((template_dir, templates))
        if env is None:
            env = self._environments[(template_dir, templates)] = environment(template_dir)
        renderer = Renderer(api, base_url, template_dir, env)
        rendered = {"index.md": renderer.index(endpoints)}
        paths, samples, fresh = ["index.md"], [], []
        for endpoint in endpoints:
            entry = loader.entries.get(endpoint.id)
            if entry is not None and entry.files_unchanged(out):
                paths.extend(entry.files)
                samples.extend(entry.samples)
                continue
            output = loader.outputs.get(endpoint.id) or render_endpoint(renderer, endpoint)
            rendered.update(output.files)
            paths.extend(output.files)
            samples.extend(output.samples)
            key = entry.key if entry is not None else loader.keys.get(endpoint.id)
            fresh.append((key, endpoint, output))
        generated = sorted(paths) + [MANIFEST]
        paths.append(MANIFEST)
        rendered[MANIFEST] = manifest_text(base_url or api.base_url, generated, samples)

        previous = previous_files(out, self.memo)
        written = write_files(out, rendered)  # all or nothing: see output.write_files
        removed = remove_stale(out, previous - set(paths))
        if cache is not None:
            for key, endpoint, output in fresh:
                if key is not None:
                    stamps = {rel: file_stamp(out / rel) for rel in output.files}
                    cache.put(Entry(key, endpoint, stamps, output.samples))
            cache.keep_only({e.id for e in endpoints})
        pages = tuple((page_path(e), e.resource) for e in endpoints)
        return BuildResult(GeneratedFiles(out, paths, rendered), written, removed, pages)


def build(
    spec_dir: Path, out: Path, base_url: str | None = None, template_dir: Path = TEMPLATES
) -> BuildResult:
    """Validate every spec first; only then write, so a failed build changes nothing."""
    return Builder().build(spec_dir, out, base_url, template_dir)
