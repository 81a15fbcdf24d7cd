"""The change verb before a figure: "fell from 2,400 to 1,900", "2,400, up from 1,900".

A figure's own direction ("rose 19%", "a 5% fall") is ``Mention.change``. A
verb that governs two figures through "from" and "to" says which way the pair
moved, and the arithmetic rule checks it against their values; it is read here,
once, so the rule reads a field and not the text. Each quantity after a
direction word in its clause gets ``extra["change_verb"]``: the last such word
before it (``word``), which way it points (``direction``, "up" or "down") and
whether "to" or "from" follows it (``governs``: "fell to 1,900" governs,
"Growth slowed, with 2% ..." does not).

Clauses end at ";", "while", "whereas", "but" and "and the/its/their", so a verb
of one clause never governs a figure of the next.
"""

from __future__ import annotations

import bisect
import re

import factcheck.lang as lang
from factcheck.mention import Mention

__all__ = ["attach_change_verbs"]

_UP = lang.alternation("direction.up")
_DOWN = lang.alternation("direction.down")
_DIRECTION_WORD = re.compile(
    r"\b(?="
    + lang.first_characters([*lang.words("direction.up"), *lang.words("direction.down")])
    + r")("
    + _UP
    + r"|"
    + _DOWN
    + r")\b",
    re.I,
)
"""A direction word; the lookahead spares the long alternation at every other word
(a table row's "| 38 | 12 |" is read ten times faster)."""
_UP_WORD = re.compile(r"(?:" + _UP + r")\Z", re.I)
_GOVERNS = re.compile(r"\s*(?:[a-z]+ly\s+)?(?:to|from)\s", re.I)  # read with match(text, pos)
CLAUSE_BREAK = re.compile(r";|\bwhile\b|\bwhereas\b|,\s*but\b|\bbut\s+|\band\s+(?:the|its|their)\b")
"""What ends a clause inside a sentence, for the change verb and the arithmetic rule."""


def attach_change_verbs(
    text: str, mentions: list[Mention], sentences: list[tuple[int, int]]
) -> None:
    """Set ``extra["change_verb"]`` on each quantity a direction word precedes in its clause."""
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        if m.kind == "quantity" and m.sentence is not None and m.sentence < len(sentences):
            by_sentence.setdefault(m.sentence, []).append(m)
    for k, figures in by_sentence.items():
        s, e = sentences[k]
        words = list(_DIRECTION_WORD.finditer(text, s, e))
        if not words:
            continue
        break_ends = [b.end() for b in CLAUSE_BREAK.finditer(text, s, e)]
        word_ends = [w.end() for w in words]
        for m in figures:
            j = bisect.bisect_right(break_ends, m.start)
            clause_start = break_ends[j - 1] if j > 0 else s
            i = bisect.bisect_right(word_ends, m.start)
            if i == 0 or words[i - 1].start() < clause_start:
                continue
            w = words[i - 1]
            m.extra["change_verb"] = {
                "word": w.group(1),
                "direction": "up" if _UP_WORD.match(w.group(1)) else "down",
                "governs": bool(_GOVERNS.match(text, w.end(), min(len(text), w.end() + 40))),
            }
