"""The one pipeline: specs -> model -> rendered files, which `build` writes and `check` compares.

A spec file whose bytes (and everything else its model depends on) are as in the last build
into the same folder is not validated again: the cache hands back its model, and, while the
templates and base URL are the same too, its files (see cache.py). Every other spec is
validated; nothing is produced unless all specs are valid.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment

from generator import paths
from generator.build import ledger as ledgers
from generator.build.cache import (
    COMPILED_DIR,
    SURFACES_DIR,
    BuildCache,
    CachedEndpoint,
    FileMemo,
    generator_key,
    render_key,
    renderer_key,
    tree_digest,
)
from generator.build.compiled import CompiledTemplates
from generator.build.ledger import SPLICED, Piece
from generator.build.manifest import manifest_parts
from generator.build.parallel import load_in_parallel, workers_available
from generator.build.render import EndpointOutput, render_endpoint
from generator.build.reuse import Reuse
from generator.build.splice import Spliced
from generator.errors import SpecError
from generator.libraries.checked import keep_in as keep_checked_surfaces_in
from generator.model import Api, Endpoint
from generator.openapi.export import document_parts
from generator.paths import MANIFEST, OPENAPI
from generator.render import TEMPLATES, Renderer, environment
from generator.spec import API_FILE, load_api, load_specs
from generator.spec.folder import SpecFiles, spec_files


class GeneratedFiles(Mapping[str, str]):
    """Every generated file and its content: rendered by this run, or read from the folder."""

    def __init__(
        self, out: Path, paths: list[str], rendered: dict[str, str], spliced: dict[str, Spliced]
    ):
        self._out, self._paths, self._rendered = out, sorted(paths), rendered
        self._spliced, self._known = spliced, set(paths)

    def __getitem__(self, rel: str) -> str:
        if rel in self._rendered:
            return self._rendered[rel]
        if rel in self._spliced:
            return self._spliced[rel].data().decode("utf-8")
        if rel in self._known:
            return (self._out / rel).read_text("utf-8")
        raise KeyError(rel)

    def written(self) -> None:
        """The spliced files are on disk now: read them from there (the last ones may close)."""
        self._spliced = {}

    def __iter__(self) -> Iterator[str]:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


@dataclass(frozen=True)
class Fresh:
    """An endpoint rendered by this run, with the validation and render keys of its spec file
    (key None: not to be cached)."""

    key: str | None
    endpoint: Endpoint
    output: EndpointOutput
    rendered: str = ""


@dataclass(frozen=True)
class Generated:
    """What the specs produce: every file (rendered now or reused), and what was rendered now."""

    api: Api
    endpoints: list[Endpoint]
    files: GeneratedFiles
    rendered: dict[str, str]
    fresh: list[Fresh] = field(default_factory=list)
    # With an output folder: the manifest and openapi.json as bytes (unchanged endpoints' pieces
    # copied from the last ones), and where each endpoint's piece lies in them.
    spliced: dict[str, Spliced] = field(default_factory=dict)
    where: dict[str, dict[str, tuple[int, int]]] = field(default_factory=dict)
    index: str = ""  # the landing page's key (ledger.index_key)

    @property
    def sources(self) -> dict[str, str]:
        """The spec file each endpoint's page comes from, by the page's path."""
        return {e.page: e.source for e in self.endpoints}

    @property
    def pages(self) -> tuple[tuple[str, str], ...]:
        """Every endpoint's page and its resource, in reading order (model.in_reading_order)."""
        return tuple((e.page, e.resource) for e in self.endpoints)


def _load_surfaces() -> None:
    """The library surfaces, loaded in this process (a broken one: the specs report it)."""
    from generator.libraries import surfaces  # they import the spec package

    try:
        surfaces()
    except SpecError:
        pass


class Pipeline:
    """Produces the generated files; one kept across runs (as the MkDocs plugin keeps one)
    also keeps the compiled templates and what it read, so a rerun reads only what changed."""

    def __init__(self) -> None:
        self.memo = FileMemo()
        self._environments: dict[tuple[Path, str, Path | None], Environment] = {}

    def _environment(self, template_dir: Path, digest: str, reuse: Reuse) -> Environment:
        """Compiled templates, kept while the folder's files are byte for byte the same (and,
        with an output folder, in its cache for the next process)."""
        cache = reuse.cache
        where = (template_dir, digest, cache.folder if cache else None)
        env = self._environments.get(where)
        if env is None:
            compiled = (
                CompiledTemplates(cache.folder / COMPILED_DIR, reuse.generator) if cache else None
            )
            env = self._environments[where] = environment(template_dir, compiled)
        if isinstance(env.bytecode_cache, CompiledTemplates):
            reuse.compiled = env.bytecode_cache
        return env

    def _reuse(
        self,
        spec_dir: Path,
        out: Path | None,
        base_url: str | None,
        template_dir: Path,
        digest: str,
        specs: SpecFiles,
    ) -> Reuse:
        """The cache of `out` (none without `out`), and files validated by parallel workers."""
        try:
            generator = generator_key(spec_dir / API_FILE)
        except (OSError, SpecError):
            return Reuse(None, "")  # no readable _api.yaml: load_specs reports it
        cache = BuildCache(out, self.memo) if out else None
        if cache:  # the library surfaces, once checked, are read back from the cache
            keep_checked_surfaces_in(cache.folder / SURFACES_DIR)
        reuse = Reuse(cache, generator, renderer_key(digest, base_url))
        if cache and out:
            reuse.ledger = ledgers.load(cache.folder, out, generator)
        misses = reuse.gather(specs[0])
        if workers_available(len(misses)):
            try:
                reuse.api = load_api(spec_dir)
            except SpecError:
                return reuse  # load_specs reports it
            _load_surfaces()  # once here, not in every forked worker (and kept if the build succeeds)
            reuse.loaded = load_in_parallel(misses, reuse.api, generator, base_url, template_dir)
        return reuse

    def run(
        self,
        spec_dir: Path,
        out: Path | None,
        base_url: str | None = None,
        template_dir: Path = TEMPLATES,
    ) -> tuple[Generated, Reuse]:
        """Validate every spec, then render what the cache of `out` cannot give back."""
        digest = tree_digest(template_dir)
        specs = spec_files(spec_dir) if spec_dir.is_dir() else ([], [])
        reuse = self._reuse(spec_dir, out, base_url, template_dir, digest, specs)
        api, endpoints = load_specs(spec_dir, reuse.known(), specs)
        if reuse.loaded and api != reuse.api:  # _api.yaml changed while the workers ran
            reuse.loaded.clear()
            api, endpoints = load_specs(spec_dir, reuse.known(), specs)
        renderer = Renderer(
            api, base_url, template_dir, self._environment(template_dir, digest, reuse)
        )
        rendered: dict[str, str] = {}
        index = ledgers.index_key(reuse.generator + reuse.renderer, endpoints) if out else ""
        if not (out and reuse.ledger and reuse.ledger.index_current(out, index)):
            rendered[paths.INDEX] = renderer.index(endpoints)  # else: on disk as written for it
        listed, fresh = [paths.INDEX], []
        segments: list[tuple[str | None, Piece]] = []  # each endpoint's manifest pieces
        operations: list[Piece] = []
        try:
            for endpoint in endpoints:
                entry = reuse.entries.get(endpoint.id)
                if reuse.reusable(entry, out):
                    assert entry is not None
                    listed.extend(entry.files)
                    spans = reuse.spans.get(endpoint.id)
                    segments.append(
                        (endpoint.id, spans[MANIFEST] if spans else ",\n".join(entry.samples))
                    )
                    operations.append(spans[OPENAPI] if spans else entry.operation)
                    continue
                if isinstance(endpoint, CachedEndpoint):
                    endpoint = endpoint.full()  # validated before: rendered again (templates changed)
                loaded = reuse.loaded.get(Path(endpoint.source))
                output = loaded.output if loaded and loaded.output else None
                output = output or render_endpoint(renderer, endpoint)
                rendered.update(output.files)
                listed.extend(output.files)
                segments.append((endpoint.id, ",\n".join(output.samples)))
                operations.append(output.operation)
                key = entry.key if entry is not None else reuse.key(endpoint)
                fresh.append(
                    Fresh(key, endpoint, output, render_key(key, reuse.renderer) if key else "")
                )
        finally:
            reuse.close()
        generated = sorted([*listed, paths.OPENAPI]) + [paths.MANIFEST]
        pieces = {  # unchanged endpoints' pieces: spans of the last files (nothing re-encoded)
            MANIFEST: manifest_parts(base_url or api.base_url, generated, segments),
            OPENAPI: document_parts(api, endpoints, operations, reuse.text),
        }
        spliced, where = {}, {}
        for rel in SPLICED:
            if out is None:
                rendered[rel] = "".join(reuse.text(piece) for _, piece in pieces[rel])
            else:
                spliced[rel], where[rel] = ledgers.assemble(rel, pieces[rel], reuse.ledger)
        listed += [paths.MANIFEST, paths.OPENAPI]
        files = GeneratedFiles(out or Path("."), listed, rendered, spliced)
        return Generated(api, endpoints, files, rendered, fresh, spliced, where, index), reuse
