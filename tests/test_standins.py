"""The C# and Ruby stand-ins against a recording server: every resource method sends exactly the
request the real library's source says (method, path, query, body bytes) and returns what it
returns. Expected values are in tests/standins/cases_*.py, written from the real sources."""

from __future__ import annotations

import base64
import shutil
import subprocess

import pytest
from standins import cases_csharp, cases_ruby
from standins.wire_server import Seen, WireServer

from conftest import ROOT

STANDINS = ROOT / "tests" / "standins"
TIMEOUT = 300
AUTH = "Basic " + base64.b64encode("t-ok:sécret".encode()).decode()

CSHARP_PROGRAM = """using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using Bandwidth.Net;
using Bandwidth.Net.Api;

public static class Program
{
  static readonly HttpClient Marks = new HttpClient();
  static string Base;

  static async Task Step(string name, Func<Task<string>> body)
  {
    (await Marks.GetAsync(Base + "/__mark/" + name)).Dispose();
    string result;
    try { result = await body(); }
    catch (Exception e)
    {
      var inner = e is AggregateException && e.InnerException != null ? e.InnerException : e;
      result = "EXC " + inner.GetType().Name + ": " + inner.Message;
    }
    Console.WriteLine(name + " => " + result);
  }

  public static void Main(string[] args)
  {
    Base = args[0];
    RunAsync().GetAwaiter().GetResult();
  }

  static async Task RunAsync()
  {
    var client = new Client("u-1", "t-ok", "s\\u00e9cret", Base);
STEPS  }
}
"""

RUBY_PROGRAM = """require 'net/http'
require 'stringio'
require 'ruby-bandwidth'
include Bandwidth

BASE = ARGV[0]
client = Client.new('u-1', 't-ok', "s\\u00e9cret", BASE)

def step(name)
  Net::HTTP.get(URI("#{BASE}/__mark/#{name}"))
  result = begin
    yield
  rescue StandardError => e
    "EXC #{e.class}: #{e.message}"
  end
  puts "#{name} => #{result}"
end

STEPS"""


def _csharp_steps() -> str:
    return "".join(
        f'    await Step("{name}", async () => {{ {code} }});\n'
        for name, code, _, _ in cases_csharp.CASES
    )


def _ruby_steps() -> str:
    return "".join(f"step({name!r}) do\n{code}\nend\n" for name, code, _, _ in cases_ruby.CASES)


def _outputs(stdout: str) -> dict[str, str]:
    lines = (line.split(" => ", 1) for line in stdout.splitlines() if " => " in line)
    return {name: value for name, value in lines}


@pytest.fixture(scope="module")
def csharp_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, list[Seen]]]:
    """Compile one program with every C# case (one mcs run) and run it against the server."""
    if not shutil.which("mcs") or not shutil.which("mono"):
        pytest.fail("mcs/mono missing: install the Debian packages mono-mcs and mono-runtime")
    work = tmp_path_factory.mktemp("standins-csharp")
    (work / "Program.cs").write_text(CSHARP_PROGRAM.replace("STEPS", _csharp_steps()), "utf-8")
    sources = sorted(str(p) for p in (STANDINS / "csharp").glob("*.cs"))
    exe = work / "program.exe"
    compiled = subprocess.run(
        [
            "mcs",
            "-nologo",
            f"-out:{exe}",
            "-r:System.Net.Http.dll",
            str(work / "Program.cs"),
            *sources,
        ],
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    assert compiled.returncode == 0, compiled.stdout + compiled.stderr
    with WireServer() as server:
        ran = subprocess.run(
            ["mono", str(exe), server.base], capture_output=True, text=True, timeout=TIMEOUT
        )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return _outputs(ran.stdout), server.steps()


@pytest.fixture(scope="module")
def ruby_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, dict[str, list[Seen]]]:
    """Run every Ruby case in one ruby process against the server."""
    if not shutil.which("ruby"):
        pytest.fail(
            "ruby missing: install the Debian packages ruby, ruby-faraday, ruby-activesupport"
        )
    work = tmp_path_factory.mktemp("standins-ruby")
    program = work / "program.rb"
    program.write_text(RUBY_PROGRAM.replace("STEPS", _ruby_steps()), "utf-8")
    with WireServer() as server:
        ran = subprocess.run(
            ["ruby", "-I", str(STANDINS / "ruby" / "lib"), str(program), server.base],
            capture_output=True,
            text=True,
            timeout=TIMEOUT,
        )
    assert ran.returncode == 0, ran.stdout + ran.stderr
    return _outputs(ran.stdout), server.steps()


def _wire(requests: list[Seen]) -> list[tuple[str, str, str]]:
    return [(r.method, r.target, r.body.decode("utf-8")) for r in requests]


@pytest.mark.parametrize(
    "name,expected_requests,expected_output",
    [(n, r, o) for n, _, r, o in cases_csharp.CASES],
    ids=[c[0] for c in cases_csharp.CASES],
)
def test_csharp_standin_call(csharp_run, name, expected_requests, expected_output):
    outputs, steps = csharp_run
    assert outputs.get(name) == expected_output
    assert _wire(steps.get(name, [])) == expected_requests


@pytest.mark.parametrize(
    "name,expected_requests,expected_output",
    [(n, r, o) for n, _, r, o in cases_ruby.CASES],
    ids=[c[0] for c in cases_ruby.CASES],
)
def test_ruby_standin_call(ruby_run, name, expected_requests, expected_output):
    outputs, steps = ruby_run
    assert outputs.get(name) == expected_output
    assert _wire(steps.get(name, [])) == expected_requests


def test_csharp_headers(csharp_run):
    """JSON requests carry Accept and the charset Content-Type; next pages and media do not."""
    _, steps = csharp_run
    create = steps["call_create"][0].headers
    assert create["Authorization"] == AUTH
    assert create["Accept"] == "application/json"
    assert create["Content-Type"] == "application/json; charset=utf-8"
    assert create["User-Agent"] == "csharp-bandwidth/v4.1"
    first, second = steps["call_list_pages"]
    assert first.headers["Accept"] == "application/json" and "Accept" not in second.headers
    upload = steps["media_upload"][0].headers
    assert upload["Content-Type"] == "text/plain" and "Accept" not in upload


def test_ruby_headers(ruby_run):
    """Every request has Basic auth, Accept and the gem's User-Agent; bodies are application/json."""
    _, steps = ruby_run
    create = steps["call_create"][0].headers
    assert create["Authorization"] == AUTH
    assert create["Accept"] == "application/json"
    assert create["Content-Type"] == "application/json"
    assert create["User-Agent"] == "ruby-bandwidth/v3.0.1"
    assert "Content-Type" not in steps["call_create"][1].headers  # the GET after it
