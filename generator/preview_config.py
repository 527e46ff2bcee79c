"""Files only the live preview uses: a config that INHERITs mkdocs.yml, and the problems script.

`mkdocs.preview.yml` sits beside mkdocs.yml (both engines resolve docs_dir from the config's
folder), adds one script to every page and watches mkdocs.yml, which the preview's own config
does not name otherwise. `docs/preview-problems.js` holds the current spec problems as a JSON
string and, when there are any, puts them as text (never as HTML) on top of the page. Both files
are removed when the preview stops; the published site never refers to them.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from generator import site_nav

CONFIG_NAME = "mkdocs.preview.yml"
SCRIPT = "preview-problems.js"

_SCRIPT = """\
// Written by `python -m generator serve`: the spec problems, shown on top of every page.
(function () {
  var problems = %s;
  if (!problems) return;
  function show() {
    var box = document.createElement("div");
    box.className = "admonition failure api-samples-error";
    var title = document.createElement("p");
    title.className = "admonition-title";
    title.textContent = "Spec error: these pages are the last good build";
    var text = document.createElement("pre");
    text.textContent = problems;
    box.append(title, text);
    (document.querySelector("article") || document.body).prepend(box);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
})();
"""


def problems_path(docs: Path) -> Path:
    """Where the problems script lives while the preview runs."""
    return docs / SCRIPT


def problems_script(problems: str | None) -> str:
    """The script's text: `problems` as a JSON string literal (ASCII, so inert in any page)."""
    return _SCRIPT % json.dumps(problems, ensure_ascii=True).replace("</", "<\\/")


def write_problems(docs: Path, problems: str | None) -> None:
    """Show `problems` on every served page, or nothing when None."""
    _write(problems_path(docs), problems_script(problems))


def write_config(
    mkdocs_yml: Path, engine: str, generation: int = 0, site_dir: Path | None = None
) -> Path:
    """The preview's config beside mkdocs.yml; returns its path. A new `generation` changes its
    text (so the engine reads it again); Zensical's builds go to `site_dir`."""
    path = mkdocs_yml.with_name(CONFIG_NAME)
    lines = [
        "# Written by `python -m generator serve` while it runs; removed when it stops.",
        f"# navigation generation {generation}",
        f"INHERIT: {mkdocs_yml.name}",
        "extra_javascript:",
        f"  - {SCRIPT}",
    ]
    if engine == "mkdocs":
        # --dirty warns that it is dirty, which strict mode turns into a failed build.
        lines += ["strict: false", "watch:", f"  - {mkdocs_yml.name}"]
    else:
        # The one-page builds (preview_zensical.py) link to stub pages, which have no anchors.
        lines += ["strict: false", f"site_dir: {json.dumps(str(site_dir))}"]
    _write(path, "\n".join(lines) + "\n")
    return path


# A page counts as changed for `mkdocs serve --dirty` while its source is newer than its output.
# The pages are marked ahead of now: a build that started before the new nav was written may
# still be writing them with the old one (5 s seen for a small site on a loaded machine), and
# must not make them look current. The cost: a page the new-nav build writes within that time
# is rendered once more by the next rebuild.
TOUCH_AHEAD = 10.0  # seconds


def touch_pages(docs: Path, nav: list[site_nav.NavEntry]) -> None:
    """Mark every page in the navigation as changed, so a dirty rebuild renders each one."""
    ahead = time.time() + TOUCH_AHEAD
    for page in site_nav.nav_pages(nav):
        if (docs / page).is_file():
            os.utime(docs / page, (ahead, ahead))


def clean(mkdocs_yml: Path, docs: Path) -> None:
    """Remove the preview's files."""
    for path in (mkdocs_yml.with_name(CONFIG_NAME), problems_path(docs)):
        path.unlink(missing_ok=True)


def _write(path: Path, text: str) -> None:
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, "utf-8")
    os.replace(tmp, path)
