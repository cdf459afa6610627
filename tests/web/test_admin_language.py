"""The Django admin in Kazakh and in Russian, with no English left.

A superuser visits the admin index, every app's index and, for every registered model (enumerated from
``admin.site``: a newly registered model is crawled without a change here), its changelist, add form, a change
form and the history of one object — in kk and in ru — and the visible text must pass the same check as the
site crawl (``tests/web/test_no_english.py``: its ``visible_text`` and ``findings``, imported, not copied).
The objects come from that crawl's ``site`` fixture; a model with no object there fails with a request to
create one.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
from pathlib import Path

import pytest
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import translation


def _crawl():
    """The site crawl's module (its checker and its ``site`` fixture), loaded by path like its own helpers."""
    spec = importlib.util.spec_from_file_location("no_english_crawl", Path(__file__).with_name("test_no_english.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


crawl = _crawl()
findings, visible_text = crawl.findings, crawl.visible_text
site = crawl.site  # the crawl's world (users, competitions, a cohort, an attestation round…) as a fixture here

pytestmark = pytest.mark.django_db

LANGS = ("kk", "ru")
# An object's values, as the admin prints them (a read-only field, a cell of the change list), are its data — a
# Russian title, a code, an audit record's JSON — like the value of an input, which the checker never reads.
# The labels around them (field names, column titles, filters, buttons, messages) are read.
_VALUES = re.compile(r'<(div class="readonly"|(?:td|th) class="field-[^"]*"|bdi)>')  # bdi: a password hash's parts


def admin_text(html: str) -> str:
    return visible_text(_VALUES.sub(r"<\1 data-quote>", html))


@pytest.fixture
def admin_site(site):
    """The crawl's world plus what only the admin shows: an issued certificate, a group, a superuser."""
    from sanat.training_centre.models import Certificate

    participant = site["participant"]
    Certificate.objects.get_or_create(
        participant=participant,
        defaults={"number": "TC-2026-0A1B2C3D", "participant_name": participant.name,
                  "course_title": "Педагогтердің біліктілігін арттыру курсы", "hours": 80,
                  "start_date": dt.date(2026, 3, 2), "end_date": dt.date(2026, 3, 13),
                  "modules": [{"number": 1, "title": "Бірінші модуль", "hours": 80}]})
    group = Group.objects.create(name="Оқу орталығы")
    group.permissions.add(*Permission.objects.filter(content_type__app_label="training_centre")[:3])
    root = get_user_model().objects.create_superuser("root", "root@sanat.kz", "pw-root",
                                                     first_name="Бауыржан", last_name="Әкімов")
    # the names of the objects the admin lists (a username, a sheet's code, an audit record's action) are data
    names = {str(obj) for model in admin.site._registry for obj in model._default_manager.all()}
    typed = site["typed"] | {w for name in names | site["typed"] for w in re.findall(r"[A-Za-z]+", name)}
    return {**site, "root": root, "typed": typed}


def admin_urls() -> list[tuple[str, str, type]]:
    """(what, url, model) of every admin page to read: index, app indexes, per model list/add/change/history."""
    out = [("index", reverse("admin:index"), None)]
    for label in sorted({m._meta.app_label for m in admin.site._registry}):
        out.append((f"app {label}", reverse("admin:app_list", args=[label]), None))
    for model in sorted(admin.site._registry, key=lambda m: m._meta.label):
        info = (model._meta.app_label, model._meta.model_name)
        obj = model._default_manager.order_by("pk").first()
        assert obj is not None, f"{model._meta.label} is in the admin: create an object of it in admin_site()"
        out += [(f"{model._meta.label} list", reverse("admin:{}_{}_changelist".format(*info)), model),
                (f"{model._meta.label} add", reverse("admin:{}_{}_add".format(*info)), model),
                (f"{model._meta.label} change", reverse("admin:{}_{}_change".format(*info), args=[obj.pk]), model),
                (f"{model._meta.label} history", reverse("admin:{}_{}_history".format(*info), args=[obj.pk]), model)]
    return out


def test_every_admin_page_is_kazakh_or_russian(client, admin_site):
    allowed = admin_site["typed"]
    problems: dict[str, list[str]] = {}
    read = 0
    for lang in LANGS:
        client.logout()
        translation.activate(lang)  # reverse() then gives /ru/admin/… (the admin is under i18n_patterns)
        r = client.get(reverse("admin:login"))
        assert r.status_code == 200
        for f in findings(admin_text(r.content.decode()), allowed):
            problems.setdefault(f, []).append(f"{lang} login")
        client.force_login(admin_site["root"])
        for what, url, _model in admin_urls():
            r = client.get(url)
            assert r.status_code in (200, 403), f"{lang} {what} {url}: {r.status_code}"
            if r.status_code == 403:  # a read-only model's add form: refused, and the refusal is read too
                assert what.endswith(" add"), f"{lang} {what} refused"
            html = r.content.decode()
            assert f'lang="{lang}"' in html, f"{lang} {what}: the page is not in {lang}"
            read += 1
            for f in findings(admin_text(html), allowed):
                problems.setdefault(f, []).append(f"{lang} {what}")
    translation.deactivate()
    assert read >= 2 * 4 * len(admin.site._registry)
    report = "\n".join(f"{f}\n    on {', '.join(sorted(set(where))[:4])}" for f, where in sorted(problems.items()))
    assert not problems, f"{len(problems)} findings:\n{report}"


def untranslated_names() -> list[str]:
    """Names a page shows only in passing (a model's verbose names, the app's name, every field's label and help
    text, every choice label, every action) of every registered model whose kk or ru is missing or English."""
    missing = []
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        texts = {"app": opts.app_config.verbose_name, "verbose_name": opts.verbose_name,
                 "verbose_name_plural": opts.verbose_name_plural}
        for field in opts.get_fields():
            if not getattr(field, "concrete", False) or field.auto_created:
                continue
            texts[f"{field.name}.verbose_name"] = field.verbose_name
            if field.help_text:
                texts[f"{field.name}.help_text"] = field.help_text
            for value, label in field.flatchoices or ():
                texts[f"{field.name}.choice {value}"] = label
        for name in model_admin.list_display:
            attr = getattr(model_admin, name, None)
            if attr is not None and hasattr(attr, "short_description"):
                texts[f"list_display {name}"] = attr.short_description
        for action in model_admin._get_base_actions():
            texts[f"action {action[1]}"] = action[2]
        for what, text in texts.items():
            with translation.override(None):
                english = str(text)
            for lang in LANGS:
                with translation.override(lang):
                    shown = str(text) % {"verbose_name_plural": opts.verbose_name_plural} if "%(" in str(text) \
                        else str(text)
                if shown == english or findings(shown, set()):
                    missing.append(f"{opts.label} {what}: {lang} {shown!r}")
    return missing


def test_every_registered_model_names_itself_in_kk_and_ru():
    missing = untranslated_names()
    assert not missing, "untranslated in the admin:\n" + "\n".join(missing)


def test_a_newly_registered_model_without_translations_fails():
    from sanat.training_centre.models import Attendance  # no field of it has a label: it is not in the admin

    admin.site.register(Attendance)
    try:
        missing = untranslated_names()
    finally:
        admin.site.unregister(Attendance)
    assert "training_centre.Attendance participant.verbose_name: kk 'participant'" in missing


def test_the_admin_scripts_speak_kk_and_ru(client, django_user_model):
    """The two-list picker (permissions, a cohort's staff) and the calendar are drawn by the admin's scripts from
    ``/admin/jsi18n/``: every string of Django's admin script catalog is there in kk and in ru, none English."""
    import json

    import django
    import polib

    root = django_user_model.objects.create_superuser("root", "root@sanat.kz", "pw-root")
    client.force_login(root)
    source = polib.pofile(str(Path(django.__file__).parent / "contrib/admin/locale/ru/LC_MESSAGES/djangojs.po"))
    for lang in LANGS:
        with translation.override(lang):
            body = client.get(reverse("admin:jsi18n")).content.decode()
        served = json.loads(re.search(r"const newcatalog = (\{.*?\});\n", body, re.S).group(1))
        missing = []
        for e in source:
            key = f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt else e.msgid
            value = served.get(key)
            forms = value if isinstance(value, list) else [value]
            if not value or any(not f or findings(re.sub(r"%s|%\(\w+\)s", " ", f), {"OK"}) for f in forms):
                missing.append(f"{lang} {key!r}: {value!r}")
        assert not missing, "\n".join(missing)


def test_the_admin_switches_language_like_every_page(client, django_user_model):
    root = django_user_model.objects.create_superuser("root", "root@sanat.kz", "pw-root")
    client.force_login(root)
    page = client.get("/admin/hiring/competition/").content.decode()
    assert 'value="/ru/admin/hiring/competition/"' in page and ">Русский</button>" in page
    r = client.post("/i18n/setlang/", {"language": "ru", "next": "/ru/admin/hiring/competition/"})
    assert r.status_code == 302 and r["Location"] == "/ru/admin/hiring/competition/"
    page = client.get(r["Location"]).content.decode()
    assert 'lang="ru"' in page and 'value="/admin/hiring/competition/"' in page and ">Қазақша</button>" in page
