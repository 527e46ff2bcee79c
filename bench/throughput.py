"""Steady-state throughput: our samples and the anchors' snippets of one request, runs interleaved."""

from __future__ import annotations

import base64
import json
import statistics
import subprocess
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path

from generator.literals.names import camel_case, pascal_case, snake_case
from generator.render import Renderer
from generator.request import Request
from generator.spec import load_specs
from generator.targets import TARGETS_BY_KEY, Target

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec"
ENDPOINT, EXAMPLE = "create_application", "example-1"
TARGETS = ("curl", "python", "csharp")
NPM_DIR = ROOT / ".bench" / "npm"
NPM_PACKAGES = ("httpsnippet@3.0.10", "postman-code-generators@2.1.1", "@scalar/snippetz@0.10.11")
ANCHORS_JS = Path(__file__).resolve().parent / "anchors.mjs"


@dataclass
class Case:
    """One generator rendering one target from one kind of input, with its rate per run."""

    generator: str
    # "request": from its input each time ("unmemoized": without memos of name conversions);
    # "prepared": from its input parsed once
    mode: str
    target: str
    rates: list[float] = field(default_factory=list)

    @property
    def median(self) -> float:
        return statistics.median(self.rates)


def _rate(make: Callable[[], str], seconds: float) -> float:
    """Snippets per second of `make` over one time window."""
    count, start = 0, time.perf_counter()
    while True:
        for _ in range(20):
            if not make():
                raise RuntimeError("empty sample")
        count += 20
        elapsed = time.perf_counter() - start
        if elapsed >= seconds:
            return count / elapsed


def anchor_request(request: Request, base_url: str, user: str, password: str) -> dict:
    """The same request for the anchors: a HAR entry, and a postman-collection Request."""
    url = request.url(base_url)
    token = base64.b64encode(f"{user}:{password}".encode()).decode()
    headers = [("Authorization", f"Basic {token}"), ("Content-Type", "application/json")]
    body = request.body_json()
    har = {
        "method": request.method,
        "url": url,
        "httpVersion": "HTTP/1.1",
        "headers": [{"name": k, "value": v} for k, v in headers],
        "queryString": [],
        "cookies": [],
        "headersSize": -1,
        "bodySize": -1,
        "postData": {"mimeType": "application/json", "text": body},
    }
    # Postman's code generators ignore `auth`; the Postman app turns it into this header first.
    postman = {
        "url": url,
        "method": request.method,
        "header": [{"key": k, "value": v} for k, v in headers],
        "body": {"mode": "raw", "raw": body, "options": {"raw": {"language": "json"}}},
    }
    return {"har": har, "postman": postman}


def install_anchors() -> Path:
    """Install the anchor npm packages into .bench/npm (gitignored) unless they are there."""
    marker = NPM_DIR / ".installed"
    if marker.is_file() and marker.read_text() == "\n".join(NPM_PACKAGES):
        return NPM_DIR
    NPM_DIR.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["npm", "install", "--prefix", str(NPM_DIR), "--no-audit", "--no-fund", "--no-save"]
        + ["--ignore-scripts", "--loglevel=error", *NPM_PACKAGES],
        check=True,
    )
    marker.write_text("\n".join(NPM_PACKAGES))
    return NPM_DIR


class Anchors:
    """The warm Node process that measures the anchors, one run of one case per request."""

    def __init__(self, request: dict, seconds: float, workdir: Path):
        modules = install_anchors()
        request_file = workdir / "request.json"
        request_file.write_text(json.dumps(request))
        self.process = subprocess.Popen(
            ["node", str(ANCHORS_JS), str(modules), str(request_file), str(seconds)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        hello = json.loads(self._line())
        self.versions: dict[str, str] = hello["versions"]
        self.cases = [Case(c["generator"], c["mode"], c["target"]) for c in hello["cases"]]
        self.snippets = [c["snippet"] for c in hello["cases"]]

    def _line(self) -> str:
        assert self.process.stdout is not None
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the anchors' Node process stopped")
        return line

    def run(self, index: int) -> None:
        """Measure one run of one case."""
        assert self.process.stdin is not None
        self.process.stdin.write(f"{index}\n")
        self.process.stdin.flush()
        self.cases[index].rates.append(json.loads(self._line())["rate"])

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=30)


def measure(runs: int, seconds: float, anchors: bool, workdir: Path) -> tuple[list[Case], dict]:
    """Every case's rates; runs of our cases and the anchors' alternate, so load hits both."""
    api, endpoints = load_specs(SPEC)
    endpoint = next(e for e in endpoints if e.id == ENDPOINT)
    example = next(x for x in endpoint.examples if x.id == EXAMPLE)
    renderer = Renderer(api)
    facts = renderer.facts(endpoint, example)
    ours: list[tuple[Case, Callable[[], str]]] = []

    def unmemoized(target: Target) -> str:
        for convert in (snake_case, pascal_case, camel_case):
            convert.cache_clear()
        return renderer.sample(endpoint, example, target)

    for key in TARGETS:
        t = TARGETS_BY_KEY[key]
        ours.append(
            (Case("api-samples", "request", key), partial(renderer.sample, endpoint, example, t))
        )
        ours.append((Case("api-samples", "unmemoized", key), partial(unmemoized, t)))
        ours.append(
            (Case("api-samples", "prepared", key), partial(renderer.render_sample, facts, t))
        )
    for _, make in ours:  # warm up
        for _ in range(200):
            make()
    info: dict = {
        "snippets": {f"api-samples {c.target}": make() for c, make in ours if c.mode == "request"}
    }
    node = None
    if anchors:
        credentials = api.credentials
        request = anchor_request(
            facts.request, api.base_url, credentials.api_token, credentials.api_secret
        )
        node = Anchors(request, seconds, workdir)
        info["versions"] = node.versions
        info["snippets"].update(
            {f"{c.generator} {c.target}": s for c, s in zip(node.cases, node.snippets)}
        )
    try:
        for _ in range(runs):
            for case, make in ours:
                case.rates.append(_rate(make, seconds))
            if node:
                for index in range(len(node.cases)):
                    node.run(index)
    finally:
        if node:
            node.close()
    return [c for c, _ in ours] + (node.cases if node else []), info


def ratio(ours: Case, theirs: Case) -> float:
    """Median over runs of ours/theirs, each run paired with the one measured next to it."""
    return statistics.median(o / t for o, t in zip(ours.rates, theirs.rates))
