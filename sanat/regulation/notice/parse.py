"""Parse a vacancy notice (RU) into posts, window, documents and quoted regulation sections.

Layout of a notice (each part found by its wording, never by line number):

* a heading «Объявляется конкурс на вакантные должности:» and one post per line,
  «<title> – <rate> ставк(а|и)» (decimal comma allowed);
* «Прием документов осуществляется с DD по DD <месяц> YYYY года.» (other date forms accepted);
* an intro line ending with «:», then a list numbered with bare numbers «1 заявление …»;
* sections: a title line in column 0 followed by «Должностные обязанности:», «Должен знать:»,
  «Требования к квалификации:», «Требования к квалификации с определением профессиональных
  компетенций:» (category blocks «N) "педагог-…":»), closed by «Размер должностного оклада: от N тенге».
"""

from __future__ import annotations

import re
from datetime import date

from ..cleaning import BOOKMARK_RE, Line, to_lines
from ..sources import SourceText
from .checks import find_anomalies
from .model import (
    CategoryBlock,
    DocumentItem,
    Item,
    Notice,
    NoticePost,
    NoticeSection,
    Salary,
    Window,
)
from .posts import assign_sections
from .signature import category_code, first_category

HEADINGS = {
    "Должностные обязанности": "duties",
    "Должен знать": "knowledge",
    "Требования к квалификации с определением профессиональных компетенций": "competencies",
    "Требования к квалификации": "requirements",
}
_HEADING_RE = re.compile(
    r"^(" + "|".join(re.escape(h) for h in sorted(HEADINGS, key=len, reverse=True)) + r")\s*:\s*(.*)$", re.I
)
_POST_RE = re.compile(r"^(?P<title>.+?)\s*[–—-]\s*(?P<rate>\d+(?:[.,]\d+)?)\s*ставк\w*\s*$", re.I)
_SALARY_RE = re.compile(r"(?:Размер\s+должностного\s+оклада|Должностной\s+оклад)\s*:\s*от\s*(?P<amount>\d[\d\s]*\d|\d)\s*тенге", re.I)
_LABEL_RE = re.compile(r"^(?P<n>\d+)\)\s*(?P<label>[\"«]?[^:]+?[\"»]?)\s*:\s*$")
_DOC_RE = re.compile(r"^(?P<n>\d{1,2})[.)]?\s+(?P<text>\S.*)$")
_REFERENCE_MARK_RE = re.compile(r"(а также|кроме того)\s*:\s*$", re.I)
MONTHS = {
    "январ": 1, "феврал": 2, "март": 3, "апрел": 4, "ма": 5, "июн": 6,
    "июл": 7, "август": 8, "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
}
_MONTH = r"(январ|феврал|марта?|апрел|ма[яй]|июн|июл|август|сентябр|октябр|ноябр|декабр)\w*"
_WINDOW_RES = (
    # с 01 по 09 апреля 2025 года
    re.compile(r"\bс\s+(\d{1,2})\s+по\s+(\d{1,2})\s+" + _MONTH + r"\s+(\d{4})", re.I),
    # с 28 марта по 09 апреля 2025 года
    re.compile(r"\bс\s+(\d{1,2})\s+" + _MONTH + r"\s+по\s+(\d{1,2})\s+" + _MONTH + r"\s+(\d{4})", re.I),
    # с 01.04.2025 по 09.04.2025
    re.compile(r"\bс\s+(\d{2})\.(\d{2})\.(\d{4})\s*(?:г\.?\s*)?по\s+(\d{2})\.(\d{2})\.(\d{4})", re.I),
)


def _month(word: str) -> int:
    w = word.lower()
    for stem, n in sorted(MONTHS.items(), key=lambda kv: -len(kv[0])):
        if w.startswith(stem):
            return n
    raise ValueError(word)


def parse_window(text: str) -> tuple[date, date] | None:
    """The acceptance window in ``text`` (None if no supported date form occurs)."""
    m = _WINDOW_RES[0].search(text)
    if m:
        y, mo = int(m.group(4)), _month(m.group(3))
        return date(y, mo, int(m.group(1))), date(y, mo, int(m.group(2)))
    m = _WINDOW_RES[1].search(text)
    if m:
        y = int(m.group(5))
        return date(y, _month(m.group(2)), int(m.group(1))), date(y, _month(m.group(4)), int(m.group(3)))
    m = _WINDOW_RES[2].search(text)
    if m:
        g = [int(x) for x in m.groups()]
        return date(g[2], g[1], g[0]), date(g[5], g[4], g[3])
    return None


def _rate(printed: str) -> float:
    v = float(printed.replace(",", "."))
    return int(v) if v.is_integer() else v


def _document_condition(text: str) -> tuple[str, str | None, str | None]:
    """(condition, printed wording, note) of one document entry."""
    m = re.search(r"\(\s*при наличии\s*\)\s*[.;]?\s*$", text, re.I)
    if m:
        return "if_available", m.group(0).strip(" .;"), None
    m = re.search(r"освобожда\w+\s+от\s+[^.;]+", text, re.I)
    if m:
        return "exemption", m.group(0), "not a document: a group of candidates exempted from a requirement"
    inner = re.search(r"[–-]\s*при наличии", text, re.I)
    note = "«при наличии» qualifies a detail inside the entry, not the document" if inner else None
    return "required", None, note


def _is_heading(text: str) -> tuple[str, str] | None:
    m = _HEADING_RE.match(text)
    if not m:
        return None
    key = next(v for k, v in HEADINGS.items() if k.lower() == m.group(1).lower())
    return key, m.group(2).strip()


def _next_nonblank(lines: list[Line], i: int) -> int | None:
    for j in range(i + 1, len(lines)):
        if not lines[j].blank:
            return j
    return None


def _section_starts(lines: list[Line]) -> list[int]:
    """Indices of title lines: column 0, not a heading, followed by the duties heading."""
    out = []
    for i, ln in enumerate(lines):
        if ln.blank or _is_heading(ln.text) or ln.indent:
            continue
        j = _next_nonblank(lines, i)
        if j is not None and (h := _is_heading(lines[j].text)) and h[0] == "duties":
            out.append(i)
    return out


def _parse_section(lines: list[Line], raw: list[str], start: int, stop: int) -> NoticeSection:
    title = lines[start]
    sec = NoticeSection(title=title.text, title_line=title.no, end_line=title.no)
    current: str | None = None
    block: CategoryBlock | None = None
    indents: set[str] = set()
    for ln in lines[start + 1:stop]:
        if ln.blank:
            continue
        rawline = raw[ln.no - 1]
        for m in BOOKMARK_RE.finditer(rawline):
            sec.anchors.append((m.group(0)[len("[bookmark: "):-1], ln.no))
        sal = _SALARY_RE.search(ln.text)
        if sal:
            sec.salary = Salary(int(re.sub(r"\s", "", sal.group("amount"))), ln.text, ln.no,
                                rawline.startswith("\t"))
            sec.end_line = ln.no
            break
        unmarked = BOOKMARK_RE.sub("", rawline)
        indents.add(unmarked[: len(unmarked) - len(unmarked.lstrip(" \t\u00a0"))])
        sec.end_line = ln.no
        h = _is_heading(ln.text)
        if h:
            current, block = h[0], None
            sec.headings[current] = ln.no
            if h[1]:
                getattr(sec, current).append(Item(h[1], (ln.no, ln.no)))
            continue
        item = Item(ln.text, (ln.no, ln.no))
        if current == "competencies":
            lab = _LABEL_RE.match(ln.text)
            if lab:
                label = lab.group("label").strip()
                block = CategoryBlock(category_code(label), label.strip('"«» '), int(lab.group("n")), ln.no)
                sec.competencies.append(block)
                continue
            if block is None:
                continue
            if not block.items and block.reference is None and _REFERENCE_MARK_RE.search(ln.text):
                block.reference = item
                block.builds_on, block.builds_on_printed = first_category(ln.text)
            else:
                block.items.append(item)
        elif current:
            getattr(sec, current).append(item)
    sec.indent_chars = "".join(sorted({c for s in indents for c in s}))
    return sec


def _parse_header(lines: list[Line], stop: int) -> dict:
    out: dict = {"heading": None, "posts": [], "window": None, "submission": None, "documents": [],
                 "extras": None, "rejection_rule": None, "unparsed": []}
    in_docs = False
    for ln in lines[:stop]:
        if ln.blank:
            continue
        t = ln.text
        here = Item(t, (ln.no, ln.no))
        if out["heading"] is None and re.search(r"конкурс", t, re.I) and t.endswith(":") and not out["posts"]:
            out["heading"] = here
            continue
        pm = _POST_RE.match(t)
        if pm and not in_docs:
            out["posts"].append(NoticePost(pm.group("title").strip(), _rate(pm.group("rate")),
                                           pm.group("rate"), ln.no))
            continue
        if out["window"] is None and (w := parse_window(t)):
            out["window"] = Window(w[0], w[1], t, ln.no)
            continue
        if not in_docs and t.endswith(":") and re.search(r"документ", t, re.I):
            out["submission"] = here
            in_docs = True
            continue
        dm = _DOC_RE.match(t)
        last = out["documents"][-1].number if out["documents"] else 0
        if in_docs and dm and 0 < int(dm.group("n")) <= last + 3:
            n = int(dm.group("n"))
            cond, printed, note = _document_condition(dm.group("text"))
            out["documents"].append(DocumentItem(n, dm.group("text"), ln.no, cond, printed, note))
        elif in_docs and re.search(r"отсутстви\w+ одного из документов", t, re.I):
            out["rejection_rule"] = here
        elif in_docs and re.search(r"дополнительн\w+ информаци", t, re.I):
            out["extras"] = here
        else:
            out["unparsed"].append(here)
    return out


def parse_notice(source: SourceText) -> Notice:
    """Parse a notice text (see the module docstring); anomalies are added by ``checks``."""
    lines = to_lines(source.lines)
    starts = _section_starts(lines)
    head = _parse_header(lines, starts[0] if starts else len(lines))
    sections = [
        _parse_section(lines, source.lines, s, starts[k + 1] if k + 1 < len(starts) else len(lines))
        for k, s in enumerate(starts)
    ]
    notice = Notice(source.file, source.lang, head["heading"], head["posts"], head["window"],
                    head["submission"], head["documents"], head["extras"], head["rejection_rule"], sections,
                    unparsed=head["unparsed"])
    assign_sections(notice)
    notice.anomalies = find_anomalies(notice)
    return notice
