"""What a bare number is: a year, a count or measure, an identifier, or no figure.

One decision per number, made here and nowhere else, with the evidence it used.
The date scanner asks it before it claims "1959" as a year; the quantity scanner
asks it before it reports "1500" as a count; both get the same answer, so a
number is never dropped by one because the other would have taken it.

The evidence is kept on the mention (``extra["reading"]``) so that
``factcheck extract --format json`` shows why "1500" is a count and "2017" a
year. Precision first: a four-digit number with neither a year cue nor a count
cue ("He paid 2000 for it.") is no figure, as a reader could not tell either.

Cues, strongest first (each is a small function below with its example):

- a year cue or a count cue in the words next to it (``yearcontext.year_cue``):
  "in 2017", "since 1959", "(1990)", "the 2012 Olympics" / "2000 people", "by 1200";
- the high end of a range that counts something: "from 1200 to 2400 staff";
- a counted noun or a unit after it: "1200 Jaguar cars", "1200 hp";
- a qualifier or a change before it: "some 2000", "rose to 1500";
- "a <noun> of" before it: "a crowd of 1500", "a total of 1200";
- identifiers (any size): "14 W 52nd St", "the 10019 ZIP code", "the 911 Carrera",
  "Ana Ruiz (9)".
"""

from __future__ import annotations

import re
from typing import NamedTuple

import factcheck.extract.lexicon as lexicon
import factcheck.extract.patterns as P
import factcheck.lang as lang
from factcheck.extract.vocabulary import NOUN_STOPWORDS, looks_plural
from factcheck.extract.yearcontext import (
    COUNT_AFTER,
    NEXT_FACT_LINE,
    counted_noun_after,
    year_cue,
)

__all__ = ["Reading", "identifier_cue", "read_number", "year_shaped"]

YEAR = "year"
COUNT = "count"
IDENTIFIER = "identifier"
NONE = "none"


class Reading(NamedTuple):
    """The arbiter's verdict on one number: its ``kind`` (``"year"``,
    ``"count"``, ``"identifier"`` or ``"none"``) and the ``evidence`` it read."""

    kind: str
    evidence: str

    def note(self) -> str:
        """The verdict as one line for ``extra["reading"]``: "count: 'a crowd of' before"."""
        return f"{self.kind}: {self.evidence}"


def year_shaped(surface: str) -> bool:
    """Four plain digits from 1000 to 2100: "1500" may be a year; "1,500" and "15000"
    may not (news writes counts of that size with a comma, years without)."""
    return len(surface) == 4 and surface.isdigit() and 1000 <= int(surface) <= 2100


def read_number(text: str, start: int, end: int, sent_start: int = 0) -> Reading:
    """The verdict on the bare number ``text[start:end]`` (no unit or currency
    read yet). Year-shaped numbers get the full year-or-count decision; any
    number may be an identifier."""
    reading = None
    if _far_future(text, start, end, sent_start):
        return Reading(YEAR, "a far-future year after a year preposition")
    if year_shaped(text[start:end]):
        reading = read_year_shaped(text, start, end, sent_start)
        if reading.kind == YEAR:
            return reading  # "the 2016 Rio Games": the year cue outranks a name after it
    ident = identifier_cue(text, start, end)
    if ident:
        return Reading(IDENTIFIER, ident)
    return reading or Reading(COUNT, "not year-shaped")


# "by 2150", "until 2300", "in 3000": years past 2100 follow these words
_FAR_FUTURE_BEFORE = re.compile(r"(?i:\b(?:by|until|till|before|after|in|the\s+year)\s+$)")


def _far_future(text: str, start: int, end: int, sent_start: int) -> bool:
    """ "Seas could rise two metres by 2150", "the capsule opens in 3000": a year past
    2100 after a year preposition, when no count cue ("by 2150 people", "cut by 2500")
    says otherwise."""
    surface = text[start:end]
    if not (len(surface) == 4 and surface.isdigit() and 2100 < int(surface) <= 3000):
        return False
    if not _FAR_FUTURE_BEFORE.search(text, max(sent_start, start - 12), start):
        return False
    cue = year_cue(text, start, end, sent_start)
    if cue is None or cue[0] != YEAR:
        return False
    return _count_after(text, end) is None and text[end : end + 1] not in ("%", "-")


def read_year_shaped(text: str, start: int, end: int, sent_start: int = 0) -> Reading:
    """Year or count for a four-digit number or a span of years at text[start:end]."""
    tail = _range_tail(text, end)
    if tail is not None:
        count = _count_after(text, tail)
        if count:
            return Reading(COUNT, f"{count} the range's high end")
    cue = year_cue(text, start, end, sent_start)
    if cue is not None:
        return Reading(*cue)
    count = _count_after(text, end) or _count_before(text, start, sent_start)
    if count:
        return Reading(COUNT, count)
    if _modifies_a_noun(text, start, end):
        return Reading(YEAR, "between a determiner and a singular noun")
    if _joined_to_a_year(text, start, end, sent_start):
        return Reading(YEAR, "joined to a year after it")
    return Reading(NONE, "no year cue and no count cue")


# "were 2008 and 2009", "from both 1990 and 2012": two numbers of this century or
# the last joined by "and" / "or" / a comma
_JOINED_YEAR_AFTER = re.compile(
    r",?[ \t]*(?:and|or|,)[ \t]+(?P<year>(?:19|20)\d\d)\b(?![\d%-]|[,.]\d)"
)


def _joined_to_a_year(text: str, start: int, end: int, sent_start: int) -> bool:
    """ "The worst years were 2008 and 2009": the first of two joined numbers is a
    year when the second is one by its own cue (which "1500 and 2000 tickets", a
    range of counts, is not), and both are of 1900-2099."""
    if not text[start:end].startswith(("19", "20")):
        return False
    m = _JOINED_YEAR_AFTER.match(text, end)
    if m is None:
        return False
    cue = year_cue(text, m.start("year"), m.end("year"), sent_start)
    return cue is not None and cue[0] == YEAR


def _modifies_a_noun(text: str, start: int, end: int) -> bool:
    """ "his 2011 triumph", "the 2014 model", "its 2019 report", "Missy Elliott's 2001
    hit": a year modifying a singular noun ("the 1500 fans" counts: a plural noun is a
    count cue, read first).

    A possessive stands for the determiner and up to two adjectives may come
    between ("Manor's modified 2014 car", "his old 2014 car"), but not words that
    make the number a count ("the other 1500 went home"), and a past-tense verb
    after it is no noun."""
    d = _DETERMINED_BEFORE.search(text, max(0, start - 48), start)
    if not d or (d.group("owner") or "").lower() in _NOT_POSSESSIVE:
        return False
    modifiers = d.group("mods").split()
    if any(m in NOUN_STOPWORDS or m in _COUNT_MODIFIERS_BEFORE for m in modifiers):
        return False
    w = P.WORD_AFTER.match(text, end)
    if not w:
        return False
    word = w.group("w")
    if modifiers and word.endswith("ed"):
        return False
    return word.islower() and word not in NOUN_STOPWORDS and not looks_plural(word)


# "the", "his", "Manor's", then at most two lower-case words: the start of a noun phrase
_DETERMINED_BEFORE = re.compile(
    rf"(?:(?i:\b(?:{lang.alternation('identifiers.determiners')}))|\b(?P<owner>[A-Za-z][\w.-]*)['’]s)"
    r"\s+(?P<mods>(?:[a-z][a-z-]*\s+){0,2})$"
)
_COUNT_MODIFIERS_BEFORE = frozenset(lang.words("years.count_modifiers_before"))
_NOT_POSSESSIVE = frozenset(lang.words("years.not_possessive"))


# ---------------------------------------------------------------------------
# Count cues, read when the words next to the number said neither year nor count.

# "1200 to 2400 staff", "1500-1800 people": the other end of a range of counts
_RANGE_TAIL = re.compile(r"\s*(?:-|–|to|and|or)\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?![\d.,]\d)")


def _range_tail(text: str, end: int) -> int | None:
    """Where a range whose low end stops at ``end`` stops: "1200 to 2400| staff"."""
    m = _RANGE_TAIL.match(text, end)
    return m.end() if m else None


def _count_after(text: str, end: int) -> str | None:
    """ "1200 Jaguar cars" (counted noun), "1200 hp" (unit), "2000 people"."""
    if _NEXT_FACT_LINE.match(text, end):
        return None  # "Founded: 1952\nStaff: 4200": the next line's label counts nothing here
    c = COUNT_AFTER.match(text, end)
    if c:
        return f"{c.group().strip()!r} after"
    if counted_noun_after(text, end):
        return "counted noun after"
    u = lexicon.unit_regex().match(text, end)
    if u and u.group("word") and u.group("word").islower():
        return f"unit {u.group('word')!r} after"
    w = P.WORD_AFTER.match(text, end)
    if (
        w
        and text[end - 2 : end] == "00"  # round hundreds: "2000 sales" is rarely a year
        and w.group("w").islower()
        and looks_plural(w.group("w"))
    ):
        return f"plural noun {w.group('w')!r} after a round number"
    return None


# "a crowd of 1500", "an audience of 1200", "a total of 2000": an indefinite noun
# phrase measured by the number ("the summer of 1969" is a year: definite)
_MEASURED_OF = re.compile(r"(?i:\b(?:a|an)\s+(?P<n>[a-z]+)\s+of\s+$)")


_TO_AT_END = re.compile(r"\s+to\s+$")


def _count_before(text: str, start: int, sent_start: int) -> str | None:
    """ "some 2000", "nearly 1500" (qualifier), "rose to 1500" (change), "a crowd of 1500"."""
    left = text[max(sent_start, start - 60) : start]
    q = P.QUAL_BEFORE.search(left)
    if q:
        return f"qualifier {q.group('q').lower()!r} before"
    c = (
        P.CHANGE_BEFORE.search(left)
        or P.CHANGE_OF.search(left)
        or P.CHANGE_BEFORE.search(_TO_AT_END.sub(" ", left))  # "rose to 1500"
    )
    if c:
        return f"change {c.group('v').lower()!r} before"
    m = _MEASURED_OF.search(left)
    if m:
        return f"{'a ' + m.group('n').lower() + ' of'!r} before"
    label = _FACT_LABEL.search(left)
    if label and (
        (noun := label.group("n").lower()) in _COUNT_LABELS or looks_plural(noun.split()[-1])
    ):
        return f"a fact-box label {label.group('n')!r} before"  # "Employees: 1200"
    return None


_NEXT_FACT_LINE = re.compile(NEXT_FACT_LINE)
# "Employees: 1200", "* Staff: 4200": the label opening a line of a fact box
_FACT_LABEL = re.compile(r"(?:^|\n)[ \t]*(?:[-*•|][ \t]*)?(?P<n>[A-Z][a-z]+(?: [a-z]+)?):[ \t]*$")
_COUNT_LABELS = frozenset(lang.words("years.count_labels"))


# ---------------------------------------------------------------------------
# Identifiers: numbers that name rather than count.

# "14 W 52nd St", "350 Fifth Avenue", "221B Baker Street": a street address
_ADDRESS_AFTER = re.compile(
    r"[A-Z]?\s+(?:[NSEW]\.?\s+|(?:North|South|East|West)\s+)?"
    r"(?:\d+(?:st|nd|rd|th)|[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2}\s+"
    rf"(?:{lang.alternation('identifiers.street_suffixes')})\b\.?"
)
# "52nd St", "5th Avenue": an ordinal street name
_STREET_AFTER = re.compile(rf"\s+(?:{lang.alternation('identifiers.ordinal_street_suffixes')})\b")
# "the 10019 ZIP code", "zip code 10019", "postcode 2000"
_POSTCODE_PREFIX = lang.alternation("identifiers.postcode_prefixes")
_POSTCODE_NOUN = lang.alternation("identifiers.postcode_nouns")
_POSTCODE_AFTER = re.compile(
    rf"(?i:\s+(?:{_POSTCODE_PREFIX})(?:\s*code)?\b|\s+(?:{_POSTCODE_NOUN})\b)"
)
_POSTCODE_BEFORE = re.compile(
    rf"(?i:\b(?:{_POSTCODE_PREFIX})\s*code\s*$|\b(?:{_POSTCODE_NOUN})\s*$)"
)
# "the 911 Carrera", "a 737 Max": a model number between a determiner and its name
_MODEL_BEFORE = re.compile(rf"(?i:\b(?:{lang.alternation('identifiers.determiners')})\s+$)")
_MODEL_AFTER = re.compile(
    r"[ \t\u00a0]+(?P<name>[A-Z][a-z]+)\b(?P<rest>(?:[ \t\u00a0]+[A-Za-z]+){0,3})"
)


# "the 1.5 TGDi", "a 2.0 TDI": an engine size before its code names a variant
_ENGINE_SIZE = re.compile(r"\d\.\d")
_ENGINE_CODE_AFTER = re.compile(r"[ \u00a0](?P<code>[A-Za-z][A-Za-z-]{1,9})\b")
_ENGINE_CODES = frozenset(w.upper() for w in lang.words("identifiers.engine_codes"))
# "95 unleaded", "93 ULP": a grade of fuel
_GRADE_AFTER = re.compile(rf"[ \u00a0-](?:{lang.alternation('identifiers.grade_nouns')})\b")


def _engine_code(code: str) -> bool:
    """Whether ``code`` after an engine size names the engine: a code of the list, or
    one in mixed case ("TGDi", "dCi") that is no unit ("GHz", "kWh", "mAh")."""
    if code.upper().replace("-", "") in _ENGINE_CODES:
        return True
    upper = sum(c.isupper() for c in code)
    mixed = upper >= 2 and any(c.islower() for c in code) or (code[0].islower() and upper)
    lower, exact = lexicon.unit_table()
    return bool(mixed) and code not in exact and code.lower() not in lower


# The searches before the number end in a word and white space: its last letter,
# tested first, turns away most numbers without a search ("| 38 |").
_POSTCODE_LAST = lang.edge_characters(
    ["code", *lang.words("identifiers.postcode_nouns")], last=True
)
_MODEL_LAST = lang.edge_characters(lang.words("identifiers.determiners"), last=True)
# "striker Ana Ruiz (9)", "Smith (10)": a squad number after a name
_SQUAD_NUMBER = re.compile(
    r"\b(?!(?:The|A|An)\b)[A-Z][a-z]+[ \t\u00a0]+[A-Z][a-z'’-]+[ \t\u00a0]+\($"
)


def identifier_cue(text: str, start: int, end: int) -> str | None:
    """The evidence that the number at text[start:end] names something, else None."""
    if _ADDRESS_AFTER.match(text, end):
        return "a street address"  # "14 W 52nd St"
    if text[end : end + 2] in ("st", "nd", "rd", "th") and _STREET_AFTER.match(text, end + 2):
        return "a street name"  # "52nd St"
    left = text[max(0, start - 24) : start]
    if _POSTCODE_AFTER.match(text, end) or (
        P.may_end_in(left, _POSTCODE_LAST) and _POSTCODE_BEFORE.search(left)
    ):
        return "a postal code"  # "the 10019 ZIP code"
    if _GRADE_AFTER.match(text, end):
        return "a grade of fuel after"  # "95 unleaded"
    e = _ENGINE_CODE_AFTER.match(text, end) if _ENGINE_SIZE.fullmatch(text, start, end) else None
    if e and _engine_code(e.group("code")):
        return "an engine code after"  # "the 1.5 TGDi"
    if P.may_end_in(left, _MODEL_LAST) and _MODEL_BEFORE.search(left):
        m = _MODEL_AFTER.match(text, end)
        if (
            m
            and not looks_plural(m.group("name").lower())
            and not any(w.islower() and looks_plural(w) for w in m.group("rest").split())
        ):  # "the 20 Premier League clubs" counts clubs
            return "a model name after"
    if (
        text[end : end + 1] == ")"
        and _SQUAD_NUMBER.search(left)
        and len(text[start:end]) <= 2
        and not P.AGE_AFTER_BRACKET.match(text, end)  # "Tom Aro (33), of Leeds": an age
    ):
        return "a squad number after a name"  # "Ana Ruiz (9)"
    return None
