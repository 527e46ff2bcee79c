"""Rendering samples, pages and the landing page from the parsed model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from jinja2 import Environment, Template

from generator import paths
from generator.model.calls import Example
from generator.model.endpoint import Api, Endpoint
from generator.render.environment import TEMPLATES, environment
from generator.request import build_request
from generator.response import ExampleResponse, example_response
from generator.targets import DONE, LIBRARIES, TARGETS, SampleFacts, Target, sample_facts


def _tab(endpoint: Endpoint, example: Example, target: Target) -> tuple[Target, str, str | None]:
    """One tab of an example: its target, its sample's file, and the note it shows instead."""
    note = endpoint.tab_note(example, target.library.name if target.library else None)
    return target, paths.sample_path(endpoint.id, example.id, target.key, target.extension), note


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
            "done": DONE,  # what a sample prints when its call hands back nothing
        }
        self._by_target: dict[str, dict[str, Any]] = {}  # _shared with each target's own names

    def _target_shared(self, target: Target) -> dict[str, Any]:
        """What every sample of a target holds: the shared names and the target's (once)."""
        found = self._by_target.get(target.key)
        if found is None:
            found = {**self._shared, **target.shared(self.api, self.base_url)}
            self._by_target[target.key] = found
        return found

    def _render(self, name: str, context: dict[str, Any]) -> str:
        """Render a template with a context that already holds the globals."""
        template = self._templates.get(name)
        if template is None:
            template = self._templates[name] = self.env.get_template(name)
        # What Template.render does, less its per-call copies of the globals (a third of the
        # time of a small sample): the context passed in holds them already, so it is shared.
        # Built directly, not by new_context: that makes a set of the template's globals (a
        # ChainMap over the environment's) in every render, only read when a template is
        # imported with other globals, and ours share the one environment's.
        ctx = self.env.context_class(self.env, context, template.name, template.blocks)
        try:
            return self.env.concat(template.root_render_func(ctx))
        except Exception:
            self.env.handle_exception()
            raise  # unreachable: handle_exception always raises

    def facts(self, endpoint: Endpoint, example: Example) -> SampleFacts:
        """The request of one example and its arguments by location."""
        request = build_request(self.api, endpoint, example)
        return sample_facts(endpoint, example, request, self.base_url, self.api.account_parameter)

    def sample(self, endpoint: Endpoint, example: Example, target: Target) -> str:
        """One copy-paste-ready sample."""
        return self.render_sample(self.facts(endpoint, example), target)

    def render_sample(self, facts: SampleFacts, target: Target) -> str:
        """One copy-paste-ready sample from facts worked out before (shared by all targets)."""
        call = target.call(facts.endpoint, facts.example)
        context = {
            **self._target_shared(target),
            "endpoint": facts.endpoint,
            "example": facts.example,
            "call": call,
            "url": facts.url,
            "body_json": facts.body_json,
            "path_args": facts.path_args,
            "query_args": facts.query_args,
            "body_args": facts.body_args,
            "takes_params": facts.takes_params,
            "items": facts.items,
            **target.context(facts, call),
        }
        text = self._render(target.template, context)
        return target.postprocess(text) if target.postprocess else text

    def response(self, endpoint: Endpoint, example: Example, published: bool) -> ExampleResponse:
        """What the API answers the example (its server: the published one, or the samples')."""
        base_url = self.api.base_url if published else self.base_url
        return example_response(self.api, endpoint, example, base_url)

    def outputs(self, endpoint: Endpoint, example: Example, published: bool) -> dict[str, str]:
        """What each tab's sample prints for the example's answer, by target key."""
        answer = self.response(endpoint, example, published)
        return {t.key: t.output(t.call(endpoint, example), answer) for t in TARGETS}

    def page(self, endpoint: Endpoint) -> str:
        """The Markdown page of one endpoint; samples are included from their files."""
        tabs = [[_tab(endpoint, x, t) for t in TARGETS] for x in endpoint.examples]
        answers = {x.id: self.response(endpoint, x, True) for x in endpoint.examples}
        return self._render(
            "page.md.j2",
            {
                **self._globals,
                "api": self.api,
                "endpoint": endpoint,
                "examples": list(zip(endpoint.examples, tabs)),
                "server": self.api.base_url,
                "libraries": list(LIBRARIES.values()),
                "responses": {x: a.text() for x, a in answers.items()},
                "outputs": {x.id: self.outputs(endpoint, x, True) for x in endpoint.examples},
            },
        )

    def index(self, endpoints: list[Endpoint]) -> str:
        """The landing page listing every endpoint by resource."""
        pages = {e.id: e.page for e in endpoints}
        return self._render(
            "index.md.j2",
            {
                **self._globals,
                "api": self.api,
                "endpoints": endpoints,
                "pages": pages,
                "libraries": list(LIBRARIES.values()),
            },
        )
