"""An in-memory ranked search index over documents in two languages (plain Python, no Django).

A document is seen through *views*: one per language it has text in (a title and cited passages). A query
becomes *concepts* (one per query word, plus the words a glossary phrase stands for); each concept carries
weighted analyser keys:

- its own keys in both languages (weight 1),
- their translations through the glossary (:data:`W_TRANSLATION`), so a ru word reaches a kk-only view,
- for a word the index does not know: the vocabulary words at edit distance ≤ 1 of its folded spelling,
  found through a deletion index (:data:`W_TYPO`), and the vocabulary words it begins (:data:`W_PREFIX`,
  found by bisecting the sorted vocabulary, never by a scan).

A view scores, per concept, the best of its keys: BM25 over the passages plus :data:`TITLE_BOOST` × IDF when
the key is in the title; plus :data:`ADJACENT_BONUS` for two query concepts that stand next to each other in
the title, :data:`HEAD_BONUS` when a concept is the title's head noun (Kazakh titles end with it —
«… ұйымының әдіскері» —, Russian ones begin with it — «Методист организации …»), and :data:`COVER_BONUS` ×
the share of the title's words the query covers.
A document scores its best view. Everything is computed once per loaded edition (:meth:`SearchIndex.build`).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sanat.vocabulary import LANGS

from .analyzers import STOPWORDS, fold, highlight, normalise_word, word_keys, words
from .glossary import Glossary, Phrase

K1, B = 1.2, 0.6
TITLE_BOOST = 2.0  # a key in the title adds this many times its IDF, beside the BM25 of the passages
COVER_BONUS = 0.5  # the score grows by this share of the title the query covers
ADJACENT_BONUS = 0.6
HEAD_BONUS = 2.0  # the concept is the title's head noun (kk: the last word, ru: the first): the post *is* it
W_TRANSLATION = 0.6
W_TYPO = 0.8
W_PREFIX = 0.6
W_PHRASE = 1.0
W_GLOSSED = 0.5  # the query word itself, once a glossary phrase said what it means
MIN_TYPO_LEN = 4
MIN_PREFIX = 3
MAX_PREFIX_WORDS = 40

DIRECT, TRANSLATION, TYPO, PREFIX, PHRASE = "direct", "translation", "typo", "prefix", "glossary"


@dataclass(frozen=True)
class Passage:
    """One cited item of a view: section, language, text, source lines and file."""

    section: str
    lang: str
    text: str
    lines: tuple[int, ...]
    file: str | None


@dataclass(frozen=True)
class View:
    """One language of one document: its title and passages."""

    doc: str
    lang: str
    title: str
    passages: tuple[Passage, ...]
    chapter: int | None = None


@dataclass
class Concept:
    """One thing the query asks for: a label and ``key → (weight, route)``."""

    label: str
    keys: dict[str, tuple[float, str]]
    weight: float = 1.0
    corrected: str | None = None  # the vocabulary word a typo was read as
    cap: dict[str, float] = field(default_factory=dict)  # a translation is no rarer than the word typed


@dataclass
class Result:
    """One ranked document: its best view, score, matched concept labels and the routes used."""

    doc: str
    lang: str
    score: float
    matched: list[str]
    in_title: int
    routes: set[str]
    keys: set[str]
    view: View
    index: int = -1
    snippet: Passage | None = None
    parts: list[tuple[str, bool]] = field(default_factory=list)

    crosslingual: bool = False  # the query is in one language, the document has text only in the other


@dataclass
class Answer:
    """What a query returns: results, the concepts read, the glossary phrases used, a suggestion."""

    results: list[Result]
    concepts: list[Concept]
    phrases: list[tuple[str, Phrase]]
    suggestion: str | None = None


_KAZAKH_LETTERS = re.compile("[әғқңөұүһі]")


def _deletions(w: str) -> set[str]:
    return {w[:i] + w[i + 1:] for i in range(len(w))}


def within_one(a: str, b: str) -> bool:
    """Optimal-string-alignment distance of ``a`` and ``b`` is at most 1 (one insert, delete, substitute
    or swap of neighbours)."""
    if a == b:
        return True
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la == lb:
        diff = [i for i in range(la) if a[i] != b[i]]
        return len(diff) == 1 or (len(diff) == 2 and diff[1] == diff[0] + 1
                                  and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]])
    if la > lb:
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1:]


@dataclass
class _ViewStats:
    view: View
    length: float
    tf: dict[str, float]
    title_keys: list[frozenset[str]]
    passage_keys: list[frozenset[str]]
    title_set: frozenset[str] = frozenset()
    head: int = 0  # index in title_keys of the title's head noun


class SearchIndex:
    """Postings, IDF, vocabulary (with a deletion index) and the glossary of one set of views."""

    def __init__(self, views: Iterable[View], glossary: Glossary | None = None) -> None:
        self.glossary = glossary or Glossary()
        self.doc_langs: dict[str, set[str]] = defaultdict(set)
        self.documents: dict[str, object] = {}  # whatever the caller keeps per document id (catalog: the dicts)
        self.stats: list[_ViewStats] = []
        self.postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self.vocab: dict[str, set[str]] = defaultdict(set)  # folded word → its keys (in the languages seen)
        self.display: dict[str, str] = {}  # folded word → a spelling as printed
        n_lang: dict[str, int] = defaultdict(int)
        total: dict[str, float] = defaultdict(float)
        for v in views:
            tf: dict[str, float] = defaultdict(float)
            title_keys = []
            length = 0.0
            for w in content_words(v.title):
                ks = frozenset(word_keys(w, v.lang))
                if ks:
                    title_keys.append(ks)
                    self._vocab(w, ks)
                    for k in ks:
                        tf.setdefault(k, 0.0)
            passage_keys = []
            for p in v.passages:
                pk: set[str] = set()
                for w in content_words(p.text):
                    ks = frozenset(word_keys(w, v.lang))
                    if ks:
                        self._vocab(w, ks)
                        length += 1
                        pk |= ks
                        for k in ks:
                            tf[k] += 1
                passage_keys.append(frozenset(pk))
            i = len(self.stats)
            n_head = sum(1 for w in content_words(_head_part(v.title)) if word_keys(w, v.lang))
            self.stats.append(_ViewStats(v, length, dict(tf), title_keys, passage_keys,
                                         frozenset().union(*title_keys) if title_keys else frozenset(),
                                         max(0, n_head - 1) if v.lang == "kk" else 0))
            for k, n in tf.items():
                self.postings[k].append((i, n))
            n_lang[v.lang] += 1
            self.doc_langs[v.doc].add(v.lang)
            total[v.lang] += length
        self.avg = {lang: total[lang] / n for lang, n in n_lang.items()}
        self.idf = {k: math.log(1 + (n_lang[k[:2]] - len(ps) + 0.5) / (len(ps) + 0.5))
                    for k, ps in self.postings.items()}
        self.sorted_vocab = sorted(self.vocab)
        self.phrase_needs = [
            [(form, [n for w in content_words(form) if (n := set(word_keys(w, "kk")) | set(word_keys(w, "ru")))])
             for form in ph.words] for ph in self.glossary.phrases]
        self.deletions: dict[str, list[str]] = defaultdict(list)
        for w in self.sorted_vocab:
            if len(w) >= MIN_TYPO_LEN:
                for d in _deletions(w):
                    self.deletions[d].append(w)

    def _vocab(self, word: str, keys: frozenset[str]) -> None:
        f = fold(word)
        self.vocab[f] |= keys
        self.display.setdefault(f, word)
        for k in keys:  # the stems too: «вожатай» is one letter from the stem of «вожатыйы»
            self.vocab[k[3:]].add(k)
            shown = self.display.get(k[3:])
            if shown is None or len(word) < len(shown):  # show the shortest form: «логопед», not «логопедтің»
                self.display[k[3:]] = word

    # query side ----------------------------------------------------------------------------------------
    def known(self, key: str) -> bool:
        """Some view holds ``key``."""
        return key in self.postings

    def corrections(self, word: str) -> list[str]:
        """Vocabulary words and stems (folded) within edit distance 1 of ``word``'s folded spelling or folded
        stems, through the deletion index; the one found in most views first."""
        f = fold(word)
        if len(f) < MIN_TYPO_LEN:
            return []
        forms = {f} | {k[3:] for lang in LANGS for k in word_keys(word, lang) if len(k) - 3 >= MIN_TYPO_LEN}
        cands: set[tuple[str, str]] = set()
        for g in forms:
            near = set(self.deletions.get(g, ())) | {w for d in _deletions(g) for w in self.deletions.get(d, ())}
            near |= {d for d in _deletions(g) if d in self.vocab}
            cands |= {(c, g) for c in near if c != g and within_one(g, c)}
        best = sorted({c for c, _g in cands}, key=lambda c: (-len(self.postings_of(c)), c))
        return [c for c in best if c not in forms]

    def postings_of(self, folded: str) -> set[int]:
        return {i for k in self.vocab.get(folded, ()) for i, _ in self.postings.get(k, ())}

    def completions(self, word: str) -> list[str]:
        """Vocabulary words (folded) that begin with ``word`` (folded), at most :data:`MAX_PREFIX_WORDS`."""
        f = fold(word)
        if len(f) < MIN_PREFIX:
            return []
        i = bisect_left(self.sorted_vocab, f)
        out = []
        while i < len(self.sorted_vocab) and self.sorted_vocab[i].startswith(f) and len(out) < MAX_PREFIX_WORDS:
            if self.sorted_vocab[i] != f:
                out.append(self.sorted_vocab[i])
            i += 1
        return out

    def _word_concept(self, w: str) -> Concept | None:
        own = {k: (1.0, DIRECT) for lang in LANGS for k in word_keys(w, lang)}
        if not own:
            return None
        c = Concept(w, {})
        for k in own:
            if self.known(k):
                c.keys[k] = (1.0, DIRECT)
        for k in own:
            for t in self.glossary.translations(k):
                if t not in c.keys and self.known(t):
                    c.keys[t] = (W_TRANSLATION, TRANSLATION)
                    if self.known(k):
                        c.cap[t] = min(c.cap.get(t, math.inf), self.idf[k])
        if not c.keys:
            fixes = self.corrections(w)
            if fixes:
                c.corrected = self.display.get(fixes[0], fixes[0])
            typo_keys = sorted({k for f in fixes[:3] for k in self.vocab[f]})
            for k in typo_keys:
                c.keys[k] = (W_TYPO, TYPO)
            for k in typo_keys:
                for t in self.glossary.translations(k):
                    if t not in c.keys and self.known(t):
                        c.keys[t] = (W_TYPO * W_TRANSLATION, TRANSLATION)
                        c.cap[t] = min(c.cap.get(t, math.inf), self.idf[k])
            if not fixes:
                for f in self.completions(w):
                    for k in self.vocab[f]:
                        c.keys.setdefault(k, (W_PREFIX, PREFIX))
        return c

    def _phrases(self, concepts: list[Concept]) -> list[tuple[str, Phrase, set[int]]]:
        """Glossary phrases all of whose words some query concepts carry (as own keys)."""
        own = [{k for k, (_w, r) in c.keys.items() if r in (DIRECT, TYPO)} | set(_own_keys(c.label))
               for c in concepts]
        fired = []
        for ph, forms in zip(self.glossary.phrases, self.phrase_needs, strict=True):
            for form, need in forms:
                used: set[int] = set()
                ok = bool(need)
                for n in need:
                    hit = next((i for i, ks in enumerate(own) if ks & n and i not in used), None)
                    if hit is None:
                        ok = False
                        break
                    used.add(hit)
                if ok:
                    fired.append((form, ph, used))
                    break
        return fired

    def concepts(self, q: str) -> tuple[list[Concept], list[tuple[str, Phrase]]]:
        """The query read as concepts, and the glossary phrases it fired."""
        seen: set[str] = set()
        out: list[Concept] = []
        for w in content_words(q):
            if w in seen or w in STOPWORDS["kk"] or w in STOPWORDS["ru"]:
                continue
            seen.add(w)
            if (c := self._word_concept(w)) is not None:
                out.append(c)
        fired = self._phrases(out)
        phrases = []
        for form, ph, used in fired:
            for i in used:
                out[i].weight = min(out[i].weight, W_GLOSSED)
            for lang, text in ph.means.items():
                for w in content_words(text):
                    if w in STOPWORDS.get(lang, ()):
                        continue
                    keys = {k: (W_PHRASE, PHRASE) for k in word_keys(w, lang) if self.known(k)}
                    if keys:
                        out.append(Concept(w, keys))
            phrases.append((form, ph))
        return out, phrases

    def _score(self, key: str, i: int, tf: float, cap: float = math.inf) -> float:
        st = self.stats[i]
        norm = 1 - B + B * st.length / self.avg[st.view.lang]
        idf = min(self.idf[key], cap)
        title = TITLE_BOOST * idf if key in st.title_set else 0.0
        return idf * tf * (K1 + 1) / (tf + K1 * norm) + title

    def search(self, q: str, limit: int = 50, chapter: int | None = None) -> Answer:
        """Documents matching ``q``, best first (see the module docstring)."""
        concepts, phrases = self.concepts(q)
        n_asked = max(1, sum(1 for c in concepts if c.keys))
        per_view: dict[int, dict[int, tuple[float, str, str]]] = defaultdict(dict)
        for ci, c in enumerate(concepts):
            for k, (w, route) in c.keys.items():
                for i, tf in self.postings.get(k, ()):
                    s = w * c.weight * self._score(k, i, tf, c.cap.get(k, math.inf))
                    if s > per_view[i].get(ci, (0.0, "", ""))[0]:
                        per_view[i][ci] = (s, route, k)
        best: dict[str, Result] = {}
        for i, got in per_view.items():
            st = self.stats[i]
            if chapter is not None and st.view.chapter != chapter:
                continue
            score = sum(s for s, _r, _k in got.values())
            in_title = 0
            title_hits = []
            head = st.title_keys[st.head] if st.title_keys else frozenset()
            for ci, (_s, _r, k) in got.items():
                pos = [j for j, ks in enumerate(st.title_keys) if k in ks]
                if pos:
                    in_title += 1
                    title_hits.append((ci, set(pos)))
                if k in head:
                    score += HEAD_BONUS * concepts[ci].weight * concepts[ci].keys[k][0]
            for (a, pa), (b, pb) in ((x, y) for x in title_hits for y in title_hits if x[0] < y[0]):
                if any(p + 1 in pb or p - 1 in pb for p in pa):
                    score += ADJACENT_BONUS * (got[a][0] + got[b][0]) / 2
            if st.title_keys:
                covered = set().union(*(p for _c, p in title_hits)) if title_hits else set()
                score *= 1 + COVER_BONUS * len(covered) / len(st.title_keys)
            score *= len(got) / n_asked  # coordination: a view matching more of the query ranks higher
            r = Result(st.view.doc, st.view.lang, score, [concepts[ci].label for ci in sorted(got)], in_title,
                       {route for _s, route, _k in got.values()}, {k for _s, _r, k in got.values()}, st.view, i)
            if st.view.doc not in best or r.score > best[st.view.doc].score:
                best[st.view.doc] = r
        qlang = self.query_lang(q, concepts)
        for r in best.values():
            r.crosslingual = qlang is not None and qlang not in self.doc_langs[r.doc]
        order = {st.view.doc: n for n, st in enumerate(self.stats)}
        results = sorted(best.values(), key=lambda r: (-r.score, order[r.doc]))[:limit]
        suggestion = None
        if any(c.corrected for c in concepts) or not results:
            suggestion = self.suggest(q, concepts)
        return Answer(results, concepts, phrases, suggestion)

    def query_lang(self, q: str, concepts: list[Concept]) -> str | None:
        """The query's language: ``kk`` when it has a Kazakh letter, else the language most of its words are
        found in as typed; ``None`` when that is undecided (a word spelled alike in both, a typo)."""
        if _KAZAKH_LETTERS.search(q.lower()):
            return "kk"
        votes = {"kk": 0, "ru": 0}
        for c in concepts:
            langs = {k[:2] for k, (_w, route) in c.keys.items() if route == DIRECT}
            if len(langs) == 1:
                votes[langs.pop()] += 1
        if votes["kk"] == votes["ru"]:
            return None
        return max(votes, key=votes.get)

    def suggest(self, q: str, concepts: list[Concept] | None = None) -> str | None:
        """The query with each unknown word replaced by its closest vocabulary word, if any changed."""
        by_label = {c.label: c for c in concepts or self.concepts(q)[0]}
        out, changed = [], False
        for w in q.split():
            nw = normalise_word(w.strip(".,;:!?«»\"'()"))
            c = by_label.get(nw)
            if c is not None and c.corrected:
                out.append(c.corrected)
                changed = True
            elif c is None and nw and nw not in STOPWORDS["kk"] | STOPWORDS["ru"] and (fx := self.corrections(nw)):
                out.append(self.display.get(fx[0], fx[0]))
                changed = True
            else:
                out.append(w)
        return " ".join(out) if changed else None

    def snippet(self, r: Result) -> None:
        """Fill ``r.snippet`` with the passage of its view holding the rarest matched keys, and its marks."""
        st = self.stats[r.index]
        best, best_score = None, 0.0
        for p, ks in zip(st.view.passages, st.passage_keys, strict=True):
            if not r.keys.isdisjoint(ks) and (s := sum(self.idf.get(k, 0.0) for k in r.keys & ks)) > best_score:
                best, best_score = p, s
        r.snippet = best
        if best is not None:
            r.parts = highlight(best.text, best.lang, frozenset(r.keys))


PRE = frozenset(("дейінгі", "дейін"))


def content_words(text: str) -> list[str]:
    """:func:`~sanat.text.analyzers.words` without the noun of a «X-ке дейінгі» ("pre-X") compound:
    «мектепке дейінгі» is preschool, and must not match «мектеп» (school)."""
    ws = words(text)
    return [w for i, w in enumerate(ws) if not (i + 1 < len(ws) and ws[i + 1] in PRE and w.endswith(("ке", "ге", "қа", "ға", "ка", "га")))]


def _head_part(title: str) -> str:
    """The title without its trailing parenthesised lists, so the head noun is where it is expected:
    «… арнайы педагогі (мұғалім-дефектолог, …)» ends with «педагогі»."""
    cut = title
    while cut.rstrip().endswith(")") and "(" in cut:
        cut = cut[: cut.rstrip().rfind("(")]
    return cut if cut.strip() else title


def _own_keys(word: str) -> tuple[str, ...]:
    return word_keys(word, "kk") + word_keys(word, "ru")
