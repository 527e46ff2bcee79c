"""List samples page through the real libraries: for every published list the stub answers page
by page (its spec declares `page`, or `size` without `page` as List Messages does, so an answer
with more items than `size` carries a Link rel="next"), each library tab's sample runs against more items than a page holds. It must fetch
exactly the pages its library fetches by itself, each follow-up GET with the Link's query (which
keeps the first request's filters), and print the id of every item on them.

What a library fetches is read from its surface (generator/libraries/*.yaml, written from its
real source): a lazy list follows Link to the last page as the sample enumerates it
(Bandwidth.Net's IEnumerable: src/Bandwidth.Net/LazyEnumerable.cs; bandwidth-sdk's generator:
bandwidth/voice/lazy_enumerable.py). Any other list is one request, the first page only:
node-bandwidth resolves one page, either `{<list_field>, hasNextPage, getNextPage}`
(lib/application.js; the samples print the list field and do not call getNextPage) or the
answer's array itself (lib/call.js), and ruby-bandwidth maps the one answer it gets
(lib/bandwidth/application.rb: `make_request(:get, ...)[0].map`; it never reads Link).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qsl, urlsplit

import pytest

from generator.filters import answered_whole, asked_values
from generator.libraries import surface
from generator.libraries.resolve import chain_end
from generator.model import Api, Endpoint, Example
from generator.paging import CURSOR, next_link, pages, paging
from generator.request import build_request
from generator.response import (
    example_state,
    example_values,
    has_body,
    id_prefix,
    is_list,
    item_body,
)
from generator.spec import load_specs
from generator.targets import TARGETS

from conftest import SPEC_DIRS
from sample_runs import RUNNERS, SampleRun, check_sent_exactly, run_batch

PUBLISHED = SPEC_DIRS["published"]
FULL_PAGES = 2  # the collection holds the asked page and one more full, then a last item


def pages_with_link(endpoint: Endpoint) -> bool:
    """Whether the stub answers this endpoint page by page with a Link: a list of a collection
    whose spec declares `page` (List Calls), or `size` without `page` (List Messages, whose
    Link carries the sortKeyLT cursor); a list that declares neither is answered whole."""
    return is_list(endpoint) and has_body(endpoint) and pages(endpoint)


@dataclass(frozen=True)
class Listing:
    """One list example with more items than a page: what the stub holds and each page's Link."""

    path: str  # the collection's raw path, as the example's request names it
    query: tuple[tuple[str, str], ...]  # the example's query, as its request sends it
    page: int  # the page the example asks for
    size: int  # items per page
    ids: tuple[str, ...]  # every item of the collection, in the order the stub lists them
    more: tuple[tuple[str, dict[str, Any]], ...]  # the items added to the example's state

    def page_ids(self, page: int) -> list[str]:
        """The ids one page answers."""
        return list(self.ids[page * self.size : (page + 1) * self.size])

    @property
    def last_page(self) -> int:
        """The last page that has items."""
        return (len(self.ids) - 1) // self.size

    def link_query(self, endpoint: Endpoint, base_url: str, page: int) -> str:
        """The query of the Link that one page's answer carries to the next."""
        last = self.page_ids(page)[-1]
        link = next_link(endpoint, f"{base_url}{self.path}", self.query, page, self.size, last)
        assert link is not None
        return urlsplit(link.split(">", 1)[0].lstrip("<")).query


def listing(api: Api, endpoint: Endpoint, example: Example) -> Listing:
    """The example's state and, after its items, enough more that its page is followed by one
    more full page and a last page of one item."""
    request = build_request(api, endpoint, example)
    path = request.path
    state = example_state(api, endpoint, example).items
    documented = [p.rsplit("/", 1)[1] for p, _ in state if p.rsplit("/", 1)[0] == path]
    page, size = paging(endpoint, example_values(api, endpoint, example))
    count = (page + FULL_PAGES) * size + 1 - len(documented)
    added = [f"{id_prefix(path)}-paged-{n:04d}" for n in range(count)]
    asked = asked_values(endpoint, example)  # items the example's filters keep
    more = tuple((f"{path}/{i}", item_body(endpoint, i, asked)) for i in added)
    query = tuple(request.query.items())
    return Listing(path, query, page, size, tuple(documented + added), more)


def follows_links(library: str, endpoint: Endpoint, example: Example) -> bool:
    """Whether the library call of this example's tab fetches every page on its own (its
    surface says it returns a lazy list); a sample's call that resolves one page does not."""
    call = example.calls.get(library) or endpoint.calls[library]
    resource, _ = chain_end(surface(library), call)
    method = surface(library).method(resource, call.method)
    assert method is not None, f"{library} has no {resource}.{call.method}"
    return method.returns.lazy


@dataclass(frozen=True)
class Case:
    """One library tab's sample of one paged list example."""

    endpoint: Endpoint
    example: Example
    target: str
    library: str
    follows: bool
    listing: Listing


def _cases() -> Iterator[Any]:
    """Every library tab's sample of every example of a published list the stub pages."""
    api, endpoints = load_specs(PUBLISHED)
    for endpoint in filter(pages_with_link, endpoints):
        for example in endpoint.examples:
            if answered_whole(endpoint, example_values(api, endpoint, example)):
                continue  # a bridge's calls: one answer, no Link (test_stub_filters)
            shown = listing(api, endpoint, example)
            for target in TARGETS:
                if target.library is None or endpoint.tab_note(example, target.library.name):
                    continue  # cURL, and tabs that show a note instead of a sample
                name = target.library.name
                yield pytest.param(
                    Case(
                        endpoint,
                        example,
                        target.key,
                        name,
                        follows_links(name, endpoint, example),
                        shown,
                    ),
                    id=f"{endpoint.id}/{example.id}/{target.key}",
                )


CASES = list(_cases())


@pytest.fixture(scope="module")
def paged_runs(stub_builds, tmp_path_factory) -> tuple[str, dict[tuple[str, str, str], SampleRun]]:
    """Every case's sample run against its listing, one driver process per runner (both Node.js
    tabs in one); the stub's base URL and the runs by (endpoint, example, target)."""
    stub, docs, samples = stub_builds(PUBLISHED)
    cases = {(c.endpoint.id, c.example.id, c.target): c for c in (p.values[0] for p in CASES)}
    listings = {(e, x): c.listing for (e, x, _), c in cases.items()}
    batches: dict[Any, list[dict[str, Any]]] = {}
    for entry in samples:
        if (entry["endpoint"], entry["example"], entry["target"]) in cases:
            batches.setdefault(RUNNERS[entry["target"]], []).append(entry)

    def more(entry: dict[str, Any], endpoint: Endpoint, example: Example) -> list:
        return list(listings[endpoint.id, example.id].more)

    runs = {}
    for entries in batches.values():
        work = tmp_path_factory.mktemp("paging")
        for run in run_batch(stub, docs, entries, work, more):
            runs[run.entry["endpoint"], run.entry["example"], run.entry["target"]] = run
    return stub.url, runs


def _run(paged_runs, case: Case) -> SampleRun:
    """The case's run (its tab has a published sample, so it ran)."""
    _, runs = paged_runs
    run = runs.get((case.endpoint.id, case.example.id, case.target))
    assert run is not None, f"no published sample for {case.endpoint.id}/{case.example.id}"
    return run


def _fetched_pages(case: Case) -> list[int]:
    """The pages the sample fetches: from the one it asks for to the last, or only that one."""
    last = case.listing.last_page if case.follows else case.listing.page
    return list(range(case.listing.page, last + 1))


@pytest.mark.parametrize("case", CASES)
def test_list_sample_fetches_the_pages_its_library_follows(paged_runs, case: Case):
    """The sample's first request is exactly its tab's; then a library that follows Link sends
    one GET per further page with the Link's query (and the same credentials), and one that
    does not sends nothing more."""
    run = _run(paged_runs, case)
    check_sent_exactly(run)  # its own request exactly, nothing but GETs of the list besides
    base_url, _ = paged_runs
    where = f"{run.entry['file']} ({case.target})"
    gets = [r for r in run.requests if r.method == "GET" and r.path == case.listing.path]
    sent = [r.query for r in gets[1:]]
    wanted = [case.listing.link_query(case.endpoint, base_url, p) for p in _fetched_pages(case)]
    # The Link of the last page fetched is followed only by a library that pages; the last
    # page of all carries none.
    assert sent == wanted[:-1], (
        f"{where}: follow-up GETs {sent}; {case.library} "
        + ("follows every Link: " if case.follows else "reads the first page only: ")
        + f"{wanted[:-1]}"
    )
    auth = (run.entry["request"]["auth_user"], run.entry["request"]["auth_password"])
    assert all(r.basic_auth == auth for r in gets), f"{where}: a page without the credentials"


def _filters(query: str) -> list[tuple[str, str]]:
    """A query's parameters but those that say which page (`page`, `size`, the cursor)."""
    return [(k, v) for k, v in parse_qsl(query) if k not in {"page", "size", CURSOR}]


FILTERED = [
    p
    for p in CASES
    if p.values[0].follows and _filters("&".join(f"{k}={v}" for k, v in p.values[0].listing.query))
]


@pytest.mark.parametrize("case", FILTERED)
def test_a_library_that_follows_link_keeps_the_filters_on_every_page(paged_runs, case: Case):
    """Every further page a library fetches is of the same query: each GET that reached the stub
    after the first carries the first one's filters (`from`, `direction`...), values unchanged."""
    run = _run(paged_runs, case)
    gets = [r for r in run.requests if r.method == "GET" and r.path == case.listing.path]
    where = f"{run.entry['file']} ({case.target})"
    assert len(gets) == len(_fetched_pages(case)), f"{where}: {[r.query for r in gets]}"
    first = _filters(gets[0].query)
    assert first, f"{where}: the first request has no filter: {gets[0].query}"
    for later in gets[1:]:
        assert sorted(_filters(later.query)) == sorted(
            first
        ), f"{where}: a later page lost the filters {first}: {later.query}"


@pytest.mark.parametrize("case", CASES)
def test_list_sample_prints_every_id_it_fetched(paged_runs, case: Case):
    """What the sample prints is the id of every item on the pages it fetched, in order: every
    item of the collection for a library that follows Link, the first page's for one that
    does not."""
    run = _run(paged_runs, case)
    where = f"{run.entry['file']} ({case.target})"
    assert run.outcome is not None and not run.outcome.error, f"{where}: {run.outcome}"
    call = case.example.calls.get(case.library) or case.endpoint.calls[case.library]
    fetched = [i for p in _fetched_pages(case) for i in case.listing.page_ids(p)]
    wanted = fetched if call.result == "list" else run.entry["output"].split("\n")
    printed = run.outcome.output.rstrip("\n").split("\n")
    assert printed == wanted, (
        f"{where} printed {len(printed)} lines ({printed[:2]}...{printed[-1:]}); "
        f"{len(wanted)} expected ({wanted[:2]}...{wanted[-1:]})"
    )


def test_published_lists_are_paged_both_ways():
    """The cases above exist: some published list is paged by the stub, some library tab of it
    follows Link and some reads one page (so both kinds of assertion run)."""
    kinds = {p.values[0].follows for p in CASES}
    assert kinds == {True, False}, f"paged list cases: {len(CASES)}, follow Link: {kinds}"
    paged = {p.values[0].endpoint.id for p in FILTERED}
    assert {"list_calls", "list_messages"} <= paged, f"filtered lists followed: {paged}"
