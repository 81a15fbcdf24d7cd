"""Rule type ``plausibility``: figures that cannot be true on their face.

Three checks, each on one figure:

- age: a person older than ``max_age`` ("a 310-year-old man" is a typo for 31).
- share: a percentage over 100 that is a share of people or votes ("112% of
  voters"); growth ("rose 150%") and "150% of the target" are fine.
- future-past: a date after the article's dateline described in the past
  tense ("the talks were held on March 3, 2027" in a story dated 2026). The
  dateline is ``--date``, else a dateline at the top of the article; without
  either the check says nothing. Only dates with a written year are checked,
  and a sentence with a future or conditional word (will, plans, expected,
  scheduled, due, ...) is left alone.

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``checks`` | list | ``[age, share, future-past]`` | which checks run |
| ``max_age`` | int | ``130`` | oldest plausible age in years |
| ``share_words`` | list | (people, voters, vote, respondents, ...) | nouns after "N% of (the)" that make a share |
| ``grace_days`` | int | ``1`` | how far after the dateline a past event may be (time zones) |

Message placeholders: ``{text}`` (the figure), ``{detail}`` (why it is
implausible).

Example (``rules/check/plausibility.yaml``)::

    id: plausibility
    type: plausibility
    level: warning
    max_age: 125
    checks: [age, share]
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator
from typing import Any

import factcheck.lang as lang
from factcheck.checks.engine import finding, fmt_number

TYPE = "plausibility"
SCOPE = "article"
CHECKS = ("age", "share", "future-past")
SHARE_WORDS = list(lang.words("plausibility.share_nouns"))
OPTIONS: dict[str, tuple[Any, Any]] = {
    "checks": (list, list(CHECKS)),
    "max_age": (int, 130),
    "share_words": (list, SHARE_WORDS),
    "grace_days": (int, 1),
}
DEFAULT_MESSAGE = "{text}: {detail}"

_PEOPLE = lang.alternation("plausibility.person_nouns")
_PERSON_AFTER = re.compile(r"\A[\s-]*(?:[a-z]+\s+){0,2}(?:" + _PEOPLE + r")\b", re.I)
_NAME_AFTER = re.compile(r"\A\s+[A-Z][a-z]+")  # "the 140-year-old Smith"
_PERSON_BEFORE = re.compile(
    rf"\b(?:{lang.alternation('plausibility.pronouns')})\s+"
    rf"(?:{lang.alternation('plausibility.age_verbs')})\s+(?:now\s+)?\Z|"
    r"\b(?:" + _PEOPLE + r")\s*,?\s*(?:aged|age)\s+\Z|\baged\s+\Z",
    re.I,
)
_YEAR = re.compile(r"\b(?:1[6-9]|2\d)\d\d\b")
_FUTURE = re.compile(rf"\b(?:{lang.alternation('plausibility.future_cues', escape=False)})\b", re.I)
_PAST = re.compile(rf"\b(?:{lang.alternation('plausibility.past_cues')})\b", re.I)


def validate(rule: Any) -> None:
    bad = [c for c in rule["checks"] if c not in CHECKS]
    if bad:
        raise ValueError(f"checks: unknown check {bad[0]!r} (known: {', '.join(CHECKS)})")
    if not all(isinstance(w, str) for w in rule["share_words"]):
        raise ValueError("share_words: must be a list of words")


def run(article, rule) -> Iterator:
    checks = rule["checks"]
    if "age" in checks:
        yield from _ages(article, rule)
    if "share" in checks:
        yield from _shares(article, rule)
    if "future-past" in checks:
        yield from _future_past(article, rule)


def _ages(article, rule) -> Iterator:
    for m in article.mentions:
        if m.kind != "quantity" or m.role != "age" or m.value is None:
            continue
        if m.qualifier != "exact" or not _about_a_person(article, m):
            continue  # "the wall is more than 500 years old"
        if m.value > rule["max_age"]:
            detail = f"an age of {fmt_number(m.value)} is over {rule['max_age']} years"
            yield finding(article, rule, [m], "conflict", detail=detail, check="age")


def _about_a_person(article, m) -> bool:
    """Whether an age belongs to a person: "a 140-year-old woman", "Smith, 140,",
    "aged 140", "she is 140"; a building or a tree can be 500 years old."""
    after = article.text[m.end : m.end + 30]
    before = article.text[max(0, m.start - 30) : m.start]
    if _PERSON_AFTER.match(after) or _NAME_AFTER.match(after):
        return True
    if re.search(r"[A-Z][\w'’-]+\s*(?:,|\()\s*(?:aged\s+)?\Z", before):
        return True
    return bool(_PERSON_BEFORE.search(before))


def _shares(article, rule) -> Iterator:
    words = "|".join(re.escape(w) for w in rule["share_words"])
    after = re.compile(
        rf"\A\s*(?:of|among)\s+(?:the\s+|all\s+|its\s+|their\s+|eligible\s+|registered\s+)?"
        rf"(?:{words})\b",
        re.I,
    )
    for m in article.mentions:
        if m.kind != "quantity" or m.value is None or m.value <= 100:
            continue
        if not (m.unit == "percent" or m.dimension == "percentage"):
            continue
        if m.change or m.qualifier in ("at_least", "at_most"):
            continue
        if not after.match(article.text[m.end : m.end + 40]):
            continue
        detail = "a share of people or votes cannot be over 100%"
        yield finding(article, rule, [m], "conflict", detail=detail, check="share")


def _future_past(article, rule) -> Iterator:
    dateline = article.dateline
    if dateline is None:
        return
    try:
        limit = dateline + _dt.timedelta(days=rule["grace_days"])
    except OverflowError:  # a dateline at the calendar's end: nothing can be after it
        return
    for m in article.mentions:
        if m.kind != "date" or not m.iso or "/" in m.iso or not _YEAR.search(m.text):
            continue
        if m.extra.get("relative") or m.role == "dateline":
            continue
        start = _earliest(m.iso)
        if start is None or start <= limit:
            continue
        s, e = article.sentence_span(article.sentence_at(m.start))
        sentence = article.text[s:e]
        if _FUTURE.search(sentence):
            continue
        clause_before = article.text[max(s, m.start - 80) : m.start]
        if not _PAST.search(clause_before):
            continue
        detail = f"described in the past tense but after the dateline ({dateline.isoformat()})"
        yield finding(article, rule, [m], "conflict", detail=detail, check="future-past")


def _earliest(iso: str) -> _dt.date | None:
    """First day of an ISO date, month or year ("2027-03" -> 2027-03-01)."""
    parts = iso[:10].split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            return _dt.date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return _dt.date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 3:
            return _dt.date(int(parts[0]), int(parts[1]), int(parts[2][:2]))
    except ValueError:
        return None
    return None
