"""The Markdown filters, rendered by Python-Markdown with the site's extensions: what readers see."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import markdown
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.literals import md_cell, md_code, md_marks, md_plain, md_text

from conftest import ROOT
from hostile import HOSTILE

HOSTILE_MARKDOWN = [
    *HOSTILE,
    "<img src=x onerror=alert(1)>",
    "<!-- open comment",
    '--8<-- "snippets/manifest.json"',
    "a \\| b",
    "a \\\\| b",
    "`code | pipe` and ``x`` | after",
    "ends with backslash\\",
    "*em* _em_ **strong** [link](http://x) ![img](x.png) # {: #id } {{ 7*7 }}",
    "1. not a list",
    "- not a list",
    "> not a quote",
    '=== "not a tab"',
]


def _render(text: str) -> str:
    """HTML as the site renders Markdown (the extensions of mkdocs.yml)."""
    names, configs = [], {}
    for entry in yaml.safe_load((ROOT / "mkdocs.yml").read_text())["markdown_extensions"]:
        name, config = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        configs[name] = dict(config or {})
    configs["pymdownx.snippets"]["base_path"] = [str(ROOT / "docs")]
    return markdown.markdown(text, extensions=names, extension_configs=configs)


class _Cells(HTMLParser):
    """Table cells and paragraphs/headings: their text and the tags inside them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[dict] = []
        self._open: dict | None = None
        self._permalink = False

    def handle_starttag(self, tag, attrs):
        if ("class", "headerlink") in attrs:
            self._permalink = True  # the toc extension's ¶ link
        elif tag in ("td", "th", "p", "h1"):
            self._open = {"tag": tag, "text": "", "tags": []}
            self.blocks.append(self._open)
        elif self._open is not None:
            self._open["tags"].append(tag)
            if tag == "br":
                self._open["text"] += "\n"

    def handle_endtag(self, tag):
        self._permalink = self._permalink and tag != "a"
        if self._open is not None and tag == self._open["tag"]:
            self._open = None

    def handle_data(self, data):
        if self._open is not None and not self._permalink:
            self._open["text"] += data


def _blocks(html: str) -> list[dict]:
    parser = _Cells()
    parser.feed(html)
    return parser.blocks


def _row(cell: str) -> list[dict]:
    """The body cells of a one-row table whose middle cell is `cell`."""
    cells = _blocks(_render(f"| a | b | c |\n|:--|:--|:--|\n| x | {cell} | z |\n"))
    return [c for c in cells if c["tag"] == "td"]


@pytest.mark.parametrize("text", HOSTILE_MARKDOWN)
def test_code_span_shows_the_value_exactly_even_in_a_table(text):
    cells = _row(md_code(text))
    assert [c["text"] for c in cells[::2]] == ["x", "z"], "the row kept its three cells"
    assert cells[1]["tags"] == ["code"]
    shown = cells[1]["text"]
    assert shown == text or (shown[0] == '"' and json.loads(shown) == text)


@pytest.mark.parametrize("text", HOSTILE_MARKDOWN)
def test_plain_text_shows_as_written_in_a_heading_and_a_table(text):
    one_line = " ".join(text.split())
    heading = [b for b in _blocks(_render("# " + md_plain(text))) if b["tag"] == "h1"]
    if one_line:
        assert heading[0]["text"] == one_line and heading[0]["tags"] == []
    cells = _row(md_plain(text))
    assert [c["text"] for c in cells[::2]] == ["x", "z"]
    assert cells[1]["text"].strip() == one_line and cells[1]["tags"] == []


@pytest.mark.parametrize("text", HOSTILE_MARKDOWN)
def test_cell_keeps_the_table_and_lets_no_html_in(text):
    cells = _row(md_cell(text))
    assert [c["text"] for c in cells[::2]] == ["x", "z"]
    # Only what Markdown itself makes: line breaks, code, emphasis, links (images from `![]()`).
    made_by_markdown = {"br", "code", "em", "strong", "a"} | ({"img"} if "![" in text else set())
    assert set(cells[1]["tags"]) <= made_by_markdown


def test_cell_shows_pipes_and_backslashes_as_written():
    assert _row(md_cell("a | b"))[1]["text"] == "a | b"
    assert _row(md_cell("a \\| b"))[1]["text"] == "a \\| b"
    assert _row(md_cell("`x | y` | z"))[1]["text"] == "x | y | z"
    assert _row(md_cell("one\ntwo <script>"))[1]["text"] == "one\ntwo <script>"


def test_prose_shows_html_as_text_and_includes_nothing():
    html = _render(md_text('<script>alert(1)</script>\n--8<-- "snippets/manifest.json"'))
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert '"samples"' not in html, "a snippet include ran"


# Pieces of table-cell text that the tables extension reads specially.
_CELL_PIECES = st.lists(
    st.sampled_from(["`", "``", "\\", "\\`", "|", "\\|", "\n", " ", "a", "<br>", "*"]), max_size=14
)


@settings(max_examples=300, deadline=None)
@given(_CELL_PIECES.map("".join))
def test_no_cell_text_moves_the_cells_after_it(text):
    """Backticks the cell does not close must not pair with a code span in a later cell."""
    row = f"| a | b | c | d |\n|:--|:--|:--|:--|\n| x | {md_cell(text)} | {md_code('z')} | w |\n"
    cells = [c for c in _blocks(_render(row)) if c["tag"] == "td"]
    assert [cells[0]["text"], cells[2]["text"], cells[3]["text"]] == ["x", "z", "w"]
    assert cells[2]["tags"] == ["code"]


def test_a_lone_backtick_and_a_code_span_over_a_line_break():
    lone = _row(md_cell("a lone ` backtick | and a pipe"))
    assert lone[1]["text"] == "a lone ` backtick | and a pipe" and lone[1]["tags"] == []
    spanning = _row(md_cell("`a\n| b` c | d\nnext line"))
    assert spanning[1]["text"] == "a | b c | d\nnext line", "the span is one line of code"
    assert spanning[1]["tags"] == ["code", "br"]


@pytest.mark.parametrize(
    "text",
    [
        "text *em*{: onclick=alert(1) } more",
        "paragraph\n{: onmouseover=alert(1) }",
        "paragraph\n{ onfocus=alert(1) autofocus }",
        "[x](https://example.com){: href=javascript:alert(1) }",
        "# heading {: onclick=alert(1) }",
        "```{.js onclick=alert(1)}\ncode\n```",
        '<div markdown="1">*x*</div>',
    ],
)
def test_descriptions_set_no_attributes(text):
    """attr_list and md_in_html stay off: no description sets an attribute on the page."""
    for html in (_render(md_text(text)), _render(md_cell(text))):
        assert not re.search(r"<[^>]*\s(on\w+|autofocus|markdown)\b[^>]*>", html), html
        assert 'href="javascript' not in html


# A page's samples as page.md.j2 lays them out (a tab, an indented fence), after the snippet
# include: a sample's text is raw HTML unless it stays in its fence.
_SAMPLE = "<img src=x onerror=alert(1)>"
_SAMPLE_BLOCK = '<code class="language-bash">&lt;img src=x onerror=alert(1)&gt;</code></pre>'
_SAMPLES_AFTER = f'\n\n## Example\n\n=== "cURL"\n\n    ```bash\n    {_SAMPLE}\n    ```\n'
# Pieces of description text that open, close or decorate a fence, or sit before one on its line.
_FENCE_PIECES = st.lists(
    st.sampled_from(
        ["```", "````", "~~~", "`", "~", "\n", "\r", "\u2028", " ", "    ", "\t", "> ", "- "]
        + ["1. ", "js", "bash", ' title="t"', "{.js}", " hl_lines=1", "code", "<b>", '=== "t"\n']
    ),
    max_size=16,
)


@pytest.mark.parametrize(
    "text",
    [
        '```js title="<img src=x onerror=alert(40)>"\ncode\n```',
        "```{.js onclick=alert(39)}\ncode\n```",
        "~~~ title=x\ncode\n~~~",
        "an unclosed\n```",
        "  ````bash\n  code\n  ````",
        "- item\n\n    ```\n    code\n    ```",
    ],
)
def test_a_fence_in_prose_shows_as_written_and_keeps_the_samples_in_code(text):
    html = _render(md_text(text) + _SAMPLES_AFTER)
    assert html.count("<pre") == 1, "the description made a code block, or the sample lost one"
    assert "<img" not in html and _SAMPLE_BLOCK in html
    fence_lines = [line.strip(" -") for line in text.splitlines() if "``" in line or "~~" in line]
    shown = re.sub(r"<[^>]+>", "", html.replace("&#96;", "`").replace("&#126;", "~"))
    for line in fence_lines:
        assert line.split('"')[0].split("{")[0] in shown, f"{line!r} does not show as text"


@settings(max_examples=400, deadline=None)
@given(_FENCE_PIECES.map("".join))
def test_no_prose_opens_a_fence_that_pairs_with_a_sample(text):
    """Whatever fences, quotes, lists and tabs a description has, the page's one code block is
    the sample's, and the sample's text stays in it."""
    html = _render(md_text(text) + _SAMPLES_AFTER)
    assert html.count("language-") == 1 and _SAMPLE_BLOCK in html, "the sample lost its fence"
    assert "<img" not in html and "<b>" not in html, html


def test_note_marks_are_superscript_numbers_in_a_table_cell():
    assert md_marks(()) == ""
    html = markdown.markdown(f"| a |\n|:--|\n| No{md_marks((1, 3))} |", extensions=["tables"])
    assert ">No<sup>1,3</sup></td>" in html
