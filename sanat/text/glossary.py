"""The search glossary: kk↔ru term pairs learnt from parallel texts, plus a small hand-written remainder.

It is search data, not legal text: it widens a query («математика», «детский сад», «заведующий») to the
words the Order itself uses; results reached through it say so.

- :func:`derive_pairs` learns word pairs from aligned kk/ru segments (titles and items of the positions
  printed in both languages): every kk stem is linked to the ru stem it co-occurs with most (Dice
  coefficient over segments), keeping only links that are each other's best (competitive linking) and seen
  in at least :data:`MIN_SHARED` segments.
- :func:`load_entries` reads the hand-written file: ``pairs`` (word ↔ word the texts do not teach) and
  ``phrases`` (everyday names and subjects → the words of the Order, with a note saying why).

Keys are the analyser's ``"<lang>:<folded stem>"`` keys (:func:`sanat.text.analyzers.word_keys`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from . import kazakh
from .analyzers import STOPWORDS, fold, word_keys, words

MIN_SHARED = 2
MIN_DICE = 0.3
MIN_STEM = 3


@dataclass(frozen=True)
class Phrase:
    """A hand-written entry: any of ``words`` (a word or a phrase) means ``means`` (kk and/or ru text)."""

    words: tuple[str, ...]
    means: dict[str, str]
    note: str = ""


@dataclass
class Glossary:
    """Derived and hand-written pairs (key ↔ keys) and the phrase entries."""

    pairs: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    derived: set[tuple[str, str]] = field(default_factory=set)
    phrases: list[Phrase] = field(default_factory=list)

    def add_pair(self, a: str, b: str) -> None:
        self.pairs[a].add(b)
        self.pairs[b].add(a)

    def translations(self, key: str) -> set[str]:
        """Keys of the other language linked to ``key``."""
        return self.pairs.get(key, set())


def primary_key(word: str, lang: str) -> str | None:
    """One key per word for learning pairs: the folded stem (kk: the harmony-checked stem)."""
    if word in STOPWORDS.get(lang, ()) or word.isdigit():
        return None
    stem = fold(kazakh.stem(word)) if lang == "kk" else next(iter(word_keys(word, "ru")), "ru:")[3:]
    return f"{lang}:{stem}" if len(stem) >= MIN_STEM else None


def derive_pairs(segments: Iterable[tuple[str, str]]) -> list[tuple[str, str, int, float]]:
    """kk↔ru key pairs from aligned ``(kk_text, ru_text)`` segments: ``(kk_key, ru_key, shared, dice)``."""
    ck: Counter[str] = Counter()
    cr: Counter[str] = Counter()
    both: Counter[tuple[str, str]] = Counter()
    for kk_text, ru_text in segments:
        ks = {k for w in words(kk_text) if (k := primary_key(w, "kk"))}
        rs = {k for w in words(ru_text) if (k := primary_key(w, "ru"))}
        ck.update(ks)
        cr.update(rs)
        both.update((k, r) for k in ks for r in rs)

    def dice(k: str, r: str) -> float:
        return 2 * both[(k, r)] / (ck[k] + cr[r])

    # Ties (same Dice) go to the pair seen together more often, then to the first in sorted order, so the
    # result never depends on the order sets happen to iterate in.
    best_k: dict[str, tuple[float, int, str]] = {}
    best_r: dict[str, tuple[float, int, str]] = {}
    for (k, r), n in sorted(both.items()):
        if n < MIN_SHARED:
            continue
        d = dice(k, r)
        if (d, n) > best_k.get(k, (0.0, 0, ""))[:2]:
            best_k[k] = (d, n, r)
        if (d, n) > best_r.get(r, (0.0, 0, ""))[:2]:
            best_r[r] = (d, n, k)
    out = []
    for k, (d, _n, r) in sorted(best_k.items()):
        if d >= MIN_DICE and best_r.get(r, (0.0, 0, ""))[2] == k:
            out.append((k, r, both[(k, r)], round(d, 3)))
    return out


def load_entries(path: str | Path) -> tuple[list[tuple[str, str]], list[Phrase]]:
    """The hand-written file: ``(pairs as (kk word, ru word), phrases)``."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    pairs = [(str(p["kk"]), str(p["ru"])) for p in data.get("pairs") or []]
    phrases = [Phrase(tuple(str(w) for w in e["words"]), {k: str(v) for k, v in (e.get("means") or {}).items()},
                      str(e.get("note") or "")) for e in data.get("phrases") or []]
    return pairs, phrases


def build_glossary(segments: Iterable[tuple[str, str]], hand_file: str | Path | None) -> Glossary:
    """Derived pairs from ``segments`` plus the hand-written entries of ``hand_file``."""
    g = Glossary()
    for k, r, _n, _d in derive_pairs(segments):
        g.add_pair(k, r)
        g.derived.add((k, r))
    if hand_file is not None:
        pairs, g.phrases = load_entries(hand_file)
        for kk_word, ru_word in pairs:
            kks = [k for w in words(kk_word) for k in word_keys(w, "kk")]
            rus = [k for w in words(ru_word) for k in word_keys(w, "ru")]
            for a in kks:
                for b in rus:
                    g.add_pair(a, b)
    return g
