"""Sentence boundaries, as character spans, for news copy.

Abbreviations common in news ("U.S.", "Feb.", "Mr.", "No.") do not end a
sentence; a blank line or a line break before a capital always does.
"""

from __future__ import annotations

import re

_ABBREV = {
    "mr", "mrs", "ms", "dr", "st", "no", "vs", "v", "gen", "sen", "rep", "gov", "lt", "col",
    "sgt", "capt", "prof", "jr", "sr", "inc", "corp", "ltd", "co", "jan", "feb", "mar", "apr",
    "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed",
    "thu", "thur", "thurs", "fri", "sat", "sun", "approx", "est", "fig", "mt", "ft", "rev",
}  # fmt: skip
_BOUNDARY = re.compile(r"[.!?]+[\"'”’)]*\s+|\n\s*\n|\n(?=\s*[A-Z\"“‘(])")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans covering the sentences of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        punct = m.group(0).lstrip()[:1]
        if punct == ".":
            before = text[start : m.start()]
            word = re.search(r"([A-Za-z]+)$", before)
            if word and (
                word.group(1).lower() in _ABBREV
                or len(word.group(1)) == 1
                or re.search(r"(?:[A-Za-z]\.){1,}[A-Za-z]$", before)
            ):
                nxt = text[end : end + 1]
                if not nxt or not nxt.isupper() or word.group(1).lower() in _ABBREV:
                    continue
        if text[start:end].strip():
            spans.append((start, end))
        start = end
    if text[start:].strip() or not spans:
        spans.append((start, len(text)))
    return spans
