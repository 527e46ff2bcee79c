"""The built site in a real browser (Playwright driving Debian's chromium): tabs, copy, search, themes."""

from __future__ import annotations

import functools
import http.server
import json
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page, sync_playwright

from generator.model import Endpoint
from generator.spec import load_specs
from generator.targets import LIBRARIES, TARGETS

from conftest import ROOT
from project_copy import copy_project

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ARTIFACTS = ROOT / "test-artifacts"
SEARCH_TERM = "incomingCallUrl"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@dataclass
class Site:
    """The built site, served on 127.0.0.1, and the project it was built from."""

    url: str
    project: Path
    endpoint: Endpoint
    samples: list[dict] = field(default_factory=list)

    def page_url(self, endpoint: Endpoint | None = None) -> str:
        return self.url + (endpoint or self.endpoint).page.removesuffix(".md") + "/"

    def sample_text(self, example: str, target: str) -> str:
        entry = next(
            s
            for s in self.samples
            if s["endpoint"] == self.endpoint.id
            and s["example"] == example
            and s["target"] == target
        )
        return (self.project / "docs" / entry["file"]).read_text("utf-8")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory):
    project = copy_project(tmp_path_factory.mktemp("browser") / "project")
    built = project / "site"
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(built)],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    _, endpoints = load_specs(project / "spec")
    endpoint = next(e for e in endpoints if any(p.name == SEARCH_TERM for p in e.parameters))
    assert len(endpoint.examples) >= 2, "linked tabs need a page with two examples"
    manifest = json.loads((project / "docs" / "snippets" / "manifest.json").read_text("utf-8"))
    handler = functools.partial(_QuietHandler, directory=str(built))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield Site(
            f"http://127.0.0.1:{server.server_port}/", project, endpoint, manifest["samples"]
        )
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), "no chromium: run scripts/install-system-deps.sh (`make test` does)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@dataclass
class Visit:
    """One browser tab with a fresh profile, and every problem it reported."""

    page: Page
    problems: list[str]


@pytest.fixture
def visit(browser: Browser, site: Site):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site.url.rstrip("/"))
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on(
        "console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None
    )
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))

    def outside(route):  # the site must not need any other host; nothing may leave the machine
        problems.append(f"request to another host: {route.request.url}")
        route.abort()

    page.route(lambda url: urlsplit(url).hostname != "127.0.0.1", outside)
    yield Visit(page, problems)
    context.close()


_CHOSEN_TABS = """() => [...document.querySelectorAll('.tabbed-set')].map(set => {
        const checked = set.querySelector(':scope > input:checked');
        return set.querySelector(`label[for="${checked.id}"]`).innerText.trim();
    })"""


def _chosen_tabs(page: Page) -> list[str]:
    """The label of the selected tab in every tab set on the page."""
    return page.evaluate(_CHOSEN_TABS)


def _wait_for_tabs(page: Page, expected: list[str], why: str) -> None:
    """Wait until every tab set shows `expected` (Material syncs and restores tabs in its own
    time after a click or a load), failing with what the page shows instead."""
    try:
        page.wait_for_function(
            f"expected => JSON.stringify(({_CHOSEN_TABS})()) === JSON.stringify(expected)",
            arg=expected,
            timeout=10_000,
        )
    except Exception:  # noqa: BLE001 - report the state, not Playwright's timeout
        pytest.fail(f"{why}: tabs show {_chosen_tabs(page)}, expected {expected}")


def _visible_code(page: Page, example_index: int) -> str:
    return (
        page.locator(".tabbed-set")
        .nth(example_index)
        .locator(".tabbed-block:visible pre > code")
        .first.inner_text()  # the sample; its Output follows it
    )


def test_pages_load_without_console_errors_or_outside_requests(visit: Visit, site: Site):
    for url in (site.url, site.page_url(), site.url + "spec-format/"):
        response = visit.page.goto(url)
        assert response and response.ok, url
        visit.page.wait_for_load_state("networkidle")
    assert visit.problems == []


def test_choosing_ruby_switches_every_example_and_is_remembered(visit: Visit, site: Site):
    page = visit.page
    page.goto(site.page_url())
    first_label = TARGETS[0].label
    assert _chosen_tabs(page) == [first_label] * len(site.endpoint.examples)
    page.locator(".tabbed-set").first.locator("label", has_text="Ruby").click()
    _wait_for_tabs(page, ["Ruby"] * len(site.endpoint.examples), "Ruby did not switch every set")
    for index, example in enumerate(site.endpoint.examples):
        assert _visible_code(page, index).strip() == site.sample_text(example.id, "ruby").strip()

    page.goto(site.url)
    page.goto(site.page_url())
    _wait_for_tabs(page, ["Ruby"] * len(site.endpoint.examples), "choice not remembered")
    assert visit.problems == []


def test_copy_button_copies_the_visible_sample(visit: Visit, site: Site):
    page = visit.page
    page.goto(site.page_url())
    blocks = page.locator("pre > code")
    samples = page.locator("pre > code:not(.language-text):not(.language-http)")
    assert samples.count() == len(TARGETS) * len(site.endpoint.examples)
    assert page.locator("pre button[data-clipboard-target]").count() == blocks.count()

    example = site.endpoint.examples[0]
    page.locator(".tabbed-set").first.locator("label", has_text="Python").click()
    visible = page.locator(".tabbed-set").first.locator(".tabbed-block:visible")
    visible.hover()
    visible.locator("button[data-clipboard-target]").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert copied.rstrip("\n") == site.sample_text(example.id, "python").rstrip("\n")
    assert visit.problems == []


def test_every_language_is_highlighted(visit: Visit, site: Site):
    page = visit.page
    page.goto(site.page_url())
    first_set = page.locator(".tabbed-set").first
    for index, target in enumerate(TARGETS):
        block = first_set.locator(".tabbed-block").nth(index)
        assert block.locator(f".language-{target.lexer}").count() == 1, target.key
        token_classes = block.evaluate(
            "b => new Set([...b.querySelectorAll('code span[class]')].map(s => s.className)).size"
        )
        assert token_classes >= 3, f"{target.key} sample is not syntax-highlighted"


def test_search_finds_a_parameter_name(visit: Visit, site: Site):
    page = visit.page
    page.goto(site.url)
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").press_sequentially(SEARCH_TERM)
    # Results are re-rendered as each letter arrives: wait until the page is among them, in the
    # browser, instead of reading a list that may be replaced while it is read.
    expected = urlsplit(site.page_url()).path
    page.wait_for_function(
        """path => [...document.querySelectorAll('.md-search-result__item > a')]
            .some(a => new URL(a.href).pathname === path)""",
        arg=expected,
        timeout=15_000,
    )
    assert visit.problems == []


def test_parameter_rows_badge_navigation_and_versions(visit: Visit, site: Site):
    page = visit.page
    page.goto(site.page_url())
    for parameter in site.endpoint.parameters:
        anchor = page.locator(f'[id="param-{parameter.name}"]')
        assert anchor.get_attribute("href") == f"#param-{parameter.name}"
        assert anchor.inner_text() == parameter.name
    page.locator(f'[id="param-{SEARCH_TERM}"]').click()
    assert urlsplit(page.url).fragment == f"param-{SEARCH_TERM}"

    badge = page.locator(f".http-method--{site.endpoint.method.lower()}").first
    assert badge.inner_text() == site.endpoint.method
    colours = badge.evaluate(
        "b => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]"
    )
    assert colours[0] not in ("rgba(0, 0, 0, 0)", "transparent") and colours[0] != colours[1]

    section = page.locator(
        ".md-nav--primary .md-nav__item--nested", has_text=site.endpoint.resource
    )
    assert section.locator("a", has_text=site.endpoint.title).count() == 1

    text = page.locator("article").inner_text()
    for library in LIBRARIES.values():
        assert f"{library.name} {library.version}" in text

    page.goto(site.url)
    link = page.locator("article a", has_text=site.endpoint.title)
    assert (
        urlsplit(link.get_attribute("href"))
        .path.rstrip("/")
        .endswith(Path(site.endpoint.page).stem)
    )
    row = page.locator("article tr").filter(has=page.locator("a", has_text=site.endpoint.title))
    assert row.locator(".http-method").inner_text() == site.endpoint.method


def _table_after(page: Page, heading: str):
    """The first table after the article's one h2 titled `heading`."""
    h2 = page.locator("article h2", has_text=heading)
    assert h2.count() == 1, heading
    return page.locator(f"article h2#{h2.get_attribute('id')} ~ * table").first


def test_navigation_and_landing_page_list_each_resource_in_reading_order(visit: Visit, site: Site):
    """List, Create, Get, Update, Delete: as the specs' reading order gives them, not by name."""
    _, endpoints = load_specs(site.project / "spec")
    page = visit.page
    for resource in dict.fromkeys(e.resource for e in endpoints):
        titles = [e.title for e in endpoints if e.resource == resource]
        # The navigation is pruned: a resource's pages are listed while one of them is open;
        # the first one's table of contents is left out (it is not a page link).
        page.goto(site.page_url(next(e for e in endpoints if e.resource == resource)))
        section = page.locator(".md-nav--primary .md-nav__item--nested", has_text=resource)
        links = section.locator("a.md-nav__link:not(.md-nav--secondary a)").all_inner_texts()
        assert [t.strip() for t in links] == titles
        page.goto(site.url)
        table = _table_after(page, resource)
        assert table.locator("td a").all_inner_texts() == titles
    assert visit.problems == []


def test_get_shows_the_answer_properties_as_a_second_table(visit: Visit, site: Site):
    _, endpoints = load_specs(site.project / "spec")
    get = next(e for e in endpoints if e.method == "GET" and e.properties and e.located("path"))
    page = visit.page
    page.goto(site.page_url(get))
    rows = _table_after(page, "Properties").locator("tbody tr")
    assert rows.count() == len(get.properties)
    names = [rows.nth(i).locator("td").first.inner_text() for i in range(rows.count())]
    assert names == [p.name for p in get.properties]
    assert "incomingCallUrl" in names and names[0] == "id"
    assert visit.problems == []


# Every tab's sample is laid out (not only the chosen one's) so that each is measured in its box.
_SHOW_EVERY_TAB = ".tabbed-set > .tabbed-content > .tabbed-block { display: block !important; }"
# Text about 10% wider than this machine's fonts: the layout must not fit only the fonts installed.
_WIDER_TEXT = "body { letter-spacing: 0.06em; }"

_SIDEWAYS = """tablesMustFit => {
    const problems = [];
    const first = el => el.innerText.trim().split('\\n')[0].slice(0, 60);
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth)
        problems.push(`the page is ${root.scrollWidth}px wide in a ${root.clientWidth}px window`);
    // Material hides the page's own overflow (html {overflow-x: hidden}): text or a box sticking
    // out of the content column would be cut off without a scrollbar, so look at every one.
    const column = document.querySelector('.md-content').getBoundingClientRect();
    const boxes = 'pre, .md-typeset__scrollwrap, .tabbed-labels';  // these scroll, measured below
    const outside = r => r.width > 0 && (r.right > column.right + 0.5 || r.left < column.left - 0.5);
    const where = r => `${Math.round(r.left)}-${Math.round(r.right)}px, outside the ` +
        `${Math.round(column.left)}-${Math.round(column.right)}px content column`;
    for (const el of document.querySelectorAll('.md-content *')) {
        if (el.parentElement.closest(boxes)) continue;
        const box = el.getBoundingClientRect();
        if (outside(box)) problems.push(`<${el.localName}> "${first(el)}" spans ${where(box)}`);
    }
    const texts = document.createTreeWalker(document.querySelector('.md-content'), NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let text = texts.nextNode(); text; text = texts.nextNode()) {
        if (text.parentElement.closest(boxes)) continue;
        range.selectNodeContents(text);
        const line = [...range.getClientRects()].find(outside);
        if (line) problems.push(`text "${text.data.trim().slice(0, 60)}" spans ${where(line)}`);
    }
    for (const code of document.querySelectorAll('.md-typeset pre > code'))
        if (code.clientWidth === 0) problems.push(`code block "${code.textContent.split("\\n")[0]}" is not shown`);
        else if (code.scrollWidth > code.clientWidth)
            problems.push(`code block "${first(code)}" scrolls: ${code.scrollWidth}px in ` +
                `${code.clientWidth}px`);
    if (tablesMustFit)
        for (const wrap of document.querySelectorAll('.md-typeset__scrollwrap'))
            if (wrap.scrollWidth > wrap.clientWidth)
                problems.push(`table "${first(wrap.querySelector('tr'))}" scrolls: ` +
                    `${wrap.scrollWidth}px in ${wrap.clientWidth}px`);
    return problems;
}"""


# Each page is loaded once per font setting and measured at every width, the window resized in
# between: with transitions off, each width is measured as it settles, as a load at it would be.
_WIDTHS = (390, 1280, 1440)
_NO_TRANSITIONS = (
    "*, *::before, *::after { transition: none !important; animation: none !important; }"
)
# Two frames after a resize: Material's resize handlers have laid the page out again.
_SETTLED = "() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))"


@pytest.mark.parametrize("wider", [False, True], ids=["installed-fonts", "wider-text"])
def test_every_page_reads_without_sideways_scrolling(visit: Visit, site: Site, wider: bool):
    """At 1280 and 1440px no table or sample scrolls sideways; on a 390px phone the page does not
    (a table may scroll in its own box); nothing sticks out of the content column; and all of this
    still holds with text wider than the installed fonts make it."""
    built = site.project / "site"
    paths = sorted(str(f.relative_to(built).as_posix()) for f in built.rglob("*.html"))
    assert "applications/create-application/index.html" in paths
    page = visit.page
    problems = []
    for path in paths:
        page.set_viewport_size({"width": _WIDTHS[0], "height": 900})
        page.goto(site.url + path)
        page.add_style_tag(
            content=_SHOW_EVERY_TAB + _NO_TRANSITIONS + (_WIDER_TEXT if wider else "")
        )
        for width in _WIDTHS:
            page.set_viewport_size({"width": width, "height": 900})
            page.evaluate(_SETTLED)
            assert page.evaluate("innerWidth") == width, f"{path}: the window is not {width}px"
            found = page.evaluate(_SIDEWAYS, width >= 1280)
            problems += [f"{path} at {width}px: {p}" for p in found]
    assert not problems, "\n".join(problems)
    assert visit.problems == []


def test_light_and_dark_screenshots(visit: Visit, site: Site):
    page = visit.page
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(site.url)
    page.screenshot(path=ARTIFACTS / "landing-light.png", full_page=True)
    page.goto(site.page_url())
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    page.screenshot(path=ARTIFACTS / f"{Path(site.endpoint.page).stem}-light.png", full_page=True)
    page.locator("form[data-md-component=palette] label:visible").click()
    assert page.evaluate(scheme) == "slate"
    page.reload()
    assert page.evaluate(scheme) == "slate", "the dark choice was not remembered"
    page.screenshot(path=ARTIFACTS / f"{Path(site.endpoint.page).stem}-dark.png", full_page=True)
    assert visit.problems == []
