"""Dates and times as news writes them, with exact spans, resolved to ISO 8601.

``find_dates`` runs before the quantity scanner: the spans it returns are taken,
so "2017" in "Feb. 13, 2017" never becomes a count. It must therefore be cheap
(compiled patterns, a keyword pre-check per sentence) and precise: a bare
four-digit number is a year only when its neighbours say so ("in 2017",
"since 1959", "the 2012 remake"), never in "2000 people" or "Euro 2016".

How a mention is normalised (``iso``, ``grain``, ``qualifier``, ``extra``) is
documented in docs/dates.md.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re

import factcheck.extract.arbiter as arbiter
import factcheck.extract.calendar as cal
import factcheck.lang as lang
from factcheck.extract.dateline import Dateline, dateline_of
from factcheck.extract.dateresolve import Found, needs_tense, resolve, resolve_end, timex
from factcheck.extract.datewords import (
    DAY,
    MONTH,
    MONTH_NAMES,
    MONTHS,
    ORDINALS,
    SMALL_NUMBERS,
    TIMEZONE,
    WEEKDAY,
    WEEKDAY_NAMES,
    WEEKDAYS,
    YEAR,
    day_number,
    month_number,
    weekday_number,
)
from factcheck.extract.patterns import ELAPSED_CUE, STREAK_AFTER
from factcheck.extract.tense import SentenceTenses, modifies_event
from factcheck.extract.vocabulary import NOUN_STOPWORDS
from factcheck.mention import Mention

__all__ = ["find_dates"]


# ---------------------------------------------------------------------------
# Patterns, compiled once; ``_PATTERNS`` (below) pairs each with its handler,
# which turns a match into a Found or rejects it.

_QUAL_WORDS: dict[str, str] = lang.table("dates.qualifiers")
"""A phrase before a date -> its qualifier ("early 2016", "the end of May", "circa 1900")."""


def _qualifiers(*kinds: str, one_word: bool = False) -> str:
    """A regex of the qualifier phrases that give one of ``kinds`` (one word each where
    ``one_word``); a phrase that ends in "of" may have "the" before it ("the end of May")."""
    chosen = [w for w, q in _QUAL_WORDS.items() if q in kinds and not (one_word and " " in w)]
    parts = [lang.alternation([w for w in chosen if not w.endswith(" of")])]
    if of_phrases := [w for w in chosen if w.endswith(" of")]:
        parts.append(rf"(?:the\s+)?(?:{lang.alternation(of_phrases)})")
    return "|".join(parts)


_QUAL = rf"(?P<q>(?i:{_qualifiers('early', 'late', 'mid', 'approximate')}))"
_LEFT = r"(?<![\w$£€¥#@/.:,-])"

# "1 April next year", "June of the previous year"
_RY = r"(?:\s+(?:of\s+)?(?P<ry>(?i:this|next|last|the\s+previous|the\s+following))\s+year\b)?"
_YEAR_WORDS = {"this": 0, "next": 1, "last": -1}
"""Years counted from the reference day ("June next year")..."""
_ANCHORED_YEAR_WORDS = {"the previous": -1, "the following": 1}
"""... and from the date told before ("June of the previous year")."""
# Words in front of a date ("early", "last", a weekday) are matched backwards
# from where the date starts (the *_BACK patterns, anchored at their end): a
# pattern that starts with an optional word costs the regex engine a try of
# every alternative at every position of every sentence.
_M_HEAD = r"(?=[JFMASONDjfmasond])"  # fail fast where no month name can start
_WD_BACK = re.compile(rf"(?<![\w])(?P<wd>{WEEKDAY})\.?,?\s+(?:the\s+)?$")
_MDY = re.compile(
    rf"{_M_HEAD}{_LEFT}(?P<mon>{MONTH})(?:\.?\s*|[-/])"
    rf"(?:the\s+)?(?P<d>{DAY})(?:(?:\s*,\s*|\s+(?:of\s+)?)(?P<y>{YEAR}))?(?![\w-]){_RY}"
)
_DMY = re.compile(
    rf"(?=\d){_LEFT}(?P<d>{DAY})\.?(?:\s+of)?[\s-]*"
    rf"(?P<mon>{MONTH})\.?(?:\s*,?\s*(?:of\s+)?(?P<y>{YEAR}))?(?![\w-]){_RY}"
)
# "until 34 April": no such day, but a date all the same where a date is due
# (kept invalid, so that "34" never becomes a count; ``_h_no_such_day``)
_NO_SUCH_DAY = re.compile(
    rf"(?=3){_LEFT}(?P<d>3[2-9])(?:\s+of)?\s+(?P<mon>{MONTH})\.?"
    rf"(?:\s*,?\s*(?P<y>{YEAR}))?(?![\w-])"
)
_DATE_DUE_BEFORE = re.compile(
    rf"(?:(?:{DAY}\s+{MONTH}|{MONTH}\.?\s+{DAY})\.?,?\s*(?:-|–|(?i:to|until|till|through))"
    r"|(?i:\b(?:on|by|until|till|from|since)))\s*$"
)
# "on the 15th", "Friday the 13th": a day of an unnamed month
_ORDINAL_DAY = re.compile(
    r"(?=[Tt])(?<![\w])(?i:the)\s+(?P<d>(?:3[01]|[12]\d|0?[1-9])"
    r"(?P<sfx>st|nd|rd|th)?)(?![\w%-]|[.,:]\d)"
)
_GOLF = re.compile(rf"(?i:\b(?:{lang.alternation('sport.golf_words')})\b)")
_ORDINAL_DAY_BEFORE = re.compile(r"(?i:\b(?:on|for|by|until|till|since|from|before|after)\s+$)")
_MONTH_YEAR = re.compile(
    rf"{_M_HEAD}(?<![\w])(?P<mon>{MONTH})\.?\s*,?\s+(?:of\s+)?(?P<y>{YEAR})(?![\w-])"
)
_MONTH = re.compile(
    rf"{_M_HEAD}(?<![\w])(?P<mon>{MONTH})(?P<dot>\.)?"
    # a hyphen only before the next month of a span ("in April-June")
    rf"(?!['’]s\s+[A-Z])(?!\w|-(?!(?:{lang.alternation(MONTH_NAMES)})(?![\w-]))){_RY}"
)
_MONTH_BACK = re.compile(
    rf"(?<![\w])(?:{_QUAL}|(?P<mod>(?i:this\s+past|last|next|this|earlier\s+in|later\s+in|"
    r"(?:the\s+)?month\s+of)))\s*-?\s*$"
)
# Patterns that start with a digit are the ones most sentences run through; they
# begin at the digit so the regex engine can skip ahead fast, and the words in
# front ("late 2016", "from 1914 to 1918") are read backwards by their handler.
_YEAR_PREFIXES = lang.table("dates.year_prefixes")
"""Prefixes that put a year at a period's edge ("pre-1999" is "before 1999")."""
_AFTER_PREFIX = "|".join(rf"(?<=(?i:{p})-)" for p in ("mid", *_YEAR_PREFIXES))
_YEAR = re.compile(
    rf"(?=\d)(?:{_AFTER_PREFIX}|{_LEFT})(?P<y>{YEAR})(?P<poss>['’]s\b)?(?![\w-]|\.\d)"
)
_PREFIX_BACK = re.compile(rf"(?<![\w])(?P<p>(?i:{lang.alternation(_YEAR_PREFIXES)}))-$")
_DECADE = re.compile(r"(?=[\d'’])(?<![\w'’])(?P<dec>(?:1[0-9]|20)\d0|['’]\d0)['’]?s\b")
_QUAL_BACK = re.compile(rf"(?<![\w]){_QUAL}\s*-?\s*$")
_DECADE_BACK = re.compile(rf"(?:{_QUAL}\s*-?\s*)?(?:(?i:the)\s+)?$")
_HEDGE = rf"(?P<q>(?i:{_qualifiers('approximate')}))"
"""A word that hedges a date ("about 1733", "roughly 1733")."""
_YEAR_ONLY_HEDGES = frozenset(lang.words("dates.year_only_hedges"))
"""Hedges that only go before a year: no count cue needs ruling out ("circa 1900")."""
_RANGE_BACK = re.compile(rf"(?<![\w])(?P<pre>(?i:from|between))\s+(?:{_HEDGE}\s+)?$")
"""The words that open a range, with a hedge on the whole range ("from about 1733 to 1782")."""
_NEAR_EDGE = lang.alternation("calendar.near_edge")
"""Words that put a time just before or after another ("shortly before 17:00")."""
_TIME_QUAL: dict[str, str] = lang.table("dates.time_qualifiers")
"""A word before a clock time -> its qualifier ("at about 10:30", "until 18:00")."""
_TIME_BACK = re.compile(
    rf"(?<![\w])(?P<q>(?i:(?:{_NEAR_EDGE})\s+(?:before|after)|{lang.alternation(_TIME_QUAL)}))\s+$"
)
_YEAR_RANGE = re.compile(
    rf"(?=\d){_LEFT}(?P<y1>{YEAR})\s*"
    r"(?P<sep>-|–|—|/|to|and|until|till|through)\s*(?P<y2>\d{4}|\d{2})(?![\w%-]|[.,]\d)"
    # "from 12 May 2010 until 13 July 2016": a number before a month is its day
    rf"(?!\s*(?:of\s+)?(?:{MONTH})\b)"
)
_DAY_RANGE_DM = re.compile(
    rf"(?=\d){_LEFT}(?P<d1>{DAY})\s*"
    rf"(?P<sep>-|–|—|to|and|until|till|through)\s*(?P<d2>{DAY})(?:\s+of)?\s+(?P<mon>{MONTH})"
    rf"\.?(?:\s*,?\s+(?P<y>{YEAR}))?(?![\w-])"
)
_DAY_RANGE_MD = re.compile(
    rf"{_M_HEAD}(?<![\w])(?P<mon>{MONTH})\.?\s+(?P<d1>{DAY})\s*"
    rf"(?P<sep>-|–|—|to|and|until|till|through)\s*(?P<d2>{DAY})(?:\s*,?\s+(?P<y>{YEAR}))?(?![\w-])"
)
_NUMERIC = re.compile(
    r"(?=\d)(?<![\w.,/:-])(?:(?P<Y>(?:19|20)\d\d)(?P<s1>[-/.])(?P<M>[01]?\d)(?P=s1)(?P<D>[0-3]?\d)"
    r"|(?P<a>[0-3]?\d)(?P<s2>[-/.])(?P<b>[0-3]?\d)(?P=s2)(?P<c>(?:19|20)\d\d|\d\d))"
    r"(?![\w/-]|[.,:]\d)"
)
_WEEKDAY_BACK = re.compile(
    r"(?<![\w])(?:(?P<mod>(?i:this\s+past|this\s+coming|last|next|this|coming|past))|"
    r"(?P<wk0>(?i:this|next|last))\s+week(?:\s+on)?"
    rf"|(?P<q>(?i:{_qualifiers('early', 'late', one_word=True)}))\s+on)\s+$"
)
_WEEKDAY = re.compile(
    r"(?=[MTWFSmtwfs])(?<![\w])"
    rf"(?P<wd>(?i:{lang.alternation('calendar.weekdays')}))(?![\w-])"
    r"(?:(?:\s+of)?\s+(?P<wk>(?i:this|next|last))\s+week)?"
)
_RELATIVE_BACK = re.compile(
    rf"(?<![\w])(?P<q>(?i:{_qualifiers('early', 'late', 'mid', 'earlier', 'later')}))\s*-?\s*$"
)
_SEASON_WORDS = lang.alternation(list(cal.SEASON_CODES))  # "fall" too, with a year or "last"
_PERIODS = lang.words("dates.relative_periods")
"""Periods counted by their place in a run, not by the calendar ("last season")."""
_RELATIVE = re.compile(
    r"(?=[TtLlNnAaOoFf])(?<![\w])(?P<mod>(?i:this|last|next|the\s+coming|the\s+following|the\s+previous|the\s+preceding|"
    r"the\s+same|the\s+past|that|(?:at|over|for)\s+the(?:\s+(?:preceding|previous)(?=\s+(?i:weekend)))?|the))\s+"
    rf"(?P<unit>(?i:week|weekend|month|year|decade|{_SEASON_WORDS}|{lang.alternation(_PERIODS)}))(?![\w-])"
)
_PERIOD_OWNER_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation('dates.relative_period_owners')})\s+$)"
)
_OF_AFTER = re.compile(r"\s+(?i:of)\b")
_DAYWORD_BACK = re.compile(
    rf"(?<![\w])(?P<q>(?i:{_qualifiers('early', 'late', 'earlier', 'later', one_word=True)}))\s+$"
)
_DAYWORD_SHIFT: dict[str, int] = lang.table("dates.day_words")
"""A day word -> its day, counted from the reference day ("yesterday" -1)."""
_DAYWORD = re.compile(
    rf"(?=(?i:{lang.first_characters(_DAYWORD_SHIFT)}))(?<![\w])"
    rf"(?P<w>(?i:{lang.alternation(_DAYWORD_SHIFT)}))(?![\w-])"
)
_TODAY_TITLE = re.compile(rf"\s+(?:{lang.alternation('dates.today_title_nouns')})")
"""After "Today": a title ("the Today programme"), no day."""
_NUMBER_WORDS = lang.alternation(list(SMALL_NUMBERS))
_RELATIVE_EDGES: dict[str, str] = lang.table("dates.relative_edges")
_CLAUSE_END = r"(?=\s*(?:[,.;:!?)\"'”’]|$))"
_EDGE_WORDS = lang.alternation([w for w in _RELATIVE_EDGES if w not in ("before", "after")])
_CLAUSE_EDGE_WORDS = lang.alternation([w for w in _RELATIVE_EDGES if w in ("before", "after")])
_COUNT_UNITS: dict[str, str] = lang.table("dates.count_units")
_SINGULAR = {
    **{p: s for s, p in _COUNT_UNITS.items()},
    **{s: s for s in _COUNT_UNITS},
    **lang.table("dates.count_unit_synonyms"),
}
"""A unit of time counted from a day, singular or plural -> singular ("days" -> "day",
"nights" -> "day")."""
_FROM_NOW_UNITS = lang.words("dates.time_from_now_units")
_VAGUE_COUNTS = frozenset(lang.table("numbers.vague_counts"))
"""Counts that make the date they give approximate ("a few days ago")."""
_AGO = re.compile(
    rf"(?<![\w])(?P<n>\d{{1,3}}|(?i:{_NUMBER_WORDS}))\s+"
    rf"(?P<unit>(?i:{lang.alternation(list(_SINGULAR))}))\s+"
    rf"(?P<dir>(?i:ago|{_EDGE_WORDS}|from\s+now)(?!\s+to\b)|(?i:{_CLAUSE_EDGE_WORDS}){_CLAUSE_END})\b"
    # "in 10 days' time"
    rf"|(?<![\w])(?i:in)\s+(?P<n2>\d{{1,3}}|(?i:{_NUMBER_WORDS}))\s+"
    rf"(?P<unit2>(?i:{lang.alternation([*_FROM_NOW_UNITS, *(_COUNT_UNITS[u] for u in _FROM_NOW_UNITS)])}))"
    r"['’]?s?\s+(?i:time)\b"
)
_ANCHORED_DIRECTIONS: dict[str, int] = lang.table("dates.anchored_directions")
_EVENT_GRAIN = lang.table("dates.event_spans")
"""span -> the grain of the date it gives ("weekend" -> "week")."""
_DAY_PARTS = lang.words("dates.day_parts")
_COUNTED_SPANS = (*_DAY_PARTS, *(span for span, grain in _EVENT_GRAIN.items() if span == grain))
"""The spans "the ... before." counts from the date told before: a part of the day,
or a unit of the calendar ("the week after.", "the year before,")."""
_NEXT_DAY = re.compile(
    rf"(?<![\w])(?i:the\s+)(?P<dir>(?i:{lang.alternation('dates.anchored_directions')}))\s+"
    r"(?P<unit>(?i:day|week|month|year))(?![\w-])"
    # "the next morning", "the following evening": a part of the day counted likewise
    rf"|(?<![\w])(?i:the\s+)(?P<pdir>(?i:{lang.alternation('dates.anchored_directions')}))\s+"
    rf"(?P<dpart>(?i:{lang.alternation('dates.day_parts')}))(?![\w-])"
    # "the night before.", "the morning after,", "the week after.": counted from the date
    # told before
    rf"|(?<![\w])(?i:the\s+)(?P<part>(?i:{lang.alternation(_COUNTED_SPANS)}))\s+"
    rf"(?P<edge>(?i:{_CLAUSE_EDGE_WORDS})){_CLAUSE_END}"
)
# "the day after polling", "the week before the vote", "two days after the crash": a span
# counted from an event the text names, not from a date (docs/dates.md)
_EVENT_EDGE = re.compile(
    r"(?<![\w])(?i:the)\s+"
    rf"(?P<unit>(?i:{lang.alternation('dates.event_spans')}))\s+"
    rf"(?P<edge>(?i:{lang.alternation('dates.event_edges')}))"
    rf"(?=\s+(?P<event>(?:(?:{lang.alternation('dates.event_determiners')})\s+)?"
    r"(?P<w>[A-Za-z][\w'’-]*)))"
)
_NOT_EVENTS = frozenset(lang.words("dates.not_events"))
_QUARTER = re.compile(
    rf"(?<![\w])(?:(?i:the)\s+)?(?P<ord>(?i:{lang.alternation(ORDINALS)}))[\s-]+"
    rf"(?i:quarter)(?:\s+of\s+(?P<y>{YEAR}))?(?![\w])|(?<![\w])Q(?P<qn>[1-4])"
    rf"(?:\s+(?P<y2>{YEAR}))?(?![\w])"
    # "the April-June quarter", "the July to September quarter"
    rf"|(?<![\w])(?:(?i:the)\s+)?(?P<m1>{MONTH})(?:\s*[-–]\s*|\s+(?i:to)\s+|-(?i:to)-)(?P<m2>{MONTH})\s+"
    rf"(?i:quarter)(?:\s+of\s+(?P<y3>{YEAR}))?(?![\w])"
)
_SEASON = re.compile(
    rf"(?<![\w])(?:(?i:the)\s+)?(?P<season>(?i:{_SEASON_WORDS}))(?:\s+of)?\s+"
    rf"(?P<y>{YEAR})(?![\w-])"
)
# "in the autumn", "during the summer", "by late spring": a season after a preposition of
# time, or after an article and one adjective ("had a difficult summer", "a wet winter")
_SEASON_BARE = re.compile(
    rf"(?<![\w])(?:(?i:{lang.alternation('calendar.season_prepositions')})\s+"
    r"(?P<the>(?i:the)\s+)?|(?i:a|an)\s+(?P<adj>[a-z]+)\s+)"
    rf"(?:(?P<q>(?i:{_qualifiers('early', 'late', 'mid', one_word=True)}))[\s-]+)?"
    rf"(?P<season>(?i:{lang.alternation('calendar.seasons')}))(?![\w-])"
)
_SEASON_BARE_AFTER = re.compile(r"\s*(?:(?P<end>[,.;:!?)\"”’]|$)|(?P<w>[A-Za-z]+)\b)")
_SEASONS_PROPER = frozenset(lang.words("calendar.seasons"))
"""The season names that need no clause end after "last", "this" or "next"."""
_SEASON_NOUNS = frozenset(lang.words("calendar.season_nouns"))
_SEASON_EVENT_AFTER = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:"
    + lang.alternation(
        lang.words("calendar.month_event_nouns") + lang.words("calendar.season_event_nouns")
    )
    + r")\b"
)
"""After a season: the event it dates ("the summer transfer window", "a late spring debut")."""
_HOLIDAY_NAMES = lang.alternation(
    [
        re.sub(r"^st\\ ", r"st\\.? ", re.escape(name)).replace("\\ ", " ").replace("'", "['’]")
        for name in (
            *lang.words("calendar.holidays_fixed"),
            *lang.words("calendar.holidays_easter"),
        )
    ],
    escape=False,
)
_HOLIDAYS_CAPITALISED = lang.table("calendar.holidays_capitalised")
_HOLIDAY = re.compile(
    rf"(?<![\w])(?P<name>(?i:{_HOLIDAY_NAMES})|"
    rf"{lang.alternation([w.capitalize() for w in _HOLIDAYS_CAPITALISED])})(?![\w-])"
    rf"(?:,?\s+(?P<y>{YEAR}))?"
)
_HOLIDAY_CONTEXT = re.compile(rf"(?i:\b(?:{lang.alternation('calendar.holiday_leads')})\s+$)")
_AMPM = r"(?i:[ap]\.m\.|[ap]m\b|[ap]\.m\b)"
_CLOCK_WORDS_HOURS: dict[str, int] = lang.table("dates.clock_words")
"""A word for an hour of the clock -> the hour ("midnight" 0)."""
_TIME = re.compile(
    r"(?=[\dNnMm])(?<![\w.:,$£€])"
    r"(?:(?P<h>[01]?\d|2[0-4])(?P<sep>[:.])(?P<mi>[0-5]\d)(?::(?P<se>[0-5]\d))?(?![\d:]|[.,]\d)"
    rf"(?:\s*(?P<ap>{_AMPM}))?"
    rf"|(?P<h2>1[0-2]|0?[1-9])\s*(?P<ap2>{_AMPM})"
    rf"|(?P<h3>[01]\d|2[0-3])(?P<mi3>[0-5]\d)"
    rf"(?=\s*(?:{TIMEZONE}|(?:{lang.alternation('dates.clock_digits_after')})\b))"
    rf"|(?P<word>(?i:{lang.alternation(_CLOCK_WORDS_HOURS)})))"
    rf"(?:\s*(?P<tz>{TIMEZONE}))?"
)
_CLOCK_DAY_PARTS: dict[str, str] = lang.table("dates.clock_day_parts")
_HOUR_WORDS = lang.alternation([k for k, v in SMALL_NUMBERS.items() if 1 <= v <= 12])
# "at six in the morning", "by 10 o'clock at night": an hour the part of the day places
_CLOCK_WORDS = re.compile(
    rf"(?<![\w.:,$£€])(?P<h>(?i:{_HOUR_WORDS})|1[0-2]|0?[1-9])(?:\s+(?i:o['’]clock))?\s+"
    rf"(?P<part>(?i:{lang.alternation('dates.clock_day_parts')}))\b"
)
_CLOCK_WORD_LEAD = re.compile(rf"(?i:\b(?:{lang.alternation('dates.clock_word_leads')})\s+$)")

# ---------------------------------------------------------------------------
# Handlers: match -> Found (or None to reject).


class _Joined:
    """A pattern's match and the words before it that its backward pattern
    accepted, read as one match: handlers see "early" in "early this month"."""

    __slots__ = ("back", "core")

    def __init__(self, core: re.Match, back: re.Match | None):
        self.core, self.back = core, back

    def _holder(self, name: str) -> re.Match | None:
        for m in (self.core, self.back):
            if m is not None and name in m.re.groupindex and m.group(name) is not None:
                return m
        return None

    def group(self, name: str) -> str | None:
        m = self._holder(name)
        return m.group(name) if m is not None else None

    def start(self, name: str | None = None) -> int:
        if name is None:
            return self.back.start() if self.back is not None else self.core.start()
        m = self._holder(name)
        return m.start(name) if m is not None else -1

    def end(self, name: str | None = None) -> int:
        if name is None:
            return self.core.end()
        m = self._holder(name)
        return m.end(name) if m is not None else -1

    def groupdict(self) -> dict:
        d = self.back.groupdict() if self.back is not None else {}
        d.update({k: v for k, v in self.core.groupdict().items() if v is not None or k not in d})
        return d


def _back(text: str, start: int, sent_start: int, pattern: re.Pattern) -> re.Match | None:
    """The words just before ``start`` that ``pattern`` (anchored at its end) accepts."""
    return pattern.search(text, max(sent_start, start - 30), start)


def _qual(m: re.Match | None, name: str = "q") -> str:
    q = m.group(name) if m is not None else None
    if not q:
        return "exact"
    q = re.sub(r"\s+", " ", q.lower())
    q = q.removeprefix("the ")
    return _QUAL_WORDS.get(q, q)


def _year2(y1: int, two: str) -> int:
    return y1 // 100 * 100 + int(two) if len(two) == 2 else int(two)


def _with_weekday(f: Found, m: re.Match) -> Found:
    ry = m.groupdict().get("ry")
    if ry and f.y is None:
        _year_word(f, ry)
    elif ry:
        f.end = m.start("ry") - 1
    if m.group("wd"):
        f.wd = weekday_number(m.group("wd"))
        f.extra["weekday"] = WEEKDAY_NAMES[f.wd]
    return f


def _h_mdy(m: re.Match, ctx) -> Found | None:
    y = int(m.group("y")) if m.group("y") else None
    f = Found(m.start(), m.end(), y=y, m=month_number(m.group("mon")), d=day_number(m.group("d")))
    name = m.group("mon")
    if name[0].islower() and name.capitalize() not in MONTH_NAMES and not (y or m.group("wd")):
        return None  # "dec 3", "sep 2": lower-case abbreviations need a year
    return _checked(_with_weekday(f, m))


def _h_dmy(m: re.Match, ctx) -> Found | None:
    y = int(m.group("y")) if m.group("y") else None
    f = Found(m.start(), m.end(), y=y, m=month_number(m.group("mon")), d=day_number(m.group("d")))
    return _checked(_with_weekday(f, m))


def _h_no_such_day(m: re.Match, ctx) -> Found | None:
    text, sent_start = ctx[0], ctx[1]
    if not _DATE_DUE_BEFORE.search(text, max(sent_start, m.start() - 30), m.start()):
        return None  # "Ana, 34 April ...": a name after an age
    return _h_dmy(_Joined(m, None), ctx)


def _checked(f: Found) -> Found:
    """ "Feb. 30", "31 April", "Feb 29, 2017": kept as a date (so no part of it
    becomes a quantity) but marked ``extra["invalid"]`` with no ISO value, for
    the rules to flag."""
    if not _real_day(f.y, f.m, f.d):
        f.invalid = True
        f.extra["invalid"] = True
    return f


def _real_day(y: int | None, m: int, d: int) -> bool:
    """Whether day ``d`` exists in month ``m`` (of year ``y``; any leap year if None)."""
    return cal.safe_date(y if y is not None else 2000, m, d) is not None


def _golf_sentence(ctx) -> bool:
    """Whether the sentence speaks of golf; searched once per sentence, not per ordinal
    (a long sentence of many ordinals would otherwise cost its length for each)."""
    text, sent_start, sent_end, per_text = ctx
    key = ("golf", sent_start)
    if key not in per_text:
        per_text[key] = bool(_GOLF.search(text, sent_start, sent_end))
    return per_text[key]


def _h_ordinal_day(m: re.Match, ctx) -> Found | None:
    text, sent_start = ctx[0], ctx[1]
    if not (m.group("wd") or m.group("sfx")):
        return None
    if not m.group("wd") and not _ORDINAL_DAY_BEFORE.search(
        text, max(sent_start, m.start() - 8), m.start()
    ):
        return None
    if re.match(r"\s+[A-Za-z]", text[m.end() : m.end() + 2]):
        return None  # "the 27th floor", "the 25th Anniversary", "the 17th Door"
    if not m.group("wd") and _golf_sentence(ctx):
        return None  # "a birdie on the 18th": a hole, not a day
    f = Found(m.start(), m.end(), d=day_number(m.group("d")))
    f.month_open = True
    return _with_weekday(f, m)


def _h_month_year(m: re.Match, ctx) -> Found:
    return Found(
        m.start(),
        m.end(),
        grain="month",
        y=int(m.group("y")),
        m=month_number(m.group("mon")),
        qualifier=_qual(m),
    )


_MONTH_NEEDS_CONTEXT = set(lang.words("calendar.months_need_context"))
_MONTH_CONTEXT = re.compile(
    rf"(?i:\b(?:{lang.alternation('calendar.month_leads')})\s*-?\s*$"
    # a list of months: "in May, June, July and August"
    rf"|\b(?:{lang.alternation(MONTH_NAMES)}),\s*$"
    # the end of a span whose start has a lead: "in April-June" (not "a May-June wedding")
    rf"|\b(?:{lang.alternation('calendar.month_leads')})\s+"
    rf"(?:{lang.alternation(MONTH_NAMES)})\s*[-–]\s*$)"
)


_GENERIC_BEFORE = re.compile(r"(?i:\b(?:\w+est|worst|best|every|each|any|(?P<a>a))\s+$)")
_THE_BEFORE = re.compile(r"(?i:\bthe\s+$)")
_NOUN_AFTER = re.compile(r"['’]?s?\s+[a-z]")
_EVENT_AFTER = re.compile(
    rf"\s+(?:[a-z]+\s+)?(?:{lang.alternation('calendar.month_event_nouns')})\b"
)
"""After a month: the event it dates ("the May council elections")."""


def _generic(text: str, start: int, end: int, sent_start: int) -> bool:
    """ "every Friday", "the coldest January", "on a Monday": no particular day or month.

    "a Tuesday press conference" and "a September rate hike" are particular:
    the name modifies a noun.
    """
    g = _GENERIC_BEFORE.search(text, max(sent_start, start - 20), start)
    if g is None:
        return False
    return not (g.group("a") and _NOUN_AFTER.match(text, end))


def _h_month(m: re.Match, ctx) -> Found | None:
    text, sent_start = ctx[0], ctx[1]
    name = m.group("mon")
    if not name[0].isupper():
        return None
    full = name.capitalize() in MONTH_NAMES
    if _generic(text, m.start(), m.end("mon"), sent_start):
        return None  # "the coldest January on record": any January
    lead = m.group("q") or m.group("mod") or m.group("ry")
    if (not full or name.lower() in _MONTH_NEEDS_CONTEXT) and not lead:
        before = text[max(sent_start, m.start() - 20) : m.start()]
        if not _MONTH_CONTEXT.search(before) and not (
            _THE_BEFORE.search(before) and _EVENT_AFTER.match(text, m.end("mon"))
        ):
            return None  # "the May council elections" is a month, "the May government" not
        after = m.end("mon")  # "in March. It ended": the full stop ends the sentence
        if text[after : after + 1] == " " and text[after + 1 : after + 2].isupper():
            return None  # "June Smith", "April Jones"
    mod = (m.group("mod") or "").lower().split()
    if (
        mod[:1] in (["last"], ["next"])
        and _THE_BEFORE.search(text, max(sent_start, m.start() - 5), m.start())
        and _NOUN_AFTER.match(text, m.end())
    ):
        return None  # "the last December election": no particular December
    qualifier = _qual(m)
    if mod[:1] == ["earlier"] or mod[:1] == ["later"]:
        qualifier, mod = mod[0], []
    end = m.end("mon") if full and m.group("dot") else m.end()
    f = Found(m.start(), end, grain="month", m=month_number(name), qualifier=qualifier)
    f.mod = {"last": "last", "next": "next", "this": "this"}.get(mod[0] if mod else "")
    if mod[:2] == ["this", "past"]:
        f.mod = "last"
    if m.group("ry"):
        _year_word(f, m.group("ry"))
    return f


def _year_word(f: Found, word: str) -> None:
    """The year of "June last year" or "June of the previous year", by its word."""
    word = re.sub(r"\s+", " ", word.lower())
    if word in _ANCHORED_YEAR_WORDS:
        f.anchored = ("year", _ANCHORED_YEAR_WORDS[word])
    else:
        f.year_shift = _YEAR_WORDS[word]


def _h_year(m: re.Match, ctx) -> Found | None:
    text, sent_start = ctx[0], ctx[1]
    ys, ye = m.start("y"), m.end("y")
    back = _back(text, ys, sent_start, _QUAL_BACK)
    q = back.group("q").lower() if back else None
    hedge = q is not None and _QUAL_WORDS.get(q) == "approximate"
    # "from about 1733": the context is read before the hedge
    at = back.start() if hedge else ys
    prefix = _PREFIX_BACK.search(text, max(sent_start, ys - 6), ys)
    if prefix:
        evidence = f"year: {prefix.group(0)!r} before"  # "the pre-1999 loans"
    elif not q or (hedge and q not in _YEAR_ONLY_HEDGES):
        reading = arbiter.read_year_shaped(text, at, ye, sent_start)
        if reading.kind != arbiter.YEAR:
            return None
        evidence = reading.note()
    else:
        evidence = f"year: {q!r} before"
    end = ye if m.group("poss") else m.end()
    start = back.start() if back else ys
    f = Found(start, end, grain="year", y=int(m.group("y")), qualifier=_qual(back))
    f.extra["reading"] = evidence
    return f


def _h_decade(m: re.Match, ctx) -> Found:
    dec = m.group("dec").lstrip("'’")
    first = int(dec) if len(dec) == 4 else 1900 + int(dec)
    back = _back(ctx[0], m.start(), ctx[1], _DECADE_BACK)
    start = back.start() if back else m.start()
    if first % 100 == 0 and first < 2000 and len(dec) == 4:
        # "the 1500s", "the 1900s": the century (ISO "15", "19")
        return Found(start, m.end(), grain="century", century=first // 100, qualifier=_qual(back))
    return Found(start, m.end(), grain="decade", decade=first // 10, qualifier=_qual(back))


def _h_year_range(m: re.Match, ctx) -> Found | None:
    text, sent_start = ctx[0], ctx[1]
    y1 = int(m.group("y1"))
    y2 = _year2(y1, m.group("y2"))
    back = _back(text, m.start(), sent_start, _RANGE_BACK)
    sep, pre = m.group("sep").lower(), back
    start = back.start() if back else m.start()
    if not (y1 < y2 <= y1 + 100) or (sep == "and" and not pre):
        return None
    if sep == "/" and len(m.group("y2")) != 2:
        return None
    # "from about 1733 to 1782": the hedge is the range's, its context is read before it
    at = back.start() if back and back.group("q") else m.start()
    reading = arbiter.read_year_shaped(text, at, m.end(), sent_start)
    if reading.kind == arbiter.COUNT or (
        not pre and len(m.group("y2")) == 4 and reading.kind != arbiter.YEAR
    ):
        return None  # "1990 to 1995 people", "1200-1400 staff"
    f = Found(start, m.end(), grain="year", y=y1, qualifier=_qual(back))
    f.upto = Found(m.start("y2"), m.end(), grain="year", y=y2)
    return f


def _h_day_range(m: re.Match, ctx) -> Found | None:
    back = _back(ctx[0], m.start(), ctx[1], _RANGE_BACK)
    if m.group("sep").lower() == "and" and not back:
        return None
    d1, d2 = day_number(m.group("d1")), day_number(m.group("d2"))
    if d2 <= d1:
        return None
    y = int(m.group("y")) if m.group("y") else None
    mon = month_number(m.group("mon"))
    if not _real_day(y, mon, d2):
        return None
    f = Found(back.start() if back else m.start(), m.end(), y=y, m=mon, d=d1, qualifier=_qual(back))
    f.upto = Found(m.start("d2"), m.end(), y=y, m=mon, d=d2)
    return f


def _h_numeric(m: re.Match, ctx) -> Found | None:
    if m.group("Y"):
        y, mo, d = int(m.group("Y")), int(m.group("M")), int(m.group("D"))
    else:
        a, b, c = int(m.group("a")), int(m.group("b")), m.group("c")
        if m.group("s2") == "." and len(c) != 4:
            return None
        y = int(c) if len(c) == 4 else (2000 + int(c) if int(c) < 50 else 1900 + int(c))
        # Day first when it must be (or when "." separates, as in Europe); else US order.
        if a > 12 or m.group("s2") == ".":
            d, mo = a, b
        elif b > 12:
            mo, d = a, b
        else:
            cache = ctx[3]
            if "day_first" not in cache:
                cache["day_first"] = _day_first(ctx[0])
            mo, d = (b, a) if cache["day_first"] else (a, b)
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return _checked(Found(m.start(), m.end(), y=y, m=mo, d=d))


_WEEKDAY_NAMES_AFTER = re.compile(rf"\s+(?:{lang.alternation('calendar.weekday_names_after')})\b")
_WEEKDAY_NAMES_BEFORE = re.compile(rf"(?:{lang.alternation('calendar.weekday_names_before')})\s+$")


def _h_weekday(m: re.Match, ctx) -> Found | None:
    text, sent_start = ctx[0], ctx[1]
    wd_start = m.start("wd")
    if _WEEKDAY_NAMES_AFTER.match(text, m.end("wd")):
        return None
    if _WEEKDAY_NAMES_BEFORE.search(text, max(0, wd_start - 12), wd_start):
        return None
    if not m.group("mod") and _generic(text, wd_start, m.end("wd"), sent_start):
        return None  # "on a Monday", "every Friday": no particular day
    if not m.group("wd")[0].isupper() and not m.group("mod"):
        before = text[max(sent_start, wd_start - 4) : wd_start].lower()
        if not before.endswith("on "):
            return None
    f = Found(m.start(), m.end(), wd=weekday_number(m.group("wd")), qualifier=_qual(m))
    f.part_of_day = bool(_PART_OF_DAY.match(text, m.end("wd")))
    f.extra["weekday"] = WEEKDAY_NAMES[f.wd]
    mod = re.sub(r"\s+", " ", (m.group("mod") or "").lower())
    if m.group("wk") or m.group("wk0"):
        f.mod = (m.group("wk") or m.group("wk0")).lower() + " week"
    else:
        f.mod = {"this past": "last", "past": "last", "this coming": "coming"}.get(mod, mod or None)
    return f


_PART_OF_DAY = re.compile(rf"\s+(?i:{lang.alternation(_DAY_PARTS)})\b")

_REL_MOD = {
    "this": 0, "last": -1, "next": 1, "the coming": 1, "the following": "+", "the previous": "-",
    "the preceding": "-", "the same": "=", "that": "=", "at the": 0, "over the": 0, "for the": 0, "the": 0,
    "the past": "past",
}  # fmt: skip


def _h_relative(m: re.Match, ctx) -> Found | None:
    unit = m.group("unit").lower()
    mod = re.sub(r"\s+", " ", m.group("mod").lower())
    if unit == "weekend" and mod.endswith((" preceding", " previous")):
        # "over the preceding weekend": the weekend before the story, as "over the weekend"
        mod = mod.rsplit(" ", 1)[0]
    if mod in ("at the", "over the", "for the") and unit != "weekend":
        return None
    if mod == "the" and not m.group("q"):
        return None  # "the year" alone names no date; "the end of the year" does
    q = _qual(m)
    f = Found(m.start(), m.end(), qualifier=q)
    if mod in ("at the", "over the", "for the"):
        f.start = m.start("mod") + m.group("mod").lower().index("the")  # keep "the weekend"
        f.start = m.start() if m.group("q") else f.start
        f.mod, f.grain = "tense", "week"
        f.rel = ("weekend", 0)
        return f
    if unit in _PERIODS:
        return _relative_period(m, ctx, mod, f)
    if unit in cal.SEASON_CODES:
        if mod not in ("this", "last", "next"):
            return None
        after = _SEASON_BARE_AFTER.match(ctx[0], m.end())
        if unit not in _SEASONS_PROPER and not (after and after.group("end") is not None):
            return None  # "this fall in prices": "fall" is a season only where a clause ends
        f.grain, f.season, f.mod = "season", cal.SEASON_CODES[unit], mod
        return f
    n = _REL_MOD[mod]
    f.grain = "week" if unit == "weekend" else unit
    if n == "past":
        if unit == "weekend":
            f.rel = ("weekend", -1)  # "the past weekend" is the last one
        else:
            f.mod = "past"  # "in the past month": the span up to now, no calendar month
        return f
    if isinstance(n, int):
        f.rel = (unit, n)
    else:
        if unit == "weekend":
            return None
        f.anchored = (unit, {"+": 1, "-": -1, "=": 0}[n])
        f.whole_year = unit == "year"  # "the following year": the calendar year
    return f


_PERIOD_MOD = {
    "this": "this", "last": "last", "next": "next", "the past": "last", "the coming": "next",
    "the following": 1, "the previous": -1, "the preceding": -1, "the same": 0, "that": 0,
}  # fmt: skip
"""How a period's word places it: from now ("last season") or from the period told
before ("the following season", an anchored count)."""


def _relative_period(m: re.Match, ctx, mod: str, f: Found) -> Found | None:
    """ "last season", "this season", "the following season": a period of a run (a
    sports season) placed by its word, no calendar date (``iso`` None, grain
    "season", no season code); not "the last season of the show" or "his next
    season", one particular period of a thing."""
    place = _PERIOD_MOD.get(mod)
    text, sent_start = ctx[0], ctx[1]
    if place is None or m.group("q"):
        return None
    if _PERIOD_OWNER_BEFORE.search(text, max(sent_start, m.start() - 8), m.start()):
        return None
    if _OF_AFTER.match(text, m.end()):
        return None  # "this season of the drama": the series, not the time
    f.grain = "season"
    if isinstance(place, str):
        f.mod = place
    else:
        f.anchored = ("season", place)
    return f


def _h_dayword(m: re.Match, ctx) -> Found | None:
    text = ctx[0]
    w = re.sub(r"\s+", " ", m.group("w").lower())
    if w == "today" and (
        _TODAY_TITLE.match(text, m.end())
        or (m.group("w")[0] == "T" and re.match(r"['’]s\s+[A-Z]", text[m.end() :]))
        or _names_today(m, ctx)
    ):
        return None
    f = Found(m.start(), m.end(), rel=("day", _DAYWORD_SHIFT[w]), qualifier=_qual(m))
    return f


def _names_today(m: re.Match, ctx) -> bool:
    """A capitalised "Today" after a word of its own sentence names a programme or
    a paper ("BBC South East Today has learned", "told Today", "USA Today"): prose
    writes the day "today" there. Not in a title-case line ("Strike Action Begins
    Today"), where every word has a capital."""
    if m.group("w") != "Today":
        return False
    text, sent_start, sent_end = ctx[0], ctx[1], ctx[2]
    before = text[sent_start : m.start()].rstrip()
    if not before or not (before[-1].isalnum() or before[-1] in "'’"):
        return False  # it opens the sentence, a quote, a bracket or a clause after a colon
    # the words after the sentence's first, but for "Today" itself
    words = [
        w.group()
        for w in _LONG_WORD.finditer(text, sent_start, sent_end)
        if w.start() > sent_start and w.start() != m.start()
    ]
    return not words or sum(word[0].isupper() for word in words) * 10 < len(words) * 6


_LONG_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]{3,}")


def _h_holiday(m: re.Match, ctx) -> Found | None:
    text, sent_start = ctx[0], ctx[1]
    name = re.sub(r"\s+", " ", m.group("name").lower().replace("’", "'")).replace("st. ", "st ")
    if name in _HOLIDAYS_CAPITALISED:
        before = text[max(sent_start, m.start() - 10) : m.start()]
        if not _HOLIDAY_CONTEXT.search(before) and not m.group("y"):
            return None  # "Christmas tree", "the Easter Rising"
        name = _HOLIDAYS_CAPITALISED[name]
    f = Found(m.start(), m.end(), y=int(m.group("y")) if m.group("y") else None)
    f.holiday = name
    f.extra["holiday"] = name
    return f


def _h_ago(m: re.Match, ctx) -> Found:
    n_word = (m.group("n") or m.group("n2")).lower()
    n = int(n_word) if n_word.isdigit() else SMALL_NUMBERS[re.sub(r"\s+", " ", n_word)]
    unit = _SINGULAR[(m.group("unit") or m.group("unit2")).lower()]
    if unit in cal.SPAN_MULTIPLES and unit != "decade":
        # "a fortnight ago" is two weeks ago, "a century later" 100 years later; "a
        # decade ago" keeps its decade (the 2000s), its words read as ten years (datenorm)
        unit, times = cal.SPAN_MULTIPLES[unit]
        n *= times
    direction = re.sub(r"\s+", " ", m.group("dir").lower()) if m.group("dir") else "from now"
    direction = _RELATIVE_EDGES.get(direction, direction)  # "a year prior": "a year earlier"
    vague = n_word in _VAGUE_COUNTS
    f = Found(m.start(), m.end(), qualifier="approximate" if vague else "exact")
    f.grain = {"week": "day"}.get(unit, unit)
    if direction == "ago":
        f.ago = (unit, n)
    elif direction == "from now":
        f.ago = (unit, -n)
    else:
        f.anchored = (unit, n if direction == "later" else -n)
    return f


def _h_next_day(m: re.Match, ctx) -> Found:
    if m.group("dpart"):
        n = _ANCHORED_DIRECTIONS[m.group("pdir").lower()]
        f = Found(m.start(), m.end(), grain="day", anchored=("day", n))
        f.part_of_day = True
        return f
    if m.group("part"):
        n = 1 if _RELATIVE_EDGES[m.group("edge").lower()] == "later" else -1
        part = m.group("part").lower()
        span = part if part in _EVENT_GRAIN and _EVENT_GRAIN[part] == part else "day"
        f = Found(m.start(), m.end(), grain=span, anchored=(span, n))
        f.part_of_day = span != part
        return f
    unit = m.group("unit").lower()
    n = _ANCHORED_DIRECTIONS[m.group("dir").lower()]
    return Found(m.start(), m.end(), grain=unit, anchored=(unit, n), whole_year=unit == "year")


def _h_event_edge(m: re.Match, ctx) -> Found | None:
    """ "the day after polling", "the week before the vote", "the morning after the attack".

    The span is counted from an event, not from the date told before, so it stays
    unresolved: a date mention of the span's grain with ``extra["relative"]`` and
    the event's words in ``extra["event"]`` (the span covers "the day after" only,
    so "the day after polling" and "the day after the vote" read alike). A date, a
    time or a holiday after the edge ("the day before 5 May", "the week before
    Christmas") is no event; "the year before last" counts back from the reference
    day. A count of units ("two days after the crash") stays a duration, a quantity.
    """
    text = ctx[0]
    unit = m.group("unit").lower()
    word = m.group("w").lower()
    if word == "last" and (unit in _DAY_PARTS or _EVENT_GRAIN.get(unit) == unit):
        span = "day" if unit in _DAY_PARTS else unit  # "the night before last"
        f = Found(m.start(), m.end("event"), grain=span, rel=(span, -2))
        f.part_of_day = span != unit
        return f
    if (
        word in _NOT_EVENTS
        or word.rstrip(".") in MONTHS
        or word in WEEKDAYS
        or _HOLIDAY.match(text, m.start("w"))
    ):
        return None
    f = Found(m.start(), m.end("edge"), grain=_EVENT_GRAIN.get(unit, "day"))
    f.part_of_day = unit in _DAY_PARTS
    f.extra["relative"] = True
    f.extra["event"] = re.sub(r"\s+", " ", m.group("event"))
    return f


def _h_quarter(m: re.Match, ctx) -> Found | None:
    if not m.group("y") and STREAK_AFTER.match(ctx[0], m.end()):
        return None  # "for the second quarter in a row": a run of quarters, not Q2
    if m.group("qn"):
        q, y = int(m.group("qn")), m.group("y2")
    elif m.group("m1"):
        first, last = month_number(m.group("m1")), month_number(m.group("m2"))
        if first % 3 != 1 or last != first + 2:
            return None  # "the May-July quarter": no calendar quarter
        q, y = (first - 1) // 3 + 1, m.group("y3")
    else:
        q, y = ORDINALS[m.group("ord").lower()], m.group("y")
    return Found(m.start(), m.end(), grain="quarter", quarter=q, y=int(y) if y else None)


def _h_season_bare(m: re.Match, ctx) -> Found | None:
    """ "in the autumn", "during the summer", "by late spring", "a difficult summer" (the
    season word alone): the season nearest the reference day in the sentence's tense
    (docs/dates.md), also before an event it dates ("during the summer transfer window",
    "a late spring debut"); not "in the winter sun", "the Autumn Statement", "a summer
    job" or "in the autumn of his career" (another noun or "of" after it)."""
    text = ctx[0]
    after = _SEASON_BARE_AFTER.match(text, m.end())
    word = after.group("w") if after is not None else "of"
    if word is not None and word.lower() == "of":
        return None  # "in the autumn of his career" ("the winter of 2010" is _SEASON's)
    event = _SEASON_EVENT_AFTER.match(text, m.end()) is not None
    if word is not None:
        if m.group("season")[0].isupper() and word[0].isupper():
            return None  # "the Summer Olympics", "in Spring Street"
        if word.lower() not in NOUN_STOPWORDS and word.lower() not in _SEASON_NOUNS and not event:
            return None
    adj = m.group("adj")
    if adj and adj in _QUAL_WORDS and event:
        # "a late spring debut": the event's date, "late" its qualifier
        f = Found(m.start("adj"), m.end(), grain="season", qualifier=_QUAL_WORDS[adj])
        f.season = cal.SEASON_CODES[m.group("season").lower()]
        return f
    if adj and (adj in NOUN_STOPWORDS or adj in _QUAL_WORDS):
        return None  # "a last summer", "an early spring" (the weather, not a date)
    start = (
        m.start("the") if m.group("the") else m.start("q") if m.group("q") else m.start("season")
    )
    f = Found(start, m.end(), grain="season", qualifier=_qual(m))
    f.season = cal.SEASON_CODES[m.group("season").lower()]
    return f


def _h_season(m: re.Match, ctx) -> Found:
    code = cal.SEASON_CODES[m.group("season").lower()]
    return Found(m.start(), m.end(), grain="season", season=code, y=int(m.group("y")))


def _h_clock_words(m: re.Match, ctx) -> Found | None:
    """ "at six in the morning", "until 10 o'clock at night": a time of day in words,
    its half of the clock from the part of the day; only after a word that makes
    it a time ("at", "by", "until" ...), so "six in the morning raid" stays a count."""
    if not _CLOCK_WORD_LEAD.search(ctx[0], max(ctx[1], m.start() - 12), m.start()):
        return None
    word = m.group("h").lower()
    hh = int(word) if word.isdigit() else SMALL_NUMBERS[word]
    half = _CLOCK_DAY_PARTS[re.sub(r"\s+", " ", m.group("part").lower())]
    if half == "pm" or (half == "night" and 6 <= hh < 12):
        hh = hh % 12 + 12
    else:
        hh %= 12  # "twelve at night" is midnight
    back = _back(ctx[0], m.start(), ctx[1], _TIME_BACK)
    q = re.sub(r"\s+", " ", back.group("q").lower()) if back else ""
    f = Found(m.start(), m.end(), kind="time", grain="time", hh=hh % 24, mi=0)
    f.qualifier = _TIME_QUAL.get(q, "exact")
    return f


def _h_time(m: re.Match, ctx) -> Found | None:
    g = m.groupdict()
    ap = g["ap"] or g["ap2"]
    if g["word"]:
        hh, mi = _CLOCK_WORDS_HOURS[g["word"].lower()], 0
    elif g["h"] is not None:
        hh, mi = int(g["h"]), int(g["mi"])
        if g["sep"] == "." and not (ap or g["tz"]):
            return None
        if hh == 24 and mi:
            return None
    elif g["h2"] is not None:
        hh, mi = int(g["h2"]), 0
    else:
        hh, mi = int(g["h3"]), int(g["mi3"])
    if g["se"] is not None and not _clock_with_seconds(m, ctx, ap):
        return None
    if ap:
        if hh > 12 or hh == 0:
            return None
        pm = ap[0].lower() == "p"
        hh = hh % 12 + (12 if pm else 0)
    back = _back(ctx[0], m.start(), ctx[1], _TIME_BACK)
    q = re.sub(r"\s+", " ", back.group("q").lower()) if back else ""
    if q and not (g["tz"] or ap or g["word"] or g["h"]):
        q = ""
    start = back.start() if q else m.start()
    if q.startswith("at "):
        start += 3
    f = Found(start, m.end(), kind="time", grain="time", hh=hh % 24, mi=mi)
    if g["se"] is not None:
        f.se = int(g["se"])
    q = q.removeprefix("at ")
    if q.endswith(("before", "after")) and " " in q:
        q = "just " + q.split()[-1]  # "shortly before" and "just before" alike
    f.qualifier = _TIME_QUAL.get(q, q or "exact")
    if g["tz"]:
        f.tz = re.sub(r"\s+", " ", g["tz"])
        f.extra["tz"] = f.tz
    return f


def _clock_with_seconds(m: re.Match, ctx, ap: str | None) -> bool:
    """ "struck at 14:32:10", "at 2:05:03 GMT": hours, minutes and seconds make a time of
    day only with a zone, "am"/"pm" or a word before them that makes a time of day
    ("at", "by", "until": dates.clock_word_leads); "won in 2:05:03" and "was 2:05:03"
    are a race's time (extract/patterns.elapsed_at), and a word that makes a race time
    before it ("in", "of", "clocked": numbers.elapsed_cues) wins over a lead."""
    text, sent_start = ctx[0], ctx[1]
    if m.group("h") == "24" or m.group("sep") != ":":
        return False
    if ap or m.group("tz"):
        return True
    before = max(sent_start, m.start() - 24)
    if ELAPSED_CUE.search(text, before, m.start()):
        return False
    return _CLOCK_WORD_LEAD.search(text, before, m.start()) is not None


# What a sentence must contain for a pattern to be worth running (bit flags,
# all required). Most sentences of an article hold no date at all, and most
# that do hold only digits, so most patterns never run on most sentences.
(
    _F_DIGIT,
    _F_MONTH,
    _F_WEEKDAY,
    _F_REL,
    _F_DAYWORD,
    _F_AGO,
    _F_NEXT,
    _F_QUARTER,
    _F_CLOCK,
    _F_HOLIDAY,
) = (1 << i for i in range(10))
_HOLIDAY_HINTS = lang.words("calendar.holiday_hints")
_PATTERNS = (
    (_DAY_RANGE_DM, None, _h_day_range, _F_DIGIT | _F_MONTH),
    (_DAY_RANGE_MD, None, _h_day_range, _F_DIGIT | _F_MONTH),
    (_YEAR_RANGE, None, _h_year_range, _F_DIGIT),
    (_MDY, _WD_BACK, _h_mdy, _F_DIGIT | _F_MONTH),
    (_DMY, _WD_BACK, _h_dmy, _F_DIGIT | _F_MONTH),
    (_NO_SUCH_DAY, None, _h_no_such_day, _F_DIGIT | _F_MONTH),
    (_NUMERIC, None, _h_numeric, _F_DIGIT),
    (_MONTH_YEAR, _QUAL_BACK, _h_month_year, _F_DIGIT | _F_MONTH),
    (_ORDINAL_DAY, _WD_BACK, _h_ordinal_day, _F_DIGIT),
    (_QUARTER, None, _h_quarter, _F_QUARTER),
    (_SEASON, None, _h_season, _F_DIGIT | _F_REL),
    (_DECADE, None, _h_decade, _F_DIGIT),
    (_TIME, None, _h_time, _F_CLOCK),
    (_CLOCK_WORDS, None, _h_clock_words, _F_DAYWORD),
    (_AGO, None, _h_ago, _F_AGO),
    (_RELATIVE, _RELATIVE_BACK, _h_relative, _F_REL),
    (_SEASON_BARE, None, _h_season_bare, _F_REL),
    (_DAYWORD, _DAYWORD_BACK, _h_dayword, _F_DAYWORD),
    (_NEXT_DAY, None, _h_next_day, _F_NEXT),
    (_EVENT_EDGE, None, _h_event_edge, _F_NEXT),
    (_WEEKDAY, _WEEKDAY_BACK, _h_weekday, _F_WEEKDAY),
    (_MONTH, _MONTH_BACK, _h_month, _F_MONTH),
    (_YEAR, None, _h_year, _F_DIGIT),
    (_HOLIDAY, None, _h_holiday, _F_HOLIDAY),
)
_MONTH_HINTS = tuple(name[:3].lower() for name in MONTH_NAMES)
"""The first three letters of every month name ("jan" for "Jan." and "January")."""
_REL_HINTS = ("week", "month", "year", "decade", "centur", *cal.SEASON_CODES, *_PERIODS)
_DIGIT = re.compile(r"\d")
_DAYWORD_HINTS = frozenset(w.split()[-1] for w in (*_DAYWORD_SHIFT, *_CLOCK_DAY_PARTS))
"""The last words of the day words and of the parts of the day a clock time takes."""


def _features(text: str, lower: str, s: int, e: int) -> int:
    """The bit flags of the words and digits sentence ``text[s:e]`` contains."""
    low = lower[s:e]
    digit = _DIGIT.search(text, s, e) is not None
    has_day = "day" in low
    rel = any(h in low for h in _REL_HINTS)
    unit = has_day or rel
    f = _F_DIGIT if digit else 0
    if any(h in low for h in _MONTH_HINTS):
        f |= _F_MONTH
    if has_day:
        f |= _F_WEEKDAY
    if rel:
        f |= _F_REL
    if any(w in low for w in _DAYWORD_HINTS):
        f |= _F_DAYWORD
    if any(h in low for h in _HOLIDAY_HINTS):
        f |= _F_HOLIDAY
    if (unit or "fortnight" in low or "night" in low) and any(
        w in low for w in ("ago", "time", "from now", *_RELATIVE_EDGES)
    ):
        f |= _F_AGO
    if (unit or any(p in low for p in _DAY_PARTS)) and any(w in low for w in _ANCHORED_DIRECTIONS):
        f |= _F_NEXT  # "the next week", "the following morning"
    if ("before" in low or "after" in low) and (
        rel or has_day or any(p in low for p in _DAY_PARTS)
    ):
        f |= _F_NEXT
    if "quarter" in low or (digit and "q" in low):
        f |= _F_QUARTER
    if digit or any(w in low for w in _CLOCK_WORDS_HOURS):
        f |= _F_CLOCK
    return f


# ---------------------------------------------------------------------------
# Ranges built from two mentions: "between March 1972 and October 1989".

_RANGE_GAP = re.compile(r"\s*(?:-|–|—|(?i:to|and|until|till|through|into))\s*")
_RANGE_PRE = re.compile(r"(?i:\b(?:between|from))\s+$")


def _merge_ranges(text: str, found: list[Found]) -> list[Found]:
    out: list[Found] = []
    i = 0
    while i < len(found):
        a = found[i]
        b = found[i + 1] if i + 1 < len(found) else None
        if b is not None and _can_join(text, a, b):
            pre = _RANGE_PRE.search(text, max(0, a.start - 10), a.start)
            gap = text[a.end : b.start].strip().lower()
            if gap == "and" and not pre and not (a.grain == b.grain == "month" and a.d is None):
                out.append(a)
                i += 1
                continue
            if a.y is None and b.y is not None and a.m is not None and a.rel is None:
                a.y = b.y - 1 if (b.m is not None and a.m > b.m) else b.y
            if pre:
                a.start = pre.start()
            if a.wd is not None and a.mod is None and b.mod and b.mod.endswith(" week"):
                a.mod = b.mod  # "from Monday to Thursday last week"
            a.upto, a.end = b, b.end
            out.append(a)
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _can_join(text: str, a: Found, b: Found) -> bool:
    if a.kind != "date" or b.kind != "date" or a.upto or b.upto:
        return False
    if a.anchored or b.anchored or a.ago or b.ago:
        return False
    if not _RANGE_GAP.fullmatch(text, a.end, b.start):
        return False
    kinds = (a.wd is not None and a.d is None, b.wd is not None and b.d is None)
    return kinds[0] == kinds[1] and (
        a.grain == b.grain or {a.grain, b.grain} <= {"day", "month", "year"}
    )


# ---------------------------------------------------------------------------


def find_dates(
    text: str,
    sentences: list[tuple[int, int]],
    reference_date: _dt.date | None,
    *,
    dateline: Dateline | None = None,
) -> list[Mention]:
    """Return the date and time mentions of ``text`` (see the module docstring).

    ``reference_date`` resolves partial and relative dates; without it a
    dateline at the top of the text is used; without either they keep ``iso``
    None and only their ``grain``. ``dateline`` is the text's dateline when
    the caller has looked for it already.
    """
    if isinstance(reference_date, _dt.datetime):
        reference_date = reference_date.date()
    ref = reference_date
    if ref is None:
        ref = (dateline or dateline_of(text)).date
    results: list[tuple[Found, tuple[int, int]]] = []
    per_text: dict = {}  # facts about the whole text, computed once when first needed
    lower = text.lower()
    if len(lower) != len(text):  # a few letters ("İ") lower to two characters
        lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    source = text
    if lower == text:
        text = _recased(text)
    for sent in sentences:
        s, e = sent
        features = _features(text, lower, s, e)
        if not features:
            continue
        ctx = (text, s, e, per_text)
        cands: list[Found] = []
        for pattern, back, handler, need in _PATTERNS:
            if features & need != need:
                continue
            for m in pattern.finditer(text, s, e):
                if back is not None:
                    m = _Joined(m, back.search(text, max(s, m.start() - 40), m.start()))
                f = handler(m, ctx)
                if f is not None and f.end > f.start:
                    cands.append(f)
        chosen = _select(cands)
        for f in _merge_ranges(text, chosen):
            results.append((f, sent))
    mentions = _to_mentions(text, results, ref)
    if text is not source:
        for m in mentions:
            m.text = source[m.start : m.end]
            beside = m.extra.get("weekday_beside")
            if beside:
                beside[0] = source[beside[1] : beside[2]]
    return mentions


_NAMES_ANY_CASE = re.compile(
    r"\b(?:"
    + lang.alternation(
        [*lang.words("calendar.weekdays")]
        + [
            w
            for w in lang.words("calendar.months")
            if w not in lang.words("calendar.months_capitalised_only")
        ]
    )
    + r")\b"
)
_NAMES_BESIDE_A_NUMBER = re.compile(
    rf"\b(?:{lang.alternation('calendar.months_capitalised_only')})"
    r"(?= (?:\d{1,2}(?:st|nd|rd|th)?\s*,?\s+)?(?:1\d|20)\d\d\b)"
    rf"|(?<=\b\d )(?:{lang.alternation('calendar.months_capitalised_only')})\b"
    rf"|(?<=\b\d\d )(?:{lang.alternation('calendar.months_capitalised_only')})\b"
)


def _recased(text: str) -> str:
    """A lower-cased source ("until thursday morning , the coach said .") with its
    weekday and month names capitalised, offsets unchanged: the scanner reads
    it as the same text written with capitals. "may" and "march" only with a
    year or after a day ("march 2016", "may 3 , 2016", "3 march"), as they are
    also words ("they may 5 times")."""
    text = _NAMES_ANY_CASE.sub(lambda w: w.group(0).capitalize(), text)
    return _NAMES_BESIDE_A_NUMBER.sub(lambda w: w.group(0).capitalize(), text)


_DAY_MONTH = re.compile(rf"\b{DAY}\s+{MONTH}\b")
_MONTH_DAY = re.compile(rf"\b{MONTH}\.?\s+{DAY}\b")


def _day_first(text: str) -> bool:
    """British copy ("12 August") reads 4/5/2016 as 4 May; American copy as April 5."""
    return bool(_DAY_MONTH.search(text)) and not _MONTH_DAY.search(text)


def _select(cands: list[Found]) -> list[Found]:
    """Keep the longest non-overlapping candidates, in text order."""
    cands.sort(key=lambda f: (-(f.end - f.start), f.start))
    # taken spans never overlap, so their ends ascend with their starts: a
    # candidate overlaps one iff it overlaps the last taken span starting before
    # its end (a bisection, not a test against every taken span). Empty spans,
    # taken last, block nothing and stay out of the index.
    starts: list[int] = []
    spans: list[Found] = []
    taken: list[Found] = []
    for f in cands:
        k = bisect.bisect_left(starts, f.end)
        if k > 0 and spans[k - 1].end > f.start:
            continue
        taken.append(f)
        if f.end > f.start:
            at = bisect.bisect_right(starts, f.start)
            starts.insert(at, f.start)
            spans.insert(at, f)
    taken.sort(key=lambda f: f.start)
    return taken


_SINCE = re.compile(r"(?i:\b(?:since|as\s+of)\s+$)")
_UNTIL = re.compile(r"(?i:\b(?:until|till|to|ahead\s+of)\s+$)")


def _preposition_tense(text: str, start: int, sent_start: int) -> str | None:
    """ "since January" looks back; "adjourned until Oct. 12" looks at the nearer
    one whatever the verb; "" when the preposition says nothing."""
    before = text[max(sent_start, start - 10) : start]
    if _SINCE.search(before):
        return "past"
    if _UNTIL.search(before):
        return None
    return ""


_KEEPS_DOT = re.compile(
    rf"(?:\b(?i:{lang.alternation('calendar.month_abbreviations')})|[ap]\.m)\.$"
)
"""A date ending in an abbreviation's dot ("Feb.", "10 a.m."): the dot is the date's."""


# A weekday written beside a day that the date patterns do not take into the
# date: "on Tuesday, Feb. 13", "Tuesday (Feb. 13)", "Feb. 13 (Tuesday)", "Feb. 13,
# a Tuesday,". Capitalised only, so "a Tuesday" in running prose is not read.
_DAY_WORD = "((?:" + lang.alternation([w.capitalize() for w in WEEKDAYS]) + r")\b\.?)"
_WEEKDAY_BEFORE = re.compile(r"(?<![A-Za-z])" + _DAY_WORD + r"\s*[,(]?\s*(?:the\s+)?\Z")
_WEEKDAY_AFTER = re.compile(
    r"\s*(?:\(\s*(?:a\s+)?|,\s*(?:a|which\s+(?:was|is|will\s+be))\s+)" + _DAY_WORD + r"\s*[),]"
)
_WEEKDAY_INSIDE = re.compile(r"\s*" + _DAY_WORD)  # both read with match(text, pos)


def _weekday_beside(text: str, start: int, end: int) -> list | None:
    """[weekday as written, start, end] of a weekday written inside the date's
    text, right before it or right after it, for a day the patterns did not
    read a weekday into (kept as ``extra["weekday_beside"]``; the weekday rule
    reads it, so no check re-reads the words around a date)."""
    inside = _WEEKDAY_INSIDE.match(text, start, end)
    if inside:
        return [inside.group(1), inside.start(1), inside.end(1)]
    b = _WEEKDAY_BEFORE.search(text[max(0, start - 14) : start])
    if b:
        offset = max(0, start - 14)
        return [b.group(1), offset + b.start(1), offset + b.end(1)]
    a = _WEEKDAY_AFTER.match(text, end, min(len(text), end + 30))
    if a:
        return [a.group(1), a.start(1), a.end(1)]
    return None


def _to_mentions(
    text: str, results: list[tuple[Found, tuple[int, int]]], ref: _dt.date | None
) -> list[Mention]:
    mentions: list[Mention] = []
    anchor: Found | None = None
    tenses: SentenceTenses | None = None
    marked = (-1, -1)
    last_day: tuple[Found, tuple[int, int]] | None = None
    last_weekday: Found | None = None
    """The last weekday told without a date ("on Monday"): "the night before" counts from it."""
    last_yearless: Found | None = None
    """The last day of a month told without a year ("17 June"): "the next morning" counts from it."""
    for f, (s, e) in results:
        tense = None
        if ref is not None and needs_tense(f):
            if tenses is None or (s, e) != marked:
                tenses, marked = SentenceTenses(text, s, e), (s, e)
            tense = _preposition_tense(text, f.start, s)
            if tense == "":
                tense = None if modifies_event(text, f.start) else tenses.at(f.start, f.end)
        iso = resolve(f, ref, tense, anchor)
        if f.upto is not None:
            iso_b = resolve_end(f, f.upto, iso, ref, tense, anchor)
            iso = f"{iso}/{iso_b}" if iso is not None and iso_b is not None else None
        f.iso = iso
        if text[f.end - 1] == "." and not _KEEPS_DOT.search(text, f.start, f.end):
            f.end -= 1
        if f.kind == "date" and iso is not None and f.upto is None:
            anchor = f
        counted = _counted_weekday(f, iso, anchor, last_weekday)
        counted_day = _counted_day(f, iso, anchor, last_yearless)
        if f.kind == "date" and f.wd is not None and f.upto is None and f.anchored is None:
            last_weekday = f
        if f.kind == "date" and iso is None and f.y is None and f.m and f.d and f.upto is None:
            last_yearless = f
        if f.kind == "time" and last_day is not None:
            day, (ls, _) = last_day
            if ls == s and day.iso and len(day.iso) == 10 and 0 <= f.start - day.end < 25:
                iso = f"{day.iso}{iso}"
        mention = Mention(
            kind=f.kind,
            text=text[f.start : f.end],
            start=f.start,
            end=f.end,
            iso=iso,
            grain=f.grain,
            qualifier=f.qualifier,
        )
        if f.wd is not None and f.upto is None:
            mention.role = "weekday"
        mention.extra = dict(f.extra)
        if f.upto is not None and f.upto.invalid:
            mention.extra["invalid"] = True  # "from 2 March until 34 April"
        if counted is not None:
            mention.extra["weekday"] = WEEKDAY_NAMES[counted]
            mention.extra["weekday_counted"] = True
        if (
            f.kind == "date"
            and f.upto is None
            and "weekday" not in f.extra
            and _DIGIT.search(text, f.start, f.end)
        ):
            beside = _weekday_beside(text, f.start, f.end)
            if beside is not None:
                mention.extra["weekday_beside"] = beside
        open_parts = timex(f) or counted_day
        if open_parts and f.upto is None:
            mention.extra["timex"] = open_parts
        if counted_day is not None:
            mention.extra["day_counted"] = True
        if f.rel or f.ago or f.anchored or (f.mod and f.y is None):
            mention.extra["relative"] = True
        if tense and (f.y is None) and f.kind == "date" and (f.m or f.wd is not None):
            mention.extra["tense"] = tense
        mentions.append(mention)
        if f.kind == "date" and f.d is not None or (f.kind == "date" and iso and len(iso) == 10):
            last_day = (f, (s, e))
    _attach_times_forward(text, results, mentions)
    return mentions


def _counted_weekday(
    f: Found, iso: str | None, anchor: Found | None, last_weekday: Found | None
) -> int | None:
    """The weekday of "the night before" counted from a weekday told without a date.

    "The crash happened on Monday morning ... the night before": with no day
    to count from (no reference date), the weekday still follows. Only from
    a weekday told after the last resolved date, and only by days.
    """
    if iso is not None or f.anchored is None or f.anchored[0] != "day" or last_weekday is None:
        return None
    if anchor is not None and anchor.start > last_weekday.start:
        return None
    return (last_weekday.wd + f.anchored[1]) % 7


def _counted_day(
    f: Found, iso: str | None, anchor: Found | None, last_yearless: Found | None
) -> str | None:
    """The day of "the next morning" counted from a day told without a year, as a
    TIMEX3 value ("17 June ... the next morning" -> "XXXX-06-18"); else None.

    Only from a day told after the last resolved date, and only by days or weeks.
    """
    if iso is not None or f.anchored is None or last_yearless is None:
        return None
    unit, n = f.anchored
    if unit not in ("day", "week") or (anchor is not None and anchor.start > last_yearless.start):
        return None
    step = _dt.timedelta(days=n * (7 if unit == "week" else 1))
    days = set()
    for year in (2000, 2001):  # a leap year and another: the year is not known
        day = cal.safe_date(year, last_yearless.m, last_yearless.d)
        if day is not None:
            days.add(((day + step).month, (day + step).day))
    if len(days) != 1:
        return None  # "28 February ... the next day": 29 February or 1 March
    month, day_of_month = days.pop()
    return f"XXXX-{month:02d}-{day_of_month:02d}"


def _attach_times_forward(
    text: str, results: list[tuple[Found, tuple[int, int]]], mentions: list[Mention]
) -> None:
    """A time just before its date ("at 22:00 GMT on 12 November 2013") takes the date."""
    for i, m in enumerate(mentions):
        if m.kind != "time" or not m.iso or not m.iso.startswith("T"):
            continue
        for j in range(i + 1, min(i + 3, len(mentions))):
            n = mentions[j]
            if n.kind == "date" and n.iso and len(n.iso) == 10 and n.start - m.end < 25:
                if results[i][1] == results[j][1]:  # same sentence
                    m.iso = n.iso + m.iso
                break
