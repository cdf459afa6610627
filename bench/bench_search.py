"""Russian analyzer choice and Kazakh stemmer figures: ``.venv/bin/python bench/bench_search.py``.

Russian: Snowball (suffix stripping) vs pymorphy3 (dictionary lemmatiser), measured on the words of
the Russian source texts: speed, vocabulary reduction, and hand-made groups of forms that must
conflate (recall) and pairs that must not (precision). Kazakh: the same reduction figure for our
stemmer on the Kazakh text.
"""

from __future__ import annotations

import time

import pymorphy3
import snowballstemmer

from sanat.regulation import sources
from sanat.text import analyzers, kazakh

SAME = [
    ["учитель", "учителя", "учителей", "учителям", "учителями"],
    ["педагог", "педагога", "педагогов", "педагогам", "педагогу"],
    ["образование", "образования", "образованием", "образовании"],
    ["квалификация", "квалификации", "квалификацию"],
    ["руководитель", "руководителя", "руководителей"],
    ["обучающиеся", "обучающихся", "обучающимся"],
    ["стаж", "стажа", "стажем"],
    ["мастер", "мастера", "мастеров"],
    ["воспитатель", "воспитателя", "воспитателей"],
    ["психолог", "психолога", "психологов"],
    ["лет", "года", "год"],
]
DIFFERENT = [
    ("организация", "организатор"), ("воспитатель", "воспитание"), ("мастер", "мастерская"),
    ("педагог", "педагогика"), ("методист", "методика"), ("учитель", "учеба"),
]


def words(key: str) -> list[str]:
    return analyzers.words(sources.load(key).text)


def measure(name: str, fn, ws: list[str]) -> None:
    t = time.perf_counter()
    keys = {w: fn(w) for w in set(ws)}
    dt = time.perf_counter() - t
    recall = sum(len({fn(w) for w in g}) == 1 for g in SAME)
    precision = sum(fn(a) != fn(b) for a, b in DIFFERENT)
    print(f"{name:10} {len(set(ws)) / dt:10.0f} words/s  vocabulary {len(set(ws))} -> {len(set(keys.values()))}"
          f"  groups conflated {recall}/{len(SAME)}  pairs kept apart {precision}/{len(DIFFERENT)}")


def main() -> None:
    ru = words("tqc_ru") + words("notice")
    snow = snowballstemmer.stemmer("russian")
    morph = pymorphy3.MorphAnalyzer()
    print(f"Russian: {len(ru)} tokens")
    measure("snowball", snow.stemWord, ru)
    measure("pymorphy3", lambda w: morph.parse(w)[0].normal_form, ru)
    kk = words("tqc_kk")
    t = time.perf_counter()
    stems = {w: kazakh.stem(w) for w in set(kk)}
    dt = time.perf_counter() - t
    print(f"Kazakh: {len(kk)} tokens; our stemmer {len(set(kk)) / dt:.0f} words/s (first pass, uncached), "
          f"vocabulary {len(set(kk))} -> {len(set(stems.values()))}")


if __name__ == "__main__":
    main()
