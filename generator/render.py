"""The one Jinja environment, and rendering of samples and pages from the parsed model."""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

from jinja2 import Environment, FileSystemLoader, StrictUndefined, Template
from jinja2.runtime import new_context

from generator.literals import FILTERS
from generator.model import Api, Argument, Endpoint, Example
from generator.request import Request, build_request
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


class SampleFacts(NamedTuple):
    """What every target's sample of one example shows, worked out once for all targets."""

    endpoint: Endpoint
    example: Example
    request: Request
    url: str
    body_json: str
    path_args: list[Argument]  # the account parameter is the client's, not the call's
    query_args: list[Argument]
    body_args: list[Argument]
    takes_params: bool


class Renderer:
    """Renders samples and pages; each template is compiled and looked up once per renderer."""

    def __init__(
        self,
        api: Api,
        base_url: str | None = None,
        template_dir: Path = TEMPLATES,
        env: Environment | None = None,
    ):
        self.api = api
        self.base_url = base_url or api.base_url
        self.env = env or environment(template_dir)
        self._templates: dict[str, Template] = {}
        self._globals = dict(self.env.globals)
        self._shared = {  # what every sample's context holds, Jinja's globals included
            **self._globals,
            "api": api,
            "credentials": api.credentials,
            "base_url": self.base_url,
            "basic_auth": f"{api.credentials.api_token}:{api.credentials.api_secret}",
        }

    def _render(self, name: str, context: dict[str, Any]) -> str:
        """Render a template with a context that holds the globals (see render_sample)."""
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self.env.get_template(name)
        # What Template.render does, less its per-call copies: it merges the globals through a
        # ChainMap and lists them again for `{% import %}` (unused here), a third of the time
        # of a small sample. The context passed in already holds them (self._globals).
        ctx = new_context(self.env, template.name, template.blocks, context, shared=True)
        try:
            return self.env.concat(template.root_render_func(ctx))  # type: ignore[attr-defined]
        except Exception:
            self.env.handle_exception()
            raise  # unreachable: handle_exception always raises

    def facts(self, endpoint: Endpoint, example: Example) -> SampleFacts:
        """The request of one example and its arguments by location."""
        request = build_request(self.api, endpoint, example)
        account = self.api.account_parameter
        path_args: list[Argument] = []
        query_args: list[Argument] = []
        body_args: list[Argument] = []
        for arg in example.arguments:
            location = arg.parameter.location
            if location == "body":
                body_args.append(arg)
            elif location == "query":
                query_args.append(arg)
            elif arg.parameter.name != account:
                path_args.append(arg)
        if len(path_args) > 1:  # the libraries take ids in the order the path has them
            path_args.sort(key=lambda a: endpoint.path.index(f"{{{a.name}}}"))
        takes_params = any(p.location != "path" for p in endpoint.parameters)
        url, body_json = request.url(self.base_url), request.body_json()
        return SampleFacts(
            endpoint,
            example,
            request,
            url,
            body_json,
            path_args,
            query_args,
            body_args,
            takes_params,
        )

    def sample(self, endpoint: Endpoint, example: Example, target: Target) -> str:
        """One copy-paste-ready sample."""
        return self.render_sample(self.facts(endpoint, example), target)

    def render_sample(self, facts: SampleFacts, target: Target) -> str:
        """One copy-paste-ready sample from facts worked out before (shared by all targets)."""
        endpoint = facts.endpoint
        context = {
            **self._shared,
            "endpoint": endpoint,
            "example": facts.example,
            "call": endpoint.calls.get(target.library.name) if target.library else None,
            "url": facts.url,
            "body_json": facts.body_json,
            "path_args": facts.path_args,
            "query_args": facts.query_args,
            "body_args": facts.body_args,
            "takes_params": facts.takes_params,
        }
        text = self._render(f"samples/{target.template}", context)
        return target.postprocess(text) if target.postprocess else text

    def page(self, endpoint: Endpoint, snippet_dir: str) -> str:
        """The Markdown page of one endpoint; samples are included from their files."""
        return self._render(
            "page.md.j2",
            {
                **self._globals,
                "api": self.api,
                "endpoint": endpoint,
                "targets": TARGETS,
                "snippet_dir": snippet_dir,
                "server": self.api.base_url,
                "libraries": list(LIBRARIES.values()),
            },
        )

    def index(self, endpoints: list[Endpoint]) -> str:
        """The landing page listing every endpoint by resource."""
        return self._render(
            "index.md.j2",
            {
                **self._globals,
                "api": self.api,
                "endpoints": endpoints,
                "libraries": list(LIBRARIES.values()),
            },
        )
