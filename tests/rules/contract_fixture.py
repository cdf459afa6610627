"""A position written by hand in the shape of docs/requirements-contract.md (subject teachers, clause 66,
001:L2030-2043), so the engine's unit tests do not depend on the parser. Every number is read from
the text: «педагог-модератор үшін-кемінде 2 жыл; педагог-сарапшы үшін-кемінде 3 жыл;
педагог-зерттеуші үшін-кемінде 4 жыл» (L2039-2041) and «педагог-шебер үшін … – 5 жыл» (L2042-2043)."""

from __future__ import annotations

import copy

F = "001_1f946b8a025cd79c.txt"

_EDU = [
    {"id": "kk-E1", "lang": "kk", "levels": ["higher", "postgraduate"], "pedagogical": True, "profile_relevant": True,
     "qualification_level": None, "via": "diploma", "quote": "тиісті бейін бойынша жоғары және (немесе) жоғары оқу "
     "орнынан кейінгі педагогикалық", "lines": [2030, 2031]},
    {"id": "kk-E2", "lang": "kk", "levels": ["tvet"], "pedagogical": True, "profile_relevant": True,
     "qualification_level": None, "via": "diploma", "quote": "техникалық және кәсіптік, орта білімнен кейінгі "
     "педагогикалық білім", "lines": [2031, 2032]},
    {"id": "kk-E3", "lang": "kk", "levels": ["higher", "postgraduate", "tvet"], "pedagogical": False,
     "profile_relevant": True, "qualification_level": None, "via": "diploma",
     "quote": "тиісті бейін бойынша өзге де кәсіптік білім", "lines": [2032, 2032]},
    {"id": "kk-E4", "lang": "kk", "levels": [], "pedagogical": None, "profile_relevant": None,
     "qualification_level": None, "via": "retraining", "quote": "педагогикалық қайта даярлығын растайтын құжат",
     "lines": [2033, 2033]},
    {"id": "kk-E5", "lang": "kk", "levels": [], "pedagogical": None, "profile_relevant": None,
     "qualification_level": "middle", "via": "school_ped_class_pre1995",
     "quote": "біліктіліктің орташа деңгейіне жататын XI педагогикалық сыныбы бар 1995 жылға дейін орта мектепті "
     "бітіргені туралы құжат", "lines": [2033, 2035]},
]


def _t(cat, n, levels, lines, quote, bare=False):
    return {"category": cat, "min_years": n, "strict": False, "bare": bare, "experience": "pedagogical",
            "qualification_levels": levels, "locality": None, "organisation_level": None, "lang": "kk",
            "lines": lines, "quote": quote}


SUBJECT_TEACHER = {
    "id": "338-03-07", "chapter": 3,
    "title": {"kk": "Барлық мамандықтардың пән мұғалімдері", "ru": "Учителя всех специальностей"},
    "clauses": {"requirements": {"kk": "66", "ru": None, "number": 66},
                "competencies": {"kk": "67", "ru": None, "number": 67}},
    "requirements": {
        "text": {"kk": [{"text": "…", "lines": [2030, 2035]}, {"text": "…", "lines": [2039, 2043]}], "ru": None},
        "archetype": "category_table",
        "connectors": [{"lang": "kk", "lines": [2039, 2041], "printed": "және (немесе)", "normalised": "and_or"}],
        "education": _EDU,
        "thresholds": [
            _t("moderator", 2, ["high", "middle"], [2039, 2041], "педагог-модератор үшін-кемінде 2 жыл"),
            _t("expert", 3, ["high", "middle"], [2039, 2041], "педагог-сарапшы үшін-кемінде 3 жыл"),
            _t("researcher", 4, ["high", "middle"], [2039, 2041], "педагог-зерттеуші үшін-кемінде 4 жыл"),
            _t("master", 5, ["high"], [2042, 2043], "педагог-шебер үшін педагогикалық жұмыс өтілі – 5 жыл", bare=True),
        ],
        "base_experience": [], "alternatives": [], "no_experience_required": True, "anomalies": [],
    },
    "competencies": {
        "pedagog": {"builds_on": None, "items": {"kk": [{"text": "білім беру ұйымы деңгейіндегі іс-шараларға қатысу;",
                                                          "lines": [2052, 2052]}], "ru": None}},
        "moderator": {"builds_on": "pedagog", "items": {"kk": [
            {"text": "білім беру саласындағы уәкілетті орган бекіткен тізбеге сәйкес білім беру ұйымы, аудан "
                     "(облыстық маңызы бар қала) деңгейінде олимпиадалардың, конкурстардың, жарыстардың "
                     "қатысушылары немесе жүлдегерлері немесе жеңімпаздары болуы;", "lines": [2060, 2064]}],
            "ru": None}},
        "expert": {"builds_on": "moderator", "items": {"kk": [], "ru": None}},
        "researcher": {"builds_on": "expert", "items": {"kk": [], "ru": None}},
        "master": {"builds_on": "researcher", "items": {"kk": [], "ru": None}},
    },
    "amendments": [], "anomalies": [],
    "source": {"kk": {"file": F, "lines": [1950, 2145]}, "ru": None},
}


def subject_teacher() -> dict:
    return copy.deepcopy(SUBJECT_TEACHER)


# 7.1 IPK director, clause 207 (001:L5922-5926), with the last line written as an *alternative* that carries
# a degree condition on its experience — the shape an ``experience_path`` takes when a path is conditioned on a
# degree («ғылыми дәрежесі болған жағдайда, педагогикалық жұмыс өтілі кемінде 2 жыл», L5926). The shipped
# parser codes this line as a base floor ``alternative_to`` the 5-year floor (with ``degree``); no shipped
# position has a degree-conditioned alternative, so the engine's reading of one is tested on this hand-written
# position. Cases use profiles with the education of L5923-5925, for which both shapes give the same answer.
_IPK_EDU = [
    {"id": "kk-E1", "lang": "kk", "levels": ["higher", "postgraduate"], "pedagogical": True, "profile_relevant": None,
     "qualification_level": "high", "via": "diploma",
     "quote": "жоғары және (немесе) жоғары оқу орнынан кейінгі педагогикалық білім", "lines": [5923, 5925]},
    {"id": "kk-E2", "lang": "kk", "levels": [], "pedagogical": False, "profile_relevant": True,
     "qualification_level": None, "via": "diploma", "quote": "тиісті бейіні бойынша өзге де кәсіптік білім",
     "lines": [5923, 5925]},
]

IPK_DIRECTOR_DEGREE_ALTERNATIVE = {
    "id": "338-07-01", "chapter": 7,
    "title": {"kk": "Біліктілікті арттыру институтының (филиалының) басшысы (директоры)", "ru": None},
    "clauses": {"requirements": {"kk": "207", "ru": None, "number": 207}},
    "requirements": {
        "text": {"kk": [{"text": "…", "lines": [5923, 5925]}, {"text": "…", "lines": [5926, 5926]}], "ru": None},
        "archetype": "fixed",
        "connectors": [{"lang": "kk", "lines": [5923, 5925], "printed": None, "normalised": None, "role": "base"},
                       {"lang": "kk", "lines": [5926, 5926], "printed": None, "normalised": None,
                        "role": "experience_path"}],
        "education": _IPK_EDU,
        "thresholds": [],
        "base_experience": [
            {"min_years": 5, "printed": "5", "strict": False, "bare": False, "experience": "pedagogical",
             "part_of": None, "alternative_to": None, "lang": "kk", "lines": [5923, 5925],
             "quote": "педагогикалық жұмыс өтілі кемінде 5 жыл", "applies_to": ["kk-E1", "kk-E2"]},
            {"min_years": 1, "printed": "бір", "strict": False, "bare": False, "experience": "managerial",
             "part_of": 0, "alternative_to": None, "lang": "kk", "lines": [5923, 5925],
             "quote": "басшы лауазымда кемінде бір жыл", "applies_to": ["kk-E1", "kk-E2"]},
        ],
        "alternatives": [
            {"kind": "experience_path", "codes": [], "connector": None,  # no word printed: policy connectorless_lines
             "with_experience": {"min_years": 2, "printed": "2", "strict": False, "bare": False,
                                 "experience": "pedagogical"},
             "conditions": ["academic_degree"], "degree": ["candidate", "doctor", "phd"], "only_if": None,
             "subcase": None, "organisation_level": None, "lang": "kk", "lines": [5926, 5926],
             "quote": "ғылыми дәрежесі болған жағдайда, педагогикалық жұмыс өтілі кемінде 2 жыл"},
        ],
        "no_experience_required": False, "anomalies": [],
    },
    "competencies": {}, "amendments": [], "anomalies": [],
    "source": {"kk": {"file": F, "lines": [5870, 5926]}, "ru": None},
}


def ipk_director_degree_alternative() -> dict:
    return copy.deepcopy(IPK_DIRECTOR_DEGREE_ALTERNATIVE)


FIXTURES = {"ipk_director_degree_alternative": ipk_director_degree_alternative, "subject_teacher": subject_teacher}
