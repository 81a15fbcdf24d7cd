"""Dates and times as news writes them (placeholder; the dates issue fills it in)."""

from __future__ import annotations

import datetime as _dt
import re

from factcheck.mention import Mention

_YEAR = re.compile(r"\b(?:in|since|by|from|until|of)\s+((?:19|20)\d\d)\b")


def find_dates(
    text: str, sentences: list[tuple[int, int]], reference_date: _dt.date | None
) -> list[Mention]:
    out = []
    for m in _YEAR.finditer(text):
        out.append(
            Mention(
                kind="date",
                text=m.group(1),
                start=m.start(1),
                end=m.end(1),
                value=None,
                iso=m.group(1),
                grain="year",
            )
        )
    return out
