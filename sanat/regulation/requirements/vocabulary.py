"""The words of the requirements clauses, per language, as regular expressions.

Everything the parser recognises lives here, so a reviewer can check the vocabulary
against the texts in one place. Patterns run on cleaned item text (Latin ``i`` fixed,
spaces folded) and tolerate the dash and bracket spacing variants the texts print.
"""

from __future__ import annotations

import re

DASH = r"\s*[-–—]\s*"

# Teacher categories as they occur in running text (declined forms included).
CATEGORY = {
    "kk": re.compile(
        r"педагог\w*" + DASH + r"(модератор|сарапшы|зерттеуші|шебер)\w*|(шебер)" + DASH + r"педагог\w*",
        re.I,
    ),
    "ru": re.compile(r"педагог\w*" + DASH + r"(модератор|эксперт|исследовател|мастер)\w*", re.I),
}
CATEGORY_CODE = {
    "модератор": "moderator", "сарапшы": "expert", "зерттеуші": "researcher", "шебер": "master",
    "эксперт": "expert", "исследовател": "researcher", "мастер": "master",
}

# Connectors that open an item or a sub-line, longest first.
CONNECTOR = {
    "kk": re.compile(r"^(және\s*\(\s*немесе\s*\)|немесе|не|және)\s", re.I),
    "ru": re.compile(r"^(и\s*\(\s*или\s*\)|или|либо|и)\s", re.I),
}
CONNECTOR_NORMALISED = {"және(немесе)": "and_or", "и(или)": "and_or", "немесе": "or", "не": "or",
                        "или": "or", "либо": "or", "және": "and", "и": "and"}
# A second sub-line printed inside one item: «...; және (немесе) біліктілігінің ...».
SUBLINE_SPLIT = {
    "kk": re.compile(r"(?:;\s*|\s)(?=(?:және\s*\(\s*немесе\s*\)|немесе)\s+(?:біліктіліг|жоғары деңгейдегі|орта және))"
                     r"|;\s*(?=(?:және\s*\(\s*немесе\s*\))\s)", re.I),
    "ru": re.compile(r";\s*(?=(?:и\s*\(\s*или\s*\)|или)\s+при\s+наличии)", re.I),
}

# Qualification level a row is restricted to: «біліктілігінің жоғары және орта деңгейі»,
# «жоғары деңгейдегі біліктілік», «орта және жоғары біліктілік деңгейі»; «высшего и среднего уровня».
LEVEL = {
    "kk": re.compile(r"\b(жоғары|орта)(?:\s+(және|немесе)\s+(жоғары|орта))?\s+(?:біліктілік\s+)?деңгей", re.I),
    "ru": re.compile(r"\b(высш\w*|средн\w*)(?:\s+(и|или)\s+(высш\w*|средн\w*))?\s+уровн", re.I),
}
LEVEL_WORD = {"жоғары": "high", "орта": "middle", "высш": "high", "средн": "middle"}
# A threshold row conditioned on the education held instead of a level (preschool methodist, 2.2).
LEVEL_BY_EDUCATION = {
    "kk": [(re.compile(r"техникалық және кәсіптік білімі болған", re.I), "middle"),
           (re.compile(r"жоғары.{0,60}?білімі болған", re.I), "high")],
    "ru": [(re.compile(r"при наличии техническ\w+ и профессиональн\w+ образовани", re.I), "middle"),
           (re.compile(r"при наличии высш\w+ (?:\(|и \(или\) )?\w*\)? ?педагогическ\w+ образовани", re.I), "high")],
}

# Years: digits («5 жыл», «5жыл», «3-х лет», the typo «4 жы,») or words («бес жыл», «пяти лет»).
KK_WORDS = {"бір": 1, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "алты": 6, "жеті": 7, "сегіз": 8,
            "тоғыз": 9, "он": 10}
RU_WORDS = {"одного": 1, "двух": 2, "трех": 3, "трёх": 3, "четырех": 4, "четырёх": 4, "пяти": 5,
            "шести": 6, "семи": 7, "восьми": 8, "девяти": 9, "десяти": 10}
YEARS = {
    # At most two digits: «1995 жылға дейін» / «до 1995 года» is a calendar year, not experience.
    "kk": re.compile(r"(?<![\w.])(\d{1,2}(?:[.,]\d+)?|" + "|".join(KK_WORDS) + r")\s*(?:жыл\w*|жы\b)", re.I),
    "ru": re.compile(r"(?<![\w.])(\d{1,2}(?:[.,]\d+)?|" + "|".join(RU_WORDS) + r")(?:-?х)?\s*(?:лет|года?)\b", re.I),
}
# Something that looks like a number of years but cannot be read («1р жыл»).
UNREADABLE_YEARS = {
    "kk": re.compile(r"\b\d+[^\d\s.,;:–-]+\s+жыл", re.I),
    "ru": re.compile(r"\b\d+[^\d\s.,;:–х-]+\s+(?:лет|года?)\b", re.I),
}
STRICT_BEFORE = {"kk": re.compile(r"астам\s*[-–]?\s*$", re.I), "ru": re.compile(r"более\s*[-–]?\s*$", re.I)}
STRICT_AFTER = {"kk": re.compile(r"^\W*(?:дан|ден|тан|тен)?\s*астам", re.I), "ru": re.compile(r"(?!)")}
FLOOR_BEFORE = {"kk": re.compile(r"кемінде\s*[-–]?\s*$", re.I), "ru": re.compile(r"не\s+менее\s*[-–]?\s*$", re.I)}
FLOOR_AFTER = {"kk": re.compile(r"^\w*\s*кем\s+емес", re.I), "ru": re.compile(r"^\s*не\s+менее", re.I)}

# Kinds of experience; the first pattern found nearest a number wins.
EXPERIENCE = {
    "kk": [
        ("civil_service", re.compile(r"мемлекеттік қызметші", re.I)),
        ("managerial", re.compile(r"басшы құрам|басшылық лауазым|басшы лауазым|басшы\w*\s+(?:\(\w+\)\s+)?лауазым|басшы\w*\s+орынбасары\s+(?:немесе\s+\S+\s+)?лауазым", re.I)),
        ("position", re.compile(r"\b(?!басшы)[\w-]+\s+лауазымындағы", re.I)),
        ("specialty", re.compile(r"мамандығы бойынша", re.I)),
        ("pedagogical", re.compile(r"педагогикалық\s+(?:жұмыс|еңбек)?\s*өтіл", re.I)),
        ("education_org", re.compile(r"білім беру ұйымдарында\w*|білім беру ұйымында", re.I)),
        ("unspecified", re.compile(r"жұмыс өтіл|өтіл|жұмыс стаж", re.I)),
    ],
    "ru": [
        ("civil_service", re.compile(r"государственн\w+ служ", re.I)),
        ("managerial", re.compile(r"руководящ\w+ состав|руководящ\w+ должност|должности (?:заместителя )?руководителя", re.I)),
        ("position", re.compile(r"в должности", re.I)),
        ("specialty", re.compile(r"по специальности", re.I)),
        ("pedagogical", re.compile(r"педагогической работы", re.I)),
        ("education_org", re.compile(r"в организаци\w+ (?:технического и профессионального, послесреднего )?образования", re.I)),
        ("unspecified", re.compile(r"стаж", re.I)),
    ],
}
_WAIVER = {"kk": r"(?:өтіліне|стажына|өтілі)\s+талап\w*\s+қой(?:ылмай\w*|мастан)",
           "ru": r"без предъявления требований к стажу"}
NO_EXPERIENCE = {
    "kk": re.compile(r"(?:[\w-]+\s+[\w-]+\s+лауазымындағы\s+)?(?:жұмыс\s+)?" + _WAIVER["kk"], re.I),
    "ru": re.compile(_WAIVER["ru"] + r"(?: работы)?", re.I),
}
# NO_EXPERIENCE without its optional words: found in exactly the texts NO_EXPERIENCE is found in,
# many times faster (the optional «… лауазымындағы» words are tried at every position). For a
# yes/no answer, or to skip a text before NO_EXPERIENCE is searched for the waiver's span.
HAS_NO_EXPERIENCE = {lang: re.compile(rx, re.I) for lang, rx in _WAIVER.items()}
LOCALITY = {
    "kk": [("urban", re.compile(r"қалалық жерде", re.I)), ("rural", re.compile(r"ауылдық жерде", re.I))],
    "ru": [("urban", re.compile(r"городск\w+ местност", re.I)), ("rural", re.compile(r"сельск\w+ местност", re.I))],
}
ORG_LEVEL = {
    "kk": [("oblast", re.compile(r"облыс\w*,?\s+республикалық маңызы бар", re.I)),
           ("district", re.compile(r"аудандар\w*\s*/\s*қалалар", re.I))],
    "ru": [("oblast", re.compile(r"област\w+,? (?:город\w+ )?республиканского значения", re.I)),
           ("district", re.compile(r"район\w*\s*/\s*город", re.I))],
}
SUBCASE_HEADING = re.compile(r":\s*$")
# A requirement line that opens by naming the organisations it is for («аутизмі бар балаларды қолдау
# орталықтары (autism-орталық) үшін жұмыс өтілі ...», 5.1): the line is a sub-case of its own, not a
# requirement of the general case. Only an opening of organisation words with no number and no category.
SUBCASE_OPENER = {
    "kk": re.compile(r"^([^\d;:,]{0,120}?(?:орталық|ұйым)\w*(?:\s*\([^)\d]*\))?\s+үшін)\s", re.I),
    "ru": re.compile(r"^(для\s+(?:центр|организаци)\w*[^\d;:,]{0,120}?\))\s", re.I),
}
INCLUDING = {"kk": re.compile(r"оның ішінде", re.I), "ru": re.compile(r"в том числе", re.I)}
LAST = {"kk": re.compile(r"соңғы\s*$", re.I), "ru": re.compile(r"последни\w*\s*$", re.I)}

# Manager, legacy categories held instead of education + experience.
DEPUTY = {
    "kk": re.compile(r"(үшінші|екінші|бірінші)\s+біліктілік\s+санатты\s+басшы|басшының\s+(үшінші|екінші|бірінші)\s+біліктілік", re.I),
    "ru": re.compile(r"заместитель руководителя (третьей|второй|первой) квалификационной", re.I),
}
DEPUTY_CODE = {"үшінші": "deputy_3", "екінші": "deputy_2", "бірінші": "deputy_1",
               "третьей": "deputy_3", "второй": "deputy_2", "первой": "deputy_1"}
HEAD = {
    "kk": [("head_organizer", re.compile(r"басшы\s*-\s*ұйымдастырушы|ұйымдастырушы\s*-\s*басшы", re.I)),
           ("head_manager", re.compile(r"басшы\s*-\s*менеджер", re.I)),
           ("head_leader", re.compile(r"басшы\s*-\s*көшбасшы|көшбасшы\s*-\s*басшы", re.I))],
    "ru": [("head_organizer", re.compile(r"руководитель\s*-\s*организатор", re.I)),
           ("head_manager", re.compile(r"руководитель\s*-\s*менеджер", re.I)),
           ("head_leader", re.compile(r"руководитель\s*-\s*лидер", re.I))],
}
LEGACY = {
    "kk": re.compile(r"(?:(бірінші)\s+немесе\s+)?(жоғары)\s+біліктілік\s+санат(?!ты)", re.I),
    "ru": re.compile(r"(?:(первой)\s+или\s+)?(высшей)\s+квалификационной\s+категории", re.I),
}
LEGACY_CODE = {"бірінші": "first", "жоғары": "highest", "первой": "first", "высшей": "highest"}
# «немесе»/«или» as a word: the connector printed before an alternative inside a line.
OR_WORD = {"kk": re.compile(r"(?<!\w)(?:немесе|не)(?!\w)", re.I), "ru": re.compile(r"(?<!\w)(?:или|либо)(?!\w)", re.I)}
TEACHING_ONLY = {"kk": re.compile(r"оқытушылық қызметті жүзеге асыру кезінде", re.I),
                 "ru": re.compile(r"при осуществлении преподавательской деятельности", re.I)}

# Education vocabulary.
EDU_SPLIT = {"kk": re.compile(r"\s(?:немесе|не)\s|;\s*|(?:(?<=білім)|(?<=білімі))\s+және\s*\(\s*немесе\s*\)\s", re.I),
             "ru": re.compile(r",?\s(?:или|либо)\s|;\s*|(?<=образование)\s+и\s*\(\s*или\s*\)\s", re.I)}
EDU_HIGHER = {"kk": re.compile(r"\bжоғары\b(?!\s+оқу орнынан кейінгі)(?!\s+біліктілік)(?!\s+деңгей)", re.I),
              "ru": re.compile(r"\bвысш\w*\b(?!\s+\w+\s+категори)", re.I)}
EDU_POSTGRADUATE = {"kk": re.compile(r"жоғары оқу орнынан кейінгі", re.I), "ru": re.compile(r"послевузовск", re.I)}
EDU_TVET = {"kk": re.compile(r"техникалық және кәсіптік", re.I), "ru": re.compile(r"техническ\w+ и профессиональн", re.I)}
EDU_POST_SECONDARY = {"kk": re.compile(r"орта білімнен кейінгі", re.I), "ru": re.compile(r"послесредн", re.I)}
EDU_RETRAINING = {"kk": re.compile(r"қайта даяр", re.I), "ru": re.compile(r"переподготов", re.I)}
# The level a document is declared to belong to («біліктіліктің орташа деңгейіне жататын»).
EDU_DECLARED_LEVEL = {"kk": re.compile(r"\b(орташа|орта|жоғары)\s+деңгей", re.I),
                      "ru": re.compile(r"\b(средн|высш)\w*\s+уровн", re.I)}
EDU_SCHOOL_XI = {"kk": re.compile(r"XI\s+педагогикалық\s+сыны[пб]", re.I), "ru": re.compile(r"XI\s+педагогическ\w+\s+класс", re.I)}
EDU_PEDAGOGICAL = {"kk": re.compile(r"педагогикалық", re.I), "ru": re.compile(r"педагогическ", re.I)}
EDU_OTHER = {"kk": re.compile(r"өзге де", re.I), "ru": re.compile(r"\bин\w+ (?:высш\w+ )?(?:\(\w+\) )?(?:и \(или\) \w+ )?профессиональн", re.I)}
EDU_PROFILE = {"kk": re.compile(r"тиісті\s+(?:бейін|мамандық)|бейіні\s+бойынша|бейіндер\w*\s+бойынша|тиісті бейіні", re.I),
               "ru": re.compile(r"по (?:соответствующ\w+ )?профил", re.I)}
EDU_NOUN = {"kk": re.compile(r"(?<!орта )білім(?:і|ін|ді)?(?=[\s,;.)]|$)(?!\s+бер)|құжат|даярл|\bкурс|сертификат|сыны[пб]", re.I),
            "ru": re.compile(r"образовани(?!я\b)|документ|переподготов|класс", re.I)}
# «педагогтің, немесе педагог – сарапшының ...»: the «педагог» category itself held as an alternative.
PEDAGOG_HELD = {"kk": re.compile(r"педагогтің,\s*немесе", re.I), "ru": re.compile(r"(?!)")}
EDU_ANY = {"kk": re.compile(r"білім|құжат|қайта даяр", re.I), "ru": re.compile(r"образовани|документ|переподготов", re.I)}
# An education noun proper: «білім беру ұйымы» (education organisation) and «образования» (genitive,
# «организаций образования») name places of work, not a diploma.
EDU_STRICT = {"kk": re.compile(r"(?<!орта )білім(?:і|ін|ді)?(?=[\s,;.)]|$)(?!\s+бер)|құжат|қайта даяр", re.I),
              "ru": re.compile(r"образовани(?!я\b)|документ|переподготов", re.I)}

# Where experience was gained, not a diploma: «техникалық және кәсіптік, орта білімнен кейінгі білім беру
# ұйымдарындағы», «в организациях технического и профессионального, послесреднего образования».
WORKPLACE = {
    "kk": re.compile(r"(?:және\s+)?(?:техникалық және кәсіптік,?\s*(?:\([^)]*\)\s*)?)?(?:орта білімнен кейінгі\s+)?"
                     r"білім\s+беру\s+(?:ұйым|жүйе|сала|мекеме)\w*(?:\s*\([^)]*\))?", re.I),
    "ru": re.compile(r"(?:в\s+)?(?:организаци|учреждени)\w+\s+(?:технического и профессионального,\s*послесреднего\s+)?"
                     r"образования|в сфере образования", re.I),
}
# Where an experience clause starts inside a comma-separated part.
EXPERIENCE_START = {
    "kk": re.compile(r"(?:(?:педагогикалық|мамандығы бойынша|[\w-]+\s+лауазым\w*|басшылық|басшы)\s+)?"
                     r"(?:(?:жұмыс|еңбек)\s+)?(?:өтіл|стаж)|\b\d{1,2}\s*жыл|кемінде", re.I),
    "ru": re.compile(r"(?:\s+(?:и|с)\s+)?(?:стаж|имеющ)|не менее|\bболее\b|\b\d{1,2}\s*лет", re.I),
}

# A qualification-upgrading course document («біліктілікті арттыру курстарынан өткені туралы сертификат»).
EDU_COURSE = {"kk": re.compile(r"біліктілікті арттыру курс", re.I), "ru": re.compile(r"повышени\w+ квалификации", re.I)}
# Named directions / programmes / specialities printed in quotes («"Арнайы білім" бағыты»).
# A quoted name followed by a comma and plain words is a status, not a direction («"Запастағы офицер", офицерлік ...»).
EDU_DIRECTION = re.compile(r'"\s*([^"]{2,120}?)\s*"(?!,\s*[^\s"])')

# Conditions attached to an experience floor or path, coded; the quote keeps the wording.
CONDITIONS = {
    "kk": [("academic_degree", re.compile(r"ғылыми дәрежесі болған жағдайда", re.I)),
           ("professional_retraining", re.compile(r"кәсіптік (?:педагогикалық )?қайта даярл\w+ бар", re.I)),
           ("in_addition", re.compile(r"қосымша қажет", re.I))],
    "ru": [("academic_degree", re.compile(r"при наличии учен\w+ степени", re.I)),
           ("professional_retraining", re.compile(r"с наличием профессиональн\w+ (?:педагогическ\w+ )?переподготовки", re.I)),
           ("in_addition", re.compile(r"дополнительно (?:необходим|требуе)", re.I))],
}
