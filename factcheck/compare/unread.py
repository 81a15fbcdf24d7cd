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

- a title NEW quotes ("Jokes included \"0 Lives\"") whose words OLD has where the
  extractor reads no figure in them ("renamed it 0 Lives"): a name, not a figure.

- a number inside a hyphenated compound the extractor leaves whole ("under-13s",
  "an innings-and-88-runs win"): NEW's "under thirteen" / "by an innings and 88
  runs" where the compound writes the same number beside a word NEW's figure has
  around it ("under", "innings", "runs"). ``compound_keeps`` asks the same of
  NEW's compounds for a figure OLD would lose: it is kept, not dropped.

The OLD text is read once (a scan); each NEW figure is a lookup.
"""

from __future__ import annotations

import bisect
import re

import factcheck.lang as lang
from factcheck.compare.context import stem
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


_TITLE_CHARS = 40
"""Characters each side of a figure within which the quotation marks of a title stand."""
_QUOTE_END = re.compile(r'[^"“”\n]*["”]')

_AROUND = 40
"""Characters each side of a figure whose words may meet a compound's."""
_JOINS = frozenset(("and", "the", "a", "an", "of", "to", "in"))
"""Words of a compound that say nothing of what its number is ("innings-and-88-runs")."""
_WORDS = re.compile(r"[^\W\d_]+")


Compounds = dict[float, list[tuple[frozenset[str], int, int]]]
"""Number -> (the other words' stems, start, end) of each compound that writes it."""


def unread_compounds(text: str, mentions: list[Mention]) -> Compounds:
    """The hyphenated compounds of ``text`` that write one number and that no mention
    covers, by that number ("under-13s": 13 -> ({"under"}, start, end))."""
    taken = sorted((m.start, m.end) for m in mentions)
    out: Compounds = {}
    for start, end in _hyphenated(text):
        token = text[start:end]
        if not any(ch.isdigit() for ch in token) and not _SMALL_IN.search(token):
            continue
        if _inside((start, end), taken):
            continue
        parts = token.lower().split("-")
        numbers = [n for n in map(_part_number, parts) if n is not None]
        words = frozenset(stem(p) for p in parts if _part_number(p) is None and p not in _JOINS)
        if len(numbers) == 1 and words:
            out.setdefault(float(numbers[0]), []).append((words, start, end))
    return out


def _hyphenated(text: str) -> list[tuple[int, int]]:
    """(start, end) of each run of words joined by hyphens ("under-13s"): found from
    the hyphens, which are few, rather than by a scan of every word."""
    out: list[tuple[int, int]] = []
    i = text.find("-")
    while i != -1:
        start = i
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "-"):
            start -= 1
        end = i
        while end < len(text) and (text[end].isalnum() or text[end] == "-"):
            end += 1
        token = text[start:end].strip("-")
        if "-" in token and not (out and out[-1][1] >= end):
            first = start + (len(text[start:end]) - len(text[start:end].lstrip("-")))
            out.append((first, first + len(token)))
        i = text.find("-", end if end > i else i + 1)
    return out


def compound_keeps(
    m: Mention, text: str, compounds: Compounds, own: Compounds | None = None
) -> tuple[int, int] | None:
    """The span of a compound of the other version that writes ``m``'s number beside
    a word standing around ``m`` in its own ``text`` ("under-13s" for "under
    thirteen"), or None. ``own`` are the compounds of ``m``'s version: a compound
    it writes too ("two putted ... he two-putted" / "he two-putted") restates that
    one, not ``m``."""
    if m.kind != "quantity" or m.value is None or not compounds:
        return None
    found = compounds.get(float(m.value))
    if not found:
        return None
    around = {stem(w) for w in _WORDS.findall(text[max(0, m.start - _AROUND) : m.end + _AROUND])}
    mine = [words for words, _, _ in (own or {}).get(float(m.value), ())]
    return next(
        (
            (a, b)
            for words, a, b in found
            if words & around and not any(words & other for other in mine)
        ),
        None,
    )


_SMALL_IN = re.compile(rf"(?i:\b(?:{lang.alternation(tuple(_SMALL))})\b)")


def _part_number(part: str) -> int | None:
    """The number a compound's part writes ("13s": 13, "88": 88, "two": 2), or None."""
    digits = part[:-1] if part.endswith("s") and part[:-1].isdigit() else part
    if digits.isdigit() and len(digits) <= 4:
        return int(digits)
    return _SMALL.get(part)


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
        self.text = text
        self.taken = taken
        self.compounds = unread_compounds(text, mentions)
        self._new_text: str | None = None
        self._new_read: Compounds = {}
        self._quotes_text: str | None = None
        self._quotes: list[int] = []
        """Offsets of the straight quotation marks of NEW's text, read once per NEW text."""
        """Numbers OLD writes only inside a hyphenated compound ("under-13s")."""

    def _new_compounds(self, new_text: str) -> Compounds:
        """NEW's compounds that write a number, read once per NEW text."""
        if self._new_text != new_text:
            self._new_text, self._new_read = new_text, unread_compounds(new_text, [])
        return self._new_read

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
        if kept := compound_keeps(new, new_text, self.compounds, self._new_compounds(new_text)):
            return [_span(self.text, *kept)], "the number the original writes in a compound"
        if self._quotes_text != new_text:
            self._quotes_text = new_text
            self._quotes = [k for k, c in enumerate(new_text) if c == '"']
        title = _quoted(new, new_text, self._quotes)
        if title:
            at = self.text.find(title)
            while at >= 0:
                if not _inside((at, at + len(title)), self.taken):
                    return [_span(self.text, at, at + len(title))], "a title the original has"
                at = self.text.find(title, at + 1)
        return None


def _quoted(new: Mention, new_text: str, quotes: list[int]) -> str | None:
    """The words inside the quotation marks ``new`` stands in, on its line and at most
    ``_TITLE_CHARS`` each side; or None. ``quotes``: the offsets of NEW's straight
    quotation marks (an odd number of them before a mark opens a quotation)."""
    lo = max(new_text.rfind("\n", 0, new.start) + 1, new.start - _TITLE_CHARS)
    before = new_text[lo : new.start]
    opening = max(before.rfind('"'), before.rfind("“"))
    if opening < 0:
        return None
    if before[opening] == '"' and bisect.bisect_left(quotes, lo + opening) % 2:
        return None  # a closing mark: an odd number stands before it
    after = _QUOTE_END.match(new_text, new.end, new.end + _TITLE_CHARS)
    if not after:
        return None
    title = new_text[lo + opening + 1 : after.end() - 1].strip()
    return title if title and "“" not in title and "”" not in title else None


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
