"""Occupation and intent data: models and loading."""

from careerbot.catalog.loading import Catalog, CatalogError, load_catalog
from careerbot.catalog.models import Intent, Occupation

__all__ = ["Catalog", "CatalogError", "Intent", "Occupation", "load_catalog"]
