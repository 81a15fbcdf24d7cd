"""An amount of money written in its unit and its sub-unit: one figure.

"3 dollars 50 cents", "thirteen dollars and forty-five cents" and "10 $ 30 cent" say
what "$3.50" says, as "5 feet and 10 inches" says one height (``digitforms``). The
whole amount must be written with its unit after it ("3 dollars", "10 $"), so that "£3
and 50p" (two prices, or one) stays two figures; the sub-unit amount is a whole number
below 100 of the same currency.
"""

from __future__ import annotations

import dataclasses
import re
from decimal import Decimal

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
