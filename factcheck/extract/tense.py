"""Which way a bare weekday or month points: the tense of the words around it.

News convention: "He was arrested on Monday" means the Monday before the story,
"The talks will resume on Friday" the Friday after it. A sentence can mix both
("said on Monday that it will close in May"), so the verb nearest to the date
decides, not the sentence as a whole.
"""

from __future__ import annotations

import bisect
import re

import factcheck.lang as lang

PAST = "past"
FUTURE = "future"

_FUTURE = lang.alternation("tense.future", escape=False)
_PAST_IRREGULAR = lang.alternation("tense.past_irregular")
# "-ed" words that do not mark the past tense in front of a date.
_NOT_PAST_ED = frozenset(lang.words("tense.not_past_ed"))

# "to be held", "will remain closed", "is scheduled": a participle after these is
# not a past tense.
_PASSIVE = re.compile(rf"\b(?:{lang.alternation('tense.passive_before')})\s+$", re.IGNORECASE)
# "expected to hit 35C by Friday", "could beat": a base form after "to" or a
# modal is no past tense, however it is spelt.
_BASE_FORM = re.compile(rf"\b(?:{lang.alternation('tense.base_form_before')})\s+$", re.IGNORECASE)
# "the match on 14 February sold out": the verb belongs to the tickets, not to
# the match, so a date that modifies an event noun takes no tense from it.
_EVENT_NOUN = re.compile(
    rf"\b(?:{lang.alternation('tense.event_nouns')})\s+"
    rf"(?:{lang.alternation('tense.event_links')})\s+$"
    # "figures for January will be released": the period the data covers
    rf"|\b(?:{lang.alternation('tense.data_nouns')})\s+(?:for|in|of)\s+$",
    re.IGNORECASE,
)

_MARKER = re.compile(
    # "was due on 29 March", "were expected to": a past view of what was to come
    rf"(?P<neutral>\b(?:was|were)\s+(?:{lang.alternation('tense.expected_after_was')})\b)|"
    rf"(?P<fut>\b(?:{_FUTURE})\b|'ll\b)|(?P<past>\b(?:{_PAST_IRREGULAR})\b|\b[a-z]{{2,}}ed\b)",
    re.IGNORECASE,
)
NEUTRAL = "neutral"


Marker = tuple[int, int, str]


def sentence_markers(text: str, sent_start: int, sent_end: int) -> list[Marker]:
    """The tense markers of one sentence as (start, end, PAST|FUTURE|NEUTRAL), in order."""
    out: list[Marker] = []
    for m in _MARKER.finditer(text, sent_start, sent_end):
        if m.group("neutral") is not None:
            out.append((m.start(), m.end(), NEUTRAL))
        elif m.group("past") is not None:
            word = m.group("past").lower()
            before = max(0, m.start() - 8)
            if (
                word in _NOT_PAST_ED
                or _PASSIVE.search(text, before, m.start())
                or _BASE_FORM.search(text, before, m.start())
            ):
                continue
            out.append((m.start(), m.end(), PAST))
        else:
            out.append((m.start(), m.end(), FUTURE))
    return out


def modifies_event(text: str, start: int) -> bool:
    """Whether the date at ``start`` follows an event noun ("the final on 14 May")."""
    return _EVENT_NOUN.search(text, max(0, start - 40), start) is not None


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
    if best is None or best[1] == NEUTRAL:
        return None  # no marker, or one that points neither way: the nearer date
    return best[1]


def tense_near(text: str, sent_start: int, sent_end: int, start: int, end: int) -> str | None:
    """Return PAST, FUTURE or None for a date at ``text[start:end]`` in its sentence."""
    return SentenceTenses(text, sent_start, sent_end).near(start, end)


class SentenceTenses:
    """The tense markers of one sentence, read once for all its dates.

    A sentence with a date in every clause (a list of fixtures, a diary of
    events) asks once per date: reading the sentence, or going through all its
    markers, for each was quadratic in its length. Each date reads only the
    markers that can be nearest to it (``nearest``).
    """

    def __init__(self, text: str, sent_start: int, sent_end: int):
        self.text = text
        self.markers = sentence_markers(text, sent_start, sent_end)
        self.starts = [m[0] for m in self.markers]
        self.ends = [m[1] for m in self.markers]

    def nearest(self, start: int, end: int) -> list[Marker]:
        """The markers ``tense_at`` may choose for a date at ``[start, end)``, in order:
        the last one ending before it, one running into it from before, and the first
        one starting after it. Markers are in order and never overlap, so any other
        is farther than one of these on its side."""
        k = bisect.bisect_right(self.ends, start)  # markers[:k] end at or before start
        j = bisect.bisect_left(self.starts, end, k)  # markers[j:] start at or after end
        picked = [k - 1] if k else []
        if k < len(self.markers) and self.starts[k] < start:
            picked.append(k)  # straddles the date's start
        if j < len(self.markers) and j not in picked:
            picked.append(j)
        return [self.markers[i] for i in picked]

    def at(self, start: int, end: int) -> str | None:
        """``tense_at`` for a date at ``[start, end)`` of this sentence."""
        return tense_at(self.nearest(start, end), start, end)

    def near(self, start: int, end: int) -> str | None:
        """``tense_near`` for a date at ``[start, end)`` of this sentence."""
        if modifies_event(self.text, start):
            return None
        return self.at(start, end)
