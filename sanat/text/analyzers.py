"""Text analysis for the catalog search: tokenising, normalising, stemming, folding.

An indexed word becomes one or more *keys* ``"<lang>:<folded stem>"``:

- **normalise**: lower-case, ``ё`` → ``е``, Latin look-alikes typed on a Russian/Kazakh keyboard
  (``i`` for ``і``, ``a``/``e``/``o``/``c``/``p``/``x``/``y``... inside Cyrillic words) → Cyrillic;
- **stem**: Kazakh with :mod:`sanat.text.kazakh`, Russian with Snowball (see ``docs/search.md``
  for the measurement against pymorphy3);
- **fold**: the Kazakh-specific letters to their nearest Russian-keyboard letter
  (ә→а, ғ→г, қ→к, ң→н, ө→о, ұ→у, ү→у, һ→х, і→и), so a clerk typing ``кызмет`` finds ``қызмет``.

Kazakh words get the folded harmony-checked stems and the loose stems of the folded spelling
(:func:`sanat.text.kazakh.stem_variants`, :func:`~sanat.text.kazakh.stem_loose_variants`),
because a query typed without Kazakh letters cannot show harmony and a few suffix splits are
ambiguous (``жұмыс-ы`` / ``жұмы-сы``). The query side computes the same keys; any shared key matches.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

from . import kazakh

_WORD = re.compile(r"[0-9A-Za-zА-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]+")
_CYR = re.compile(r"[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
_LATIN_TO_CYR = str.maketrans({
    "i": "і", "a": "а", "e": "е", "o": "о", "c": "с", "p": "р", "x": "х", "y": "у", "k": "к", "h": "һ",
    "m": "м", "t": "т", "b": "в",
})
# э folds with ә: on a Russian keyboard «э» is the usual slip for «ә» (эдіскер → әдіскер); Russian words
# with э fold the same way on both sides, so they still meet themselves.
_FOLD = str.maketrans({"ә": "а", "ғ": "г", "қ": "к", "ң": "н", "ө": "о", "ұ": "у", "ү": "у", "һ": "х", "і": "и",
                       "ё": "е", "э": "а"})
STOPWORDS = {
    "kk": frozenset(["және", "немесе", "мен", "бен", "пен", "үшін", "бойынша", "туралы", "сондай", "ақ", "оның",
                     "олардың", "да", "де", "бар", "жоқ",
                     # question words of a typed question («... болу үшін қандай талаптар бар?»)
                     "қандай", "қалай", "керек", "кім", "не", "ме", "ма", "ба", "бе", "па", "пе", "болу",
                     "болады", "бола", "аламын", "алам", "мен", "менің", "маған", "қайда", "неше"]),
    "ru": frozenset(["и", "или", "в", "во", "на", "с", "со", "по", "для", "о", "об", "от", "к", "из", "при", "не",
                     "а", "также", "его", "их", "как", "что",
                     # question words of a typed question («какие требования к ...?»)
                     "какие", "какой", "какая", "каким", "какое", "кто", "где", "нужно", "надо", "ли", "можно",
                     "могу", "мне", "я", "чтобы", "быть", "стать", "работать", "нужен", "нужна", "сколько"]),
}
_ru = snowballstemmer.stemmer("russian")


def normalise_word(word: str) -> str:
    """Lower-case; ``ё``→``е``; Latin look-alikes inside a Cyrillic word → Cyrillic (``бiлiм`` → ``білім``)."""
    w = word.lower().replace("ё", "е")
    if _CYR.search(w):
        w = w.translate(_LATIN_TO_CYR)
    return w


def fold(s: str) -> str:
    """Kazakh-specific letters → their Russian-keyboard neighbours (``қызмет`` → ``кызмет``)."""
    return s.translate(_FOLD)


def fold_word(word: str) -> str:
    """The typing-slip-free spelling of one word: normalised and folded (``Эдіскер`` → ``адискер``)."""
    return fold(normalise_word(word))


def words(text: str) -> list[str]:
    """Normalised word tokens of ``text`` (letters and digits)."""
    return [normalise_word(m.group()) for m in _WORD.finditer(text)]


@lru_cache(maxsize=65536)
def word_keys(word: str, lang: str) -> tuple[str, ...]:
    """Index keys of one normalised word in ``lang`` (``"kk"`` or ``"ru"``); empty for stop words."""
    if word in STOPWORDS.get(lang, ()):
        return ()
    if lang == "kk":
        keys = {fold(s) for s in kazakh.stem_variants(word) | kazakh.stem_loose_variants(word)}
    elif lang == "ru":
        keys = {fold(_ru.stemWord(word))}
    else:
        raise ValueError(f"unknown language {lang!r}")
    return tuple(sorted(f"{lang}:{k}" for k in keys if k))


def analyse(text: str, lang: str) -> list[tuple[str, ...]]:
    """For each non-stop word of ``text``, its index keys."""
    return [k for w in words(text) if (k := word_keys(w, lang))]


@lru_cache(maxsize=8192)
def _marked_words(text: str, lang: str) -> tuple[tuple[int, int, frozenset[str]], ...]:
    return tuple((m.start(), m.end(), frozenset(word_keys(normalise_word(m.group()), lang)))
                 for m in _WORD.finditer(text))


def highlight(text: str, lang: str, keys: frozenset[str] | set[str]) -> list[tuple[str, bool]]:
    """``text`` cut into ``(piece, matched)`` runs: a word is matched when one of its keys is in ``keys``."""
    out: list[tuple[str, bool]] = []
    pos = 0
    for start, end, ks in _marked_words(text, lang):
        if not ks.isdisjoint(keys):
            if start > pos:
                out.append((text[pos:start], False))
            out.append((text[start:end], True))
            pos = end
    if pos < len(text):
        out.append((text[pos:], False))
    return out


def query_terms(q: str) -> list[tuple[str, frozenset[str]]]:
    """Query words with every key they may match in either language (the query language is unknown).

    Repeated words count once. Returns ``[(word, keys), ...]`` in query order.
    """
    out: list[tuple[str, frozenset[str]]] = []
    seen: set[str] = set()
    for w in words(q):
        if w in seen:
            continue
        seen.add(w)
        keys = frozenset(word_keys(w, "kk")) | frozenset(word_keys(w, "ru"))
        if keys:
            out.append((w, keys))
    return out
