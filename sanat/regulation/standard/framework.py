"""Appendix 1: competencies → criteria → indicators.

Rows of 3 cells open a competency (competency | criterion | indicators); rows of 2
cells add a criterion to the current one. Codes are normalised from the codes of
the rows beneath them (the text prints competency 3 as «1.3.»), and the printed
form is kept beside the normalised one.
"""

from __future__ import annotations

import re

from sanat.regulation.standard.table import LOWER, UPPER, Anomalies, Row, span

COMPETENCY_RE = re.compile(r"^(\d+(?:\.\d+)*)\.\s*(.+)$", re.S)
CRITERION_RE = re.compile(r"^(\d+\.\d+)\.?(\s*)(.+)$", re.S)
INDICATOR_SPLIT_RE = re.compile(r";\s*(?=\d+\.\d+\.\d+)")
INDICATOR_RE = re.compile(r"^(\d+\.\d+\.\d+)\.?(\s*)(.*?)[\s.;]*$", re.S)
CASE_BOUNDARY_RE = re.compile(rf"(?<=[{LOWER}])(?=[{UPPER}])")
DOUBLE_SLASH_RE = re.compile(r"//")
CYRILLIC_IN_CODE_RE = re.compile(r"\b\d*[А-ЯӘІ]+\d+\b|\b\d+[А-ЯӘІ]+\d*\b")
# A hyphen left from a line break before a suffix («тәрбиеленуші-лерді»).
BROKEN_HYPHEN_RE = re.compile(rf"[{LOWER}]+-(?:лер|лар|дер|дар|тер|тар)[{LOWER}]*")
SLASH_SPACING_RE = re.compile(r"\S/ \S|\S /\S")
COMMA_RE = re.compile(rf"[{LOWER}],[{LOWER}{UPPER}]")


def split_name(cell_rest: str) -> tuple[str, str, str]:
    """Competency name and description, and how they were told apart.

    A colon early in the cell separates them (competency 2); otherwise the first
    place where a lowercase letter runs into a capital one does (the text glues them).
    """
    colon = cell_rest.find(":")
    if 0 < colon <= 40:
        return cell_rest[:colon].strip(), cell_rest[colon + 1:].strip(), "colon"
    m = CASE_BOUNDARY_RE.search(cell_rest)
    if m:
        return cell_rest[: m.start()].strip(), cell_rest[m.start():].strip(), "glued"
    return cell_rest.strip(), "", "none"


def text_noise(text: str, where: str, line: int, an: Anomalies) -> None:
    """Typing noise: «//», codes in Cyrillic, broken hyphens, a comma without a space, «/ » spacing."""
    for m in DOUBLE_SLASH_RE.finditer(text):
        an.add("double_slash", where, line, "«//» printed where «/» is meant",
               text[max(0, m.start() - 15): m.end() + 15])
    for m in CYRILLIC_IN_CODE_RE.finditer(text):
        an.add("cyrillic_letter_in_code", where, line,
               "a code or level label is typed with Cyrillic letters", m.group(0))
    for m in BROKEN_HYPHEN_RE.finditer(text):
        an.add("broken_hyphen", where, line, "a hyphen left inside a word before its suffix", m.group(0))
    for m in COMMA_RE.finditer(text):
        an.add("comma_without_space", where, line, "no space after a comma",
               text[max(0, m.start() - 12): m.end() + 12])
    for m in SLASH_SPACING_RE.finditer(text):
        an.add("slash_spacing", where, line, "a space on one side of «/» only",
               text[max(0, m.start() - 12): m.end() + 12])


def parse_indicators(cell: str, criterion: str, line: int, an: Anomalies) -> list[dict]:
    """Split an indicators cell at «;» followed by a code; codes may be glued to their text."""
    out = []
    pieces = [p for p in INDICATOR_SPLIT_RE.split(cell) if p.strip()]
    for piece in pieces:
        m = INDICATOR_RE.match(piece.strip())
        where = f"indicator:{m.group(1) if m else '?'}"
        if not m:
            an.add("unparsed_indicator", f"criterion:{criterion}", line,
                   "an indicator without a code", piece[:80])
            continue
        code, space, text = m.groups()
        if not space:
            an.add("code_glued_to_text", where, line, "no space between the code and the text",
                   piece[: len(code) + 12])
        if not code.startswith(criterion + "."):
            an.add("code_prefix_mismatch", where, line,
                   f"indicator {code} is listed under criterion {criterion}")
        text_noise(text, where, line, an)
        out.append({"code": code, "text": text, "lines": span(line)})
    return out


def _check_sequence(codes: list[str], where: str, lines: tuple[int, int], an: Anomalies) -> None:
    tails = [c.rsplit(".", 1)[-1] for c in codes]
    last = [int(t) if t.isdigit() else -1 for t in tails]
    if last != list(range(1, len(codes) + 1)):
        an.add("numbering_irregular", where, lines, f"codes run {', '.join(codes)}")


def parse_framework(rows: list[Row], an: Anomalies) -> tuple[dict, list[dict]]:
    """Return the table header (labels, line) and the competencies with their criteria."""
    header = None
    competencies: list[dict] = []
    for row in rows:
        cells = row.filled
        if header is None and len(cells) >= 3 and not cells[0][:1].isdigit():
            header = {"labels": cells, "lines": span(row.no)}
            continue
        if len(cells) >= 3:
            competencies.append({"cell": cells[0], "criteria": [], "lines": span(row.no)})
            crit_cell, ind_cell = cells[1], cells[2]
        elif len(cells) == 2 and competencies:
            crit_cell, ind_cell = cells
        else:
            an.add("unrecognised_row", "appendix:1", row.no, "a row that is not a framework row",
                   row.cells[0][:80] if row.cells else None)
            continue
        competencies[-1]["criteria"].append(_criterion(crit_cell, ind_cell, row.no, an))
        competencies[-1]["lines"][1] = row.no
    competencies = [_competency(c["cell"], c["criteria"], c["lines"], an) for c in competencies]
    for comp in competencies:
        for crit in comp["criteria"]:
            if not crit["code"].startswith(comp["code"] + "."):
                an.add("code_prefix_mismatch", f"criterion:{crit['code']}", tuple(crit["lines"]),
                       f"criterion {crit['code']} is listed under competency {comp['code']}")
            _check_sequence([i["code"] for i in crit["indicators"]], f"criterion:{crit['code']}",
                            tuple(crit["lines"]), an)
        _check_sequence([c["code"] for c in comp["criteria"]], f"competency:{comp['code']}",
                        tuple(comp["lines"]), an)
    _check_sequence([c["code"] for c in competencies], "appendix:1",
                    (rows[0].no, rows[-1].no) if rows else (0, 0), an)
    return header or {"labels": [], "lines": None}, competencies


def _competency(cell: str, criteria: list[dict], lines: list[int], an: Anomalies) -> dict:
    """Build a competency; its code comes from its criteria, the printed code is kept."""
    line = lines[0]
    m = COMPETENCY_RE.match(cell)
    printed, rest = (m.group(1) + ".", m.group(2)) if m else ("", cell)
    prefixes = {c["code"].split(".")[0] for c in criteria}
    code = prefixes.pop() if len(prefixes) == 1 else printed.rstrip(".").rsplit(".", 1)[-1]
    where = f"competency:{code}"
    if not m:
        an.add("unparsed_code", where, line, "a competency cell without a number", cell[:60])
    elif printed != code + ".":
        an.add("code_misprinted", where, tuple(lines),
               f"competency {code} is printed as «{printed}»; its criteria are numbered {code}.x", printed)
    name, description, how = split_name(rest)
    if how == "glued":
        an.add("name_description_glued", where, line,
               "the competency name runs into its description without a separator",
               rest[max(0, len(name) - 12): len(name) + 12])
    elif how == "colon" and not rest[len(name) + 1:][:1].isspace():
        an.add("glued_words", where, line, "no space after the colon", rest[len(name) - 6: len(name) + 8])
    text_noise(description, where, line, an)
    return {"code": code, "code_printed": printed, "name": name, "description": description,
            "criteria": criteria, "lines": lines}


def _criterion(cell: str, ind_cell: str, line: int, an: Anomalies) -> dict:
    m = CRITERION_RE.match(cell)
    if not m:
        an.add("unparsed_code", "appendix:1", line, "a criterion cell without a code", cell[:60])
        code, name = "?", cell
    else:
        code, space, name = m.groups()
        if not space:
            an.add("code_glued_to_text", f"criterion:{code}", line, "no space between the code and the name",
                   cell[: len(code) + 12])
    an.glued_words(name, f"criterion:{code}", line)
    text_noise(name, f"criterion:{code}", line, an)
    return {"code": code, "name": name.strip(), "indicators": parse_indicators(ind_cell, code, line, an),
            "lines": span(line)}
