"""Both site engines build the same docs/ and mkdocs.yml, with no plugin of ours: MkDocs + Material
and Zensical. In Debian's chromium each site has the same navigation, linked tabs, copy buttons,
search that finds a parameter, and light and dark schemes."""

from __future__ import annotations

import functools
import http.server
import os
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Error, Page, sync_playwright

from generator.spec import load_specs
from generator.targets import TARGETS

from project_copy import copy_project

ENGINES = ("mkdocs", "zensical")
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"]
PAGE = "applications/create-application"
OTHER_PAGE = "applications/update-application"  # also has two examples, so linked tabs show
SEARCH_TERM = "incomingCallUrl"


def _build_command(engine: str, site: Path) -> list[str]:
    if engine == "mkdocs":
        return [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)]
    return [sys.executable, "-m", "zensical", "build", "--strict", "--clean"]


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("engines") / "project")
    config = yaml.safe_load((project / "mkdocs.yml").read_text("utf-8"))
    assert not any(
        (p if isinstance(p, str) else next(iter(p))) == "api-samples"
        for p in config.get("plugins", [])
    ), "the site must not need the api-samples plugin"
    return project


@pytest.fixture(scope="module", params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def site_url(engine: str, project: Path):
    """The project built by one engine, served on 127.0.0.1."""
    built = project / "site"
    result = subprocess.run(
        _build_command(engine, built),
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, f"{engine}: {result.stdout}{result.stderr}"
    assert (built / PAGE / "index.html").is_file(), f"{engine} built no {PAGE} page"
    handler = functools.partial(_QuietHandler, directory=str(built))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/"
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


@pytest.fixture
def page(browser: Browser, site_url: str):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme="light")
    context.grant_permissions(["clipboard-read", "clipboard-write"], origin=site_url.rstrip("/"))
    page = context.new_page()
    page.set_default_timeout(15_000)
    problems: list[str] = []
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    page.route(lambda url: urlsplit(url).hostname != "127.0.0.1", lambda route: route.abort())
    page.base = site_url  # type: ignore[attr-defined]
    yield page
    context.close()
    assert problems == []


def _go(page: Page, rel: str) -> None:
    response = page.goto(page.base + rel + "/" if rel else page.base)  # type: ignore[attr-defined]
    assert response and response.ok, rel


def _primary_nav(page: Page) -> list[str]:
    """The text of every link in the site navigation (not the page's table of contents)."""
    return page.evaluate("""() => [...document.querySelectorAll('.md-nav--primary .md-nav__link')]
        .filter(a => !a.closest('.md-nav--secondary') && a.offsetParent !== null)
        .map(a => a.innerText.trim())""")


def _chosen_tabs(page: Page) -> list[str]:
    return page.evaluate("""() => [...document.querySelectorAll('.tabbed-set')].map(set => {
        const checked = set.querySelector(':scope > input:checked');
        return set.querySelector(`label[for="${checked.id}"]`).innerText.trim();
    })""")


def _title(markdown: Path) -> str:
    """A page's title as both engines take it: front matter `title`, else its first heading."""
    text = markdown.read_text("utf-8")
    if text.startswith("---\n"):
        meta = yaml.safe_load(text[4 : text.index("\n---", 4)])
        if meta and meta.get("title"):
            return meta["title"]
    return next(line[2:].strip() for line in text.splitlines() if line.startswith("# "))


def test_navigation_is_the_reading_order_with_the_page_titles(page: Page, project: Path):
    """Home, the hand-written pages, then each resource, with the pages of the open page's
    resource as the specs order them (List, Create, Get, Update, Delete; navigation.prune folds
    the others): the same list, built by either engine."""
    _, endpoints = load_specs(project / "spec")
    expected = [_title(project / "docs" / "index.md"), _title(project / "docs" / "spec-format.md")]
    for resource in dict.fromkeys(e.resource for e in endpoints):
        expected.append(resource)
        if resource == "Applications":  # PAGE's resource
            expected += [e.title for e in endpoints if e.resource == resource]
    _go(page, PAGE)
    assert _primary_nav(page) == expected


def test_tabs_are_linked_across_pages(page: Page):
    _go(page, PAGE)
    sets = page.locator(".tabbed-set")
    assert sets.count() >= 2
    sets.first.locator("label", has_text="Ruby").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('.tabbed-set')].every(s => "
        "s.querySelector(`label[for='${s.querySelector(':scope > input:checked').id}']`)"
        ".innerText.trim() === 'Ruby')"
    )
    _go(page, OTHER_PAGE)
    page.wait_for_function(
        "() => [...document.querySelectorAll('.tabbed-set')].every(s => "
        "s.querySelector(`label[for='${s.querySelector(':scope > input:checked').id}']`)"
        ".innerText.trim() === 'Ruby')",
        timeout=10_000,
    )
    assert set(_chosen_tabs(page)) == {"Ruby"}


def test_copy_button_copies_the_visible_sample(page: Page, project: Path):
    _go(page, PAGE)
    first = page.locator(".tabbed-set").first
    first.locator("label", has_text="Python").click()
    visible = first.locator(".tabbed-block:visible")
    expected = visible.locator("pre > code").first.inner_text()  # the sample, before its Output
    visible.hover()
    visible.locator("button[data-clipboard-target]").first.click()
    copied = page.evaluate("navigator.clipboard.readText()")
    assert "bandwidth" in copied, "not the Python sample"
    assert copied.rstrip("\n") == expected.rstrip("\n")


# How each engine's search is opened, typed into and lists results: Material 9's box in the
# header; Zensical's dialog (in a shadow root, which Playwright's locators reach into).
SEARCH_UI = {
    "mkdocs": ("input.md-search__input", "input.md-search__input", ".md-search-result__item > a"),
    "zensical": ("button.md-search__button", "dialog input[role=combobox]", "a[role=option]"),
}


def test_search_finds_a_parameter(page: Page, site_url: str, engine: str):
    opener, box, result = SEARCH_UI[engine]
    _go(page, "")
    page.locator(opener).first.click()
    page.locator(box).press_sequentially(SEARCH_TERM)
    deadline = time.monotonic() + 60  # the index is built in a worker: slow on a loaded machine
    found: list[str] = []
    while time.monotonic() < deadline:
        # Results are re-rendered as each letter arrives; read them again until they settle.
        try:
            found = [
                urlsplit(a.get_attribute("href") or "").path for a in page.locator(result).all()
            ]
        except Error:
            continue
        if f"/{PAGE}/" in found:
            return
        time.sleep(0.2)
    pytest.fail(f"{engine}: search for {SEARCH_TERM} did not list /{PAGE}/; it listed {found}")


def test_light_and_dark_schemes(page: Page):
    _go(page, PAGE)
    scheme = "document.body.getAttribute('data-md-color-scheme')"
    assert page.evaluate(scheme) == "default"
    light = page.evaluate("getComputedStyle(document.body).backgroundColor")
    page.locator("form[data-md-component=palette] label:visible").click()
    assert page.evaluate(scheme) == "slate"
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") != light
    page.reload()
    assert page.evaluate(scheme) == "slate", "the dark choice was not remembered"


def test_every_sample_is_highlighted_in_the_scheme_colours(page: Page):
    """The samples carry no token markup in the HTML (the pages stay light); the browser adds
    it, and the tokens take the theme's code colours, which differ between light and dark."""
    _go(page, PAGE)
    html = (page.context.request.get(page.url)).text()
    assert '<span class="k">' not in html and "hljs-" not in html
    first = page.locator(".tabbed-set").first
    blocks = first.locator("pre > code:not(.language-text)")  # the samples, not their Output
    assert blocks.count() == len(TARGETS)
    for index in range(blocks.count()):
        classes = blocks.nth(index).evaluate(
            "c => new Set([...c.querySelectorAll('span[class^=hljs-]')].map(s => s.className)).size"
        )
        assert classes >= 3, f"sample {index} of the first example is not highlighted"
    curl = blocks.first.evaluate(
        "c => [...c.querySelectorAll('span')].map(s => [s.className, s.textContent])"
    )
    assert ["hljs-built_in", "curl"] in curl, "the cURL sample's command is not a token"
    assert {"-X", "-H", "-d"} <= {text for kind, text in curl if kind == "hljs-params"}
    keyword = (
        "() => getComputedStyle(document.querySelector('.hljs-keyword, .hljs-built_in')).color"
    )
    light = page.evaluate(keyword)
    page.locator("form[data-md-component=palette] label:visible").click()
    assert page.evaluate(keyword) != light


def test_each_example_shows_its_response_and_each_tab_its_output(page: Page):
    """The Create page's first example: the Python tab's Output is the new id, and the Response
    below the tabs is the 201 whose Location names it (both shown as text by either engine)."""
    _go(page, PAGE)
    first = page.locator(".tabbed-set").first
    first.locator("label", has_text="Python").click()
    output = first.locator(".tabbed-block:visible pre > code.language-text").inner_text().strip()
    assert output.startswith("a-") and len(output) == 14, output
    response = page.locator("pre > code.language-http").first.inner_text()
    lines = response.splitlines()
    assert lines[0] == "HTTP/1.1 201 Created", response
    assert lines[1].startswith("Location: https://") and lines[1].endswith(f"/{output}"), response
