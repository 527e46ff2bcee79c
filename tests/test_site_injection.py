"""Every payload in every field: what a spec check accepts is inert in the built site, in Chromium.

The corpus (tests/fixtures/hostile_page/corpus.py) puts each payload into every field that can
carry text; each payload gets a page of its own with the payload in every field that accepts it.
`mkdocs build --strict` builds the site; every page is loaded in one headless Chromium that
records dialogs, console errors, page errors and every request that is not to the local server;
the HTML, the navigation and search/search_index.json are read for scripts, handlers and links;
and the search box renders results for the payloads. What the checks refuse is a case in
tests/bad_specs/injection_*/ (checked here to be current, run by tests/test_bad_specs.py).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import re
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st
from playwright.sync_api import sync_playwright
from test_live_preview import Serve

from generator.spec.text import link_destinations, link_problem

from conftest import ROOT
from project_copy import copy_project

sys.path.insert(0, str(ROOT / "tests" / "fixtures" / "hostile_page"))
import corpus  # noqa: E402

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Terms the search box is given: each finds every corpus page (titles, examples, tables).
SEARCH_TERMS = ["Request", "Example", "Plain", "onerror"]
# The tags Material writes in the navigation (titles from specs must add none).
NAV_TAGS = {"nav", "label", "a", "ul", "li", "span", "div", "input", "svg", "path", "img"}
# Schemes that run or embed something instead of leading to a page.
UNSAFE_SCHEME = re.compile(r"^\s*(javascript|vbscript|data|file):", re.I)


@pytest.fixture(scope="module")
def accepted() -> dict[str, dict[str, str]]:
    """Payload -> the fields (field -> text) the spec checks accept it in."""
    return corpus.accepted()


def _project(root: Path, accepted: dict[str, dict[str, str]]) -> Path:
    """The site's set-up (mkdocs.yml, stylesheets, scripts) with one corpus page per payload."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    config.pop("watch", None)
    config.pop("nav", None)  # the project's nav names the published pages; this one has its own
    plugins = [p for p in config["plugins"] if p != "api-samples" and "api-samples" not in p]
    config["plugins"] = [*plugins, {"api-samples": {"templates_dir": str(ROOT / "templates")}}]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True))
    for assets in ("stylesheets", "javascripts"):  # highlight.js runs over every hostile sample
        shutil.copytree(ROOT / "docs" / assets, root / "docs" / assets)
    (root / "docs" / corpus.SENTINEL[0]).write_text(corpus.SENTINEL[1] + "\n")
    (root / "docs" / corpus.PIXEL[0]).write_bytes(corpus.PIXEL[1])
    spec_dir = root / "spec"
    spec_dir.mkdir()
    names = list(corpus.PAYLOADS)
    api = corpus.base_api(len(names))
    titles = [f["api_title"] for f in accepted.values() if "api_title" in f]
    api["title"] = " ".join(titles)  # one API title: every payload it accepts, side by side
    assert corpus.refusal({"api_title": api["title"]}) is None
    for n, name in enumerate(names):
        fields = {k: v for k, v in accepted[name].items() if k != "api_title"}
        spec, page_api = corpus.spec_with(fields, n, len(names))
        api["parameter_sets"][f"set{n}"] = page_api["parameter_sets"][f"set{n}"]
        (spec_dir / f"corpus{n}.yaml").write_text(corpus.dump(spec), "utf-8")
    (spec_dir / "_api.yaml").write_text(corpus.dump(api), "utf-8")
    return root


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory, accepted):
    """The corpus site, built with `mkdocs build --strict` and served on 127.0.0.1."""
    project = _project(tmp_path_factory.mktemp("injection"), accepted)
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"],
        cwd=project,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert result.returncode == 0, result.stderr
    handler = functools.partial(_Quiet, directory=str(project / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield project / "site", f"http://127.0.0.1:{server.server_port}/"
    finally:
        server.shutdown()
        server.server_close()


class _Markup(HTMLParser):
    """What a browser would run in a piece of HTML: scripts, handlers, unsafe links, tags."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts: list[str] = []
        self.problems: list[str] = []
        self.tags: set[str] = set()
        self._script = False

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        self._script = tag == "script"
        if self._script:
            self.scripts.append("")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}={value!r}>")
            if name in ("href", "src", "action", "formaction", "xlink:href") and value:
                if UNSAFE_SCHEME.match(value) or corpus.OUTSIDE in value:
                    self.problems.append(f"<{tag} {name}={value!r}>")
            if name == "autofocus":
                self.problems.append(f"<{tag} autofocus>")

    def handle_endtag(self, tag):
        self._script = self._script and tag != "script"

    def handle_data(self, data):
        if self._script:
            self.scripts[-1] += data


def _markup(html: str) -> _Markup:
    parsed = _Markup()
    parsed.feed(html)
    return parsed


def test_refused_payloads_are_bad_spec_cases(accepted):
    """Every payload a check refuses in a field of BAD_SPEC_FIELDS is a committed bad spec."""
    for case, files in corpus.bad_spec_cases(accepted).items():
        folder = corpus.BAD / case
        on_disk = {p.name: p.read_text("utf-8") for p in folder.glob("*.yaml")}
        assert on_disk == files, f"run python tests/fixtures/hostile_page/corpus.py ({case})"
    refused = {
        (name, field)
        for name in corpus.PAYLOADS
        for field in corpus.FIELDS
        if field not in accepted[name]
    }
    accepted_pairs = len(corpus.PAYLOADS) * len(corpus.FIELDS) - len(refused)
    print(f"\ninjection corpus: {len(corpus.PAYLOADS)} payloads x {len(corpus.FIELDS)} fields:")
    print(f"  {accepted_pairs} accepted (checked in Chromium), {len(refused)} refused")
    # The refusals that matter for the browser: a script-capable payload in a nav title.
    for name in ("script", "img_onerror", "svg_onload", "title_break", "entity_tag"):
        assert {"resource", "title", "api_title"}.isdisjoint(accepted[name]), name
    for name in ("link_js", "link_js_newline", "link_js_entity", "link_data", "image_outside"):
        assert "description" not in accepted[name] and "parameter_description" not in accepted[name]
    assert len(accepted["allowed_links"]) >= 10, "the allow-list lets ordinary links through"


def test_every_page_and_the_search_index_carry_no_script_handler_or_unsafe_link(site):
    built, _ = site
    problems = []
    pages = sorted(built.rglob("*.html"))
    assert len(pages) > len(corpus.PAYLOADS), "a page for every payload"
    for path in pages:
        html = path.read_text("utf-8")
        parsed = _markup(html)
        where = path.relative_to(built).as_posix()
        problems += [f"{where}: {p}" for p in parsed.problems]
        problems += [f"{where}: script {s[:60]!r}" for s in parsed.scripts if "alert" in s]
        if corpus.SENTINEL[1] in html:
            problems.append(f"{where}: an include directive in a spec included a file")
        nav = re.search(r'<nav class="md-nav md-nav--primary".*?</nav>', html, re.S)
        assert nav, where
        nav_tags = _markup(nav[0]).tags - NAV_TAGS
        problems += [f"{where}: navigation has <{t}>" for t in sorted(nav_tags)]
    # Material renders search results from the index as HTML: the index is HTML too.
    index = json.loads((built / "search" / "search_index.json").read_text("utf-8"))
    for doc in index["docs"]:
        for key in ("title", "text"):
            parsed = _markup(doc[key])
            problems += [f"search {doc['location']} {key}: {p}" for p in parsed.problems]
            extra = parsed.tags - {"code", "pre", "p", "br", "em", "strong", "a", "ul", "li"}
            problems += [f"search {doc['location']} {key}: <{t}>" for t in sorted(extra)]
        if corpus.SENTINEL[1] in doc["text"]:
            problems.append(f"search {doc['location']}: included file")
    assert not problems, "\n".join(problems)


@pytest.fixture(scope="module")
def browser():
    assert CHROMIUM.exists(), "no chromium: run scripts/install-system-deps.sh (`make test` does)"
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


def _watched_page(browser, problems: list[str]):
    """A fresh tab that records dialogs, console errors, page errors and outside requests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.set_default_timeout(15_000)

    def dialog(d):
        problems.append(f"{page.url}: {d.type} dialog {d.message!r}")
        d.dismiss()

    page.on("dialog", dialog)
    page.on(
        "console",
        lambda m: problems.append(f"{page.url}: console {m.text}") if m.type == "error" else None,
    )
    page.on("pageerror", lambda e: problems.append(f"{page.url}: page error {e}"))

    def outside(route):
        problems.append(f"{page.url}: request to {route.request.url}")
        route.abort()

    context.route(lambda url: urlsplit(url).hostname != "127.0.0.1", outside)
    return context, page


_RESULTS = "document.querySelectorAll('.md-search-result__item').length"


def _show_every_result(page) -> None:
    """Scroll the search results until Material has rendered all of them (it adds 10 a time)."""
    shown = -1
    while shown != (shown := page.evaluate(_RESULTS)):
        page.locator(".md-search__scrollwrap").evaluate("e => e.scrollTop = e.scrollHeight")
        page.locator(".md-search-result__list").hover()
        page.wait_for_timeout(200)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _check_titles_shown(page, fields: dict[str, str], problems: list[str]) -> None:
    """The page's resource and title show in the navigation and the window title as written."""
    nav = _one_line(page.locator(".md-nav--primary").first.inner_text())
    for field in ("resource", "title"):
        if field in fields and _one_line(fields[field]) not in nav:
            problems.append(f"{page.url}: the {field} {fields[field]!r} is not shown as written")
    if "title" in fields and not page.title().startswith(_one_line(fields["title"])):
        problems.append(f"{page.url}: window title {page.title()!r}")


def test_every_page_in_chromium_runs_nothing_and_asks_no_other_host(site, browser, accepted):
    built, url = site
    problems: list[str] = []
    names, corpus_pages = list(corpus.PAYLOADS), 0
    context, page = _watched_page(browser, problems)
    try:
        paths = sorted(p.relative_to(built).as_posix() for p in built.rglob("index.html"))
        for path in paths:
            page.goto(url + path.removesuffix("index.html"), wait_until="load")
            # Moving over the page and focusing runs what an attribute would have set.
            for x, y in ((150, 300), (700, 300), (700, 600)):
                page.mouse.move(x, y)
            page.keyboard.press("Tab")
            if number := re.search(r"/corpus(\d+)/index\.html$", path):
                _check_titles_shown(page, accepted[names[int(number[1])]], problems)
                corpus_pages += 1
        for term in SEARCH_TERMS:
            page.goto(url, wait_until="load")
            page.locator("input.md-search__input").click()
            page.locator("input.md-search__input").press_sequentially(term)
            try:
                page.wait_for_function(
                    "() => document.querySelectorAll('.md-search-result__item').length > 0"
                )
            except Exception:  # noqa: BLE001 - say which term, not Playwright's timeout
                pytest.fail(f"the search for {term!r} shows no results")
            _show_every_result(page)
        page.wait_for_timeout(500)  # a handler set to run on load has run by now
        assert corpus_pages == len(names)
    finally:
        context.close()
    assert not problems, "\n".join(problems)


def test_the_live_preview_error_box_shows_spec_text_as_text(tmp_path, browser):
    """Under the live preview, a broken spec's message (which quotes the spec) is shown inert."""
    project = copy_project(tmp_path / "project")
    spec = project / "spec" / "create_application.yaml"
    data = yaml.safe_load(spec.read_text("utf-8"))
    server = Serve(project, "mkdocs")
    problems: list[str] = []
    context, page = _watched_page(browser, problems)
    try:
        server.wait_for_page_with("Supported Parameters")
        data["examples"][0]["values"]["callbackHttpMethod"] = "<img src=x onerror=alert(98)>"
        data["examples"][0]["values"]["<svg onload=alert(97)>"] = 1
        spec.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), "utf-8")
        server.wait_for(lambda: "alert(98)" in server.get("preview-problems.js"), "the problems")
        page.goto(f"http://127.0.0.1:{server.port}/applications/create-application/")
        banner = page.locator(".api-samples-error").inner_text()
        assert '"<img src=x onerror=alert(98)>" is not one of' in banner
        assert "<svg onload=alert(97)>" in banner
        assert page.locator(".api-samples-error img, .api-samples-error svg").count() == 0
        page.locator(".api-samples-error").hover()
        page.wait_for_timeout(300)
    finally:
        context.close()
        server.stop()
    assert not problems, "\n".join(problems)


# Pieces of Markdown link syntax, and of the ways a scheme can be spelled past a simple match.
_LINK_PIECES = st.lists(
    st.sampled_from(
        [
            "[x](",
            "![x](",
            "[r]:",
            "[r]",
            "\n",
            "\n\n",
            " ",
            "\t",
            "<",
            ">",
            ")",
            "java",
            "script",
            "JaVa",
            "data",
            ":",
            "&#58;",
            "&colon;",
            "&#x09;",
            "\\",
            "alert(1)",
            "http",
            "//",
            "#",
        ]
    ),
    max_size=12,
)


class _Urls(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.urls: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        self.urls += [(name, value) for name, value in attrs if name in ("href", "src")]


def _as_browser_reads(url: str) -> str:
    """A URL as the browser's parser sees it: C0 and spaces off the ends, tabs and newlines out."""
    return re.sub(r"[\t\n\r]", "", url.strip("".join(map(chr, range(0x21)))))


@settings(max_examples=400, deadline=None)
@given(_LINK_PIECES.map("".join))
def test_every_link_python_markdown_makes_from_an_accepted_description_is_allowed(text):
    """Rendered without the site's HTML escaping (stricter than the site), an accepted
    description gives no href or src that runs script, embeds data or loads from outside."""
    if any(link_problem(kind, url) for kind, url in link_destinations(text)):
        return
    parser = _Urls()
    parser.feed(markdown.markdown(text, extensions=["tables", "toc"]))
    for name, value in parser.urls:
        url = _as_browser_reads(value)
        scheme = re.match(r"[A-Za-z][A-Za-z0-9+.\-]*(?=:)", url)
        assert not scheme or scheme[0].lower() in ("http", "https", "mailto"), (name, value)
        if name == "src":
            assert not scheme and not url.replace("\\", "/").startswith("//"), value
