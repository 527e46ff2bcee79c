"""What a sample target is: a tab of samples, the library it calls, and its template's context."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from generator.model.calls import Argument, Example, LibraryCall
from generator.model.endpoint import Api, Endpoint
from generator.request import Request
from generator.response import ExampleResponse

Context = dict[str, Any]
DONE = "Done"  # what a sample prints when its call hands back nothing (templates: `done`)


def printed_ids(call: LibraryCall | None, response: ExampleResponse) -> str:
    """What a library's sample prints for the example's answer, as its template's print lines
    write it: the id its call hands back (a new item's, from Location, or the item's), each
    listed item's id one a line, or DONE."""
    if call is None or call.result == "none":
        return DONE
    return "\n".join(response.ids())


def answer_text(call: LibraryCall | None, response: ExampleResponse) -> str:
    """What a raw HTTP sample prints (`curl -i`): the answer itself; the tests compare its status
    line, the headers shown and the body (curl prints the server's other headers too)."""
    return response.text()


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
    stand_in: bool = False  # tested against tests/standins/ (the package is not installable here)


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
    # An array body: each item's body arguments, in the example's order (body_args is empty).
    items: tuple[tuple[Argument, ...], ...] = ()

    @property
    def data_args(self) -> list[Argument]:
        """The query and body arguments, in the example's order: what a call's options hold."""
        return self.query_args + self.body_args


def _no_context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    return {}


def _no_shared(api: Api, base_url: str) -> Context:
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
    context: Callable[[SampleFacts, LibraryCall | None], Context] = _no_context
    # The names that are the same in every sample of an API and server (the client's literals),
    # worked out once per renderer rather than by the template in every sample.
    shared: Callable[[Api, str], Context] = _no_shared
    postprocess: Callable[[str], str] | None = None
    checks: Checks = Checks()
    # What the sample prints when it runs against the example's answer (shown under its tab,
    # compared with its real output by tests/test_samples_run.py).
    output: Callable[[LibraryCall | None, ExampleResponse], str] = printed_ids

    @property
    def template(self) -> str:
        """The template's name in the Jinja environment."""
        return f"samples/{self.key}.{self.extension}.j2"

    def call(self, endpoint: Endpoint, example: Example | None = None) -> LibraryCall | None:
        """What this target's library calls for an example of an endpoint (its general call
        without an example; None for raw HTTP)."""
        if self.library is None:
            return None
        if example is not None and self.library.name in example.calls:
            return example.calls[self.library.name]
        return endpoint.calls.get(self.library.name)

    def wire_request(self, endpoint: Endpoint, example: Example, request: Request) -> Request:
        """The request this target's sample puts on the wire for an example's request: what its
        library's surface says the call sends (generator.libraries.sent), raw HTTP as written."""
        from generator.libraries import surface  # the surfaces import the spec package, which
        from generator.libraries.wire import library_request  # imports the targets

        call = self.call(endpoint, example)
        if self.library is None or call is None:
            return request
        return library_request(surface(self.library.name), call, endpoint, example, request)

    def also_sends(
        self, endpoint: Endpoint, request: Request, example: Example | None = None
    ) -> list[dict[str, str]]:
        """The requests this target's library sends besides the example's (Ruby's GETs)."""
        from generator.libraries import surface
        from generator.libraries.wire import library_also_sends

        call = self.call(endpoint, example)
        if self.library is None or call is None:
            return []
        return library_also_sends(surface(self.library.name), call, endpoint, request)


class CallArguments(NamedTuple):
    """An example's values as one call takes them: its `args` in order (None: not given, but a
    later one is), and the rest for its params object, data class or keyword arguments."""

    positional: list[Argument | None]
    rest: list[Argument]


def call_arguments(facts: SampleFacts, call: LibraryCall) -> CallArguments:
    """The call's separate arguments (trailing ones the example does not give left out) and the
    query and body values left for its params object: neither holds what the call implies."""
    data_args, names = facts.data_args, call.arg_names  # each built once, not per use
    positional: list[Argument | None] = []
    if names:
        given = {a.parameter.name: a for a in data_args}
        positional = [given.get(name) for name in names]
        while positional and positional[-1] is None:
            positional.pop()
    skip = call.not_in_data
    if not skip:
        return CallArguments(positional, data_args)  # a new list: data_args builds one per read
    return CallArguments(positional, [a for a in data_args if a.parameter.name not in skip])


def passes_data(facts: SampleFacts, call: LibraryCall, library: str, resource: str) -> bool:
    """Whether the sample passes a params object / hash (even empty): the endpoint has query or
    body parameters, the call takes data, and its method (when the surface knows it) has one."""
    if not (facts.takes_params and call.takes_data):
        return False
    from generator.libraries import surface  # the surfaces import the spec package
    from generator.libraries.resolve import method_for

    endpoint = facts.endpoint
    method = method_for(
        surface(library), call, endpoint.method, endpoint.path, endpoint.body.is_array
    )
    return method is None or any(a.kind in ("body", "query") for a in method.arguments)


def lacks_note(call: LibraryCall | None) -> str:
    """The sample's note on what its library cannot send (the call's `unsupported`), or ""."""
    if call is None or not call.unsupported:
        return ""
    names = ", ".join(call.unsupported)
    why = f": {call.data_class} has no such property" if call.data_class else ""
    return f"{call.library} cannot send {names}{why} (the cURL tab sends it)."


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
    takes_params = bool(endpoint.locations - {"path"})
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
        example.items if endpoint.body.is_array else (),
    )
