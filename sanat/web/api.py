"""The project's JSON API (django-ninja), mounted at ``/api/``: each app adds its router here."""

from __future__ import annotations

from typing import ClassVar

from ninja import NinjaAPI
from ninja.renderers import JSONRenderer

from sanat.catalog.api import router as catalog_router
from sanat.eligibility.api import router as eligibility_router


class UnicodeJSONRenderer(JSONRenderer):
    """UTF-8 JSON: Kazakh and Russian text stays readable (and about half the size) instead of \\u escapes."""

    json_dumps_params: ClassVar[dict] = {"ensure_ascii": False}


api = NinjaAPI(
    renderer=UnicodeJSONRenderer(),
    title="sanat API",
    version="1",
    description="Read-only access to the catalog of Order 338 (teacher qualification characteristics).",
    urls_namespace="api",
)
api.add_router("/positions/", catalog_router)
api.add_router("/check/", eligibility_router)
