"""Print every occurrence of the phrase families of ``sanat.regulation.requirements.scans`` in both texts of
Order 338 with the parser's reading: ``.venv/bin/python dev/scan_requirements.py > docs/requirements-scans.md``."""

from __future__ import annotations

from sanat.regulation import sources
from sanat.regulation.requirements.scans import scan
from sanat.regulation.tqc.catalog import build_catalog

TITLES = {
    "locality": "Rural / urban variants («ауылдық жерде», «қалалық жерде» / «в сельской (городской) местности»)",
    "managerial": "Managerial experience («басшысы немесе басшының орынбасары лауазымындағы» / «в должности "
                  "(заместителя) руководителя»)",
    "and_or": "«және (немесе)» / «и (или)» (policy `and_or`, default `either`)",
}


def reading(r: dict) -> str:
    where = f"{r['in']}" + (f"[{r['index']}]" if "index" in r else "") + (f" {r['category']}" if r.get("category") else "")
    keys = ("experience", "locality", "alternative_to", "part_of", "role", "joined_by", "levels", "alternatives")
    return where + ": " + ", ".join(f"{k}={r[k]}" for k in keys if k in r and r[k] is not None)


def main() -> None:
    kk, ru = sources.load("tqc_kk"), sources.load("tqc_ru")
    occs = scan(build_catalog(), {"kk": kk.text, "ru": ru.text}, {"kk": kk.file, "ru": ru.file})
    print("# Requirement phrase scans\n")
    print("Printed by `dev/scan_requirements.py` (`sanat/regulation/requirements/scans.py`); the rules these "
          "readings must keep are `tests/regulation/requirements/test_reading_scans.py`. Every occurrence in the Kazakh "
          f"({kk.file}) and Russian ({ru.file}) texts; «—» = outside a requirements clause.\n")
    for family, title in TITLES.items():
        rows = [o for o in occs if o.family == family]
        print(f"## {title}\n\n{len(rows)} occurrences "
              f"(kk {sum(o.lang == 'kk' for o in rows)}, ru {sum(o.lang == 'ru' for o in rows)}).\n")
        print("| text:line | position | clause | phrase | reading |\n|---|---|---|---|---|")
        for o in rows:
            rs = "; ".join(reading(r) for r in o.readings) or "—"
            print(f"| {o.file[:3]}:L{o.line} | {o.position or '—'} | {o.clause or '—'} | {o.phrase} | {rs} |")
        print()


if __name__ == "__main__":
    main()
