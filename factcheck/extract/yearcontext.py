"""When a bare four-digit number is a year: the words around it decide.

"in 2017", "since 1959", "the 2012 remake", "(1990)", "2016's" and "in 1990
and 2012" are years; "2000 people", "rose by 1999", "Euro 2016" and "Windows
2000" are not. Precision first: without such a sign the number stays a number
for the quantity scanner.
"""

from __future__ import annotations

import re

import factcheck.lang as lang
from factcheck.extract.datewords import MONTH_NAMES, YEAR
from factcheck.extract.vocabulary import NOUN_STOPWORDS, looks_plural

__all__ = ["COUNT_AFTER", "counted_noun_after", "year_cue", "year_in_context"]

_YEAR_PREP = frozenset((*lang.words("years.prepositions"), *lang.words("years.prepositions_welsh")))
_CHANGE_VERBS = frozenset(lang.words("years.amount_before_by_from"))
_FOR_NOUNS = frozenset(lang.words("years.for_nouns"))
_FOR_VERBS = frozenset(lang.words("years.for_verbs"))
_OF_NOUNS = frozenset(lang.words("years.of_nouns"))
_EVENT_AFTER = re.compile(
    # "a 1990 and 2012 science fiction film", "the 2014 Asian Games"
    rf"(?:\s*(?:and|or|-|–|/)\s*{YEAR})?(?:\s+[A-Za-z]+){{0,2}}?"
    rf"\s+(?:(?:{lang.alternation('years.event_modifiers', escape=False)})\s+)?"
    rf"(?i:{lang.alternation('years.event_nouns', escape=False)})\b"
)
# "the Rio 2016 Olympic Games": the nouns that make "<Name> <year>" a host and a year
_PLACE_EVENT_AFTER = re.compile(
    r"\s+(?:[A-Z][A-Za-z]+\s+)?"
    rf"(?i:{lang.alternation('years.place_event_nouns', escape=False)})\b"
)
# the end of a fact-box line whose next line opens with its own label ("Founded:
# 1952\nStaff: 4200"): no word of that line counts the number before it
NEXT_FACT_LINE = r"[ \t]*\r?\n[ \t]*(?:[-*•|][ \t]*)?[A-Z][a-z]+(?: [a-z]+)?:"
COUNT_AFTER = re.compile(
    rf"(?!{NEXT_FACT_LINE})\s*(?:{lang.alternation('years.count_after', escape=False)})\b",
    re.IGNORECASE,
)
_YEAR_BEFORE_CHAIN = re.compile(
    r"(?:1\d{3}|20\d\d)(?:['’]?s)?,?\s*(?:and|or|nor|to|until|till|through|-|–|,)\s*$"
)
_WORDS_BEFORE = re.compile(r"(?:([A-Za-z]+)[\s,]+)?([A-Za-z]+)\.?[\s,]*$")
_CORRELATIVE_BEFORE = re.compile(rf"(?i:\b(?:{lang.alternation('years.correlatives')})\s+$)")
""""both" in "from both 1990 and 2012": the word before it says what the year is."""
# Verbs that take a year ("founded 1901") as often as a count ("opened 1200 branches").
_YEAR_OR_COUNT_VERBS = frozenset(lang.words("years.year_or_count_verbs"))
# "1200 Jaguar cars", "1220 complaints", "1418 new homes": a plural noun after at most
# one modifier (or two brand names), and no object after it ("1990 sees the ..." is a verb).
_NO_OBJECT = r"(?![ \t\u00a0]+(?:the|a|an|its|his|her|their|our|this|that)\b)"
_COUNTED_NOUN = re.compile(r"[ \t\u00a0]+(?P<noun>[a-z]+)\b" + _NO_OBJECT)
_COUNTED = re.compile(
    r"[ \t\u00a0]+(?P<mod>[A-Za-z][a-z]+)[ \t\u00a0]+"
    # brand names may come in twos: "1200 Rover and Mini vans"
    r"(?:(?:and|&)[ \t\u00a0]+(?:[A-Z][A-Za-z]+[ \t\u00a0]+){1,2})?"
    r"(?P<noun>[a-z]+)\b" + _NO_OBJECT
)
_COUNT_ADJECTIVES = frozenset(lang.words("years.count_adjectives"))
_NOT_MODIFIERS = frozenset(lang.words("years.not_modifiers"))
_ORIGIN_BEFORE = re.compile(
    rf"(?i:\b(?:(?:{lang.alternation('years.back_to_verbs')})\s+back\s+to"
    rf"|as\s+(?:{lang.alternation('years.as_early_as')})\s+as)\s+$)"
)
_SPAN_THEN_YEAR = re.compile(
    rf"(?i:\b(?:{lang.alternation('years.span_leads')})\s+(?:[a-z]+\s+)?[\w,-]+\s+years?"
    r",\s*(?:to|until|till)\s+$)"
)
"""A span of years and a comma before a year: "dates back 148 years, to 1858"."""
_YEAR_AFTER_JOIN = re.compile(rf"\s*(?:and|or|nor)\s+{YEAR}(?!\d)")
"""The second year a correlative announces ("both 1990 and 2012")."""
_BRACKET_NOTE = re.compile(r"(?:[ \t]+(?P<words>[A-Za-z]+(?:[ \t]+[a-z]+)?))?[ \t]*\)")
"""The rest of a bracket that a year opens: nothing ("(1990)") or a note of a
word or two ("(2004 film)"); plural words there count ("(2000 fans)")."""
_START_VERB = re.compile(rf"\s+(?:{lang.alternation('years.subject_verbs')})\b")


def counted_noun_after(text: str, end: int) -> bool:
    """Whether a four-digit number ending at ``end`` counts the plural noun after it.

    "1200 Jaguar cars", "1220 complaints": news mostly writes such counts with a
    comma, but rewrites and quotes do not. Event and period nouns ("the 2012
    Olympics", "2016 sales", "2014 elections") keep the number a year.
    """
    if _EVENT_AFTER.match(text, end):
        return False
    for pattern in (_COUNTED_NOUN, _COUNTED):
        m = pattern.match(text, end)
        if m is None:
            continue
        mod, noun = m.groupdict().get("mod"), m.group("noun")
        if mod and not (mod[0].isupper() or mod in _COUNT_ADJECTIVES):
            continue  # "the 2016 event coincides": a noun and a verb, not a modifier
        if mod and (mod.lower() in _NOT_MODIFIERS or mod.lower().endswith("ed")):
            continue
        if noun not in _FOR_NOUNS and noun not in NOUN_STOPWORDS and looks_plural(noun):
            return True
    return False


def year_in_context(text: str, start: int, end: int, sent_start: int) -> bool:
    """Whether the number at text[start:end] is a year by what surrounds it."""
    cue = year_cue(text, start, end, sent_start)
    return cue is not None and cue[0] == "year"


def year_cue(text: str, start: int, end: int, sent_start: int) -> tuple[str, str] | None:
    """("year" or "count", the evidence) when the words around text[start:end] say
    which a four-digit number is; None when they do not say (the arbiter in
    ``factcheck.extract.arbiter`` then looks for weaker count cues)."""
    c = COUNT_AFTER.match(text, end)
    if c:
        return "count", f"{c.group().strip()!r} after"
    before = text[max(sent_start, start - 40) : start]
    if before.rstrip().endswith("("):
        note = _BRACKET_NOTE.match(text, end)
        if note and not (
            note.group("words") and any(map(looks_plural, note.group("words").split()))
        ):
            # "(1990)", "Night Rail (2004 film)", tokenised "( 2004 film )"
            return "year", "in parentheses"
    if _YEAR_BEFORE_CHAIN.search(before):
        if counted_noun_after(text, end):
            # "between 1500 and 2000 tickets", "1500 to 2000 tickets": a range of counts
            return "count", "counted noun after the high end of two numbers"
        return "year", "after another year and a joining word"
    if text[end : end + 2] in ("'s", "’s"):
        return "year", "possessive 's"
    correlative = _CORRELATIVE_BEFORE.search(before)
    if correlative and _YEAR_AFTER_JOIN.match(text, end):
        before = before[: correlative.start()]
    w = _WORDS_BEFORE.search(before)
    if w is None:
        if not before.strip() and _START_VERB.match(text, end):
            return "year", "opens the sentence before a verb"
        return None
    w2, w1 = (w.group(1) or ""), w.group(2)
    lw1, lw2 = w1.lower(), w2.lower()
    if _ORIGIN_BEFORE.search(before):
        # "dates back to 1860", "as far back as 1901", "as early as 1950"
        if counted_noun_after(text, end):
            return "count", "counted noun after"
        return "year", "'back to' or 'as early as' before"
    if _SPAN_THEN_YEAR.search(before) and not counted_noun_after(text, end):
        return "year", "a span of years and a comma before"
    if lw1 in _YEAR_OR_COUNT_VERBS and counted_noun_after(text, end):
        return "count", f"{lw1!r} before and a counted noun after"  # "opened 1200 branches"
    if lw1 in _YEAR_PREP:
        if lw1 in ("by", "from") and lw2 in _CHANGE_VERBS:
            return "count", f"{lw2 + ' ' + lw1!r} before"
        if lw1 == "of":
            return ("year", f"{lw2 + ' of'!r} before") if lw2 in _OF_NOUNS else None
        if lw1 == "for":
            # "profits for 2017", "scheduled for 2026", not "tickets for 2000 fans"
            if lw2 in _FOR_VERBS and not counted_noun_after(text, end):
                return "year", f"{lw2 + ' for'!r} before"
            return ("year", f"{lw2 + ' for'!r} before") if lw2 in _FOR_NOUNS else None
        if lw1 in ("the", "its", "his", "her", "their", "our", "a", "an"):
            return ("year", "an event noun after") if _EVENT_AFTER.match(text, end) else None
        return "year", f"{lw1!r} before"
    # "the Rio 2016 Olympic Games", "the Tokyo 2020 Olympics": a city and a year
    # before an event noun is the event's year (a rewrite that moves it moves a date)
    if (
        w1[:1].isupper()
        and lw1.capitalize() not in MONTH_NAMES
        and _PLACE_EVENT_AFTER.match(text, end)
    ):
        return "year", f"name {w1!r} before and an event noun after"
    # "Euro 2016", "Windows 2000": part of a name, unless it starts the sentence.
    if w1[:1].isupper() and lw1.capitalize() not in MONTH_NAMES and before.strip() != w1:
        return "identifier", f"name {w1!r} before"
    if _EVENT_AFTER.match(text, end):
        return "year", "an event noun after"
    return None
