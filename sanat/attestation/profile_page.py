"""What the profile page and the eligibility page share: reading the submit button pressed, adding a
row or narrowing the post list without JavaScript, and building the profile forms for the chosen post."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.http import HttpRequest

from . import posts
from .profile_forms import ProfileForms


@dataclass
class Page:
    forms: ProfileForms
    post: dict | None
    action: str | None  # None (GET) | "add" | "find" | the page's own actions (save, check, pdf, import)


def action_of(request: HttpRequest, default: str) -> str | None:
    """The button pressed: ``add`` (a row), ``find`` (narrow the post list), else ``action`` or ``default``."""
    if request.method != "POST":
        return None
    if request.POST.get("add_row"):
        return "add"
    return request.POST.get("action") or default


def build(request: HttpRequest, *, lang: str, today: date, profile: dict | None, stored_pid: str,
          default: str, with_as_of: bool = False, bind_for: tuple[str, ...] = ()) -> Page:
    """The profile forms: bound to the POST for ``bind_for`` actions (and for add/find), else from ``profile``."""
    action = action_of(request, default)
    data = request.POST if action in ("add", "find", *bind_for) else None
    if action == "add":
        data = ProfileForms.with_added_row(request.POST, request.POST.get("add_row", ""))
    query = (request.POST.get("post_q") if data is not None else request.GET.get("post_q")) or ""
    query = query.strip()[:100]
    pid = (data.get("position") if data is not None else request.GET.get("position")) or stored_pid
    post = posts.context(pid, lang)
    forms = ProfileForms(data, lang=lang, as_of=today, position_choices=posts.grouped_choices(lang, query, pid),
                         subcases=post["subcases"] if post else (), profile=profile,
                         position_id=pid if post else "", with_as_of=with_as_of,
                         alt_titles=posts.other_titles(lang), post_query=query)
    return Page(forms, post, action)
