"""The clause a figure stands in: which of two figures of one sentence states which fact.

Two figures of one sentence share its words, so the sentence and the three-word
windows around each (context.py) cannot tell them apart when a version gives each
the other's value ("7% in Edinburgh and 5% in Airdrie" -> "5% in Edinburgh and 7%
in Airdrie"). The clause can: the stretch of the sentence between the nearest
breaks around the figure (punctuation; a word that ends a clause, as a frame is
read: ``frames.clause_breaks``; or one that joins two: ``compare.clause_joins``),
its other figures left out.
"""

from __future__ import annotations

import bisect
import re

import factcheck.lang as lang
from factcheck.compare.context import Version, content_words, stem
from factcheck.extract.names import name_runs

_BREAK = re.compile(
    # a colon between digits is a clock time's ("14:00"), not a break, nor a comma
    # between a digit and three more: a digit group's ("£50,000", "1,250,000")
    r"[;()\u2013\u2014]|(?<!\d),|,(?!\d{3}(?!\d))|(?<!\d):|:(?!\d)|(?<!\w)(?:"
    + "|".join((*lang.words("frames.clause_breaks"), *lang.words("compare.clause_joins")))
    + r")(?!\w)",
    re.IGNORECASE,
)


def clause_words(v: Version, k: int) -> frozenset[str]:
    """Content-word stems of the clause of ``v``'s mention ``k``, other figures left out.

    Each sentence's breaks are found once (``v.scratch``), so a sentence of many
    figures is read once, not once per figure; each figure's clause words are read
    once too, however many pairs ask for them.
    """
    key = ("clause_words", k)
    found = v.scratch.get(key)
    if found is None:
        found = v.scratch[key] = _clause_words(v, k)
    return found


def _clause_words(v: Version, k: int) -> frozenset[str]:
    left, right = clause_span(v, k)
    if "mention_starts" not in v.scratch:
        v.scratch["mention_starts"] = [x.start for x in v.mentions]
    first = bisect.bisect_left(v.scratch["mention_starts"], left)
    parts, pos = [], left
    for other in v.mentions[first:]:
        if other.start >= right:
            break
        parts.append(v.text[pos : max(pos, other.start)])
        pos = max(pos, other.end)
    parts.append(v.text[pos:right])
    subject = _subject_before_relative(v, k, left)
    if subject:
        parts.append(subject)
    return frozenset(content_words(" ".join(parts)))


def _subject_before_relative(v: Version, k: int, left: int) -> str:
    """The subject a relative clause stands between and its verb: "Deputy speakers, who
    stand in for the Speaker, were elected ... in 2010" gives 2010's clause "Deputy
    speakers". Only for a clause that opens right after a comma, the last ", who" (or
    "which", ``compare.relative_openers``) of the sentence before it, and a subject of
    at most ``SUBJECT_WORDS`` words from the sentence's start or the break before it."""
    if left < 1 or v.text[left - 1] != ",":
        return ""
    start, _ = _sentence_of(v, v.mentions[k])
    found = None
    for match in _RELATIVE.finditer(v.text, start, left - 1):
        found = match  # the last one before the clause
    if found is None:
        return ""
    before = v.text[start : found.start()]
    cut = max((b.end() for b in _BREAK.finditer(before)), default=0)
    subject = before[cut:]
    return subject if len(subject.split()) <= SUBJECT_WORDS else ""


_RELATIVE = re.compile(
    r",\s*(?:" + "|".join(lang.words("compare.relative_openers")) + r")(?!\w)", re.IGNORECASE
)
SUBJECT_WORDS = 5
"""Words a subject before a relative clause may have ("The Commons Speaker")."""


_OPPOSITE_OF: dict[str, str] = {
    stem(x): stem(y)
    for a, b in lang.table("compare.opposite_nouns").items()
    for x, y in ((a, b), (b, a))
}
"""Stem of a noun -> the stem of the noun that excludes it ("women" -> "men")."""


def opposed_words(here: frozenset[str], there: frozenset[str]) -> frozenset[str]:
    """Words of clause ``here`` whose opposites clause ``there`` holds and not the word
    itself ("women" against "men", ``compare.opposite_nouns``): ``here`` tells of the
    other group, whatever words the two clauses share ("women another 19 years" /
    "men can expect to live for another 19 years")."""
    return frozenset(w for w in here if _OPPOSITE_OF.get(w) in there and w not in there)


def clause_names(v: Version, k: int) -> frozenset[str]:
    """Stems of the name words in the clause of ``v``'s mention ``k`` ("Lewis Hart")."""
    return _names_in(v, *clause_span(v, k))


def sentence_names(v: Version, k: int) -> frozenset[str]:
    """Stems of the name words in the sentence of ``v``'s mention ``k``."""
    return _names_in(v, *_sentence_of(v, v.mentions[k]))


def _names_in(v: Version, start: int, end: int) -> frozenset[str]:
    """Stems of the name words of ``v.text[start:end]``, read once for each stretch (a
    sentence of many figures was read again for each of its figures)."""
    key = ("names", start, end)
    found = v.scratch.get(key)
    if found is None:
        runs = name_runs(v.text, start, end)
        found = v.scratch[key] = frozenset(stem(w) for run in runs for w in run.words)
    return found


def clause_span(v: Version, k: int) -> tuple[int, int]:
    """(start, end) of the clause of ``v``'s mention ``k`` in ``v.text``."""
    m = v.mentions[k]
    start, end = _sentence_of(v, m)
    key = ("clause_breaks", start)
    breaks = v.scratch.get(key)
    if breaks is None:
        found = [(b.start(), b.end()) for b in _BREAK.finditer(v.text, start, end)]
        breaks = v.scratch[key] = ([s for s, _ in found], [e for _, e in found])
    starts, ends = breaks
    before = bisect.bisect_right(ends, m.start) - 1
    left = ends[before] if before >= 0 else start
    after = bisect.bisect_left(starts, m.end)
    right = starts[after] if after < len(starts) else end
    left, right = _between_counts(v, k, left, right)
    # a fact box ("Turnout 24,200 - 42.65% Swing: 6.94% from SNP to Labour"): the
    # label before a colon is the next figure's, not the one it follows
    label = _LABEL_BEFORE_COLON.search(v.text, m.end, right + 1)
    if label and right < end and v.text[right] == ":":
        right = label.start()
    if before >= 0 and v.text[left - 1 : left] == ":":
        own = _LABEL_BEFORE_COLON.search(v.text, ends[before - 1] if before else start, left)
        if own and own.end() == left - 1:
            left = own.start()
    return left, right


def _between_counts(v: Version, k: int, left: int, right: int) -> tuple[int, int]:
    """The clause of a count bounded by the counts of other things next to it, where no
    break stands between them: a fact box run together ("20,000 waterfowl are
    supported 13,590 oystercatchers 35,000 wildbirds spend winter") gives each count
    its own stretch. Only counts that both name what they count, and not one thing."""
    noun = _counted(v, k)
    if not noun:
        return left, right
    m = v.mentions[k]
    if k > 0 and left < v.mentions[k - 1].end <= m.start:
        before = _counted(v, k - 1)
        if before and before != noun:
            left = v.mentions[k - 1].end
    if k + 1 < len(v.mentions) and m.end <= v.mentions[k + 1].start < right:
        after = _counted(v, k + 1)
        if after and after != noun:
            right = v.mentions[k + 1].start
    return left, right


def _counted(v: Version, k: int) -> str | None:
    """What a count without a unit counts, where it names it ("13,590 oystercatchers")."""
    m, c = v.mentions[k], v.contexts[k]
    return None if m.unit or m.kind != "quantity" else c.noun


_LABEL_BEFORE_COLON = re.compile(r"(?<![\w,.%])\s*\b[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,2}\s*(?=:)")
"""A label of a fact box, one to three words opening with a capital, right before a
colon ("Swing", "Labour majority"): it names the figure after the colon."""


def _sentence_of(v: Version, m) -> tuple[int, int]:
    if 0 <= m.sentence < len(v.sentences):
        s, e = v.sentences[m.sentence]
        if s <= m.start < e:
            return s, e
    for s, e in v.sentences:
        if s <= m.start < e:
            return s, e
    return 0, len(v.text)
