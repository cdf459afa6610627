"""``python -m django hiring_demo``: a published demo competition with the sample notice's posts.

Creates (once) the organisation «Демо мектеп», users ``demo-admin``, ``demo-secretary``,
``demo-member1``, ``demo-member2``, ``demo-candidate`` (password = user name) and a competition
accepting applications for 7 days, scored with the EXAMPLE sheet. For demonstrations only.
"""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.utils import timezone

from sanat.hiring.models import Organisation, StaffRole
from sanat.hiring.services import competitions, sheets
from sanat.ops.devonly import refuse_outside_development
from sanat.vocabulary import LANGS


class Command(BaseCommand):
    help = "Create a demo hiring competition (EXAMPLE sheet, the sample notice's posts)."

    def handle(self, *args, **options):
        refuse_outside_development("hiring_demo")
        User = get_user_model()
        users = {}
        for name in ("demo-admin", "demo-secretary", "demo-member1", "demo-member2", "demo-candidate"):
            user, created = User.objects.get_or_create(username=name, defaults={"email": f"{name}@example.kz",
                                                                               "first_name": name.split("-")[1].title(),
                                                                               "last_name": "Demo"})
            if created:
                user.set_password(name)
                user.save()
            users[name] = user
        org, _ = Organisation.objects.get_or_create(name_kk="Демо мектеп", defaults={"name_ru": "Демо школа"})
        StaffRole.objects.get_or_create(user=users["demo-admin"], organisation=org, role=StaffRole.ADMIN)
        if org.competitions.exists():
            self.stdout.write("demo competition exists")
            return
        sheets.ensure_example_sheet()
        admin = users["demo-admin"]
        now = timezone.now()
        comp = competitions.create_competition(admin, org, title_kk="Бос лауазымдарға конкурс (демо)",
                                               title_ru="Конкурс на вакантные должности (демо)",
                                               accepts_from=now, accepts_until=now + dt.timedelta(days=7),
                                               languages=list(LANGS), quorum=None, contacts="")
        competitions.add_notice_posts(admin, comp)
        competitions.add_member(admin, comp, users["demo-secretary"], "secretary", "Хатшы")
        competitions.add_member(admin, comp, users["demo-member1"], "chair", "Директор")
        competitions.add_member(admin, comp, users["demo-member2"], "member", "Директордың орынбасары")
        competitions.publish(admin, comp)
        self.stdout.write(f"demo competition {comp.pk} published; users demo-* (password = user name)")
