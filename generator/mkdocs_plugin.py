"""MkDocs plugin `api-samples`: regenerate pages from spec/ before every build and on every edit."""

from __future__ import annotations

from pathlib import Path

from mkdocs.config import config_options
from mkdocs.config.base import Config
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, get_plugin_logger

from generator.build import Builder
from generator.errors import SpecError

log = get_plugin_logger(__name__)


class SamplesConfig(Config):
    """Plugin options, relative to mkdocs.yml."""

    spec_dir = config_options.Type(str, default="spec")


class SamplesPlugin(BasePlugin[SamplesConfig]):
    """Runs `generator build` into docs_dir; a broken spec stops the build with its message."""

    def __init__(self) -> None:
        super().__init__()
        self.builder = Builder()  # kept across the rebuilds of `mkdocs serve`

    def on_pre_build(self, *, config) -> None:
        root = Path(config.config_file_path).parent
        try:
            result = self.builder.build(root / self.config.spec_dir, Path(config.docs_dir))
        except SpecError as exc:
            raise PluginError(f"spec error; the pages were left as they were:\n{exc}") from None
        if result.written or result.removed:
            log.info("regenerated %d file(s), removed %d", len(result.written), len(result.removed))
