"""Title page, glossary, goal/tasks/results (section 4) and the organisation of study
(section 6) of the course programme."""

from __future__ import annotations

import re

from .doc import Doc, item

LATIN_RE = re.compile(r"^[A-Za-z][A-Za-z .,'-]*$")


def _title_paragraphs(doc: Doc, end: int) -> list[tuple[str, list[int]]]:
    out, no = [], 1
    while (no := doc.next_nonblank(no - 1, end)) is not None:
        text, lines = doc.paragraph(no, end)
        out.append((text, lines))
        no = lines[1] + 1
    return out


def parse_title_page(doc: Doc, end: int) -> dict:
    """Provider, title, kind, stated hours, city and year from the lines before section 1."""
    meta: dict = {"provider": {}, "lines": [1, end]}
    quoted = []
    kind = []
    for text, lines in _title_paragraphs(doc, end):
        if m := re.fullmatch(r"«(.+)»", text):
            inner = m.group(1)
            if LATIN_RE.match(inner):
                meta["provider"]["name_latin"] = item(inner, *lines)
            else:
                quoted.append(item(inner, *lines))
        elif m := re.search(r"Сағат саны:\s*(\d+)\s*(ақ\.?\s*сағ|академиялық)", text):
            meta["hours"] = {"value": int(m.group(1)), "unit": "academic", "text": text, "lines": lines}
        elif m := re.fullmatch(r"(\S+)\s+(\d{4})", text):
            meta["city"] = item(m.group(1), *lines)
            meta["year"] = int(m.group(2))
        else:
            kind.append(item(text, *lines))
    if len(quoted) < 2:
        raise ValueError("title page: expected the provider's name and the course title in «»")
    meta["provider"]["name"] = quoted[0]
    meta["title"] = quoted[1]
    if kind:
        meta["kind"] = item(" ".join(k["text"] for k in kind), kind[0]["lines"][0], kind[-1]["lines"][1])
    return meta


def parse_glossary(doc: Doc, start: int, end: int) -> list[dict]:
    """«**Term** — definition» paragraphs; a following line without a term continues the definition."""
    terms: list[dict] = []
    for no in doc.nonblank(start + 1, end):
        m = re.match(r"^\*\*(.+?)\*\*\s*—\s*(.*)$", doc.raw[no - 1])
        if m:
            terms.append({"term": doc.text[no - 1].split(" — ", 1)[0], "definition": doc.clean(no).split(" — ", 1)[1],
                          "lines": [no, no]})
        elif terms:
            terms[-1]["definition"] += " " + doc.clean(no)
            terms[-1]["lines"][1] = no
    return terms


def parse_aims(doc: Doc, start: int, end: int) -> dict:
    """Section 4: goal, tasks, expected results, practical significance."""
    goal_h = doc.need(r"^Бағдарламаның мақсаты$", start, end)
    tasks_h = doc.need(r"^Бағдарламаның міндеттері$", start, end)
    results_h = doc.need(r"^Бағдарламаның күтілетін нәтижелері", start, end)
    sig_h = doc.need(r"^Бағдарламаның практикалық маңыздылығы$", start, end)
    goal_no = doc.next_nonblank(goal_h, tasks_h - 1)
    tasks_intro = doc.next_nonblank(tasks_h, results_h - 1)
    results_intro = doc.next_nonblank(results_h, sig_h - 1)
    sig_no = doc.next_nonblank(sig_h, end)
    return {
        "goal": item(*_para(doc, goal_no, tasks_h - 1)),
        "tasks_intro": item(doc.clean(tasks_intro), tasks_intro),
        "tasks": doc.list_after(tasks_intro, results_h - 1),
        "results_heading": item(doc.clean(results_h), results_h),
        "results_intro": item(doc.clean(results_intro), results_intro),
        "results": doc.list_after(results_intro, sig_h - 1),
        "practical_significance": item(*_para(doc, sig_no, end)),
    }


def _para(doc: Doc, first: int, end: int) -> tuple:
    text, lines = doc.paragraph(first, end)
    return text, lines[0], lines[1]


def _after(doc: Doc, pattern: str, start: int, end: int) -> tuple[dict, dict]:
    """The heading line that matches ``pattern`` and the paragraph following it."""
    head = doc.need(pattern, start, end)
    return item(doc.clean(head), head), item(*_para(doc, doc.next_nonblank(head, end), end))


def parse_organisation(doc: Doc, start: int, end: int) -> dict:
    """Section 6: formats and platforms, volume, duration, teaching forms, control, document, audience."""
    in_person_name, in_person = _after(doc, r"^Күндізгі формат", start, end)
    distance_name, distance = _after(doc, r"^Қашықтан формат", start, end)
    platforms_sentence = re.search(r"([A-Z][\w ,]+?(?:\s+және\s+[A-Z][\w ]+?))\s+білім беру платформалары",
                                   distance["text"])
    platforms = re.split(r",\s*|\s+және\s+", platforms_sentence.group(1)) if platforms_sentence else []
    vol_no = doc.need(r"жалпы көлемі\s*–\s*\d+", start, end)
    dur_no = doc.need(r"ұзақтығы\s*–\s*\d+", start, end)
    dur = re.search(r"–\s*(\d+)\s+(күнтізбелік|жұмыс)?\s*күн(?:\s*\((.+?)\))?", doc.clean(dur_no))
    methods_h = doc.need(r"^Оқу сабақтарын ұйымдастырудың формалары", start, end)
    control_h = doc.need(r"^Тыңдаушылардың білімін бақылау", start, end)
    inter_h = doc.need(r"^Аралық бақылау$", start, end)
    final_h = doc.need(r"^Қорытынды аттестаттау$", start, end)
    doc_h = doc.need(r"^Оқуды аяқтау туралы құжат$", start, end)
    aud_h = doc.need(r"^Тыңдаушылар санаты$", start, end)
    inter_intro = doc.next_nonblank(inter_h, end)
    final_intro = doc.next_nonblank(final_h, end)
    return {
        "formats": [
            {"code": "in_person", "name": in_person_name,
             "description": in_person, "platforms": []},
            {"code": "distance", "name": distance_name,
             "description": distance, "platforms": platforms},
        ],
        "formats_intro": item(*_para(doc, doc.next_nonblank(start, end), end)),
        "volume": {"hours": int(re.search(r"–\s*(\d+)", doc.clean(vol_no)).group(1)),
                   "text": doc.clean(vol_no), "lines": [vol_no, vol_no]},
        "duration": {"days": int(dur.group(1)), "day_kind": {"күнтізбелік": "calendar", "жұмыс": "working"}.get(dur.group(2) or ""), "mode": dur.group(3), "intensive": "интенсивті" in doc.clean(dur_no),
                     "text": doc.clean(dur_no), "lines": [dur_no, dur_no]},
        "teaching_forms": [item(doc.clean(no), no) for no in doc.nonblank(methods_h + 1, control_h - 1)],
        "intermediate_control": {"intro": item(doc.clean(inter_intro), inter_intro),
                                 "components": doc.list_after(inter_intro, final_h - 1)},
        "final_attestation": {"intro": item(doc.clean(final_intro), final_intro),
                              "components": doc.list_after(final_intro, doc_h - 1)},
        "completion_document": item(*_para(doc, doc.next_nonblank(doc_h, end), aud_h - 1)),
        "audience": item(*_para(doc, doc.next_nonblank(aud_h, end), end)),
    }
