"""Kazakhstan's individual identification number (ИИН / ЖСН): 12 digits.

Layout: ``YYMMDD`` birth date, digit 7 = century and sex (1/2: 1800s male/female, 3/4: 1900s,
5/6: 2000s), digits 8-11 a serial number, digit 12 a check digit. The check digit is the weighted
sum of the first 11 digits with weights 1..11, modulo 11; if that gives 10, the weights 3..11,1,2
are used instead; if that gives 10 again, the number is never issued (invalid).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
from dataclasses import dataclass

WEIGHTS_1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
WEIGHTS_2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
CENTURY = {1: 1800, 2: 1800, 3: 1900, 4: 1900, 5: 2000, 6: 2000}


class InvalidIIN(ValueError):
    """The value is not a valid IIN; ``code`` says why."""

    def __init__(self, code: str, message: str):
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class IIN:
    value: str
    birth_date: dt.date
    sex: str  # "M" or "F"


def check_digit(first11: str) -> int | None:
    """The control digit for the first 11 digits, or ``None`` if no valid digit exists."""
    digits = [int(c) for c in first11]
    c = sum(w * d for w, d in zip(WEIGHTS_1, digits, strict=True)) % 11
    if c == 10:
        c = sum(w * d for w, d in zip(WEIGHTS_2, digits, strict=True)) % 11
    return None if c == 10 else c


def parse(value: str) -> IIN:
    """Validate an IIN and return its birth date and sex; raise :class:`InvalidIIN` otherwise."""
    value = (value or "").strip()
    if len(value) != 12 or not value.isascii() or not value.isdigit():
        raise InvalidIIN("format", "an IIN has exactly 12 digits")
    century_digit = int(value[6])
    if century_digit not in CENTURY:
        raise InvalidIIN("century", "the 7th digit (century and sex) must be 1-6")
    year = CENTURY[century_digit] + int(value[0:2])
    try:
        born = dt.date(year, int(value[2:4]), int(value[4:6]))
    except ValueError as exc:
        raise InvalidIIN("date", "the first six digits are not a valid birth date") from exc
    expected = check_digit(value[:11])
    if expected is None or expected != int(value[11]):
        raise InvalidIIN("checksum", "the check digit does not match")
    return IIN(value=value, birth_date=born, sex="M" if century_digit % 2 else "F")


def make(birth_date: dt.date, sex: str, serial: int) -> str | None:
    """Build a valid IIN (for tests and demo data), or ``None`` if this serial has no valid check digit."""
    if not 0 <= serial <= 9999:
        raise ValueError(f"an IIN's serial has four digits, not {serial}")
    base = {1800: 1, 1900: 3, 2000: 5}[birth_date.year // 100 * 100]
    digit7 = base if sex == "M" else base + 1
    first11 = f"{birth_date:%y%m%d}{digit7}{serial:04d}"
    c = check_digit(first11)
    return None if c is None else first11 + str(c)


def mask(value: str) -> str:
    """Show only the birth-date part and the last two digits (for lists and logs)."""
    return value[:6] + "••••" + value[-2:] if len(value) == 12 else "••••"


def keyed_hash(value: str, key: str | None = None) -> str:
    """HMAC-SHA256 of the IIN under ``settings.SANAT_IIN_KEY`` (hex). What the database stores for
    uniqueness and lookup: without the key the ~20,000 IINs possible for a known birth date cannot
    be tried against it."""
    if key is None:
        from django.conf import settings

        key = settings.SANAT_IIN_KEY
    return hmac.new(key.encode(), value.encode(), hashlib.sha256).hexdigest()


def masked(birth_date: dt.date | None, last2: str) -> str:
    """The same as :func:`mask`, from the stored parts (the birth date and the last two digits)."""
    if birth_date is None or len(last2) != 2:
        return "••••"
    return f"{birth_date:%y%m%d}••••{last2}"
