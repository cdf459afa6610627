"""Fill this app's ``{kk,ru}/LC_MESSAGES/django.po`` from ``attestation_translations.py`` (reuses
``sanat/locale/fill_po.fill``), then compile with ``msgfmt --check-format``. Run after makemessages:

    cd sanat/attestation && ../../.venv/bin/django-admin makemessages -l kk -l ru --no-location
    ../../.venv/bin/python locale/fill.py
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1] / "locale"))
from attestation_translations import KK, RU  # noqa: E402
from fill_po import fill  # noqa: E402

for lang, table in (("kk", KK), ("ru", RU)):
    po = HERE / lang / "LC_MESSAGES" / "django.po"
    missing = fill(po, table)
    for m in missing:
        print(f"{lang}: untranslated: {m}")
    subprocess.run(["msgfmt", "--check-format", "-o", str(po.with_suffix(".mo")), str(po)], check=True)
