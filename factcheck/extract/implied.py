"""Figures a text implies without writing a numeral: for a comparison to pair, never to flag.

A rewrite says "the two suspects" for "both suspects", "the third round" for
"round three", "six months" for "the first half of the year". ``extract``
does not report these words (a check has nothing to verify in "both", and
"round three" is a name of a stage, like "Article 50"), so a comparison
would call the rewrite's figure added. ``implied_figures`` reads them for
``compare`` only: each is a Mention with ``extra["implied"] = True``, which
pairs with a figure of the other version like any other (a match, or a
conflict where the other says "three suspects"), and which, left unpaired,
is no finding: "both" dropped from a sentence drops no figure.

The words are data (``factcheck/lang/en.yaml``): ``numbers.implied_counts``
("both" = 2, "the pair" = 2), ``numbers.positional_nouns`` (the nouns a
number after which is a position: "round three", "stage 12") and
``numbers.half_periods`` ("half of the year" = 0.5 year), and
``numbers.implied_ordinals`` ("a debut season" is the first season).

    >>> [(m.text, m.value) for m in implied_figures("Both men were freed.", [])]
    [('Both', 2)]
"""

from __future__ import annotations

import bisect
import re

import factcheck.lang as lang
from factcheck.extract.context import Context
from factcheck.extract.numbers import TENS_WORDS, UNITS_WORDS
from factcheck.mention import Mention

IMPLIED = "implied"
"""The ``extra`` key of an implied figure."""

_COUNTS: dict[str, int] = lang.table("numbers.implied_counts")
_COUNT = re.compile(rf"(?i:\b(?:{lang.alternation(list(_COUNTS))})\b)")
_BOTH_AND = re.compile(r"(?i:\s+(?:[\w'’-]+\s+){0,4}?and\b)")
"""After "both": "both the council and the unions" joins two names, it counts no noun."""
_PAIR_OF = re.compile(r"(?i:\s+of\b)")
"""After "the pair": "the pair of boots" is one pair, not two people."""

_SMALL_WORDS = {**UNITS_WORDS, **TENS_WORDS}
_POSITION = re.compile(
    rf"(?i:\b(?P<noun>{lang.alternation('numbers.positional_nouns')})\s+"
    rf"(?P<n>\d{{1,3}}|{lang.alternation([w for w, n in _SMALL_WORDS.items() if n > 0])})\b)"
)
"""ROUND THREE, stage 12: a number after the name of a stage is its position."""

_ORDINALS: dict[str, int] = lang.table("numbers.implied_ordinals")
_ORDINAL = re.compile(rf"(?i:\b(?:{lang.alternation(list(_ORDINALS))})\b)")
"""A DEBUT season, a MAIDEN title: the first, without the word."""

_HALF = re.compile(rf"(?i:\b(?:{lang.alternation('numbers.half_periods')})\b)")


def implied_figures(text: str, mentions: list[Mention], sentences=None) -> list[Mention]:
    """The implied figures of ``text`` that overlap no mention, in text order.

    ``sentences`` are the spans of ``split_sentences(text)`` (for each figure's
    ``sentence`` number); linear in the text.
    """
    ctx = Context(text)
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for m in _COUNT.finditer(text):
        word = " ".join(m.group().lower().split())
        after = _BOTH_AND if word == "both" else _PAIR_OF
        if word in ("both", "the pair") and after.match(text, m.end()):
            continue
        noun = ctx.noun(m.end(), None, allow_of=True)
        found.append(_implied(m.start(), m.end(), text, _COUNTS[word], "count", noun=noun))
    for m in _POSITION.finditer(text):
        n = m.group("n").lower()
        value = int(n) if n.isdigit() else _SMALL_WORDS[n]
        noun = m.group("noun").lower()
        found.append(_implied(m.start(), m.end(), text, value, "ordinal", noun=noun))
    for m in _ORDINAL.finditer(text):
        noun = ctx.noun(m.end(), 1)
        if noun is not None:
            value = _ORDINALS[m.group().lower()]
            found.append(_implied(m.start(), m.end(), text, value, "ordinal", noun=noun))
    for m in _HALF.finditer(text):
        found.append(_implied(m.start(), m.end(), text, 0.5, "time", unit="year"))
    found = [f for f in found if not _overlaps(f, taken)]
    found.sort(key=lambda f: f.start)
    starts = [s for s, _ in sentences or [(0, len(text))]]
    for k, f in enumerate(found):
        f.id = f"implied{k}"
        f.sentence = max(bisect.bisect_right(starts, f.start) - 1, 0)
    return found


def _implied(
    start: int,
    end: int,
    text: str,
    value: float,
    dimension: str,
    unit: str | None = None,
    noun: str | None = None,
) -> Mention:
    return Mention(
        kind="quantity",
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        unit=unit,
        dimension=dimension,
        noun=noun,
        role="ordinal" if dimension == "ordinal" else None,
        extra={IMPLIED: True},
    )


def _overlaps(m: Mention, taken: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_left(taken, (m.end,))
    return any(s < m.end and e > m.start for s, e in taken[max(0, k - 8) : k])


def is_implied(m: Mention | None) -> bool:
    """Whether ``m`` is an implied figure: it pairs, but alone it is no finding."""
    return m is not None and m.extra.get(IMPLIED) is True
