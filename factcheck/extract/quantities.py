"""Quantities in news copy: counts, amounts, measures, ranges, ages and scores.

One compiled pattern (``patterns.CORE``) finds every *number core* (digits,
number words, vague magnitudes, fractions, ordinals); ``READERS`` (at the end)
gives each kind of core its reader, the way ``dates.py`` pairs its patterns
with handlers. A reader reads the core outwards with small anchored matches: a
currency before it, a magnitude and a unit after it (``digitforms``), then
what every figure shares (``figure.finish``): a range (``ranges``), what a
bare number is (``arbiter``), a qualifier ("about", "more than") and a change
verb ("rose", "fell") on its left, the counted noun on its right; the words
around are read through one ``context.Context``. The scanner below only keeps
the state of one pass: the spans taken, the mentions emitted, a conversion in
parentheses to link.
Everything is plain ``re`` on the text, so the scanner costs a fraction of
quantulum3's parse on the same article (see ``bench/extract_speed.py``).

What is deliberately *not* a quantity (precision first, see docs/extract.md):
dates and years, times, phone numbers, URLs and e-mail addresses, numbers in
names and identifiers ("A127", "Euro 2016", "Model 3", "COVID-19", "5G"),
titles ("First Minister") and "one" used as a pronoun ("one of the", "no one").
"""

from __future__ import annotations

import bisect
import re

import factcheck.extract.digitforms as digitforms
import factcheck.extract.lexicon as lexicon
import factcheck.extract.names as names
import factcheck.extract.patterns as P
import factcheck.extract.wordforms as wordforms
from factcheck.extract.compound import amounts_in_two_units, spans_in_clock_units
from factcheck.extract.context import Context
from factcheck.extract.ranges import one_or_two
from factcheck.extract.vocabulary import MOJIBAKE_BEFORE_FIGURE
from factcheck.mention import Mention

_SHARE_JOINS = (" in ", "-in-", " out of ", "-out-of-")  # "one in four": cheap pre-check


def find_quantities(
    text: str, sentences: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Every quantity of ``text`` outside the ``taken`` spans (dates, times).

    Conversions in parentheses are linked both ways through temporary ids
    ("q0", "q1", ...) that ``extract`` renumbers.
    """
    found = one_or_two(text, _Scanner(text, taken, sentences).run())
    return spans_in_clock_units(text, amounts_in_two_units(text, found))


_MOST_DIGITS = 1000


def _too_long(m: re.Match[str]) -> bool:
    """A run of more digits than any figure has (a hash, a pasted blob): not read.

    Shorter runs beyond what a float holds are still figures, compared by their
    text (``computable`` leaves them without a value); Python refuses int() of
    4,300 digits, and takes quadratic time on the way there.
    """
    return m.end() - m.start() > _MOST_DIGITS and sum(map(str.isdigit, m.group())) > _MOST_DIGITS


class _Scanner:
    """One pass over one text: finds number cores in order, hands each to its
    reader, and keeps what the readers share: ``text``, ``lower``, ``ctx`` (the
    words around a figure), ``emit`` (a mention, unless its span is taken) and
    ``last_end`` (a currency sign there belongs to the last figure).
    """

    def __init__(
        self,
        text: str,
        taken: list[tuple[int, int]],
        sentences: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.ctx = Context(text)
        self.sentences = sentences or [(0, len(text))]
        self.sentence_starts = [s for s, _ in self.sentences]
        lower = text.lower()
        if len(lower) != len(text):  # "İ" lowercases to two characters: keep offsets
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        if "$" in lower:  # "$A5bn": the digits start a number core
            lower = P.DOLLAR_COUNTRY.sub(lambda c: " " * len(c.group()), lower)
        # "USD12m", "RM12.40": blank the glued code so the digits start a number
        # core; the currency is read from ``text`` before them as usual
        blank = lexicon.glued_currency_spans(text, self.sentences)
        if blank:
            chars = list(lower)
            for s, e in blank:
                chars[s:e] = " " * (e - s)
            lower = "".join(chars)
        self.lower = lower
        spans = sorted(set(taken) | set(P.blocked_spans(text)))
        self.span_starts = [s for s, _ in spans]
        self.spans = spans
        self.out: list[Mention] = []
        self.pending_paren: tuple[Mention, int] | None = None
        self.ids = 0
        self.last_end = 0
        self._title_case: dict[int, bool] = {}
        self._in_sentence: dict[tuple[int, int], bool] = {}

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``pos``."""
        i = max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)
        return self.sentences[i]

    def title_case(self, pos: int) -> bool:
        """Whether the sentence holding ``pos`` is a title-case headline (read once)."""
        start, end = self.sentence_of(pos)
        if start not in self._title_case:
            self._title_case[start] = names.title_case(self.text, start, end)
        return self._title_case[start]

    def sentence_has(self, pattern, pos: int) -> bool:
        """Whether ``pattern`` matches in the sentence holding ``pos`` (read once per
        sentence: a long sentence of figures would cost its length for each)."""
        start, end = self.sentence_of(pos)
        key = (id(pattern), start)
        found = self._in_sentence.get(key)
        if found is None:
            found = self._in_sentence[key] = pattern.search(self.text, start, end) is not None
        return found

    def covered(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a date, time or blocked span."""
        i = bisect.bisect_right(self.span_starts, end - 1) - 1
        while i >= 0:
            s, e = self.spans[i]
            if e > start and s < end:
                return True
            if e <= start and i < len(self.spans) and s < start - 200:
                break
            i -= 1
        return False

    def run(self) -> list[Mention]:
        """Read every number core in text order with its reader (``READERS``)."""
        pos = search = 0
        while m := P.CORE.search(self.lower, search):
            search = m.end()
            if m.start() < pos or self.covered(m.start(), m.end()) or _too_long(m):
                continue
            end = None
            if m.lastgroup in ("num", "words") and self.lower.startswith(_SHARE_JOINS, m.end()):
                end = wordforms.share(self, m.start())  # "one in four", "1 in 4"
            if not end:
                end = READERS[m.lastgroup](self, m)
            if end:
                pos = end
                if m.lastgroup == "words" and wordforms.and_number_after(
                    self.lower, m.start(), end, m.end()
                ):
                    search = end  # "aged four and seven": the words after "and" start anew
        return self.out

    def emit(self, start: int, end: int, **fields) -> Mention | None:
        if self.covered(start, end):
            return None
        mention = Mention(
            kind="quantity", text=self.text[start:end], start=start, end=end, **fields
        )
        mention.id = f"q{self.ids}"
        self.ids += 1
        if mention.dimension is None:
            mention.dimension = "count"
        if (
            mention.dimension == "count"
            and not mention.unit
            and mention.high is None
            and P.TIMES_FACTOR.match(self.text, end)
        ):
            mention.dimension = "factor"  # "three times the limit", like "twice the limit"
        self._link_conversion(mention)
        self.out.append(mention)
        self.last_end = end
        return mention

    def _link_conversion(self, mention: Mention) -> None:
        """Link "5,500-mile (8,900-km)": the second states the first in another unit.

        What a wrong decoding leaves before a currency sign ("120 euros (Â£88)")
        does not part the conversion from its bracket."""
        pending = self.pending_paren
        self.pending_paren = None
        if pending is not None:
            first, inner = pending
            if (
                self.text[inner : mention.start] in _BEFORE_CONVERSION
                and mention.unit
                and first.unit
                and mention.unit != first.unit
                and mention.dimension == first.dimension
                and P.PAREN_CLOSE.match(self.text, mention.end)
            ):
                first.linked, mention.linked = mention.id, first.id
                first.relation = mention.relation = "conversion"
                return
        if mention.unit:
            p = P.PAREN_OPEN.match(self.text, mention.end)
            if p:
                self.pending_paren = (mention, p.end())


_BEFORE_CONVERSION = frozenset(("", *MOJIBAKE_BEFORE_FIGURE))
"""What may stand between a conversion's bracket and its figure: nothing, or mojibake."""


# The kinds of number core (the named groups of ``patterns.CORE``) and their
# readers. Each reader takes the scanner and the core's match, emits what it
# finds through ``_Scanner.emit`` and returns where scanning goes on; its
# docstring opens with examples, which tests/test_extract_readers.py reads.
READERS = {
    "fold": wordforms.fold,  # "a three-fold rise", "a 10-fold increase"
    "num": digitforms.digits,  # "1,500 people", "£20m", "6ft 4in"
    "dfrac": digitforms.digits,  # "3/4 of a mile", "10 1/2 inches"
    "words": wordforms.words,  # "twenty-one people", "two million pounds"
    "vague": wordforms.vague,  # "hundreds of people", "tens of thousands"
    "roman": wordforms.roman_rating,  # "grade II listed", "stage IV cancer"
    "times": wordforms.adverb_count,
    "factor": wordforms.factor_word,  # "double its capacity", "treble the price"  # "played twice", "more than once", "once a week"
    "several": wordforms.several,  # "several hours", "a few miles"
    "adur": wordforms.a_duration,  # "for almost a week"
    "decw": wordforms.age_decade_word,  # "in his twenties"
    "century": wordforms.century,  # "Ahmed's century", "a maiden half-century"
    "frac": wordforms.fraction,  # "two-thirds of voters", "half a million"
    "ordd": wordforms.ordinal,  # "finished 3rd"
    "ordw": wordforms.ordinal,  # "his third title"
}
