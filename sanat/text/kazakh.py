"""A small Kazakh stemmer: suffix stripping with vowel-harmony and consonant-assimilation checks.

Kazakh is agglutinative: a word form is ``stem + derivational + plural + possessive + case``
(e.g. ``мұғалім-дер-іміз-ге`` "to our teachers"). Each suffix has allomorphs chosen by

- **vowel harmony**: back-vowel stems (а, о, ұ, ы) take back variants (-лар, -ға, -ның),
  front-vowel stems (ә, ө, ү, і, е) take front variants (-лер, -ге, -нің);
- **assimilation** of the suffix's first consonant to the stem's last sound: -лар after vowels
  and р/й/у, -дар after л/м/н/ң/з/ж, -тар after voiceless consonants.

:func:`stem` strips, from the end, one suffix at a time (longest first, case → possessive →
plural → derivational) and keeps a candidate only when

1. what remains is at least :data:`MIN_STEM` letters long and contains a vowel;
2. the suffix's harmony class (back/front; neutral if it has no vowel) agrees with the last
   vowel of what remains — so ``кітаптар`` is not stripped of ``-тер`` and ``мектептер`` keeps
   ``-тер`` only because ``мектеп`` is front;
3. for suffixes whose first consonant alternates, that consonant fits the remaining stem's last
   letter.

Stripping repeats until no rule applies, so the result is a fixpoint: ``stem(stem(w)) == stem(w)``.
The stem is never longer than the (lower-cased) word and never empty. It is a search stemmer
(conflating forms for recall), not a morphological analyser: it errs on the side of keeping
letters when a suffix is ambiguous.
"""

from __future__ import annotations

from functools import lru_cache

BACK = frozenset("аоұы")
FRONT = frozenset("әөүіе")
VOWELS = BACK | FRONT | frozenset("иуэюяё")
VOICELESS = frozenset("кқпстшфхцчщ")
# Loanwords written with a final б/в/г/д take the voiceless variants (педагог-тар, клуб-тар).
AFTER_VOICELESS = VOICELESS | frozenset("бвгд")
SONORANT_OR_VOWEL = VOWELS | frozenset("рйу")
NASAL_VOICED = frozenset("лмнңзж")
MIN_STEM = 3

# Suffix groups in strip order (outermost first). A suffix string is listed with every allomorph.
CASE = (
    # ablative
    "дан", "ден", "тан", "тен", "нан", "нен",
    # locative / locative-adjectival
    "дағы", "дегі", "тағы", "тегі", "нда", "нде", "да", "де", "та", "те",
    # genitive
    "ның", "нің", "дың", "дің", "тың", "тің",
    # accusative
    "ны", "ні", "ды", "ді", "ты", "ті",
    # dative
    "ға", "ге", "қа", "ке", "на", "не",
    # instrumental
    "мен", "бен", "пен", "нен",
    # directive after possessive / accusative after possessive
    "ын", "ін",
)
POSSESSIVE = (
    "ларыңыз", "леріңіз", "дарыңыз", "деріңіз", "тарыңыз", "теріңіз",
    "ымыз", "іміз", "ыңыз", "іңіз", "мыз", "міз", "ңыз", "ңіз",
    "ым", "ім", "ың", "ің", "сы", "сі", "ы", "і", "м", "ң",
)
PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
DERIVATIONAL = (
    "лық", "лік", "дық", "дік", "тық", "тік",
    "сыз", "сіз", "ғы", "гі", "қы", "кі",
    "ған", "ген", "қан", "кен",
    "ады", "еді", "йды", "йді",
)
GROUPS: tuple[tuple[str, ...], ...] = tuple(
    tuple(sorted(g, key=len, reverse=True)) for g in (CASE, POSSESSIVE, PLURAL, DERIVATIONAL)
)

# First-consonant alternations: which stem endings each initial consonant may follow.
_AFTER: dict[str, frozenset[str]] = {
    "л": SONORANT_OR_VOWEL,
    "д": NASAL_VOICED | frozenset("р"),  # -да/-дан after р is also common (сабақтарда vs жерде)
    "т": AFTER_VOICELESS,
    "ғ": VOWELS | frozenset("рйулмнңзж"),
    "г": VOWELS | frozenset("рйулмнңзж"),
    "қ": AFTER_VOICELESS,
    "к": AFTER_VOICELESS,
    "н": VOWELS,  # -ның/-на/-нан after vowels (and after possessive 3rd person)
    "б": frozenset("змнңжр"),
    "п": AFTER_VOICELESS,
    "с": VOWELS,  # possessive -сы/-сі only after a vowel
}
_CHECKED_INITIALS = frozenset(_AFTER) - {"н"}
# Locative and ablative take -да/-дан after a vowel too (балабақша-да, бала-дан); accusative -ды does not.
_D_AFTER_VOWEL = frozenset(("да", "де", "дан", "ден", "дағы", "дегі", "дагы", "деги"))
# The agent suffix -шы/-ші makes a word of its own (жетекші "leader", басшы "head", оқушы "pupil"): it is
# never stripped, the vowel-initial possessives are not split off after its ш (жетекш-і), and the abstract
# noun built on it (жетекші-лік "guidance", басшы-лық "management") keeps its -лық/-лік, so the leader and
# the guidance stay apart.
AGENT_ENDINGS = ("шы", "ші")
_ABSTRACT = frozenset(("лық", "лік"))
# The same words once typed without Kazakh letters (і → и), for :func:`stem_loose`.
_AGENT_ENDINGS_LOOSE = ("шы", "ши")
_ABSTRACT_LOOSE = frozenset(("лык", "лик"))
# -лық/-дық/-тық (and front) voice their final к/қ before a vowel (басшылығы, жетекшілігі): a variant
# with the voiceless letter restored lets those forms meet the bare noun.
_VOICED_ABSTRACT = {"лығ": "лық", "ліг": "лік", "дығ": "дық", "діг": "дік", "тығ": "тық", "тіг": "тік"}
# Folded spellings (typed without Kazakh letters) of every suffix, for :func:`stem_loose`.
_FOLD = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и"})


def harmony(s: str) -> frozenset[str]:
    """The harmony classes (``"back"``, ``"front"``) of the vowels in ``s``; empty if none."""
    return frozenset(("back" if ch in BACK else "front") for ch in s if ch in BACK or ch in FRONT)


def _fits(rest: str, suffix: str, check_harmony: bool = True) -> bool:
    if len(rest) < MIN_STEM or not any(ch in VOWELS for ch in rest):
        return False
    if rest[-1] == "ш" and suffix[0] in "ыіи":
        return False  # жетекш-і: the ш ends the agent suffix -шы/-ші, not a stem
    if (suffix in _ABSTRACT or suffix in _ABSTRACT_LOOSE) and rest.endswith(AGENT_ENDINGS + _AGENT_ENDINGS_LOOSE):
        return False  # жетекші-лік keeps its -лік: a word of its own
    sh = harmony(suffix)
    if check_harmony and len(sh) == 1:
        rh = harmony(rest)
        # A harmonic (native) stem takes only suffixes of its own class; a mixed-vowel stem is a loan
        # or compound (мұғалім, педагог) whose suffix class the spelling alone does not settle.
        if len(rh) == 1 and rh != sh:
            return False
    first = suffix[0]
    if first in _CHECKED_INITIALS:
        if rest[-1] not in _AFTER[first] and not (suffix in _D_AFTER_VOWEL and rest[-1] in VOWELS):
            return False
    elif first in VOWELS and rest[-1] in VOWELS:
        return False  # a vowel-initial suffix follows a consonant
    return True


def _step(word: str, groups: tuple[tuple[str, ...], ...], check_harmony: bool) -> str | None:
    """Strip one suffix (first group that matches, longest allomorph first) or return ``None``."""
    for group in groups:
        for suffix in group:
            if word.endswith(suffix) and len(word) > len(suffix):
                rest = word[: -len(suffix)]
                if _fits(rest, suffix, check_harmony):
                    return rest
    return None


def _fixpoint(word: str, groups: tuple[tuple[str, ...], ...], check_harmony: bool) -> str:
    w = word.lower()
    while (nxt := _step(w, groups, check_harmony)) is not None:
        w = nxt
    return w


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """The stem of a Kazakh word form (lower-cased); see the module docstring."""
    return _fixpoint(word, GROUPS, True)


def _shortest_first_step(word: str, groups: tuple[tuple[str, ...], ...], check_harmony: bool) -> str | None:
    for group in groups:
        fitting = [word[: -len(sx)] for sx in group
                   if word.endswith(sx) and len(word) > len(sx) and _fits(word[: -len(sx)], sx, check_harmony)]
        if fitting:
            return max(fitting, key=len)
    return None


@lru_cache(maxsize=65536)
def stem_variants(word: str) -> frozenset[str]:
    """:func:`stem` plus the stem reached when the first strip takes the *shortest* fitting suffix.

    Resolves the commonest ambiguity for search: ``жұмысы`` is ``жұмыс-ы`` (→ ``жұмыс``) or
    ``жұмы-сы`` (→ ``жұм``); ``басшысы`` is ``басшы-сы``. Indexing and querying both variants lets
    either reading meet the bare word. A stem ending in a voiced -лығ/-ліг (``басшылығы``) also
    yields the stem of its voiceless spelling (``басшылық``).
    """
    w = word.lower()
    out = {stem(w)}
    alt = _shortest_first_step(w, GROUPS, True)
    if alt is not None:
        out.add(stem(alt))
    for s in list(out):
        if (voiceless := _VOICED_ABSTRACT.get(s[-3:])) is not None:
            out.add(stem(s[:-3] + voiceless))
    return frozenset(out)


_VOICED_ABSTRACT_LOOSE = {k.translate(_FOLD): v.translate(_FOLD) for k, v in _VOICED_ABSTRACT.items()}
LOOSE_GROUPS: tuple[tuple[str, ...], ...] = tuple(
    tuple(sorted({s.translate(_FOLD) for s in g}, key=len, reverse=True)) for g in GROUPS
)


@lru_cache(maxsize=65536)
def stem_loose(word: str) -> str:
    """Stem a word typed without Kazakh letters (``мугалимдерге``): folded suffixes, no harmony check.

    A Russian keyboard folds ә/ө/ү into back vowels, so harmony cannot be judged; assimilation
    still is. Same guarantees as :func:`stem` (fixpoint, never longer, never empty).
    """
    return _fixpoint(word.translate(_FOLD), LOOSE_GROUPS, False)


@lru_cache(maxsize=65536)
def stem_loose_variants(word: str) -> frozenset[str]:
    """:func:`stem_loose` with the shortest-first alternative, as :func:`stem_variants`."""
    w = word.lower().translate(_FOLD)
    out = {stem_loose(w)}
    alt = _shortest_first_step(w, LOOSE_GROUPS, False)
    if alt is not None:
        out.add(stem_loose(alt))
    for s in list(out):
        if (voiceless := _VOICED_ABSTRACT_LOOSE.get(s[-3:])) is not None:
            out.add(stem_loose(s[:-3] + voiceless))
    return frozenset(out)
