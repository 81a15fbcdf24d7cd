"""A figure written in two or more units: one figure.

An amount of money written in its unit and its sub-unit, and a span of time written in
clock units ("2 hours, 5 minutes and 3 seconds").

"3 dollars 50 cents", "thirteen dollars and forty-five cents" and "10 $ 30 cent" say
what "$3.50" says, as "5 feet and 10 inches" says one height (``digitforms``). The
whole amount must be written with its unit after it ("3 dollars", "10 $"), so that "£3
and 50p" (two prices, or one) stays two figures; the sub-unit amount is a whole number
below 100 of the same currency.
"""

from __future__ import annotations

import dataclasses
import math
import re
from decimal import Decimal

import factcheck.lang as lang
from factcheck.extract.numbers import figures_to
from factcheck.mention import Mention

_JOIN = re.compile(r"[ \t]+(?:and[ \t]+)?")
"""Between the two amounts: a space, or " and "."""


_MOST = 10**15
"""A whole amount beyond this stays alone: it is no price with cents (and a figure of
hundreds of digits has no float: ``computable``)."""


def _whole(m: Mention) -> bool:
    """A whole amount written from its digits or words, its unit after it: "3 dollars",
    "thirteen dollars", "10 $"; not "£3"."""
    return (
        m.dimension == "currency"
        and m.value is not None
        and m.low is None
        and abs(m.value) < _MOST
        and m.value == int(m.value)
        and "subunit" not in m.extra
        and m.linked is None
        and m.text[:1].isalnum()
    )


def _part(m: Mention, whole: Mention) -> bool:
    """A whole number of the same currency's sub-unit below 100: "50 cents", "45p"."""
    sub = m.extra.get("subunit_value")
    return (
        m.dimension == "currency"
        and m.unit == whole.unit
        and isinstance(sub, int | float)
        and 0 < sub < 100
        and sub == int(sub)
        and m.qualifier == "exact"
        and m.linked is None
    )


def amounts_in_two_units(text: str, quantities: list[Mention]) -> list[Mention]:
    """``quantities`` with each "3 dollars 50 cents" read as one amount (3.50)."""
    out: list[Mention] = []
    i = 0
    while i < len(quantities):
        m = quantities[i]
        nxt = quantities[i + 1] if i + 1 < len(quantities) else None
        if (
            nxt is not None
            and _whole(m)
            and _part(nxt, m)
            and _JOIN.fullmatch(text, m.end, nxt.start)
        ):
            total = Decimal(str(m.value)) + Decimal(str(nxt.value))
            out.append(
                dataclasses.replace(
                    m,
                    text=text[m.start : nxt.end],
                    end=nxt.end,
                    value=float(total),
                    decimals=2,
                    extra={**m.extra, "parts": [m.text, nxt.text]},
                )
            )
            i += 2
            continue
        out.append(m)
        i += 1
    return out


_CLOCK_UNITS = {
    unit: (rank, seconds)
    for rank, (unit, seconds) in enumerate(lang.table("numbers.clock_units").items())
}
"""Units a time is told in, largest first, and their length in seconds."""
_CLOCK_JOIN = re.compile(r"(?:[ \t]*,)?[ \t]*(?:and[ \t]+)?")
"""Between two parts of one time: nothing, a space, a comma, " and " (", and ")."""


def _clock_part(m: Mention) -> bool:
    """A part of a time: a count of one clock unit, no range, no conversion (a bound
    of the whole on its first part: "just over 2 hours, 5 minutes")."""
    return (
        m.dimension == "time"
        and m.unit in _CLOCK_UNITS
        and m.value is not None
        and m.low in (None, m.value)
        and m.high in (None, m.value)
        and m.role is None
        and m.linked is None
    )


def _next_part(text: str, prev: Mention, m: Mention) -> bool:
    """``m`` goes on the time ``prev`` ends: a smaller unit, a whole number below 60
    before it, written right after ("2 hours 35 seconds", "one minute 57.67 seconds")."""
    return (
        _clock_part(m)
        and _CLOCK_UNITS[m.unit][0] > _CLOCK_UNITS[prev.unit][0]
        and m.qualifier == "exact"
        and m.low is None
        and m.high is None
        and 0 <= m.value < 60
        and prev.value == int(prev.value)
        and _CLOCK_JOIN.fullmatch(text, prev.end, m.start) is not None
    )


def _exponent(last: Mention) -> int:
    """The power of ten in seconds a time is told to by its last part: 0 for "3
    seconds", -2 for "57.67 seconds", 1 for "5 minutes" (to the ten below a minute)."""
    return math.floor(math.log10(_CLOCK_UNITS[last.unit][1])) - (last.decimals or 0)


def spans_in_clock_units(text: str, quantities: list[Mention]) -> list[Mention]:
    """``quantities`` with each time written in clock units read as one span in seconds:
    "2 hours, 5 minutes and 3 seconds" is 7,503 seconds, as the clock "2:05:03" is, and
    "one minute 57.67 seconds" 117.67; the parts as written are kept in ``extra.parts``."""
    out: list[Mention] = []
    i = 0
    while i < len(quantities):
        m = quantities[i]
        j = i + 1
        if _clock_part(m):
            while j < len(quantities) and _next_part(text, quantities[j - 1], quantities[j]):
                j += 1
        if j - i < 2:
            out.append(m)
            i += 1
            continue
        parts = quantities[i:j]
        total = sum(Decimal(str(p.value)) * _CLOCK_UNITS[p.unit][1] for p in parts)
        seconds = int(total) if total == int(total) else float(total)
        out.append(
            dataclasses.replace(
                m,
                text=text[m.start : parts[-1].end],
                end=parts[-1].end,
                value=seconds,
                low=None if m.low is None else seconds,
                high=None if m.high is None else seconds,
                unit="second",
                decimals=parts[-1].decimals,
                sig_figs=figures_to(seconds, _exponent(parts[-1])),
                extra={**m.extra, "parts": [p.text for p in parts]},
            )
        )
        i = j
    return out
