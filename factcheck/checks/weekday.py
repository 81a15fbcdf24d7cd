"""Rule type ``weekday``: a weekday written next to a full date must fit it.

"Monday, Feb. 13, 2017" agrees (Feb. 13, 2017 was a Monday); "Tuesday, Feb.
13, 2017" is a conflict whose message says which day it was. The weekday is
the one extraction records on the date (``extra["weekday"]``), else the
weekday the date scanner found written right before the date ("on Tuesday,
Feb. 13", "Tuesday (Feb. 13)") or right after it ("Feb. 13 (Tuesday)", "Feb.
13, a Tuesday,"), kept as ``extra["weekday_beside"]``: the rule reads fields,
not the text around a date. Only
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
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"\b\d{4}\b|'\d\d\b")


def day_index(word: str) -> int | None:
    """0 for Monday .. 6 for Sunday, from a name or abbreviation; None otherwise."""
    return WEEKDAYS.get(word.strip().rstrip(".").lower())


def _written_weekday(m: Mention) -> tuple[str, int, int] | None:
    """(weekday, prose start, end) of ``m``, else None: the fields the extractor
    sets, the weekday it read as part of the date (``extra["weekday"]``) or one
    written beside it ("Feb. 13, a Tuesday,", ``extra["weekday_beside"]``)."""
    wd = m.extra.get("weekday")
    if isinstance(wd, int) and 0 <= wd <= 6:
        return DAYS[wd], m.start, m.end
    if isinstance(wd, str) and day_index(wd) is not None:
        return wd, m.start, m.end
    beside = m.extra.get("weekday_beside")
    if beside:
        word, start, end = beside
        return word, start, end
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
        written = _written_weekday(m)
        if written is None:
            continue
        word, ws, we = written
        index = day_index(word)
        if index is None:
            continue
        actual = DAYS[day.weekday()]
        date_text = _date_part(m)
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


def _date_part(m: Mention) -> str:
    """The date without a weekday written inside it: "Tuesday, Feb. 13, 2017" -> "Feb. 13, 2017"."""
    text = m.text.strip()
    beside = m.extra.get("weekday_beside")
    wd = m.extra.get("weekday")
    if beside and beside[1] == m.start + len(m.text) - len(m.text.lstrip()):
        return m.text[beside[2] - m.start :].lstrip(" ,.").strip() or text
    if isinstance(wd, str) and text.lower().startswith(wd.lower()[:3]):
        rest = text.split(None, 1)
        return rest[1].lstrip(" ,.").strip() if len(rest) > 1 else text
    return text
