"""Staff files in the people's languages: kk/ru column names and words in, kk/ru headers and labels out.

A school or a department fills a template whose header is in Kazakh or Russian and whose cells hold plain
words («жоғары», «высшее», «иә», «село», «педагог-сарапшы», dates as 31.05.2019). ``localise`` turns such a
table into the canonical one the screener reads (docs/staff-file.md), cell by cell and only in the columns
that hold words, so the screening itself (and its equivalence with ``staff.screen_plain``) is unchanged.
``localised_rows`` renders the result in the user's language. Plain Python: no Django.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from sanat.rules.bounded import put
from sanat.rules.messages import CATEGORY_LABEL, LEVEL_LABEL
from sanat.rules.staff_io import OUTPUT_COLUMNS, Table
from sanat.vocabulary import CATEGORY_LABELS, LANGS, norm_lang

#: canonical input column → its header in kk and ru (the template's header row).
INPUT_COLUMNS: dict[str, dict[str, str]] = {
    "position": {"kk": "Лауазым коды", "ru": "Код должности"},
    "name": {"kk": "Аты-жөні", "ru": "ФИО"},
    "school": {"kk": "Мектеп", "ru": "Школа"},
    "lang": {"kk": "Тіл", "ru": "Язык"},
    "education_level": {"kk": "Білім деңгейі", "ru": "Уровень образования"},
    "pedagogical": {"kk": "Педагогикалық білім", "ru": "Педагогическое образование"},
    "direction": {"kk": "Мамандық (диплом бойынша)", "ru": "Специальность (по диплому)"},
    "profile_relevant": {"kk": "Диплом лауазым бейініне сай", "ru": "Диплом соответствует профилю должности"},
    "retraining": {"kk": "Қайта даярлау", "ru": "Переподготовка"},
    "graduated": {"kk": "Бітірген күні", "ru": "Дата окончания"},
    "exp_pedagogical": {"kk": "Педагогикалық өтіл, жыл", "ru": "Педагогический стаж, лет"},
    "exp_specialty": {"kk": "Мамандық бойынша өтіл, жыл", "ru": "Стаж по специальности, лет"},
    "exp_position": {"kk": "Лауазымдағы өтіл, жыл", "ru": "Стаж в должности, лет"},
    "exp_education_org": {"kk": "Білім беру ұйымындағы өтіл, жыл", "ru": "Стаж в организациях образования, лет"},
    "exp_managerial": {"kk": "Басшылық өтіл, жыл", "ru": "Руководящий стаж, лет"},
    "exp_civil_service": {"kk": "Мемлекеттік қызметтегі өтіл, жыл", "ru": "Стаж государственной службы, лет"},
    "location": {"kk": "Елді мекен (қала / ауыл)", "ru": "Местность (город / село)"},
    "organisation_level": {"kk": "Ұйым деңгейі (облыс / аудан)", "ru": "Уровень организации (область / район)"},
    "subcase": {"kk": "Ұйым түрі (тармақ бойынша)", "ru": "Вид организации (по пункту)"},
    "categories": {"kk": "Санаттар (санат: берілген күні: дейін)", "ru": "Категории (категория: с: по)"},
    "degree": {"kk": "Ғылыми/академиялық дәреже", "ru": "Учёная/академическая степень"},
}

#: the template's example row (kk and ru words), so a clerk sees how a cell is written.
EXAMPLE_ROW: dict[str, dict[str, str]] = {
    "kk": {"position": "338-03-07", "name": "Сейітова Айгүл", "school": "№ 12 мектеп-гимназия", "lang": "kk",
           "education_level": "жоғары", "pedagogical": "иә", "direction": "Математика", "profile_relevant": "иә",
           "retraining": "жоқ", "graduated": "30.06.2012", "exp_pedagogical": "11,5", "location": "ауыл",
           "categories": "педагог-модератор: 15.05.2021: 15.05.2026"},
    "ru": {"position": "338-03-07", "name": "Сейтова Айгуль", "school": "Школа-гимназия № 12", "lang": "ru",
           "education_level": "высшее", "pedagogical": "да", "direction": "Математика", "profile_relevant": "да",
           "retraining": "нет", "graduated": "30.06.2012", "exp_pedagogical": "11,5", "location": "село",
           "categories": "педагог-модератор: 15.05.2021: 15.05.2026"},
}

OUTPUT_HEADERS: dict[str, dict[str, str]] = {
    "kk": {"row": "Жол", "name": "Аты-жөні", "position": "Лауазым коды", "position_title": "Лауазым",
           "qualification_level": "Біліктілік деңгейі", "highest_category": "Талаптар бойынша ең жоғары санат",
           "post_requirements_met": "Лауазым талаптарына сай", "next_category": "Келесі санат",
           "gaps": "Жетіспейтіні (тармағымен)", "error": "Қате"},
    "ru": {"row": "Строка", "name": "ФИО", "position": "Код должности", "position_title": "Должность",
           "qualification_level": "Уровень квалификации", "highest_category": "Высшая категория по требованиям",
           "post_requirements_met": "Соответствует требованиям должности", "next_category": "Следующая категория",
           "gaps": "Чего не хватает (с пунктом)", "error": "Ошибка"},
}

YES_NO = {"kk": {"yes": "иә", "no": "жоқ"}, "ru": {"yes": "да", "no": "нет"}}


def _fold(text: object) -> str:
    return re.sub(r"[\s\-–—_.,()«»\"']+", " ", str(text or "").casefold().replace("ё", "е")).strip()


_WORDS: dict[str, dict[str, str]] = {
    "education_level": {
        "жоғары": "higher", "жоғары білім": "higher", "высшее": "higher", "высшее образование": "higher",
        "жоғары оқу орнынан кейінгі": "postgraduate", "жоғары оқу орнынан кейінгі білім": "postgraduate",
        "послевузовское": "postgraduate", "послевузовское образование": "postgraduate",
        "техникалық және кәсіптік": "tvet", "техникалық және кәсіптік білім": "tvet", "ткб": "tvet",
        "техническое и профессиональное": "tvet", "техническое и профессиональное образование": "tvet",
        "типо": "tvet", "орта": "secondary", "орта білім": "secondary", "среднее": "secondary",
        "среднее образование": "secondary",
    },
    "location": {"қала": "urban", "город": "urban", "городская": "urban", "ауыл": "rural", "ауылдық": "rural",
                 "село": "rural", "сельская": "rural", "сельская местность": "rural", "ауылдық жер": "rural"},
    "organisation_level": {"облыс": "oblast", "облыстық": "oblast", "область": "oblast", "областной": "oblast",
                           "аудан": "district", "аудандық": "district", "район": "district", "районный": "district"},
    "degree": {"магистр": "master", "phd": "phd", "философия докторы": "phd", "доктор философии": "phd",
               "ғылым кандидаты": "candidate", "кандидат наук": "candidate", "ғылым докторы": "doctor",
               "доктор наук": "doctor"},
    "lang": {"қазақ": "kk", "қазақша": "kk", "қазақ тілі": "kk", "казахский": "kk", "орыс": "ru", "орысша": "ru",
             "орыс тілі": "ru", "русский": "ru"},
}
_CATEGORY_WORDS = {_fold(label): code for lang in LANGS for code, label in CATEGORY_LABELS[lang].items()}
_CATEGORY_WORDS.update({_fold(label): code for lang in LANGS for code, label in CATEGORY_LABEL.get(lang, {}).items()
                        if isinstance(code, str)})
_HEADERS = {_fold(names[lang]): col for col, names in INPUT_COLUMNS.items() for lang in LANGS}
_HEADERS.update({_fold(col): col for col in INPUT_COLUMNS})
_DATE = re.compile(r"^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$")


def canonical_header(header: object) -> object:
    """The canonical column a kk/ru (or canonical) header names; any other header is kept as it is."""
    return _HEADERS.get(_fold(header), header)


def _date(cell: object) -> object:
    m = _DATE.match(str(cell)) if isinstance(cell, str) else None
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else cell


def _categories(cell: object) -> object:
    if not isinstance(cell, str) or not cell.strip():
        return cell
    parts = []
    for part in cell.replace(",", ";").split(";"):
        code, *dates = [x.strip() for x in part.split(":")]
        code = _CATEGORY_WORDS.get(_fold(code), code)
        parts.append(":".join([code, *(str(_date(d)) for d in dates)]))
    return "; ".join(parts)


def _word(column: str):
    words = _WORDS[column]
    return lambda cell: words.get(_fold(cell), cell) if isinstance(cell, str) else cell


def _mappers(header: list) -> dict[int, object]:
    out: dict[int, object] = {}
    for i, col in enumerate(header):
        if col in _WORDS:
            out[i] = _word(col)
        elif col == "graduated":
            out[i] = _date
        elif col == "categories":
            out[i] = _categories
    return out


def localise(table: Table) -> Table:
    """The same table with kk/ru headers made canonical and kk/ru words and dd.mm.yyyy dates in the word
    columns made the codes the screener reads; other cells pass untouched (their errors stay the row's)."""
    header = [canonical_header(h) for h in table.header]
    maps = _mappers(header)
    if not maps and header == table.header:
        return table

    memo: dict[int, dict] = {i: {} for i in maps}  # staff files repeat their words: each cell mapped once

    def rows() -> Iterator[tuple[int, tuple]]:
        for n, values in table.rows:
            if maps:
                cells = list(values)
                for i, seen in memo.items():
                    if i < len(cells):
                        v = cells[i]
                        out = seen.get(v, seen)
                        if out is seen:
                            out = put(seen, v, maps[i](v), 100_000)
                        cells[i] = out
                values = tuple(cells)
            yield n, values

    return Table(header=header, rows=rows(), kind=table.kind, closers=table.closers)


_ERRORS = [
    (re.compile(r"^(\w+): empty$"), {"kk": "{col}: бос", "ru": "{col}: не заполнено"}),
    (re.compile(r"^(\w+): (.*) is not yes/no$"), {"kk": "{col}: {v} — «иә» не «жоқ» емес", "ru": "{col}: {v} — не «да» или «нет»"}),
    (re.compile(r"^(\w+): (.*) is not a number of years$"), {"kk": "{col}: {v} — жыл саны емес", "ru": "{col}: {v} — не число лет"}),
    (re.compile(r"^position: unknown id (.*)$"), {"kk": "{col}: {v} — мұндай лауазым каталогта жоқ", "ru": "{col}: {v} — такой должности нет в каталоге"}),
]


_SCHEMA = re.compile(r"^(education\[\d+\]\.(\w+)|experience\.(\w+)|(\w+)): (.*?) (is not one of .*|is not a '(\w+)'|"
                     r"is less than the minimum of .*)$")
_SCHEMA_TEXTS = {
    "one_of": {"kk": "{col}: {v} — рұқсат етілмеген мән", "ru": "{col}: {v} — недопустимое значение"},
    "date": {"kk": "{col}: {v} — күн емес (мысалы, 30.06.2012)", "ru": "{col}: {v} — не дата (например, 30.06.2012)"},
    "minimum": {"kk": "{col}: {v} — теріс болмауы керек", "ru": "{col}: {v} — не может быть отрицательным"},
}


def _schema_error(message: str, lang: str) -> str | None:
    """A profile-schema message about one cell («education[0].level: 'x' is not one of …») in ``lang``."""
    m = _SCHEMA.match(message)
    if not m:
        return None
    edu, exp, plain = m.group(2), m.group(3), m.group(4)
    col = ("education_level" if edu == "level" else edu) if edu else (f"exp_{exp}" if exp else plain)
    if col not in INPUT_COLUMNS:
        return None
    kind = "one_of" if m.group(6).startswith("is not one of") else "date" if m.group(7) else "minimum"
    return _SCHEMA_TEXTS[kind][lang].format(col=INPUT_COLUMNS[col][lang], v=m.group(5))


def localised_error(message: str, lang: str) -> str:
    """A row's error in ``lang`` naming the column as the template names it; other messages unchanged."""
    lang = norm_lang(lang)
    schema = _schema_error(message, lang)
    if schema:
        return schema
    for pattern, texts in _ERRORS:
        m = pattern.match(message)
        if m:
            groups = m.groups()
            col = "position" if message.startswith("position: unknown") else groups[0]
            value = groups[-1] if len(groups) > 1 or message.startswith("position: unknown") else ""
            name = INPUT_COLUMNS.get(col, {}).get(lang, col)
            return texts[lang].format(col=name, v=value)
    return message


def output_header(lang: str) -> list[str]:
    return [OUTPUT_HEADERS[norm_lang(lang)][c] for c in OUTPUT_COLUMNS]


def localised_rows(rows: Iterable[tuple], lang: str) -> Iterator[tuple]:
    """Screened tuples (``OUTPUT_COLUMNS``) with codes rendered as words in ``lang``."""
    lang = norm_lang(lang)
    level, cats, yes_no = LEVEL_LABEL[lang], CATEGORY_LABEL[lang], YES_NO[lang]
    i_level, i_high, i_met, i_next, i_err = (OUTPUT_COLUMNS.index(c) for c in (
        "qualification_level", "highest_category", "post_requirements_met", "next_category", "error"))
    done: dict[tuple, tuple] = {}  # the fields after the name repeat from row to row: rendered once each
    for row in rows:
        tail = row[2:]
        hit = done.get(tail)
        if hit is None:
            out = list(row)
            if out[i_err]:
                out[i_err] = localised_error(out[i_err], lang)
            else:
                out[i_level] = level.get(out[i_level] or None, out[i_level])
                out[i_met] = yes_no.get(out[i_met], out[i_met])
            out[i_high] = cats.get(out[i_high], out[i_high])
            out[i_next] = cats.get(out[i_next], out[i_next])
            hit = put(done, tail, tuple(out[2:]), 50_000)
        yield (*row[:2], *hit)
