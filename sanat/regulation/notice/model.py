"""Data classes of a parsed vacancy notice. Every object keeps the 1-based lines it came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from .signature import ru_thresholds

BLOCKS = ("duties", "knowledge", "requirements", "competencies")


@dataclass(frozen=True)
class Item:
    """One line of text (an item of a clause, a document, ...) with its source lines."""

    text: str
    lines: tuple[int, int]

    def as_dict(self) -> dict:
        return {"text": self.text, "lines": list(self.lines)}


@dataclass(frozen=True)
class Anomaly:
    """A defect or irregularity found in the text; never silently fixed."""

    code: str
    message: str
    lines: tuple[tuple[int, int], ...]

    def as_dict(self, file: str) -> dict:
        return {"code": self.code, "message": self.message,
                "sources": [{"file": file, "lines": list(r)} for r in self.lines]}


@dataclass
class CategoryBlock:
    """A category block of the competencies clause («2) "педагог-модератор":»)."""

    code: str | None
    label: str
    number: int
    line: int
    builds_on: str | None = None
    builds_on_printed: str | None = None
    reference: Item | None = None
    items: list[Item] = field(default_factory=list)

    @property
    def lines(self) -> tuple[int, int]:
        last = self.items[-1].lines[1] if self.items else (self.reference.lines[1] if self.reference else self.line)
        return (self.line, last)

    def as_dict(self) -> dict:
        return {"code": self.code, "label": self.label, "number": self.number,
                "builds_on": self.builds_on, "builds_on_printed": self.builds_on_printed,
                "reference": self.reference.as_dict() if self.reference else None,
                "items": [i.as_dict() for i in self.items], "lines": list(self.lines)}


@dataclass(frozen=True)
class Salary:
    """«Размер должностного оклада: от 117 508 тенге …»: a floor in tenge."""

    amount: int
    text: str
    line: int
    tab_prefixed: bool

    def as_dict(self) -> dict:
        return {"amount": self.amount, "currency": "KZT", "text": self.text, "line": self.line,
                "tab_prefixed": self.tab_prefixed}


@dataclass
class NoticeSection:
    """A regulation text quoted by the notice: a title line and up to four clauses."""

    title: str
    title_line: int
    end_line: int
    duties: list[Item] = field(default_factory=list)
    knowledge: list[Item] = field(default_factory=list)
    requirements: list[Item] = field(default_factory=list)
    competencies: list[CategoryBlock] = field(default_factory=list)
    headings: dict[str, int] = field(default_factory=dict)
    salary: Salary | None = None
    anchors: list[tuple[str, int]] = field(default_factory=list)
    indent_chars: str = ""

    @property
    def lines(self) -> tuple[int, int]:
        return (self.title_line, self.end_line)

    def block(self, code: str) -> CategoryBlock | None:
        return next((b for b in self.competencies if b.code == code), None)

    @property
    def categories(self) -> list[str]:
        return [b.code for b in self.competencies if b.code]

    @property
    def thresholds(self) -> dict[str, float]:
        """Minimum years per category as printed in the requirements clause (see ``signature``)."""
        return ru_thresholds(" ".join(i.text for i in self.requirements))

    def all_items(self) -> list[Item]:
        out = [*self.duties, *self.knowledge, *self.requirements]
        for b in self.competencies:
            out.extend([b.reference] if b.reference else [])
            out.extend(b.items)
        return out

    def as_dict(self) -> dict:
        return {
            "title": self.title, "lines": list(self.lines), "title_line": self.title_line,
            "headings": self.headings,
            "duties": [i.as_dict() for i in self.duties],
            "knowledge": [i.as_dict() for i in self.knowledge],
            "requirements": [i.as_dict() for i in self.requirements],
            "competencies": {b.code or f"unknown-{b.number}": b.as_dict() for b in self.competencies},
            "categories": self.categories,
            "thresholds": self.thresholds,
            "salary": self.salary.as_dict() if self.salary else None,
            "anchors": [{"id": a, "line": n} for a, n in self.anchors],
        }


@dataclass
class NoticePost:
    """A vacancy as the school names it, with its rate (ставка) and the section that describes it."""

    title: str
    rate: float
    rate_printed: str
    line: int
    section: NoticeSection | None = None
    section_reason: str = ""

    @property
    def salary_from(self) -> int | None:
        return self.section.salary.amount if self.section and self.section.salary else None


@dataclass(frozen=True)
class DocumentItem:
    """A numbered entry of the document list with its condition."""

    number: int
    text: str
    line: int
    condition: str  # "required" | "if_available" | "exemption"
    condition_printed: str | None
    note: str | None = None

    def as_dict(self) -> dict:
        return {"number": self.number, "text": self.text, "lines": [self.line, self.line],
                "condition": self.condition, "condition_printed": self.condition_printed,
                "note": self.note}


@dataclass(frozen=True)
class Window:
    """The acceptance window for documents."""

    start: date
    end: date
    text: str
    line: int

    def as_dict(self) -> dict:
        return {"from": self.start.isoformat(), "to": self.end.isoformat(), "text": self.text,
                "lines": [self.line, self.line]}


@dataclass
class Notice:
    """A parsed vacancy notice."""

    file: str
    lang: str
    heading: Item | None
    posts: list[NoticePost]
    window: Window | None
    submission: Item | None
    documents: list[DocumentItem]
    extras: Item | None
    rejection_rule: Item | None
    sections: list[NoticeSection]
    anomalies: list[Anomaly] = field(default_factory=list)
    unparsed: list[Item] = field(default_factory=list)

    @property
    def total_rate(self) -> float:
        return round(sum(p.rate for p in self.posts), 4)

    def section(self, title: str) -> NoticeSection | None:
        return next((s for s in self.sections if s.title == title), None)
