"""The commission's protocol (per round) and the decision extract (per file): kk and ru, PDF and DOCX,
numbered and dated. Labels are gettext strings rendered under ``translation.override(lang)``; the
settings edition's EXAMPLE status is printed on every page that uses it."""

from __future__ import annotations

import hashlib
import io

from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _

from sanat.accounts.services import record
from sanat.catalog import store
from sanat.documents.render import DOCX_FONT, html_to_pdf
from sanat.vocabulary import category_label

from ..models import Application, Decision, Member, Round
from . import access, clock, rounds
from .decisions import ground_text

#: Rows per table in the PDF protocol: WeasyPrint lays out one long table much slower than short ones.
TABLE_CHUNK = 60
#: Above this many files the PDF protocol prints the results as aligned fixed-width text blocks (as the
#: hiring protocol does): WeasyPrint needs minutes for thousands of table rows, seconds for text.
LISTING_THRESHOLD = 300
LISTING_CHUNK = 50  # lines per block (one long <pre> paginates slowly)
LISTING_COLUMNS = (("n", 5), ("name", 26), ("post", 10), ("category", 17), ("portfolio", 11), ("test", 13),
                   ("appeal", 12), ("joint", 6), ("decision", 12), ("number", 14), ("until", 10))


def _fit(text: object, width: int) -> str:
    text = str(text)
    return (text[: width - 1] + "…") if len(text) > width - 1 else text.ljust(width)


def listing(rows: list[dict], headers: list[str]) -> list[str]:
    """The results as fixed-width text blocks of ``LISTING_CHUNK`` lines, each under the header."""
    head = "".join(_fit(h, w) for h, (_k, w) in zip(headers, LISTING_COLUMNS, strict=True))
    lines = ["".join(_fit(r[k], w) for k, w in LISTING_COLUMNS) for r in rows]
    rule = "─" * len(head)
    return ["\n".join([head, rule, *lines[i:i + LISTING_CHUNK]]) for i in range(0, len(lines), LISTING_CHUNK)]


def result_headers() -> list[str]:
    return ["№", _("Teacher"), _("Post"), _("Category"), _("Portfolio"), _("Knowledge test / pass mark"),
            _("Appeal"), _("Generalisation"), _("Decision"), _("Number"), _("Valid until")]


def _pick(kk: str, ru: str, lang: str) -> str:
    return (ru or kk) if lang == "ru" else (kk or ru)


def _outcome(d: Decision | None) -> str:
    if d is None:
        return _("no decision yet")
    return {Decision.ASSIGN: _("assigned"), Decision.CONFIRM: _("confirmed"), Decision.REFUSE: _("refused")}[d.outcome]


def score_text(v) -> str:
    """A score as Kazakh and Russian write it: 72,5 (decimal comma), 60; «—» for none."""
    return "—" if v is None else f"{v.normalize():f}".replace(".", ",")


_num = score_text


def protocol_data(rnd: Round, lang: str) -> dict:
    """Everything the protocol shows, in ``lang`` (call under ``translation.override``)."""
    apps = list(rnd.applications.select_related("knowledge", "decision").prefetch_related("appeals")
                .order_by("full_name", "id"))
    rows = []
    for n, a in enumerate(apps, start=1):
        k = getattr(a, "knowledge", None) if hasattr(a, "knowledge") else None
        d = getattr(a, "decision", None) if a.state == Application.DECIDED else None
        ap = next(iter(a.appeals.all()), None)
        rows.append({
            "n": n, "name": a.full_name, "post": a.position_id, "category": category_label(a.category, lang),
            "portfolio": {Application.RETURNED: _("returned"), Application.SUBMITTED: _("not checked")}.get(
                a.state, _("complete")),
            "test": (f"{_num(k.score)} / {_num(k.threshold)}" + (" ✓" if k.passed else " ✗")) if k else "—",
            "appeal": ({"pending": _("under review"), "upheld": _("upheld"), "rejected": _("rejected")}[ap.state]
                       if ap else ""),
            "joint": f"{a.joint['met']}/{a.joint['total']}" if a.joint else "—",
            "decision": _outcome(d), "number": d.number if d else "",
            "until": f"{d.until:%d.%m.%Y}" if d and d.until else "",
            "votes": f"{d.votes_for}/{d.votes_against}/{d.present}" if d else "",
        })
    decided = [r for r in apps if r.state == Application.DECIDED]
    dated = max((a.decision.decided_on for a in decided), default=None) or clock.today()
    members = list(rnd.members.select_related("user"))
    role_label = dict(Member.ROLES)
    return {
        "lang": lang, "r": rnd, "number": rnd.protocol_number, "date": dated, "example": rnd.rules.is_example,
        "rules": rnd.rules, "citation": rnd.rules.data["citation"][lang],
        "title": _pick(rnd.title_kk, rnd.title_ru, lang), "body": _pick(rnd.body.name_kk, rnd.body.name_ru, lang),
        "members": [{"name": m.display_name, "role": str(role_label[m.role]), "position": m.position,
                     "board": m.board} for m in members],
        "stages": rounds.stages(rnd), "stage_labels": stage_labels(),
        "chunks": [rows[i:i + TABLE_CHUNK] for i in range(0, len(rows), TABLE_CHUNK)], "rows": rows,
        "listing": listing(rows, result_headers()) if len(rows) > LISTING_THRESHOLD else [],
        "counts": {o: sum(1 for a in decided if a.decision.outcome == o) for o in dict(Decision.OUTCOMES)},
        "total": len(apps), "validity": rnd.rules.data["validity_years"], "appeal_days": rnd.rules.data["appeal_days"],
    }


def stage_labels() -> dict[str, str]:
    return {"application": _("Application"), "qualification_evaluation": _("Qualification evaluation"),
            "knowledge_test": _("Knowledge test"), "generalisation": _("Comprehensive analytical generalisation"),
            "decision": _("Decision of the commission")}


def extract_data(app: Application, lang: str) -> dict:
    d: Decision = app.decision
    rnd = app.round
    return {
        "lang": lang, "a": app, "d": d, "r": rnd, "example": rnd.rules.is_example, "rules": rnd.rules,
        "citation": rnd.rules.data["citation"][lang], "title": _pick(rnd.title_kk, rnd.title_ru, lang),
        "body": _pick(rnd.body.name_kk, rnd.body.name_ru, lang), "category": category_label(app.category, lang),
        "outcome": _outcome(d), "grounds": [ground_text(g, lang) for g in d.grounds],
        "position": {"id": app.position_id,
                     "title": ((store.position(app.position_id) or {}).get("title") or {}).get(lang)
                     or app.snapshot["position"]["title"]},
        "protocol": rnd.protocol_number,
        "validity": rnd.rules.data["validity_years"],
    }


def _pdf(template: str, ctx: dict) -> bytes:
    return html_to_pdf(render_to_string(template, ctx))


def _doc():
    from docx import Document
    from docx.oxml.ns import qn
    from docx.shared import Pt

    doc = Document()
    doc.styles["Normal"].font.size = Pt(10)
    for name in ("Normal", "Heading 1", "Heading 2"):
        style = doc.styles[name]
        style.font.name = DOCX_FONT
        fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
        for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            fonts.set(qn(attr), DOCX_FONT)
    return doc


def _example(doc) -> None:
    p = doc.add_paragraph()
    run = p.add_run(_("EXAMPLE: the stages, deadlines, pass marks, appeal window and validity period are not "
                      "from the law (Order 83 is not among the sources); they are example settings."))
    run.bold = True


def _save(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def protocol_docx(ctx: dict) -> bytes:
    from sanat.hiring.services.protocol import _docx_table

    doc = _doc()
    doc.add_heading(_("Protocol of the attestation commission No. %(n)s") % {"n": ctx["number"]}, level=1)
    doc.add_paragraph(f"{_('Date')}: {ctx['date']:%d.%m.%Y}")
    if ctx["example"]:
        _example(doc)
    doc.add_paragraph(f"{_('Attesting body')}: {ctx['body']}")
    doc.add_paragraph(f"{_('Round')}: {ctx['title']} ({ctx['r'].starts:%d.%m.%Y} – {ctx['r'].ends:%d.%m.%Y})")
    doc.add_paragraph(f"{_('Procedure settings')}: {ctx['rules'].edition} — {ctx['citation']}")
    doc.add_paragraph(f"{_('Quorum')}: {ctx['r'].quorum}")
    doc.add_heading(_("Members"), level=2)
    _docx_table(doc, [_("Name"), _("Role"), _("Job title"), _("Commission")],
                [[m["name"], m["role"], m["position"] or "—",
                  str(_("Appeal commission") if m["board"] == "appeal" else _("Attestation commission"))]
                 for m in ctx["members"]])
    doc.add_heading(_("Results"), level=2)
    _docx_table(doc, result_headers(),
                [[str(r["n"]), r["name"], r["post"], r["category"], str(r["portfolio"]), r["test"], str(r["appeal"]),
                  r["joint"], str(r["decision"]), r["number"], r["until"]] for r in ctx["rows"]])
    doc.add_paragraph(_("Assigned: %(a)s; confirmed: %(c)s; refused: %(r)s; files: %(t)s.")
                      % {"a": ctx["counts"]["assign"], "c": ctx["counts"]["confirm"], "r": ctx["counts"]["refuse"],
                         "t": ctx["total"]})
    doc.add_heading(_("Signatures"), level=2)
    for m in ctx["members"]:
        if m["board"] == "commission":
            doc.add_paragraph(f"{m['role']}: {m['name']} ____________")
    return _save(doc)


def extract_docx(ctx: dict) -> bytes:
    doc = _doc()
    d = ctx["d"]
    doc.add_heading(_("Extract from the decision of the attestation commission No. %(n)s") % {"n": d.number}, level=1)
    doc.add_paragraph(f"{_('Date')}: {d.decided_on:%d.%m.%Y}; {_('protocol')} № {ctx['protocol']}")
    if ctx["example"]:
        _example(doc)
    doc.add_paragraph(f"{_('Attesting body')}: {ctx['body']}")
    doc.add_paragraph(f"{_('Round')}: {ctx['title']}")
    doc.add_paragraph(f"{_('Teacher')}: {ctx['a'].full_name}")
    doc.add_paragraph(f"{_('Post')}: {ctx['position']['id']} — {ctx['position']['title']}")
    doc.add_paragraph(f"{_('Category')}: {ctx['category']}")
    p = doc.add_paragraph(f"{_('Decision')}: ")
    p.add_run(str(ctx["outcome"])).bold = True
    if d.since:
        doc.add_paragraph(f"{_('Valid')}: {d.since:%d.%m.%Y} – {d.until:%d.%m.%Y}")
    doc.add_paragraph(f"{_('Votes for / against / present')}: {d.votes_for} / {d.votes_against} / {d.present}")
    doc.add_heading(_("Grounds"), level=2)
    for g in ctx["grounds"]:
        doc.add_paragraph(g, style="List Bullet")
    if d.reasons:
        doc.add_paragraph(f"{_('Reasons')}: {d.reasons}")
    doc.add_paragraph(f"{_('Secretary')}: ____________")
    return _save(doc)


def protocol(actor, rnd: Round, lang: str, fmt: str) -> bytes:
    access.require_round_view(actor, rnd)
    with translation.override(lang):
        ctx = protocol_data(rnd, lang)
        content = (_pdf("attestation_procedure/protocol_doc.html", ctx) if fmt == "pdf" else protocol_docx(ctx))
    record(actor, "procedure.protocol.downloaded", rnd, after={"lang": lang, "format": fmt, "number": ctx["number"],
                                                               "sha256": hashlib.sha256(content).hexdigest()})
    return content


def extract(actor, app: Application, lang: str, fmt: str) -> bytes:
    access.require_application_view(actor, app)
    with translation.override(lang):
        ctx = extract_data(app, lang)
        content = _pdf("attestation_procedure/extract_doc.html", ctx) if fmt == "pdf" else extract_docx(ctx)
    record(actor, "procedure.extract.downloaded", app, after={"lang": lang, "format": fmt, "number": app.decision.number,
                                                              "sha256": hashlib.sha256(content).hexdigest()})
    return content
