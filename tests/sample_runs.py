"""Running built samples against the stub: one process per language batch, requests told apart by marks."""

from __future__ import annotations

import base64
import json
import os
import shlex
import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.build import build
from generator.model import Endpoint, Example, Parameter
from generator.paths import MANIFEST
from generator.request import query_value
from generator.spec.values import typed_query_value
from generator.stub import Recorded, Stub

from conftest import NODE_MODULES, ROOT, SAMPLES_PYTHON, SETUP_HINT

TESTS = ROOT / "tests"
DRIVERS = TESTS / "drivers"
STANDINS = TESTS / "standins"
BATCH_TIMEOUT = 300


@dataclass(frozen=True)
class Outcome:
    """What a driver reports for one sample: its printed output and, when it failed, why."""

    output: str
    error: str


@dataclass
class SampleRun:
    """One sample of a batch: its manifest entry, its file, what it printed, what the stub received."""

    entry: dict[str, Any]
    path: Path
    outcome: Outcome | None
    requests: list[Recorded] = field(default_factory=list)


def meaning_problems(
    endpoint: Endpoint, example: dict[str, Any], wire: dict[str, Any]
) -> list[str]:
    """How the API, as the spec describes it, would read a library's request differently from
    the example's (both as the manifest records them): a value left out or changed (a dropped
    `false`, another enum case where the API reads only its own), a key the example does not
    give that is not a null the API ignores or the parameter's default."""
    params = {p.name: p for p in endpoint.parameters}
    found = []
    if (wire["method"], wire["path"]) != (example["method"], example["path"]):
        found.append(f"sends {wire['method']} {wire['path']}")
    if isinstance(example["body"], list):  # an array body: item by item, in order
        sent_items = wire["body"] if isinstance(wire["body"], list) else []
        if len(sent_items) != len(example["body"]):
            found.append(f"sends {len(sent_items)} items, not {len(example['body'])}")
        for i, (asked, sent) in enumerate(zip(example["body"], sent_items)):
            problems = _object_problems(params, "body", asked, sent, "")
            found += [f"item {i + 1}: {p}" for p in problems]
        locations: tuple[str, ...] = ("query",)
    else:
        locations = ("query", "body")
    for location in locations:
        asked, sent = example[location] or {}, wire[location] or {}
        found += _object_problems(params, location, asked, sent, "")
    return found


def _object_problems(
    params: dict[str, Parameter], location: str, asked: dict, sent: dict, prefix: str
) -> list[str]:
    """How `sent` reads differently from `asked`, key by key (`params`: what each key is;
    `prefix`: the path of the object they are in, `prompt.`)."""
    found = []
    for key, value in asked.items():
        param = params.get(key)
        if key not in sent:
            found.append(f"leaves {location} {prefix + key!r} out (the example gives {value!r})")
        elif param is not None and param.fields and type(value) is type(sent[key]):
            found += _nested_problems(param, value, sent[key], f"{prefix}{key}.")
        elif not _reads_the_same(param, location, value, sent[key]):
            found.append(f"sends {location} {prefix + key!r} as {sent[key]!r}, not {value!r}")
    for key, value in sent.items():
        param = params.get(key)
        # null where the API ignores it, or the value the API takes when the key is absent
        ignored = param is not None and (
            (value is None and not param.mandatory)
            or (
                param.default is not None
                and _reads_the_same(param, location, _as_sent(param.default, location), value)
            )
        )
        if key not in asked and not ignored:
            found.append(
                f"sends {location} {prefix + key!r} = {value!r}, which the example does not"
            )
    return found


def _nested_problems(param: Parameter, asked: Any, sent: Any, prefix: str) -> list[str]:
    """An object with fields (or a list of them) compared field by field, as the API reads it."""
    fields = {f.name: f for f in param.fields}
    if isinstance(asked, list):
        if len(asked) != len(sent):
            return [f"sends {len(sent)} items in body {prefix[:-1]!r}, not {len(asked)}"]
        return [
            problem
            for i, (a, s) in enumerate(zip(asked, sent, strict=True))
            for problem in _object_problems(fields, "body", a, s, f"{prefix}{i + 1}.")
        ]
    return _object_problems(fields, "body", asked, sent, prefix)


def _as_sent(value: Any, location: str) -> Any:
    """A spec value as the example's request holds it (query values are text)."""
    return query_value(value) if location == "query" else value


def _reads_the_same(param: Parameter | None, location: str, asked: Any, sent: Any) -> bool:
    """Whether the API reads two values of a parameter as the same (the spec's reading)."""
    if location == "query":
        asked, sent = typed_query_value(param, asked), typed_query_value(param, sent)
    if param is not None and param.type == "enum" and param.any_case:
        return isinstance(sent, str) and str(asked).lower() == sent.lower()
    if param is not None and param.numeric_text and isinstance(sent, str):
        # the spec says the API reads the number written as text ("5") as the number
        sent = typed_query_value(param, sent)
    return type(asked) is type(sent) and asked == sent


def built_samples(spec_dir: Path, out: Path, base_url: str) -> list[dict[str, Any]]:
    """Build a spec folder for a base URL (as `build --base-url --out` does); the manifest's samples."""
    build(spec_dir, out, base_url=base_url)
    return json.loads((out / MANIFEST).read_text("utf-8"))["samples"]


MoreItems = Callable[[dict[str, Any], Endpoint, Example], list[tuple[str, dict[str, Any]]]]


def run_batch(
    stub: Stub,
    docs: Path,
    entries: list[dict[str, Any]],
    work: Path,
    more: MoreItems | None = None,
) -> list[SampleRun]:
    """Run samples of targets that share a runner in one driver process against a freshly reset
    stub; each sample starts from its example's state (the items its page's Response shows) and,
    when given, the items `more(entry, endpoint, example)` adds after them."""
    stub.reset()
    examples = {(e.id, x.id): (e, x) for e in stub.endpoints for x in e.examples}
    for entry in entries:  # each sample starts from what its example's Response shows
        endpoint, example = examples[entry["endpoint"], entry["example"]]
        added = more(entry, endpoint, example) if more else []
        stub.prepare(entry["file"], endpoint, example, added)
    runner = RUNNERS[entries[0]["target"]]
    assert all(RUNNERS[e["target"]] is runner for e in entries), "one runner per batch"
    work.mkdir(parents=True, exist_ok=True)
    samples = [(entry["file"], docs / entry["file"]) for entry in entries]
    outcomes = runner(samples, stub.mark_url, work)
    by_label: dict[str, list[Recorded]] = {}
    for request in stub.requests:
        by_label.setdefault(request.label, []).append(request)
    return [
        SampleRun(
            entry,
            docs / entry["file"],
            outcomes.get(entry["file"]),
            by_label.get(entry["file"], []),
        )
        for entry in entries
    ]


def curl_body(sample: Path) -> bytes:
    """The bytes a curl sample's `-d` argument holds, read as bash would read the file."""
    words = shlex.split(sample.read_text("utf-8").replace("\\\n", " "))
    return words[words.index("-d") + 1].encode("utf-8")


def _results(path: Path) -> dict[str, Outcome]:
    """A driver's results file: `label<TAB>base64(output)<TAB>base64(error)` lines."""
    outcomes = {}
    for line in path.read_text("utf-8").splitlines():
        label, output, error = line.split("\t")
        outcomes[label] = Outcome(_text(output), _text(error))
    return outcomes


def _text(encoded: str) -> str:
    return base64.b64decode(encoded).decode("utf-8", "replace")


def _drive(
    command: list[str], samples: list[tuple[str, Path]], work: Path, env: dict | None = None
) -> dict[str, Outcome]:
    listing, results = work / "samples.tsv", work / "results.tsv"
    listing.write_text("".join(f"{label}\t{path}\n" for label, path in samples), "utf-8")
    run = subprocess.run(
        [*command, str(listing), str(results)],
        capture_output=True,
        text=True,
        timeout=BATCH_TIMEOUT,
        env={**os.environ, **(env or {})},
    )
    assert run.returncode == 0, f"driver {command} failed:\n{run.stdout}\n{run.stderr}"
    return _results(results)


def _need(program: str) -> str:
    path = shutil.which(program)
    assert path, f"{program} is not installed; {SETUP_HINT}"
    return path


def run_curl(samples: list[tuple[str, Path]], mark_url: str, work: Path) -> dict[str, Outcome]:
    """curl samples, each run by bash as a reader would paste it."""
    _need("curl")
    return _drive([_need("bash"), str(DRIVERS / "run_curl.sh"), mark_url], samples, work)


def run_node(samples: list[tuple[str, Path]], mark_url: str, work: Path) -> dict[str, Outcome]:
    """Node.js samples with the real node-bandwidth from tests/node (installed by `npm ci`)."""
    assert (
        NODE_MODULES / "node-bandwidth"
    ).is_dir(), f"node-bandwidth is not installed; {SETUP_HINT}"
    command = [_need("node"), str(DRIVERS / "run_node.js"), mark_url]
    return _drive(command, samples, work, {"NODE_PATH": str(NODE_MODULES)})


def run_python(samples: list[tuple[str, Path]], mark_url: str, work: Path) -> dict[str, Outcome]:
    """Python samples in their own venv with the real bandwidth-sdk, as in a reader's project."""
    assert SAMPLES_PYTHON.is_file(), f"{SAMPLES_PYTHON} is missing; {SETUP_HINT}"
    return _drive([str(SAMPLES_PYTHON), str(DRIVERS / "run_python.py"), mark_url], samples, work)


def run_ruby(samples: list[tuple[str, Path]], mark_url: str, work: Path) -> dict[str, Outcome]:
    """Ruby samples with Debian's ruby and the ruby-bandwidth stand-in."""
    command = [
        _need("ruby"),
        "-I",
        str(STANDINS / "ruby" / "lib"),
        str(DRIVERS / "run_ruby.rb"),
        mark_url,
    ]
    return _drive(command, samples, work)


def run_csharp(samples: list[tuple[str, Path]], mark_url: str, work: Path) -> dict[str, Outcome]:
    """C# samples compiled together with mcs (each in its own namespace) and the stand-in, run by mono."""
    sources = []
    for i, (_, path) in enumerate(samples):
        wrapped = work / f"Sample{i}.cs"
        # Same first line, so compiler messages keep the sample's line numbers.
        wrapped.write_text(f"namespace Sample{i} {{ {path.read_text('utf-8')}}}\n", "utf-8")
        sources.append(str(wrapped))
    labels = ", ".join(json.dumps(label) for label, _ in samples)
    mains = ", ".join(f"Sample{i}.Program.Main" for i in range(len(samples)))
    table = work / "SampleTable.cs"
    table.write_text(
        "internal static class SampleTable\n{\n"
        f"    internal static readonly string[] Labels = {{ {labels} }};\n"
        f"    internal static readonly System.Action[] Mains = {{ {mains} }};\n}}\n",
        "utf-8",
    )
    exe = work / "samples.exe"
    compile_ = subprocess.run(
        [
            _need("mcs"),
            "-nologo",
            f"-out:{exe}",
            "-main:SampleDriver",
            "-r:System.Net.Http.dll",
            str(DRIVERS / "SampleDriver.cs"),
            str(table),
            *sources,
            *map(str, sorted((STANDINS / "csharp").glob("*.cs"))),
        ],
        capture_output=True,
        text=True,
        timeout=BATCH_TIMEOUT,
    )
    if compile_.returncode != 0:
        files = {f"Sample{i}.cs": str(path) for i, (_, path) in enumerate(samples)}
        errors = compile_.stdout + compile_.stderr
        for wrapped, original in files.items():
            errors = errors.replace(str(work / wrapped), original)
        return {label: Outcome("", f"mcs failed:\n{errors}") for label, _ in samples}
    results = work / "results.tsv"
    run = subprocess.run(
        [_need("mono"), str(exe), mark_url, str(results)],
        capture_output=True,
        text=True,
        timeout=BATCH_TIMEOUT,
    )
    assert run.returncode == 0, f"C# driver failed:\n{run.stdout}\n{run.stderr}"
    return _results(results)


RUNNERS: dict[str, Callable[[list[tuple[str, Path]], str, Path], dict[str, Outcome]]] = {
    "curl": run_curl,
    "node-promise": run_node,
    "node-callback": run_node,
    "csharp": run_csharp,
    "ruby": run_ruby,
    "python": run_python,
}


def _matches(read: dict[str, str], method: str, path: str) -> bool:
    """Whether a request is the manifest's `also` entry (a `{name}` stands for any id)."""
    parts, given = read["path"].split("/"), path.split("/")
    return (
        read["method"] == method
        and len(parts) == len(given)
        and all(p == g or p.startswith("{") for p, g in zip(parts, given))
    )


def check_sent_exactly(run: SampleRun) -> None:
    """The sample ran cleanly and the stub received exactly the manifest's request (plus library reads)."""
    entry, expected = run.entry, run.entry["request"]
    where = f"{entry['file']} ({entry['target']})"
    assert run.outcome is not None, f"{where}: the driver did not report this sample"
    assert (
        not run.outcome.error
    ), f"{where} failed:\n{run.outcome.error}\nprinted:\n{run.outcome.output}"
    for request in run.requests:
        assert 200 <= request.status < 300, (
            f"{where}: the stub answered {request.status} to {request.method} {request.path}: "
            f"{request.reply.decode('utf-8', 'replace')}"
        )
    seen = [f"{r.method} {r.path}?{r.query}" for r in run.requests]
    main = [r for r in run.requests if (r.method, r.path) == (expected["method"], expected["path"])]
    assert main, f"{where}: expected {expected['method']} {expected['path']}, got {seen}"
    request = main[0]
    # What libraries read on their own, as the manifest's `also` says (ruby-bandwidth GETs the
    # item after a create and before an instance method), and the next pages of a list that
    # bandwidth-sdk and Bandwidth.Net follow through Link.
    others = [r for r in run.requests if r is not request]
    also = entry.get("also", [])
    for other in others:
        paging = other.method == "GET" == request.method and other.path == request.path
        listed = any(_matches(a, other.method, other.path) for a in also)
        assert other.body == b"" and (paging or listed), f"{where}: unexpected {seen}"
    for read in also:
        assert any(
            _matches(read, r.method, r.path) for r in others
        ), f"{where}: no {read} in {seen}"
    pairs = request.query_pairs
    assert dict(pairs) == expected["query"] and len(pairs) == len(
        expected["query"]
    ), f"{where}: query {pairs} != {expected['query']}"
    assert request.basic_auth == (expected["auth_user"], expected["auth_password"]), where
    if expected["body"] is None:
        assert request.body == b"", f"{where}: sent a body {request.body!r}"
        return
    received = json.loads(request.body.decode("utf-8"))
    assert received == expected["body"], f"{where}: body differs"
    results = json.loads(request.reply) if request.reply.startswith(b"[") else None
    if isinstance(received, list) and isinstance(results, list):  # answered item by item
        refused = [r for r in results if not isinstance(r, dict) or r.get("result") != "accepted"]
        assert not refused, f"{where}: the stub refused items: {refused}"
    assert list(received) == list(expected["body"]), f"{where}: key order differs"
    if entry["target"] == "curl":
        assert request.body == curl_body(run.path), f"{where}: body bytes differ from the file's -d"


def check_prints_its_output(run: SampleRun) -> None:
    """The sample printed what its tab documents (the manifest's `output`, which the page shows):
    a library's sample exactly; curl's `curl -i` the documented status line, every documented
    header with its value, and the documented JSON body (the server adds headers of its own)."""
    entry = run.entry
    where = f"{entry['file']} ({entry['target']})"
    assert run.outcome is not None, f"{where}: the driver did not report this sample"
    assert not run.outcome.error, f"{where} failed:\n{run.outcome.error}"
    printed, documented = run.outcome.output.rstrip("\n"), entry["output"]
    if entry["target"] != "curl":
        assert (
            printed == documented
        ), f"{where} printed {printed!r}; its tab documents {documented!r}"
        return
    head, _, body = printed.replace("\r\n", "\n").partition("\n\n")
    want_head, _, want_body = documented.partition("\n\n")
    status, *headers = head.split("\n")
    want_status, *want_headers = want_head.split("\n")
    assert status == want_status, f"{where} answered {status!r}; its page documents {want_status!r}"
    received = {}
    for line in headers:
        name, _, value = line.partition(":")
        received[name.strip().lower()] = value.strip()
    for line in want_headers:
        name, _, value = line.partition(": ")
        assert (
            received.get(name.lower()) == value
        ), f"{where}: {name} is {received.get(name.lower())!r}, not {value!r}"
    if want_body:
        assert json.loads(body) == json.loads(
            want_body
        ), f"{where}: body {body!r} differs from its page"
    else:
        assert body == "", f"{where}: answered a body {body!r} its page does not show"
