"""Rendering: the one Jinja environment, and samples and pages from the parsed model."""

from generator.render.environment import TEMPLATES, environment
from generator.render.renderer import Renderer

__all__ = ["TEMPLATES", "Renderer", "environment"]
