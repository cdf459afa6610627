"""No English and no developer text on any page, in Kazakh and in Russian.

One Django test client visits every URL pattern of every app (enumerated from the resolver; path parameters
filled from objects created here) as every role — anonymous, candidate, teacher, hiring secretary,
commission member, organisation administrator, training-centre staff — in kk and in ru; then the error
pages (404, 403) and the form errors of bad input (empty POSTs, bad dates), following redirects so service
messages are read too. The visible text (tags, scripts and styles stripped; title/placeholder/alt/aria-label
kept) must hold no Latin-letter word outside a short allow-list and no developer reference.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import io
import re
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern

from sanat.regulation import sources as _sources

pytestmark = pytest.mark.django_db



def _helpers(app: str):
    """The fixtures module of another app's tests (its builders of users and objects), loaded by path."""
    spec = importlib.util.spec_from_file_location(f"{app}_helpers", Path(__file__).parents[1] / app / "conftest.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hiring = _helpers("hiring")
procedure = _helpers("attestation_procedure")

# ---- what may be Latin on a page ------------------------------------------------------------------
ALLOWED = {
    "sanat",                                                   # the product's name
    "PDF", "DOCX", "XLSX", "CSV", "JSON", "JPEG", "PNG", "HTML", "YAML", "ZIP",  # file formats a user picks or downloads
    "SHA",                                                     # «SHA-256» fingerprint of an uploaded file
    "QR", "CASE",                                              # a QR code; 1EdTech CASE, the standard's export format
    "UTF",                                                     # «UTF-8», the text encoding a file must have
    "PhD",                                                     # the degree, so named in Kazakhstan's documents
}
# Latin words printed by the shipped source texts themselves (WorldSkills, OECD, a bibliography…) are quoted
# content, not interface text: derived from the texts, not typed (two letters or more: a lone letter, like the
# «L» of «L20», is never content).
SOURCE_WORDS = {w for s in _sources.load_all().values() for w in re.findall(r"[A-Za-z]{2,}", s.text)} - {"docs"}

_STRIP = [
    re.compile(r"https?://\S+"),                                # links printed as text (verification URL)
    re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),                # e-mail addresses
    re.compile(r"\b[0-9a-f]{8,64}\b"),                          # checksums and certificate numbers (hex)
    re.compile(r"\bTC-\d{4}-[\w…]*"),                           # a certificate number as printed (TC-2026-…)
    re.compile(r"\b[IVXLC]+\b"),                                # Roman numerals (XI сынып)
]
DEV_REFS = [
    re.compile(r"(?<![/\w])docs/"),                             # a path into the repository's docs
    re.compile(r"\b[\w-]+\.(?:py|txt|ya?ml|html|md|po)\b"),    # a source file name
    re.compile(r"\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b"),               # an environment variable / setting name
    re.compile(r"\b\d{3}:L\d+"),                                # a bare citation (004:L28)
    re.compile(r"\b\w+_(?:pkey|key|uniq|check|fk)\b|\bunique_\w+"),  # a database constraint name
    re.compile(r"Traceback|Exception|Error\b"),
]
LATIN = re.compile(r"[A-Za-z]+")


class VisibleText(HTMLParser):
    """The text a reader sees: no script/style/template, attribute texts that are shown as tooltips."""

    SKIP = frozenset({"script", "style", "template", "noscript", "metadata"})  # metadata: an SVG chart's RDF (never drawn)
    SHOWN_ATTRS = ("title", "placeholder", "alt", "aria-label")

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0
        self.skip_tags: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        # data-quote: the source text quoted as printed (content); a textarea holds what the user typed (like an
        # input's value), not interface text
        if tag in self.SKIP or tag == "textarea" or "data-quote" in a:
            self.skipping += 1
            self.skip_tags.append(tag)
            return
        self.parts += [a[k] for k in self.SHOWN_ATTRS if a.get(k)]
        if tag == "input" and a.get("type") in ("submit", "button") and a.get("value"):
            self.parts.append(a["value"])

    def handle_endtag(self, tag):
        if self.skip_tags and tag == self.skip_tags[-1]:
            self.skip_tags.pop()
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def visible_text(html: str) -> str:
    p = VisibleText()
    p.feed(html)
    return " ".join(" ".join(p.parts).split())


def findings(text: str, allowed: set[str]) -> list[str]:
    out = [f"developer reference {m.group(0)!r}" for rx in DEV_REFS for m in rx.finditer(text)]
    for rx in _STRIP:
        text = rx.sub(" ", text)
    for m in LATIN.finditer(text):
        word = m.group(0)
        if word not in allowed and word not in SOURCE_WORDS and not {word, word.lower(), word.upper()} & ALLOWED:
            start = max(0, m.start() - 40)
            out.append(f"{word!r} in «…{text[start:m.end() + 40]}…»")
    return out


# ---- the world the pages show ----------------------------------------------------------------------
PDF = hiring.PDF
PNG = hiring.PNG
NAMES = {  # username → (first, last): the pages show people's names; these are typed data, not interface
    "orgadmin": ("Гүлнар", "Әбенова"), "viewer": ("Дәулет", "Серіков"), "secretary": ("Айнұр", "Қасымова"),
    "member1": ("Бақыт", "Омаров"), "member2": ("Сәуле", "Жұмабаева"), "cand": ("Ерлан", "Ахметов"),
    "cand2": ("Мадина", "Нұрланова"), "outsider": ("Арман", "Төлеев"),
}


def attestation_round(client, monkeypatch) -> dict:
    """An attesting body, an open round with both commissions, a teacher's application evaluated, a failed
    knowledge test and the teacher's appeal (pages of every stage have content)."""
    from sanat.attestation_procedure.models import Application, AttestingBody, BodyRole, Member
    from sanat.attestation_procedure.services import rounds

    clock = procedure.Clock()
    monkeypatch.setattr("sanat.attestation_procedure.services.clock.now", clock.now)
    monkeypatch.setattr("sanat.attestation_procedure.services.clock.today", clock.today)
    body = AttestingBody.objects.create(kind=AttestingBody.ORGANISATION, name_kk="№ 5 мектеп-гимназия",
                                        name_ru="Школа-гимназия № 5")
    admin = procedure.user("bodyadmin", first="Жанар", last="Бекова")
    BodyRole.objects.create(user=admin, body=body)
    today = clock.today()
    rnd = rounds.create_round(admin, body.pk, title_kk="2026 жылғы көктемгі аттестаттау",
                              title_ru="Весенняя аттестация 2026", starts=today - dt.timedelta(days=1),
                              ends=today + dt.timedelta(days=60), quorum=2, positions=[],
                              categories=["moderator", "expert"])
    people = {}
    for name, board, role in (("pchair", Member.COMMISSION, Member.CHAIR), ("pmember", Member.COMMISSION, Member.MEMBER),
                              ("pmember2", Member.COMMISSION, Member.MEMBER),
                              ("psecretary", Member.COMMISSION, Member.SECRETARY),
                              ("appealchair", Member.APPEAL, Member.CHAIR), ("appeal1", Member.APPEAL, Member.MEMBER)):
        people[name] = procedure.user(name, first="Нұрлан", last="Әлиев")
        rounds.add_member(admin, rnd, people[name], board, role, position="мұғалім")
    rounds.set_state(admin, rnd, "open")
    prof = procedure.profile()
    prof["achievements"][0]["title"] = "Оқушының аудандық олимпиададағы жүлдесі"
    teacher = procedure.teacher_with_workspace("erlan", prof=prof)
    teacher.first_name, teacher.last_name = "Ерлан", "Сәрсенов"
    teacher.save()
    iin = procedure.valid_iin(41)
    client.force_login(teacher)
    r = client.post(f"/attestation/rounds/{rnd.pk}/apply/", {"category": "expert", "iin": iin, "lang": "kk"})
    assert r.status_code == 302, r.content.decode()[:2000]
    app = Application.objects.get(round=rnd, teacher=teacher)
    client.force_login(admin)
    r = client.post(f"/attestation/rounds/a/{app.pk}/evaluate/", {f"present-{c.order}": "1" for c in app.checks.all()})
    assert r.status_code == 302, r.content.decode()[:2000]
    client.force_login(people["psecretary"])
    f = io.BytesIO(f"ЖСН;балл;күні\n{iin};55;01.03.2026\n".encode())
    f.name = "нәтижелер.csv"
    assert client.post(f"/attestation/rounds/{rnd.pk}/results/", {"file": f}).status_code == 302
    client.force_login(teacher)
    assert client.post(f"/attestation/rounds/a/{app.pk}/appeal/", {"text": "3-сұрақтың жауабы дұрыс"}).status_code == 302
    client.logout()
    evidence = app.workspace.evidence.first()
    return {"round": rnd, "papp": app, "appeal": app.appeals.get(), "pevidence": evidence,
            "proles": {"body admin": admin, "attestation commission": people["pchair"],
                       "commission secretary": people["psecretary"], "appeal commission": people["appeal1"],
                       "applicant": teacher}}


@pytest.fixture
def site(client, catalog, settings, tmp_path, monkeypatch):
    settings.MEDIA_ROOT = tmp_path / "private-media"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    clock = hiring.Clock()
    monkeypatch.setattr("sanat.hiring.services.clock.now", clock.now)
    from sanat.attestation import services as att
    from sanat.attestation.models import Evidence, PlanItem
    from sanat.hiring.services import applications, competitions
    from sanat.training_centre import services as tc
    from sanat.training_centre.models import CentreStaff, Participant

    w = hiring.build_world()
    User = get_user_model()
    for user in (w.admin, w.viewer, w.secretary, w.m1, w.m2, w.cand, w.cand2, w.outsider):
        user.first_name, user.last_name = NAMES[user.username]
        user.save()
    # competition 1: applied, checked, closed, scored, decided (ranking and protocol have content)
    a = hiring.apply_as(w.cand, w.comp, [w.math, w.custom])
    b = hiring.apply_as(w.cand2, w.comp, [w.math])
    for app in (a, b):
        applications.check(w.secretary, app, accept=True)
    clock.advance(days=3)
    comp = competitions.close(w.admin, w.comp)
    top = {"education": "higher_honours", "experience": "3_plus", "category": "expert", "recommendation": "positive"}
    low = {"education": "higher", "experience": "1_3", "category": "none", "recommendation": "negative"}
    for member in (w.m1, w.m2):
        hiring.score_all(member, a, top)
        hiring.score_all(member, b, low)
    comp = competitions.finish_scoring(w.secretary, comp)
    comp = hiring.meet(w.secretary, comp)
    competitions.record_decision(w.secretary, comp, w.math, a.pk, "Тағайындауға ұсыну")
    # competition 2: open, one application returned for documents; competition 3: a draft
    now = clock.now()
    open_comp = competitions.create_competition(
        w.admin, w.org, title_kk="Бастауыш сынып мұғалімдері", title_ru="Учителя начальных классов",
        accepts_from=now - dt.timedelta(hours=1), accepts_until=now + dt.timedelta(days=5), languages=["kk", "ru"],
        quorum=None, contacts="+7 727 000 00 00")
    post = competitions.add_post(w.admin, open_comp, title_kk="Бастауыш сынып мұғалімі",
                                 title_ru="Учитель начальных классов", rate=Decimal("1"), salary_floor=None,
                                 catalog_position_id="338-03-07")
    competitions.add_member(w.admin, open_comp, w.secretary, "secretary", "Хатшы")
    competitions.add_member(w.admin, open_comp, w.m1, "chair", "Директор")
    competitions.add_member(w.admin, open_comp, w.m2, "member", "Орынбасар")
    open_comp = competitions.publish(w.admin, open_comp)
    c = hiring.apply_as(w.cand, open_comp, [post], docs=[1])
    applications.check(w.secretary, c, accept=False, reasons="Жеке куәліктің көшірмесі жоқ")
    draft = competitions.create_competition(
        w.admin, w.org, title_kk="Жоба конкурс", title_ru="Черновик конкурса", accepts_from=now,
        accepts_until=now + dt.timedelta(days=9), languages=["kk"], quorum=None, contacts="")

    # a teacher's attestation workspace with evidence and a plan
    teacher = User.objects.create_user("aigul", email="aigul@mektep.kz", password="pw-aigul",
                                       first_name="Айгүл", last_name="Сейітова")
    from sanat.accounts.models import VerifiedEmail

    VerifiedEmail.objects.create(user=teacher, email=teacher.email)  # training records attach to a verified one
    ws = att.workspace_for(teacher)
    profile = {"education": [{"level": "higher", "pedagogical": True}], "experience": {"pedagogical": 4},
               "categories": [{"code": "moderator", "since": "2022-01-01", "until": "2027-06-01"}],
               "achievements": [{"kind": "olympiad", "level": "district", "result": "prize", "date": "2025-03-01",
                                 "title": "Оқушының жүлдесі"}]}
    att.save_profile(teacher, ws, "338-03-07", profile)
    att.save_self_assessment(teacher, ws, {"2.1": "expert", "2.2": "moderator"}, dt.date.today())
    att.store_upload(teacher, ws, SimpleUploadedFile("сертификат.png", PNG), "Олимпиада сертификаты", [], None)
    dec = att.decision(ws, "kk", dt.date.today())
    att.generate_plan(teacher, ws, dec, "master")
    evidence, plan_item = Evidence.objects.get(workspace=ws), PlanItem.objects.filter(workspace=ws).first()

    # a training-centre trainer with a cohort; the teacher is its participant
    trainer = User.objects.create_user("trainer", email="trainer@centre.kz", password="pw-trainer",
                                       first_name="Асель", last_name="Серікова")
    CentreStaff.objects.create(user=trainer)
    cohort = tc.create_cohort(trainer, title="1-топ", fmt="in_person", start_date=dt.date(2026, 3, 2),
                              trainers="Серікова А.")
    participant = tc.enrol(trainer, cohort, name="Айгүл Сейітова", school="№ 12 мектеп-гимназия",
                           email="aigul@mektep.kz")
    tc.attach_verified(teacher, teacher.email)  # the teacher proved the address: the record is hers
    assert Participant.objects.get(pk=participant.pk).user == teacher
    upload = a.uploads.first()
    rounds = attestation_round(client, monkeypatch)
    # a staff-file screening the teacher uploaded (its pages are the uploader's only)
    from sanat.eligibility import screen_jobs

    staff = ("name,position,education_level,pedagogical,exp_specialty\n"
             "Айгүл Сейітова,338-03-07,higher,yes,5\nЕрлан Ахметов,338-03-07,bachelor,yes,1\n")
    job = screen_jobs.create_job(teacher, "", SimpleUploadedFile("қызметкерлер.csv", staff.encode()),
                                 dt.date(2025, 9, 1), "kk")
    job.refresh_from_db()  # the queue runs in-process in tests: the job is screened already
    # background documents (sanat/docjobs) of the secretary: one made, one running, one failed
    from sanat.docjobs import services as docjobs
    from sanat.docjobs.models import DocumentJob

    made = DocumentJob.objects.create(owner=w.secretary, kind="hiring.protocol", lang="kk",
                                      params={"competition": comp.pk, "fmt": "docx", "lang": "kk"})
    docjobs.run(str(made.pk))
    doc_jobs = [made, DocumentJob.objects.create(owner=w.secretary, kind="hiring.protocol", lang="kk", state="running",
                                                 progress=0.4, params={"competition": comp.pk, "fmt": "pdf", "lang": "ru"}),
                DocumentJob.objects.create(owner=w.secretary, kind="hiring.protocol", lang="kk", state="failed",
                                           params={"competition": comp.pk, "fmt": "pdf", "lang": "kk"})]
    roles = {"anonymous": None, "candidate": w.cand, "teacher": teacher, "secretary": w.secretary,
             "member": w.m1, "admin": w.admin, "centre staff": trainer, **rounds.pop("proles")}
    typed = {u.username for u in User.objects.all()} | {"doc"}  # doc1.pdf…: file names the helpers upload
    return {"roles": roles, "typed": typed, "comp": comp, "open": open_comp, "draft": draft, "app": a,
            "returned": c, "upload": upload, "post": w.math, "evidence": evidence, "plan": plan_item,
            "cohort": cohort, "participant": participant, "job": job, "doc_jobs": doc_jobs, **rounds}


# ---- every URL pattern ------------------------------------------------------------------------------
def patterns(resolver=None, ns="", inside=False):
    """(name with namespace, parameter names) of every page under ``i18n_patterns`` (the API and Django's
    set_language view are outside them: not pages of the interface; the admin, inside, has its own crawl)."""
    resolver = resolver or get_resolver()
    for p in resolver.url_patterns:
        if isinstance(p, URLResolver):
            if p.app_name == "admin":  # the Django admin: crawled by tests/web/test_admin_language.py
                continue
            if inside or isinstance(p.pattern, LocalePrefixPattern):
                yield from patterns(p, f"{ns}{p.namespace}:" if p.namespace else ns, True)
        elif inside and isinstance(p, URLPattern) and p.name:
            yield f"{ns}{p.name}", sorted(p.pattern.converters)


def arguments(site) -> dict[str, list[dict]]:
    """Path parameters per URL name (a list: one page per entry)."""
    comp, app = site["comp"].pk, site["app"].pk
    per_comp = [{"pk": comp}, {"pk": site["open"].pk}, {"pk": site["draft"].pk}]
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    from sanat.accounts.verification import make_token

    teacher = site["roles"]["teacher"]
    uid = urlsafe_base64_encode(force_bytes(teacher.pk))
    return {
        "accounts:verify_email": [{"token": make_token(teacher)}, {"token": "a-link-that-was-never-sent"}],
        "accounts:password_reset_confirm": [{"uidb64": uid, "token": default_token_generator.make_token(teacher)},
                                            {"uidb64": uid, "token": "set-expired"}],
        "catalog:chapter": [{"number": 3}],
        "eligibility:screen_template": [{"kind": "xlsx"}, {"kind": "csv"}],
        **{f"eligibility:{n}": [{"pk": site["job"].pk}] for n in ("screen_job", "screen_result", "screen_summary")},
        "catalog:position": [{"pid": "338-03-07"}, {"pid": "338-01-01"}],
        "catalog:source": [{"file": "001"}],
        "catalog:standard_card": [{"card_id": "1"}],
        "hiring:competition": per_comp,
        "hiring:announcement": [{"pk": comp, "lang": "kk", "fmt": "html"}],
        "hiring:announcement_package": [{"pk": comp}],
        **{f"docjobs:{n}": [{"pk": j.pk} for j in site["doc_jobs"]] for n in ("job", "status", "download")},
        "training_centre:certificates_zip": [{"pk": site["cohort"].pk, "lang": "kk"}],
        "hiring:apply": per_comp[1:2],
        "hiring:application": [{"pk": app}, {"pk": site["returned"].pk}],
        "hiring:upload": [{"pk": site["returned"].pk}],
        "hiring:withdraw": [{"pk": site["returned"].pk}],
        "hiring:resubmit": [{"pk": site["returned"].pk}],
        "hiring:check": [{"pk": app}, {"pk": site["returned"].pk}],
        "hiring:check_iin": [{"pk": app}],
        "hiring:score": [{"pk": app}],
        "hiring:file": [{"pk": site["upload"].pk}],
        "hiring:manage": per_comp,
        "hiring:add_post": [{"pk": site["draft"].pk}],
        "hiring:add_member": [{"pk": site["draft"].pk}],
        "hiring:edit_post": [{"pk": site["comp"].pk, "post_pk": site["post"].pk}],
        "hiring:remove_post": [{"pk": site["comp"].pk, "post_pk": site["post"].pk}],
        "hiring:transition": [{"pk": site["draft"].pk, "action": "publish"}, {"pk": site["open"].pk, "action": "close"}],
        "hiring:decide": [{"pk": comp}],
        "hiring:meeting": [{"pk": comp}],
        "hiring:protocol": [{"pk": comp, "lang": "kk", "fmt": "html"}],
        "attestation:evidence_edit": [{"pk": site["evidence"].pk}],
        "attestation:evidence_file": [{"pk": site["evidence"].pk}],
        "attestation:plan_item": [{"pk": site["plan"].pk}],
        "training_centre:cohort": [{"pk": site["cohort"].pk}],
        "training_centre:enrol": [{"pk": site["cohort"].pk}],
        "training_centre:pass_mark": [{"pk": site["cohort"].pk}],
        "training_centre:attendance_day": [{"pk": site["cohort"].pk, "day": 1}],
        "training_centre:export_xlsx": [{"pk": site["cohort"].pk}],
        **{f"training_centre:{n}": [{"pk": site["participant"].pk}]
           for n in ("participant", "attendance", "checklist", "score", "status", "issue", "revoke")},
        "training_centre:certificate_pdf": [{"pk": site["participant"].pk, "lang": "kk"}],
        "training_centre:verify": [{"number": "000000"}],
        **{f"procedure:{n}": [{"pk": site["round"].pk}] for n in ("round", "members", "import", "apply")},
        "procedure:state": [{"pk": site["round"].pk, "state": "closed"}],
        "procedure:protocol": [{"pk": site["round"].pk, "lang": "kk", "fmt": "html"}],
        **{f"procedure:{n}": [{"pk": site["papp"].pk}]
           for n in ("application", "evaluate", "resubmit", "score", "marks", "joint", "decide", "appeal")},
        "procedure:evidence": [{"pk": site["papp"].pk, "evidence": site["pevidence"].pk}],
        "procedure:extract": [{"pk": site["papp"].pk, "lang": "kk", "fmt": "html"}],
        "procedure:appeal_decide": [{"pk": site["appeal"].pk}],
    }


QUERY = {"catalog:search": "?q=мұғалім", "catalog:source": "?lines=10-20"}
PUBLIC = ("catalog:", "eligibility:check", "eligibility:screen_template")  # the same for every role: visited
#                                         anonymously (each role's nav is seen on the pages of the other apps)
BAD_INPUT = {  # beside the empty POST: a bad date where a form takes one
    "training_centre:cohort_create": {"title": "Топ", "format": "in_person", "start_date": "31.02.2026"},
    "attestation:readiness": {"category": "master", "action": "add", "text": "Сабаққа қатысу", "due": "2027-13-45"},
    "hiring:new": {"title_kk": "Конкурс", "accepts_from": "ертең", "accepts_until": "2026-02-30"},
    "accounts:login": {"username": "aigul", "password": "wrong-password"},
    "accounts:signup": {"username": "aigul", "password1": "123", "password2": "1234"},
}


def urls(site):
    args = arguments(site)
    out = []
    for name, params in patterns():
        if params:
            assert name in args, f"{name} has parameters {params}: add objects for it to arguments()"
            out += [(name, reverse(name, kwargs=kw) + QUERY.get(name, "")) for kw in args[name]]
        else:
            out.append((name, reverse(name) + QUERY.get(name, "")))
    return out


def test_no_english_or_developer_text_on_any_page(client, site):
    pages = urls(site)
    assert len({n for n, _ in pages}) >= 50
    problems: dict[str, list[str]] = {}
    allowed = site["typed"]
    opened: set[tuple[str, str]] = set()  # (role, url) a GET showed: its form gets the bad-input POSTs

    seen = {"responses": 0, "html": 0}

    def read(label, response):
        seen["responses"] += 1
        if "text/html" not in response.get("Content-Type", "") or not response.content:
            return
        seen["html"] += 1
        for f in findings(visible_text(response.content.decode()), allowed):
            problems.setdefault(f, []).append(label)

    for lang, prefix in (("kk", ""), ("ru", "/ru")):
        for role, user in site["roles"].items():
            client.logout()
            if user is not None:
                client.force_login(user)
            for name, url in pages:
                if name.startswith(PUBLIC) and role != "anonymous":
                    continue
                r = client.get(prefix + url, follow=True)
                read(f"{lang} {role} GET {url}", r)
                if r.status_code == 200 and not r.redirect_chain:
                    opened.add((role, url))
            # error pages: an unknown page (404) and someone else's object (403/404)
            read(f"{lang} {role} 404", client.get(prefix + "/positions/338-99-99/"))
            read(f"{lang} {role} 404", client.get(prefix + "/no-such-page/"))
            if role in ("candidate", "teacher", "centre staff"):
                read(f"{lang} {role} foreign", client.get(prefix + reverse("hiring:manage", args=[site["comp"].pk])))
        # bad input: empty POSTs and bad dates, as the role whose form it is; redirects followed (messages)
        for role, user in site["roles"].items():
            client.logout()
            if user is not None:
                client.force_login(user)
            for name, url in pages:
                if (role, url) not in opened and name not in BAD_INPUT:  # a form this role cannot open
                    continue
                read(f"{lang} {role} POST {url}", client.post(prefix + url, {}, follow=True))
                if name in BAD_INPUT:
                    read(f"{lang} {role} POST {url} bad", client.post(prefix + url, BAD_INPUT[name], follow=True))
    print(f"crawled {len({n for n, _ in pages})} URL patterns, {len(pages)} URLs, {len(site['roles'])} roles, kk and ru:"
          f" {seen['responses']} responses, {seen['html']} HTML pages read")
    assert seen["html"] >= 1000, seen  # the crawl really reads pages (a broken login would leave only redirects)
    report = "\n".join(f"{f}\n    on {', '.join(sorted(set(where))[:3])}" for f, where in sorted(problems.items()))
    assert not problems, f"{len(problems)} findings:\n{report}"


def test_the_checker_sees_english_and_developer_text():
    assert findings(visible_text("<p>Сақтау</p><script>var x = 'Save';</script>"), set()) == []
    assert findings(visible_text("<button title='Save it'>Сақтау</button>"), set())
    assert findings("Қараңыз: docs/hiring.md", set())
    assert findings("Хабарландыру 004:L28", set())
    assert findings("SANAT_HOME орнатылмаған", set())
    assert not findings("338-03-07 · PDF · sanat · a@b.kz", set())
    found = findings(visible_text('<p>«<span data-quote>5AB01</span>» Mixed</p>'), set())
    assert len(found) == 1 and found[0].startswith("'Mixed'")  # the quoted code is content, the word is not


def test_no_english_in_any_translation():
    """Every kk/ru msgstr of every catalog passes the same check (strings the crawl cannot reach: e-mails, rare
    refusals)."""
    import polib

    import sanat

    bad = []
    for path in Path(sanat.__file__).parent.glob("**/locale/*/LC_MESSAGES/django.po"):
        for e in polib.pofile(str(path)):
            for form in (e.msgstr_plural.values() if e.msgid_plural else [e.msgstr]):
                text = re.sub(r"%\(\w+\)[sdr]|%[sd]|\{\w*\}|<[^>]+>", " ", form)  # placeholders and markup
                bad += [f"{path.parts[-3]} {e.msgid!r}: {f}" for f in findings(text, set())]
    assert not bad, "\n".join(bad)


def test_every_service_refusal_is_translatable():
    """Every ``raise <ServiceError-like>(...)`` in the web apps passes a gettext call, never a bare string."""
    import ast

    import sanat

    refusals = {"HiringError", "TrainingError", "UploadRejected", "ServiceError", "Forbidden", "NotFound",
                "PermissionDenied", "ValidationError"}
    root = Path(sanat.__file__).parent
    bare = []
    for path in root.rglob("*.py"):
        if path.parts[len(root.parts)] in ("regulation", "rules", "search", "training", "documents"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                fn = node.exc.func
                name = fn.id if isinstance(fn, ast.Name) else getattr(fn, "attr", "")
                if name in refusals and node.exc.args:
                    arg = node.exc.args[0]
                    if isinstance(arg, ast.BinOp):  # _("… %(x)s") % {...}
                        arg = arg.left
                    # a gettext call, or str(exc) passing on a refusal that was translated where it was raised
                    ok = isinstance(arg, ast.Call) and getattr(arg.func, "id", getattr(arg.func, "attr", "")) in (
                        "_", "gettext", "gettext_lazy", "pgettext", "ngettext", "format_lazy", "str")
                    if not ok:
                        bare.append(f"{path.relative_to(root)}:{node.lineno}")
    assert not bare, f"untranslatable refusal messages: {bare}"


