"""The built site: hostile spec text shows as written, and a broken spec keeps the last good pages.

Runs MkDocs itself on a temporary project (the real mkdocs.yml, the plugin, a hostile spec).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from generator.targets import TARGETS

from conftest import ROOT, SPEC_DIRS
from test_bad_specs import BAD, snapshot

HOSTILE_SPEC = ROOT / "tests" / "fixtures" / "hostile_page" / "hostile_text.yaml"
LITERAL = "{{ 7*7 }}"


def _project(root: Path) -> Path:
    """A copy of the site's set-up (mkdocs.yml, stylesheets) with the hostile spec as its only page."""
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text())
    config.pop("watch", None)
    config.pop("nav", None)  # the project's nav names the published pages; this one has its own
    plugins = [p for p in config["plugins"] if p != "api-samples" and "api-samples" not in p]
    config["plugins"] = [*plugins, {"api-samples": {"templates_dir": str(ROOT / "templates")}}]
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True))
    shutil.copytree(ROOT / "docs" / "stylesheets", root / "docs" / "stylesheets")
    (root / "spec").mkdir()
    shutil.copy(SPEC_DIRS["published"] / "_api.yaml", root / "spec")
    shutil.copy(HOSTILE_SPEC, root / "spec")
    return root


def _mkdocs_build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", "site"],
        cwd=project,
        capture_output=True,
        text=True,
    )


class _Page(HTMLParser):
    """What a browser would run or show: scripts, event handlers, links, table rows, text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.scripts, self.handlers, self.hrefs, self.rows, self.text = [], [], [], [], []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        self.hrefs += [value for name, value in attrs if name in ("href", "src") and value]
        self._in_script = tag == "script"
        if tag == "script":
            self.scripts.append("")
        if tag == "tr":
            self.rows.append(0)
        if tag in ("td", "th"):
            self.rows[-1] += 1
        if tag == "br":
            self.text.append("\n")

    def handle_endtag(self, tag):
        self._in_script = self._in_script and tag != "script"

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1] += data
        else:
            self.text.append(data)


def _page(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text("utf-8"))
    return page


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = _project(tmp_path_factory.mktemp("hostile"))
    result = _mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project


@pytest.mark.parametrize(
    "page, shown",
    [
        ("applications/hostile-text/index.html", "<script>alert('example')</script>"),
        ("index.html", "Hostile 'title'"),
    ],
)
def test_hostile_text_runs_no_script(hostile_site, page, shown):
    html = _page(hostile_site / "site" / page)
    assert not [s for s in html.scripts if "alert" in s]
    assert html.handlers == []
    assert not [h for h in html.hrefs if h.lower().startswith(("javascript:", "x"))]
    assert shown in "".join(html.text), "shown as text"
    assert "Hostile 'title' | ] [x] *em* `code` {{ 7*7 }} \\" in "".join(html.text)


def test_hostile_text_keeps_the_tables(hostile_site):
    page = _page(hostile_site / "site" / "applications" / "hostile-text" / "index.html")
    assert page.rows[:4] == [6, 6, 6, 6], "header and three parameters, six cells each"
    text = "".join(page.text)
    assert "A | pipe\nand a line break <script>alert('cell')</script>" in text
    assert '"a|b\\nc <b>bold</b> {{ 7*7 }}"' in text, "a default with a line break, JSON-quoted"
    assert "code | pipe and a \\| written escape and a trailing backslash \\" in text
    assert "ends with a backslash \\" in text and "| starts with a pipe" in text
    landing = _page(hostile_site / "site" / "index.html")
    assert landing.rows[:2] == [2, 2]
    assert "Hostile 'title' | ] [x] *em* `code` {{ 7*7 }} \\" in "".join(landing.text)


def test_template_syntax_in_a_spec_is_printed_literally(hostile_site):
    text = "".join(
        _page(hostile_site / "site" / "applications" / "hostile-text" / "index.html").text
    )
    assert text.count(LITERAL) >= 5  # title, description, table cell, default, example title
    assert "{% raw %}" in text and '--8<-- "snippets/manifest.json"' in text
    assert '"samples"' not in text, "the snippet line in the description was not included"
    for target in TARGETS:
        sample = hostile_site / "docs" / "snippets" / "hostile_text" / "example-1"
        source = (sample / f"{target.key}.{target.extension}").read_text()
        assert LITERAL in source and "{% if true %}x{% endif %}" in source, target.key


def _broken(project: Path) -> None:
    shutil.copy(BAD / "default_above_maximum" / "create_application.yaml", project / "spec")


def test_plugin_raises_plugin_error_and_keeps_the_pages(tmp_path):
    project = _project(tmp_path)
    config = load_config(str(project / "mkdocs.yml"))
    plugin = config.plugins["api-samples"]
    plugin.on_pre_build(config=config)
    before = snapshot(project / "docs")
    _broken(project)
    with pytest.raises(PluginError) as raised:
        plugin.on_pre_build(config=config)
    assert raised.value.__cause__ is None and raised.value.__suppress_context__
    assert (
        "create_application.yaml:14: parameters.incomingCallUrlCallbackTimeout.default: "
        "20000 is above maximum 10000" in str(raised.value)
    )
    assert snapshot(project / "docs") == before


def test_mkdocs_build_with_a_broken_spec_shows_the_error_without_a_traceback(hostile_site):
    _broken(hostile_site)
    before = snapshot(hostile_site / "docs")
    result = _mkdocs_build(hostile_site)
    (hostile_site / "spec" / "create_application.yaml").unlink()
    assert result.returncode == 1
    assert "20000 is above maximum 10000" in result.stderr
    assert "Traceback" not in result.stderr and "Aborted with a BuildError!" in result.stdout
    assert snapshot(hostile_site / "docs") == before
