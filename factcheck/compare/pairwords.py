"""A figure a rewrite keeps in words: "both" on another noun, "both A and B", "evenly poised".

A rewrite often says a pair without the numeral. ``extract/implied.py`` reads "both
suspects" as a count of two, which pairs like any figure; two shapes stay out of it,
and the OLD count was called dropped though NEW still says it:

- the pair spread over another noun: OLD "a service in both" ... "support two
  independent services", NEW "services at both sites". NEW's "both" pairs with OLD's
  "both"; "services at both sites" also tells OLD's "two services" (one at each), so
  OLD's count is the pair told again, not a figure cut. Only where OLD itself names
  the pair with "both" near the count (so the count restates a pair the text set up)
  and NEW writes the count's own noun right before "at / in / on / across both".
- the pair as a correlative: OLD "run a fast race ... win a slow race ... combine
  those two things", NEW "run both fast and tactically". "both A and B" names the
  two things; OLD's count points back to them ("those", "these", "the": the
  anaphors of ``derive.count_anaphors``). Only where NEW's "both ... and" sentence
  shares at least two content words with OLD's count's sentence and the one before
  it (where the things were listed), and A and B each share one, so NEW names the
  same two things ("both makes and interprets the law" names no two islands).

And a "50-50" of even odds (``extra["odds"]``, read by extract: "it is 50-50 in a
derby") is kept by NEW's words for even odds ("the derby is evenly poised",
``compare.even_odds_words``); a NEW that cuts the quote still drops it.

None is asked of any figure but a dropped count of two or a "50-50" of odds, so it
costs nothing on most pairs. The words are data: ``compare.pair_spread_prepositions``,
``compare.even_odds_words``.
"""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

import factcheck.lang as lang
from factcheck.compare.context import content_words

if TYPE_CHECKING:
    from factcheck.compare.judge import Side
    from factcheck.mention import Mention

_SPREAD = lang.alternation("compare.pair_spread_prepositions")
_BOTH = re.compile(r"\bboth\b", re.IGNORECASE)
_BOTH_AND = re.compile(
    r"\bboth\s+(?P<first>(?:[\w'’-]+\s+){0,4}?)and\s+(?P<second>(?:[\w'’-]+(?:\s+|$)){1,4})",
    re.IGNORECASE,
)
"""A correlative "both A and B", with the words of A and up to four of B."""
_EVEN_ODDS = re.compile(rf"\b(?:{lang.alternation('compare.even_odds_words')})\b", re.IGNORECASE)
_ANAPHOR = re.compile(rf"\b(?i:{lang.alternation('derive.count_anaphors')})\s+$")
SHARED_WORDS = 2
"""Content words NEW's "both ... and" sentence must share with OLD's count's."""
SENTENCE_REACH = 300
"""Characters read on each side of a "both ... and" for its sentence (keeps it linear)."""
PAIR_BEFORE = 2
"""Sentences before a count within which OLD's own "both" names the pair."""


def pair_kept_in_words(old: Mention, old_side: Side, new_side: Side) -> bool:
    """Whether NEW tells OLD's dropped count of two in words (see the module), or OLD's
    "50-50" of even odds ("it is 50-50 in a derby" -> "evenly poised")."""
    if old.extra.get("odds") == "even":
        return _EVEN_ODDS.search(new_side.text) is not None
    if old.kind != "quantity" or old.unit or old.role or old.value != 2:
        return False
    if not 0 <= old.sentence < len(old_side.sentences):
        return False
    return _spread_over_both(old, old_side, new_side) or _both_and(old, old_side, new_side)


def _spread_over_both(old: Mention, old_side: Side, new_side: Side) -> bool:
    noun = (old.noun or "").strip()
    if not noun or not noun.isalpha():
        return False
    first = max(0, old.sentence - PAIR_BEFORE)
    if not any(_BOTH.search(s) for s in old_side.sentences[first : old.sentence + 1]):
        return False
    return noun.lower() in _spread_nouns(new_side.text)


def _both_and(old: Mention, old_side: Side, new_side: Side) -> bool:
    if not _ANAPHOR.search(old_side.text, max(0, old.start - 12), old.start):
        return False
    before = old_side.sentences[max(0, old.sentence - 1) : old.sentence + 1]
    told = set(content_words(" ".join(before)))
    return any(
        len(told & words) >= SHARED_WORDS and told & first and told & second
        for words, first, second in _both_and_words(new_side.text)
    )


_SPREAD_NOUN = re.compile(rf"\b([^\W\d_]+)\s+(?:{_SPREAD})\s+both\b", re.IGNORECASE)


@functools.lru_cache(maxsize=4)
def _spread_nouns(text: str) -> frozenset[str]:
    """The nouns a text spreads over a pair ("services at both sites"): read once a text."""
    return frozenset(m.group(1).lower() for m in _SPREAD_NOUN.finditer(text))


@functools.lru_cache(maxsize=4)
def _both_and_words(text: str) -> tuple[tuple[frozenset[str], frozenset[str], frozenset[str]], ...]:
    """The content words of each sentence of a text that says "both A and B", of A and
    of B: read once a text."""
    out = []
    for m in _BOTH_AND.finditer(text):
        lo, hi = max(0, m.start() - SENTENCE_REACH), m.end() + SENTENCE_REACH
        start = max(text.rfind(".", lo, m.start()), text.rfind("\n", lo, m.start()), lo - 1) + 1
        end = text.find(".", m.end(), hi)
        sentence = frozenset(content_words(text[start : end if end >= 0 else hi]))
        first = frozenset(content_words(m.group("first")))
        second = frozenset(content_words(m.group("second")))
        out.append((sentence, first, second))
    return tuple(out)
