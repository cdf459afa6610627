"""The source texts sanat is derived from, with provenance.

Each text ships inside the package (``sanat/regulation/texts``). An administrator can
point any command at a folder with newer editions (``--sources DIR``): the files must
keep the shipped names. Nothing about a text's content is hard-coded here; the
edition is read from the text itself (its latest amendment note).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path

TEXTS_DIR = Path(__file__).with_name("texts")


@dataclass(frozen=True)
class SourceSpec:
    """What a shipped file is: which act, which language, what kind of document."""

    key: str
    file: str
    act: str
    lang: str
    kind: str
    title: str


SHIPPED: tuple[SourceSpec, ...] = (
    SourceSpec("standard", "000_94928c9ac09b9d11.txt", "Order 500 (15.12.2022)", "kk", "professional_standard",
               "Professional standard «Педагог»"),
    SourceSpec("tqc_kk", "001_1f946b8a025cd79c.txt", "Order 338 (13.07.2009)", "kk", "qualification_characteristics",
               "Педагог лауазымдарының үлгілік біліктілік сипаттамалары"),
    SourceSpec("tqc_ru", "002_3cbed89f0337fdfd.txt", "Order 338 (13.07.2009)", "ru", "qualification_characteristics",
               "Типовые квалификационные характеристики должностей педагогов"),
    SourceSpec("course", "003_e7893f88801f5db5.txt", "Training centre programme", "kk", "course_programme",
               "Педагогтерді аттестаттауға даярлау (80 академиялық сағат)"),
    SourceSpec("notice", "004_2823be9873a07237.txt", "Vacancy notice (school)", "ru", "vacancy_notice",
               "Объявление о конкурсе на вакантные должности педагогов"),
)

_DATE = r"(\d{2})\.(\d{2})\.(\d{4})"
# A note as printed, line breaks included: read in the text as it is, it finds what it would find
# in the text with every whitespace run folded to one space (it was read so, at ten times the cost),
# since where the pattern may cross whitespace (``.``, ``[^№N]``, ``\s*``) a run matches as its
# single space would, and the words, date and number it reads contain none.
_AMENDMENT_RE = re.compile(r"(?:Ескерту|Сноска)\..*?" + _DATE + r"[^№N]*?[№N]\s*(\d+)", re.S)


@dataclass(frozen=True)
class Edition:
    """The latest amending order a text cites: the edition it is consolidated to."""

    order_date: date | None
    order_no: str | None

    def as_dict(self) -> dict:
        return {
            "order_date": self.order_date.isoformat() if self.order_date else None,
            "order_no": self.order_no,
        }


@dataclass(frozen=True)
class SourceText:
    """One source text: its spec, its raw content and its provenance."""

    spec: SourceSpec
    path: Path
    text: str = field(repr=False)

    @property
    def file(self) -> str:
        return self.spec.file

    @property
    def lang(self) -> str:
        return self.spec.lang

    @cached_property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @cached_property
    def lines(self) -> list[str]:
        """Raw lines; ``lines[0]`` is line 1 of the file."""
        lines = self.text.split("\n")
        return lines[:-1] if lines and lines[-1] == "" else lines

    def line(self, no: int) -> str:
        """Line ``no`` (1-based) as in the file."""
        return self.lines[no - 1]

    @cached_property
    def edition(self) -> Edition:
        """Latest amendment order cited in a note («Ескерту»/«Сноска»), by date."""
        best: tuple[date, str] | None = None
        for m in _AMENDMENT_RE.finditer(self.text):
            try:
                d = date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
            except ValueError:
                continue
            if best is None or d > best[0]:
                best = (d, m.group(4))
        return Edition(*best) if best else Edition(None, None)

    def provenance(self) -> dict:
        return {
            "key": self.spec.key,
            "act": self.spec.act,
            "lang": self.spec.lang,
            "kind": self.spec.kind,
            "file": self.spec.file,
            "sha256": self.sha256,
            "lines": len(self.lines),
            "edition": self.edition.as_dict(),
        }


class SourceError(Exception):
    """A source folder lacks a text or holds an unreadable one."""


def spec(key: str) -> SourceSpec:
    for s in SHIPPED:
        if s.key == key:
            return s
    raise KeyError(key)


def tqc_files() -> dict[str, str]:
    """``{"kk": file, "ru": file}``: the shipped file names of Order 338, which line numbers cite by default."""
    return {"kk": spec("tqc_kk").file, "ru": spec("tqc_ru").file}


def load(key: str, sources: Path | str | None = None) -> SourceText:
    """Load one text by key from ``sources`` (a folder) or from the shipped copy."""
    s = spec(key)
    folder = Path(sources) if sources else TEXTS_DIR
    path = folder / s.file
    if not path.is_file():
        raise SourceError(f"{path}: missing; a sources folder must hold {s.file} ({s.title})")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise SourceError(f"{path}: not UTF-8 text ({exc})") from exc
    return SourceText(s, path, text)


def load_all(sources: Path | str | None = None) -> dict[str, SourceText]:
    """Every text, keyed by ``SourceSpec.key``. Files absent in ``sources`` fall back to shipped ones."""
    out = {}
    for s in SHIPPED:
        folder = Path(sources) if sources else TEXTS_DIR
        out[s.key] = load(s.key, folder if (folder / s.file).is_file() else None)
    return out
