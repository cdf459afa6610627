"""Bring every .po catalog in line with the code (run by ``dev/messages``; the .po files stay the only source).

Catalogs: each app with a ``locale/`` folder (``sanat/<app>/locale``) holds the strings of its own files;
the project-wide ``sanat/locale`` (``LOCALE_PATHS``) holds ``sanat/web``'s templates, the apps without a
``locale/`` of their own, and every msgid that more than one catalog would hold (so no msgid is in two
catalogs and one translation serves every page).

Steps: remember every translation the catalogs hold now (msgctxt + msgid → msgstr), run ``makemessages``
per catalog (``--no-obsolete``: strings gone from the code leave the .po), give every untranslated entry
the remembered translation (a string that moved between apps keeps it; for Django's own strings that we
override, Django's bundled catalog of that language is the fallback), move shared msgids to
``sanat/locale``, and print what is still untranslated. Nothing is invented: an entry without a
translation stays empty (and ``tests/web/test_catalogs.py`` fails until someone writes it in the .po).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parents[1]
SANAT = ROOT / "sanat"
LANGS = ("kk", "ru")  # sanat.vocabulary.LANGS (not imported: this runs before Django settings matter)
#: The project-wide catalog reads these folders besides the Django apps without a catalog of their own.
SHARED = ("web",)
HEADER = {
    "kk": "nplurals=2; plural=(n!=1);",
    "ru": "nplurals=4; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<12 || n%100>14) ? 1 "
          ": n%10==0 || (n%10>=5 && n%10<=9) || (n%100>=11 && n%100<=14)? 2 : 3);",
}


def app_dirs() -> list[Path]:
    """Apps with their own catalog (``sanat/<app>/locale``)."""
    return sorted(p.parent for p in SANAT.glob("*/locale") if p.is_dir())


def po_path(base: Path, lang: str) -> Path:
    return base / "locale" / lang / "LC_MESSAGES" / "django.po"


def key(e: polib.POEntry) -> tuple[str | None, str]:
    return (e.msgctxt, e.msgid)


def translated(e: polib.POEntry) -> bool:
    if "fuzzy" in e.flags or e.obsolete:
        return False
    if e.msgid_plural:
        return bool(e.msgstr_plural) and all(v for v in e.msgstr_plural.values())
    return bool(e.msgstr)


def memory(lang: str) -> dict:
    """Every translation the catalogs hold now; the project-wide catalog wins where two disagree."""
    mem: dict = {}
    for base in [SANAT, *app_dirs()]:
        path = po_path(base, lang)
        if path.exists():
            for e in polib.pofile(str(path)):
                if translated(e):
                    mem.setdefault(key(e), e)
    return mem


def django_memory(lang: str) -> dict:
    """Django's own bundled translations (only for the Django strings we override in ``sanat/locale``)."""
    import django

    mem: dict = {}
    base = Path(django.__file__).parent
    for path in [base / "conf" / "locale" / lang / "LC_MESSAGES" / "django.po",
                 *base.glob(f"contrib/*/locale/{lang}/LC_MESSAGES/django.po")]:
        if path.exists():
            for e in polib.pofile(str(path)):
                if translated(e):
                    mem.setdefault(key(e), e)
    return mem


def makemessages(cwd: Path, ignore: list[str]) -> None:
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "sanat.web.settings_dev"}
    args = [sys.executable, "-m", "django", "makemessages", "--no-obsolete", "--add-location", "file",
            "--no-wrap", *[f"-l{lang}" for lang in LANGS]]
    for pattern in ignore:
        args += ["--ignore", pattern]
    subprocess.run(args, cwd=cwd, env=env, check=True, stdout=subprocess.DEVNULL)


def fill(entry: polib.POEntry, source: polib.POEntry, nplurals: int) -> None:
    if entry.msgid_plural:
        forms = source.msgstr_plural or {0: source.msgstr}
        last = max(forms)
        entry.msgstr_plural = {i: forms.get(i, forms[last]) for i in range(nplurals)}
    else:
        entry.msgstr = source.msgstr or source.msgstr_plural.get(0, "")
    entry.flags = [f for f in entry.flags if f != "fuzzy"]
    entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None


def update() -> int:
    apps = app_dirs()
    mems = {lang: memory(lang) for lang in LANGS}
    for app in apps:
        makemessages(app, [])
    # sanat/locale reads sanat/web and the Django apps (an apps.py) without a locale/ of their own; every other
    # folder is an app with its own catalog or a pure package (no Django, no interface strings: xgettext must
    # not read their ``_(``), so it is skipped — a new pure package needs no entry here
    skipped = [d.name for d in SANAT.iterdir() if d.is_dir() and d.name not in SHARED
               and (not (d / "apps.py").exists() or d in apps)]
    makemessages(SANAT, [f"{name}/*" for name in skipped])
    left = 0
    for lang in LANGS:
        nplurals = int(HEADER[lang].split(";")[0].split("=")[1])
        catalogs = {base: polib.pofile(str(po_path(base, lang)), wrapwidth=0) for base in [SANAT, *apps]}
        shared = catalogs[SANAT]
        owners: dict = {}
        for base, po in catalogs.items():
            po.metadata["Plural-Forms"] = HEADER[lang]
            po.metadata["Language"] = lang
            po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
            # a fixed date: makemessages' timestamp would make every run (and every merge) touch every catalog
            po.metadata["POT-Creation-Date"] = "2026-01-01 00:00+0000"
            for e in po:
                owners.setdefault(key(e), []).append(base)
        for k, bases in owners.items():  # a msgid of several catalogs lives in the shared one only
            if len(bases) < 2:
                continue
            if SANAT not in bases:
                e = catalogs[bases[0]].find(k[1], msgctxt=k[0])
                shared.append(polib.POEntry(msgid=e.msgid, msgid_plural=e.msgid_plural, msgctxt=e.msgctxt,
                                            occurrences=[]))
            target = shared.find(k[1], msgctxt=k[0])
            for base in bases:
                if base is SANAT:
                    continue
                e = catalogs[base].find(k[1], msgctxt=k[0])
                target.occurrences += [(f"{base.name}/{path}", line) for path, line in e.occurrences]
                if e.msgid_plural and not target.msgid_plural:
                    target.msgid_plural = e.msgid_plural
                catalogs[base].remove(e)
        dj = django_memory(lang)
        for base, po in catalogs.items():
            for e in po:
                if translated(e):
                    continue
                source = mems[lang].get(key(e)) or dj.get(key(e))
                if source is not None:
                    fill(e, source, nplurals)
                else:
                    left += 1
                    print(f"{lang}: untranslated in {po_path(base, lang).relative_to(ROOT)}: {e.msgid!r}")
            po.sort(key=lambda e: (e.msgctxt or "", e.msgid))
            po.save()
    return left


if __name__ == "__main__":
    sys.exit(1 if update() else 0)
