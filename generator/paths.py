"""Where generated files live, how pages include samples, and how a path names its parameters.

The one owner of these conventions: the build, the page template, the stub and the tests ask here.
"""

from __future__ import annotations

import re

SNIPPETS = "snippets"
MANIFEST = f"{SNIPPETS}/manifest.json"
INDEX = "index.md"
OPENAPI = "openapi.json"  # the whole API as OpenAPI 3.1, with every sample in x-codeSamples
# A `{name}` placeholder in an endpoint's path (the account id, an item id).
PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


def section_of(resource: str) -> str:
    """The folder of a resource's pages: `Applications` -> `applications`."""
    return re.sub(r"[^a-z0-9]+", "-", resource.lower()).strip("-")


def page_path(section: str, endpoint_id: str) -> str:
    """Where one endpoint's page lives, relative to the docs folder."""
    return f"{section}/{endpoint_id.replace('_', '-')}.md"


def snippet_dir(endpoint_id: str) -> str:
    """The folder of one endpoint's samples, relative to the docs folder (and to includes)."""
    return f"{SNIPPETS}/{endpoint_id}"


def sample_path(endpoint_id: str, example_id: str, target_key: str, extension: str) -> str:
    """Where one sample lives, relative to the docs folder; pages include it by this path."""
    return f"{snippet_dir(endpoint_id)}/{example_id}/{target_key}.{extension}"


def route_key(method: str, path: str) -> str:
    """`POST /v1/users/{}/applications`: the request an endpoint serves, placeholder names dropped."""
    return f"{method} {PLACEHOLDER.sub('{}', path).rstrip('/')}"


def fill(path: str, values: dict[str, str]) -> str:
    """A path with each `{name}` replaced by its (already quoted) value; others left as they are."""
    return PLACEHOLDER.sub(lambda m: values.get(m[1], m[0]), path)
