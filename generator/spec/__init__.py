"""The spec loader: YAML spec files in, the typed model out, every problem with file, line, field."""

from generator.spec.api_file import API_FILE, load_api
from generator.spec.endpoint import load_endpoint
from generator.spec.folder import ENDPOINT_ID, load_specs

__all__ = ["API_FILE", "ENDPOINT_ID", "load_api", "load_endpoint", "load_specs"]
