"""The exported OpenAPI document in a real reader: Redoc (from npm) in Debian's chromium shows an
operation with our samples, tab by tab."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from generator.build import generate
from generator.openapi import openapi_document
from generator.openapi.samples import sample_label
from generator.spec import load_specs
from generator.targets import TARGETS_BY_KEY

from conftest import ROOT, SETUP_HINT, SPEC_DIRS

REDOC = (
    ROOT / "tests" / "openapi_reader" / "node_modules" / "redoc" / "bundles" / "redoc.standalone.js"
)
CHROMIUM = Path("/usr/bin/chromium")
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>API reference</title></head>
<body><redoc spec-url="openapi.json"></redoc><script src="redoc.standalone.js"></script></body>
</html>
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def reader(tmp_path_factory: pytest.TempPathFactory):
    """The document and Redoc served on 127.0.0.1: (URL, endpoints, generated files)."""
    assert REDOC.is_file(), f"no Redoc bundle: {SETUP_HINT}"
    assert CHROMIUM.exists(), "no chromium: run scripts/install-system-deps.sh (`make test` does)"
    site = tmp_path_factory.mktemp("reader")
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    files = generate(SPEC_DIRS["applications"])
    (site / "openapi.json").write_text(openapi_document(api, endpoints, files), "utf-8")
    (site / "index.html").write_text(PAGE, "utf-8")
    shutil.copy(REDOC, site / "redoc.standalone.js")
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/", endpoints, files
    finally:
        server.shutdown()
        server.server_close()


def test_redoc_shows_an_operations_samples_in_every_tab(reader):
    url, endpoints, files = reader
    endpoint = next(e for e in endpoints if e.id == "create_application")
    example = endpoint.examples[0]
    problems: list[str] = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=["--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        page.set_default_timeout(20_000)
        page.on("pageerror", lambda e: problems.append(f"page error: {e}"))

        def outside(route):  # nothing leaves the machine; only the reader's logo may try
            if route.request.resource_type != "image":
                problems.append(f"request to another host: {route.request.url}")
            route.abort()

        page.route(lambda u: urlsplit(u).hostname != "127.0.0.1", outside)
        page.goto(url + f"#operation/{endpoint.id}")
        section = page.locator(f'[id="operation/{endpoint.id}"]')
        section.wait_for()
        for key in ("node-promise", "ruby", "python", "curl"):
            label = sample_label(TARGETS_BY_KEY[key]) + f" — {example.title}"
            section.get_by_role("tab", name=label, exact=True).click()
            source = files[
                f"snippets/{endpoint.id}/{example.id}/{key}.{TARGETS_BY_KEY[key].extension}"
            ]
            longest = max(source.splitlines(), key=len).strip()
            panel = section.get_by_role("tabpanel").filter(has_text=longest)
            panel.first.wait_for()
            assert longest in panel.first.inner_text()
        browser.close()
    assert problems == []
