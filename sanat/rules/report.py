"""A decision as plain text in the user's language."""

from __future__ import annotations

from sanat.rules import messages as msg

WORDS = {
    "kk": {"met": "орындалды", "not_met": "орындалмады", "unknown": "белгісіз", "advisory": "ұсыным",
           "highest": "Талаптар бойынша ең жоғары санат", "post": "Лауазым талаптары орындалды", "next": "Келесі санат",
           "none": "жоқ", "yes": "иә", "no": "жоқ", "evidence": "Құзыреттер (дәлелдер)", "anomaly": "Мәтіндегі ескерту",
           "post_gaps": "Лауазымға не жетіспейді"},
    "ru": {"met": "выполнено", "not_met": "не выполнено", "unknown": "неизвестно", "advisory": "рекомендация",
           "highest": "Наивысшая категория по требованиям", "post": "Требования к должности выполнены",
           "next": "Следующая категория", "none": "нет", "yes": "да", "no": "нет",
           "evidence": "Компетенции (подтверждения)", "anomaly": "Замечание к тексту",
           "post_gaps": "Чего не хватает для должности"},
}
EVIDENCE = {"kk": {"satisfied": "бар", "missing": "жоқ", "commission": "комиссия"},
            "ru": {"satisfied": "есть", "missing": "нет", "commission": "комиссия"}}


def _cite(c: dict | None, lang: str) -> str:
    if not c:
        return ""
    lines = c.get("lines") or ["?", "?"]
    return f" [{msg.clause_ref(c.get('clause'), c.get('lang') or lang)}, {c.get('lang')}, {c.get('file')}:{lines[0]}-{lines[1]}]"


def text_report(d: dict) -> str:
    lang = d["lang"]
    w = WORDS[lang]
    out = [f"{d['position']['id']} {d['position']['title'] or ''} ({d['as_of']})"]
    for note in d.get("edition") or []:
        out.append(f"  * {note['message']}")
    for c in d["categories"]:
        out.append(f"\n{c['label']}: {w['met'] if c['requirements_met'] else w['not_met']}")
        for cond in c["conditions"]:
            out.append(f"  - {cond['condition']}: {w.get(cond['status'], cond['status'])} — {cond['text']}"
                       f"{_cite(cond.get('citation'), lang)}")
            if cond.get("citation", {}) and cond["citation"].get("quote"):
                out.append(f"      «{cond['citation']['quote']}»")
        if c["evidence"]:
            out.append(f"  {w['evidence']}:")
            for e in c["evidence"]:
                tag = f"{e['kind'] or '-'}/{e['level'] or '-'}"
                out.append(f"    [{EVIDENCE[lang][e['status']]}] ({tag}) {e['statement']}")
    for p in d.get("post_paths") or []:
        out.append(f"\n{p.get('label') or p['path']}: {w['met'] if p['met'] else w['not_met']}")
        for cond in p["conditions"]:
            out.append(f"  - {cond['condition']}: {w.get(cond['status'], cond['status'])} — {cond['text']}"
                       f"{_cite(cond.get('citation'), lang)}")
    out.append("")
    out.append(f"{w['highest']}: {msg.CATEGORY_LABEL[lang].get(d['highest_by_requirements'], w['none'])}")
    out.append(f"{w['post']}: {w['yes'] if d['post_requirements_met'] else w['no']}")
    if d["next"]:
        out.append(f"{w['next']}: {d['next']['label']}" if d["next"]["category"] else f"{w['post_gaps']}:")
        for g in d["next"]["gaps"]:
            out.append(f"  • {g['text']}")
    for a in d.get("anomalies") or []:
        out.append(f"{w['anomaly']}: {a.get('message')}")
    out.append(d["note"])
    return "\n".join(out)
