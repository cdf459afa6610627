"""``sanat demo`` (``python -m django demo``): a demonstration site with a user for every role and data at
every stage. Development only (refused unless ``SANAT_DEBUG=1``); run it again and it says the data exists.

Users (password = user name): demo-teacher, demo-candidate, demo-secretary, demo-member1, demo-member2,
demo-admin (organisation administrator), demo-viewer (education-department viewer), demo-trainer
(training-centre staff), demo-superuser (site administrator). Data: a competition open for applications,
one closed and being scored, one decided with its protocol; the teacher's filled profile, self-assessment,
a portfolio file and a plan; a training cohort in progress and one finished with a certificate.
"""

from __future__ import annotations

import datetime as dt
import uuid
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone

from sanat.accounts.models import VerifiedEmail
from sanat.ops.devonly import refuse_outside_development

PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
USERS = {  # user name: (first name, last name)
    "demo-teacher": ("Айгерім", "Сапарова"), "demo-candidate": ("Ерлан", "Жұмабаев"),
    "demo-candidate2": ("Динара", "Әбенова"), "demo-secretary": ("Гүлнар", "Хатшы"),
    "demo-member1": ("Серік", "Директор"), "demo-member2": ("Мәдина", "Орынбасар"),
    "demo-admin": ("Асқар", "Әкімші"), "demo-viewer": ("Бақыт", "Бөлім"), "demo-trainer": ("Жанар", "Тренер"),
    "demo-superuser": ("Сайт", "Әкімшісі"),
}
TEACHER_PROFILE = {
    "education": [{"level": "higher", "pedagogical": True, "direction": "Математика", "profile_relevant": True,
                   "retraining": False, "graduated": "2012-06-30"}],
    "experience": {"periods": [
        {"from": "2012-09-01", "to": "2018-08-31", "kinds": ["pedagogical", "position"], "note": "№ 12 мектеп"},
        {"from": "2018-09-01", "to": None, "kinds": ["pedagogical", "position"], "note": "№ 5 мектеп-гимназия"}]},
    "location": "urban",
    "categories": [{"code": "moderator", "since": "2022-05-01", "until": "2027-05-01"}],
    "achievements": [{"kind": "olympiad", "level": "district", "result": "prize", "date": "2025-03-01",
                      "title": "Оқушының аудандық олимпиададағы жүлдесі"},
                     {"kind": "publication", "level": "oblast", "result": "participant", "date": "2024-11-15",
                      "title": "Облыстық журналдағы мақала"}],
}


class Command(BaseCommand):
    help = "Create demo users for every role and data at every stage (development only)."

    def handle(self, *args, **options):
        refuse_outside_development("demo")
        User = get_user_model()
        if User.objects.filter(username="demo-teacher").exists():
            self.stdout.write("demo data exists (log in as demo-teacher / demo-teacher)")
            return
        self.stdout.write("creating demo users …")
        # the notifications the demo's steps send are not printed (they would bury the log-ins)
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"), transaction.atomic():
            users = self._users(User)
            self.stdout.write("creating competitions (open, being scored, decided with protocol) …")
            self._hiring(users)
            self.stdout.write("filling the teacher's profile, self-assessment, evidence and plan …")
            self._attestation(users)
            self.stdout.write("creating training cohorts (in progress, finished with a certificate) …")
            self._training(users)
        self.stdout.write(self.style.SUCCESS("demo ready: log in with any demo-* user, password = user name"))

    # ---- users ------------------------------------------------------------------------------------
    def _users(self, User) -> dict:
        users = {}
        for name, (first, last) in USERS.items():
            user = User.objects.create_user(name, email=f"{name}@example.kz", password=name, first_name=first,
                                            last_name=last)
            VerifiedEmail.objects.create(user=user, email=user.email)
            users[name] = user
        su = users["demo-superuser"]
        su.is_superuser = su.is_staff = True
        su.save()
        return users

    # ---- hiring -----------------------------------------------------------------------------------
    def _hiring(self, u: dict) -> None:
        from sanat.hiring.models import Option, Organisation, StaffRole
        from sanat.hiring.services import applications, competitions, scoring, sheets

        org = Organisation.objects.create(name_kk="№5 мектеп-гимназия (демо)", name_ru="Школа-гимназия №5 (демо)")
        StaffRole.objects.create(user=u["demo-admin"], organisation=org, role=StaffRole.ADMIN)
        StaffRole.objects.create(user=u["demo-viewer"], organisation=org, role=StaffRole.VIEWER)
        sheets.ensure_example_sheet()
        admin, now = u["demo-admin"], timezone.now()

        def competition(title_kk: str, title_ru: str):
            comp = competitions.create_competition(admin, org, title_kk=title_kk, title_ru=title_ru,
                                                   accepts_from=now - dt.timedelta(hours=2),
                                                   accepts_until=now + dt.timedelta(days=10), languages=["kk", "ru"],
                                                   quorum=None, contacts="+7 727 000 00 00")
            post = competitions.add_post(admin, comp, title_kk="Математика мұғалімі", title_ru="Учитель математики",
                                         rate=Decimal("1"), salary_floor=Decimal("180000"),
                                         catalog_position_id="338-03-07")
            competitions.add_member(admin, comp, u["demo-secretary"], "secretary", "Хатшы")
            competitions.add_member(admin, comp, u["demo-member1"], "chair", "Директор")
            competitions.add_member(admin, comp, u["demo-member2"], "member", "Директордың орынбасары")
            return competitions.publish(admin, comp), post

        def apply(user, comp, post, serial: int):
            from sanat.hiring import iin as iin_mod

            born = dt.date(1990, 4, 12)
            n = serial
            while (value := iin_mod.make(born, "F", n)) is None:
                n += 1
            app, _ = applications.apply(user, comp, post_ids=[post.pk], iin=value, birth_date=born,
                                        last_name=user.last_name, first_name=user.first_name, middle_name="",
                                        email=user.email, phone="", idempotency_key=uuid.uuid4())
            for r in comp.requirements.filter(condition="always"):
                applications.store_upload(user, app, r, SimpleUploadedFile(f"құжат-{r.number}.pdf",
                                                                           PDF + f"{serial}-{r.number}".encode()))
            return app

        def close(comp):
            type(comp).objects.filter(pk=comp.pk).update(accepts_until=timezone.now() - dt.timedelta(minutes=1))
            comp.refresh_from_db()
            return competitions.close(admin, comp)

        def score(member, app, codes: list[str]):
            choices = {}
            for crit, code in zip(app.competition.sheet.criteria.all(), codes, strict=False):
                opt = Option.objects.filter(criterion=crit, code=code).first() or crit.options.first()
                choices[crit.pk] = opt.pk
            scoring.save_scores(member, app, choices, lock=True)

        # 1. open for applications (the candidate can apply; the teacher's application is pending)
        competition("Математика мұғалімі лауазымына конкурс (ашық)", "Конкурс на должность учителя математики (открыт)")
        # 2. closed, being scored: two accepted applications, one sheet locked
        comp2, post2 = competition("Бастауыш сынып мұғалімі конкурсы (бағалау)", "Конкурс учителя начальных классов (оценка)")
        a = apply(u["demo-candidate"], comp2, post2, 10)
        b = apply(u["demo-candidate2"], comp2, post2, 20)
        for app in (a, b):
            applications.check(u["demo-secretary"], app, accept=True)
        comp2 = close(comp2)
        score(u["demo-member1"], a, ["higher_honours", "3_plus", "expert", "positive"])
        # 3. decided, with its protocol
        comp3, post3 = competition("Информатика мұғалімі конкурсы (шешілді)", "Конкурс учителя информатики (решён)")
        a = apply(u["demo-candidate"], comp3, post3, 30)
        b = apply(u["demo-candidate2"], comp3, post3, 40)
        for app in (a, b):
            applications.check(u["demo-secretary"], app, accept=True)
        comp3 = close(comp3)
        for member in (u["demo-member1"], u["demo-member2"]):
            score(member, a, ["higher_honours", "3_plus", "expert", "positive"])
            score(member, b, ["higher", "1_3", "none", "positive"])
        comp3 = competitions.finish_scoring(u["demo-secretary"], comp3)
        comp3 = competitions.set_meeting(u["demo-secretary"], comp3, protocol_number="3-к",  # needed to decide
                                         meeting_date=timezone.localtime(comp3.accepts_until).date(),
                                         meeting_place="Мектептің мәжіліс залы")
        competitions.record_decision(u["demo-secretary"], comp3, post3, a.pk, "Тағайындауға ұсынылсын")

    # ---- attestation ------------------------------------------------------------------------------
    def _attestation(self, u: dict) -> None:
        from sanat.attestation import services

        teacher, today = u["demo-teacher"], timezone.localdate()
        ws = services.workspace_for(teacher)
        services.save_profile(teacher, ws, "338-03-07", TEACHER_PROFILE)
        crits = services.criteria("kk")
        picks = {c["code"]: ("expert" if i % 3 else "moderator") for i, c in enumerate(crits[: len(crits) // 2])}
        services.save_self_assessment(teacher, ws, picks, today)
        dec = services.decision(ws, "kk", today)
        statements = services.statements(dec)[:1]
        services.store_upload(teacher, ws, SimpleUploadedFile("олимпиада-дипломы.pdf", PDF + b"olympiad"),
                              "Оқушының олимпиада дипломы", statements, 0)
        target = (dec.get("next") or {}).get("category") or "expert"
        services.generate_plan(teacher, ws, dec, target)
        # the candidate's profile too: their next application is pre-filled from it
        cand = services.workspace_for(u["demo-candidate"])
        services.save_profile(u["demo-candidate"], cand, "338-03-07", {
            "education": [{"level": "higher", "pedagogical": True}],
            "experience": {"periods": [{"from": "2019-09-01", "to": None, "kinds": ["pedagogical"]}]}})

    # ---- training centre --------------------------------------------------------------------------
    def _training(self, u: dict) -> None:
        from sanat.training_centre import services as s
        from sanat.training_centre.models import CentreStaff

        trainer, today = u["demo-trainer"], timezone.localdate()
        CentreStaff.objects.create(user=trainer)

        def hours(fmt: str, share: float = 1.0) -> dict:
            out = {}
            for m in s.course()["modules"]:
                for t in m["topics"]:
                    for activity, h in t["hours"][fmt].items():
                        if activity != "total":
                            out[(t["code"], activity)] = int(h * share) if share < 1 else h
            return out

        running = s.create_cohort(trainer, title="Аттестаттауға дайындық — 1-топ (жүріп жатыр)", fmt="in_person",
                                  start_date=today - dt.timedelta(days=4), trainers="Ж. Тренер")
        p = s.enrol(trainer, running, name="Айгерім Сапарова", school="№5 мектеп-гимназия",
                    email=u["demo-teacher"].email)
        s.save_attendance(trainer, p, hours("in_person", 0.4))
        s.enrol(trainer, running, name="Ерлан Жұмабаев", school="№12 мектеп", email=u["demo-candidate"].email)
        done = s.create_cohort(trainer, title="Аттестаттауға дайындық — 0-топ (аяқталды)", fmt="in_person",
                               start_date=today - dt.timedelta(days=60), trainers="Ж. Тренер")
        p = s.enrol(trainer, done, name="Айгерім Сапарова", school="№5 мектеп-гимназия", email=u["demo-teacher"].email)
        s.save_attendance(trainer, p, hours("in_person"))
        s.save_checklist(trainer, p, {(t["number"], i) for t in s.checklists() for i in range(1, len(t["items"]) + 1)})
        s.save_score(trainer, p, {c["number"]: c["max_points"] or 0 for c in s.course()["rubric"]})
        s.save_status(trainer, p, practical=True, defended=True)
        s.issue_certificate(trainer, p)
