"""Appendices 3–10: the profession cards («КӘСІПТЕР КАРТОЧКАСЫ»).

A card is read row by row. The first non-empty cell of a row says what the row
is (a header field, the function lists, a function detail block, a task, its
knowledge or skills, the trailing link rows); a row whose first cell is not a
label continues the list above it. Functions in the detail blocks are linked to
the «Негізгі кәсіби қызметі» list by number, and both names are kept.
"""

from __future__ import annotations

import re

from sanat.regulation.sources import SourceText
from sanat.regulation.standard.education import parse_education
from sanat.regulation.standard.items import ItemList, split_items
from sanat.regulation.standard.table import Anomalies, Row, rows_between, span

FIELDS: tuple[tuple[str, re.Pattern], ...] = (
    ("code", re.compile(r"^Код\s*:?$")),
    ("group_code", re.compile(r"^Топ коды\s*:?$")),
    ("profession", re.compile(r"^Мамандық\s*:?$")),
    ("other_names", re.compile(r"^Мамандықтың басқа (?:мүмкін )?атаулары\s*:?$")),
    ("level", re.compile(r"^СБШ бойынша біліктілік деңгейі\s*:?$")),
    ("purpose", re.compile(r"^Қызметтің негізгі мақсаты\s*:?$")),
    ("personal_requirements", re.compile(r"^Жеке құзыреттерге қойылатын талаптар\s*:?$")),
    ("related_professions", re.compile(r"^СБШ шеңберіндегі басқа мамандықтармен байланыс\s*:?$")),
    ("btba_ba", re.compile(r"^БТБА, БА немесе басқа мамандық анықтамалықтарымен байланыс\s*:?$")),
    ("education", re.compile(r"^Білім беру және біліктілік жүйесімен байланыс\s*:?$")),
)
FIELD_LABELS = {
    "code": "Код", "group_code": "Топ коды", "profession": "Мамандық",
    "other_names": "Мамандықтың басқа атаулары", "level": "СБШ бойынша біліктілік деңгейі",
    "purpose": "Қызметтің негізгі мақсаты", "personal_requirements": "Жеке құзыреттерге қойылатын талаптар",
    "related_professions": "СБШ шеңберіндегі басқа мамандықтармен байланыс",
    "btba_ba": "БТБА, БА немесе басқа мамандық анықтамалықтарымен байланыс",
    "education": "Білім беру және біліктілік жүйесімен байланыс",
}
EXPECTED_FIELDS = tuple(k for k, _ in FIELDS)
MAIN_LIST_RE = re.compile(r"^(?:(\d+)\.)?\s*Кәсіби қызмет(?:і)?\s*$")
MAIN_SUBLABEL_RE = re.compile(r"^Негізгі кәсіби қызмет(?:і)?\s*$")
EXTRA_LIST_RE = re.compile(r"^Қосымша кәсіби қызмет(?:і)?\s*$")
FUNCTION_RE = re.compile(r"^(?:(\d+)\.)?\s*Кәсіби қызмет(?:і)?\s*(\d+)\s*\.\s*(.+)$", re.S)
TASK_RE = re.compile(r"^(?:(\d+)\s*-\s*міндет|Міндет)\s*:\s*(.*)$", re.S)
KNOWLEDGE_RE = re.compile(r"^Білім\s*:\s*(.*)$", re.S)
SKILLS_LABEL = r"Білі[км]\s+(?:пен|мен)\s+дағдылар(?:ы)?\s*:"
SKILLS_RE = re.compile(rf"^{SKILLS_LABEL}\s*(.*)$", re.S)
SKILLS_INSIDE_RE = re.compile(SKILLS_LABEL)
LEVEL_RE = re.compile(r"^(\d+)(?:\.(\d+))?(?:\s*-\s*(\d+))?$")
CODE_NOISE_RE = re.compile(r"\s|[–—]")
NAME_SPLIT_RE = re.compile(r"\s*[,/]\s*(?![^()]*\))")
TRIM = " ;.\t"


def code_parts(code: str, where: str, line: int, an: Anomalies) -> list[str]:
    """A digits-only code longer than four digits is two codes printed together: split in halves."""
    if code.isdigit() and len(code) > 4 and len(code) % 2 == 0:
        half = len(code) // 2
        parts = [code[:half], code[half:]]
        an.add("glued_codes", where, line, f"«{code}» reads as two codes printed together: {' + '.join(parts)}",
               code)
        return parts
    return [code]


def code_noise(code: str, where: str, line: int, an: Anomalies) -> None:
    """A classifier code printed with spaces or an en dash («2373 – 9», «231–001»)."""
    if CODE_NOISE_RE.search(code):
        an.add("code_punctuation", where, line, "a code printed with a space or an en dash instead of «-»", code)


def _items(item_list: ItemList, where: str, line: int, an: Anomalies) -> list[dict]:
    """Exported items of one cell, with anomalies for numbering and separators."""
    if item_list.preamble:
        an.add("text_before_first_item", where, line, "text before the first numbered item",
               item_list.preamble[:80])
    printed = [i.printed_number for i in item_list.items]
    if any(i.printed_number for i in item_list.items) and not item_list.numbering_regular():
        an.add("numbering_irregular", where, line,
               f"items are numbered {', '.join(p or '–' for p in printed)}; kept in printed order and "
               f"numbered by position", ", ".join(p or "–" for p in printed))
    for i in item_list.items:
        if "dup" in i.separator:
            an.add("duplicated_marker", where, line, f"item {i.position} is marked twice («{i.marker}»)",
                   i.marker)
        sep = i.separator.replace(" dup", "")
        if i.position > 1 and sep not in (";", "\n"):
            shown = {"": "nothing", ".": "«.»", ",": "«,»", ":": "«:»"}.get(sep, sep)
            an.add("item_separator", where, line, f"item {i.position} is separated from the previous one by "
                   f"{shown}, not «;»", i.text[:30])
    return [{"number": i.position, "printed_number": i.printed_number, "text": i.text, "lines": span(line)}
            for i in item_list.items]


class CardParser:
    """State machine over the rows of one card."""

    def __init__(self, appendix: int, number: int, title: str, first: int, last: int, an: Anomalies):
        self.an = an
        self.id = f"{appendix}-{number}"
        self.where = f"card:{self.id}"
        self.card: dict = {
            "id": self.id, "appendix": appendix, "number_in_appendix": number, "title": title,
            "code": None, "code_parts": [], "group_code": None, "group_code_parts": [],
            "profession": None, "other_names": [], "other_names_printed": None,
            "level_printed": None, "levels": [], "sub_level": None, "purpose": None,
            "main_functions_list": [], "additional_functions": [], "functions": [],
            "personal_requirements": None, "related_professions": [], "btba_ba": None, "education": None,
            "rows": [], "lines": span(first, last),
        }
        self.state: str | None = None
        self.list_rows: dict[str, list[tuple[int, str]]] = {"main": [], "extra": []}
        self.seen: set[str] = set()

    # -- rows ---------------------------------------------------------------
    def feed(self, row: Row) -> None:
        cells = row.filled
        if not cells:
            return
        head = cells[0]
        for key, rx in FIELDS:
            if rx.match(head):
                self._field(key, head, cells[1:], row)
                return
        if m := MAIN_LIST_RE.match(head):
            if m.group(1):
                self.an.add("label_noise", self.where, row.no, "a stray number before the label", head)
            rest = cells[1:]
            if rest and MAIN_SUBLABEL_RE.match(rest[0]):
                rest = rest[1:]
            self._row("main_functions", head, rest, row)
            self.state = "main"
            self.list_rows["main"].append((row.no, "\n".join(rest)))
        elif EXTRA_LIST_RE.match(head):
            self._row("additional_functions", head, cells[1:], row)
            self.state = "extra"
            self.list_rows["extra"].append((row.no, "\n".join(cells[1:])))
        elif FUNCTION_RE.match(head) or TASK_RE.match(head) or KNOWLEDGE_RE.match(head) or SKILLS_RE.match(head):
            self.state = "functions"
            for cell in cells:
                self._block_cell(cell, row.no)
        elif self.state in ("main", "extra"):
            self.list_rows[self.state].append((row.no, "\n".join(cells)))
        elif self.state == "related_professions":
            self._related(cells, row.no)
        else:
            self.an.add("unrecognised_row", self.where, row.no, "a row the card parser does not know", head[:80])
            self._row("unrecognised", "", cells, row)

    def _row(self, key: str, label: str, values: list[str], row: Row) -> None:
        self.card["rows"].append({"field": key, "label": label, "values": values, "lines": span(row.no)})

    def _field(self, key: str, label: str, values: list[str], row: Row) -> None:
        self._row(key, label, values, row)
        self.state = key
        if key in self.seen and key != "related_professions":
            self.an.add("repeated_row", self.where, row.no, f"the «{label}» row appears again")
        self.seen.add(key)
        value = values[0] if values else ""
        line = row.no
        if key in ("code", "group_code"):
            self.card[key] = value
            self.card[f"{key}_parts"] = code_parts(value, f"{self.where}/{key}", line, self.an)
            code_noise(value, f"{self.where}/{key}", line, self.an)
        elif key == "profession" or key == "purpose":
            self.card[key] = value
        elif key == "other_names":
            self.card["other_names_printed"] = value
            self.card["other_names"] = [n for n in NAME_SPLIT_RE.split(value) if n]
        elif key == "level":
            self._level(value, line)
        elif key == "personal_requirements":
            self.card[key] = {"text": value, "lines": span(line)}
        elif key == "related_professions":
            self._related(values, line)
        elif key == "btba_ba":
            self.card[key] = {"text": value, "lines": span(line)}
        elif key == "education":
            self.card[key] = parse_education(values, f"{self.where}/education", line, self.an)
        if key not in ("btba_ba", "related_professions") and not value:
            self.an.add("empty_value", self.where, line, f"the «{label}» row has no value")

    def _level(self, value: str, line: int) -> None:
        self.card["level_printed"] = value
        m = LEVEL_RE.match(value)
        if not m:
            self.an.add("unparsed_level", self.where, line, "a level in an unknown form", value)
            return
        lo, sub, hi = m.groups()
        self.card["levels"] = list(range(int(lo), int(hi or lo) + 1))
        self.card["sub_level"] = value if sub else None

    def _related(self, cells: list[str], line: int) -> None:
        if not cells:
            return
        if len(cells) != 2:
            self.an.add("related_row_shape", self.where, line, f"a related-profession row with {len(cells)} cells",
                        " | ".join(cells)[:80])
        code_noise(cells[0], f"{self.where}/related_professions", line, self.an)
        self.card["related_professions"].append(
            {"code": cells[0], "name": " ".join(cells[1:]), "lines": span(line)})
        if self.card["rows"] and self.card["rows"][-1]["lines"][0] != line:
            self.card["rows"].append({"field": "related_professions", "label": "", "values": cells,
                                      "lines": span(line)})

    # -- function blocks -------------------------------------------------------
    def _block_cell(self, cell: str, line: int) -> None:
        functions = self.card["functions"]
        if m := FUNCTION_RE.match(cell):
            if m.group(1):
                self.an.add("label_noise", self.where, line, "a stray number before the label", cell[:30])
            functions.append({"number": int(m.group(2)), "name": m.group(3).strip(), "name_in_list": None,
                              "tasks": [], "lines": span(line)})
            return
        if not functions:
            self.an.add("block_outside_function", self.where, line, "a task row before any function block",
                        cell[:60])
            functions.append({"number": 0, "name": "", "name_in_list": None, "tasks": [], "lines": span(line)})
        fn = functions[-1]
        fn["lines"][1] = line
        fwhere = f"{self.where}/function:{fn['number']}"
        if m := TASK_RE.match(cell):
            printed = m.group(1)
            if printed is None:
                self.an.add("task_unnumbered", fwhere, line, "a task printed as «Міндет:» without a number",
                            cell[:20])
            fn["tasks"].append({"number": len(fn["tasks"]) + 1, "printed_number": printed,
                                "name": m.group(2).strip(), "knowledge": None, "skills": None,
                                "lines": span(line)})
            return
        if not fn["tasks"]:
            self.an.add("list_outside_task", fwhere, line, "a knowledge or skills cell before any task", cell[:60])
            return
        task = fn["tasks"][-1]
        task["lines"][1] = line
        twhere = f"{fwhere}/task:{task['number']}"
        if m := KNOWLEDGE_RE.match(cell):
            text = m.group(1)
            inside = SKILLS_INSIDE_RE.search(text)
            if inside:
                self.an.add("skills_inside_knowledge_cell", twhere, line,
                            "the skills list is printed inside the knowledge cell",
                            text[max(0, inside.start() - 20): inside.end() + 10])
                self._set_list(task, "skills", text[inside.end():], twhere, line)
                text = text[: inside.start()]
            self._set_list(task, "knowledge", text, twhere, line)
        elif m := SKILLS_RE.match(cell):
            self._set_list(task, "skills", m.group(1), twhere, line)
        else:
            self.an.add("unrecognised_cell", twhere, line, "a cell that is no task, knowledge or skills",
                        cell[:60])

    def _set_list(self, task: dict, kind: str, text: str, where: str, line: int) -> None:
        if task[kind] is not None:
            self.an.add("repeated_list", where, line, f"a second {kind} list for the same task")
            task[kind].extend(_items(split_items(text), f"{where}/{kind}", line, self.an))
            return
        task[kind] = _items(split_items(text), f"{where}/{kind}", line, self.an)

    # -- finish ----------------------------------------------------------------
    def finish(self) -> dict:
        card = self.card
        card["main_functions_list"] = self._list("main")
        card["additional_functions"] = self._list("extra")
        self._link_functions()
        for key in EXPECTED_FIELDS:
            if key not in self.seen:
                self.an.add("row_missing", self.where, tuple(card["lines"]),
                            f"the card has no «{FIELD_LABELS[key]}» row", key)
        if "main" not in [s for s in self.list_rows if self.list_rows[s]]:
            self.an.add("row_missing", self.where, tuple(card["lines"]), "the card has no main-function list")
        for fn in card["functions"]:
            for task in fn["tasks"]:
                for kind in ("knowledge", "skills"):
                    if task[kind] is None:
                        self.an.add("list_missing", f"{self.where}/function:{fn['number']}/task:{task['number']}",
                                    tuple(task["lines"]), f"the task has no {kind} list")
                        task[kind] = []
            printed = [t["printed_number"] for t in fn["tasks"]]
            if [p for p in printed if p] and printed != [str(i) for i in range(1, len(printed) + 1)]:
                self.an.add("numbering_irregular", f"{self.where}/function:{fn['number']}", tuple(fn["lines"]),
                            f"tasks are numbered {', '.join(p or '–' for p in printed)}")
        return card

    def _list(self, which: str) -> list[dict]:
        out: list[dict] = []
        for line, text in self.list_rows[which]:
            lst = split_items(text)
            for it in lst.items:
                out.append({"number": len(out) + 1, "printed_number": it.printed_number, "text": it.text,
                            "lines": span(line)})
        printed = [i["printed_number"] for i in out]
        if any(printed) and printed != [str(i) for i in range(1, len(out) + 1)]:
            first, last = self.list_rows[which][0][0], self.list_rows[which][-1][0]
            self.an.add("numbering_irregular", f"{self.where}/{which}_functions", (first, last),
                        f"functions are numbered {', '.join(p or '–' for p in printed)}; linked by position",
                        ", ".join(p or "–" for p in printed))
        return out

    def _link_functions(self) -> None:
        listed = self.card["main_functions_list"]
        detail = self.card["functions"]
        numbers = [f["number"] for f in detail]
        if numbers != list(range(1, len(detail) + 1)):
            self.an.add("numbering_irregular", f"{self.where}/functions", tuple(self.card["lines"]),
                        f"function blocks are numbered {numbers}")
        for fn in detail:
            where = f"{self.where}/function:{fn['number']}"
            if 1 <= fn["number"] <= len(listed):
                item = listed[fn["number"] - 1]
                fn["name_in_list"] = item["text"]
                if item["text"].strip(TRIM) != fn["name"].strip(TRIM):
                    self.an.add("function_name_differs", where, (item["lines"][0], fn["lines"][0]),
                                f"listed as «{item['text']}», detailed as «{fn['name']}»")
            else:
                self.an.add("function_not_in_list", where, fn["lines"][0],
                            f"function {fn['number']} has a detail block but is not in the main-function list "
                            f"({len(listed)} listed)", fn["name"])
        for item in listed[len(detail):]:
            self.an.add("function_without_detail", f"{self.where}/function:{item['number']}", item["lines"][0],
                        "a listed function with no detail block", item["text"])


def parse_cards(src: SourceText, spans: list[tuple[int, str, int, int]], an: Anomalies) -> list[dict]:
    """Every card, in the order printed; ``spans`` come from ``table.outline``."""
    cards = []
    per_appendix: dict[int, int] = {}
    for appendix, title, first, last in spans:
        per_appendix[appendix] = per_appendix.get(appendix, 0) + 1
        parser = CardParser(appendix, per_appendix[appendix], title, first, last, an)
        for row in rows_between(src, first + 1, last):
            parser.feed(row)
        cards.append(parser.finish())
    return cards
