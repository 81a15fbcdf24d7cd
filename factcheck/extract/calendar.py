"""Calendar arithmetic for partial and relative dates, and their ISO 8601 forms.

Kept apart from the scanner so that the news conventions (which Monday, which
May) are in one small place: past tense looks back from the reference day,
future tense looks forward, and with no tense the nearer candidate wins.
"""

from __future__ import annotations

import datetime as _dt

import factcheck.lang as lang
from factcheck.extract.tense import FUTURE, PAST

_SEASONS = lang.table("calendar.seasons")
SEASON_CODES = {
    **_SEASONS,
    **{other: _SEASONS[season] for other, season in lang.table("calendar.season_synonyms").items()},
}
"""Season names -> TIMEX season codes ("autumn" and "fall" -> "FA")."""
# The last month of each season (northern hemisphere; winter ends in February).
_SEASON_END = {"SP": 5, "SU": 8, "FA": 11, "WI": 2}
SPAN_MULTIPLES = {"fortnight": ("week", 2), "decade": ("year", 10), "century": ("year", 100)}
"""Spans that are a number of a smaller one: "a decade later" is "ten years later"."""

# The reference days resolution supports: Python's calendar (years 1..9999) less one year at
# each end, so that the neighbouring years a partial date is chosen from ("in May", "last
# Christmas", "Friday the 13th") all exist. The CLI refuses a --date outside it; a date counted
# past the calendar's ends from any reference ("9,000 years from now") stays unresolved.
FIRST_REFERENCE = _dt.date(2, 1, 1)
LAST_REFERENCE = _dt.date(9998, 12, 31)


class OutOfCalendar(OverflowError):
    """A date before year 1 or after year 9999: left unresolved by ``dateresolve``."""


def checked_year(y: int) -> int:
    """``y`` when it is a year of the calendar (1..9999), else OutOfCalendar."""
    if not 1 <= y <= 9999:
        raise OutOfCalendar(f"year {y} is out of range")
    return y


def iso_day(d: _dt.date) -> str:
    return d.isoformat()


def iso_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def iso_decade(decade: int) -> str:
    """ "197" for the 1970s (ISO reduced precision); the decade must lie in the calendar."""
    checked_year(decade * 10 + (decade == 0))
    checked_year(decade * 10 + 9)
    return f"{decade:03d}"


def iso_week(d: _dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return checked_year(k // 12), k % 12 + 1


def safe_date(y: int, m: int, d: int) -> _dt.date | None:
    try:
        return _dt.date(y, m, d)
    except ValueError:
        return None


def _pick(candidates: list[_dt.date], ref: _dt.date, tense: str | None) -> _dt.date:
    """Choose among dates around ``ref`` by tense (see the module docstring)."""
    before = [c for c in candidates if c <= ref]
    after = [c for c in candidates if c > ref]
    if tense == PAST and before:
        return max(before)
    if tense == FUTURE and after:
        return min(after)
    return min(candidates, key=lambda c: (abs((c - ref).days), c > ref))


def weekday_date(wd: int, ref: _dt.date, tense: str | None, mod: str | None) -> _dt.date:
    """The date of weekday ``wd`` (0 = Monday) a news sentence means."""
    if mod == "coming":  # "this coming Sunday": the first one after the reference day
        return ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    if mod in ("last", "past"):
        mod = "last week"
    elif mod == "next":
        mod = "next week"
    if mod in ("this week", "next week", "last week"):
        monday = ref - _dt.timedelta(days=ref.weekday())
        shift = {"this week": 0, "next week": 7, "last week": -7}[mod]
        return monday + _dt.timedelta(days=shift + wd)
    if mod == "this":
        return ref - _dt.timedelta(days=ref.weekday()) + _dt.timedelta(days=wd)
    back = ref - _dt.timedelta(days=(ref.weekday() - wd) % 7)
    fwd = ref + _dt.timedelta(days=(wd - ref.weekday()) % 7 or 7)
    # A past verb allows the reference day itself: a wire story dated Monday
    # says "said on Monday" of that day; a future one means the next Monday.
    return _pick([back, fwd], ref, tense)


def month_year(m: int, ref: _dt.date, tense: str | None, mod: str | None) -> int:
    """The year of a month named without one ("in May", "last August")."""
    if mod == "this":
        return ref.year
    if mod in ("last", "past"):
        return ref.year if m < ref.month else ref.year - 1
    if mod == "next":
        return ref.year if m > ref.month else ref.year + 1
    if m == ref.month:
        return ref.year
    firsts = [_dt.date(ref.year + k, m, 1) for k in (-1, 0, 1)]
    ref_first = ref.replace(day=1)
    return _pick(firsts, ref_first, tense).year


def day_month_year(m: int, d: int, ref: _dt.date, tense: str | None) -> int:
    """The year of "Feb. 13" written without one."""
    candidates = [c for k in (-1, 0, 1) if (c := safe_date(ref.year + k, m, d)) is not None]
    if not candidates:
        return ref.year
    return _pick(candidates, ref, tense).year


def day_of_near_month(d: int, wd: int | None, ref: _dt.date, tense: str | None) -> _dt.date:
    """ "on the 15th": that day of the previous, current or next month, by tense.

    With a weekday ("Friday the 13th") only months where the day is that
    weekday count, when there are any.
    """

    def near(span: range) -> list[_dt.date]:
        out = []
        for k in span:
            y, m = add_months(ref.year, ref.month, k)
            c = safe_date(y, m, d)
            if c is not None:
                out.append(c)
        return out

    candidates = near(range(-1, 2))
    if wd is not None:
        matching = [c for c in near(range(-14, 15)) if c.weekday() == wd]
        before = [c for c in matching if c <= ref]
        after = [c for c in matching if c > ref]
        # the nearest such day on each side of the reference
        nearest = ([max(before)] if before else []) + ([min(after)] if after else [])
        candidates = nearest or candidates
    return _pick(candidates, ref, tense)


def season_year(code: str, ref: _dt.date, mod: str | None, tense: str | None = None) -> int:
    """The year of a season named without one: "last summer", "next spring", "this
    winter" count from the reference day; "in the autumn" (no ``mod``) is the one
    under way, else the last one in a past sentence and the next one in a future
    sentence. A winter carries the year of its December."""
    end = _SEASON_END[code]
    if mod == "last":
        return checked_year(ref.year if ref.month > end and code != "WI" else ref.year - 1)
    if mod == "next":
        return checked_year(ref.year + 1 if ref.month >= end - 2 and code != "WI" else ref.year)
    if mod is None and tense in ("past", "future"):
        start = (end - 3) % 12 + 1  # the season's first month: WI 12, SP 3, SU 6, FA 9
        if code == "WI":
            if ref.month <= end:  # under way, begun last December
                return checked_year(ref.year - 1)
            return checked_year(ref.year - 1 if tense == "past" and ref.month < 12 else ref.year)
        if tense == "past":
            return checked_year(ref.year if ref.month >= start else ref.year - 1)
        return checked_year(ref.year if ref.month <= end else ref.year + 1)
    return ref.year


def shift(ref: _dt.date, unit: str, n: int) -> tuple[str, str]:
    """ISO and grain of ``ref`` moved by ``n`` units, at that unit's grain."""
    if unit == "day":
        return iso_day(ref + _dt.timedelta(days=n)), "day"
    if unit == "week":
        return iso_week(ref + _dt.timedelta(days=7 * n)), "week"
    if unit == "weekend":
        return iso_week(ref + _dt.timedelta(days=7 * n)) + "-WE", "week"
    if unit == "month":
        y, m = add_months(ref.year, ref.month, n)
        return iso_month(y, m), "month"
    if unit == "year":
        return f"{checked_year(ref.year + n):04d}", "year"
    if unit == "decade":
        return iso_decade(ref.year // 10 + n), "decade"
    raise ValueError(unit)


def ago(ref: _dt.date, unit: str, n: int) -> tuple[str, str]:
    """ "two years ago" -> the year two before; "a week ago" -> that day."""
    if unit == "week":
        return iso_day(ref - _dt.timedelta(days=7 * n)), "day"
    return shift(ref, unit, -n)


_FIXED_HOLIDAYS = {name: tuple(day) for name, day in lang.table("calendar.holidays_fixed").items()}
_EASTER_OFFSET = lang.table("calendar.holidays_easter")


def easter(y: int) -> _dt.date:
    """Easter Sunday of year ``y`` (Gregorian; the anonymous algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = b // 4, b % 4
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = c // 4, c % 4
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * l_) // 433
    month = (h + l_ - 7 * m + 90) // 25
    day = (h + l_ - 7 * m + 33 * month + 19) % 32
    return _dt.date(y, month, day)


def holiday_date(name: str, y: int) -> _dt.date:
    if name in _FIXED_HOLIDAYS:
        return _dt.date(y, *_FIXED_HOLIDAYS[name])
    return easter(y) + _dt.timedelta(days=_EASTER_OFFSET[name])


def holiday_near(name: str, ref: _dt.date, tense: str | None) -> _dt.date:
    """The holiday of the year the sentence's tense points to (as for "Feb. 13")."""
    return _pick([holiday_date(name, ref.year + k) for k in (-1, 0, 1)], ref, tense)
