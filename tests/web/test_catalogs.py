"""The .po catalogs: every entry translated in kk and ru, no msgid in two catalogs, .mo compiled from them."""

from __future__ import annotations

import gettext
import re
from pathlib import Path

import polib
import pytest

import sanat
from sanat.vocabulary import LANGS

ROOT = Path(sanat.__file__).resolve().parent
CATALOGS = sorted(ROOT.glob("**/locale/*/LC_MESSAGES/django.po"))
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|\{\w*\}")


def entries(lang: str):
    for path in CATALOGS:
        if path.parts[-3] == lang:
            yield path, polib.pofile(str(path))


def test_every_app_catalog_has_both_languages():
    bases = {p.parents[3] for p in CATALOGS}
    assert ROOT in bases and len(bases) >= 5
    for base in bases:
        for lang in LANGS:
            assert (base / "locale" / lang / "LC_MESSAGES" / "django.po").exists(), (base, lang)


@pytest.mark.parametrize("lang", LANGS)
def test_every_entry_is_translated(lang):
    missing = []
    for path, po in entries(lang):
        for e in po:
            if e.obsolete:
                continue
            forms = list(e.msgstr_plural.values()) if e.msgid_plural else [e.msgstr]
            if "fuzzy" in e.flags or not all(forms):
                missing.append(f"{path.relative_to(ROOT)}: {e.msgid!r}")
    assert not missing, "untranslated (write the msgstr in the .po, then dev/messages):\n" + "\n".join(missing)


@pytest.mark.parametrize("lang", LANGS)
def test_placeholders_survive_translation(lang):
    bad = []
    for path, po in entries(lang):
        for e in po:
            forms = list(e.msgstr_plural.values()) if e.msgid_plural else [e.msgstr]
            want = set(PLACEHOLDER.findall(e.msgid))
            for form in forms:
                if form and set(PLACEHOLDER.findall(form)) - want:
                    bad.append(f"{path.relative_to(ROOT)}: {e.msgid!r} → {form!r}")
    assert not bad, "\n".join(bad)


@pytest.mark.parametrize("lang", LANGS)
def test_no_msgid_in_two_catalogs(lang):
    seen: dict = {}
    for path, po in entries(lang):
        for e in po:
            if not e.obsolete:
                seen.setdefault((e.msgctxt, e.msgid), []).append(str(path.relative_to(ROOT)))
    twice = {k: v for k, v in seen.items() if len(v) > 1}
    assert not twice, f"one msgid, one catalog (dev/messages moves shared ones to sanat/locale): {twice}"


@pytest.mark.parametrize("lang", LANGS)
def test_mo_files_are_compiled_from_the_po(lang):
    for path, po in entries(lang):
        mo_path = path.with_suffix(".mo")
        assert mo_path.exists(), f"{mo_path} missing: run dev/messages --compile"
        with open(mo_path, "rb") as f:
            mo = gettext.GNUTranslations(f)
        for e in po:
            if e.obsolete or e.msgid_plural or "fuzzy" in e.flags or not e.msgstr:
                continue
            msgid = f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt else e.msgid
            assert mo.gettext(msgid) == e.msgstr, f"{mo_path} is stale for {e.msgid!r}: dev/messages --compile"


def test_no_python_translation_tables():
    """The .po files are the only source: no tables of translations or writers of .po files in the package."""
    offenders = [p for p in ROOT.glob("**/locale/*.py")]
    assert not offenders, offenders
