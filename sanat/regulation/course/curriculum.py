"""The two curriculum tables (in-person and distance «оқу-тақырыптық жоспары») and the
module list of section 6, with every hour sum checked against the stated totals."""

from __future__ import annotations

import re

from .doc import Doc

PLAN_TITLE = r"оқу-тақырыптық жоспары"
# column header (letters may be spaced out) -> activity code
ACTIVITY_HEADERS = {
    "дәрістер": ("in_person", "lecture"),
    "практикалықсабақ": ("in_person", "practice"),
    "семинар": ("in_person", "seminar"),
    "бейнесабақтар": ("distance", "video"),
    "бейнесабактар": ("distance", "video"),
    "вебинар": ("distance", "webinar"),
    "тыңдаушыныңөзіндікжұмысы": ("distance", "self_study"),
}
ACTIVITIES = {"in_person": ("lecture", "practice", "seminar"), "distance": ("video", "webinar", "self_study")}
MODULE_TITLE_RE = re.compile(r"^(\d+)-модуль\.\s*(.+)$")
TOPIC_CODE_RE = re.compile(r"^(\d+)\.(\d+)$")


def _int(cell: str) -> int | None:
    m = re.fullmatch(r"(\d+)(?:\s*(?:балл|акад\.\s*сағ\.))?", cell.strip())
    return int(m.group(1)) if m else None


def _key(header: str) -> str:
    return re.sub(r"\s+", "", header).lower()


def _format_of(title: str) -> str:
    if "аудиториялық" in title:
        return "in_person"
    if "қашықтан" in title:
        return "distance"
    raise ValueError(f"curriculum table of unknown format: {title!r}")


def parse_plan(doc: Doc, title_no: int) -> dict:
    """One curriculum table from its title line: modules, topics, stated and computed totals."""
    title = doc.clean(title_no)
    fmt = _format_of(title)
    header_no = next(no for no in doc.nonblank(title_no + 1) if doc.is_row(no))
    header = doc.cells(header_no)
    columns: dict[int, str] = {}
    for i, h in enumerate(header[2:], start=2):
        k = _key(h)
        if k == "барлығы":
            columns[i] = "total"
        elif k in ACTIVITY_HEADERS and ACTIVITY_HEADERS[k][0] == fmt:
            columns[i] = ACTIVITY_HEADERS[k][1]
            if k == "бейнесабактар":
                doc.anomalies.add("typo", f"column header «{h}» (for «Бейнесабақтар»)", header_no)
        else:
            raise ValueError(f"line {header_no}: unknown curriculum column {h!r}")
    m = re.search(r"(\d+)\s+академиялық сағат", title)
    plan = {"format": fmt, "title": title, "lines": [title_no, title_no], "header_line": header_no,
            "stated_hours_in_title": int(m.group(1)) if m else None,
            "columns": [columns[i] for i in sorted(columns)], "modules": [], "stated_total": None}
    module = None
    no = header_no
    for no in doc.nonblank(header_no + 1):
        if not doc.is_row(no):
            break
        cells = doc.cells(no)
        values = {columns[i]: _int(cells[i]) if i < len(cells) else None for i in columns}
        code, name = cells[0], cells[1] if len(cells) > 1 else ""
        mm = MODULE_TITLE_RE.match(name)
        if mm and re.fullmatch(r"\d+", code):
            module = {"number": int(mm.group(1)), "code": code, "title": mm.group(2), "line": no,
                      "stated_total": values["total"], "topics": []}
            plan["modules"].append(module)
            if code != mm.group(1):
                doc.anomalies.add("code_mismatch", f"module row numbered {code} names module {mm.group(1)}", no)
        elif TOPIC_CODE_RE.match(code):
            if module is None:
                raise ValueError(f"line {no}: topic {code} before any module row")
            hours = {a: values.get(a) for a in ACTIVITIES[fmt]}
            module["topics"].append({"code": code, "title": name, "line": no, "hours": hours,
                                     "stated_total": values["total"]})
        elif "Барлығы" in " ".join(cells[:2]):
            plan["stated_total"] = values["total"]
            plan["total_line"] = no
            break
        else:
            raise ValueError(f"line {no}: unexpected curriculum row {cells!r}")
    plan["last_line"] = no
    check_plan(doc, plan)
    return plan


def check_plan(doc: Doc, plan: dict) -> None:
    """Add computed totals to ``plan`` and report every sum that does not add up."""
    acts, where = ACTIVITIES[plan["format"]], f"{plan['format']} plan"
    grand = dict.fromkeys(acts, 0)
    for mod in plan["modules"]:
        sums = dict.fromkeys(acts, 0)
        expect_minor = 1
        for t in mod["topics"]:
            major, minor = map(int, t["code"].split("."))
            if major != mod["number"] or minor != expect_minor:
                doc.anomalies.add("topic_code_out_of_sequence",
                                  f"{where}: topic {t['code']} under module {mod['number']} "
                                  f"(expected {mod['number']}.{expect_minor})", t["line"])
            expect_minor = minor + 1
            missing = [a for a in acts if t["hours"][a] is None]
            if missing:
                doc.anomalies.add("hours_missing", f"{where}: topic {t['code']} has no hours for {missing}", t["line"])
            row = sum(t["hours"][a] or 0 for a in acts)
            t["computed_total"] = row
            if t["stated_total"] != row:
                doc.anomalies.add("row_sum_mismatch", f"{where}: topic {t['code']}: "
                                  f"{' + '.join(str(t['hours'][a]) for a in acts)} = {row}, "
                                  f"stated {t['stated_total']}", t["line"])
            for a in acts:
                sums[a] += t["hours"][a] or 0
        total = sum(sums.values())
        mod["computed"] = {**sums, "total": total}
        if mod["stated_total"] != total:
            last = mod["topics"][-1]["line"] if mod["topics"] else mod["line"]
            doc.anomalies.add("module_sum_mismatch", f"{where}: module {mod['number']}: topics add up to "
                              f"{total}, stated {mod['stated_total']}", [mod["line"], last])
        for a in acts:
            grand[a] += sums[a]
    total = sum(grand.values())
    plan["computed"] = {**grand, "total": total}
    stated_modules = sum(m["stated_total"] or 0 for m in plan["modules"])
    plan["stated_modules_total"] = stated_modules
    rng = [plan["header_line"], plan.get("total_line", plan["last_line"])]
    if plan["stated_total"] != total:
        doc.anomalies.add("total_sum_mismatch", f"{where}: topics add up to {total}, "
                          f"stated «Барлығы» {plan['stated_total']}", rng)
    if stated_modules != plan["stated_total"]:
        doc.anomalies.add("total_sum_mismatch", f"{where}: module totals add up to {stated_modules}, "
                          f"stated «Барлығы» {plan['stated_total']}", rng)
    if plan["stated_hours_in_title"] is not None and plan["stated_hours_in_title"] != plan["stated_total"]:
        doc.anomalies.add("stated_total_mismatch", f"{where}: title says {plan['stated_hours_in_title']} "
                          f"hours, «Барлығы» says {plan['stated_total']}", plan["lines"][0], rng[1])


def parse_plans(doc: Doc) -> dict[str, dict]:
    """Both curriculum tables, keyed by format, compared with each other."""
    plans = {}
    start = 1
    while (no := doc.find(PLAN_TITLE, start)) is not None:
        plan = parse_plan(doc, no)
        if plan["format"] in plans:
            raise ValueError(f"line {no}: a second {plan['format']} curriculum table")
        plans[plan["format"]] = plan
        start = plan["last_line"] + 1
    if set(plans) != set(ACTIVITIES):
        raise ValueError(f"curriculum tables found: {sorted(plans)}; expected in_person and distance")
    compare_plans(doc, plans["in_person"], plans["distance"])
    return plans


def compare_plans(doc: Doc, a: dict, b: dict) -> None:
    """The two plans must list the same modules and topics under the same titles."""
    ma = {m["number"]: m for m in a["modules"]}
    mb = {m["number"]: m for m in b["modules"]}
    for n in sorted(set(ma) | set(mb)):
        if n not in ma or n not in mb:
            doc.anomalies.add("plan_module_missing", f"module {n} is in one curriculum table only",
                              (ma.get(n) or mb[n])["line"])
            continue
        if ma[n]["title"] != mb[n]["title"]:
            doc.anomalies.add("plan_title_mismatch", f"module {n} is titled differently in the two plans",
                              ma[n]["line"], mb[n]["line"])
        ta = {t["code"]: t for t in ma[n]["topics"]}
        tb = {t["code"]: t for t in mb[n]["topics"]}
        for code in sorted(set(ta) | set(tb)):
            if code not in ta or code not in tb:
                doc.anomalies.add("plan_topic_missing", f"topic {code} is in one curriculum table only",
                                  (ta.get(code) or tb[code])["line"])
            elif ta[code]["title"] != tb[code]["title"]:
                doc.anomalies.add("plan_title_mismatch", f"topic {code} is titled differently in the two plans",
                                  ta[code]["line"], tb[code]["line"])


def parse_module_list(doc: Doc, start: int, end: int) -> dict | None:
    """The «№ | Модуль атауы | Сағат саны» table of section 6."""
    header_no = doc.find(r"Модуль атауы", start, end)
    if header_no is None or not doc.is_row(header_no):
        return None
    rows, total, no = [], None, header_no
    for no in doc.nonblank(header_no + 1, end):
        if not doc.is_row(no):
            break
        cells = doc.cells(no)
        if re.fullmatch(r"\d+", cells[0]):
            rows.append({"number": int(cells[0]), "title": cells[1], "hours": _int(cells[2]), "line": no})
        elif "Барлығы" in cells[1]:
            total = {"hours": _int(cells[2]), "line": no}
    return {"rows": rows, "total": total, "lines": [header_no, no - 1 if not doc.is_row(no) else no]}
