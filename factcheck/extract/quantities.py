"""Quantities (placeholder; the extraction issue fills it in)."""

from __future__ import annotations

import re

from factcheck.mention import Mention

_NUM = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.])\d+(?:\.\d+)?")


def find_quantities(
    text: str, sentences: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[Mention]:
    out = []
    for m in _NUM.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append(
            Mention(
                kind="quantity",
                text=m.group(0),
                start=m.start(),
                end=m.end(),
                value=float(m.group(0).replace(",", "")),
                dimension="count",
            )
        )
    return out
