"""Fill ``msgstr`` of ``locale/{kk,ru}/LC_MESSAGES/django.po`` from ``translations.py``.

Entries already translated in the .po (by hand or by another engineer) are kept, except fuzzy
ones (makemessages' guesses), which are refilled from the table; their fuzzy flag is dropped.
Prints the msgids still untranslated (or left fuzzy).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from translations import KK, RU  # noqa: E402

_STR = re.compile(r'"((?:[^"\\]|\\.)*)"')


def _unquote(lines: list[str]) -> str:
    return "".join(m.group(1) for line in lines for m in _STR.finditer(line)).replace('\\"', '"').replace("\\n", "\n")


def _quote(s: str) -> str:
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def fill(po: Path, table: dict) -> list[str]:
    text = po.read_text(encoding="utf-8")
    m = re.search(r"nplurals=(\d+)", text)
    nplurals = int(m.group(1)) if m else 2
    blocks = text.split("\n\n")
    out, missing = [], []
    for block in blocks:
        lines = block.split("\n")
        fields: dict[str, list[str]] = {}
        order: list[str] = []
        comments: list[str] = []
        cur = None
        for line in lines:
            if line.startswith("#"):
                comments.append(line)
                continue
            m = re.match(r"^(msgid_plural|msgid|msgstr(?:\[\d\])?|msgctxt) ", line)
            if m:
                cur = m.group(1)
                order.append(cur)
                fields[cur] = [line[len(cur) + 1:]]
            elif cur and line.startswith('"'):
                fields[cur].append(line)
        msgid = _unquote(fields.get("msgid", []))
        if not msgid:
            out.append(block)
            continue
        slots = [k for k in order if k.startswith("msgstr[")]
        fuzzy = any(c.startswith("#,") and "fuzzy" in c for c in comments)
        done = not fuzzy and any(_unquote(v) for k, v in fields.items() if k.startswith("msgstr"))
        if slots and len(slots) < nplurals:
            done = False  # a plural entry lacking forms of this language
        tr = table.get(msgid)
        if done or tr is None:
            if not done:
                missing.append(msgid)
            out.append(block)
            continue
        new = [c for c in comments if c != "#, fuzzy" and not c.startswith("#| ")]
        new = [c.replace("fuzzy, ", "").replace(", fuzzy", "") for c in new]
        new.append("msgid " + "\n".join(fields["msgid"]))
        if "msgid_plural" in fields:
            new.append("msgid_plural " + "\n".join(fields["msgid_plural"]))
            n = nplurals
            forms = tr if isinstance(tr, tuple) else (tr,)
            for i in range(n):
                new.append(f"msgstr[{i}] {_quote(forms[min(i, len(forms) - 1)])}")
        else:
            new.append(f"msgstr {_quote(tr if isinstance(tr, str) else tr[0])}")
        out.append("\n".join(new))
    po.write_text("\n\n".join(out), encoding="utf-8")
    return missing


if __name__ == "__main__":
    for lang, table in (("kk", KK), ("ru", RU)):
        missing = fill(HERE / lang / "LC_MESSAGES" / "django.po", table)
        for m in missing:
            print(f"{lang}: untranslated: {m!r}")
