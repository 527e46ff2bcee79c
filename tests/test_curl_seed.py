"""The generated curl for example 1 runs and sends exactly the seed page's JSON body, with Basic auth."""

from __future__ import annotations

import base64
import json
import re
import subprocess

from generator.build import build
from generator.stub import Stub

from conftest import ROOT, SPEC_DIRS

SEED = ROOT / "tests" / "fixtures" / "seed_create_application.txt"


def _seed_body() -> dict:
    """The JSON body of the seed page's curl sample (whose own command does not run)."""
    text = SEED.read_text("utf-8")
    match = re.search(r"-d \\\n'\n(\{.*?\})'", text, re.S)
    assert match, "seed curl body not found"
    return json.loads(match.group(1))


def test_generated_curl_sends_the_seed_body(tmp_path):
    with Stub(SPEC_DIRS["applications"]) as stub:
        build(SPEC_DIRS["applications"], tmp_path, base_url=stub.url)
        script = tmp_path / "snippets" / "create_application" / "example-1" / "curl.sh"
        run = subprocess.run(["bash", str(script)], capture_output=True, text=True, timeout=30)
        assert run.returncode == 0, run.stderr
        assert "201" in run.stdout.splitlines()[0]
        (request,) = stub.requests
    assert request.method == "POST"
    assert request.path == "/v1/users/YOUR_USER_ID/applications"
    assert request.header("Content-Type") == "application/json"
    assert (
        request.header("Authorization")
        == "Basic " + base64.b64encode(b"YOUR_API_TOKEN:YOUR_API_SECRET").decode()
    )
    assert json.loads(request.body) == _seed_body()
    assert list(json.loads(request.body)) == list(_seed_body()), "key order differs from the seed"
