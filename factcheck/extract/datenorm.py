"""What a date's words say, in one spelling: computed once per date or time mention.

Two versions of a story write one date many ways ("13 August", "the 13th of
August", "Aug. 13"; "the following day" / "the next day"). Reading those words
is the extractor's knowledge, so the canonical spelling is computed here, at
extraction, and carried on the mention as ``extra["norm"]``; compare only
reads it. The word lists come from ``factcheck.lang``.
"""

from __future__ import annotations

import functools
import re
from typing import Any

import factcheck.lang as lang
from factcheck.extract.calendar import SPAN_MULTIPLES

_MONTH_NAMES = lang.words("calendar.months")
_WEEKDAY_NAMES = lang.words("calendar.weekdays")
_FULL_NAMES = {
    **{abbr: _MONTH_NAMES[n - 1] for abbr, n in lang.table("calendar.month_abbreviations").items()},
    **{abbr: _WEEKDAY_NAMES[n] for abbr, n in lang.table("calendar.weekday_abbreviations").items()},
}
"""Month and weekday abbreviations -> the full name ("sept" -> "september")."""
_SAME_DAY: dict[str, str] = lang.table("dates.same_day")
"""Relative days that news copy writes interchangeably (after "the" is dropped)."""
NUMBER_WORDS: dict[str, int] = {
    **lang.table("numbers.articles"),
    **lang.table("numbers.units"),
    **lang.table("numbers.tens"),
}
"""Number words below a hundred, as news writes small counts ("four years ago")."""


_WEEKDAY_ALT = lang.alternation(_WEEKDAY_NAMES)
_MONTH_ALT = lang.alternation(_MONTH_NAMES)
_SPELLED = re.compile(rf"\b(?:{lang.alternation(NUMBER_WORDS)})\b")
_HUNDRED = re.compile(
    rf"\b(?:(?:{lang.alternation([w for w, n in NUMBER_WORDS.items() if n == 1])}) )?"
    rf"(?:{lang.alternation([w for w, n in lang.table('numbers.scales').items() if n == 100])})\b"
)
"""'a hundred', 'one hundred': 100, before the words below a hundred become digits."""
_DAY_FIRST = re.compile(r"\b(\d{1,2}(?:-\d{1,2})?) (" + _MONTH_ALT + r")\b")


def _word_to_digits(w: re.Match[str]) -> str:
    """ "four years ago" and "4 years ago" alike; "a year" is "1 year"."""
    return str(NUMBER_WORDS[w.group(0)])


_LEADING = re.compile(r"^(?:(?:on|in|at|the|of|during)\s+)+")
DATE_MODIFIERS = lang.words("dates.modifiers")
"""Words that narrow a date: "early this month" is not "this month"."""
_MODIFIER = re.compile(r"\b(?:" + "|".join(DATE_MODIFIERS) + r")\b(?:\s+of)?[\s-]*", re.I)
"""A narrowing word and what joins it to its date: "the middle of May" and "mid-May"
are both "May" (the word is compared on its own, as the mention's qualifier)."""


_ORDINAL_WORDS = {n: w for w, n in lang.table("numbers.ordinals").items()}


def _quarter_of_months(m: re.Match[str]) -> str:
    """ "april june quarter" is "second quarter" (the months a calendar quarter spans)."""
    first = _MONTH_NAMES.index(m.group(1)) + 1
    return f"{_ORDINAL_WORDS[(first - 1) // 3 + 1]} quarter"


_SPELLINGS: tuple[tuple[re.Pattern[str], Any], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        # "April-June" / "April – June" / "from April to June": a span of months, whose
        # hyphen the next rule would make a space
        (rf"\b({_MONTH_ALT}) ?[-–] ?(?=(?:{_MONTH_ALT})\b)", r"\1 to "),
        (r"(?<=[a-z])-(?=[a-z])", " "),  # "second-quarter" / "the second quarter"
        (rf"\b((?:{_MONTH_ALT})) (?:to )?(?:{_MONTH_ALT}) quarter\b", _quarter_of_months),
        (rf"^(?:this past|last) (?={_WEEKDAY_ALT}\b)", ""),
        (rf"^({_WEEKDAY_ALT}) next week$", r"next \1"),
        (r"^(?:through|till|til) ", "until "),
        (r"'s$", ""),
        (_HUNDRED.pattern, "100"),
        (_SPELLED.pattern, _word_to_digits),
        (r"\b(\d{1,2})(?:st|nd|rd|th)\b", r"\1"),
        (rf"\b(\d{{1,2}}) of (?={_MONTH_ALT}\b)", r"\1 "),
        # "June of the previous year" / "June last year", as "the previous year" / "last year"
        (r"\bof the previous (?=year\b)", "of last "),
        (r"\bof the following (?=year\b)", "of next "),
        (rf"\b({_MONTH_ALT}) of (?=last|next|this)\b", r"\1 "),
        # ranges of days: "between 16 and 23 June", "16-23 June", "from June 16 to June 23"
        (rf"\b({_MONTH_ALT}) (\d{{1,2}}) (?:-|to|and|until) \1 (\d{{1,2}})\b", r"\1 \2-\3"),
        (r"\b(\d{1,2}) ?(?:-|–|to|and|until) ?(\d{1,2})\b(?! ?%)", r"\1-\2"),
        (_DAY_FIRST.pattern, r"\2 \1"),
        (r"^(?:between|from) (?=\w+ \d+-\d+$)", ""),
        # "between June and July", "from 30 June to 7 July", "June-July"
        (
            r"^(?:between |from )?(\S+?(?: \d{1,2})?)(?: (?:and|to|until) | ?- ?)(\S+(?: \d{1,2})?)$",
            r"\1-\2",
        ),
    )
)
"""Spelling variants of one date, rewritten to one form, in this order."""
_EDGES = {
    way: "|".join(w for w, to in lang.table("dates.relative_edges").items() if to == way)
    for way in ("earlier", "later")
}
"""Words after a span that count it back ("a year prior") or on ("a year after")."""
_MONTH_AND_DAY = re.compile(rf"\b(?:{_MONTH_ALT}) \d{{1,2}}\b")
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY_ALT}) ")


def _in_smaller_spans(m: re.Match[str]) -> str:
    """ "2 decades ago" is "20 years ago", "1 century later" "100 years later"."""
    unit, times = SPAN_MULTIPLES[m.group(2).rstrip("s").replace("centurie", "century")]
    n = int(m.group(1)) * times
    return f"{n} {unit}{'s' if n != 1 else ''} {m.group(3)}"


_RELATIVE: tuple[tuple[re.Pattern[str], Any], ...] = tuple(
    (re.compile(p), r)
    for p, r in (
        (r"\bof the (month|year|week)\b", r"of this \1"),
        (r"^(?:the )+", ""),
        (r"^(month|year|week)$", r"this \1"),  # "the end of the month"
        (r"^past (week|month|year|decade)$", r"past 1 \1"),  # "the past month": "a month"
        (r"^(?:earlier|later) (?=this )", ""),
        (rf"^(\d+ \w+) (?:{_EDGES['earlier']})$", r"\1 ago"),
        (rf"^(\d+ \w+) (?:{_EDGES['later']})$", r"\1 later"),
        (r"^(\d+) (fortnights?|decades?|century|centuries) (ago|later)$", _in_smaller_spans),
        # "two nights later" is two days later, "a night later" the following day
        (
            r"^(\d+) nights? (ago|later)$",
            lambda m: norm_text(f"{m[1]} day{'s' * (m[1] != '1')} {m[2]}"),
        ),
    )
)
"""Relative dates that news copy writes interchangeably."""


@functools.lru_cache(maxsize=4096)
def norm_text(text: str) -> str:
    """A canonical spelling of a figure's words, for figures without a resolved value.

    Lower case; month and weekday names spelled out; "13 August", "the 13th
    of August" and "August 13" alike (and "13-15 March" / "March 13-15"); no
    leading preposition, "this past" or "last" before a weekday; a weekday
    dropped next to a day of the month; "March of last year" as "March last
    year"; relative days and years that news copy writes interchangeably
    ("the following day" / "the next day" / "a day later") alike.
    """
    t = text.lower().replace("’", "'").replace(",", " ").strip()
    t = re.sub(r"[a-z]+\.?", lambda w: _FULL_NAMES.get(w.group(0).rstrip("."), w.group(0)), t)
    t = re.sub(r"\s+", " ", t)
    t = _LEADING.sub("", t)
    for pattern, replacement in _SPELLINGS:
        t = pattern.sub(replacement, t)
    if _MONTH_AND_DAY.search(t):
        t = _WEEKDAY_WORD.sub("", t)  # "Saturday, 13 May" is "13 May"
    for pattern, replacement in _RELATIVE:
        t = pattern.sub(replacement, t)
    return _SAME_DAY.get(t, t)


_HEDGE = re.compile(
    r"\b(?:"
    + lang.alternation([w for w, q in lang.table("dates.qualifiers").items() if q == "approximate"])
    + r")\s+(?=\d)",
    re.I,
)
"""A word that hedges a date before its number: "from about 12 to 15 May" and "from
around 12 to 15 May" are one range (the hedge is compared on its own, as the
mention's qualifier)."""


def unmodified(text: str) -> str:
    """A date without its narrowing or hedging word: the qualifier is compared on its own."""
    return _HEDGE.sub("", _MODIFIER.sub("", text))


def date_norm(text: str) -> str:
    """A date's words in one spelling, without its narrowing word (``extra["norm"]``)."""
    return norm_text(unmodified(text))
