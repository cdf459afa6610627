"""The words the engine explains itself with, in kk and ru."""

from __future__ import annotations

import re
from datetime import date

from sanat.rules import duration
from sanat.vocabulary import CATEGORY_LABELS

#: The teacher categories (``sanat.vocabulary``) and the other category names a requirement may cite.
CATEGORY_LABEL = {
    "kk": {**CATEGORY_LABELS["kk"],
           "deputy_3": "үшінші біліктілік санатты басшының орынбасары",
           "deputy_2": "екінші біліктілік санатты басшының орынбасары",
           "deputy_1": "бірінші біліктілік санатты басшының орынбасары",
           "head_organizer": "басшы-ұйымдастырушы", "head_manager": "басшы-менеджер", "head_leader": "басшы-көшбасшы",
           "second": "екінші біліктілік санаты", "first": "бірінші біліктілік санаты", "highest": "жоғары біліктілік санаты"},
    "ru": {**CATEGORY_LABELS["ru"],
           "deputy_3": "заместитель руководителя третьей квалификационной категории",
           "deputy_2": "заместитель руководителя второй квалификационной категории",
           "deputy_1": "заместитель руководителя первой квалификационной категории",
           "head_organizer": "руководитель-организатор", "head_manager": "руководитель-менеджер",
           "head_leader": "руководитель-лидер",
           "second": "вторая квалификационная категория", "first": "первая квалификационная категория",
           "highest": "высшая квалификационная категория"},
}

EXPERIENCE_LABEL = {
    "kk": {"pedagogical": "педагогикалық жұмыс өтілі", "specialty": "мамандығы бойынша жұмыс өтілі",
           "position": "лауазымдағы жұмыс өтілі", "education_org": "білім беру ұйымдарындағы жұмыс өтілі",
           "managerial": "басшы лауазымдардағы жұмыс өтілі", "civil_service": "мемлекеттік қызметтегі жұмыс өтілі",
           "unspecified": "жұмыс өтілі"},
    "ru": {"pedagogical": "стаж педагогической работы", "specialty": "стаж работы по специальности",
           "position": "стаж работы в должности", "education_org": "стаж работы в организациях образования",
           "managerial": "стаж работы на руководящих должностях", "civil_service": "стаж государственной службы",
           "unspecified": "стаж работы"},
}

PATH_LABEL = {
    "kk": {"education_experience": "білім және жұмыс өтілі", "manager_category": "басшы (орынбасар) санаты",
           "teacher_category": "педагог санаты", "legacy_category": "педагогтің бірінші/жоғары санаты",
           "experience_path": "жұмыс өтілі бойынша"},
    "ru": {"education_experience": "образование и стаж", "manager_category": "категория руководителя (заместителя)",
           "teacher_category": "категория педагога", "legacy_category": "первая/высшая категория педагога",
           "experience_path": "по стажу работы"},
}

LEVEL_LABEL = {"kk": {"high": "жоғары", "middle": "орта", None: "жоқ"},
               "ru": {"high": "высший", "middle": "средний", None: "нет"}}
LOCALITY_LABEL = {"kk": {"urban": "қалалық жер", "rural": "ауылдық жер", None: "көрсетілмеген"},
                  "ru": {"urban": "городская местность", "rural": "сельская местность", None: "не указано"}}
ORG_LEVEL_LABEL = {"kk": {"oblast": "облыс, республикалық маңызы бар қала деңгейі", "district": "аудан/қала деңгейі",
                          None: "көрсетілмеген"},
                   "ru": {"oblast": "уровень области, города республиканского значения", "district": "уровень района/города",
                          None: "не указано"}}


EVIDENCE_STATUS = {"kk": {"satisfied": "дәлел бар", "missing": "дәлел жоқ", "commission": "комиссия бағалайды"},
                   "ru": {"satisfied": "подтверждено", "missing": "нет подтверждения", "commission": "оценивает комиссия"}}


def clause_ref(clause: str | None, lang: str) -> str:
    if not clause:
        return ""
    return f"{clause}-тармақ" if lang == "kk" else f"пункт {clause}"


def _ru_plural(n: int, one: str, few: str, many: str) -> str:
    if n % 10 == 1 and n % 100 != 11:
        return one
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return few
    return many


def span(days: int, lang: str) -> str:
    """A 360-days amount in words: «1 жыл 2 ай 3 күн» / «1 год 2 месяца 3 дня»."""
    y, m, d = duration.split(days)
    parts = []
    if lang == "kk":
        parts = [f"{n} {w}" for n, w in ((y, "жыл"), (m, "ай"), (d, "күн")) if n]
        return " ".join(parts) or "0 жыл"
    for n, forms in ((y, ("год", "года", "лет")), (m, ("месяц", "месяца", "месяцев")), (d, ("день", "дня", "дней"))):
        if n:
            parts.append(f"{n} {_ru_plural(n, *forms)}")
    return " ".join(parts) or "0 лет"


def years(days: int) -> str:
    v = duration.days_to_years(days)
    return f"{v:.0f}" if abs(v - round(v)) < 1e-9 else f"{v:.2f}".rstrip("0")


def calendar_span(start: date, end: date, lang: str) -> str:
    y, m, d = duration.ymd(start, end)
    return span(y * duration.YEAR + m * 30 + d, lang)


def rule_text(days: int, strict: bool, lang: str) -> str:
    """«кемінде 5 жыл» / «5 жылдан астам» / «не менее 1 года» / «более 3 лет»."""
    n = years(days)
    if lang == "kk":
        return f"{n} жылдан астам" if strict else f"кемінде {n} жыл"
    whole = days % duration.YEAR == 0
    k = days // duration.YEAR
    unit = "года" if not whole or (k % 10 == 1 and k % 100 != 11) else "лет"
    return f"более {n} {unit}" if strict else f"не менее {n} {unit}"


def experience_gap(lang: str, kind: str, have: int, need: int, strict: bool, clause: str | None,
                   as_of: date | None = None, reach: date | None = None) -> str:
    """«Тағы 1 жыл педагогикалық жұмыс өтілі қажет: сізде 4 жыл, кемінде 5 жыл керек (66-тармақ)»; with an
    ongoing dated period the missing time is counted in calendar days up to the day the figure is reached."""
    label = EXPERIENCE_LABEL[lang][kind]
    missing = span(need - have + (1 if strict else 0), lang)
    if reach and as_of:
        missing = calendar_span(as_of, reach, lang)
    ref = clause_ref(clause, lang)
    rule = rule_text(need, strict, lang)
    if lang == "kk":
        when = f" Өтіл {reach.strftime('%d.%m.%Y')} толады." if reach else ""
        return f"Тағы {missing} {label} қажет: сізде {span(have, lang)}, {rule} керек ({ref}).{when}"
    when = f" Стаж будет достигнут {reach.strftime('%d.%m.%Y')}." if reach else ""
    return f"Нужно ещё {missing} ({label}): у вас {span(have, lang)}, требуется {rule} ({ref}).{when}"


def _gap_figures(lang: str) -> re.Pattern:
    labels = "|".join(re.escape(x) for x in sorted(EXPERIENCE_LABEL[lang].values(), key=len, reverse=True))
    if lang == "kk":
        return re.compile(rf"^Тағы .+? (?P<label>{labels}) қажет: сізде .+?, (?P<rule>.+?) керек \((?P<ref>[^()]*)\)\."
                          r"(?: Өтіл .*)?$")
    return re.compile(rf"^Нужно ещё .+? \((?P<label>{labels})\): у вас .+?, требуется (?P<rule>.+?) \((?P<ref>[^()]*)\)\."
                      r"(?: Стаж будет .*)?$")


_GAP_PATTERNS: dict[str, re.Pattern] = {}


def gap_topic(text: str) -> str:
    """A gap text without the person's own figures, for counting what holds a staff back most: an unmet
    experience row («Тағы 1 жыл … қажет: сізде 4 жыл, кемінде 5 жыл керек (66-тармақ).») becomes
    «педагогикалық жұмыс өтілі: кемінде 5 жыл (66-тармақ)»; every other text is returned as it is."""
    for lang in ("kk", "ru"):
        pattern = _GAP_PATTERNS.get(lang) or _GAP_PATTERNS.setdefault(lang, _gap_figures(lang))
        m = pattern.match(text)
        if m:
            return f"{m['label']}: {m['rule']} ({m['ref']})"
    return text


TEXT = {
    "education_met": {"kk": "Білім талабы орындалды", "ru": "Требование к образованию выполнено"},
    "education_not_met": {"kk": "Лауазымның білім талабына сәйкес білім (немесе қайта даярлау құжаты) жоқ",
                          "ru": "Нет образования (или документа о переподготовке), требуемого для должности"},
    "education_by_path": {"kk": "Білім талабының орнына жұмыс өтілі жолы орындалды: «{quote}» ({ref}); біліктілік "
                                "деңгейі жоқ (оны диплом береді)",
                          "ru": "Вместо образования выполнен путь по стажу: «{quote}» ({ref}); уровня квалификации "
                                "нет (его даёт диплом)"},
    "or_path": {"kk": "немесе білімнің орнына: {quotes}", "ru": "или вместо образования: {quotes}"},
    "instead_of_education": {"kk": "Немесе (білімнің орнына): {text}", "ru": "Или (вместо образования): {text}"},
    "org_level_needed": {"kk": "ұйым деңгейін көрсетіңіз (облыс немесе аудан)",
                         "ru": "укажите уровень организации (область или район)"},
    "level_not_allowed": {"kk": "Бұл жол біліктіліктің {need} деңгейіне арналған, сіздің деңгейіңіз: {have}",
                          "ru": "Эта строка предусмотрена для уровня квалификации: {need}; ваш уровень: {have}"},
    "level_ok": {"kk": "Біліктілік деңгейі: {have}", "ru": "Уровень квалификации: {have}"},
    "locality_mismatch": {"kk": "Бұл жол {need} үшін; сіз: {have}", "ru": "Эта строка — для: {need}; у вас: {have}"},
    "org_level_mismatch": {"kk": "Бұл жол {need} үшін; сіз: {have}", "ru": "Эта строка — для: {need}; у вас: {have}"},
    "degree_missing": {"kk": "Ғылыми/академиялық дәреже талап етіледі: {need}", "ru": "Требуется учёная/академическая степень: {need}"},
    "no_threshold": {"kk": "Мәтінде бұл санат үшін жұмыс өтілі талабы жоқ (саясат: {policy})",
                     "ru": "В тексте нет требования к стажу для этой категории (политика: {policy})"},
    "experience_ok": {"kk": "{label}: сізде {have}, {rule} керек", "ru": "{label}: у вас {have}, требуется {rule}"},
    "window_unknown": {"kk": "Соңғы {w} жылдағы өтілді тексеру үшін күндері көрсетілген кезеңдер қажет",
                       "ru": "Для проверки стажа за последние {w} нужны периоды с датами"},
    "category_held": {"kk": "Біліктілік санаты бар: {codes}", "ru": "Есть квалификационная категория: {codes}"},
    "category_missing": {"kk": "Мына біліктілік санаттарының бірі қажет: {codes}",
                         "ru": "Нужна одна из квалификационных категорий: {codes}"},
    "evidence_missing": {"kk": "Дәлел жоқ: «{statement}» ({ref})", "ru": "Нет подтверждения: «{statement}» ({ref})"},
    "evidence_commission": {"kk": "Аттестаттау комиссиясы бағалайды: «{statement}» ({ref})",
                            "ru": "Оценивает аттестационная комиссия: «{statement}» ({ref})"},
}


def t(key: str, lang: str, **kw) -> str:
    if key == "window_unknown" and lang == "ru":
        kw["w"] = f"{kw['w']} {_ru_plural(int(kw['w']), 'год', 'года', 'лет')}"
    return TEXT[key][lang].format(**kw)
