"""The competition announcement generated from the catalog, checked against the sample notice (004)."""

from __future__ import annotations

import io
import json

import pytest
import yaml
from docx import Document
from openpyxl import load_workbook

from sanat.cli import main
from sanat.documents import SpecError, render_announcement
from sanat.documents.pdf_text import pdf_text
from sanat.regulation import sources
from sanat.regulation.cleaning import normalise_spaces, strip_bookmarks
from sanat.regulation.tqc.catalog import build_catalog

KAZAKH = set("ӘәҒғҚқҢңӨөҰұҮүҺһІі")


@pytest.fixture(scope="module")
def catalog():
    return build_catalog()


@pytest.fixture(scope="module")
def notice(catalog):
    (n,) = catalog["vacancy_notices"]
    return n


@pytest.fixture(scope="module")
def raw():
    text = (sources.TEXTS_DIR / sources.spec("notice").file).read_text(encoding="utf-8")
    return [normalise_spaces(strip_bookmarks(x)) for x in text.split("\n")]


def sample_spec(notice: dict) -> dict:
    """The spec of the sample notice, read from the catalog's copy of it (posts, rates, salaries, window)."""
    return {
        "organisation": "Школа",
        "window": {"from": notice["window"]["from"], "to": notice["window"]["to"]},
        "posts": [{"position": p["position"], "title": p["title"], "rate": p["rate"],
                   "salary_from": p["salary_from"]} for p in notice["posts"]],
    }


def section_lines(text: str, title: str, notes: set[str]) -> list[str]:
    """Lines of a generated section, from its heading to its salary line, notes left out."""
    lines = text.split("\n")
    start = lines.index(title)
    end = next(i for i in range(start, len(lines)) if lines[i].startswith("Размер должностного оклада"))
    return [normalise_spaces(x) for x in lines[start:end + 1] if x not in notes]


def test_catalog_quotes_the_notice_as_ru_text(catalog, notice):
    by_id = {p["id"]: p for p in catalog["positions"]}
    quoted = {p["position"] for p in notice["posts"] if p["position"]}
    assert quoted
    for pid in quoted:
        assert by_id[pid]["source"]["ru"]["provenance"] == "vacancy_notice"


def test_ru_announcement_reproduces_the_sample_notice(catalog, notice, raw):
    doc = render_announcement(sample_spec(notice), catalog, "ru")
    text = doc.text()
    notes = {b.text for b in doc.blocks if b.kind == "note"}
    # posts with rates, window, documents: line for line as in the notice
    for p in notice["posts"]:
        assert raw[p["lines"][0] - 1] in text.split("\n")
    assert raw[notice["window"]["lines"][0] - 1] in text.split("\n")
    for d in notice["documents"]:
        assert raw[d["lines"][0] - 1] in text.split("\n")
    # each matched section: title .. salary line equal to the notice after whitespace normalisation
    checked = 0
    for sec in notice["sections"]:
        if sec["position"] is None:
            continue
        a, b = sec["lines"]
        expected = [x for x in raw[a - 1:b] if x]
        assert section_lines(text, sec["title"], notes) == expected, sec["title"]
        checked += 1
    assert checked == len({p["position"] for p in notice["posts"] if p["position"]})
    # the post with no regulation basis gets no invented text
    custom = [p for p in notice["posts"] if p["position"] is None]
    for p in custom:
        assert {"title": p["title"], "reason": "custom"} in doc.missing
    assert any("не предусмотрена" in n for n in notes)


def test_kk_announcement_uses_the_kk_text_and_says_what_is_missing(catalog, notice):
    doc = render_announcement(sample_spec(notice), catalog, "kk")
    text = doc.text()
    by_id = {p["id"]: p for p in catalog["positions"]}
    for pid in {p["position"] for p in notice["posts"] if p["position"]}:
        pos = by_id[pid]
        assert pos["title"]["kk"] in text
        assert all(i["text"] in text for i in pos["duties"]["kk"])
    assert "Құжаттарды қабылдау мерзімі: 2025 жылғы 1 сәуір – 2025 жылғы 9 сәуір." in text
    notes = [b.text for b in doc.blocks if b.kind == "note"]
    assert any("орыс тіліндегі" in n for n in notes)  # the document list exists only in ru
    assert any("көзделмеген" in n for n in notes)  # the custom post


def test_no_text_in_a_language_is_said_not_invented(catalog):
    preschool = next(p for p in catalog["positions"] if p["chapter"] == 2 and p["title"]["ru"] is None)
    spec = {"organisation": "Балабақша", "window": {"from": "2025-05-02", "to": "2025-05-12"},
            "posts": [{"position": preschool["id"], "title": "Воспитатель", "rate": 1, "salary_from": 100000}]}
    ru = render_announcement(spec, catalog, "ru")
    assert ru.missing == [{"title": "Воспитатель", "reason": "no_text", "position": preschool["id"]}]
    assert not any(i["text"] in ru.text() for i in preschool["duties"]["kk"])
    assert "Прием документов осуществляется с 02 по 12 мая 2025 года." in ru.text()
    kk = render_announcement(spec, catalog, "kk")
    assert kk.missing == [] and preschool["duties"]["kk"][0]["text"] in kk.text()


@pytest.mark.parametrize(("mutate", "field"), [
    (lambda s: s.pop("organisation"), "organisation"),
    (lambda s: s["window"].update({"to": "2025-03-01"}), "window.to"),
    (lambda s: s["window"].update({"from": "01.04.2025"}), "window.from"),
    (lambda s: s["posts"][1].update({"rate": "три"}), "posts[1].rate"),
    (lambda s: s["posts"][2].update({"rate": 0}), "posts[2].rate"),
    (lambda s: s["posts"][0].update({"position": "338-99-99"}), "posts[0].position"),
    (lambda s: s["posts"][3].update({"position": None, "title": None}), "posts[3].title"),
    (lambda s: s["posts"][0].update({"salary_from": -5}), "posts[0].salary_from"),
    (lambda s: s.update({"posts": []}), "posts"),
])
def test_bad_spec_names_the_field(catalog, notice, mutate, field):
    spec = json.loads(json.dumps(sample_spec(notice)))
    mutate(spec)
    with pytest.raises(SpecError) as exc:
        render_announcement(spec, catalog, "ru")
    assert exc.value.field == field


def test_cli_formats(tmp_path, notice, capsys):
    spec = tmp_path / "spec.yaml"
    spec.write_text(yaml.safe_dump(sample_spec(notice), allow_unicode=True), encoding="utf-8")
    for fmt in ("txt", "html", "docx", "pdf"):
        out = tmp_path / f"a.{fmt}"
        assert main(["hiring", "announce", "--spec", str(spec), "--lang", "kk", "--format", fmt,
                     "--output", str(out)]) == 0
    assert "Бос лауазымдарға конкурс жарияланады:" in (tmp_path / "a.txt").read_text(encoding="utf-8")
    html = (tmp_path / "a.html").read_text(encoding="utf-8")
    assert '<html lang="kk">' in html
    conditions = [d["condition"] for d in notice["documents"]]
    assert html.count('class="num exemption"') == conditions.count("exemption") > 0
    assert html.count('class="num if_available"') == conditions.count("if_available") > 0
    paras = [p.text for p in Document(io.BytesIO((tmp_path / "a.docx").read_bytes())).paragraphs]
    assert "Бос лауазымдарға конкурс жарияланады:" in paras
    pdf = pdf_text((tmp_path / "a.pdf").read_bytes())
    used = KAZAKH & set((tmp_path / "a.txt").read_text(encoding="utf-8"))
    assert "Бос лауазымдарға конкурс" in pdf and len(used) >= 8 and used <= set(pdf)
    assert main(["hiring", "announce", "--spec", str(spec), "--format", "xlsx", "--output",
                 str(tmp_path / "a.xlsx")]) == 0
    ws = load_workbook(tmp_path / "a.xlsx").active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert len(rows) == 1 + len(notice["posts"])
    assert {r[0]: r[2] for r in rows[1:]} == {p["title"]: p["rate"] for p in notice["posts"]}
    assert [r[4] for r in rows[1:] if r[1] is None] == ["custom"] * sum(p["position"] is None for p in notice["posts"])
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"organisation": "x", "window": {"from": "2025-04-01", "to": "2025-04-09"},
                               "posts": [{"position": None, "title": "X", "rate": "one"}]}), encoding="utf-8")
    assert main(["hiring", "announce", "--spec", str(bad)]) == 2
    assert "posts[0].rate" in capsys.readouterr().err


def test_official_ru_text_has_no_quotation_note(catalog):
    tvet = next(p for p in catalog["positions"]
                if (p["source"].get("ru") or {}).get("provenance") == "official" and p["duties"]["ru"])
    spec = {"organisation": "Колледж", "window": {"from": "2025-06-01", "to": "2025-06-10"},
            "posts": [{"position": tvet["id"], "title": tvet["title"]["ru"], "rate": 1.5, "salary_from": 150000}]}
    doc = render_announcement(spec, catalog, "ru")
    text = doc.text()
    assert f"{tvet['title']['ru']} – 1,5 ставки" in text
    assert all(i["text"] in text for i in tvet["duties"]["ru"] + tvet["knowledge"]["ru"])
    assert not any(b.kind == "note" and "по объявлению" in b.text for b in doc.blocks)
    assert "Прием документов осуществляется с 01 по 10 июня 2025 года." in text


# ---------------------------------------------------------------- what the sources hold, said visibly

def test_kk_says_the_document_list_is_russian_only_and_marks_it(catalog, notice):
    """The notice (004) is Russian only: the kk announcement says so and prints the list marked lang=ru."""
    assert notice["lang"] == "ru"
    kk = render_announcement(sample_spec(notice), catalog, "kk")
    html = kk.html()
    assert "Құжаттар тізбесі дереккөзде тек орыс тілінде берілген" in html
    for d in notice["documents"]:
        assert '<p lang="ru" class="num' in html and d["text"] in html
    assert html.count('lang="ru"') == len(notice["documents"]) + 3  # + submission, extras, rejection rule
    doc = Document(io.BytesIO(kk.docx_bytes()))
    first = next(p for p in doc.paragraphs if p.text.startswith("1 "))
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    assert {r._r.rPr.find(f"{w}lang").get(f"{w}val") for r in first.runs} == {"ru-RU"}
    ru = render_announcement(sample_spec(notice), catalog, "ru")
    assert 'lang="ru"' not in ru.html().split("<body>")[1] and "только на русском" not in ru.text()


def _garbled(catalog, pid):
    pos = next(p for p in catalog["positions"] if p["id"] == pid)
    return [a for a in pos["anomalies"] if a["code"] == "kk_law_list_garbled"]


def test_the_garbled_kk_law_list_is_flagged_where_printed(catalog, notice):
    spec = sample_spec(notice)
    kk = render_announcement(spec, catalog, "kk")
    flagged = [b for b in kk.blocks if b.tag == "anomaly"]
    printed = {p["position"] for p in notice["posts"] if p["position"]}
    assert len(flagged) == sum(1 for pid in printed if _garbled(catalog, pid)) > 0
    (a,) = _garbled(catalog, "338-03-07")
    lines = "{}–{}".format(*a["sources"][0]["lines"])
    assert any("заң атаулары" in b.text and f"(дереккөздің {lines}-жолдары)" in b.text for b in flagged)
    # right after the «Білуге тиіс:» heading it is about
    k = kk.blocks.index(next(b for b in flagged if lines in b.text))
    assert kk.blocks[k - 1].kind == "subheading" and kk.blocks[k - 1].text == "Білуге тиіс:"
    assert "kk_law_list_garbled" not in kk.text()  # words, not the code
    ru = render_announcement(spec, catalog, "ru")
    assert not [b for b in ru.blocks if b.tag == "anomaly"]  # the ru text printed is not garbled


def test_no_anomaly_no_flag(tmp_path, catalog):
    """An edition whose kk law list of 338-03-07 is clean carries no anomaly there, and the announcement
    no note: the flag follows the catalog, it is not typed."""
    import re
    import shutil

    (a,) = _garbled(catalog, "338-03-07")
    for s in sources.SHIPPED:
        shutil.copy(sources.TEXTS_DIR / s.file, tmp_path / s.file)
    src = sources.load("tqc_kk")
    lines = src.text.split("\n")
    first, last = a["sources"][0]["lines"]
    for n in range(first - 1, last):  # the law names without the residues of the hyperlinks
        lines[n] = re.sub(r'\s*"\s*,\s*"\s*,?\s*"?|" "|"|\s+,', " ", lines[n])
    (tmp_path / src.file).write_text("\n".join(lines), encoding="utf-8")
    edited = build_catalog(tmp_path)
    assert not _garbled(edited, "338-03-07") and _garbled(edited, "338-03-08")
    spec = {"organisation": "Мектеп", "window": {"from": "2025-05-02", "to": "2025-05-12"},
            "posts": [{"position": "338-03-07", "title": "Математика мұғалімі", "rate": 1, "salary_from": None}]}
    assert not [b for b in render_announcement(spec, edited, "kk").blocks if b.tag == "anomaly"]
    assert [b for b in render_announcement(spec, catalog, "kk").blocks if b.tag == "anomaly"]
