"""Ordinals a summary states that the source supports without the same words.

A summary writes "the first rate rise" for "the first hike", "the first day of the
Games" before "Friday, the second day", "its second monthly fall in a row" for a
fall in March after one in February, and "focuses on the second" for the second of
two things it has just named. Each NEW ordinal is new text but no new fact:

- the same ordinal, another noun: OLD has the same ordinal in a sentence that
  shares ``SHARED_WORDS`` content words with NEW's sentence ("Most analysts
  expect the first hike in September" / "Most analysts still expect the first
  rate rise ... in September"), or that gives a figure NEW's sentence keeps and,
  with the sentence after it, shares those words ("The first failure came at
  19:45. Three people dialled ..." / "The first breakdown was recorded at
  7.45pm, when three people ...");
- an earlier step of a sequence NEW goes on with: NEW writes the k-th and a later
  m-th of one noun ("the first day ... the second day"), and OLD has the m-th;
- a run counted from periods OLD names: NEW's ordinal is a run ("in a row",
  "running", "consecutive": ``numbers.streak_*``) of a period (``RUN_PERIODS``),
  and one OLD sentence names that many consecutive months or years, the last of
  them one NEW's sentence names ("fell 0.6% in March ... followed a decline in
  February" -> "in March, its second monthly fall in a row");
- an item of NEW's own list: "the second" with no noun after it, where NEW's
  sentence has counted at least that many things before it ("describes two grands
  prix ... and focuses on the second");
- the k-th time of an event OLD counts: "his second wife" for "married twice", "its
  third fine" for "was fined three times" (``compare.occasion_nouns``, or a noun of
  the verb's own stem): OLD counts at least k times of the event.

Every reading is a lookup in what OLD was read to once, or a look at NEW's own
sentence: linear in the texts.
"""

from __future__ import annotations

import re

import factcheck.lang as lang
from factcheck.compare.context import content_words, stem
from factcheck.compare.values import ACCEPTED, relate
from factcheck.extract.numbers import UNITS_WORDS
from factcheck.mention import Mention

SHARED_WORDS = 2
"""Content words NEW's sentence must share with the sentence of OLD's same ordinal."""
RUN_PERIODS: dict[str, str] = lang.table("compare.run_periods")
"""A run's period word -> the grain of the dates that count it ("monthly": month)."""
_STREAK = re.compile(
    rf"\b(?i:{lang.alternation('numbers.streak_before', 'numbers.streak_after')})\b"
)
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_SENTENCE_MARK = re.compile(r"[.!?](?:\s|$)|\n")
_PICKS = re.compile(r"\bthe\s+$", re.IGNORECASE)
_PICKED_END = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:and|but|one)\b)")
_SMALL = {w: n for w, n in UNITS_WORDS.items() if n > 1}
_COUNT = re.compile(rf"\b(?:\d{{1,2}}|(?i:{lang.alternation(tuple(_SMALL))})|(?i:both))\b")
"""A count before "the second" in NEW's sentence: how many things it picks from."""
MAX_RUN = 12
"""The longest run counted from OLD's dates (a year of months)."""
_OCCASION_VERBS: dict[str, frozenset[str]] = {
    stem(noun): frozenset(stem(v) for v in verbs)
    for noun, verbs in lang.table("compare.occasion_nouns").items()
}
_ONCE_MORE = frozenset(("twice", "thrice"))
OCCASION_REACH = 8
"""Words before OLD's count of occasions, in its clause, in which its verb is looked for
("has been married three times", "won the title of champion of the isles twice")."""
_CLAUSE_EDGE = re.compile(
    rf"[,;:()]|\b(?i:and|but|or|{lang.alternation('frames.clause_breaks')})\b"
)


class Ordinals:
    """OLD's ordinals and dates as ``support`` reads them, read once."""

    def __init__(self, text: str, spans: list[tuple[int, int]], mentions: list[Mention]):
        self.text = text
        self.spans = spans
        self.by_value: dict[int, list[Mention]] = {}
        """OLD ordinals by value."""
        self.words_after: dict[tuple[int, str], Mention] = {}
        """(value, stem of the word after it) -> OLD's ordinal: "second day"."""
        self.periods: dict[int, dict[str, set[int]]] = {}
        """OLD sentence -> grain ("month", "year") -> the months (year*12+month, or
        month alone) or years it names."""
        for m in mentions:
            if m.role == "ordinal" and m.value is not None and float(m.value).is_integer():
                self.by_value.setdefault(int(m.value), []).append(m)
                word = _word_after(text, m)
                if word:
                    self.words_after.setdefault((int(m.value), word), m)
            key = _period_key(m)
            if key is not None:
                self.periods.setdefault(m.sentence, {}).setdefault(key[0], set()).add(key[1])
        self._stems: dict[int, tuple[set[str], set[str]]] = {}
        self.mentions_of: dict[int, list[Mention]] = {}
        """OLD's figures by sentence: what anchors an ordinal's sentence to NEW's."""
        for m in mentions:
            self.mentions_of.setdefault(m.sentence, []).append(m)
        self.occasions: list[tuple[int, frozenset[str], Mention]] = [
            (int(m.value), _verbs_before(text, m), m) for m in mentions if _occasions(m)
        ]
        """OLD's counts of times an event happened ("married twice"), with the stems of
        the words before each."""

    def support(
        self, new: Mention, new_text: str, new_mentions: list[Mention]
    ) -> tuple[list[Mention], str] | None:
        """The OLD figures ``new``, a NEW ordinal nothing paired, restates, and how."""
        if new.role != "ordinal" or new.value is None or not float(new.value).is_integer():
            return None
        k = int(new.value)
        sentence = _sentence_around(new_text, new)
        return (
            self._picked(new, k, new_text, sentence)
            or self._run(new, k, new_text, sentence, new_mentions)
            or self._earlier_step(new, k, new_text, new_mentions)
            or self._occasion(new, k, new_text)
            or self._reworded(
                k,
                new_text[sentence[0] : sentence[1]],
                [m for m in new_mentions if sentence[0] <= m.start < sentence[1] and m is not new],
            )
        )

    def _reworded(
        self, k: int, sentence: str, figures: list[Mention]
    ) -> tuple[list[Mention], str] | None:
        words = set(content_words(sentence))
        for o in self.by_value.get(k, ()):
            own, near = self._stems_of(o)
            if len(words & own) >= SHARED_WORDS:
                return [o], "the same ordinal the original gives"
            if len(words & near) >= SHARED_WORDS and self._anchored(o, figures):
                return [o], "the same ordinal the original gives"
        return None

    def _anchored(self, o: Mention, figures: list[Mention]) -> bool:
        """Whether OLD's sentence of ``o`` gives a figure NEW's sentence keeps ("The
        first failure came at 19:45" / "The first breakdown was recorded at 7.45pm")."""
        own = [m for m in self.mentions_of.get(o.sentence, ()) if m is not o]
        return any(relate(m, f).kind in ACCEPTED and m.kind == f.kind for m in own for f in figures)

    def _earlier_step(
        self, new: Mention, k: int, new_text: str, new_mentions: list[Mention]
    ) -> tuple[list[Mention], str] | None:
        word = _word_after(new_text, new)
        if not word:
            return None
        for later in new_mentions:
            if later.role != "ordinal" or later.value is None or later is new:
                continue
            m = int(later.value) if float(later.value).is_integer() else 0
            if m > k and _word_after(new_text, later) == word and (m, word) in self.words_after:
                return [self.words_after[(m, word)]], "an earlier step of a sequence"
        return None

    def _run(
        self,
        new: Mention,
        k: int,
        new_text: str,
        sentence: tuple[int, int],
        new_mentions: list[Mention],
    ) -> tuple[list[Mention], str] | None:
        if not 2 <= k <= MAX_RUN:
            return None
        after = new_text[new.end : new.end + 60]
        clause = re.split(r"[.,;:!?]", after, maxsplit=1)[0]
        grain = next(
            (RUN_PERIODS[w.lower()] for w in _WORD.findall(clause) if w.lower() in RUN_PERIODS),
            None,
        )
        if grain is None or not (new.extra.get("run") or _STREAK.search(clause)):
            return None
        ends = {
            key[1]
            for m in new_mentions
            if sentence[0] <= m.start < sentence[1] and (key := _period_key(m)) and key[0] == grain
        }
        for s, periods in self.periods.items():
            named = periods.get(grain, set())
            for last in ends & named:
                if all(last - step in named for step in range(k)):
                    start, end = self.spans[s] if 0 <= s < len(self.spans) else (0, 0)
                    return [
                        _span(self.text, start, end, k)
                    ], "a run of the periods the original names"
        return None

    def _picked(
        self, new: Mention, k: int, new_text: str, sentence: tuple[int, int]
    ) -> tuple[list[Mention], str] | None:
        if not _PICKS.search(new_text, max(0, new.start - 6), new.start):
            return None
        if not _PICKED_END.match(new_text, new.end):
            return None
        before = new_text[sentence[0] : new.start]
        for found in _COUNT.finditer(before):
            word = found.group(0).lower()
            n = 2 if word == "both" else int(word) if word.isdigit() else _SMALL.get(word, 0)
            if n >= k >= 1:
                return [], "an item of the summary's own list"
        return None

    def _occasion(self, new: Mention, k: int, new_text: str) -> tuple[list[Mention], str] | None:
        word = _word_after(new_text, new) if self.occasions else None
        if not word:
            return None
        verbs = _OCCASION_VERBS.get(word, frozenset()) | {_no_final_e(word)}
        for n, before, o in self.occasions:
            if n >= k and before & verbs:
                return [o], "a time of an event the original counts"
        return None

    def _stems_of(self, o: Mention) -> tuple[set[str], set[str]]:
        """Content words of OLD's sentence of ``o``, and of it and the one after it."""
        if o.sentence not in self._stems:
            own, near = set(), set()
            for s in (o.sentence, o.sentence + 1):
                if 0 <= s < len(self.spans):
                    a, b = self.spans[s]
                    near.update(content_words(self.text[a:b]))
                    if s == o.sentence:
                        own = set(near)
            self._stems[o.sentence] = own, near
        return self._stems[o.sentence]


def _word_after(text: str, m: Mention) -> str | None:
    """The stem of the word right after an ordinal ("day" of "the second day")."""
    found = _WORD.match(text, m.end + 1) if text[m.end : m.end + 1] == " " else None
    return stem(found.group(0).lower()) if found else None


def _occasions(m: Mention) -> bool:
    """A count of the times an event happened: "three times", "twice"."""
    if m.kind != "quantity" or m.role or m.value is None or not float(m.value).is_integer():
        return False
    return m.frame.get("measure") == "occasions" or m.text.lower() in _ONCE_MORE


def _verbs_before(text: str, m: Mention) -> frozenset[str]:
    """Stems of the words before ``m`` in its clause, ``OCCASION_REACH`` at most ("won
    the title of champion of the isles twice"; not "married in 1990" of "He married in
    1990 and was fined twice")."""
    start, _ = _sentence_around(text, m)
    start = max(start, m.start - 80)
    for found in _CLAUSE_EDGE.finditer(text, start, m.start):
        start = found.end()
    words = _WORD.findall(text, start, m.start)[-OCCASION_REACH:]
    stems = [stem(w.lower()) for w in words]
    return frozenset((*stems, *map(_no_final_e, stems)))


def _no_final_e(word: str) -> str:
    """A stem less a final "e": "fine" and "fined" ("fin") meet."""
    return word[:-1] if word.endswith("e") else word


def _sentence_around(text: str, m: Mention) -> tuple[int, int]:
    start = 0
    for found in _SENTENCE_MARK.finditer(text, max(0, m.start - 400), m.start):
        start = found.end()
    end = _SENTENCE_MARK.search(text, m.end)
    return start, end.start() if end else len(text)


def _period_key(m: Mention) -> tuple[str, int] | None:
    """("month", n) for a month (n = year*12+month, or the month alone without a year),
    ("year", n) for a year; else None."""
    if m.kind != "date":
        return None
    iso = m.iso or m.extra.get("timex") or ""
    if m.grain == "month":
        found = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)", iso)
        if found:
            year = int(found.group(1)) if found.group(1).isdigit() else 0
            return "month", year * 12 + int(found.group(2))
    if m.grain == "year" and re.fullmatch(r"\d{4}", iso):
        return "year", int(iso)
    return None


def _span(text: str, start: int, end: int, value: int) -> Mention:
    return Mention(kind="quantity", text=text[start:end], start=start, end=end, value=value)
