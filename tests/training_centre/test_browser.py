"""A training-centre manager runs a cohort of the 80-hour course in headless Chromium, once in Kazakh and once in
Russian: creates the cohort, enrols participants, fills a day's attendance grid (people × topics, at once),
enters rubric scores, issues a certificate, downloads the XLSX export and the certificate PDF, and the public
verification page finds the number typed in small letters. Bad input on the way (a score out of range, hours
over a topic's, issuing without a passing score, an unknown number) is refused with a visible kk/ru message and
the typed values stay in the form.

``SANAT_SHOTS=DIR`` keeps screenshots (grid, scores, verification at 1280 and 390 px; the certificate as PNG).
"""

from __future__ import annotations

import io
import os
import re
import subprocess
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model

from sanat.documents.pdf_text import pdf_text
from sanat.training_centre import services as s
from sanat.training_centre.issuer import issuer
from sanat.training_centre.models import Attendance, CentreStaff, Certificate, Cohort, Participant
from tests.conftest import browser_login

pytestmark = [pytest.mark.browser, pytest.mark.usefixtures("catalog_live")]

PEOPLE = [("Айгүл Сейітова", "aigul@mektep.kz"), ("Ерлан Ахметов", "erlan@mektep.kz"),
          ("Мадина Нұрланова", "madina@mektep.kz")]
TEXT = {  # what the manager sees, in the page's language (from the .po files, as a reader would read it)
    "kk": {"prefix": "", "create": "Топ құру", "enrol": "Тіркеу", "save_att": "Қатысуды сақтау",
           "fill": "Барлығын күні бойы қатысты деп белгілеу", "att_saved": "Қатысу сақталды.",
           "nothing": "Ештеңе сақталған жоқ. Түзетіңіз:", "too_many": "аралығында болуы керек", "save_score": "Балды сақтау",
           "score_saved": "Балл сақталды.", "range": "0 мен 10 аралығында болуы керек.",
           "save_status": "Күйін сақтау", "issue": "Сертификат беру", "issued": "Сертификат берілді.",
           "not_met": "Сертификат беру шарттары орындалмаған.", "below": "өту балынан төмен",
           "check": "Тексеру", "valid": "Жарамды сертификат", "unknown": "Мұндай нөмірлі сертификат берілмеген.",
           "cert_label": "біліктілікті арттыру туралы", "stamp": "М.О."},
    "ru": {"prefix": "/ru", "create": "Создать группу", "enrol": "Записать", "save_att": "Сохранить посещаемость",
           "fill": "Отметить всех присутствовавшими весь день", "att_saved": "Посещаемость сохранена.",
           "nothing": "Ничего не сохранено. Исправьте:", "too_many": "должно быть от 0 до", "save_score": "Сохранить баллы",
           "score_saved": "Баллы сохранены.", "range": "должно быть от 0 до 10.",
           "save_status": "Сохранить статус", "issue": "Выдать сертификат", "issued": "Сертификат выдан.",
           "not_met": "Условия выдачи сертификата не выполнены.", "below": "ниже проходного балла",
           "check": "Проверить", "valid": "Действительный сертификат",
           "unknown": "Сертификат с таким номером не выдавался.",
           "cert_label": "о повышении квалификации", "stamp": "М.П."},
}


def shots_dir() -> Path | None:
    d = os.environ.get("SANAT_SHOTS")
    if d:
        Path(d).mkdir(parents=True, exist_ok=True)
    return Path(d) if d else None


def shoot(page, name: str) -> None:
    """The page at 1280 px and at 390 px (a phone), full length, when ``SANAT_SHOTS`` is set."""
    d = shots_dir()
    if d is None:
        return
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(d / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def no_horizontal_overflow(page) -> bool:
    """At 390 px the page itself does not scroll sideways (a wide grid scrolls inside its own box)."""
    page.set_viewport_size({"width": 390, "height": 900})
    ok = page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth + 1")
    page.set_viewport_size({"width": 1280, "height": 900})
    return ok


def click(page, label: str) -> None:
    page.get_by_role("button", name=label, exact=True).click()
    page.wait_for_load_state()


def login(page, prefix: str, username: str) -> None:
    browser_login(page, username, prefix=prefix)


def planned(page) -> list[tuple[str, int]]:
    """(input name, planned hours) of every cell of the day's grid: the «/ N» printed beside each input."""
    return page.eval_on_selector_all(
        "table.grid tbody td input",
        "els => els.map(e => [e.name, parseInt(e.parentElement.textContent.split('/').pop())])")


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_a_centre_manager_runs_a_cohort(browser_page, lang, tmp_path):
    t, page = TEXT[lang], browser_page
    pre = t["prefix"]
    manager = get_user_model().objects.create_user("manager", "manager@centre.kz", "pw-manager",
                                                   first_name="Асель", last_name="Серікова")
    CentreStaff.objects.create(user=manager)
    login(page, pre, "manager")

    # a cohort of the 80-hour course
    page.goto(f"{pre}/training/")
    page.fill("input[name=title]", "Наурыз тобы")
    page.select_option("select[name=format]", "in_person")
    page.fill("input[name=start_date]", "2026-03-02")
    page.fill("textarea[name=trainers]", "Серікова А.")
    click(page, t["create"])
    page.wait_for_url(re.compile(r".*/training/cohorts/\d+/$"))
    cohort = Cohort.objects.get(title="Наурыз тобы")
    assert f'lang="{lang}"' in page.content()
    assert "02.03.2026" in page.inner_text("body") and "80" in page.inner_text("body")

    # participants
    for name, email in PEOPLE:
        page.fill("input[name=name]", name)
        page.fill("input[name=school]", "№ 12 мектеп-гимназия")
        page.fill("input[name=email]", email)
        click(page, t["enrol"])
        page.wait_for_selector(f"text={name}")
    assert cohort.participants.count() == 3

    # day 1: the whole grid at once — one cell over its topic's hours is refused, nothing saved, input kept
    page.click("#attendance-grid")
    page.wait_for_url(re.compile(r".*/attendance/day-1/$"))
    cells = planned(page)
    assert cells and len(cells) % 3 == 0, cells  # three people × the day's topic cells
    for name, hours in cells:
        page.fill(f"input[name='{name}']", str(hours))
    bad_name, bad_planned = cells[0]
    page.fill(f"input[name='{bad_name}']", str(bad_planned + 5))
    click(page, t["save_att"])
    alert = page.inner_text("div.errors")
    assert t["nothing"] in alert and t["too_many"] in alert and PEOPLE[0][0] in alert
    assert page.input_value(f"input[name='{bad_name}']") == str(bad_planned + 5)
    assert page.input_value(f"input[name='{cells[-1][0]}']") == str(cells[-1][1])
    assert not Attendance.objects.filter(participant__cohort=cohort).exists()
    shoot(page, f"grid-error-{lang}")
    page.fill(f"input[name='{bad_name}']", str(bad_planned))
    click(page, t["save_att"])
    assert t["att_saved"] in page.inner_text("body")
    assert no_horizontal_overflow(page)
    shoot(page, f"grid-{lang}")
    # the other days: everyone present for the whole day
    days = page.eval_on_selector_all("nav.days a", "as => as.map(a => a.getAttribute('href'))")
    for href in days:
        page.goto(href)
        click(page, t["fill"])
        assert t["att_saved"] in page.inner_text("body")
    first, second, third = (Participant.objects.get(email=e) for _, e in PEOPLE)
    assert all(s.progress(p).course_completed for p in (first, second, third))

    # scores: out of range refused with the field named; then 10s for the first, 8s for the second
    page.goto(f"{pre}/training/participants/{first.pk}/")
    rubric = page.eval_on_selector_all("input[name^='p-']", "els => els.map(e => e.name)")
    assert len(rubric) == len(s.course()["rubric"])
    for name in rubric:
        page.fill(f"input[name='{name}']", "10")
    page.fill(f"input[name='{rubric[1]}']", "11")
    click(page, t["save_score"])
    alert = page.inner_text("div.errors")
    assert t["nothing"] in alert and t["range"] in alert and alert.strip().split("\n")[-1].startswith("2. ")
    assert page.input_value(f"input[name='{rubric[1]}']") == "11"
    page.fill(f"input[name='{rubric[1]}']", "10")
    click(page, t["save_score"])
    assert t["score_saved"] in page.inner_text("body")
    page.check("input[name=practical]")
    page.check("input[name=defended]")
    click(page, t["save_status"])
    shoot(page, f"scores-{lang}")
    page.goto(f"{pre}/training/participants/{second.pk}/")
    for name in rubric:
        page.fill(f"input[name='{name}']", "8")
    click(page, t["save_score"])
    page.check("input[name=practical]")
    page.check("input[name=defended]")
    click(page, t["save_status"])

    # a pass mark of 45: the second (40 points) cannot be issued a certificate, even by a forged request
    page.goto(f"{pre}/training/cohorts/{cohort.pk}/")
    page.fill("input[name=pass_mark]", "45")
    page.locator("form[action$='/pass-mark/'] button").click()
    page.wait_for_load_state()
    page.goto(f"{pre}/training/participants/{second.pk}/")
    assert t["below"] in page.inner_text("ul.unmet")
    assert page.get_by_role("button", name=t["issue"], exact=True).count() == 0
    page.evaluate("""(action) => { const f = document.createElement('form'); f.method = 'post'; f.action = action;
        const c = document.querySelector('input[name=csrfmiddlewaretoken]').cloneNode(); f.appendChild(c);
        document.body.appendChild(f); f.submit(); }""", f"{pre}/training/participants/{second.pk}/certificate/")
    page.wait_for_selector("div.errors")
    assert t["not_met"] in page.inner_text("div.errors")
    assert not Certificate.objects.filter(participant=second).exists()

    # the first one qualifies: the certificate is issued
    page.goto(f"{pre}/training/participants/{first.pk}/")
    click(page, t["issue"])
    assert t["issued"] in page.inner_text("body")
    cert = Certificate.objects.get(participant=first)

    # the XLSX export: attendance and scores of the cohort
    page.goto(f"{pre}/training/cohorts/{cohort.pk}/")
    with page.expect_download() as dl:
        page.click("#export-xlsx")
    from openpyxl import load_workbook

    book = load_workbook(io.BytesIO(Path(dl.value.path()).read_bytes()))
    cells_text = " ".join(str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row
                          if c.value is not None)
    assert all(name in cells_text for name, _ in PEOPLE) and "50" in cells_text and "40" in cells_text

    # the certificate PDF in the page's language: name, hours by module, issuer, verification number
    page.goto(f"{pre}/training/participants/{first.pk}/")
    with page.expect_download() as dl:
        page.click(f"a[href$='/certificate-{lang}.pdf']")
    pdf = Path(dl.value.path()).read_bytes()
    flat = " ".join(pdf_text(pdf).split())
    assert t["cert_label"] in flat and PEOPLE[0][0] in flat and cert.number in flat and t["stamp"] in flat
    assert " ".join(issuer().text("name", lang).split()) in flat
    for m in cert.modules:
        assert f"{m['number']}. " in flat and str(m["hours"]) in flat
    assert sum(m["hours"] for m in cert.modules) == 80
    d = shots_dir() or tmp_path
    (d / f"certificate-{lang}.pdf").write_bytes(pdf)
    subprocess.run(["pdftoppm", "-png", "-r", "80", "-singlefile", str(d / f"certificate-{lang}.pdf"),
                    str(d / f"certificate-{lang}")], check=True)
    assert (d / f"certificate-{lang}.png").stat().st_size > 10_000

    # the public verification page, signed out: the number typed in small letters is found; an unknown one is not
    page.context.clear_cookies()
    page.goto(f"{pre}/training/certificates/")
    page.fill("#number", cert.number.lower())
    click(page, t["check"])
    assert t["valid"] in page.inner_text("body") and PEOPLE[0][0] in page.inner_text("body")
    assert cert.number in page.url
    shoot(page, f"verify-{lang}")
    page.fill("#number", "tc-2026-00000000")
    click(page, t["check"])
    assert t["unknown"] in page.inner_text("body")
    assert page.input_value("#number").lower() == "tc-2026-00000000"
