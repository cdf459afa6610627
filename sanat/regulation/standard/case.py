"""1EdTech CASE 1.0 export (``CFPackage``) of the standard, for any CASE consumer.

The package holds one ``CFDocument``; ``CFItems`` for competencies, criteria and
indicators (Appendix 1) and for profession cards, labour functions, tasks,
knowledge and skills (Appendices 3–10); ``isChildOf`` associations (origin is the
child, destination the parent); one ``CFRubric`` per criterion whose levels are the
category descriptors of Appendix 2 (a descriptor the text lacks is left out);
and the ``CFItemTypes``. Identifiers are UUID5 on a namespace derived from the
order's number and date and the item's code, so a rebuild gives the same UUIDs.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator

ITEM_TYPES: tuple[tuple[str, str, str], ...] = (
    ("competency", "Competency", "Құзырет (1-қосымша)"),
    ("criterion", "Criterion", "Критерий (1-қосымша)"),
    ("indicator", "Indicator", "Индикатор (1-қосымша)"),
    ("card", "Profession card", "Кәсіп карточкасы (3–10-қосымшалар)"),
    ("function", "Labour function", "Кәсіби қызмет"),
    ("task", "Task", "Міндет"),
    ("knowledge", "Knowledge", "Білім"),
    ("skill", "Skill", "Білік пен дағды"),
)


class _Ids:
    """Deterministic identifiers and URIs for one document."""

    def __init__(self, order_no: str, date: str):
        self.ns = uuid.uuid5(uuid.NAMESPACE_URL, f"urn:sanat:standard:order:{order_no}:{date}")

    def id(self, key: str) -> str:
        return str(uuid.uuid5(self.ns, key))

    def uri(self, key: str) -> str:
        return f"urn:uuid:{self.id(key)}"

    def link(self, key: str, title: str) -> dict:
        return {"title": title, "identifier": self.id(key), "uri": self.uri(key)}


def _src(lines: list[int] | None, file: str) -> str:
    if not lines:
        return file
    a, b = lines
    return f"{file}:L{a}" if a == b else f"{file}:L{a}-{b}"


def to_case(data: dict) -> dict:
    """A CASE 1.0 ``CFPackage`` built from ``build_standard()`` output."""
    approval = data["order"]["approval"] or {}
    order_no, date = approval.get("order_no") or "unknown", approval.get("date") or "1970-01-01"
    ids = _Ids(order_no, date)
    ts = f"{date}T00:00:00+00:00"
    file = data["source"]["file"]
    std = data["standard"]
    title = f"\"{std['title']}\" кәсіптік стандарты" if std.get("title") else "Кәсіптік стандарт"
    doc_link = ids.link("document", title)
    doc = {
        "identifier": doc_link["identifier"], "uri": doc_link["uri"], "creator": "sanat",
        "title": title, "lastChangeDateTime": ts, "language": data["language"],
        "version": f"№ {order_no}, {date}",
        "description": (std.get("purpose") or {}).get("text", ""),
        "notes": f"{approval.get('text', '')} — source {file}, sha256 {data['source']['sha256']}",
        "CFPackageURI": ids.link("package", title),
    }
    types = {code: ids.link(f"type:{code}", title_en) for code, title_en, _ in ITEM_TYPES}
    items: list[dict] = []
    assocs: list[dict] = []

    def add(key: str, kind: str, parent: dict, seq: int, statement: str, hcs: str, lines: list[int] | None,
            **extra: str) -> dict:
        link = ids.link(key, statement[:60] or hcs)
        item = {"identifier": link["identifier"], "uri": link["uri"], "fullStatement": statement or hcs,
                "humanCodingScheme": hcs, "listEnumeration": str(seq), "CFItemType": types[kind]["title"],
                "CFItemTypeURI": types[kind], "language": data["language"], "lastChangeDateTime": ts,
                "CFDocumentURI": doc_link, "notes": _src(lines, file), **extra}
        items.append(item)
        assocs.append({
            "identifier": ids.id(f"assoc:{key}"), "uri": ids.uri(f"assoc:{key}"), "associationType": "isChildOf",
            "sequenceNumber": seq, "originNodeURI": link, "destinationNodeURI": parent,
            "lastChangeDateTime": ts, "CFDocumentURI": doc_link,
        })
        return link

    for ci, comp in enumerate(data["competencies"], 1):
        note = _src(comp["lines"], file) + (f"; printed as «{comp['code_printed']}»"
                                            if comp["code_printed"] != comp["code"] + "." else "")
        c_link = add(f"competency:{comp['code']}", "competency", doc_link, ci,
                     comp["description"] or comp["name"], comp["code"], None,
                     abbreviatedStatement=comp["name"], notes=note)
        for ki, crit in enumerate(comp["criteria"], 1):
            k_link = add(f"criterion:{crit['code']}", "criterion", c_link, ki, crit["name"], crit["code"],
                         crit["lines"])
            for ii, ind in enumerate(crit["indicators"], 1):
                add(f"indicator:{ind['code']}", "indicator", k_link, ii, ind["text"], ind["code"], ind["lines"])
    base = len(data["competencies"])
    for pi, card in enumerate(data["profession_cards"], 1):
        hcs = f"card-{card['id']}"
        p_link = add(hcs, "card", doc_link, base + pi, card["title"], hcs, card["lines"],
                     abbreviatedStatement=card["profession"] or card["title"],
                     conceptKeywords=[f"СБШ {card['level_printed']}", f"Код {card['code']}"])
        for fn in card["functions"]:
            f_hcs = f"{hcs}.F{fn['number']}"
            f_link = add(f_hcs, "function", p_link, fn["number"], fn["name"], f_hcs, fn["lines"])
            for task in fn["tasks"]:
                t_hcs = f"{f_hcs}.T{task['number']}"
                t_link = add(t_hcs, "task", f_link, task["number"], task["name"], t_hcs, task["lines"])
                for kind, letter, key in (("knowledge", "K", "knowledge"), ("skill", "S", "skills")):
                    for it in task[key]:
                        add(f"{t_hcs}.{letter}{it['number']}", kind, t_link, it["number"], it["text"],
                            f"{t_hcs}.{letter}{it['number']}", it["lines"])
    return {
        "CFDocument": doc,
        "CFItems": items,
        "CFAssociations": assocs,
        "CFDefinitions": {"CFItemTypes": [
            {"identifier": types[code]["identifier"], "uri": types[code]["uri"], "title": title_en,
             "description": label_kk, "hierarchyCode": str(i), "typeCode": code, "lastChangeDateTime": ts}
            for i, (code, title_en, label_kk) in enumerate(ITEM_TYPES, 1)]},
        "CFRubrics": list(_rubrics(data, ids, ts)),
    }


def _rubrics(data: dict, ids: _Ids, ts: str) -> Iterator[dict]:
    """One rubric per criterion: its levels are the category descriptors printed in Appendix 2."""
    labels = {c["code"]: c["label"] for c in data["categories"]}
    order = [c["code"] for c in data["categories"] if c["code"]]
    for comp in data["competencies"]:
        for crit in comp["criteria"]:
            row = data["category_descriptors"].get(crit["code"], {})
            levels = [(cat, row[cat]) for cat in order if row.get(cat)]
            if not levels:
                continue
            rid, cid = ids.id(f"rubric:{crit['code']}"), ids.id(f"rubric-criterion:{crit['code']}")
            yield {
                "identifier": rid, "uri": ids.uri(f"rubric:{crit['code']}"),
                "title": f"{crit['code']} {crit.get('name_app2') or crit['name']}",
                "description": (data["category_table"]["title"] or {}).get("text", ""),
                "lastChangeDateTime": ts,
                "CFRubricCriteria": [{
                    "identifier": cid, "uri": ids.uri(f"rubric-criterion:{crit['code']}"),
                    "category": crit["code"], "description": crit.get("name_app2") or crit["name"],
                    "CFItemURI": ids.link(f"criterion:{crit['code']}", crit["name"][:60]),
                    "position": 1, "rubricId": rid, "lastChangeDateTime": ts,
                    "CFRubricCriterionLevels": [{
                        "identifier": ids.id(f"level:{crit['code']}:{cat}"),
                        "uri": ids.uri(f"level:{crit['code']}:{cat}"),
                        "description": text, "quality": labels.get(cat, cat), "position": order.index(cat) + 1,
                        "rubricCriterionId": cid, "lastChangeDateTime": ts,
                    } for cat, text in levels],
                }],
            }
