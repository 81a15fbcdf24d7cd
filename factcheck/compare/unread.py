"""Figures OLD states in words the extractor does not read as a figure.

A summary writes "a one-over-par round" where the original says "left him a
stroke over par". ``extract`` reports no figure in the OLD phrase ("a stroke"
is an article and a noun), so the NEW figure, paired with nothing, would be
called added. It is new text but no new fact: ``derived``.

Only what OLD states unambiguously counts:

- a score to par: NEW's "one-over-par" / "three under" where OLD says the same
  number of strokes on the same side of par in words ("a stroke over par",
  "one shot under par"), and OLD states no other score to par of that value:
  two golfers on one over are two facts, and which of them NEW means is not
  said.
- a factor: NEW's "threefold" / "three times" read as a factor where OLD's verb
  states it ("more than tripled", "doubled": ``direction.multiples``), with the
  same bound ("more than tripled" / "over threefold"; "tripled" / "over
  threefold" is a changed claim, left to the aligner), and OLD states no figure
  of that factor: "profits doubled ... costs doubled" are two facts, but NEW's
  factor is one of them either way.

The OLD text is read once (a scan); each NEW figure is a lookup.
"""

from __future__ import annotations

import bisect
import re

import factcheck.lang as lang
from factcheck.extract.implied import BOUNDS, MULTIPLE_VERB, MULTIPLES
from factcheck.extract.numbers import UNITS_WORDS
from factcheck.mention import Mention

_STROKES = lang.alternation("compare.par_strokes")
_SIDES = lang.alternation("compare.par_sides")
_ONE = lang.alternation("compare.par_one_stroke")
_SMALL = {w: n for w, n in UNITS_WORDS.items() if n > 0}
_COUNT = rf"\d{{1,2}}|{lang.alternation(tuple(_SMALL))}"
_PAR_IN_WORDS = re.compile(
    rf"\b(?i:(?:(?P<one>{_ONE})|(?P<n>{_COUNT}))\s+(?:{_STROKES})\s+(?P<side>{_SIDES})\s+par)\b"
)
"""OLD's score to par in words: "a stroke over par", "two shots under par"."""
_PAR_FIGURE = re.compile(
    rf"(?i:(?P<n>{_COUNT})(?:\s+(?:{_STROKES}))?[\s-]+(?P<side>{_SIDES})(?:[\s-]+par)?)"
)
"""A score to par as written with a number: "one-over-par", "3 under", "two shots over"."""


class Unread:
    """What one OLD text states in words the extractor does not read as figures."""

    def __init__(self, text: str, mentions: list[Mention]):
        taken = sorted((m.start, m.end) for m in mentions)
        self.to_par: dict[tuple[int, str], list[Mention | None]] = {}
        """(strokes, side) -> OLD's phrases in words of that score to par; None
        stands for an OLD figure of that score (which pairs on its own)."""
        for found in _PAR_IN_WORDS.finditer(text):
            if _inside(found.span(), taken):
                continue
            n = 1 if found.group("one") else _number(found.group("n"))
            key = (n, found.group("side").lower())
            self.to_par.setdefault(key, []).append(_span(text, *found.span()))
        for m in mentions:
            key_of = _to_par(m)
            if key_of is not None:
                self.to_par.setdefault(key_of, []).append(None)
        self.factors: dict[tuple[float, str], list[Mention]] = {}
        """(factor, bound) -> OLD's verbs of that multiple ("more than tripled")."""
        for found in MULTIPLE_VERB.finditer(text):
            factor = float(MULTIPLES[found.group("verb").lower()])
            if factor <= 1 or _inside(found.span(), taken):
                continue
            bound = BOUNDS.get(" ".join((found.group("q") or "").lower().split()), "exact")
            key = (factor, bound)
            self.factors.setdefault(key, []).append(_span(text, *found.span()))
        self.factor_figures = {float(m.value) for m in mentions if _is_factor(m)}

    def support(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """The OLD words ``new`` restates, and how; or None."""
        key = _to_par(new)
        if key is not None:
            said = self.to_par.get(key, [])
            if len(said) == 1 and said[0] is not None:
                return [said[0]], "the score to par the original gives in words"
        if _is_factor(new) and float(new.value) not in self.factor_figures:
            verbs = self.factors.get((float(new.value), new.qualifier or "exact"))
            if verbs:
                return [verbs[0]], "the factor the original states as a verb"
        return None


def _is_factor(m: Mention) -> bool:
    """ "threefold", "twice as many": a figure of a multiple."""
    return m.kind == "quantity" and m.value is not None and m.dimension == "factor"


def _to_par(m: Mention) -> tuple[int, str] | None:
    """(strokes, side) of a figure that is a score to par ("one-over-par"), or None."""
    if m.kind != "quantity" or m.value is None or m.unit:
        return None
    found = _PAR_FIGURE.fullmatch(" ".join(m.text.split()))
    if not found or _number(found.group("n")) != m.value:
        return None
    return int(m.value), found.group("side").lower()


def _number(word: str) -> int:
    return int(word) if word.isdigit() else _SMALL[word.lower()]


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    """Whether an OLD figure overlaps ``span``."""
    k = bisect.bisect_left(taken, (span[1],))
    return any(s < span[1] and e > span[0] for s, e in taken[max(0, k - 4) : k])


def _span(text: str, start: int, end: int) -> Mention:
    """OLD's words that support a figure, as a mention without a value."""
    return Mention(kind="quantity", text=text[start:end], start=start, end=end)
