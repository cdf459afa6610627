"""Facts read from a stored profile for other forms (a hiring application asks for a few of them):
the highest education, whether any diploma is pedagogical, years of pedagogical experience on a date
(the engine's arithmetic over dated periods), and the category in force."""

from __future__ import annotations

from datetime import date

from sanat.rules import duration
from sanat.rules.profile import ProfileError, load
from sanat.vocabulary import CATEGORIES

#: Education levels from the highest; the first a diploma has is the one an application shows.
LEVEL_ORDER = ("postgraduate", "higher", "tvet", "school_ped_class_pre1995", "secondary")
TEACHER_CATEGORIES = CATEGORIES


def application_initial(user, profile: dict | None, today: date) -> dict:
    """Initial values of the hiring application form from the user and their profile (empty when unknown)."""
    out = {"first_name": user.first_name, "last_name": user.last_name, "email": user.email}
    if not profile:
        return {k: v for k, v in out.items() if v}
    try:
        person = load(profile, today)
    except (ProfileError, ValueError, KeyError, TypeError):
        return {k: v for k, v in out.items() if v}
    levels = [e.level for e in person.education]
    best = next((lv for lv in LEVEL_ORDER if lv in levels), None)
    if best:
        out["education_level"] = best
    out["pedagogical"] = any(e.pedagogical for e in person.education)
    days = person.experience_days.get("pedagogical")
    if days is not None:
        out["experience_years"] = round(days / duration.YEAR, 1)
    held = [c for c in person.categories if c.code in person.held and c.code in TEACHER_CATEGORIES]
    if held:
        out["held_category"] = max(held, key=lambda c: TEACHER_CATEGORIES.index(c.code)).code
    return {k: v for k, v in out.items() if v not in ("", None)}
