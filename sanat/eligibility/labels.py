"""Page words in kk and ru (the engine's own words come from ``sanat.rules.messages``)."""

from __future__ import annotations

L = {
    "kk": {
        "title": "Біліктілік санатымды тексеру", "screen_title": "Қызметкерлер тізімін тексеру",
        "position": "Лауазым", "education_level": "Білім деңгейі", "pedagogical": "Педагогикалық білім",
        "direction": "Бағыты (дипломдағыдай)", "profile_relevant": "Лауазым бейініне сәйкес",
        "retraining": "Педагогикалық қайта даярлау құжаты бар", "graduated": "Бітірген күні",
        "exp_pedagogical": "Педагогикалық өтіл, жыл", "exp_specialty": "Мамандығы бойынша өтіл, жыл",
        "exp_position": "Осы лауазымдағы өтіл, жыл", "exp_education_org": "Білім беру ұйымдарындағы өтіл, жыл",
        "exp_managerial": "Басшы лауазымдағы өтіл, жыл", "exp_civil_service": "Мемлекеттік қызметтегі өтіл, жыл",
        "location": "Елді мекен", "organisation_level": "Ұйым деңгейі", "subcase": "Ұйым түрі (тармақтағы шағын жағдай)",
        "degree": "Дәреже", "as_of": "Күні",
        "check": "Тексеру", "highest": "Талаптар бойынша ең жоғары санат", "post_met": "Лауазым талаптары орындалды",
        "next": "Келесі санат және не жетіспейді", "none": "жоқ", "yes": "иә", "no": "жоқ",
        "conditions": "Шарттар", "evidence": "Құзыреттер", "quote": "Мәтін", "upload": "Файл (CSV немесе XLSX)",
        "screen": "Тексеріп, нәтижені жүктеу", "staff_help": "Бағандар: docs/staff-file.md",
        "edition": "Мәтін редакциясы", "anomalies": "Мәтіндегі ескертулер", "urban": "қала", "rural": "ауыл",
        "oblast": "облыс / республикалық маңызы бар қала", "district": "аудан / қала", "unset": "—",
    },
    "ru": {
        "title": "Проверить мою квалификационную категорию", "screen_title": "Проверить список сотрудников",
        "position": "Должность", "education_level": "Уровень образования", "pedagogical": "Педагогическое образование",
        "direction": "Направление (как в дипломе)", "profile_relevant": "Соответствует профилю должности",
        "retraining": "Есть документ о педагогической переподготовке", "graduated": "Дата окончания",
        "exp_pedagogical": "Педагогический стаж, лет", "exp_specialty": "Стаж по специальности, лет",
        "exp_position": "Стаж в этой должности, лет", "exp_education_org": "Стаж в организациях образования, лет",
        "exp_managerial": "Стаж на руководящих должностях, лет", "exp_civil_service": "Стаж госслужбы, лет",
        "location": "Местность", "organisation_level": "Уровень организации",
        "subcase": "Вид организации (подпункт пункта)", "degree": "Степень", "as_of": "Дата", "check": "Проверить",
        "highest": "Наивысшая категория по требованиям", "post_met": "Требования к должности выполнены",
        "next": "Следующая категория и чего не хватает", "none": "нет", "yes": "да", "no": "нет",
        "conditions": "Условия", "evidence": "Компетенции", "quote": "Текст", "upload": "Файл (CSV или XLSX)",
        "screen": "Проверить и скачать результат", "staff_help": "Колонки: docs/staff-file.md",
        "edition": "Редакция текста", "anomalies": "Замечания к тексту", "urban": "город", "rural": "село",
        "oblast": "область / город республиканского значения", "district": "район / город", "unset": "—",
    },
}


def words(lang: str) -> dict[str, str]:
    return L["ru" if lang == "ru" else "kk"]
