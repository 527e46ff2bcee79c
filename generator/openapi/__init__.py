"""OpenAPI in and out: export the spec folder as OpenAPI 3.1, overlay samples, import documents."""

from generator.openapi.export import openapi_dict, openapi_document
from generator.openapi.overlay import overlay_document

__all__ = ["openapi_document", "openapi_dict", "overlay_document"]
