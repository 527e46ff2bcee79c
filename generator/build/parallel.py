"""Validating and rendering many spec files in worker processes, when that pays."""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import NamedTuple

from generator.build.cache import entry_key
from generator.build.render import EndpointOutput, render_endpoint
from generator.errors import Problem, SpecError
from generator.model import Api, Endpoint
from generator.render import Renderer
from generator.spec import load_endpoint
from generator.spec.source import read_bytes

PARALLEL_MIN = 300  # measured: below ~300 files to validate, two workers gain nothing on 2 cores
PARALLEL_WORKERS = 2
PARALLEL_CHUNKS_PER_WORKER = 4  # each compiles the templates once; a few balance the load


class Loaded(NamedTuple):
    """One spec file validated and rendered: its cache key (None if it changed while read),
    its endpoint and output, or its problems."""

    key: str | None
    endpoint: Endpoint | None
    output: EndpointOutput | None
    problems: list[Problem]


def _load_and_render(
    job: tuple[list[Path], Api, str, str | None, Path],
) -> list[tuple[Path, Loaded]]:
    """In a worker process: validate and render a share of the spec files."""
    files, api, generator, base_url, template_dir = job
    renderer = Renderer(api, base_url, template_dir)
    results = []
    for path in files:
        try:
            data = read_bytes(path)  # bounded: no FIFO, device or link out of the folder
            endpoint = load_endpoint(path, api)
        except SpecError as exc:
            results.append((path, Loaded(None, None, None, exc.problems)))
            continue
        key = entry_key(generator, path.name, data) if read_bytes(path) == data else None
        results.append((path, Loaded(key, endpoint, render_endpoint(renderer, endpoint), [])))
    return results


def workers_available(misses: int) -> int:
    """How many worker processes to use for this many files to validate (0: do it here)."""
    workers = min(PARALLEL_WORKERS, os.cpu_count() or 1)
    if workers < 2 or misses < PARALLEL_MIN:
        return 0  # decided before importing multiprocessing (most rebuilds validate a few files)
    import multiprocessing

    # Workers are forked (no start-up, no re-import of __main__); forking a process that
    # runs other threads (mkdocs serve) is unsafe, so such a process validates by itself.
    forkable = "fork" in multiprocessing.get_all_start_methods()
    if not forkable or threading.active_count() > 1:
        return 0
    return workers


def load_in_parallel(
    files: list[Path], api: Api, generator: str, base_url: str | None, template_dir: Path
) -> dict[Path, Loaded]:
    """Validate and render spec files in forked workers, a few chunks per worker."""
    workers = workers_available(len(files))
    if not workers:
        return {}
    size = -(-len(files) // (workers * PARALLEL_CHUNKS_PER_WORKER))  # ceil
    chunks = [files[i : i + size] for i in range(0, len(files), size)]
    jobs = [(chunk, api, generator, base_url, template_dir) for chunk in chunks]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    done: dict[Path, Loaded] = {}
    with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
        for results in pool.map(_load_and_render, jobs):
            done.update(results)
    return done
