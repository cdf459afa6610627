"""Pages of the professional standard «Педагог» (source 000): thin views over the loaded edition's
standard (:func:`sanat.catalog.store.standard`; 404 while nothing is loaded).

Texts stay in the source language (kk); interface labels are translated.
"""

from __future__ import annotations

from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from sanat.regulation.standard.case import to_case
from sanat.web.kit.pagecache import render_page

from . import store


def standard_data() -> dict:
    """The loaded edition's standard; ``Http404`` while no edition is loaded."""
    data = store.standard()
    if data is None:
        raise Http404("the regulations are not loaded")
    return data


def competency_map(data: dict) -> list[dict]:
    """Rows of the map: a competency, then its criteria with one cell per category (``None`` = not in the text)."""
    order = [c["code"] for c in data["categories"]]
    problems = anomaly_counts(data)
    rows = []
    for comp in data["competencies"]:
        rows.append({"kind": "competency", "c": comp})
        for crit in comp["criteria"]:
            row = data["category_descriptors"].get(crit["code"], {})
            rows.append({"kind": "criterion", "c": crit, "cells": [row.get(code) for code in order],
                         "problems": problems.get(crit["code"], 0)})
    return rows


def criterion_of(anomaly: dict) -> str | None:
    """The criterion an anomaly of Appendix 1 or 2 belongs to (``criterion:3.1/…``, ``indicator:3.1.2``)."""
    kind, _, code = anomaly["where"].split("/")[0].partition(":")
    if kind == "criterion":
        return code
    if kind == "indicator":
        return code.rsplit(".", 1)[0]
    return None


def anomaly_counts(data: dict) -> dict[str, int]:
    out: dict[str, int] = {}
    for a in data["anomalies"]:
        if code := criterion_of(a):
            out[code] = out.get(code, 0) + 1
    return out


@require_GET
def overview(request: HttpRequest) -> HttpResponse:
    """The order, clauses 1–11, the competency map (App. 1 × App. 2) and the list of profession cards."""
    def context() -> dict:
        data = standard_data()
        cards = {c["id"]: c for c in data["profession_cards"]}
        professions = [dict(p, card_objects=[cards[i] for i in p["cards"]]) for p in data["professions"]]
        return {"d": data, "file": data["source"]["file"], "rows": competency_map(data), "professions": professions}

    return render_page(request, "catalog/standard/overview.html", ("standard",), context)


@require_GET
def card(request: HttpRequest, card_id: str) -> HttpResponse:
    """One profession card, readable: header fields, functions → tasks → knowledge and skills, links."""
    data = standard_data()
    found = next((c for c in data["profession_cards"] if c["id"] == card_id), None)
    if found is None:
        raise Http404("no such card")
    prefix = f"card:{card_id}"
    problems = [a for a in data["anomalies"] if a["where"] == prefix or a["where"].startswith(prefix + "/")]
    profession = next((p for p in data["professions"] if p["number"] == found["profession_number"]), None)
    return render(request, "catalog/standard/card.html", {
        "d": data, "file": data["source"]["file"], "card": found, "problems": problems, "profession": profession,
    })


@require_GET
def anomalies(request: HttpRequest) -> HttpResponse:
    """Every defect found in the text, with the lines it sits on (``?criterion=3.1`` narrows the list)."""
    data = standard_data()
    criterion = request.GET.get("criterion", "")[:10]
    rows = [a for a in data["anomalies"] if not criterion or criterion_of(a) == criterion]
    return render(request, "catalog/standard/anomalies.html",
                  {"d": data, "file": data["source"]["file"], "rows": rows, "criterion": criterion})


@require_GET
def export(request: HttpRequest) -> JsonResponse:
    """The same data as ``sanat standard export``: ``?format=case`` for the CASE 1.0 package."""
    data = standard_data()
    if request.GET.get("format") == "case":
        data = to_case(data)
    return JsonResponse(data, json_dumps_params={"ensure_ascii": False})
