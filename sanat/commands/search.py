"""``sanat search QUERY [--lang kk|ru] [--format json|text] [--limit N] [--sources DIR]``: the catalog search.

Builds the catalog from the texts (shipped, or ``--sources DIR``) and its search index, then prints the
ranked position ids with their scores, the words matched, how they were reached (``glossary``,
``translation``, ``typo``, ``prefix``) and the matched item with its source lines. ``--lang`` chooses the
language of the printed titles (the search itself reads both). Exit codes: 0 results, 1 nothing found,
2 bad input.
"""

from __future__ import annotations

import argparse
import json
import sys

from sanat.vocabulary import LANGS


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("search", help="search the catalog (kk and ru, typos, subject and everyday names)")
    p.add_argument("query", nargs="+", help="the words to search for")
    p.add_argument("--lang", choices=LANGS, default="kk", help="language of the printed titles")
    p.add_argument("--format", choices=["json", "text"], default="text")
    p.add_argument("--limit", type=int, default=10)
    p.add_argument("--sources", help="folder with newer editions of the source texts")
    p.set_defaults(func=run)


def answer_dict(q: str, lang: str, limit: int, sources: str | None = None) -> dict:
    """The search answer as plain data (what ``--format json`` prints)."""
    from sanat.catalog.positions import title
    from sanat.catalog.search_corpus import build_index

    from .catalog import load_catalog

    positions = load_catalog(sources=sources)["positions"]
    by_id = {p["id"]: p for p in positions}
    index = build_index(positions)
    a = index.search(q, limit=limit)
    results = []
    for r in a.results:
        index.snippet(r)
        s = r.snippet
        results.append({
            "id": r.doc, "score": round(r.score, 3), "title": title(by_id[r.doc], lang), "matched": r.matched,
            "routes": sorted(r.routes), "text_lang": r.lang, "crosslingual": r.crosslingual,
            "snippet": {"text": s.text, "section": s.section, "lang": s.lang, "file": s.file,
                        "lines": list(s.lines)} if s else None,
        })
    return {"query": q, "results": results, "suggestion": a.suggestion,
            "glossary": [{"words": form, "means": ph.means, "note": ph.note} for form, ph in a.phrases]}


def run(args: argparse.Namespace) -> int:
    from sanat.regulation.sources import SourceError

    q = " ".join(args.query).strip()
    if not q or args.limit < 1:
        print("sanat search: give some words to search for and a positive --limit", file=sys.stderr)
        return 2
    try:
        ans = answer_dict(q, args.lang, args.limit, args.sources)
    except SourceError as exc:
        print(f"sanat search: {exc}", file=sys.stderr)
        return 2
    if args.format == "json":
        json.dump(ans, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
    else:
        out = []
        for g in ans["glossary"]:
            out.append(f"glossary (search data, not legal text): «{g['words']}» → "
                       + " / ".join(f"«{t}»" for t in g["means"].values()))
        if ans["suggestion"]:
            out.append(f"did you mean: {ans['suggestion']}")
        for n, r in enumerate(ans["results"], 1):
            note = f"  [text in {r['text_lang']}, through the glossary]" if r["crosslingual"] else ""
            out.append(f"{n:2}. {r['id']:12} {r['score']:7.2f}  {r['title']}{note}")
            out.append(f"      matched: {', '.join(r['matched'])} ({', '.join(r['routes'])})")
            if s := r["snippet"]:
                out.append(f"      {s['file']}:L{s['lines'][0]}-{s['lines'][-1]} {s['text'][:160]}")
        if not ans["results"]:
            out.append("nothing found")
        sys.stdout.write("\n".join(out) + "\n")
    return 0 if ans["results"] else 1
