"""Read-only JSON API of the catalog (django-ninja router, mounted at ``/api/positions/``)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Field, Query, Router, Schema, Status

from sanat.web.kit.pagecache import json_response

from . import selectors
from .search import search

router = Router(tags=["positions"])


class LangText(Schema):
    """A text in both languages; ``null`` where the sources lack that language."""

    kk: str | None = None
    ru: str | None = None


class PositionSummary(Schema):
    id: str = Field(..., description="stable id: 338-<chapter>-<paragraph>[-<occurrence>]", examples=["338-03-07"])
    chapter: int
    paragraph: int | None = None
    title: LangText
    url: str = Field(..., description="this position in the API")
    html_url: str = Field(..., description="the position page")


class PositionListItem(PositionSummary):
    matched: int | None = Field(None, description="with q: how many distinct query words matched")
    in_title: int | None = Field(None, description="with q: how many of them matched the title")


class PositionList(Schema):
    count: int
    results: list[PositionListItem]


class NotFound(Schema):
    detail: str


def _summary(p, **extra: Any) -> dict:
    return {
        "id": p.pid, "chapter": p.chapter, "paragraph": p.paragraph,
        "title": {"kk": p.title_kk or None, "ru": p.title_ru or None},
        "url": f"/api/positions/{p.pid}/", "html_url": f"/positions/{p.pid}/", **extra,
    }


@router.get("/", response=PositionList, summary="List or search positions")
def list_positions(request: HttpRequest, chapter: int | None = None,
                   q: str | None = Query(None, max_length=200, description="search words (kk or ru)")):
    """Positions in source order; ``chapter`` filters, ``q`` searches titles and texts in kk and ru
    (ranked by matched words, titles first)."""
    if q and q.strip():
        hits = search(q, limit=200, chapter=chapter, snippets=0)
        results = [_summary(h.position, matched=h.matched, in_title=h.in_title) for h in hits]
        return {"count": len(results), "results": results}

    def body() -> dict:  # the same through the schema, as ninja would send it
        results = [_summary(p) for p in selectors.position_summaries(chapter)]
        return PositionList.model_validate({"count": len(results), "results": results}).model_dump(mode="json")

    response = json_response(request, ("api-positions", chapter), body)
    return body() if response is None else response


@router.get("/{pid}/", response={200: dict[str, Any], 404: NotFound}, summary="One position, as in the catalog")
def get_position(request: HttpRequest, pid: str):
    """The full position object of the catalog (``docs/catalog-contract.md``): clauses, items with
    their source lines, competencies by category, amendments, anomalies and source provenance."""
    def body() -> dict:
        p = selectors.position(pid)
        if p is None:
            raise LookupError(pid)
        return p

    try:
        response = json_response(request, ("api-position", pid), body)
        return Status(200, body()) if response is None else response
    except LookupError:
        return Status(404, {"detail": f"no position {pid}"})
