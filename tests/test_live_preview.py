"""Live preview: under a running `mkdocs serve`, spec and template edits show in the served page."""

from __future__ import annotations

import os
import signal
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

from project_copy import copy_project

WAIT = 90.0  # seconds: an upper bound on waiting for the server, not a speed requirement
PAGE = "applications/create-application/"


def _listening_port(pid: int) -> int | None:
    """The TCP port process `pid` listens on (Linux /proc), once it has bound one."""
    sockets = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            sockets.add(os.readlink(fd))
        except OSError:
            continue
    for line in Path(f"/proc/{pid}/net/tcp").read_text().splitlines()[1:]:
        fields = line.split()
        if fields[3] == "0A" and f"socket:[{fields[9]}]" in sockets:  # 0A: LISTEN
            return int(fields[1].rsplit(":", 1)[1], 16)
    return None


class Serve:
    """`mkdocs serve` on 127.0.0.1 and an ephemeral port, in a project folder; its log is kept."""

    def __init__(self, project: Path):
        env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", "127.0.0.1:0"],
            cwd=project,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        self.log: list[str] = []
        threading.Thread(target=self._read_log, daemon=True).start()
        self.port = self.wait_for(lambda: _listening_port(self.process.pid), "the server to listen")

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
        pytest.fail(f"gave up waiting for {what}; mkdocs serve said:\n{''.join(self.log[-40:])}")

    def page(self) -> str:
        """The served page's HTML, or '' while it is not there."""
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/{PAGE}", timeout=10) as r:
                return r.read().decode("utf-8")
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            return ""

    def wait_for_page_with(self, text: str) -> None:
        self.wait_for(lambda: text in self.page(), f"{text!r} on the served page")

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


def test_spec_and_template_edits_show_under_mkdocs_serve(project: Path):
    spec = project / "spec" / "create_application.yaml"
    template = project / "templates" / "page.md.j2"
    original = spec.read_text("utf-8")
    spec_marker, template_marker, fixed_marker = (f"Marker{uuid.uuid4().hex}" for _ in range(3))
    server = Serve(project)
    try:
        server.wait_for_page_with("Supported Parameters")
        assert spec_marker not in server.page()

        _edit_description(spec, spec_marker)
        server.wait_for_page_with(spec_marker)
        generated = project / "docs" / "applications" / "create-application.md"
        assert spec_marker in generated.read_text("utf-8"), "the committed page was not regenerated"

        template.write_text(template.read_text("utf-8") + f"\n{template_marker}\n", "utf-8")
        server.wait_for_page_with(template_marker)

        spec.write_text("title: [unclosed\n", "utf-8")
        server.wait_for(lambda: any("spec error" in line for line in server.log), "a spec error")
        assert spec_marker in generated.read_text("utf-8"), "a broken spec changed the pages"
        # The last good page is still served, promptly, with the error on top of it.
        broken = server.wait_for(
            lambda: (p := server.page()) and "api-samples-error" in p and p, "the error banner"
        )
        assert spec_marker in broken and template_marker in broken
        assert "spec/create_application.yaml:2: YAML syntax" in broken
        spec.write_text(original, "utf-8")
        _edit_description(spec, fixed_marker)
        server.wait_for_page_with(fixed_marker)
    finally:
        server.stop()
