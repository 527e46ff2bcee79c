"""An API with many resources: their sections come in groups, so every page's navigation stays
short (a pruned page lists every section at its own level) and a reader still finds an
endpoint by resource."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import yaml

from bench.synth import write_specs
from generator import site_nav
from generator.build import build

ROOT = Path(__file__).resolve().parent.parent


def _pages(docs: Path, resources: int, per: int = 2) -> list[tuple[str, str]]:
    pages = []
    for r in range(resources):
        for p in range(per):
            page = f"r{r}/p{p}.md"
            (docs / page).parent.mkdir(parents=True, exist_ok=True)
            (docs / page).write_text(f"# Page {r}.{p}\n", "utf-8")
            pages.append((page, f"Resource {r:03}"))
    (docs / "index.md").write_text("# Home\n", "utf-8")
    return pages


def test_a_few_resources_are_sections_of_their_own(tmp_path: Path) -> None:
    pages = _pages(tmp_path, site_nav.MAX_SECTIONS)
    entries = site_nav.nav_entries(pages, tmp_path)
    assert [next(iter(e)) for e in entries[1:]] == [f"Resource {r:03}" for r in range(24)]


def test_many_resources_come_in_groups_in_reading_order(tmp_path: Path) -> None:
    pages = _pages(tmp_path, 200)
    entries = site_nav.nav_entries(pages, tmp_path)
    groups = entries[1:]
    assert 12 <= len(groups) <= 16
    members = [m for g in groups for m in next(iter(g.values()))]
    assert [next(iter(m)) for m in members] == [f"Resource {r:03}" for r in range(200)]
    assert all(len(next(iter(g.values()))) <= 15 for g in groups)
    assert next(iter(groups[0])) == "Resource 000 – Resource 014"
    # every page once, in order; the YAML block reads back as the same navigation
    assert site_nav.nav_pages(entries) == ["index.md", *(p for p, _ in pages)]
    block = site_nav.nav_block(entries)
    assert yaml.safe_load(block)["nav"] == entries


def test_a_built_page_lists_the_groups_and_its_own_resource_only(tmp_path: Path) -> None:
    write_specs(tmp_path / "spec", 150)  # 30 resources of 5 endpoints
    result = build(tmp_path / "spec", tmp_path / "docs")
    for assets in ("stylesheets", "javascripts"):
        os.symlink(ROOT / "docs" / assets, tmp_path / "docs" / assets)
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text("utf-8"))
    config.pop("nav")
    (tmp_path / "mkdocs.yml").write_text(yaml.safe_dump(config, sort_keys=False), "utf-8")
    site_nav.write_nav(tmp_path / "mkdocs.yml", site_nav.site_nav(result.pages, tmp_path / "docs"))
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    assert done.returncode == 0, done.stderr
    html = (tmp_path / "site" / "widgets-7" / "get-widget7" / "index.html").read_text("utf-8")
    nav = yaml.safe_load((tmp_path / "mkdocs.yml").read_text("utf-8"))["nav"]
    groups = [title for entry in nav for title, value in entry.items() if isinstance(value, list)]
    assert len(groups) == 5 and all(title in html for title in groups)
    siblings = set(re.findall(r'href="\.\./([a-z0-9-]+)/"', html))
    assert {"list-widget7s", "create-widget7", "update-widget7", "delete-widget7"} <= siblings
    # 30 resources' 150 pages: the groups, the own group's resources, the own resource's pages
    assert len(re.findall(r'class="md-nav__link', html)) < 30
