"""Optional MkDocs plugin `api-samples`: regenerate pages from spec/ before every MkDocs build.

Nothing needs it: the navigation is in mkdocs.yml (generator/site_nav.py) and the live preview
is `python -m generator serve` (generator/preview.py), which work with Zensical too. Listing it
under `plugins:` in mkdocs.yml saves a `python -m generator build` before `mkdocs build`.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from generator import site_nav
from generator.build import Builder
from generator.errors import SpecError
from generator.render import TEMPLATES

log = get_plugin_logger(__name__)


class SamplesConfig(Config):
    """Plugin options, relative to mkdocs.yml."""

    spec_dir = config_options.Type(str, default="spec")
    templates_dir = config_options.Optional(config_options.Type(str))


class SamplesPlugin(BasePlugin[SamplesConfig]):
    """Runs `generator build` into docs_dir. A broken spec stops `mkdocs build` with its message;
    under `mkdocs serve` the last good pages stay served, each with the message on top."""

    def __init__(self) -> None:
        super().__init__()
        self.builder = Builder()  # kept across the rebuilds of `mkdocs serve`
        self.serving = False
        self.error: str | None = None  # the spec error the served pages show, if any

    def on_startup(self, *, command: str, dirty: bool) -> None:
        """Note whether this is `mkdocs serve`, where a spec error must not stop the server."""
        self.serving = command == "serve"

    def _dirs(self, config) -> tuple[Path, Path]:
        """The spec and template folders, resolved against the folder of mkdocs.yml (relative to
        the working folder when inside it, so messages name `spec/...` as the CLI does)."""
        root = Path(config.config_file_path).parent
        if root.resolve().is_relative_to(Path.cwd()):
            root = root.resolve().relative_to(Path.cwd())
        templates = self.config.templates_dir
        return root / self.config.spec_dir, root / templates if templates else TEMPLATES

    def on_pre_build(self, *, config) -> None:
        """Generate docs/ before MkDocs reads it, and the nav where mkdocs.yml has its markers."""
        spec_dir, templates_dir = self._dirs(config)
        try:
            # The kept builder reuses what did not change: a template edit gives a fresh Jinja
            # environment and renders every page again. It writes only changed files, so the
            # rebuild its own writes trigger under serve is a no-op.
            result = self.builder.build(spec_dir, Path(config.docs_dir), template_dir=templates_dir)
        except SpecError as exc:
            message = f"spec error; the pages were left as they were:\n{exc}"
            if not self.serving:
                raise PluginError(message) from None
            # Under serve, a PluginError would stall every request until the spec is fixed
            # (and a logged error aborts a strict build): print it, build the last good pages.
            print(f"ERROR   -  {message}", file=sys.stderr, flush=True)
            self.error = str(exc)
            return
        self.error = None
        if result.written or result.removed:
            log.info("regenerated %d file(s), removed %d", len(result.written), len(result.removed))
        nav = site_nav.site_nav(result.pages, Path(config.docs_dir))
        config_file = Path(config.config_file_path)
        # Only a config with the nav markers gets the nav; any other keeps MkDocs' own.
        if site_nav.has_nav_block(config_file) and site_nav.write_nav(config_file, nav):
            log.info(
                "navigation written into %s; it applies from the next build",
                config.config_file_path,
            )

    def on_page_content(self, html_text: str, *, page, config, files) -> str:
        """Under serve, while a spec is broken, every page says so above its content."""
        if self.error is None:
            return html_text
        banner = (
            '<div class="admonition failure api-samples-error"><p class="admonition-title">'
            "Spec error: these pages are the last good build</p>"
            f"<pre><code>{html.escape(self.error)}</code></pre></div>"
        )
        return banner + html_text

    def on_serve(self, server, *, config, builder):
        """`mkdocs serve` also watches the specs and templates the pages are made from."""
        for folder in self._dirs(config):
            server.watch(str(folder))
        return server
