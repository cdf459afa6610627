"""The default document list and the return rule come from the loaded edition's parsed notice only."""

from __future__ import annotations

import pytest
from django.utils import timezone

from sanat.catalog import store
from sanat.hiring.services import competitions, doclist
from sanat.regulation.sources import TEXTS_DIR, spec

pytestmark = pytest.mark.django_db


def test_the_twelve_items_of_the_notice_with_their_conditions_and_lines(catalog):
    items = doclist.default_items()
    notice = store.notice()
    assert [i["number"] for i in items] == list(range(1, 13)) == [d["number"] for d in notice["documents"]]
    by = {i["number"]: i for i in items}
    assert [n for n, i in by.items() if i["condition"] == "always"] == [1, 2, 3, 4, 6, 7, 8, 11, 12]
    assert by[5]["condition"] == by[9]["condition"] == "if_any"  # «(при наличии)»
    assert by[10]["condition"] == "exemption"
    # the labels are the notice's Russian text (the closing «;» or «.» dropped), cited by line
    assert by[5]["ru"] == "копия документа, подтверждающую трудовую деятельность (при наличии)"
    assert by[12]["ru"] == "рекомендательное письмо с места работы (по должности педагога), учебы"
    assert by[1]["citation"] == "004:L15" and by[12]["citation"] == "004:L26"
    assert all(i["kk"] == "" for i in items)  # no Kazakh text of the notice in the sources: none typed
    rule = doclist.return_rule()
    assert rule["ru"].startswith("Отсутствие одного из документов") and rule["citation"] == "004:L28"


def test_the_list_follows_a_changed_notice(load_edition):
    file = spec("notice").file
    text = (TEXTS_DIR / file).read_text("utf-8")
    old = "копия документа, подтверждающую трудовую деятельность (при наличии);"
    assert text.count(old) == 1 and text.count("рекомендательное письмо с места работы") == 1
    text = text.replace(old, "копия трудовой книжки;").replace("рекомендательное письмо с места работы",
                                                                "характеристика с места работы")
    load_edition({file: text})
    items = {i["number"]: i for i in doclist.default_items()}
    assert items[5] == {"number": 5, "condition": "always", "ru": "копия трудовой книжки", "kk": "",
                        "citation": "004:L19"}
    assert items[12]["ru"].startswith("характеристика с места работы")

    from django.contrib.auth import get_user_model

    from sanat.hiring.models import Organisation, StaffRole

    org = Organisation.objects.create(name_kk="№1 мектеп")
    admin = get_user_model().objects.create_user(username="orgadmin", password="pw")
    StaffRole.objects.create(user=admin, organisation=org, role=StaffRole.ADMIN)
    now = timezone.now()
    comp = competitions.create_competition(admin, org, title_kk="Конкурс", title_ru="", languages=["kk"],
                                           accepts_from=now, accepts_until=now + timezone.timedelta(days=5))
    copied = {r.number: r for r in comp.requirements.all()}
    assert copied[5].title_ru == "копия трудовой книжки" and copied[5].condition == "always"
    assert copied[5].title == "копия трудовой книжки"  # the Kazakh page shows the notice's wording


def test_no_loaded_edition_means_an_empty_list(db):
    from sanat.catalog.models import CatalogEdition

    CatalogEdition.objects.all().delete()
    assert doclist.default_items() == []
    assert doclist.return_rule() == {"ru": "", "kk": "", "citation": ""}
