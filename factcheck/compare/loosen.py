"""Whether NEW says less than OLD and still holds for it: a true loosening.

A summary condenses. It writes the year of a full date ("1643" for "14 September
1643"), a month without its day, a century for a year, and it hedges an exact
figure ("about 50" for 50, "up to 289 ft" for a depth of 289 ft). By
consistency.md these are conflicts (``vaguer``, ``qualifier``): a rewrite that
loosens a figure tells the reader less than the wire did. A summary is meant to
tell less; what matters there is that the looser figure is still true. The
``consistency`` rules for summaries (``rules/compare/summary/``) report such a
pair as no flag; this module only says whether a conflict is one:

- ``coarser``: a date that OLD's date entails (``values.relate`` found it vaguer:
  NEW's value is OLD's cut short, or OLD's words less some), with no narrowing
  word of its own unless OLD's days lie in that part ("the end of May" for 25-30
  May; "early May" for 25 May says something else, ``compare.month_parts``), from an OLD date
  that has none either or only a narrowing one ("March 1999" for "early March
  1999"), never an edge ("1999" for "before March 1999" is false); of an OLD
  period, it must hold for both ends ("July" for 21 June to 13 July does not);
- ``hedged``: the same value, and an "about" or a bound that includes it where OLD
  states it exactly ("at least 50" for 50; "more than 50" for 50 is false, and
  "50" for "about 50" says more, not less); or a bound at NEW's own precision on
  the true side of OLD's exact figure ("more than 30" for 36).
"""

from __future__ import annotations

import dataclasses
import re

import factcheck.lang as lang
from factcheck.compare.values import (
    EDGE_KEPT,
    RANGE_BOUNDED,
    SEASON_KEPT,
    Relation,
    date_modifier,
    date_words,
    period_ends,
    relate,
    step,
)
from factcheck.mention import Mention
from factcheck.units import convert

ROUND_FOR_A_HEDGE = 1000
"""The rounding unit from which a summary may leave out an estimate's "about"."""
COARSER = "coarser"
HEDGED = "hedged"

INCLUSIVE_BOUNDS = frozenset(lang.words("compare.inclusive_bounds"))
DATE_NARROWINGS = frozenset(lang.words("compare.date_narrowings"))
DATE_PARTS: dict[str, dict[str, list[int]]] = {
    "month": lang.table("compare.month_parts"),
    "year": lang.table("compare.year_parts"),
}
"""grain -> narrowing word -> the first and last day of a month, or month of a year, it names."""
_MONTHS = {name: k for k, name in enumerate(lang.words("calendar.months"), 1)}
_MONTH_WEEKS: dict[str, list[int]] = lang.table("compare.month_weeks")
_WEEK_BEFORE = re.compile(
    rf"\b(?:the\s+)?({lang.alternation(list(_MONTH_WEEKS))})\s+of\s+(?:the\s+)?$",
    re.IGNORECASE,
)
"""A week or weekend of the month written right before it ("the last weekend of ")."""
_ISO_DATE = re.compile(r"^(?:\d{4}|XXXX)-(\d{2})(?:-(\d{2}))?$")


def loosening(
    old_text: str, old: Mention, new_text: str, new: Mention, rel: Relation | None
) -> str | None:
    """``COARSER`` or ``HEDGED`` when the conflict ``rel`` is a true loosening, else None."""
    if rel is not None and rel.kind in ("different", "qualifier") and _bound_rounds(old, new):
        return HEDGED
    if rel is None or rel.kind not in ("vaguer", "qualifier"):
        return None
    if rel.kind == "vaguer" and (rel.detail or "").startswith(RANGE_BOUNDED):
        return HEDGED if _bound_near_range(old, new) else None
    dates = old.kind != "quantity" and new.kind != "quantity"
    if dates and _coarser_date(old_text, old, new_text, new, rel):
        return COARSER
    if rel.kind == "qualifier" and _hedge_holds(old, new):
        return HEDGED
    return None


def _coarser_date(old_text: str, old: Mention, new_text: str, new: Mention, rel: Relation) -> bool:
    if rel.kind == "vaguer" and (rel.detail or "").startswith(SEASON_KEPT):
        return True  # "the (late) summer" for 3 August to 28 October 1926 (values.in_season)
    narrowing = date_modifier(old_text, old)
    part = date_modifier(new_text, new)
    if part and not narrowing and rel.detail == f"none -> {part}":
        # "late October" for "the last weekend of October": the week is in that part
        return _week_in_part(old_text, old, part)
    if part:
        # "the end of May" for 25-30 May holds; "early May" for 25 May, "before 1999" for
        # "before March 1999" do not
        return (
            rel.kind == "vaguer"
            and not narrowing
            and _covers_period(old, new)
            and _in_part(part, old, new)
        )
    if rel.kind == "vaguer":
        return (not narrowing or narrowing in DATE_NARROWINGS) and _covers_period(
            old, new, _edge_kept(rel)
        )
    # "this month" for "early this month": the narrowing word left out, the date kept
    return narrowing in DATE_NARROWINGS and rel.detail == f"{narrowing} -> none"


def _edge_kept(rel: Relation) -> int | None:
    """0 or 1 when the relation is NEW giving the start or the end of OLD's period
    (``values.kept_edge``: "until June 2018", "who died in 1941"), else None."""
    for k, edge in enumerate(("start", "end")):
        if (rel.detail or "").startswith(EDGE_KEPT.format(edge=edge)):
            return k
    return None


def _covers_period(old: Mention, new: Mention, edge: int | None = None) -> bool:
    """Whether NEW's coarser date holds for the whole of OLD's period, if OLD gives one:
    "June 2015" for 3-20 June 2015 does, "July" for 21 June to 13 July does not (it
    names one end, or another event in that month). A date NEW gives as one edge of
    the period ("until June 2018", "died in 1941") need hold for that edge only."""
    old_ends = period_ends(old)
    if old_ends is None:
        return True
    new_ends = period_ends(new) or ((new.iso, date_words(new)),) * 2
    if edge is not None:
        old_ends, new_ends = (old_ends[edge],), (new_ends[edge],)
    for (old_iso, old_words), (new_iso, new_words) in zip(old_ends, new_ends):
        if old_iso and new_iso:
            if not old_iso.startswith(new_iso):
                return False
        elif not (old_words and new_words and set(new_words.split()) < set(old_words.split())):
            return False
    return True


def _in_part(part: str, old: Mention, new: Mention) -> bool:
    """Whether every day OLD gives lies in the ``part`` ("early", "end", ...) of NEW's
    month, or every month OLD gives in that part of NEW's year."""
    grain = "month" if new.grain == "month" else "year" if new.grain == "year" else None
    span = DATE_PARTS.get(grain or "", {}).get(part)
    if span is None:
        return False
    days = _days(old)
    if not days:
        return False
    first, last = span
    if grain == "month":
        return all(day is not None and first <= day <= last for _, day in days)
    return all(first <= month <= last for month, _ in days)


def _week_in_part(old_text: str, old: Mention, part: str) -> bool:
    """Whether OLD's month has a week of it written before it ("the last weekend of
    October", ``compare.month_weeks``) whose days lie in the ``part`` of the month."""
    span = DATE_PARTS["month"].get(part)
    if span is None or old.grain != "month":
        return False
    found = _WEEK_BEFORE.search(old_text, max(0, old.start - 32), old.start)
    if not found:
        return False
    first, last = _MONTH_WEEKS[" ".join(found.group(1).lower().split())]
    return span[0] <= first and last <= span[1]


def _days(m: Mention) -> list[tuple[int, int | None]]:
    """(month, day or None) of a date, or of each end of a period; [] when unknown."""
    ends = period_ends(m) or ((m.iso, date_words(m)),)
    out: list[tuple[int, int | None]] = []
    for iso, words in ends:
        found = _ISO_DATE.match(iso or "")
        if found:
            out.append((int(found.group(1)), int(found.group(2)) if found.group(2) else None))
            continue
        parts = (words or "").split()
        month = next((_MONTHS[w] for w in parts if w in _MONTHS), None)
        day = next((int(w) for w in parts if w.isdigit() and int(w) <= 31), None)
        if month is None:
            return []
        out.append((month, day))
    return out


def _bound_rounds(old: Mention, new: Mention) -> bool:
    """NEW bounds OLD's exact figure on its true side at NEW's own precision: "more than
    30 appearances" for 36, "fewer than 500" for 480, "more than 3,000" for 3,900; or
    OLD's bound of the same side, looser ("more than 300 dead" for "at least 318").

    A summary rounds to the round number below (or above) and says so; a rewrite must
    not (``values._rounding_bound`` allows it there only within ``MAX_ROUNDING``). The
    gap must be less than one step of NEW's precision ("more than 20" for 36 says
    less than the summary could) and the two figures of one unit.
    """
    if old.kind != "quantity" or new.kind != "quantity":
        return False
    if new.qualifier not in ("at_least", "at_most") or old.value is None or new.value is None:
        return False
    if old.qualifier not in ("exact", new.qualifier):
        return False  # "more than 300" holds for "at least 318", not for "up to 318"
    value = old.value
    if old.unit != new.unit:
        # "over a century and a half" for 154 years: a span in a larger unit of time
        converted = convert(value, old.unit, new.unit) if old.unit and new.unit else None
        if converted is None or old.dimension != "time":
            return False
        value = converted
    elif step(new) <= step(old):
        return False
    holds = value > new.value if new.qualifier == "at_least" else value < new.value
    return holds and abs(value - new.value) < step(new)


def _bound_near_range(old: Mention, new: Mention) -> bool:
    """NEW's bound, which the whole of OLD's range keeps, is within one step of NEW's
    precision of the range's near end: "more than 40,000" for "41,000 to 46,000", not
    "more than 10,000" (true, but it says another thing)."""
    near = old.low if new.qualifier == "at_least" else old.high
    return near is not None and new.value is not None and abs(near - new.value) < step(new)


def _hedge_holds(old: Mention, new: Mention) -> bool:
    """NEW is OLD's exact value with an "about", or a bound that includes it; or OLD's
    figure round to the thousand with its "about" left out ("an army of 6,000" for
    "some 6,000"): an estimate that round is one with or without the word. "740" for
    "about 740" says more than OLD did and stays a flag."""
    if old.qualifier == "approximate" and new.qualifier in (None, "exact"):
        return (
            old.value is not None
            and old.value == new.value
            and old.unit == new.unit
            and step(old) >= ROUND_FOR_A_HEDGE
            and relate(old, new).kind == "qualifier"
        )
    if old.qualifier != "exact" or new.qualifier == "exact":
        return False
    if new.qualifier in ("at_least", "at_most"):
        word = new.extra.get("qualifier_text")
        if not isinstance(word, str) or word.lower().strip(" -") not in INCLUSIVE_BOUNDS:
            return False
    elif new.qualifier != "approximate":
        return False
    unhedged = dataclasses.replace(
        new, qualifier=old.qualifier, low=old.low, high=old.high, extra={**new.extra}
    )
    unhedged.extra.pop("qualifier_text", None)
    return relate(old, unhedged).kind == "same"
