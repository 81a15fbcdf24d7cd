"""Resolution of date candidates: from what the text says to an ISO 8601 value.

The scanner (``dates.py``) turns each match into a ``Found``: the calendar parts
the text gives (year, month, day, weekday, ...) and how it is relative (to the
reference day, to another date in the text). This module fills in the rest
from the reference day and the sentence's tense, following the news
conventions of ``calendar.py``; docs/dates.md lists the ISO forms.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

import factcheck.extract.calendar as cal

__all__ = ["Found", "needs_tense", "resolve", "resolve_end", "timex"]


@dataclass
class Found:
    """One date or time candidate before resolution against the reference day."""

    start: int
    end: int
    kind: str = "date"
    grain: str = "day"
    y: int | None = None
    m: int | None = None
    d: int | None = None
    wd: int | None = None
    mod: str | None = None  # "last", "next", "this", "this week", ...
    qualifier: str = "exact"
    rel: tuple[str, int] | None = None  # (unit, n) from the reference day
    ago: tuple[str, int] | None = None  # (unit, n) back from the reference day
    anchored: tuple[str, int] | None = None  # (unit, n) from the previous date in the text
    decade: int | None = None
    century: int | None = None
    quarter: int | None = None
    season: str | None = None
    hh: int | None = None
    mi: int | None = None
    se: int | None = None  # "at 14:32:10": seconds, where the clock gives them
    tz: str | None = None
    upto: Found | None = None  # the end of a range
    holiday: str | None = None
    part_of_day: bool = False  # "Sunday evening"
    whole_year: bool = False  # "the following year": the calendar year, whatever the anchor's grain
    month_open: bool = False  # "on the 15th": day known, month from the reference
    year_shift: int | None = None  # "June next year": the year relative to the reference
    invalid: bool = False  # "Feb. 30": no such day
    iso: str | None = None
    extra: dict = field(default_factory=dict)


def resolve(f: Found, ref: _dt.date | None, tense: str | None, anchor: Found | None) -> str | None:
    """Fill f.grain and return the ISO string (None when it cannot be known).

    A date that falls outside the calendar (years 1..9999), counted from a
    reference day or an anchor near its ends ("next year" on 9999-12-31, "5,000
    years ago"), cannot be known either: Python's dates raise OverflowError or
    ValueError there, and ``cal.checked_year`` does for bare year arithmetic.
    """
    try:
        return _resolve(f, ref, tense, anchor)
    except (OverflowError, ValueError):
        return None


def _resolve(f: Found, ref: _dt.date | None, tense: str | None, anchor: Found | None) -> str | None:
    if f.kind == "time":
        seconds = f":{f.se:02d}" if f.se is not None else ""
        return f"T{f.hh:02d}:{f.mi:02d}{seconds}"
    if f.invalid:
        return None
    if f.decade is not None:
        return cal.iso_decade(f.decade)
    if f.century is not None:
        return f"{f.century:02d}"
    if f.quarter is not None:
        y = f.y if f.y is not None else _quarter_year(f.quarter, ref, tense)
        return f"{y:04d}-Q{f.quarter}" if y is not None else None
    if f.season is not None:
        y = f.y
        if y is None and ref is not None:
            y = cal.season_year(f.season, ref, f.mod, tense)
        return f"{y:04d}-{f.season}" if y is not None else None
    if f.month_open:
        if ref is None:
            return None
        return cal.day_of_near_month(f.d, f.wd, ref, tense).isoformat()
    if f.holiday is not None:
        if f.y is not None:
            return cal.holiday_date(f.holiday, f.y).isoformat()
        if ref is None:
            return None
        return cal.holiday_near(f.holiday, ref, tense).isoformat()
    if f.rel is not None:
        if ref is None:
            return None
        unit, n = f.rel
        if f.mod == "tense":
            # "at the weekend": the one ending the reference day's ISO week when it
            # is ahead (future) or under way; the one before it when it is past
            n = 0 if tense == "future" or ref.weekday() >= 5 else -1
        iso, f.grain = cal.shift(ref, unit, n)
        return iso
    if f.ago is not None:
        if ref is None:
            return None
        iso, f.grain = cal.ago(ref, *f.ago)
        return iso
    if f.anchored is not None:
        return _resolve_anchored(f, anchor)
    if f.wd is not None and f.m is None:
        if ref is None:
            return None
        if tense == "future" and f.part_of_day and f.mod is None and f.wd == ref.weekday():
            return ref.isoformat()  # "will visit on Sunday evening" in a Sunday story
        return cal.weekday_date(f.wd, ref, tense, f.mod).isoformat()
    if f.m is not None and f.d is not None:
        y = _year_of(f, ref, lambda r: cal.day_month_year(f.m, f.d, r, tense))
        return f"{y:04d}-{f.m:02d}-{f.d:02d}" if y is not None else None
    if f.m is not None:
        y = _year_of(f, ref, lambda r: cal.month_year(f.m, r, tense, f.mod))
        return cal.iso_month(y, f.m) if y is not None else None
    if f.y is not None:
        return f"{f.y:04d}"
    return None


def _year_of(f: Found, ref: _dt.date | None, by_tense) -> int | None:
    """The year of a date: written, "next year", or chosen by ``by_tense(ref)``."""
    if f.y is not None:
        return f.y
    if ref is None:
        return None
    if f.year_shift is not None:
        return cal.checked_year(ref.year + f.year_shift)
    return by_tense(ref)


def resolve_end(
    a: Found, b: Found, iso_a: str | None, ref: _dt.date | None, tense, anchor
) -> str | None:
    """The end of a range, read forward from its start ("from May to August").

    None past the calendar's ends, as for ``resolve``.
    """
    try:
        return _resolve_end(a, b, iso_a, ref, tense, anchor)
    except (OverflowError, ValueError):
        return None


def _resolve_end(
    a: Found, b: Found, iso_a: str | None, ref: _dt.date | None, tense, anchor
) -> str | None:
    if b.m is None and b.d is not None:
        b.m = a.m
    if iso_a is None or b.y is not None or b.rel or b.ago or b.anchored:
        return _resolve(b, ref, tense, anchor)
    if b.wd is not None and b.m is None and len(iso_a) == 10:
        start = _dt.date.fromisoformat(iso_a)
        return (start + _dt.timedelta(days=(b.wd - start.weekday()) % 7)).isoformat()
    if b.m is not None and iso_a[:4].isdigit():
        y0 = int(iso_a[:4])
        a_m = a.m if a.m is not None else (int(iso_a[5:7]) if len(iso_a) >= 7 else 1)
        b.y = y0 if (b.m, b.d or 0) >= (a_m, a.d or 0) else cal.checked_year(y0 + 1)
    return _resolve(b, ref, tense, anchor)


def _quarter_year(q: int, ref: _dt.date | None, tense: str | None) -> int | None:
    if ref is None:
        return None
    current = (ref.month - 1) // 3 + 1
    if tense == "past" and q > current:
        return cal.checked_year(ref.year - 1)
    if tense == "future" and q < current:
        return cal.checked_year(ref.year + 1)
    return ref.year


# grains whose ISO form starts with the year ("2016-Q3", "2012-SU", "2017-W09", "2017-03")
_GRAINS_WITH_A_YEAR = ("day", "week", "month", "quarter", "season", "year")


def _resolve_anchored(f: Found, anchor: Found | None) -> str | None:
    """ "a year earlier", "the next day": counted from the previous date in the text.

    The anchor may be of any grain the scanner gives (day, week, month, quarter,
    season, year, decade, century); a count finer than what the anchor fixes
    ("two years later" than the 1970s, "the next day" after March) cannot be
    known and stays None. A coarser one keeps the anchor's grain where it can
    ("March 2020 ... a year earlier" -> 2019-03).
    """
    if anchor is None or anchor.iso is None or "/" in anchor.iso:
        return None
    unit, n = f.anchored
    iso, grain = anchor.iso, anchor.grain
    if unit == "year" and f.m is not None:
        # "June of the previous year": the month in the year before the anchor's
        if grain not in _GRAINS_WITH_A_YEAR:
            return None
        y = cal.checked_year(int(iso[:4]) + n)
        if f.d is None:
            return cal.iso_month(y, f.m)
        day = cal.safe_date(y, f.m, f.d)
        return day.isoformat() if day is not None else None
    if unit in ("day", "week"):
        step = n * (7 if unit == "week" else 1)
        if grain == "day":
            f.grain = "day"
            return (_dt.date.fromisoformat(iso) + _dt.timedelta(days=step)).isoformat()
        if grain == "week" and unit == "week":  # "last week ... the following week"
            monday = _dt.date.fromisocalendar(int(iso[:4]), int(iso[6:8]), 1)
            f.grain = "week"
            return cal.iso_week(monday + _dt.timedelta(days=step))
        return None
    if unit == "month" and grain in ("day", "month"):
        y, m = cal.add_months(int(iso[:4]), int(iso[5:7]), n)
        if grain == "day":
            day = min(int(iso[8:10]), 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31)
            f.grain = "day"
            return f"{cal.iso_month(y, m)}-{day:02d}"
        f.grain = "month"
        return cal.iso_month(y, m)
    if unit == "year" and grain in _GRAINS_WITH_A_YEAR:
        y = cal.checked_year(int(iso[:4]) + n)
        if grain in ("year", "week") or f.whole_year:
            # a week's number need not exist in the other year; "the following year"
            # after "the autumn of 1926" is 1927, not its autumn
            f.grain = "year"
            return f"{y:04d}"
        rest = "-02-28" if iso[4:] == "-02-29" else iso[4:]
        f.grain = grain
        return f"{y:04d}{rest}"
    if unit == "decade" and (grain in _GRAINS_WITH_A_YEAR or grain == "decade"):
        decade = int(iso[:3]) if grain == "decade" else int(iso[:4]) // 10
        f.grain = "decade"
        return cal.iso_decade(decade + n)
    return None


def timex(f: Found) -> str | None:
    """A TIMEX3-style value with X for what the text leaves open ("XXXX-02-13")."""
    if f.y is None and f.m is not None:
        return f"XXXX-{f.m:02d}" + (f"-{f.d:02d}" if f.d is not None else "")
    if f.month_open:
        return f"XXXX-XX-{f.d:02d}"
    if f.m is None and f.wd is not None and f.rel is None:
        return f"XXXX-WXX-{f.wd + 1}"
    return None


def needs_tense(f: Found) -> bool:
    """Whether the sentence's tense can change this mention's ISO value."""
    if f.mod == "tense":
        return True  # "at the weekend"
    if f.kind != "date" or f.rel or f.ago or f.anchored:
        return False
    if f.y is None and (f.m is not None or f.wd is not None or f.quarter or f.holiday or f.d):
        return True
    if f.y is None and f.season is not None and f.mod is None:
        return True  # "in the autumn": the last one or the next one
    return f.upto is not None and needs_tense(f.upto)
