"""The issuer of certificates (a setting): the centre's name, details and signatory in kk and ru.

Shipped with EXAMPLE values (``data/issuer.example.yaml``), shown as such on the certificate;
``SANAT_TRAINING_CENTRE_ISSUER`` names a deployment's own file with the same keys.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from sanat.vocabulary import norm_lang

EXAMPLE_FILE = Path(__file__).parent / "data" / "issuer.example.yaml"


@dataclass(frozen=True)
class Issuer:
    name: dict[str, str]
    details: dict[str, str]
    signatory_name: str
    signatory_title: dict[str, str]
    example: bool

    def text(self, field: str, lang: str) -> str:
        values = getattr(self, field)
        return values.get(norm_lang(lang)) or next(iter(values.values()), "")


@lru_cache(maxsize=4)
def _load(path: str) -> Issuer:
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    sig = data.get("signatory") or {}
    return Issuer(name=dict(data.get("name") or {}), details=dict(data.get("details") or {}),
                  signatory_name=str(sig.get("name") or ""), signatory_title=dict(sig.get("title") or {}),
                  example=bool(data.get("example", False)))


def issuer() -> Issuer:
    """The configured issuer (the EXAMPLE one unless ``SANAT_TRAINING_CENTRE_ISSUER`` is set)."""
    return _load(os.environ.get("SANAT_TRAINING_CENTRE_ISSUER") or str(EXAMPLE_FILE))
