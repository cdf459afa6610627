"""Interface translations: every catalog/layout string has kk and ru, and the .mo files are compiled."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import pytest

import sanat

ROOT = Path(sanat.__file__).resolve().parent
LOCALE = ROOT / "locale"
MINE = [
    *sorted((ROOT / "catalog" / "templates" / "catalog").glob("*.html")),  # course/ and standard/ are others'
    ROOT / "web" / "templates" / "base.html",
    ROOT / "web" / "templates" / "nav.html",
]
_TRANSLATE = re.compile(r"""\{% translate (["'])(.+?)\1""")
_BLOCK = re.compile(r"\{% blocktranslate[^%]*%\}(.+?)\{% (?:plural|endblocktranslate) %\}", re.S)


def msgids() -> set[str]:
    out: set[str] = set()
    for path in MINE:
        text = path.read_text(encoding="utf-8")
        out.update(m.group(2) for m in _TRANSLATE.finditer(text))
        for m in _BLOCK.finditer(text):
            out.add(re.sub(r"\{\{ (\w+) \}\}", r"%(\1)s", m.group(1)))
    return out


@pytest.mark.parametrize("lang", ["kk", "ru"])
def test_interface_strings_are_translated_and_compiled(lang):
    po = (LOCALE / lang / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    with open(LOCALE / lang / "LC_MESSAGES" / "django.mo", "rb") as f:
        mo = gettext.GNUTranslations(f)
    ids = msgids()
    assert len(ids) > 50
    missing = [m for m in ids if mo.gettext(m) == m and mo.ngettext(m, m + "s", 5) == m + "s"]
    assert not missing, f"{lang}: untranslated or not compiled: {missing}"
    # the .mo holds every translated .po entry (compiled after the last edit)
    for m in re.finditer(r'\nmsgid "((?:[^"\\]|\\.)+)"\nmsgstr "((?:[^"\\]|\\.)+)"\n', po):
        msgid, msgstr = (x.replace('\\"', '"') for x in m.groups())
        assert mo.gettext(msgid) == msgstr, f"{lang}: .mo is stale for {msgid!r}"
