"""The generated curl for example 1 runs and sends exactly the seed page's JSON body, with Basic auth."""

from __future__ import annotations

import base64
import json
import re
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from conftest import ROOT, SPEC_DIRS
from generator.build import build

SEED = ROOT / "tests" / "fixtures" / "seed_create_application.txt"


def _seed_body() -> dict:
    """The JSON body of the seed page's curl sample (whose own command does not run)."""
    text = SEED.read_text("utf-8")
    match = re.search(r"-d \\\n'\n(\{.*?\})'", text, re.S)
    assert match, "seed curl body not found"
    return json.loads(match.group(1))


class _Recorder(BaseHTTPRequestHandler):
    received: list[dict] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server naming
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        self.received.append(
            {
                "path": self.path,
                "auth": self.headers.get("Authorization"),
                "body": body,
                "type": self.headers.get("Content-Type"),
            }
        )
        self.send_response(201)
        self.send_header("Location", f"http://{self.headers['Host']}{self.path}/a-1")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


def test_generated_curl_sends_the_seed_body(tmp_path):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        build(SPEC_DIRS["published"], tmp_path, base_url=base)
        script = tmp_path / "snippets" / "create_application" / "example-1" / "curl.sh"
        run = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=30)
        assert run.returncode == 0, run.stderr
        assert "201" in run.stdout.splitlines()[0]
    finally:
        server.shutdown()
    (request,) = _Recorder.received
    assert request["path"] == "/v1/users/YOUR_USER_ID/applications"
    assert request["type"] == "application/json"
    assert (
        request["auth"] == "Basic " + base64.b64encode(b"YOUR_API_TOKEN:YOUR_API_SECRET").decode()
    )
    assert json.loads(request["body"]) == _seed_body()
    assert list(json.loads(request["body"])) == list(
        _seed_body()
    ), "key order differs from the seed"
