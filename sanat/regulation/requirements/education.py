"""Education alternatives of a base line, each with the qualification level it implies.

The line lists alternatives joined by «немесе»/«или». Drafting often shares words across the
joint: «жоғары ... педагогикалық немесе өзге де кәсіптік білім» is higher pedagogical OR higher
other professional education, so a piece without a level inherits the level of a preceding
piece that has no noun of its own (see ``ELLIPSIS``).
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from .decisions import DECLARED_LEVEL_WINS, ELLIPSIS, RETRAINING_LEVEL, UNSTATED_LEVEL
from .vocabulary import (
    EDU_COURSE,
    EDU_DECLARED_LEVEL,
    EDU_DIRECTION,
    EDU_HIGHER,
    EDU_NOUN,
    EDU_OTHER,
    EDU_PEDAGOGICAL,
    EDU_POST_SECONDARY,
    EDU_POSTGRADUATE,
    EDU_PROFILE,
    EDU_RETRAINING,
    EDU_SCHOOL_XI,
    EDU_SPLIT,
    EDU_TVET,
    EXPERIENCE_START,
    HAS_NO_EXPERIENCE,
    NO_EXPERIENCE,
    WORKPLACE,
)

DECLARED_LEVEL_OF = {"орташа": "middle", "орта": "middle", "жоғары": "high", "средн": "middle", "высш": "high"}
LEVEL_OF = {"higher": "high", "postgraduate": "high", "tvet": "middle", "post_secondary": "middle"}


@lru_cache(maxsize=4096)
def _education_text(lang: str, piece: str) -> tuple[str, bool, bool]:
    """The education a piece names, whether the piece opens with experience, whether experience follows.

    Waivers («жұмыс өтіліне талап қойылмайды») and workplaces («... білім беру ұйымдарындағы») are
    removed first; the text is then cut where an experience clause starts. A piece that opens with
    experience («... кәсіпорындардағы жұмыс өтілі кемінде 3 жыл, кәсіптік қайта даярлығы бар») is a
    condition of that experience, not an education alternative.
    """
    for waiver, rx in NO_EXPERIENCE.items():
        if HAS_NO_EXPERIENCE[waiver].search(piece):  # the cheap test first: most pieces waive nothing
            piece = rx.sub(",", piece)
    noun = EDU_NOUN[lang].search(piece)
    exp = [m.start() for m in (EXPERIENCE_START[lang].search(piece), WORKPLACE[lang].search(piece)) if m]
    head_experience = bool(exp) and (noun is None or min(exp) < noun.start())
    work = WORKPLACE[lang].sub(",", piece)
    kept: list[str] = []
    tail = work != piece
    for part in re.split(r",\s*(?![^()]*\))", work):
        m = EXPERIENCE_START[lang].search(part)
        if m:
            before = re.sub(r"\s+(?:және|и|с)$", "", part[:m.start()].strip())
            if before and (EDU_NOUN[lang].search(before) or _levels(lang, before)):
                kept.append(before)
            tail = True
            break
        if part.strip():
            kept.append(part.strip())
    return ", ".join(kept).strip(" ;.,"), head_experience, tail


def _levels(lang: str, text: str) -> list[str]:
    out = []
    if EDU_HIGHER[lang].search(text):
        out.append("higher")
    if EDU_POSTGRADUATE[lang].search(text):
        out.append("postgraduate")
    if EDU_TVET[lang].search(text):
        out.append("tvet")
    if EDU_POST_SECONDARY[lang].search(text):
        out.append("post_secondary")
    return out


def _noun_follows(lang: str, pieces: list[str], i: int) -> bool:
    """A piece after ``pieces[i]`` names an education noun, and every piece between them has levels but no
    noun (the shared noun of an ellipsis)."""
    for piece in pieces[i + 1:]:
        if EDU_NOUN[lang].search(piece):
            return True
        if not _levels(lang, piece):
            return False
    return False


def parse(lang: str, text: str, lines: list[int], first_id: int) -> list[dict]:
    """Education alternatives printed in ``text`` (one base line).

    Each entry carries a private ``_span`` (offsets in ``text``) that the caller uses to tie
    experience floors to the alternatives they follow, then drops.
    """
    spans, start = [], 0
    for m in EDU_SPLIT[lang].finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    cut = []
    for a, b in spans:
        clean, head_experience, tail = _education_text(lang, text[a:b])
        if clean and not head_experience:
            cut.append((clean, (a, b), tail, EDU_DECLARED_LEVEL[lang].search(text[a:b])))
    pieces = [c[0] for c in cut]
    out: list[dict] = []
    prev_levels: list[str] = []
    prev_nounless = False
    prev_profile = False
    run: list[list[str]] = []  # the levels of each noun-less piece in a row just before this one
    for i, piece in enumerate(pieces):
        levels = _levels(lang, piece)
        xi = bool(EDU_SCHOOL_XI[lang].search(piece))
        retraining = bool(EDU_RETRAINING[lang].search(piece))
        has_noun = bool(EDU_NOUN[lang].search(piece))
        # A level without a noun is an education only when a following piece supplies the noun, through
        # pieces that have none either («жоғары ... педагогикалық немесе ... білім»; 2.3 «жоғары және (немесе)
        # жоғары оқу орнынан кейінгі немесе техникалық және кәсіптік педагогикалық немесе музыкалық білімі»);
        # otherwise it names a place of work.
        elliptic = bool(levels) and _noun_follows(lang, pieces, i)
        if not (has_noun or xi or retraining or elliptic):
            prev_levels, prev_nounless, prev_profile, run = [], False, False, []
            continue
        profile = bool(EDU_PROFILE[lang].search(piece))
        inherited = False
        groups: list[list[str]] = [levels]
        if ELLIPSIS and not levels and not xi and not retraining and prev_nounless and prev_levels:
            # Every level of the noun-less run shares this noun: «жоғары және (немесе) жоғары оқу орнынан
            # кейінгі немесе техникалық және кәсіптік педагогикалық немесе музыкалық білімі» (2.3) is higher
            # or TVET, pedagogical or music — one alternative per level group, in the order printed.
            groups, inherited = [list(g) for g in run] or [list(prev_levels)], True
            profile = profile or prev_profile
        declared = cut[i][3]
        for levels in groups:
            out.append(_entry(lang, piece, levels, xi, retraining, has_noun, profile, inherited, declared,
                              lines, f"{lang}-E{first_id + len(out)}", cut[i][1], cut[i][2]))
        levels = out[-1]["levels"]
        run = [*run, levels] if levels and not has_noun else []
        prev_levels, prev_nounless, prev_profile = levels, not has_noun, profile
    _share(lang, out)
    return out


def _entry(lang: str, piece: str, levels: list[str], xi: bool, retraining: bool, has_noun: bool, profile: bool,
           inherited: bool, declared, lines: list[int], ident: str, span: tuple[int, int], tail: bool) -> dict:
    """One education alternative."""
    if xi:
        # The level is the one the text declares for this document, never assumed.
        via = "school_ped_class_pre1995"
        qual = DECLARED_LEVEL_OF.get(declared.group(1).lower()) if declared and DECLARED_LEVEL_WINS else None
        levels = []
    elif retraining and not levels:
        via, qual = "retraining", RETRAINING_LEVEL
    elif EDU_COURSE[lang].search(piece) and not levels:
        via, qual = "qualification_course", None
    else:
        via = "diploma"
        quals = {LEVEL_OF[lv] for lv in levels}
        qual = "high" if "high" in quals else ("middle" if "middle" in quals else UNSTATED_LEVEL)
    pedagogical: bool | None
    if EDU_PEDAGOGICAL[lang].search(piece):
        pedagogical = True
    elif EDU_OTHER[lang].search(piece) or (has_noun and not retraining):
        pedagogical = False
    else:
        pedagogical = None
    return {
        "id": ident,
        "lang": lang,
        "levels": levels,
        "pedagogical": pedagogical,
        "profile_relevant": True if profile else None,
        "qualification_level": qual,
        "via": via,
        "level_inherited": inherited,
        "directions": [d for d in EDU_DIRECTION.findall(piece) if not re.search(r"санат|категори", d, re.I)],
        "quote": piece,
        "lines": list(lines),
        "_span": span,
        "_tail": tail,
    }


def _share(lang: str, out: list[dict]) -> None:
    # A noun-less piece («жоғары ... педагогикалық») shares the pedagogical word of the next one.
    # It also shares a profile or named directions printed after the next piece's noun («высшее или
    # послевузовское образование по направлениям ...»), not those printed before it («... немесе бейіні
    # бойынша техникалық және кәсіптік білім» qualifies the second piece only).
    for a, b in itertools.pairwise(out):
        if EDU_NOUN[lang].search(a["quote"]):
            continue
        if a["pedagogical"] is None and b["pedagogical"] is True:
            a["pedagogical"] = True
        noun = EDU_NOUN[lang].search(b["quote"])
        after = b["quote"][noun.end():] if noun else ""
        if not a["directions"]:
            a["directions"] = [d for d in b["directions"] if d in after]
        if a["profile_relevant"] is None and EDU_PROFILE[lang].search(after):
            a["profile_relevant"] = True
