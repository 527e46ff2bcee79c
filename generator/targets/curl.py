"""cURL: the raw HTTP request, one shell command."""

from __future__ import annotations

from generator.targets.base import Target

TARGET = Target("curl", "cURL", "sh", "bash")
