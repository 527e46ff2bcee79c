"""The Python target lays code out as black does, so black runs only for values it would rewrite."""

from __future__ import annotations

import dataclasses
from collections import Counter
from typing import Any

import pytest

from generator.literals import py_call, py_literal, py_name, py_parameter
from generator.model import Argument, Example, Parameter
from generator.render import Renderer
from generator.spec import load_specs
from generator.targets import TARGETS_BY_KEY
from generator.targets.python import black_format, black_stable, python_format

from conftest import SPEC_DIRS
from hostile import HOSTILE

RAW_PYTHON = dataclasses.replace(TARGETS_BY_KEY["python"], postprocess=None)


def _value(param: Parameter, size: int, text: str) -> Any:
    """A value of the parameter's type whose literal grows with `size`."""
    return {
        "string": text * size,
        "integer": 7**size,
        "number": 1.5 * 10.0**size,
        "boolean": size % 2 == 0,
        "enum": param.values[0] if param.values else "x",
        "object": {"k": text * size, "n": [size, None]},
        "array": [text * size, size],
    }[param.type]


def _raw_samples(texts: list[str], sizes: range) -> list[str]:
    """The Python template's output (before formatting) for many argument counts and lengths."""
    samples = []
    for spec_dir in SPEC_DIRS.values():
        api, endpoints = load_specs(spec_dir)
        renderer = Renderer(api)
        for endpoint in endpoints:
            path = [p for p in endpoint.parameters if p.location == "path"]
            others = [p for p in endpoint.parameters if p.location != "path"]
            for count in range(len(others) + 1):
                for size in sizes:
                    text = texts[(count + size) % len(texts)]
                    args = [
                        Argument(p, _value(p, size, text) if p.type != "string" else f"id-{size}")
                        for p in path
                    ]
                    args += [Argument(p, _value(p, size, text)) for p in others[:count]]
                    example = Example("example-1", 1, "Variant", tuple(args))
                    if endpoint.tab_note(example, "bandwidth-sdk") is not None:
                        continue  # the Python tab shows a note: there is no sample to lay out
                    samples.append(renderer.sample(endpoint, example, RAW_PYTHON))
    return samples


def test_template_layout_is_exactly_what_black_writes():
    samples = _raw_samples(["x", "ab"], range(0, 40, 3))
    stable = [s for s in samples if black_stable(s)]
    for source in stable:
        assert black_format(source) == source
    # The corpus must exercise every layout: one line, arguments on one indented line, exploded.
    calls = [s.split(")\n\n", 1)[1] for s in stable]  # what follows the client's construction
    layouts = Counter(
        "exploded" if ",\n)" in c else "indented" if "(\n    " in c else "one line" for c in calls
    )
    assert min(layouts.values()) >= 5 and len(layouts) == 3, layouts
    assert len(samples) - len(stable) >= 5, "long lines must reach the black fallback too"


def test_python_format_equals_black_for_hostile_values():
    samples = _raw_samples(HOSTILE + ["café", "plain"], range(1, 30, 7))
    for source in samples:
        assert python_format(source) == black_format(source)
    assert any(black_stable(s) for s in samples) and not all(black_stable(s) for s in samples)


def test_published_samples_take_the_fast_path():
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    renderer = Renderer(api)
    for endpoint in endpoints:
        for example in endpoint.examples:
            assert black_stable(renderer.sample(endpoint, example, RAW_PYTHON))


def test_black_stable_rejects_what_black_would_change_or_refuse():
    assert black_stable('x = f("a")\n')
    assert not black_stable("x = f('a')\n")  # quotes
    assert not black_stable('x = f("a\\n")\n')  # escapes
    assert not black_stable('x = f("é")\n')  # width of non-ASCII text
    assert not black_stable(f'x = f("{"a" * 90}")\n')  # too long


def test_names_that_python_cannot_take_stop_the_render():
    """A keyword from the spec must never become bad code: a parameter named after one is passed
    with a trailing _ (Bandwidth's calls and messages have `from`: bandwidth-sdk takes `from_`)."""
    for name in ("from", "class", "import", "0abc", ""):
        with pytest.raises(ValueError):
            py_name(name)
    assert py_parameter("from") == "from_" and py_parameter("callbackUrl") == "callback_url"
    api, endpoints = load_specs(SPEC_DIRS["applications"])
    endpoint = next(e for e in endpoints if e.id == "create_application")
    argument = dataclasses.replace(
        endpoint.examples[0].arguments[0],
        parameter=dataclasses.replace(endpoint.examples[0].arguments[0].parameter, name="from"),
    )
    example = dataclasses.replace(endpoint.examples[0], arguments=(argument,))
    sample = Renderer(api).sample(endpoint, example, TARGETS_BY_KEY["python"])
    # create_application has no `from_` argument: its **kwargs send the key as written, so the
    # sample passes it under the API's name, in the one form Python allows for a keyword.
    assert 'create_application(**{"from": "MyFirstApp"})' in sample
    _, published = load_specs(SPEC_DIRS["published"])
    send = next(e for e in published if e.id == "send_message")
    sample = Renderer(api).sample(send, send.examples[0], TARGETS_BY_KEY["python"])
    assert '    from_="' in sample  # send_message's own argument, which sends "from"
    call = dataclasses.replace(endpoint.calls["bandwidth-sdk"], method="del")
    first = endpoint.examples[0]  # the call its sample makes is the example's
    with pytest.raises(ValueError, match="'del'"):
        Renderer(api).sample(
            dataclasses.replace(endpoint, calls={**endpoint.calls, "bandwidth-sdk": call}),
            dataclasses.replace(first, calls={**first.calls, "bandwidth-sdk": call}),
            TARGETS_BY_KEY["python"],
        )


def test_python_literals_are_blacks():
    assert py_literal("it's") == '"it\'s"'
    assert py_literal('say "hi"') == "'say \"hi\"'"
    assert py_literal(1e20) == "1e20" and py_literal(2.5e-07) == "2.5e-07"
    assert py_literal({"a": [1, True, None]}) == '{"a": [1, True, None]}'


def test_call_layouts():
    assert py_call("f", ["a=1"]) == "f(a=1)"
    long_args = [f"argument_{i}={i}" for i in range(6)]
    assert py_call("result = api.method", long_args) == (
        "result = api.method(\n    " + ", ".join(long_args) + "\n)"
    )
    many = [f"argument_{i}={i}" for i in range(12)]
    assert py_call("for x in api.m", many, ":") == (
        "for x in api.m(\n" + "".join(f"    {a},\n" for a in many) + "):"
    )
