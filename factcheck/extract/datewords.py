"""The words news uses for calendar things, and the regex pieces built from them.

Shared by the date scanner and the dateline finder so that both read "Sept. 5"
the same way. Month names that are also common words ("May", "March") only
count when capitalised; the others are accepted in any case.
"""

from __future__ import annotations

import re

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tues": 1, "tue": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thurs": 3, "thur": 3, "thu": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}  # fmt: skip
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50, "hundred": 100,
    "a few": 3, "few": 3, "several": 3, "a couple of": 2, "a dozen": 12,
}  # fmt: skip
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
}  # fmt: skip

# Regex pieces. MONTH captures the name without its abbreviation dot.
MONTH = (
    r"(?:(?i:january|february|april|june|july|august|september|october|november|december|"
    r"jan|feb|apr|jun|jul|aug|sept|sep|oct|nov|dec)|March|May|Mar|MARCH|MAY)(?![a-z])"
)
WEEKDAY = (
    r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
    r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)(?=\.?,))(?![a-z])"
)
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?![.,:]\d)"
YEAR = r"(?:1[0-9]\d\d|20\d\d)(?![\d%])(?![.,:]\d)"
TIMEZONE = (
    r"(?:BST|GMT|UTC|CET|CEST|EET|EEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|IST|JST|"
    r"HKT|SGT|ET|PT|Z|local\s+time)(?![A-Za-z])"
)


def month_number(word: str) -> int:
    return MONTHS[word.rstrip(".").lower()]


def weekday_number(word: str) -> int:
    return WEEKDAYS[word.rstrip(".").lower()]


def day_number(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))
