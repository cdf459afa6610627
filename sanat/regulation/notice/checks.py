"""Anomalies of a parsed notice: recorded with their lines, never fixed."""

from __future__ import annotations

import re
from collections import Counter

from sanat.vocabulary import CATEGORIES

from .model import Anomaly, Notice, NoticeSection


def _body(sec: NoticeSection, blocks: tuple[str, ...]) -> list[str]:
    out: list[str] = []
    for b in blocks:
        if b == "competencies":
            for blk in sec.competencies:
                out.append(f"{blk.number}) {blk.label}")
                out.extend(i.text for i in ([blk.reference] if blk.reference else []) + blk.items)
        else:
            out.extend(i.text for i in getattr(sec, b))
    return out


def _copies(notice: Notice) -> list[Anomaly]:
    """A section whose must-know, requirements and competencies equal another's, line for line."""
    out = []
    tail = ("knowledge", "requirements", "competencies")
    for i, a in enumerate(notice.sections):
        for b in notice.sections[:i]:
            body = _body(a, tail)
            if body and body == _body(b, tail):
                dup = "the same" if _body(a, ("duties",)) == _body(b, ("duties",)) else "its own"
                first = a.headings.get("knowledge", a.title_line)
                first_b = b.headings.get("knowledge", b.title_line)
                out.append(Anomaly(
                    "section_copied",
                    f"«{a.title}» has {dup} duties but its must-know, qualification requirements and "
                    f"competencies ({len(body)} lines) are identical to those of «{b.title}»",
                    ((first, a.end_line - (1 if a.salary else 0)), (first_b, b.end_line - (1 if b.salary else 0))),
                ))
    return out


def _builds_on(sec: NoticeSection) -> list[Anomaly]:
    out = []
    codes = sec.categories
    for k, blk in enumerate(sec.competencies):
        if blk.code is None:
            out.append(Anomaly("unknown_category_label", f"«{sec.title}»: unknown category label «{blk.label}»",
                               ((blk.line, blk.line),)))
            continue
        if k == 0 and blk.code != "pedagog" and blk.reference is None:
            continue
        if blk.reference is None:
            if k:
                out.append(Anomaly("reference_missing", f"«{sec.title}»: block «{blk.label}» does not say which "
                                   "category it builds on", ((blk.line, blk.line),)))
            continue
        ref = blk.builds_on
        where = ((blk.reference.lines[0], blk.reference.lines[1]),)
        if ref == blk.code:
            out.append(Anomaly("builds_on_itself", f"«{sec.title}»: «{blk.label}» refers to itself", where))
        elif ref not in codes:
            out.append(Anomaly(
                "builds_on_undefined_level",
                f"«{sec.title}»: «{blk.label}» builds on «{blk.builds_on_printed}», a level this list does "
                f"not define (the list starts at «{sec.competencies[0].label}»)", where))
        elif k and ref != codes[k - 1]:
            skipped = [c for c in CATEGORIES if CATEGORIES.index(ref) < CATEGORIES.index(c)
                       < CATEGORIES.index(blk.code) and c in codes]
            out.append(Anomaly(
                "builds_on_skips_level",
                f"«{sec.title}»: «{blk.label}» builds on «{blk.builds_on_printed}», skipping "
                f"{', '.join(skipped)} (the preceding block is «{sec.competencies[k - 1].label}»)", where))
        if not re.search(r"требовани|компетенц", blk.reference.text, re.I):
            out.append(Anomaly(
                "reference_wording_incomplete",
                f"«{sec.title}»: «{blk.reference.text}» names no requirements or competencies to meet", where))
    return out


def _duplicates(sec: NoticeSection) -> list[Anomaly]:
    out = []
    for name in ("duties", "knowledge", "requirements"):
        seen: dict[str, int] = {}
        for it in getattr(sec, name):
            if it.text in seen:
                out.append(Anomaly("duplicate_item", f"«{sec.title}» {name}: item repeated",
                                   ((seen[it.text], seen[it.text]), it.lines)))
            seen.setdefault(it.text, it.lines[0])
    for blk in sec.competencies:
        seen = {}
        for it in blk.items:
            if it.text in seen:
                out.append(Anomaly("duplicate_item", f"«{sec.title}» «{blk.label}»: item repeated",
                                   ((seen[it.text], seen[it.text]), it.lines)))
            seen.setdefault(it.text, it.lines[0])
    return out


def _layout(notice: Notice) -> list[Anomaly]:
    """Sections indented or closed differently from the rest (typed or pasted separately)."""
    out = []
    styles = Counter(s.indent_chars for s in notice.sections)
    if len(styles) > 1:
        usual = styles.most_common(1)[0][0]
        for s in notice.sections:
            if s.indent_chars != usual:
                out.append(Anomaly(
                    "indentation_differs",
                    f"«{s.title}» is indented with {s.indent_chars!r} where the other sections use {usual!r}: "
                    "the block was typed or assembled separately", (s.lines,)))
    tabs = Counter(s.salary.tab_prefixed for s in notice.sections if s.salary)
    if len(tabs) > 1:
        usual_tab = tabs.most_common(1)[0][0]
        for s in notice.sections:
            if s.salary and s.salary.tab_prefixed != usual_tab:
                out.append(Anomaly("salary_line_format", f"«{s.title}»: salary line "
                                   f"{'with' if s.salary.tab_prefixed else 'without'} the leading tab of the others",
                                   ((s.salary.line, s.salary.line),)))
    for s in notice.sections:
        if s.salary is None:
            out.append(Anomaly("salary_missing", f"«{s.title}» has no salary line", (s.lines,)))
        for key in ("duties", "knowledge", "requirements"):
            if key not in s.headings:
                out.append(Anomaly("heading_missing", f"«{s.title}» lacks the «{key}» heading", (s.lines,)))
    return out


def _header(notice: Notice) -> list[Anomaly]:
    out = []
    for p in notice.posts:
        if p.section is None:
            out.append(Anomaly("post_without_section", f"post «{p.title}» has no quoted regulation text",
                               ((p.line, p.line),)))
    if notice.window and notice.window.end < notice.window.start:
        out.append(Anomaly("window_reversed", "the window ends before it starts",
                           ((notice.window.line, notice.window.line),)))
    if notice.window is None:
        out.append(Anomaly("window_missing", "no acceptance window found", ()))
    conditional = [d for d in notice.documents if d.condition != "required"]
    if notice.rejection_rule and conditional:
        out.append(Anomaly(
            "rejection_rule_conflict",
            "the rejection rule returns the documents if any listed document is missing, but entries "
            + ", ".join(f"{d.number} ({d.condition})" for d in conditional)
            + " are conditional or not documents",
            (notice.rejection_rule.lines, *((d.line, d.line) for d in conditional))))
    text = " ".join(d.text for d in notice.documents)
    if re.search(r"настоящ\w+ Правил", text) and not any(
        re.search(r"Правил\w*\s+(?:проведения|назначения|конкурса)", x.text)
        for x in filter(None, (notice.heading, notice.submission, notice.extras))
    ):
        refs = tuple((d.line, d.line) for d in notice.documents if re.search(r"настоящ\w+ Правил", d.text))
        out.append(Anomaly("unnamed_rules_reference",
                           "the list cites «настоящим Правилам» (forms, annexes) but the notice never "
                           "names those Rules", refs))
    for it in notice.unparsed:
        out.append(Anomaly("unparsed_line", f"line not understood as a post, window, document or note: «{it.text}»",
                           (it.lines,)))
    numbers = [d.number for d in notice.documents]
    if numbers != list(range(1, len(numbers) + 1)):
        out.append(Anomaly("document_numbering", f"document numbers {numbers} are not 1..{len(numbers)}",
                           tuple((d.line, d.line) for d in notice.documents)))
    return out


def find_anomalies(notice: Notice) -> list[Anomaly]:
    """Every anomaly of the notice, in reading order of the checks."""
    out = _header(notice)
    for sec in notice.sections:
        out += _builds_on(sec) + _duplicates(sec)
    return out + _copies(notice) + _layout(notice)
