"""The date a story was written, when the story itself says it.

Relative dates ("last month", "on Monday") need a reference day. When the
caller gives none, a dateline at the top of the copy is the next best source:
"23 October 2015 Last updated at 17:44 BST" (BBC), "Published: March 6, 2017",
"Mon Mar 6, 2017 | 4:15pm EST" (Reuters web), or a full date alone on a line
of the head ("BBC News\n12 March 2016\n..."). A wire slug such as "OTTAWA (Reuters) -" carries no date, and a date in
the body is an event, not a dateline: neither is used.

An article's dateline is looked for once (``dateline_of``) and the result, a
``Dateline``, is passed down to whatever needs it: the date extractor (the
reference day), the checks (``Article.dateline``) and compare (a dateline is
when the story was filed, not a fact that can be dropped or added).
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass

import factcheck.lang as lang
from factcheck.extract.datewords import DAY, MONTH, WEEKDAY, YEAR, day_number, month_number

_HEAD = 400  # a dateline sits in the first lines of the copy

_DMY = rf"(?P<d1>{DAY})\s+(?P<m1>{MONTH})\.?,?\s+(?P<y1>{YEAR})"
_MDY = rf"(?P<m2>{MONTH})\.?\s+(?P<d2>{DAY}),?\s+(?P<y2>{YEAR})"
_ISO = r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?![\d-])"
_DATE = rf"(?:(?:{WEEKDAY})\.?,?\s+)?(?:{_DMY}|{_MDY}|{_ISO})"

_DATE_RE = re.compile(_DATE)
_YEARISH = re.compile(r"(?:19|20)\d\d(?!\d)")
_LABEL_BEFORE = re.compile(
    rf"(?i:{lang.alternation('dates.dateline_labels')})\s*(?:on|at)?\s*:?\s*$"
)
_STAMP_AFTER = re.compile(
    r"\s*(?:\||-|–|—|,)?\s*"
    rf"(?:(?i:{lang.alternation('dates.dateline_stamps')})|\d{{1,2}}[:.]\d\d)"
)
_ALONE_AFTER = re.compile(r"[ \t]*(?:\n|\Z)")
# "MADRID:", "LONDON (Reuters) -", "SAN JOSE, Calif. —": a place in capitals opening
# the copy or a line; the words after it open a sentence ("MADRID: Two sisters ...")
WIRE_SLUG_BEFORE = re.compile(
    r"(?:^|\n)[ \t]*[A-Z][A-Z.'’ -]{1,30}[A-Z.](?:,[ \t]+[A-Z][A-Za-z. ]{1,20})?"
    r"(?:[ \t]*\([A-Za-z .&-]{2,30}\))?[ \t]*(?::|-|–|—)[ \t]*$"
)
_EVENT_BEFORE = re.compile(r"\b(?i:on|in|since|until|from|of|by|before|after|between|and)\s+$")


@dataclass(frozen=True)
class Dateline:
    """The result of looking for a text's dateline: its date and span, or none.

    ``date`` is None when the text has no dateline; a Dateline (rather than
    None) says the text was searched, so callers below need not search again.
    """

    date: _dt.date | None = None
    start: int = 0
    end: int = 0

    def covers(self, start: int, end: int) -> bool:
        """Whether the span ``start``-``end`` overlaps the dateline."""
        return self.date is not None and start < self.end and self.start < end


NO_DATELINE = Dateline()


def dateline_of(text: str) -> Dateline:
    """The dateline near the top of ``text`` (``NO_DATELINE`` when there is none)."""
    found = find_dateline(text)
    return Dateline(*found) if found else NO_DATELINE


def find_dateline(text: str) -> tuple[_dt.date, int, int] | None:
    """Return (date, start, end) of the dateline near the top of ``text``, or None."""
    for year in _YEARISH.finditer(text, 0, min(len(text), _HEAD)):
        m = _DATE_RE.search(text, max(0, year.start() - 40), year.end() + 6)
        if m is None or not m.start() <= year.start() < m.end():
            continue
        if (
            _LABEL_BEFORE.search(text, max(0, m.start() - 30), m.start())
            or (
                _STAMP_AFTER.match(text, m.end())
                and not _EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            )
            or (
                _line_start(text, m.start())
                and _ALONE_AFTER.match(text, m.end())
                and not _EVENT_BEFORE.search(text, max(0, m.start() - 12), m.start())
            )
        ):
            day = _to_date(m)
            if day is not None:
                return day, m.start(), m.end()
    return None


def _line_start(text: str, start: int) -> bool:
    """Whether only blanks stand between the start of the line and ``start``."""
    return not text[text.rfind("\n", 0, start) + 1 : start].strip()


def _to_date(m: re.Match) -> _dt.date | None:
    g = m.groupdict()
    try:
        if g["y1"]:
            return _dt.date(int(g["y1"]), month_number(g["m1"]), day_number(g["d1"]))
        if g["y2"]:
            return _dt.date(int(g["y2"]), month_number(g["m2"]), day_number(g["d2"]))
        return _dt.date(int(g["iy"]), int(g["im"]), int(g["id"]))
    except ValueError:
        return None
