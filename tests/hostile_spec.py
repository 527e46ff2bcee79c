"""Hostile test specs: Create Application's parameters with examples that carry hostile strings.

`python tests/hostile_spec.py` rewrites tests/fixtures/hostile/create_application.yaml (also run by
`make golden`); the tests write the same kind of spec at run time for hypothesis-generated strings.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from hostile import HOSTILE  # noqa: E402

SOURCE = ROOT / "tests" / "fixtures" / "applications" / "create_application.yaml"
API_SOURCE = ROOT / "tests" / "fixtures" / "applications" / "_api.yaml"
HOSTILE_DIR = ROOT / "tests" / "fixtures" / "hostile"
HOSTILE_SPEC = HOSTILE_DIR / "create_application.yaml"
# Nested values: the published Create Gather, hostile strings inside its `prompt` object.
NESTED_SOURCE = ROOT / "spec" / "create_gather.yaml"
NESTED_DIR = ROOT / "tests" / "fixtures" / "hostile_nested"
NESTED_SPEC = NESTED_DIR / "create_gather.yaml"
# ruby-bandwidth's create_gather is an instance method: the sample GETs the call first.
NESTED_READ = NESTED_DIR / "get_call.yaml"
READ_SOURCE = ROOT / "spec" / "get_call.yaml"
NESTED_HEADER = (
    "# Test fixture (not published), written by `python tests/hostile_spec.py`: do not edit.\n"
    "# Create Gather's parameters (spec/create_gather.yaml); every string of tests/hostile.py\n"
    "# alone inside the object `prompt`, then all of them combined in every string field and\n"
    "# parameter, in spec order and in reverse order.\n"
)
HEADER = (
    "# Test fixture (not published), written by `python tests/hostile_spec.py`: do not edit.\n"
    "# Create Application's parameters (spec/create_application.yaml); every string of\n"
    "# tests/hostile.py alone as `name`, then all of them combined in every string parameter.\n"
)


class _Dumper(yaml.SafeDumper):
    """Plain YAML: the spec loader refuses anchors and aliases."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _string(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    # PyYAML may write U+0085 raw into a single-quoted scalar, where reading folds it to a space:
    # anything but printable text goes double-quoted, where every character has an escape.
    style = None if text.isprintable() else '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _string)


def source_spec() -> dict[str, Any]:
    """Create Application's spec, its `use:` entries written out (the hostile folder's _api.yaml,
    with hostile credentials, has no parameter sets)."""
    base = yaml.safe_load(SOURCE.read_text("utf-8"))
    sets = yaml.safe_load(API_SOURCE.read_text("utf-8"))["parameter_sets"]
    parameters = []
    for entry in base["parameters"]:
        if "use" in entry:
            overrides = {k: v for k, v in entry.items() if k != "use"}
            parameters += [{**member, **overrides} for member in sets[entry["use"]]]
        else:
            parameters.append(entry)
    return {**base, "parameters": parameters}


def string_parameters(base: dict[str, Any]) -> list[str]:
    """The names of the endpoint's string parameters, in declaration order."""
    return [p["name"] for p in base["parameters"] if p["type"] == "string"]


def combined_examples(strings: list[str], names: list[str], prefix: str) -> list[dict[str, Any]]:
    """Examples that put the strings into every string parameter, several to a value, in turns."""
    examples = []
    for n, start in enumerate(range(0, len(strings), len(names))):
        chunk = strings[start : start + len(names)]
        values = {name: chunk[i % len(chunk)] for i, name in enumerate(names)}
        examples.append({"id": f"{prefix}-{n + 1}", "title": f"{prefix} {n + 1}", "values": values})
    return examples


def hostile_examples(base: dict[str, Any]) -> list[dict[str, Any]]:
    """Each hostile string alone as `name`, then combined, in spec order and in reverse order."""
    names = string_parameters(base)
    examples = [
        {
            "id": f"alone-{i + 1:02d}",
            "title": f"Hostile value {i + 1}: {ascii(text)}",
            "values": {"name": text, "incomingCallUrl": "http://example.com/calls"},
        }
        for i, text in enumerate(HOSTILE)
    ]
    everything = "".join(HOSTILE)
    rotated = {name: "".join(HOSTILE[i:] + HOSTILE[:i]) for i, name in enumerate(names)}
    examples.append(
        {
            "id": "combined-all",
            "title": "Every hostile value in every string parameter",
            "values": {
                **rotated,
                "name": everything,
                "incomingCallUrlCallbackTimeout": 1,
                "callbackHttpMethod": "GET",
                "autoAnswer": False,
            },
        }
    )
    others = {
        "incomingMessageUrlCallbackTimeout": 10000,
        "callbackHttpMethod": "POST",
        "autoAnswer": True,
    }
    strings = iter(reversed(HOSTILE))
    in_order = [
        (p["name"], next(strings) if p["type"] == "string" else others[p["name"]])
        for p in base["parameters"]
        if p["type"] == "string" or p["name"] in others
    ]
    examples.append(
        {
            "id": "combined-reversed",
            "title": "Hostile values with the parameters in reverse order",
            "values": dict(reversed(in_order)),
        }
    )
    return examples


def spec_text(examples: list[dict[str, Any]], header: str = HEADER) -> str:
    """Create Application's spec with other examples, as YAML."""
    base = source_spec()
    data = {**base, "title": "Create Application (hostile values)", "examples": examples}
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return header + body


def hostile_spec_text() -> str:
    """The committed hostile fixture spec, as it must read."""
    return spec_text(hostile_examples(source_spec()))


def nested_examples(base: dict[str, Any]) -> list[dict[str, Any]]:
    """Each hostile string alone as `prompt.sentence`, then combined in every string field of
    `prompt` and every string parameter, in spec order and (at every depth) in reverse order."""
    call = {"callId": "c-hostile"}
    examples = [
        {
            "id": f"alone-{i + 1:02d}",
            "title": f"Hostile value {i + 1} in a nested object: {ascii(text)}",
            "values": {**call, "prompt": {"sentence": text}},
        }
        for i, text in enumerate(HOSTILE)
    ]
    prompt = next(p for p in base["parameters"] if p["name"] == "prompt")
    turns = iter(range(len(HOSTILE)))
    others = {"gender": "male", "locale": "fr_FR", "loopEnabled": False, "bargeable": True}

    def rotated() -> str:
        i = next(turns)
        return "".join(HOSTILE[i:] + HOSTILE[:i])

    fields = {
        f["name"]: rotated() if f["type"] == "string" else others[f["name"]]
        for f in prompt["fields"]
    }
    top = {p["name"]: rotated() for p in base["parameters"] if p["type"] == "string"}
    top.update(callId="c-hostile", maxDigits=5)
    examples.append(
        {
            "id": "combined-all",
            "title": "Every hostile value in every string field and parameter",
            "values": {**top, "prompt": fields},
        }
    )
    reversed_fields = dict(reversed(list(fields.items())))
    examples.append(
        {
            "id": "combined-reversed",
            "title": "Hostile values with the fields and parameters in reverse order",
            "values": dict(reversed(list({**top, "prompt": reversed_fields}.items()))),
        }
    )
    return examples


def nested_source() -> dict[str, Any]:
    """Create Gather's published spec."""
    return yaml.safe_load(NESTED_SOURCE.read_text("utf-8"))


def nested_combined(strings: list[str], prefix: str) -> list[dict[str, Any]]:
    """Examples that put the strings into every string field of `prompt` and every string
    parameter, several to a value, in turns."""
    base = nested_source()
    prompt = next(p for p in base["parameters"] if p["name"] == "prompt")
    inside = [f["name"] for f in prompt["fields"] if f["type"] == "string"]
    outside = [p["name"] for p in base["parameters"] if p["type"] == "string" and "in" not in p]
    examples = []
    for example in combined_examples(strings, inside + outside, prefix):
        values = example["values"]
        nested = {k: values.pop(k) for k in inside}
        example["values"] = {"callId": "c-hostile", **values, "prompt": nested}
        examples.append(example)
    return examples


def nested_spec_text(
    examples: list[dict[str, Any]] | None = None, header: str = NESTED_HEADER
) -> str:
    """The nested hostile fixture spec (the committed one, or one with other examples)."""
    base = nested_source()
    data = {
        **base,
        "title": "Create Gather (hostile nested values)",
        "examples": nested_examples(base) if examples is None else examples,
    }
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return header + body


def nested_read_text() -> str:
    """Get Call beside the nested fixture (without its properties, which use a published set)."""
    base = yaml.safe_load(READ_SOURCE.read_text("utf-8"))
    base.pop("properties", None)
    # Its example's call is the one the stub then holds for the nested samples to act on.
    base["examples"] = [{"title": "Get the call", "values": {"callId": "c-hostile"}}]
    body = yaml.dump(base, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=100)
    return "# Test fixture (not published), written by `python tests/hostile_spec.py`.\n" + body


if __name__ == "__main__":
    HOSTILE_SPEC.write_text(hostile_spec_text(), "utf-8")
    NESTED_SPEC.write_text(nested_spec_text(), "utf-8")
    NESTED_READ.write_text(nested_read_text(), "utf-8")
    print(f"wrote {HOSTILE_SPEC.relative_to(ROOT)} and {NESTED_SPEC.relative_to(ROOT)}")
