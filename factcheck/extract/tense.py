"""Which way a bare weekday or month points: the tense of the words around it.

News convention: "He was arrested on Monday" means the Monday before the story,
"The talks will resume on Friday" the Friday after it. A sentence can mix both
("said on Monday that it will close in May"), so the verb nearest to the date
decides, not the sentence as a whole.
"""

from __future__ import annotations

import re

PAST = "past"
FUTURE = "future"

_FUTURE = (
    r"will|won't|wo n't|shall|'ll|(?:is|are|was|were|am)\s+(?:set|due|expected|scheduled|"
    r"planned|slated|poised|going|likely|about)\s+to|(?:is|are)\s+to|plans?\s+to|"
    r"planning\s+to|intends?\s+to|aims?\s+to|hopes?\s+to|would|next|upcoming|"
    r"forthcoming|(?:is|are)\s+(?:scheduled|planned|due)|(?:is|are|am)|begins|starts|opens|"
    r"takes\s+place|resumes?|should|could|might|must|runs|continues|ends|closes|lasts|remains"
)
_PAST_IRREGULAR = (
    "was|were|had|did|said|told|went|came|met|began|took|gave|made|won|lost|fell|rose|left|"
    "held|saw|found|got|paid|led|sold|spent|struck|ran|became|broke|brought|bought|caught|"
    "chose|drove|fought|flew|grew|knew|kept|stood|thought|wrote|spoke|sent|shot|sat|hit|"
    "quit|beat|bore|hung|sought|taught|threw|woke|wore|swore|stole|slid|fled|froze|forgave|"
    "overtook|undertook|withdrew|drew|ate|rang|sang|sank|swam|dug|felt|heard|meant|read|"
    "ago|earlier|previously|last|yesterday"
)
# "-ed" words that do not mark the past tense in front of a date.
_NOT_PAST_ED = {"scheduled", "expected", "planned", "slated", "poised", "proposed", "red", "bed"}

_PASSIVE = re.compile(r"\b(?:be|been|being)\s+$", re.IGNORECASE)

_MARKER = re.compile(
    rf"(?P<fut>\b(?:{_FUTURE})\b|'ll\b)|(?P<past>\b(?:{_PAST_IRREGULAR})\b|\b[a-z]{{2,}}ed\b)",
    re.IGNORECASE,
)


Marker = tuple[int, int, str]


def sentence_markers(text: str, sent_start: int, sent_end: int) -> list[Marker]:
    """The tense markers of one sentence as (start, end, PAST|FUTURE), in order."""
    out: list[Marker] = []
    for m in _MARKER.finditer(text, sent_start, sent_end):
        if m.group("past") is not None:
            word = m.group("past").lower()
            if word in _NOT_PAST_ED or _PASSIVE.search(text, max(0, m.start() - 8), m.start()):
                continue
            out.append((m.start(), m.end(), PAST))
        else:
            out.append((m.start(), m.end(), FUTURE))
    return out


def tense_at(markers: list[Marker], start: int, end: int) -> str | None:
    """PAST, FUTURE or None for a date at ``[start, end)`` given its sentence's markers.

    The marker nearest to the date wins; markers inside the date itself ("next
    May") are the date's own business and are skipped.
    """
    best: tuple[int, str] | None = None
    for m_start, m_end, kind in markers:
        if start <= m_start < end:
            continue
        dist = start - m_end if m_end <= start else m_start - end
        # A verb before the date governs it more often than one after it.
        if m_start >= end:
            dist += 8
        if best is None or dist < best[0]:
            best = (dist, kind)
    return best[1] if best else None


def tense_near(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str | None:
    """Return PAST, FUTURE or None for a date at ``text[start:end]`` in its sentence."""
    return tense_at(sentence_markers(text, sent_start, sent_end), start, end)
