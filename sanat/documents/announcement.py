"""The competition announcement, generated from the catalog in ru or kk.

Structure of the sample notice (004): posts with rates, the acceptance window, the numbered
document list with its conditions, then per post (posts of one position share a section):
duties, must-know, qualification requirements, requirements by category, and the salary line.
Regulation text comes only from the catalog; where the catalog has no text in the requested
language the announcement says so (a ``note`` block) instead of inventing one. A text that exists
only in another language (the notice's document list is Russian only) is printed as it is, marked
with its language and preceded by a note; a source defect the catalog reports as an anomaly on a
printed part (``ANOMALY_NOTES``) gets a note where that part is printed, and only then.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sanat.vocabulary import LANGS

from .blocks import Block, to_html, to_text
from .spec import AnnouncementSpec, SpecError, parse_spec

MONTHS = {
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
           "октября", "ноября", "декабря"),
    "kk": ("қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек",
           "қазан", "қараша", "желтоқсан"),
}
HEADINGS = {
    "ru": {"duties": "Должностные обязанности:", "knowledge": "Должен знать:",
           "requirements": "Требования к квалификации:",
           "competencies": "Требования к квалификации с определением профессиональных компетенций:"},
    "kk": {"duties": "Лауазымдық міндеттері:", "knowledge": "Білуге тиіс:",
           "requirements": "Біліктілікке қойылатын талаптар:",
           "competencies": "Кәсіби құзыреттілікті айқындай отырып, біліктілікке қойылатын талаптар:"},
}
TEXT = {
    "ru": {
        "opening": "Объявляется конкурс на вакантные должности:",
        "salary": "Размер должностного оклада: от {amount} тенге в зависимости от образования, стажа работы "
                  "и имеющейся квалификационной категории.",
        "salary_post": "{title}: размер должностного оклада от {amount} тенге.",
        "no_text": "Текст квалификационной характеристики этой должности на русском языке в каталоге "
                   "отсутствует.",
        "custom": "Должность не предусмотрена Типовыми квалификационными характеристиками: текст обязанностей "
                  "и требований в каталоге отсутствует.",
        "quoted": "Текст на русском языке приведён по образцу объявления организации образования о конкурсе, "
                  "а не по официальному тексту приказа.",
        "no_documents": "Перечень документов в каталоге отсутствует.",
        "documents_other_lang": "Перечень документов в источнике приведён только {in_lang}: ниже он дан без "
                                "перевода, как в объявлении.",
        "kk_law_list_garbled": "Дефект источника: в казахском тексте приказа названия законов перемешались при "
                               "извлечении текста из файла; перечень приведён как в источнике, без исправлений "
                               "(строки {lines} источника).",
    },
    "kk": {
        "opening": "Бос лауазымдарға конкурс жарияланады:",
        "salary": "Лауазымдық айлықақы мөлшері: білімі, жұмыс өтілі және біліктілік санатына байланысты "
                  "{amount} теңгеден бастап.",
        "salary_post": "{title}: лауазымдық айлықақы мөлшері {amount} теңгеден бастап.",
        "no_text": "Бұл лауазымның біліктілік сипаттамасының қазақ тіліндегі мәтіні каталогта жоқ.",
        "custom": "Лауазым үлгілік біліктілік сипаттамаларында көзделмеген: міндеттері мен талаптарының мәтіні "
                  "каталогта жоқ.",
        "quoted": "",
        "no_documents": "Құжаттар тізбесі каталогта жоқ.",
        "documents_other_lang": "Құжаттар тізбесі дереккөзде тек {in_lang} берілген: төменде хабарландырудың "
                                "орыс тіліндегі мәтіні аударылмай, өзгеріссіз келтірілген.",
        "kk_law_list_garbled": "Дереккөз ақауы: бұйрықтың қазақ тіліндегі мәтінінде заң атаулары файлдан мәтін "
                               "алынғанда ретсіз орналасқан; тізбе дереккөздегідей, түзетусіз берілген "
                               "(дереккөздің {lines}-жолдары).",
    },
}
#: «only in Russian» / «тек орыс тілінде»: the name of a source's language, as the notes above need it.
IN_LANG = {"ru": {"ru": "на русском языке", "kk": "на казахском языке"},
           "kk": {"ru": "орыс тілінде", "kk": "қазақ тілінде"}}
#: Anomaly codes of the catalog that concern a printed part of a position: code -> (the language of the
#: text it is about, the part). The note (``TEXT[lang][code]``) is printed only when the position
#: carries the anomaly, with the source lines the anomaly gives.
ANOMALY_NOTES = {"kk_law_list_garbled": ("kk", "knowledge")}


def _num(x: float) -> str:
    """0.75 -> «0,75»; 3.0 -> «3»."""
    return f"{x:g}".replace(".", ",")


def rate_phrase(rate: float, lang: str) -> str:
    """«0,75 ставки», «1 ставка», «5 ставок» (ru); «0,75 ставка» (kk)."""
    if lang == "kk":
        return f"{_num(rate)} ставка"
    if rate != int(rate):
        return f"{_num(rate)} ставки"
    n = int(rate)
    word = "ставка" if n % 10 == 1 and n % 100 != 11 else (
        "ставки" if n % 10 in (2, 3, 4) and n % 100 not in (12, 13, 14) else "ставок")
    return f"{n} {word}"


def money(amount: int) -> str:
    """117508 -> «117 508»."""
    return f"{amount:,}".replace(",", " ")


def window_phrase(start: date, end: date, lang: str) -> str:
    m = MONTHS[lang]
    if lang == "ru":
        if (start.year, start.month) == (end.year, end.month):
            span = f"с {start:%d} по {end:%d} {m[end.month - 1]} {end.year} года"
        elif start.year == end.year:
            span = f"с {start:%d} {m[start.month - 1]} по {end:%d} {m[end.month - 1]} {end.year} года"
        else:
            span = (f"с {start:%d} {m[start.month - 1]} {start.year} года "
                    f"по {end:%d} {m[end.month - 1]} {end.year} года")
        return f"Прием документов осуществляется {span}."
    return (f"Құжаттарды қабылдау мерзімі: {start.year} жылғы {start.day} {m[start.month - 1]} – "
            f"{end.year} жылғы {end.day} {m[end.month - 1]}.")


@dataclass
class AnnouncementDoc:
    """The generated announcement; every format renders the same ``blocks``."""

    lang: str
    title: str
    blocks: list[Block]
    missing: list[dict] = field(default_factory=list)  # posts without text in ``lang``: {"title","reason"}
    posts: list[dict] = field(default_factory=list)  # {"title","position","rate","salary_from","text"}

    def text(self) -> str:
        return to_text(self.blocks)

    def html(self) -> str:
        return to_html(self.blocks, lang=self.lang, title=self.title)

    def docx_bytes(self) -> bytes:
        from .render import blocks_to_docx

        return blocks_to_docx(self.blocks, lang=self.lang, title=self.title)

    def pdf_bytes(self) -> bytes:
        from .render import html_to_pdf

        return html_to_pdf(self.html())

    def xlsx_bytes(self) -> bytes:
        """The posts as a worksheet (title, position, rate, salary floor, catalog text in the language)."""
        from .render import rows_to_xlsx

        head = {"ru": ["Должность", "Позиция каталога", "Ставка", "Оклад от, тенге", "Текст в каталоге"],
                "kk": ["Лауазым", "Каталог позициясы", "Ставка", "Айлықақы, теңгеден", "Каталогтағы мәтін"]}[self.lang]
        rows = [[p["title"], p["position"], p["rate"], p["salary_from"], p["text"]] for p in self.posts]
        return rows_to_xlsx({{"ru": "Должности", "kk": "Лауазымдар"}[self.lang]: [head, *rows]})

    def render(self, fmt: str) -> bytes:
        """``fmt`` in txt|html|docx|pdf|xlsx -> bytes (UTF-8 for text formats)."""
        if fmt == "txt":
            return self.text().encode("utf-8")
        if fmt == "html":
            return self.html().encode("utf-8")
        if fmt == "docx":
            return self.docx_bytes()
        if fmt == "pdf":
            return self.pdf_bytes()
        if fmt == "xlsx":
            return self.xlsx_bytes()
        raise ValueError(f"unknown format {fmt!r} (txt, html, docx, pdf, xlsx)")


def _lang_items(block, lang: str) -> list[dict] | None:
    return block.get(lang) if isinstance(block, dict) else None


def _has_text(pos: dict, lang: str) -> bool:
    return bool((pos.get("title") or {}).get(lang)) and bool(_lang_items(pos.get("duties"), lang))


def _lines(anomaly: dict) -> str:
    """«2011–2018» (the source lines an anomaly gives; one line as itself)."""
    spans = [s.get("lines") for s in anomaly.get("sources") or [] if s.get("lines")]
    return ", ".join(f"{a}–{b}" if a != b else f"{a}" for a, b in spans)


def anomaly_notes(pos: dict, lang: str, part: str) -> list[Block]:
    """Notes on the source defects the catalog reports for ``part`` of ``pos`` printed in ``lang``."""
    out = []
    for a in pos.get("anomalies") or []:
        about = ANOMALY_NOTES.get(a.get("code"))
        if about == (lang, part) and a["code"] in TEXT[lang]:
            out.append(Block("note", TEXT[lang][a["code"]].format(lines=_lines(a)), tag="anomaly"))
    return out


def _position_blocks(pos: dict, lang: str) -> list[Block]:
    out: list[Block] = []
    heads = HEADINGS[lang]
    req = pos.get("requirements") or {}
    parts = (("duties", _lang_items(pos.get("duties"), lang)),
             ("knowledge", _lang_items(pos.get("knowledge"), lang)),
             ("requirements", _lang_items(req.get("text"), lang)))
    for key, items in parts:
        if items is None:
            continue
        out.append(Block("subheading", heads[key]))
        out += anomaly_notes(pos, lang, key)
        out += [Block("line", i["text"]) for i in items]
    comp = [(c, v) for c, v in (pos.get("competencies") or {}).items() if (v.get("items") or {}).get(lang)]
    if comp:
        out.append(Block("subheading", heads["competencies"]))
        for k, (code, v) in enumerate(comp, 1):
            label = (v.get("label") or {}).get(lang) or code
            number = (v.get("number") or {}).get(lang) or k
            out.append(Block("line", f'{number}) "{label}":'))
            ref = (v.get("builds_on_text") or {}).get(lang)
            if ref:
                out.append(Block("line", ref))
            out += [Block("line", i["text"]) for i in v["items"][lang]]
    return out


def _notice(catalog: dict, spec: AnnouncementSpec) -> dict | None:
    notices = catalog.get("vacancy_notices") or []
    if spec.notice:
        found = next((n for n in notices if n.get("id") == spec.notice), None)
        if found is None:
            raise SpecError("notice", f"{spec.notice!r} is not a vacancy notice of the catalog")
        return found
    return notices[0] if notices else None


def _documents(notice: dict | None, lang: str) -> list[Block]:
    t = TEXT[lang]
    if not notice or not notice.get("documents"):
        return [Block("note", t["no_documents"])]
    out: list[Block] = []
    src = notice.get("lang") or None
    other = src if src and src != lang else None  # the list is printed as the source holds it, marked
    if other:
        out.append(Block("note", t["documents_other_lang"].format(in_lang=IN_LANG[lang].get(other, other)),
                         tag="other-lang"))
    if notice.get("submission"):
        out.append(Block("para", notice["submission"]["text"], lang=other))
    out += [Block("numbered", d["text"], d["number"], d.get("condition"), lang=other) for d in notice["documents"]]
    for key in ("extras", "rejection_rule"):
        if notice.get(key):
            out.append(Block("para", notice[key]["text"], lang=other))
    return out


def build_announcement(spec: AnnouncementSpec, catalog: dict, lang: str) -> AnnouncementDoc:
    """Blocks of the announcement for a validated spec."""
    if lang not in LANGS:
        raise SpecError("--lang", f"{lang!r} is not supported (ru, kk)")
    t = TEXT[lang]
    by_id = {p["id"]: p for p in catalog.get("positions", [])}
    blocks = [Block("title", spec.organisation), Block("para", t["opening"])]
    groups: dict[str, list] = {}
    for k, post in enumerate(spec.posts):
        pos = by_id.get(post.position) if post.position else None
        title = post.title or ((pos or {}).get("title") or {}).get(lang) or ((pos or {}).get("title") or {}).get(
            "kk" if lang == "ru" else "ru") or post.position
        blocks.append(Block("line", f"{title} – {rate_phrase(post.rate, lang)}"))
        groups.setdefault(post.position or f"custom-{k}", []).append((post, title, pos))
    blocks.append(Block("break"))
    blocks.append(Block("para", window_phrase(spec.start, spec.end, lang)))
    blocks += _documents(_notice(catalog, spec), lang)
    missing: list[dict] = []
    for members in groups.values():
        post, title, pos = members[0]
        if pos is None:
            blocks += [Block("heading", title), Block("note", t["custom"])]
            missing.append({"title": title, "reason": "custom"})
        elif not _has_text(pos, lang):
            blocks += [Block("heading", ((pos.get("title") or {}).get(lang)) or title), Block("note", t["no_text"])]
            missing += [{"title": m[1], "reason": "no_text", "position": pos["id"]} for m in members]
        else:
            blocks.append(Block("heading", pos["title"][lang]))
            src = (pos.get("source") or {}).get(lang) or {}
            if src.get("provenance") == "vacancy_notice" and t["quoted"]:
                blocks.append(Block("note", t["quoted"]))  # in words: no file name in a document
            blocks += _position_blocks(pos, lang)
        salaries = {m[0].salary_from for m in members}
        if len(salaries) == 1 and None not in salaries:
            blocks.append(Block("para", t["salary"].format(amount=money(post.salary_from))))
        else:
            blocks += [Block("para", t["salary_post"].format(title=m[1], amount=money(m[0].salary_from)))
                       for m in members if m[0].salary_from is not None]
    gaps = {m["title"]: m["reason"] for m in missing}
    rows = [{"title": title, "position": post.position, "rate": post.rate, "salary_from": post.salary_from,
             "text": gaps.get(title, "yes")}
            for members in groups.values() for post, title, _ in members]
    return AnnouncementDoc(lang, f"{spec.organisation}: {t['opening'].rstrip(':')}", blocks, missing, rows)


def render_announcement(spec: dict | AnnouncementSpec, catalog: dict, lang: str) -> AnnouncementDoc:
    """Validate ``spec`` (raises ``SpecError`` naming the field) and build the announcement."""
    if not isinstance(spec, AnnouncementSpec):
        spec = parse_spec(spec, {p["id"] for p in catalog.get("positions", [])})
    return build_announcement(spec, catalog, lang)
