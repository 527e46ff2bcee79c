"""`generator openapi`: a valid OpenAPI 3.1 document of the spec folder, samples included, that
agrees with the stub on what is sent and what comes back."""

from __future__ import annotations

import base64
import http.client
import json
import subprocess
import sys
import urllib.parse
from pathlib import Path

import jsonschema
import pytest
from openapi_spec_validator import OpenAPIV31SpecValidator

from generator.build import build, generate
from generator.build.pipeline import Pipeline
from generator.openapi import openapi_dict, openapi_document
from generator.paths import MANIFEST
from generator.request import build_request
from generator.spec import load_specs
from generator.stub import Stub
from generator.targets import TARGETS

from conftest import ROOT, SPEC_DIRS


@pytest.fixture(scope="module", params=sorted(SPEC_DIRS))
def exported(request):
    """(spec folder, api, endpoints, generated files, document) for each spec folder."""
    spec = SPEC_DIRS[request.param]
    api, endpoints = load_specs(spec)
    files = generate(spec)
    return spec, api, endpoints, files, json.loads(openapi_document(api, endpoints, files))


def operation(document: dict, endpoint) -> dict:
    """The endpoint's operation; a second file on its method and path is one of the first's
    `x-api-samples.variants`, whole."""
    found = document["paths"][endpoint.path][endpoint.method.lower()]
    if found["operationId"] == endpoint.id:
        return found
    return next(v for v in found["x-api-samples"]["variants"] if v["operationId"] == endpoint.id)


def test_files_on_one_method_and_path_share_one_operation(exported):
    """The variant's body is one of the operation's bodies, its examples named examples, its
    samples and its success answer the operation's too."""
    _, api, endpoints, _, document = exported
    for endpoint in endpoints:
        shared = document["paths"][endpoint.path][endpoint.method.lower()]
        if shared["operationId"] == endpoint.id:
            continue
        variant = operation(document, endpoint)
        media = shared["requestBody"]["content"]["application/json"]
        assert variant["requestBody"]["content"]["application/json"]["schema"] in (
            media["schema"]["anyOf"]
        )
        for example in endpoint.examples:
            named = media["examples"][f"{endpoint.id}.{example.id}"]
            assert named["value"] == build_request(api, endpoint, example).body
            jsonschema.validate(named["value"], media["schema"])
        sources = [s["source"] for s in shared["x-codeSamples"]]
        assert all(s["source"] in sources for s in variant["x-codeSamples"])
        assert set(variant["responses"]) <= set(shared["responses"])


def test_the_document_is_valid_openapi_3_1(exported):
    *_, document = exported
    assert document["openapi"].startswith("3.1")
    errors = [e.message for e in OpenAPIV31SpecValidator(document).iter_errors()]
    assert errors == []


def test_every_endpoint_is_one_operation_tagged_by_resource_with_basic_auth(exported):
    _, api, endpoints, _, document = exported
    assert document["servers"] == [{"url": api.base_url}]
    schemes = document["components"]["securitySchemes"]
    assert [schemes[name] for entry in document["security"] for name in entry][0][
        "scheme"
    ] == "basic"
    found = [(path, method) for path, item in document["paths"].items() for method in item]
    assert sorted(found) == sorted({(e.path, e.method.lower()) for e in endpoints})
    for endpoint in endpoints:
        op = operation(document, endpoint)
        assert op["operationId"] == endpoint.id
        assert op["tags"] == [endpoint.resource]
        assert op["summary"] == endpoint.title
    assert [t["name"] for t in document["tags"]] == list(
        dict.fromkeys(e.resource for e in endpoints)
    )


def test_x_code_samples_hold_every_generated_sample_labelled_with_library_and_version(exported):
    _, _, endpoints, files, document = exported
    manifest = json.loads(files[MANIFEST])
    for endpoint in endpoints:
        # A shared operation's samples: its own first, then its variants'.
        tabs = [
            (example, target)
            for example in endpoint.examples
            for target in TARGETS
            if endpoint.tab_note(example, target.library.name if target.library else None) is None
        ]
        # a tab with a `missing`/`lacks` note has no sample, so its own are the first len(tabs)
        samples = operation(document, endpoint)["x-codeSamples"][: len(tabs)]
        wanted = [files[s["file"]] for s in manifest["samples"] if s["endpoint"] == endpoint.id]
        assert [s["source"] for s in samples] == wanted
        assert len(samples) == len(tabs)
        for sample, (example, target) in zip(samples, tabs, strict=True):
            assert set(sample) == {"lang", "label", "source"}
            assert sample["label"].startswith(target.label)
            if target.library:
                assert f"{target.library.name} {target.library.version}" in sample["label"]
            if len(endpoint.examples) > 1:  # tabs of several examples say which one
                assert sample["label"].endswith(f" — {example.title}")


def test_parameters_keep_types_limits_enums_defaults_and_mandatory(exported):
    _, _, endpoints, _, document = exported
    for endpoint in endpoints:
        op = operation(document, endpoint)
        given = {p["name"]: (p["schema"], p["required"]) for p in op["parameters"]}
        body = op.get("requestBody", {}).get("content", {}).get("application/json", {})
        body_schema = body.get("schema", {})
        shared = "anyOf" in body_schema and "type" not in body_schema  # a variant joined it
        body_schema = body_schema["anyOf"][0] if shared else body_schema
        body_schema = body_schema["items"] if endpoint.body.is_array else body_schema
        for param in endpoint.parameters:
            if param.location == "body":
                schema = body_schema["properties"][param.name]
                required = param.name in body_schema.get("required", [])
            else:
                schema, required = given[param.name]
            assert required == (param.mandatory or param.location == "path"), param.name
            assert schema["type"] == ("string" if param.type == "enum" else param.type)
            assert schema.get("enum", []) == list(param.values)
            assert schema.get("default") == param.default
            assert schema.get("minimum") == param.minimum and schema.get("maximum") == param.maximum
            assert schema.get("maxLength") == param.max_length, param.name
            many = "Properties" if param.type == "object" else "Items"
            assert schema.get(f"max{many}") == param.max_items, param.name
            if param.items:
                inner = schema["items" if param.type == "array" else "additionalProperties"]
                assert inner == {"type": param.items}


def test_string_and_item_limits_are_exported_and_imported_back():
    from generator.model import Parameter
    from generator.openapi.schemas import format_fields, parameter_to_schema

    text = Parameter(
        "dtmfOut", "body", "string", "Digits.", min_length=1, max_length=92, pattern="[0-9#*]+"
    )
    when = Parameter("fromDateTime", "query", "string", "Since.", format="datetime")
    listed = Parameter("callIds", "body", "array", "Calls.", items="string", max_items=2)
    mapping = Parameter("sipHeaders", "body", "object", "Headers.", items="string", min_items=1)
    schema = parameter_to_schema(text)
    assert (schema["minLength"], schema["maxLength"]) == (1, 92)
    assert schema["pattern"] == "^(?:[0-9#*]+)$"  # the whole value, as JavaScript reads it
    assert parameter_to_schema(when)["format"] == "date-time"
    assert parameter_to_schema(listed)["maxItems"] == 2
    assert parameter_to_schema(mapping)["minProperties"] == 1
    for param in (text, when, listed, mapping):
        fields, lost = format_fields(parameter_to_schema(param))
        assert lost == [], param.name
        for name in ("min_length", "max_length", "pattern", "format", "min_items", "max_items"):
            assert fields.get(name) == getattr(param, name), (param.name, name)
    for value, fits in (("12#", True), ("12x", False), ("", False), ("1" * 93, False)):
        assert jsonschema.Draft202012Validator(schema).is_valid(value) is fits, value
    dates = jsonschema.Draft202012Validator(parameter_to_schema(when))
    assert dates.is_valid("2014-05-25T12:00:00Z") and dates.is_valid("2014-05-25 12:00:00")
    assert not dates.is_valid("2014-13-25T12:00:00Z") and not dates.is_valid("yesterday")


def test_every_example_is_named_and_its_request_meets_the_documents_schemas(exported):
    _, api, endpoints, _, document = exported
    for endpoint in endpoints:
        op = operation(document, endpoint)
        body = op.get("requestBody", {}).get("content", {}).get("application/json")
        for example in endpoint.examples:
            request = build_request(api, endpoint, example)
            if body is not None:
                assert body["examples"][example.id]["summary"] == example.title
                assert body["examples"][example.id]["value"] == request.body
                jsonschema.validate(request.body, body["schema"])
            for param in op["parameters"]:
                if param["in"] == "query" and param["name"] in request.query:
                    assert param["examples"][example.id]["summary"] == example.title


def test_at_most_one_of_rules_refuse_a_body_with_two_of_them(exported):
    _, api, endpoints, _, document = exported
    for endpoint in endpoints:
        for rule in (r for r in endpoint.rules if r.at_most_one_of):
            body = operation(document, endpoint)["requestBody"]["content"]["application/json"]
            schema = object_schema(body["schema"], endpoint.body.is_array)
            example = endpoint.examples[0]
            valid = build_request(api, endpoint, example).body
            valid = valid[0] if endpoint.body.is_array else valid
            first, second = (p for p in endpoint.parameters if p.name in rule.at_most_one_of[:2])
            values = {
                p.name: p.values[0] if p.values else ["x"] if p.type == "array" else "x"
                for p in (first, second)
            }
            check = jsonschema.Draft202012Validator(schema)
            trimmed = {k: v for k, v in valid.items() if k not in values}
            assert check.is_valid({**trimmed, first.name: values[first.name]})
            assert not check.is_valid({**trimmed, **values}), endpoint.id
            # import reads the rule back from the file's own x-api-samples (a variant's, when
            # the file shares its method and path with another)
            op = operation(document, endpoint)
            own = next(
                (
                    v
                    for v in op["x-api-samples"].get("variants", [])
                    if v["operationId"] == endpoint.id
                ),
                op,
            )["x-api-samples"]
            assert {"at_most_one_of": list(rule.at_most_one_of)} in own.get("rules", [])


def object_schema(schema: dict, array: bool) -> dict:
    """The schema of one object body (or one item of an array body) in an operation's body,
    which files sharing a method and path give as `anyOf` by JSON type."""
    options = schema.get("anyOf", [])
    typed = [o for o in options if isinstance(o, dict) and o.get("type") in ("object", "array")]
    if typed:
        schema = next(o for o in typed if o["type"] == ("array" if array else "object"))
    return schema["items"] if array else schema


def test_at_least_one_of_rules_are_any_of_required_and_refuse_a_body_without_them():
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    document = json.loads(openapi_document(api, endpoints, generate(SPEC_DIRS["applications"])))
    ruled = [e for e in endpoints if e.rules and e.located("body")]
    assert ruled, "Create Application has an 'at least one of' rule on body parameters"
    for endpoint in ruled:
        schema = operation(document, endpoint)["requestBody"]["content"]["application/json"][
            "schema"
        ]
        names = endpoint.rules[0].at_least_one_of
        mandatory = {
            p.name: "x" for p in endpoint.located("body") if p.mandatory and p.type == "string"
        }
        assert not jsonschema.Draft202012Validator(schema).is_valid(mandatory)
        assert jsonschema.Draft202012Validator(schema).is_valid(
            {**mandatory, names[-1]: "http://a"}
        )


def _send(stub: Stub, api, request) -> tuple[int, dict[str, str], bytes]:
    token = f"{api.credentials.api_token}:{api.credentials.api_secret}".encode()
    headers = {"Authorization": "Basic " + base64.b64encode(token).decode()}
    data = None
    if request.body is not None:
        data = json.dumps(request.body).encode()
        headers["Content-Type"] = "application/json"
    query = urllib.parse.urlencode(request.query)  # a value may hold a space (a date and time)
    connection = http.client.HTTPConnection("127.0.0.1", stub.port, timeout=10)
    try:
        connection.request(
            request.method, request.path + ("?" + query if query else ""), data, headers
        )
        answer = connection.getresponse()
        return answer.status, dict(answer.headers), answer.read()
    finally:
        connection.close()


def test_the_stub_answers_what_the_document_says(exported):
    """Every example, sent to the stub: its status is the documented success, with the
    documented headers, and its JSON body meets the documented schema."""
    spec, api, endpoints, _, document = exported
    with Stub(spec) as stub:
        stub.seed_examples()
        stub.checkpoint()
        for endpoint in endpoints:
            documented = operation(document, endpoint)["responses"]
            success = next(s for s in documented if s.startswith("2"))
            for example in endpoint.examples:
                stub.mark(f"{endpoint.id}/{example.id}")
                status, headers, raw = _send(stub, api, build_request(api, endpoint, example))
                assert str(status) == success, (endpoint.id, example.id, raw)
                for name in documented[success].get("headers", {}):
                    if name != "Link":  # only when there is a next page
                        assert name in headers, (endpoint.id, name)
                content = documented[success].get("content")
                if content:
                    jsonschema.validate(json.loads(raw), content["application/json"]["schema"])
                else:
                    assert raw == b""


def test_the_output_is_deterministic_and_the_command_writes_it(tmp_path: Path):
    api, endpoints = load_specs(SPEC_DIRS["published"])
    first = openapi_document(api, endpoints, generate(SPEC_DIRS["published"]))
    assert first == openapi_document(api, endpoints, generate(SPEC_DIRS["published"]))
    out = tmp_path / "openapi.json"
    run = subprocess.run(
        [sys.executable, "-m", "generator", "openapi", "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 0, run.stderr
    assert out.read_text("utf-8") == first
    printed = subprocess.run(
        [sys.executable, "-m", "generator", "openapi"], cwd=ROOT, capture_output=True, text=True
    )
    assert printed.stdout == first


def test_out_naming_a_folder_is_a_user_mistake(tmp_path: Path):
    run = subprocess.run(
        [sys.executable, "-m", "generator", "openapi", "--out", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert run.returncode == 2
    assert f"{tmp_path}: --out is a folder; give a file name" in run.stderr


def test_the_document_is_the_same_from_a_cached_rebuilds_files(tmp_path: Path):
    """Where the build will write it (docs/openapi.json): a rebuild renders nothing again and
    hands over files read back from the folder; the document must not change."""
    spec = SPEC_DIRS["applications"]
    fresh = Pipeline().run(spec, None)[0]
    expected = openapi_document(fresh.api, fresh.endpoints, fresh.rendered)
    build(spec, tmp_path / "docs")
    again = Pipeline().run(spec, tmp_path / "docs")[0]
    assert again.rendered.keys() < set(again.files), "the rebuild reused cached files"
    assert openapi_document(again.api, again.endpoints, again.files) == expected


def test_the_joined_document_is_what_json_dumps_writes_of_the_whole(exported):
    """openapi_document joins per-endpoint pieces (a build keeps them in its cache): the bytes
    must be those of encoding the whole document at once."""
    _, api, endpoints, files, _ = exported
    whole = json.dumps(openapi_dict(api, endpoints, files), indent=2, ensure_ascii=False) + "\n"
    assert openapi_document(api, endpoints, files) == whole
