"""The one Jinja environment, and rendering of samples and pages from the parsed model."""

from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

from generator.literals import FILTERS
from generator.model import Api, Endpoint, Example
from generator.request import build_request
from generator.targets import LIBRARIES, TARGETS, Target

_HERE = Path(__file__).resolve().parent
# Installed from a wheel: generator/templates; from a source checkout: the repository's templates/.
TEMPLATES = next(p for p in (_HERE / "templates", _HERE.parent / "templates") if p.is_dir())


def environment(template_dir: Path = TEMPLATES) -> Environment:
    """The project's single, strict Jinja environment."""
    env = Environment(
        loader=FileSystemLoader(template_dir),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(FILTERS)
    return env


class Renderer:
    """Renders samples and pages; templates are compiled once and reused."""

    def __init__(self, api: Api, base_url: str | None = None, template_dir: Path = TEMPLATES):
        self.api = api
        self.base_url = base_url or api.base_url
        self.env = environment(template_dir)

    def sample(self, endpoint: Endpoint, example: Example, target: Target) -> str:
        """One copy-paste-ready sample."""
        request = build_request(self.api, endpoint, example)
        context = {
            "api": self.api,
            "credentials": self.api.credentials,
            "base_url": self.base_url,
            "basic_auth": f"{self.api.credentials.api_token}:{self.api.credentials.api_secret}",
            "endpoint": endpoint,
            "example": example,
            "call": endpoint.calls.get(target.library.name) if target.library else None,
            "url": request.url(self.base_url),
            "body_json": request.body_json(),
            "path_args": [
                a for a in example.located("path") if a.name != self.api.account_parameter
            ],
            "query_args": example.located("query"),
            "body_args": example.located("body"),
            "takes_params": bool(endpoint.located("query") or endpoint.located("body")),
        }
        text = self.env.get_template(f"samples/{target.template}").render(context)
        return target.postprocess(text) if target.postprocess else text

    def page(self, endpoint: Endpoint, snippet_dir: str) -> str:
        """The Markdown page of one endpoint; samples are included from their files."""
        return self.env.get_template("page.md.j2").render(
            api=self.api,
            endpoint=endpoint,
            targets=TARGETS,
            snippet_dir=snippet_dir,
            server=self.api.base_url,
            libraries=list(LIBRARIES.values()),
        )

    def index(self, endpoints: list[Endpoint]) -> str:
        """The landing page listing every endpoint by resource."""
        return self.env.get_template("index.md.j2").render(
            api=self.api, endpoints=endpoints, libraries=list(LIBRARIES.values())
        )
