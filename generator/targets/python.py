"""bandwidth-sdk: the Python tab, laid out as black formats it."""

from __future__ import annotations

import keyword

from generator.literals.names import snake_case
from generator.literals.python import (
    LINE_LENGTH,
    py_arguments,
    py_literal,
    py_name,
    py_parameter,
)
from generator.literals.reserved import PYTHON, python_keyword
from generator.model.calls import Argument, LibraryCall
from generator.response import ExampleResponse, creates_each
from generator.targets.base import (
    Checks,
    Context,
    Library,
    SampleFacts,
    Target,
    call_arguments,
    lacks_note,
    printed_ids,
)

LIBRARY = Library("bandwidth-sdk", "3.1.0", "Python", ("client",))


def black_format(source: str) -> str:
    """Format Python source as black does by default."""
    import black  # imported when first needed: it takes a third of the generator's start-up

    return black.format_str(source, mode=black.Mode(line_length=LINE_LENGTH))


def black_stable(source: str) -> bool:
    """Whether source laid out by the Python template is as black leaves it: nothing that black
    rewrites (single quotes, escapes, wide characters, long lines). The template writes valid
    Python by construction: names pass py_name, values py_literal (tests run black on it)."""
    if not source.isascii() or "'" in source or "\\" in source:
        return False
    return all(len(line) <= LINE_LENGTH for line in source.splitlines())


def python_format(source: str) -> str:
    """The Python target's output, exactly black's: the template already writes black's layout
    (tests check black leaves it unchanged), so black runs only for values it would rewrite."""
    return source if black_stable(source) else black_format(source)


def _sdk_method(method: str) -> str | None:
    """The sample calls the method by name, so it cannot be a keyword."""
    if python_keyword(method) == method:
        return f"{method!r} is a Python keyword, so the Python sample cannot call it"
    return None


CHECKS = Checks(sdk_method=_sdk_method, variable=lambda name: snake_case(name) in PYTHON)


def _arguments(facts: SampleFacts, call: LibraryCall) -> list[str]:
    """The call's arguments as the method's signature takes them (generator/libraries): path ids
    by position, its `args` by position up to the first the example does not give and then by
    keyword, each other parameter under its argument's name (`from_`), and a parameter the
    signature does not name under its API name, which **kwargs sends as written."""
    from generator.libraries import surface  # the surfaces import the spec package

    if facts.items:  # an array body: one list of dicts with the API's names, sent as written
        items = [{a.name: a.value for a in item} for item in facts.items]
        return [py_literal(a.value) for a in facts.path_args] + [py_literal(items)]
    method = surface(LIBRARY.name).method(call.client or "", call.method)
    names = {a.wire: a.name for a in method.arguments if a.wire} if method else {}
    given = call_arguments(facts, call)
    if not method and not call.args:
        return py_arguments(facts.path_args, facts.data_args)
    out = [py_literal(a.value) for a in facts.path_args]
    by_keyword = False
    for entry, arg in zip(call.args, given.positional):
        if arg is None:
            by_keyword = True
        elif by_keyword:
            keyword = entry.as_name or names.get(arg.name) or py_parameter(arg.name)
            out.append(f"{keyword}={py_literal(arg.value)}")
        else:
            out.append(py_literal(arg.value))
    return out + [
        f"{names[a.name]}={py_literal(a.value)}" if a.name in names else py_keyword_as(a)
        for a in given.rest
    ]


def py_keyword_as(arg: Argument) -> str:
    """A keyword argument under the parameter's own API name (what **kwargs sends as written);
    `**{"from": ...}` for a name Python cannot write as a keyword."""
    if arg.name.isidentifier() and not keyword.iskeyword(arg.name):
        return f"{arg.name}={py_literal(arg.value)}"
    return f"**{{{py_literal(arg.name)}: {py_literal(arg.value)}}}"


def _printed(facts: SampleFacts, call: LibraryCall, var: str) -> str:
    """What the sample prints of the call's result (output() says what that prints)."""
    if call.result == "id":
        return f"{var}_id"
    # an array body's create answers each item's result as the API words it: its location
    return f'{var}["location"]' if creates_each(facts.endpoint) else f'{var}["id"]'


def output(call: LibraryCall | None, response: ExampleResponse) -> str:
    """What the sample prints (the template's print lines, with _printed): the ids, or for an
    array body's create each result's location."""
    results = response.body if isinstance(response.body, list) else []
    if call is not None and call.result == "list" and results and "location" in results[0]:
        return "\n".join(str(r["location"]) for r in results)
    return printed_ids(call, response)


def context(facts: SampleFacts, call: LibraryCall | None) -> Context:
    """The client's variable, the method to call, its arguments as code, the result's name."""
    assert call is not None and call.client is not None
    var = py_name(snake_case(facts.endpoint.item_name))
    client = f"{call.client}_api"
    return {
        "client": client,
        "method": f"{client}.{py_name(call.method)}",
        "arguments": _arguments(facts, call),
        "var": var,
        "result": f"{var}_id" if call.result == "id" else var,
        # bandwidth-sdk hands back dicts: the sample prints the id (base.printed_ids)
        "printed": _printed(facts, call, var),
        "lacks": lacks_note(call),
    }


TARGETS = (
    Target(
        "python",
        "Python",
        "py",
        "python",
        50,
        LIBRARY,
        context=context,
        postprocess=python_format,
        checks=CHECKS,
        output=output,
    ),
)
