"""Random edits of the published spec: each is either refused with clear problems or renders.

A spec mistake must never surface as a crash (exit 1, traceback) from deep in rendering.
"""

from __future__ import annotations

import copy
import random
import shutil

import yaml

from generator.build import generate
from generator.errors import SpecError

from conftest import SPEC_DIRS
from hostile import HOSTILE

VALUES = [
    *HOSTILE,
    *[None, 0, -1, 1.5, 10**30, True, False, [], {}, ["a"], {"a": 1}, "GET", "get", "class"],
    *["client", "Events", "{userId}", "/x/{id}", "Bandwidth.Net", "python", "example-1"],
]
KEYS = ["zzz", "mandatory", "default", "values", "in", "id", "minimum", "async", "client"]


def _places(node, prefix=()):
    if prefix:
        yield prefix
    items = (
        node.items()
        if isinstance(node, dict)
        else enumerate(node) if isinstance(node, list) else []
    )
    for key, child in items:
        yield from _places(child, (*prefix, key))


def _mutate(doc, rng: random.Random) -> None:
    place = rng.choice(list(_places(doc)))
    parent = doc
    for step in place[:-1]:
        parent = parent[step]
    roll = rng.random()
    if roll < 0.6 or not isinstance(parent, dict):
        parent[place[-1]] = rng.choice(VALUES)
    elif roll < 0.8:
        del parent[place[-1]]
    else:
        parent[rng.choice(KEYS)] = rng.choice(VALUES)


def test_mutated_specs_are_refused_clearly_or_render(tmp_path):
    published = SPEC_DIRS["applications"]
    shutil.copy(published / "_api.yaml", tmp_path)
    original = yaml.safe_load((published / "create_application.yaml").read_text())
    rng, outcomes = random.Random(4), {"refused": 0, "rendered": 0}
    for _ in range(150):
        doc = copy.deepcopy(original)
        for _ in range(rng.randint(1, 3)):
            _mutate(doc, rng)
        (tmp_path / "mutant.yaml").write_text(yaml.safe_dump(doc, allow_unicode=True))
        try:
            generate(tmp_path)
            outcomes["rendered"] += 1
        except SpecError as exc:
            outcomes["refused"] += 1
            for problem in exc.problems:
                assert problem.file and (problem.line or problem.field), problem
                assert len(str(problem).splitlines()) == 1, problem
    assert min(outcomes.values()) >= 10, outcomes  # both outcomes were tried
