"""The cohort's attendance and scores as an XLSX workbook (``sanat.documents.render.rows_to_xlsx``)."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext as _

from sanat.documents.render import rows_to_xlsx

from . import services as s
from .models import Certificate, Cohort


def activity_name(code: str) -> str:
    names = {"lecture": _("Lecture"), "practice": _("Practice"), "seminar": _("Seminar"),
             "video": _("Video lesson"), "webinar": _("Webinar"), "self_study": _("Self-study")}
    return names.get(code, code)


def cohort_xlsx(cohort: Cohort, lang: str) -> bytes:
    """Two sheets: attendance (participant × topic/activity hours, total) and the final-project scores."""
    with translation.override(lang):
        plan = s.topic_hours(cohort.format)
        cols = [(t, a) for t, acts in plan.items() for a, h in acts.items() if h]
        people = list(cohort.participants.all().order_by("name", "pk"))
        head = [_("Name"), _("School")] + [f"{t} {activity_name(a)} ({plan[t][a]})" for t, a in cols]
        head.append(_("Hours attended") + f" ({s.total_hours(cohort.format)})")
        attendance = [head]
        for p in people:
            done = s.attended(p)
            cells = [done.get(c, 0) for c in cols]
            attendance.append([p.name, p.school, *cells, sum(done.values())])
        rubric = s.course()["rubric"]
        score_head = [_("Name"), _("School")] + [f"{c['number']}. {c['criterion']} ({c['max_points']})"
                                                  for c in rubric]
        score_head += [_("Total"), _("Pass mark"), _("Certificate")]
        scores = [score_head]
        certs = {c.participant_id: c for c in Certificate.objects.filter(participant__cohort=cohort)}
        for p in people:
            stored = getattr(p, "final_score", None)
            points = stored.points if stored else {}
            cert = certs.get(p.pk)
            scores.append([p.name, p.school, *[points.get(str(c["number"]), "") for c in rubric],
                           stored.total if stored else "", cohort.pass_mark if cohort.pass_mark is not None else "",
                           (cert.number + (" — " + _("revoked") if cert.revoked else "")) if cert else ""])
        return rows_to_xlsx({_("Attendance"): attendance, _("Final project"): scores})
