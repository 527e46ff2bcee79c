"""MkDocs plugin `api-samples`: regenerate pages from spec/ before every build and on every edit."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from generator.build import Builder
from generator.errors import SpecError
from generator.render import TEMPLATES

log = get_plugin_logger(__name__)


class SamplesConfig(Config):
    """Plugin options, relative to mkdocs.yml."""

    spec_dir = config_options.Type(str, default="spec")
    templates_dir = config_options.Optional(config_options.Type(str))


class SamplesPlugin(BasePlugin[SamplesConfig]):
    """Runs `generator build` into docs_dir; a broken spec stops the build with its message."""

    def __init__(self) -> None:
        super().__init__()
        self.builder = Builder()  # kept across the rebuilds of `mkdocs serve`

    def _dirs(self, config) -> tuple[Path, Path]:
        """The spec and template folders, resolved against the folder of mkdocs.yml."""
        root = Path(config.config_file_path).parent
        templates = self.config.templates_dir
        return root / self.config.spec_dir, root / templates if templates else TEMPLATES

    def on_pre_build(self, *, config) -> None:
        spec_dir, templates_dir = self._dirs(config)
        try:
            # The kept builder reuses what did not change: a template edit gives a fresh Jinja
            # environment and renders every page again. It writes only changed files, so the
            # rebuild its own writes trigger under serve is a no-op.
            result = self.builder.build(spec_dir, Path(config.docs_dir), template_dir=templates_dir)
        except SpecError as exc:
            raise PluginError(f"spec error; the pages were left as they were:\n{exc}") from None
        if result.written or result.removed:
            log.info("regenerated %d file(s), removed %d", len(result.written), len(result.removed))

    def on_serve(self, server, *, config, builder):
        """`mkdocs serve` also watches the specs and templates the pages are made from."""
        for folder in self._dirs(config):
            server.watch(str(folder))
        return server
