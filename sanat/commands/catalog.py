"""``sanat catalog``: export the Order 338 catalog or show one position.

``sanat catalog export --format json [--sources DIR]`` prints the whole catalog
(the dict of ``build_catalog``); ``sanat catalog show ID [--lang kk|ru]`` prints
one position readably. Exit codes: 0 ok, 1 failure, 2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys
from functools import lru_cache
from pathlib import Path

from sanat.vocabulary import CATEGORIES, LANGS

KIND_TITLES = {
    "duties": {"kk": "Лауазымдық міндеттері", "ru": "Должностные обязанности"},
    "knowledge": {"kk": "Білуге тиіс", "ru": "Должен знать"},
    "requirements": {"kk": "Біліктілікке қойылатын талаптар", "ru": "Требования к квалификации"},
    "competencies": {"kk": "Кәсіби құзыреттілікті айқындай отырып, біліктілікке қойылатын талаптар",
                     "ru": "Требования к квалификации с определением профессиональных компетенций"},
}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("catalog", help="the Order 338 catalog (export, show)")
    csub = p.add_subparsers(dest="catalog_command", required=True, metavar="ACTION")
    e = csub.add_parser("export", help="print the whole catalog")
    e.add_argument("--format", choices=["json"], default="json")
    e.add_argument("--sources", help="folder with newer editions of the source texts")
    e.set_defaults(func=export)
    s = csub.add_parser("show", help="print one position readably")
    s.add_argument("id", help="position id, e.g. 338-03-07")
    s.add_argument("--lang", choices=LANGS, default="kk")
    s.add_argument("--sources", help="folder with newer editions of the source texts")
    s.set_defaults(func=show)


@lru_cache(maxsize=4)
def _built(sources: str | None) -> dict:
    from sanat.regulation.tqc.catalog import build_catalog

    return build_catalog(sources)


def load_catalog(path: str | Path | None = None, sources: str | Path | None = None) -> dict:
    """The catalog the commands use: a JSON export at ``path``, else built from the texts in ``sources``
    (shipped ones fill gaps), once per process. The one place outside the loader that builds it;
    the web app reads the loaded edition through ``sanat.catalog.store``. Share the result, never change it."""
    if path:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    return _built(str(sources) if sources else None)


def _build(args: argparse.Namespace) -> dict | None:
    from sanat.regulation.sources import SourceError

    try:
        return load_catalog(sources=args.sources)
    except SourceError as exc:
        print(f"sanat catalog: {exc}", file=sys.stderr)
        return None


def export(args: argparse.Namespace) -> int:
    cat = _build(args)
    if cat is None:
        return 2
    json.dump(cat, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


def render(pos: dict, lang: str, file_by_lang: dict[str, str] | None = None) -> str:
    """One position as plain text in ``lang``; a missing language is said, not guessed."""
    out = []
    title = pos["title"][lang]
    para = pos["paragraph"]
    where = f"chapter {pos['chapter']}" + (f", {para['printed_by_lang'].get(lang) or para['printed']}" if para else "")
    out.append(f"{pos['id']}  ({where})")
    out.append(title if title else f"[no {lang} text in the sources]")
    src = pos["source"][lang]
    if src:
        out.append(f"source: {src['file']} lines {src['lines'][0]}-{src['lines'][1]} ({src['provenance']})")
    out.append("")
    for kind in ("duties", "knowledge", "requirements"):
        clause = pos["clauses"][kind]
        items = pos["requirements"]["text"][lang] if kind == "requirements" else pos[kind][lang]
        out.append(_clause_title(clause, kind, lang))
        if items is None:
            out.append(f"   [no {lang} text]")
        for it in items or []:
            out.append(f"   - {it['text']}  [L{_span(it['lines'])}]")
        out.append("")
    floors = [t for t in pos["requirements"].get("thresholds", []) if t.get("lang") == lang]
    if floors:
        out.append("Experience floors (structured):")
        for t in floors:
            op = ">" if t.get("strict") else ">="
            levels = "/".join(t.get("qualification_levels") or []) or "any level"
            out.append(f"   {t['category']}: {op} {t['min_years']} y {t.get('experience')} ({levels})"
                       f"  [L{_span(t['lines'])}]")
        out.append("")
    comp = pos["competencies"]
    if comp:
        out.append(_clause_title(pos["clauses"]["competencies"], "competencies", lang))
        for cat in sorted(comp, key=CATEGORIES.index):
            level = comp[cat]
            if not level["label"][lang]:
                continue
            builds = level["builds_on_by_lang"][lang]
            out.append(f"   [{cat}] «{level['label'][lang]}»" + (f" (builds on {builds})" if builds else ""))
            for it in level["items"][lang] or []:
                out.append(f"     - {it['text']}  [L{_span(it['lines'])}]")
        out.append("")
    if pos["amendments"]:
        out.append("Amendments:")
        for a in pos["amendments"]:
            out.append(f"   clause {a['clause']} ({a['lang']}): order № {a['order_no']} of {a['order_date']}")
        out.append("")
    if pos["anomalies"]:
        out.append("Anomalies:")
        for a in pos["anomalies"]:
            out.append(f"   {a['code']}: {a['message']}")
    return "\n".join(out).rstrip() + "\n"


def _clause_title(clause: dict | None, kind: str, lang: str) -> str:
    """«N. Heading:» as printed; the canonical heading where the source prints none."""
    if clause is None:
        return f"?. {KIND_TITLES[kind][lang]}:"
    printed = (clause.get("heading") or {}).get(lang)
    if clause.get(lang) is None:  # e.g. a vacancy notice: no numbers; show the kk number in brackets
        return f"[{clause['number']}]. {KIND_TITLES[kind][lang]}:"
    if printed:
        return f"{clause[lang]}. {printed}"
    return f"{clause[lang]}. {KIND_TITLES[kind][lang]}: [heading not printed in the source]"


def _span(lines: list[int]) -> str:
    return str(lines[0]) if lines[0] == lines[1] else f"{lines[0]}-{lines[1]}"


def show(args: argparse.Namespace) -> int:
    cat = _build(args)
    if cat is None:
        return 2
    pos = next((p for p in cat["positions"] if p["id"] == args.id), None)
    if pos is None:
        ids = [p["id"] for p in cat["positions"]]
        print(f"sanat catalog: unknown position id {args.id!r}; ids look like {ids[0]} … {ids[-1]} "
              f"(`sanat catalog export` lists all {len(ids)})", file=sys.stderr)
        return 2
    sys.stdout.write(render(pos, args.lang))
    return 0
