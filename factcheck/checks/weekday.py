"""Rule type ``weekday``: a weekday written next to a full date must fit it.

"Monday, Feb. 13, 2017" agrees (Feb. 13, 2017 was a Monday); "Tuesday, Feb.
13, 2017" is a conflict whose message says which day it was. The weekday is
the one extraction records on the date (``extra["weekday"]``), else a weekday
name written right before the date ("on Tuesday, Feb. 13", "Tuesday (Feb.
13)") or right after it ("Feb. 13 (Tuesday)", "Feb. 13, a Tuesday,"). Only
dates resolved to a single day are checked; a date whose year is not written
is checked only when ``inferred_years`` is true, since the year was guessed
from the dateline.

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``inferred_years`` | bool | ``true`` | also check dates whose year was inferred (no year written) |
| ``report_matches`` | bool | ``true`` | report agreeing weekdays (status match, level info) |
| ``match_message`` | str | ``{weekday} fits {date}`` | message of a match |

Message placeholders: ``{weekday}`` (as written), ``{date}`` (as written),
``{actual}`` (the weekday of the date), ``{iso}``.

Example (``rules/check/weekday.yaml``)::

    id: weekday
    type: weekday
    level: error
    message: "{date} was a {actual}, not a {weekday}"
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import Any

import factcheck.lang as lang
from factcheck.checks.engine import finding
from factcheck.extract.datewords import WEEKDAY_NAMES, WEEKDAYS
from factcheck.mention import Mention

TYPE = "weekday"
SCOPE = "article"
OPTIONS: dict[str, tuple[Any, Any]] = {
    "inferred_years": (bool, True),
    "report_matches": (bool, True),
    "match_message": (str, "{weekday} fits {date}"),
}
DEFAULT_MESSAGE = "{date} was a {actual}, not a {weekday}"

DAYS = tuple(WEEKDAY_NAMES)
# a weekday as written next to a date: the extractor's weekday words, capitalised
_DAY_WORD = (
    "((?:"
    + lang.alternation([w.capitalize() for w in (*lang.words("calendar.weekdays"), *WEEKDAYS)])
    + r")\b\.?)"
)
_BEFORE = re.compile(r"(?<![A-Za-z])" + _DAY_WORD + r"\s*[,(]?\s*(?:the\s+)?\Z")
_AFTER = re.compile(
    r"\A\s*(?:\(\s*(?:a\s+)?|,\s*(?:a|which\s+(?:was|is|will\s+be))\s+)" + _DAY_WORD + r"\s*[),]"
)
_IN_TEXT = re.compile(r"\A\s*" + _DAY_WORD)
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")


def day_index(word: str) -> int | None:
    """0 for Monday .. 6 for Sunday, from a name or abbreviation; None otherwise."""
    return WEEKDAYS.get(word.strip().rstrip(".").lower())


def _written_weekday(article, m: Mention) -> tuple[str, int, int] | None:
    """(weekday, prose start, end) of ``m``, else None.

    The weekday the extractor read as part of the date (``extra["weekday"]``)
    first; else one written right before or after it that the extractor does
    not take into the date ("Feb. 13, a Tuesday,", "Tuesday (Feb. 13)").
    """
    wd = m.extra.get("weekday")
    if isinstance(wd, int) and 0 <= wd <= 6:
        return DAYS[wd], m.start, m.end
    if isinstance(wd, str) and day_index(wd) is not None:
        return wd, m.start, m.end
    inside = _IN_TEXT.match(m.text)
    if inside:
        return inside.group(1), m.start + inside.start(1), m.start + inside.end(1)
    before = article.text[max(0, m.start - 14) : m.start]
    b = _BEFORE.search(before)
    if b:
        offset = m.start - len(before)
        return b.group(1), offset + b.start(1), offset + b.end(1)
    a = _AFTER.match(article.text[m.end : m.end + 30])
    if a:
        return a.group(1), m.end + a.start(1), m.end + a.end(1)
    return None


def _day(m: Mention) -> _dt.date | None:
    if m.kind != "date" or not m.iso or len(m.iso) < 10 or "/" in m.iso:
        return None
    if m.grain not in (None, "day"):
        return None
    try:
        return _dt.date.fromisoformat(m.iso[:10])
    except ValueError:
        return None


def run(article, rule) -> Iterator:
    for m in article.mentions:
        day = _day(m)
        if day is None or not _DIGIT.search(m.text):
            continue  # "on Tuesday" alone was resolved from its weekday: nothing to check
        if not rule["inferred_years"] and not _YEAR.search(m.text):
            continue
        written = _written_weekday(article, m)
        if written is None:
            continue
        word, ws, we = written
        index = day_index(word)
        if index is None:
            continue
        actual = DAYS[day.weekday()]
        date_text = _date_part(m.text)
        values = {
            "weekday": DAYS[index],
            "date": date_text,
            "actual": actual,
            "iso": day.isoformat(),
        }
        start, end = min(ws, m.start), max(we, m.end)
        if index == day.weekday():
            if rule["report_matches"]:
                yield finding(
                    article,
                    rule,
                    [m],
                    "match",
                    start=start,
                    end=end,
                    template=rule["match_message"],
                    **values,
                )
        else:
            yield finding(article, rule, [m], "conflict", start=start, end=end, **values)


def _date_part(text: str) -> str:
    """The date without a leading weekday: "Tuesday, Feb. 13, 2017" -> "Feb. 13, 2017"."""
    m = re.match(r"\A\s*" + _DAY_WORD, text, re.I)
    if not m:
        return text.strip()
    return text[m.end() :].lstrip(" ,.").strip() or text.strip()
