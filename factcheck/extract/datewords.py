"""The words news uses for calendar things, and the regex pieces built from them.

Shared by the date scanner and the dateline finder so that both read "Sept. 5"
the same way. Month names that are also common words ("May", "March") only
count when capitalised; the others are accepted in any case.
"""

from __future__ import annotations

import re

import factcheck.lang as lang

MONTHS: dict[str, int] = {
    **lang.table("calendar.months"),
    **lang.table("calendar.month_abbreviations"),
}
"""Month names and abbreviations, lower case -> month number (1-12)."""
MONTH_NAMES = [name.capitalize() for name in lang.words("calendar.months")]

WEEKDAYS: dict[str, int] = {
    **lang.table("calendar.weekdays"),
    **lang.table("calendar.weekday_abbreviations"),
}
"""Weekday names and abbreviations, lower case -> number (0 = Monday)."""
WEEKDAY_NAMES = [name.capitalize() for name in lang.words("calendar.weekdays")]

SMALL_NUMBERS: dict[str, int] = {
    **lang.table("numbers.articles"),
    **{w: n for w, n in lang.table("numbers.units").items() if n > 0},
    **lang.table("numbers.tens"),
    **{w: n for w, n in lang.table("numbers.scales").items() if n == 100},
    # "one hundred years later", "a hundred years ago": the hundred with its one
    **{
        f"{one} {w}": n
        for w, n in lang.table("numbers.scales").items()
        if n == 100
        for one, v in {**lang.table("numbers.articles"), **lang.table("numbers.units")}.items()
        if v == 1
    },
    **lang.table("numbers.vague_counts"),
    # "a dozen years ago": an article and a group noun
    **{
        f"{article} {group}": n
        for group, n in lang.table("numbers.groups").items()
        for article in lang.table("numbers.articles")
    },
}
"""Counts of days, weeks, ... in words ("two weeks ago", "a few days ago")."""
ORDINALS = {
    **{w: n for w, n in lang.table("numbers.ordinals").items() if n <= 4},
    **{f"{n}{suffix}": n for n, suffix in ((1, "st"), (2, "nd"), (3, "rd"), (4, "th"))},
}
"""Ordinals of the quarters of a year ("the third quarter", "Q3")."""


def _month_pattern() -> str:
    """Month names in any case, except those that are also common words ("may",
    "march"): those only capitalised or in capitals."""
    cased_only = set(lang.words("calendar.months_capitalised_only"))
    any_case = [w for w in MONTHS if w not in cased_only]
    cased = [w.capitalize() for w in cased_only]
    cased += [w.upper() for w in cased_only if w in lang.table("calendar.months")]
    return rf"(?:(?i:{lang.alternation(any_case)})|{lang.alternation(cased)})(?![a-z])"


def _weekday_pattern() -> str:
    """Full weekday names in any case; abbreviations capitalised and before a comma."""
    abbreviations = [w.capitalize() for w in lang.words("calendar.weekday_abbreviations")]
    return (
        rf"(?:(?i:{lang.alternation('calendar.weekdays')})|"
        rf"(?:{lang.alternation(abbreviations)})(?=\.?,))(?![a-z])"
    )


# Regex pieces. MONTH captures the name without its abbreviation dot.
MONTH = _month_pattern()
WEEKDAY = _weekday_pattern()
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?![.,:]\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%])(?![.,:]\d)"
TIMEZONE = rf"(?:{lang.alternation('calendar.timezones')})(?![A-Za-z])"


def month_number(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.rstrip(".").lower()]


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))
