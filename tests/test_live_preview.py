"""Live preview: under `python -m generator serve` (what `make serve` runs), with either engine and
no plugin of ours, spec and template edits show in the served page; a broken spec keeps the last
good pages and shows its problems, as text, on top of every page; a new or removed page reaches
every page's navigation. Under Zensical the preview rebuilds only the changed pages, and the site
it serves then is byte for byte what a full build makes."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import sync_playwright

from generator import preview_config
from generator.preview_zensical import ZensicalSite, page_url

from project_copy import copy_project

WAIT = 90.0  # seconds: an upper bound on waiting for the server, not a speed requirement
PAGE = "applications/create-application/"
CHROMIUM = Path("/usr/bin/chromium")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Serve:
    """`python -m generator serve` on 127.0.0.1 in a project folder; its log is kept."""

    def __init__(self, project: Path, engine: str):
        self.project, self.port = project, _free_port()
        self.process = subprocess.Popen(
            [sys.executable, "-m", "generator", "serve", "--engine", engine]
            + ["--dev-addr", f"127.0.0.1:{self.port}"],
            cwd=project,
            env={**os.environ, "PYTHONUNBUFFERED": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.log: list[str] = []
        threading.Thread(target=self._read_log, daemon=True).start()
        self.wait_for(lambda: self.get(PAGE), "the server to serve the page")

    def _read_log(self) -> None:
        for line in self.process.stdout:
            self.log.append(line)

    def wait_for(self, probe: Callable[[], object], what: str):
        """Poll `probe` until it returns something truthy; fail with the server log after WAIT."""
        deadline = time.monotonic() + WAIT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                break
            result = probe()
            if result:
                return result
            time.sleep(0.2)
        pytest.fail(f"gave up waiting for {what}; the preview said:\n{''.join(self.log[-40:])}")

    def get(self, rel: str) -> str:
        """A served file's text, or '' while it is not there."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{rel}", timeout=10) as r:
                return r.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return ""

    def wait_for_page_with(self, text: str) -> str:
        return self.wait_for(lambda: (p := self.get(PAGE)) and text in p and p, repr(text))

    def stop(self) -> None:
        self.process.send_signal(signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return copy_project(tmp_path / "project")


def _edit_description(spec: Path, marker: str) -> None:
    data = yaml.safe_load(spec.read_text("utf-8"))
    data["description"] = f"{data['description']} {marker}"
    spec.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")


def _new_spec(project: Path) -> str:
    """Another endpoint of the Applications resource: Get Application under a new title and path."""
    text = (project / "spec" / "get_application.yaml").read_text("utf-8")
    text = text.replace("title: Get Application\n", "title: Peek Application\n")
    return text.replace("/applications/{applicationId}\n", "/applications/{applicationId}/peek\n")


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_zensical_one_page_rebuild_makes_what_a_full_build_makes(project: Path):
    docs = project / "docs"
    preview_config.write_problems(docs, None)
    site = ZensicalSite(project / "mkdocs.yml", docs)
    try:
        assert site.build_all()
        marker = f"Marker{uuid.uuid4().hex}"
        edited = ["index.md", "spec-format.md", "calls/create-call.md"]
        for rel in edited:
            (docs / rel).write_text((docs / rel).read_text("utf-8") + f"\n{marker} {rel}\n")
        snippet = "snippets/create_application/example-1/curl.sh"
        (docs / snippet).write_text((docs / snippet).read_text("utf-8") + f"# {marker}\n")
        assert site.update([snippet]), "the edits were not seen"
        one_page = _tree(site.served)
        for rel in edited:
            assert f"{marker} {rel}" in one_page[page_url(rel) + "index.html"].decode()
        create = one_page["applications/create-application/index.html"].decode()
        assert f"# {marker}" in create, "a page was not rebuilt when a snippet of it changed"
        assert marker in one_page["search.json"].decode()
        assert site.build_all()
        full = _tree(site.served)
        assert sorted(one_page) == sorted(full)
        differ = [rel for rel in full if one_page[rel] != full[rel]]
        assert not differ, "the one-page rebuild differs from a full build"
    finally:
        site.close()
        preview_config.clean(project / "mkdocs.yml", docs)


def _error_box(url: str) -> tuple[str, bool, bool]:
    """In chromium, on a phone-wide page: the text of the problems box, whether spec text became
    HTML, and whether every line shows whole (wrapped, not cut off or scrolled)."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox"])
        try:
            page = browser.new_page(viewport={"width": 390, "height": 800})
            page.goto(url)
            box = page.locator("article .api-samples-error")
            box.wait_for(timeout=15_000)
            whole = box.locator("pre").evaluate("e => e.scrollWidth <= e.clientWidth")
            return box.inner_text(), box.locator("b").count() > 0, whole
        finally:
            browser.close()


@pytest.mark.parametrize("engine", ["mkdocs", "zensical"])
def test_spec_and_template_edits_show_under_the_preview(project: Path, engine: str):
    spec = project / "spec" / "create_application.yaml"
    template = project / "templates" / "page.md.j2"
    original = spec.read_text("utf-8")
    spec_marker, template_marker, fixed_marker = (f"Marker{uuid.uuid4().hex}" for _ in range(3))
    server = Serve(project, engine)
    try:
        assert "Supported Parameters" in server.get(PAGE)
        assert spec_marker not in server.get(PAGE)

        _edit_description(spec, spec_marker)
        server.wait_for_page_with(spec_marker)
        generated = project / "docs" / "applications" / "create-application.md"
        assert spec_marker in generated.read_text("utf-8"), "the committed page was not regenerated"

        template.write_text(template.read_text("utf-8") + f"\n{template_marker}\n", "utf-8")
        server.wait_for_page_with(template_marker)

        # A broken spec whose message quotes spec text that looks like HTML.
        spec.write_text(
            original.replace("resource: Applications", 'resource: <b id="injected">x</b>'), "utf-8"
        )
        server.wait_for(lambda: any("spec error" in line for line in server.log), "a spec error")
        assert spec_marker in generated.read_text("utf-8"), "a broken spec changed the pages"
        assert spec_marker in server.get(PAGE) and template_marker in server.get(PAGE)
        server.wait_for(lambda: "injected" in server.get("preview-problems.js"), "the problems")
        text, injected, whole = _error_box(f"http://127.0.0.1:{server.port}/{PAGE}")
        assert "spec/create_application.yaml:" in text and "<b id=" in text
        assert not injected, "spec text in the problems box was read as HTML"
        assert whole, "a problem's line is cut off in the box"

        spec.write_text(original, "utf-8")
        _edit_description(spec, fixed_marker)
        server.wait_for_page_with(fixed_marker)
        server.wait_for(lambda: "null" in server.get("preview-problems.js"), "the problems gone")

        # A new endpoint reaches the navigation of every other page.
        assert "Peek Application" not in server.get(PAGE)
        (project / "spec" / "peek_application.yaml").write_text(_new_spec(project), "utf-8")
        server.wait_for(lambda: "Peek Application" in server.get(PAGE), "the new page in nav")
        assert "Peek Application" in server.get("applications/peek-application/")
        # A removed endpoint leaves the navigation of every other page, not only its own.
        assert "Delete Application" in server.get(PAGE)
        (project / "spec" / "delete_application.yaml").unlink()
        server.wait_for(lambda: "Delete Application" not in server.get(PAGE), "the nav updated")
    finally:
        server.stop()
    for left in ("mkdocs.preview.yml", "docs/preview-problems.js", ".preview-site"):
        assert not (project / left).exists(), f"the preview left {left} behind"
