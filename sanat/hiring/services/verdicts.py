"""The rules engine's verdict (which category the candidate's profile meets for the post), shown
beside the assessment sheet. Advisory: the commission scores by the sheet."""

from __future__ import annotations

from django.utils import timezone

from sanat.catalog import store
from sanat.rules.explain import decide
from sanat.web.kit.lang import current_lang

from ..models import Application

EDUCATION_LEVELS = [("higher", "higher"), ("postgraduate", "postgraduate"), ("tvet", "tvet"), ("secondary", "secondary")]


def profile_from_form(data: dict) -> dict | None:
    """The engine's profile (profile.schema.json) from the optional fields of the application form."""
    if not data.get("education_level"):
        return None
    profile: dict = {"education": [{"level": data["education_level"],
                                    "pedagogical": bool(data.get("pedagogical"))}]}
    if data.get("experience_years") is not None:
        profile["experience"] = {"pedagogical": float(data["experience_years"])}
    if data.get("held_category"):
        profile["categories"] = [{"code": data["held_category"]}]
    return profile


def _decide(position: dict, profile: dict, as_of, lang: str) -> dict:
    """The engine's decision in the interface language; if the engine fails there, in the other one."""
    try:
        return decide(position, profile, as_of=as_of, lang=lang)
    except Exception:
        return decide(position, profile, as_of=as_of, lang="ru" if lang == "kk" else "kk")


def for_application(app: Application) -> list[dict]:
    """Per post of the application: the engine's verdict, or why there is none."""
    out = []
    lang = current_lang()
    positions = store.positions() if app.profile else {}
    for post in app.posts.all():
        row = {"post": post, "verdict": None, "reason": ""}
        if post.no_regulation_basis:
            row["reason"] = "no_basis"
        elif not app.profile:
            row["reason"] = "no_profile"
        elif post.catalog_position_id not in positions:
            row["reason"] = "no_catalog"
        else:
            try:
                d = _decide(positions[post.catalog_position_id], app.profile,
                            timezone.localtime(app.competition.accepts_until).date(), lang)
                row["verdict"] = {"highest": d.get("highest_by_requirements"),
                                  "label": next((c["label"] for c in d["categories"]
                                                 if c["category"] == d.get("highest_by_requirements")), None),
                                  "post_met": d.get("post_requirements_met"), "note": d.get("note")}
            except Exception as exc:  # the engine is another team's code: show the failure, keep the sheet usable
                row["reason"] = f"engine error: {exc.__class__.__name__}"
        out.append(row)
    return out
