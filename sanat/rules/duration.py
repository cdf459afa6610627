"""Experience arithmetic. Durations are whole "360-days": 1 year = 12 months = 360 days.

A dated period counts calendar years, months and days from its first day to the day after its last
day (an open period runs to the evaluation date, exclusive), so 15.03.2020 → as of 15.03.2025 is exactly
5 years and as of 14.03.2025 is one day short. Periods are summed in years/months/days with the labour-
record carry (30 days = 1 month, 12 months = 1 year). A single period reaches N years exactly on its
N-th anniversary.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

YEAR = 360


def add_months(d: date, n: int) -> date:
    """``d`` plus ``n`` calendar months, clamped to the month's last day (31.01 + 1 month = 28/29.02)."""
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def ymd(start: date, end_excl: date) -> tuple[int, int, int]:
    """Calendar difference ``end_excl - start`` as (years, months, days): whole months by anniversary,
    then the days left (never a full year of 360: after 11 months at most 29 days)."""
    if end_excl <= start:
        return (0, 0, 0)
    months = (end_excl.year - start.year) * 12 + end_excl.month - start.month
    if add_months(start, months) > end_excl:
        months -= 1
    days = (end_excl - add_months(start, months)).days
    y, m = divmod(months, 12)
    if m == 11 and days >= 30:
        days = 29
    return (y, m, days)


def period_days(start: date, last_day: date | None, as_of: date, window_start: date | None = None) -> int:
    """Length of a period (``last_day`` inclusive, ``None`` = ongoing) counted up to ``as_of``."""
    end_excl = as_of if last_day is None else min(last_day + timedelta(days=1), as_of)
    if window_start is not None and start < window_start:
        start = window_start
    y, m, d = ymd(start, end_excl)
    return y * YEAR + m * 30 + d


def years_to_days(years: float) -> int:
    return round(years * YEAR)


def days_to_years(days: int) -> float:
    return days / YEAR


def split(days: int) -> tuple[int, int, int]:
    """360-days → (years, months, days)."""
    y, rest = divmod(max(days, 0), YEAR)
    m, d = divmod(rest, 30)
    return (y, m, d)


def add_years(d: date, years: int) -> date:
    """``d`` shifted by whole years (29 Feb → 28 Feb)."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)
