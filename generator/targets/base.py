"""What a sample target is: a tab of samples, the library it calls, and its template's context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal, NamedTuple

from generator.model import Argument, Endpoint, Example, LibraryCall
from generator.request import Request

Context = dict[str, Any]


@dataclass(frozen=True)
class Library:
    """A client library that samples call, with the version they are written and tested for."""

    name: str
    version: str
    language: str
    # `sdk` fields of a spec: the ones this library's sample needs, and the optional ones it uses
    # (beyond `method` and `result`, which every library takes).
    needs: tuple[str, ...] = ()
    options: tuple[str, ...] = ()
    data_needs: tuple[str, ...] = ()  # needed too when the endpoint has query or body parameters


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

    @property
    def data_args(self) -> list[Argument]:
        """The query and body arguments, in the example's order: what a call's options hold."""
        return self.query_args + self.body_args


def _no_context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    return {}


@dataclass(frozen=True)
class Checks:
    """What a target's samples require of a spec's names: each gives the problem, or None."""

    enum_value: Callable[[str], str | None] | None = None  # an allowed value of an enum
    sdk_method: Callable[[str], str | None] | None = None  # the method its library call names
    variable: Callable[[str], bool] | None = None  # True: an item's name is taken in the language
    integer: Callable[[int], str | None] | None = None  # a whole number a sample writes or sends


@dataclass(frozen=True)
class Target:
    """One tab of samples: a language, optionally a client library, and how it renders.

    Its template is `templates/samples/<key>.<extension>.j2`; `context` gives the template the
    names it lays out (variables, plurals, argument rows), so templates never build identifiers.
    """

    key: str
    label: str
    extension: str
    lexer: str
    position: int  # where its tab stands among the tabs, smallest first
    library: Library | None = None
    unset_as_null: bool = False
    enum_case: Literal["as-is", "lower"] = "as-is"
    # "parameters": the library writes body keys in its own order (its data class or signature),
    # which the spec lists parameters in; "example": in the order the sample gives them.
    body_order: Literal["example", "parameters"] = "example"
    context: Callable[[SampleFacts, LibraryCall | None], Context] = _no_context
    postprocess: Callable[[str], str] | None = None
    checks: Checks = Checks()

    @property
    def template(self) -> str:
        """The template's name in the Jinja environment."""
        return f"samples/{self.key}.{self.extension}.j2"

    def call(self, endpoint: Endpoint) -> LibraryCall | None:
        """What this target's library calls for an endpoint (None for raw HTTP)."""
        return endpoint.calls.get(self.library.name) if self.library else None

    def wire_request(self, endpoint: Endpoint, request: Request) -> Request:
        """The request this target's sample puts on the wire for an example's request."""
        body = request.body
        if body is None:
            return request
        declared = endpoint.located("body")
        if self.unset_as_null:
            body = {p.name: body.get(p.name) for p in declared}
        if self.body_order == "parameters":
            # Bandwidth.Net serializes its data class in declaration order and bandwidth-sdk builds
            # its dict in signature order, whatever order the sample's values come in (seen in the
            # hostile tests): the spec lists parameters in that order.
            body = {p.name: body[p.name] for p in declared if p.name in body}
        if self.enum_case == "lower":
            enums = {p.name for p in declared if p.type == "enum"}
            body = {
                k: v.lower() if k in enums and isinstance(v, str) else v for k, v in body.items()
            }
        return request._replace(body=body)


def sample_facts(
    endpoint: Endpoint, example: Example, request: Request, base_url: str, account: str
) -> SampleFacts:
    """An example's request and its arguments by location, for every target's context."""
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
    return SampleFacts(
        endpoint,
        example,
        request,
        request.url(base_url),
        request.body_json(),
        path_args,
        query_args,
        body_args,
        takes_params,
    )
