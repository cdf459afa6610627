"""Crosswalk page: the standard's descriptors for a category beside a position's Order 338 items.

A thin view over :func:`sanat.regulation.crosswalk.crosswalk` (``docs/crosswalk.md``). GET form,
works without JavaScript; bad parameters give the form again with a message (400 / 404).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from sanat.regulation.crosswalk import CrosswalkError, crosswalk
from sanat.vocabulary import CATEGORIES, LANGS
from sanat.web.kit.lang import current_lang

from . import selectors, store
from .standard_views import standard_data

MAX_PARAM = 40


def position_choices() -> tuple[dict, ...]:
    """Positions of the loaded edition that list competencies (any category), in source order."""
    return tuple({"pid": pid, "title_kk": (p.get("title") or {}).get("kk") or "",
                  "title_ru": (p.get("title") or {}).get("ru") or "", "categories": tuple(p["competencies"])}
                 for pid, p in store.positions().items() if p.get("competencies"))


def _href(base: str | None, lines: list | None) -> str | None:
    if not base or not lines or lines[0] is None:
        return None
    a, b = lines[0], lines[-1]
    return f"{base}?lines={a}-{b}#L{a}"


def _shown(level: dict, lang: str, files: dict, bases: dict, quoted: dict) -> dict:
    """A level's items in the interface language (Kazakh when the sources have no Russian for it)."""
    use = lang if level["items"].get(lang) is not None else "kk"
    items = [{**it, "href": _href(bases.get(use), it["lines"])} for it in level["items"].get(use) or []]
    return {**level, "shown": items, "shown_lang": use, "fallback": use != lang,
            "file": files.get(use), "quoted": quoted.get(use, False),
            "label_shown": level["label"].get(use) or level["label"].get("kk") or level["label"].get("ru")}


def page_data(cw: dict, lang: str) -> dict:
    """The crosswalk shaped for the template: citation links and the language to show."""
    src = cw["position"]["source"]
    files = {lg: (src.get(lg) or {}).get("file") for lg in LANGS}
    quoted = {lg: (src.get(lg) or {}).get("provenance") == "vacancy_notice" for lg in LANGS}
    bases = {lg: reverse("catalog:source", args=[f]) if f else None for lg, f in files.items()}
    kk_base = bases.get("kk")
    pairs = cw["suggestions"]["pairs"]
    shown_refs = set()
    own = _shown(cw["own"], lang, files, bases, quoted)
    inherited = [_shown(lv, lang, files, bases, quoted) for lv in cw["inherited"]]
    for lv in [own, *inherited]:
        shown_refs.update(it["ref"] for it in lv["shown"])
    criteria = []
    for c in cw["criteria"]:
        hints = [{**h, "href": _href(kk_base, h["lines"]), "anchor": h["ref"] in shown_refs} for h in pairs.get(c["code"], [])]
        criteria.append({**c, "hints": hints})
    std_file = cw["standard"]["file"]
    return {"cw": cw, "own": own, "inherited": inherited, "criteria": criteria,
            "std_file": std_file, "std_viewer": bool(std_file and selectors.source_file(std_file)), "hint_count": sum(len(v) for v in pairs.values())}


@require_GET
def crosswalk_page(request: HttpRequest) -> HttpResponse:
    """``?category=expert&position=338-03-07``: the crosswalk, or the form with a message."""
    category = request.GET.get("category", "").strip()[:MAX_PARAM]
    pid = request.GET.get("position", "").strip()[:MAX_PARAM]
    lang = current_lang(request)
    choices = position_choices()
    ctx: dict = {"category": category, "pid": pid, "categories": CATEGORIES, "choices": choices,
                 "errors": [], "loaded": bool(choices)}
    status = 200
    if category and category not in CATEGORIES:
        ctx["errors"].append(_("Unknown category «%(c)s». Choose one from the list.") % {"c": category})
        status = 400
    p = None
    if pid:
        p = store.position(pid)
        if p is None:
            ctx["errors"].append(_("There is no position «%(p)s» in the Order 338 catalog. Choose one from the list.") % {"p": pid})
            status = 404 if status == 200 else status
    if category in CATEGORIES and p is not None:
        try:
            ctx.update(page_data(crosswalk(standard_data(), p, category), lang))
            ctx["available"] = [c for c in CATEGORIES if c in (p.get("competencies") or {})]
        except CrosswalkError:
            ctx["errors"].append(_("This position's data cannot be read as an Order 338 catalog position."))
            status = 404
    return render(request, "catalog/standard/crosswalk.html", ctx, status=status)
