"""The commission's protocol: members, every score, ranking and decision; HTML → PDF, and DOCX; kk and ru.

Labels come from the table below, not gettext: the protocol is a formal document and must never fall
back to English msgids.
"""

from __future__ import annotations

import io
from dataclasses import dataclass, field

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from sanat.accounts.services import record
from sanat.vocabulary import LANGS

from .. import ranking as ranking_mod
from ..models import Application, Competition, Decision, ScoreSheet
from . import access, clock
from .errors import HiringError
from .quorum import effective_quorum
from .scoring import ranking_input

LABELS = {  # English msgids; kk/ru in sanat/hiring/locale (the protocol is written in its own language)
    'title': gettext_lazy('Minutes of the meeting of the competition commission'),
    'organisation': gettext_lazy('Organisation'),
    'competition': gettext_lazy('Competition'),
    'window': gettext_lazy('Period for accepting documents'),
    'sheet': gettext_lazy('Assessment sheet'),
    'citation': gettext_lazy('Basis'),
    'example': gettext_lazy('EXAMPLE: the assessment sheet is not official, the points have no legal force, for demonstration only.'),
    'members': gettext_lazy('Members of the commission'),
    'role': gettext_lazy('Role'),
    'name': gettext_lazy('Full name'),
    'position': gettext_lazy('Job title'),
    'post': gettext_lazy('Post'),
    'rate': gettext_lazy('Rate'),
    'basis': gettext_lazy('Regulatory basis'),
    'no_basis': gettext_lazy('No basis in the Typical qualification characteristics'),
    'rank': gettext_lazy('Place'),
    'candidate': gettext_lazy('Candidate'),
    'score': gettext_lazy('Final score'),
    'tie': gettext_lazy('tie'),
    'decision': gettext_lazy('Decision of the commission'),
    'winner': gettext_lazy('Winner'),
    'no_winner': gettext_lazy('Nobody was selected'),
    'no_decision': gettext_lazy('No decision yet'),
    'scores': gettext_lazy('All scores (by member, criteria in order = total)'),
    'aggregation': gettext_lazy('Counting rule'),
    'mean': gettext_lazy("the arithmetic mean of the members' totals"),
    'sum': gettext_lazy("the sum of the members' totals"),
    'quorum': gettext_lazy('Quorum (locked sheets)'),
    'pending': gettext_lazy('Candidates without a quorum'),
    'returned': gettext_lazy('Returned applications'),
    'withdrawn': gettext_lazy('Withdrawn applications'),
    'signatures': gettext_lazy('Signatures'),
    'generated': gettext_lazy('Generated'),
    'chair': gettext_lazy('Chair'),
    'member': gettext_lazy('Member'),
    'secretary': gettext_lazy('Secretary'),
    'verdict': gettext_lazy('Conclusion of the rules engine'),
    'draft': gettext_lazy('DRAFT: no decision has been recorded for every post yet'),
    'draft_mark': gettext_lazy('DRAFT'),
    'example_basis': gettext_lazy("EXAMPLE: no legal basis; it stands in for annexes 17 and 18 that the vacancy notice cites"),
    'meeting_date': gettext_lazy('Date of the meeting'),
    'meeting_place': gettext_lazy('Place of the meeting'),
    'no_applicants': gettext_lazy('No applications were received for this post.'),
    'draft_details': gettext_lazy("DRAFT: the protocol's number, meeting date and place are not entered yet"),
}

BLANK = "____________"  # a field of the protocol not entered yet: a line to fill in by hand on the draft


def labels(lang: str) -> dict[str, str]:
    """The protocol's words in ``lang``."""
    with translation.override(lang):
        return {k: str(v) for k, v in LABELS.items()}


@dataclass
class PostSection:
    post: object
    ranked: list[ranking_mod.Ranked]
    pending: list[ranking_mod.Candidate]
    decision: Decision | None
    rows: list[dict] = field(default_factory=list)


def num(value) -> str:
    """3.00 → 3, 0.50 → 0,5, -3 → -3 (points as a person writes them; kk and ru both write a decimal comma,
    see sanat/web/formats/kk)."""
    if value is None:
        return "—"
    text = f"{value.normalize():f}" if hasattr(value, "normalize") else str(value)
    return text.replace(".", ",")


def dec(value) -> str:
    """A score or rate as printed in both languages' documents: 10.00 → 10,00, 0.75 → 0,75."""
    return "—" if value is None else str(value).replace(".", ",")


def build(comp: Competition) -> dict:
    """Everything the protocol shows, computed once for both languages and both formats."""
    members = list(comp.commission.select_related("user").all())
    voting = [m for m in members if m.votes]
    crits = list(comp.sheet.criteria.all())
    accepted = list(Application.objects.filter(competition=comp, state=Application.ACCEPTED).only(
        "pk", "submitted_at", "last_name", "first_name", "middle_name"))
    cands = {c.application_id: c for c in ranking_input(comp, accepted)}
    by_post: dict[int, list] = {}
    for app_id, post_id in Application.posts.through.objects.filter(
            application__in=[a.pk for a in accepted]).values_list("application_id", "post_id"):
        by_post.setdefault(post_id, []).append(cands[app_id])
    decisions = {d.post_id: d for d in Decision.objects.filter(competition=comp).select_related("winner")}
    quorum = effective_quorum(comp)
    sections = []
    for post in comp.posts.all():
        ranked, pending = ranking_mod.rank(by_post.get(post.pk, []), quorum=quorum, rule=comp.sheet.aggregation,
                                           tie_break=comp.sheet.tie_break)
        sec = PostSection(post, ranked, pending, decisions.get(post.pk))
        for r in ranked:
            per_member = {s.member_id: s for s in r.candidate.sheets}
            cells = []
            for m in voting:
                s = per_member.get(m.pk)
                cells.append("—" if s is None else
                             " / ".join(num(s.by_criterion.get(c.code)) for c in crits) + f" = {num(s.total)}")
            sec.rows.append({"rank": r.rank, "id": r.candidate.application_id, "name": r.candidate.label,
                             "score": r.score, "score_text": dec(r.score), "tie": r.tie, "cells": cells})
        sections.append(sec)
    counts = dict.fromkeys((Application.RETURNED, Application.WITHDRAWN), 0)
    for state in counts:
        counts[state] = Application.objects.filter(competition=comp, state=state).count()
    final = comp.state == Competition.DECIDED and not comp.missing_meeting_fields()
    return {"competition": comp, "final": final, "members": members, "voting": voting, "criteria": crits,
            "sections": sections,
            "quorum": quorum, "counts": counts, "generated": timezone.localtime(clock.now()),
            "locked_sheets": ScoreSheet.objects.filter(application__competition=comp, locked_at__isnull=False).count()}


LISTING_THRESHOLD = 300  # rows per post above which the PDF shows a fixed-width listing instead of a table


def _fit(text: str, width: int) -> str:
    text = str(text)
    return (text[: width - 1] + "…") if len(text) > width else text.ljust(width)


LISTING_CHUNK = 50  # lines per <pre> block: WeasyPrint paginates one long <pre> in quadratic time


def listing(section: PostSection, voting, L: dict) -> list[str]:
    """The ranking as aligned fixed-width text blocks, each repeating the header. WeasyPrint lays out
    thousands of table cells slowly (2,000 rows: about 15 s); short preformatted blocks take ~1 s."""
    cells = [[c.replace(" ", "") for c in row["cells"]] for row in section.rows]
    cell_w = max([10, *(len(c) for row in cells for c in row)]) + 1
    head = _fit(L["rank"], 5) + _fit("№", 7) + _fit(L["candidate"], 30) + "".join(
        _fit(m.display_name, cell_w) for m in voting) + L["score"]
    lines = []
    for row, compact in zip(section.rows, cells, strict=True):
        lines.append(_fit(row["rank"], 5) + _fit(row["id"], 7) + _fit(row["name"], 30)
                     + "".join(_fit(c, cell_w) for c in compact)
                     + dec(row["score"]) + (f" ({L['tie']})" if row["tie"] else ""))
    rule = "─" * len(head)
    return ["\n".join([head, rule, *lines[i:i + LISTING_CHUNK]]) for i in range(0, len(lines), LISTING_CHUNK)]


def _lang_ctx(data: dict, lang: str) -> dict:
    comp = data["competition"]
    L = labels(lang)
    pick = (lambda kk, ru: ru or kk) if lang == "ru" else (lambda kk, ru: kk or ru)
    draft = "" if data["final"] else (L["draft"] if comp.state != Competition.DECIDED else L["draft_details"])
    return {**data, "L": L, "lang": lang, "pick": pick, "draft_text": draft,
            "number": comp.protocol_number or "____",
            "meeting_date": f"{comp.meeting_date:%d.%m.%Y}" if comp.meeting_date else BLANK,
            "meeting_place": comp.meeting_place or BLANK,
            "comp_title": pick(comp.title_kk, comp.title_ru),
            "org_name": pick(comp.organisation.name_kk, comp.organisation.name_ru),
            "sheet_title": pick(comp.sheet.title_kk, comp.sheet.title_ru),
            "posts": [{"title": pick(s.post.title_kk, s.post.title_ru), "section": s, "rate": num(s.post.rate),
                       "empty": not s.rows and not s.pending,
                       "listing": listing(s, data["voting"], L) if len(s.rows) > LISTING_THRESHOLD else [],
                       "decision_text": s.decision.text if s.decision else "",
                       "winner": s.decision.winner.full_name if s.decision and s.decision.winner else ""}
                      for s in data["sections"]],
            "member_rows": [{"name": m.display_name, "role": L[m.role], "position": m.position} for m in data["members"]],
            "criteria_titles": [pick(c.title_kk, c.title_ru) for c in data["criteria"]]}


def render_html(data: dict, lang: str) -> str:
    with translation.override(lang):
        return render_to_string("hiring/protocol.html", _lang_ctx(data, lang))


def render_pdf(data: dict, lang: str) -> bytes:
    from sanat.documents.render import html_to_pdf

    return html_to_pdf(render_html(data, lang))


def _docx_table(doc, header: list[str], rows: list[list[str]]):
    """A grid table; rows are cloned from one prototype row's XML (python-docx's ``add_row().cells``
    is quadratic-ish: 2,000 rows took seconds)."""
    import copy

    from docx.oxml.ns import qn

    table = doc.add_table(rows=2, cols=len(header))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    for cell in table.rows[1].cells:
        cell.text = "x"
    proto = table.rows[1]._tr
    parent = proto.getparent()
    parent.remove(proto)
    for values in rows:
        tr = copy.deepcopy(proto)
        for t, text in zip(tr.iter(qn("w:t")), values, strict=True):
            t.text = text
        parent.append(tr)
    return table


def render_docx(data: dict, lang: str) -> bytes:
    from docx import Document
    from docx.shared import Pt

    ctx = _lang_ctx(data, lang)
    L = ctx["L"]
    comp = data["competition"]
    from docx.oxml.ns import qn

    from sanat.documents.render import DOCX_FONT

    doc = Document()
    doc.styles["Normal"].font.size = Pt(9)
    for style_name in ("Normal", "Heading 1", "Heading 2"):  # the shared DOCX font, for Kazakh letters too
        style = doc.styles[style_name]
        style.font.name = DOCX_FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), DOCX_FONT)
    if not data["final"]:  # on every page (the header) and at the top
        from docx.shared import RGBColor

        head = doc.sections[0].header.paragraphs[0]
        mark = head.add_run(f"{L['draft_mark']} — {ctx['draft_text']}")
        mark.bold, mark.font.size, mark.font.color.rgb = True, Pt(14), RGBColor(0xB0, 0, 0)
        top = doc.add_paragraph().add_run(ctx["draft_text"])
        top.bold, top.font.color.rgb = True, RGBColor(0xB0, 0, 0)
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    org = doc.add_paragraph()
    org.alignment = WD_ALIGN_PARAGRAPH.CENTER
    org.add_run(ctx["org_name"]).bold = True
    title = doc.add_heading(f"{L['title']} № {ctx['number']}", level=1)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if comp.sheet.is_example:
        doc.add_paragraph(L["example"]).runs[0].bold = True
    meeting = doc.add_paragraph()
    meeting.add_run(f"{L['meeting_date']}: ").bold = True
    meeting.add_run(ctx["meeting_date"])
    meeting.add_run("\n")
    meeting.add_run(f"{L['meeting_place']}: ").bold = True
    meeting.add_run(ctx["meeting_place"])
    doc.add_paragraph(f"{L['organisation']}: {ctx['org_name']}")
    doc.add_paragraph(f"{L['competition']}: {ctx['comp_title']}")
    doc.add_paragraph(f"{L['window']}: {timezone.localtime(comp.accepts_from):%d.%m.%Y %H:%M} – "
                      f"{timezone.localtime(comp.accepts_until):%d.%m.%Y %H:%M}")
    edition = "" if comp.sheet.is_example else f" ({comp.sheet.edition})"
    basis = L["example_basis"] if comp.sheet.is_example else comp.sheet.citation
    doc.add_paragraph(f"{L['sheet']}: {ctx['sheet_title']}{edition}; {L['citation']}: {basis}")
    doc.add_paragraph(f"{L['aggregation']}: {L[comp.sheet.aggregation]}; {L['quorum']}: {data['quorum']}")
    doc.add_heading(L["members"], level=2)
    _docx_table(doc, [L["name"], L["role"], L["position"]],
                [[m["name"], m["role"], m["position"] or "—"] for m in ctx["member_rows"]])
    for p in ctx["posts"]:
        sec = p["section"]
        doc.add_heading(f"{L['post']}: {p['title']} – {L['rate']} {p['rate']}", level=2)
        doc.add_paragraph(f"{L['basis']}: {sec.post.catalog_position_id or L['no_basis']}")
        if p["empty"]:  # no table without rows: the sentence says why
            doc.add_paragraph().add_run(L["no_applicants"]).bold = True
        elif sec.rows:
            doc.add_paragraph(L["scores"] + ": " + "; ".join(ctx["criteria_titles"]))
            head = [L["rank"], "№", L["candidate"], *[m.display_name for m in data["voting"]], L["score"]]
            _docx_table(doc, head, [[str(row["rank"]), str(row["id"]), row["name"], *row["cells"],
                                     row["score_text"] + (f" ({L['tie']})" if row["tie"] else "")]
                                    for row in sec.rows])
        if sec.pending:
            doc.add_paragraph(f"{L['pending']}: " + ", ".join(f"№{c.application_id} {c.label}" for c in sec.pending))
        doc.add_paragraph(f"{L['decision']}: " + (
            (f"{L['winner']}: {p['winner']}. " if p["winner"] else f"{L['no_winner']}. ") + p["decision_text"]
            if sec.decision else L["no_decision"]))
    doc.add_paragraph(f"{L['returned']}: {data['counts']['returned']}; {L['withdrawn']}: {data['counts']['withdrawn']}")
    doc.add_heading(L["signatures"], level=2)
    for m in ctx["member_rows"]:
        doc.add_paragraph(f"{m['role']}: {m['name']} ____________")
    doc.add_paragraph(f"{L['generated']}: {data['generated']:%d.%m.%Y %H:%M}")
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def protocol_file(actor, comp: Competition, fmt: str, lang: str) -> tuple[bytes, str, str]:
    """(content, content type, file name) of the protocol; staff only, after scoring."""
    access.require_staff_view(actor, comp)
    if comp.state not in (Competition.SCORED, Competition.DECIDED):
        raise HiringError(_("The protocol exists once scoring is finished."))
    if lang not in LANGS or fmt not in ("pdf", "docx", "html"):
        raise ValueError("unsupported format or language")
    data = build(comp)
    if fmt == "pdf":
        content, ctype = render_pdf(data, lang), "application/pdf"
    elif fmt == "docx":
        content = render_docx(data, lang)
        ctype = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    else:
        content, ctype = render_html(data, lang).encode(), "text/html; charset=utf-8"
    import hashlib

    record(actor, "protocol.downloaded", comp, after={"format": fmt, "lang": lang, "state": comp.state, "final": data["final"],
                                                      "sha256": hashlib.sha256(content).hexdigest()})
    return content, ctype, f"protocol-{comp.pk}-{lang}.{fmt}"
