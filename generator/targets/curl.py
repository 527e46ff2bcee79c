"""cURL: the raw HTTP request, one shell command."""

from __future__ import annotations

from generator.targets.base import Target, answer_text

TARGETS = (Target("curl", "cURL", "sh", "bash", 10, output=answer_text),)
