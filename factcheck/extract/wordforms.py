"""Figures written in words that need their own reading: vague magnitudes
("hundreds of"), fractions ("two-thirds of"), ordinals ("finished fourth"),
"for almost a week" and "in his twenties".

Each reader takes the scanner of ``quantities.py`` (its text, its ``Context``
and its ``emit``) and a match of the number core; it returns where scanning
goes on.
"""

from __future__ import annotations

import re
from decimal import Decimal

import factcheck.extract.lexicon as lexicon
import factcheck.extract.patterns as P
import factcheck.lang as lang
from factcheck.extract.arbiter import COUNT
from factcheck.extract.datewords import WEEKDAY
from factcheck.extract.figure import finish, over_says_when
from factcheck.extract.numbers import (
    ARTICLES,
    FRACTION_WORDS,
    ORDINAL_WORDS,
    SCALE_WORDS_AND_DOZEN,
    TENS_WORDS,
    UNITS_WORDS,
    VAGUE_WORDS,
    parse_digits,
    parse_words,
    tidy,
    valid_prefix,
)

_WORD_ONLY_AFTER_NUMBER_WORDS = frozenset(lang.words("word_only_after_number_words", "units"))
"""Units whose one-letter symbol may not follow a number word ("two m..."), only the
word ("two metres")."""


_VAGUE_SUBJECT_VERB = re.compile(
    rf"[ \u00a0]+(?:{lang.alternation('numbers.vague_subject_verbs')})\b"
)


def vague(scan, m: re.Match[str]) -> int | None:
    """ "hundreds of people", "tens of thousands more": a vague magnitude, its
    bounds kept (100..1000); "hundreds" alone, without "of" or a noun, is none."""
    key = " ".join(m.group().lower().split())
    low, high = VAGUE_WORDS[key]
    end = m.end()
    after = scan.text[end : end + 12]
    # "hundreds" needs "of" or a plural noun after it ("hundreds more" too);
    # "several hundred" is a figure on its own
    noun = scan.ctx.noun(end, None, allow_of=True)
    if (
        not re.match(r"\s+(?:of|more|upon)\b", after)
        and noun is None
        and " " not in key
        and not _VAGUE_SUBJECT_VERB.match(scan.text, end)  # "dozens were missing"
    ):
        return end
    if re.match(r"\s+of\s+[\d£$€]", scan.text[end : end + 8]):
        return end  # "scores of 9.5 and 9.8": the word is a noun here
    scan.emit(
        m.start(),
        end,
        value=None,
        low=low,
        high=high,
        qualifier="approximate",
        noun=noun,
        change=scan.ctx.change(m.start(), end),
        extra={"vague": True},
    )
    return end


def several(scan, m: re.Match[str]) -> int | None:
    """ "several hours", "a few miles": a vague amount of a unit, so that "six
    hours" -> "several hours" reads as a vaguer figure. No value and no bounds
    (``extra.vague``); "several people" stays out (a word, not a figure)."""
    start, end = m.start(), m.end()
    u = scan.ctx.unit_after(end, "", 1)
    if not u or u[3] is not None or scan.text[end] != " " or u[2] - end < 3:
        return end
    unit, dim, unit_end, _ = u
    scan.emit(
        start,
        unit_end,
        value=None,
        unit=unit,
        dimension=dim,
        qualifier="approximate",
        change=scan.ctx.change(start, unit_end),
        extra={"vague": True},
    )
    return unit_end


def a_duration(scan, m: re.Match[str]) -> int | None:
    """ "for almost a week", "spent a year on loan", "a week of talks", "a week-long
    festival", "a week focused on refugees", "a week after the crash": one unit of
    time. Without "for", a qualifier or words after it that make it a span, "a year"
    is a rate or a date ("£5 a week", "twice a week after school")."""
    start, end = m.start(), m.end()
    left = scan.ctx.left(start, 30)
    q, qword = scan.ctx.qualifier(start, end)
    if scan.text.startswith(("'s", "’s"), end):
        return end  # "a month's worth"
    pending = scan.pending_paren
    restated = pending is not None and pending[1] == start and pending[0].dimension == "time"
    long = P.DURATION_LONG.match(scan.text, end)
    if (
        qword is None
        and m.group().lower().endswith("day")
        and P.SESSION_OF.match(scan.text, end)
        and (not P.DURATION_LEAD.search(left) or P.SESSION_LEAD.search(left))
    ):
        return end  # "after a day of mostly positive trading": the session, not a span
    if (
        qword is None
        and not restated  # "14 days (a fortnight)": the same span in other words
        and not long
        and not P.DURATION_LEAD.search(left)
        and not P.DURATION_OF.match(scan.text, end)
        and not P.DURATION_DESCRIBED.match(scan.text, end)
        and not (P.DURATION_GAP.match(scan.text, end) and not P.RATE_BEFORE.search(left))
    ):
        if m.group().lower().endswith("century"):  # "scored a century": runs, not years
            return read_century(scan, end - len("century"), end) or end
        return end
    if scan.covered(start, end):
        return end
    if over_says_when(scan.ctx, qword, start, end):
        q, qword = "exact", None  # "Over a decade, costs doubled": when, not a bound
    word = m.group().split()[-1]
    unit, dim = lexicon.unit_table()[0][word]
    value = 1
    half = P.AND_A_HALF.match(scan.text, end)
    if half and not scan.covered(end, half.end()):
        value, end = 1.5, half.end()  # "a year and a half": 18 months
    elif long:
        end = long.end()  # "a week-long": the span word is part of the figure
    emit_bounded(
        scan,
        start,
        end,
        value,
        q,
        qword,
        unit=unit,
        dimension=dim,
    )
    return end


def century(scan, m: re.Match[str]) -> int | None:
    """ "Ahmed's century", "scored a maiden half-century", "his double century": a
    batter's runs (100, 50, 200) in a sentence about cricket; "the 21st century", "a
    century ago" and "century-old" are times, no figure here."""
    return read_century(scan, m.start(), m.end()) or m.end()


def read_century(scan, start: int, end: int) -> int | None:
    """Emit the century of runs at text[start:end] and return its end, else None."""
    text = scan.text
    if text[end : end + 1] in ("-", "'", "’") or text[start - 1 : start] == "-":
        return None  # "century-old", "the century's", "21st-century"
    nxt = P.WORD_AFTER.match(text, end)
    nxt_word = nxt.group("w").lower() if nxt else ""
    if nxt_word in P.CENTURY_TIMES:
        return None  # "a century ago", "half a century of"
    before = scan.ctx.word_before(start)
    if not before:
        return None
    prev = before.group(1).lower()
    if prev == "a":  # "scored a century", not "lasted a century"
        before = scan.ctx.word_before(before.start())
        prev = before.group(1).lower() if before else ""
        if prev == "a" or prev not in P.CENTURY_LEADS:
            return None
    elif not prev.endswith(("'s", "’s")) and prev not in P.CENTURY_LEADS:
        return None
    elif nxt_word in P.CENTURY_SPANS:
        return None  # "in their century since", "his century and"
    if not scan.sentence_has(P.CRICKET_WORDS, start):
        return None
    value = P.CENTURIES[" ".join(text[start:end].lower().split())]
    scan.emit(start, end, value=value, unit=None, dimension="count", noun="runs")
    return end


def roman_rating(scan, m: re.Match[str]) -> int | None:
    """ "a grade II listed hall", "a Grade I-listed church", "stage IV cancer": a
    rating written in Roman numerals (role ``rating``, like "category 4")."""
    start, end = m.start(), m.end()
    scale, numeral = scan.text[start:end].split()
    if not numeral.isupper():
        return end  # "level i": not how a rating is written
    if scan.text.startswith("*", end):
        end += 1  # "Grade II*": the grade between I and II, kept as written
    scan.emit(
        start,
        end,
        value=P.ROMAN_NUMERALS[numeral.lower()],
        unit=None,
        dimension="rating",
        role="rating",
        noun=scale.lower(),
        extra={"roman": numeral + scan.text[m.end() : end]},
    )
    return end


_OR_MORE_TIMES = re.compile(r"\s+or\s+(?:twice|thrice|(?:[a-z]+|\d+)\s+times)\b")
_PER_PERIOD = re.compile(r"\s+(?:a|an|per|every)(?=\s)")


def adverb_count(scan, m: re.Match[str]) -> int | None:
    """ "played twice for Wales", "scored only once", "more than once", "once a week",
    "twice as many": a count (or a factor) written as an adverb, so that "twice" ->
    "three times" is a conflict. "once" meaning "at one time" ("was once home to",
    "once the deal closes", "once again") is none; nor "think twice", "twice-weekly"
    or "once or twice" (a vague count)."""
    text = scan.text
    start, end = m.start(), m.end()
    word = m.group().lower()
    if text[end : end + 1] == "-" or text[start - 1 : start] == "-":
        return end  # "twice-weekly", "once-mighty"
    vague = _OR_MORE_TIMES.match(scan.lower, end)
    if vague:
        return vague.end()  # "once or twice", "twice or three times"
    before = P.WORD_BEFORE.search(scan.ctx.left(start, 24))
    prev = before.group(1).lower().rstrip(".") if before else ""
    after = P.WORD_AFTER.match(text, end)
    nxt = after.group("w").lower() if after else ""
    if word == "once" and not _once_counts(scan, end, prev, nxt):
        return end
    if prev in P.TWICE_IDIOMS:
        return end  # "think twice"
    factor = word != "once" and nxt in P.FACTOR_AFTER_ADVERB and text[end : end + 1] == " "
    return _emit_word(scan, start, end, P.ADVERB_COUNTS[word], "factor" if factor else "count")


_TITLES_HELD_AFTER = re.compile(rf"(?i:{P.TITLES_HELD_AFTER})")


def factor_word(scan, m: re.Match[str]) -> int | None:
    """ "at double its capacity", "treble the price", "double the size": a factor,
    like "twice its capacity" (not "doubles as a venue", "a double room"); "double
    Olympic champion", "treble winners": the count of titles held."""
    held = _TITLES_HELD_AFTER.match(scan.text, m.end())
    value = P.FACTOR_WORDS[m.group().lower()]
    return _emit_word(scan, m.start(), m.end(), value, "count" if held else "factor")


def _emit_word(scan, start: int, end: int, value: float, dimension: str) -> int:
    """Emit a count or factor that one word states ("twice", "treble"), with the
    qualifier and the change its neighbours give it; scanning goes on after it."""
    q, qword = scan.ctx.qualifier(start, end)
    change = scan.ctx.change(start, end)
    emit_bounded(scan, start, end, value, q, qword, unit=None, dimension=dimension, change=change)
    return end


def _once_counts(scan, end: int, prev: str, nxt: str) -> bool:
    """Whether "once" counts: after "only", "than", "least" ("more than once"); before
    "a week" ("once a week"); or after a verb ("scored once", "was capped once") at
    the end of its clause or before a preposition ("won once in May")."""
    if prev in P.ONCE_COUNT_LEADS:
        return True
    per = _PER_PERIOD.match(scan.text, end)
    if per:
        u = scan.ctx.unit_after(per.end(), "", 1)
        if u and u[1] == "time" and u[3] is None:
            return True  # "once a week", "once every month"
    verb = prev in P.ONCE_COUNT_VERBS or (len(prev) > 4 and prev.endswith("ed"))
    if not verb:
        return False
    closes = scan.text[end : end + 1] in ("", ".", ",", ";", ":", "!", "?", ")", "\n")
    return closes or nxt in P.ONCE_COUNT_FOLLOWERS


def age_decade_word(scan, m: re.Match[str]) -> int | None:
    """ "in his twenties" -> age 20..29; "the sixties" is a decade (a date)."""
    if not P.AGE_DECADE_LEAD.search(scan.ctx.left(m.start(), 24)):
        return m.end()
    emit_age_decade(scan, m.start(), m.end(), TENS_WORDS[m.group()[:-3] + "y"])
    return m.end()


def emit_bounded(
    scan,
    start: int,
    end: int,
    value: float,
    q: str | None,
    qword: str | None,
    extra: dict | None = None,
    **fields,
):
    """Emit one figure whose qualifier may make it a bound: "at least twice" is
    low=2, "up to a year" high=1; the qualifier's own words go in extra, after
    what ``extra`` already holds."""
    extra = dict(extra or {})
    if qword:
        extra["qualifier_text"] = qword
    return scan.emit(
        start,
        end,
        value=value,
        low=value if q == "at_least" else None,
        high=value if q == "at_most" else None,
        qualifier=q,
        extra=extra,
        **fields,
    )


def age_group(scan, m: re.Match[str]) -> int | None:
    """ "more under-13s now", "the over-65s": people of an age bound, an age of at most
    13, at least 65 (``numbers.age_group_prefixes``); a team named so ("Wales Under-21s",
    "Arsenal's under-23s") stays a name."""
    text = scan.text
    start, end = m.start(), m.end()
    if m.lastgroup != "num" or not m.group().isdigit() or not P.AGE_GROUP_AFTER.match(text, end):
        return None
    lead = P.AGE_GROUP_BEFORE.search(text, max(0, start - 30), start)
    if lead is None or not 0 < int(m.group()) <= 120:
        return None
    prev, prefix = lead.group("prev"), lead.group("p")
    if prev and prev[0].isupper():  # "The over-65s", not "Wales under-21s"
        if prev.lower() not in P.AGE_GROUP_OPENERS or not scan.ctx.sentence_start(lead.start()):
            return None
    elif prefix[0].isupper() and not scan.ctx.sentence_start(lead.start("p")):
        return None  # "beat the Under-21s": a team's name
    if prev and prev.lower().endswith(("'s", "’s", "s'", "s’")):
        return None  # "Arsenal's under-23s"
    scan.emit(
        start,
        end + 1,
        value=int(m.group()),
        unit="year",
        dimension="time",
        role="age",
        qualifier=P.AGE_GROUP_PREFIXES[prefix.lower()],
        decimals=0,
        extra={"qualifier_text": prefix + "-"},
    )
    return end + 1


def emit_age_decade(scan, start: int, end: int, low: int) -> None:
    """An age given as a decade of life: low..low+9 years, approximate."""
    scan.emit(
        start,
        end,
        low=low,
        high=low + 9,
        unit="year",
        dimension="time",
        role="age",
        qualifier="approximate",
    )


def fraction(scan, m: re.Match[str]) -> int | None:
    """ "two-thirds of voters", "half the staff", "by a quarter", "half an hour",
    "half a million", "a quarter of a million people"."""
    text = scan.text
    start, end = m.start(), m.end()
    words = re.split(r"[\s-]+", m.group().lower())
    if words == ["half"]:
        numer, denom = 1, 2
        # not "first half", "in half", "one and a half" (read with its number)
        idiom = re.search(r"(?i:\b(?:first|second|other|in|and\s+a)\s+$)", scan.ctx.left(start, 12))
        if idiom and not (
            idiom.group().lower().startswith("in") and _fraction_of_unit(scan, words, end)
        ):
            return end  # but "stir in half a cup"
    else:
        numer = ARTICLES.get(words[0], UNITS_WORDS.get(words[0], 1))
        denom = FRACTION_WORDS[words[-1]]
        if words[0] in ("a", "an") and re.search(
            r"(?i:\b(?:the|first|second|third|fourth|last)\s+$)", scan.ctx.left(start, 12)
        ):
            return end  # "the third quarter": a period
    if words[-1] == "quarters" and words[0] in UNITS_WORDS and _quarters_counted(scan, start, end):
        # "the first rise in three quarters": a count of quarters, like "3 quarters"
        return finish_words(scan, start, start + len(words[0]), Decimal(numer))
    if numer == 1 and denom == 2 and P.HALF_OF_A_PAIR.match(text, end):
        return end  # "one half of the duo": a member of a pair
    fraction = Decimal(numer) / Decimal(denom)
    scaled = P.FRACTION_OF_MAGNITUDE.match(text, end)
    if scaled:  # "half a million", "a quarter of a million", "three quarters billion"
        value = (fraction * SCALE_WORDS_AND_DOZEN[scaled.group("mag").lower()]).quantize(Decimal(1))
        return finish_words(scan, start, scaled.end(), value)
    measured = _fraction_of_unit(scan, words, end)
    if measured:  # "half an hour", "three-quarters of a cup", "a half day"
        name, dim, unit_end = measured
        q, qword = scan.ctx.qualifier(start, end)
        emit_bounded(
            scan,
            start,
            unit_end,
            float(fraction),
            q,
            qword,
            {"fraction": f"{numer}/{denom}"},
            unit=name,
            dimension=dim,
            change=scan.ctx.change(start, end),
        )
        return unit_end
    coin = _fraction_of_subunit(scan, words, end, numer / denom)
    if coin:  # "half a US cent", "a third of a cent", "half a penny"
        currency, value, sub, sub_end = coin
        scan.emit(
            start,
            sub_end,
            value=value,
            unit=currency,
            dimension="currency",
            qualifier=scan.ctx.qualifier(start, end)[0],
            change=scan.ctx.change(start, end),
            extra={
                "fraction": f"{numer}/{denom}",
                "subunit": sub,
                "subunit_value": float(fraction),
            },
        )
        return sub_end
    followers = P.HALF_FOLLOWERS if words == ["half"] else P.FRACTION_FOLLOWERS
    nxt = P.WORD_AFTER.match(text, end)
    comparative = words != ["half"] and nxt and nxt.group("w") in P.FRACTION_COMPARATIVES
    if (
        not re.match(followers, text[end : end + 12])
        and not comparative  # "a fifth higher", "a third below"
        and not re.search(r"(?i:\b(?:by|than)\s+$)", scan.ctx.left(start, 8))
        and not _fraction_as_a_share(scan, start, end, words)
        and not _counted_fraction(text, start, end, words)
    ):
        if words[0] in ARTICLES:
            return _ordinal_after_article(scan, m, words[-1]) or end
        return end
    q, qword = scan.ctx.qualifier(start, end)
    emit_bounded(  # "more than half", "up to a third": bounds, as "more than 100" is
        scan,
        start,
        end,
        float(fraction),
        q,
        qword,
        {"fraction": f"{numer}/{denom}"},  # exact: "a third" is 1/3, not 0.3333
        unit=None,
        dimension="fraction",
        noun=scan.ctx.noun(end, None, allow_of=True),
        change=scan.ctx.change(start, end),
    )
    return end


_OF_AN = re.compile(r"(?P<of>[ \t]+of)?[ \t]+an?(?=[ \t])")


# "a quarter-point cut", "a half-point rise in rates": a point of a rate is a
# percentage point (index points are whole numbers, "fell 54 points")
_RATE_POINT = re.compile(
    rf"(?i:[ -](?P<point>point)(?=[ -](?:{lang.alternation('change.rate_moves')})\b))"
)


def _fraction_of_unit(scan, words: list[str], end: int) -> tuple[str, str, int] | None:
    """(unit, dimension, end) of a fraction of one unit: "half an hour", "half a cup",
    "three-quarters of a mile", "a quarter of an hour"; "a half day", "a quarter mile"
    (an article before "half" or "quarter", the unit right after it). The unit is written
    out ("cup", not "c"); none for "half a million" (read first) or "half a team"."""
    o = _OF_AN.match(scan.text, end)
    if o and (o.group("of") or words == ["half"]):
        pos = o.end()
    elif (
        words[0] in ARTICLES
        and words[-1] not in ORDINAL_WORDS  # "a sixth day" is the ordinal
        and scan.text[end : end + 1] in (" ", "-")
    ):
        pos = end  # "a half day", "a quarter-mile"
    else:
        return None
    rate = _RATE_POINT.match(scan.text, pos)
    if rate and words[-1] in ("half", "quarter"):  # "a quarter-point cut": of a rate
        return "percentage point", "percentage", rate.end("point")
    u = scan.ctx.unit_after(pos, "", 1)
    if not u or u[3] is not None or u[1] == "currency" or u[2] - pos < 3:
        return None
    if not re.sub(r"[\s-]", "", scan.text[pos : u[2]]).isalpha():
        return None  # a sign or symbol ("%"): not a unit written out ("percentage point" is)
    return u[0], u[1], u[2]


def _fraction_of_subunit(scan, words: list[str], end: int, share: float):
    """(currency, value, sub-unit, end) of a fraction of one coin: "half a cent",
    "a third of a US cent" (1/300 dollar), "a quarter of a penny"; None otherwise.
    ``share`` is the fraction ``fraction`` read from the words (1/3)."""
    o = _OF_AN.match(scan.text, end)
    if not (o and (o.group("of") or words == ["half"])):
        return None
    s = P.SUBUNIT.match(scan.text, o.end())
    if not s or not s.group("sub2") or not scan.text[o.end()].isspace():
        return None
    sub = lexicon.surface_key(s.group("sub2"))
    currency, factor = lexicon.subunit(sub)
    return currency, share * factor, sub, s.end()


def fold(scan, m: re.Match[str]) -> int | None:
    """ "a three-fold rise", "grew more than fourfold", "a 10-fold increase", "5x
    optical zoom": a factor (dimension ``factor``), so that "threefold" -> "fourfold"
    reads as a conflict."""
    start, end = m.start(), m.end()
    written = m.group().lower()
    core = written[:-1] if written[-1] in "x\u00d7" else written[: -len("fold")].rstrip("-")
    if core[0].isdigit():
        value = parse_digits(core)
    else:
        number = parse_words(re.split(r"[\s-]+", core))
        value = Decimal(str(number)) if number is not None else None
    if value is None or value <= 0:
        return end
    return _emit_word(scan, start, end, tidy(value), "factor")


def _quarters_counted(scan, start: int, end: int) -> bool:
    """ "in three quarters", "for three quarters in a row": periods counted, where no
    "of" follows (not "in three quarters of cases")."""
    if re.match(r"(?i:[\s-]+of\b)", scan.text[end : end + 6]):
        return False
    return bool(
        P.QUARTERS_COUNTED_BEFORE.search(scan.ctx.left(start, 16))
        or P.STREAK_AFTER.match(scan.text, end)
    )


_THIRD_WORLD = re.compile(
    rf"(?i:[\s-]+world\b(?![\s-]+(?:{lang.alternation('numbers.world_contests')})))"
)
"""After "third": "third world" of poor countries, unless a title follows ("a third world title")."""
_SHARE_LEAD = re.compile(rf"(?i:\b(?:{lang.alternation('qualifiers.before_share')})\s+$)")
# "..., but a quarter reported declines", "- though one-third said no": a share that
# opens a clause and is the subject of a verb in the past
_CLAUSE_LEAD = re.compile(r"(?i:(?:\b(?:but|though|although|while|whereas|yet)|[,;:–—-])\s+$)")
_PAST_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]{3,}ed|" + lang.alternation("tense.past_irregular") + r")\b(?!-)"
)


_NOT_A_SHARE_AFTER = re.compile(rf"\s+(?:{lang.alternation('numbers.fraction_not_share_after')})\b")
"""After a fraction: no share ("half past", "a third party", "a third straight defeat")."""
_PERIOD_BEFORE = re.compile(r"(?i:\b(?:in|for|per|each|every|within|over|during)\s+$)")


def _counted_fraction(text: str, start: int, end: int, words: list[str]) -> bool:
    """ "but one quarter showed a fall", "two thirds voted", "a quarter reported
    declines": a number word over a fraction word, or "a quarter", is a share
    whatever follows; "a third" may be an ordinal ("a third was released": a
    third man). Not "one quarter-final"."""
    if len(words) != 2 or text[end : end + 1] == "-":
        return False
    if words[0] in ARTICLES:
        # "in a quarter when prices rose", "a quarter finalist": a period, a round
        return (
            words[1] == "quarter"
            and not _PERIOD_BEFORE.search(text, max(0, start - 12), start)
            and not re.match(r"\s+final", text[end : end + 8], re.I)
        )
    return words[0] in UNITS_WORDS


def _fraction_as_a_share(scan, start: int, end: int, words: list[str]) -> bool:
    """ "only half voted", "about half said yes", "with about a third indicating",
    "but a quarter reported declines": a fraction after a qualifier, or opening a
    clause before a verb in the past, is a share of what was already named; not
    "half-joking", "half past", "about a third party", "for almost a third time";
    "only a third escaped" is a third man ("only a quarter came" is a share)."""
    if scan.text[end : end + 1] == "-" or _NOT_A_SHARE_AFTER.match(scan.text[end : end + 14]):
        return False
    left = scan.ctx.left(start, 16)
    if words == ["half"]:
        return bool(_SHARE_LEAD.search(left))
    if words[0] not in ("a", "an", "one"):
        return False
    if _SHARE_LEAD.search(left):
        exact = scan.ctx.qualifier(start, end)[0] == "exact"  # "only a third escaped"
        return not (exact and words[-1] in ORDINAL_WORDS)
    return bool(
        _CLAUSE_LEAD.search(left)
        and _PAST_VERB_AFTER.match(scan.text, end)
        and not _next_in_a_count(scan, start, words[-1])
    )


def _next_in_a_count(scan, start: int, word: str) -> bool:
    """ "two men were held, but a third escaped": "third" after a count of two is the
    next one, an ordinal, not a share ("a quarter" is never an ordinal)."""
    place = ORDINAL_WORDS.get(word)
    if not place or place < 2:
        return False
    before = {str(place - 1)} | {w for w, v in UNITS_WORDS.items() if v == place - 1}
    sentence_start = scan.sentence_of(start)[0]
    left = scan.text[max(sentence_start, start - 160) : start].lower()
    return any(w in before for w in re.findall(r"[a-z]+|\d+", left))


def share(scan, start: int) -> int | None:
    """ "one in four households", "1 in 4", "nine out of 10": one figure, the share
    as a fraction (0.25), like "a quarter", so that it compares with "25%".

    Returns the end of the share, or None when the words at ``start`` are no share.
    """
    m = P.SHARE.match(scan.lower, start)
    if m is None or P.SHARE_NOT_AFTER.search(scan.ctx.left(start, 24)):
        return None
    if P.NOT_SHARE_ENDING.search(scan.lower, max(0, start - 24), m.end("a")):
        return None  # "the front nine in 33": a half of a golf course, then a score
    if P.SHARE_RESTATED.match(scan.text, m.end()):
        return None  # "18 out of 24 flights (75%)": part and whole for the arithmetic rule
    numer, denom = _share_term(m.group("a")), _share_term(m.group("b"))
    if numer is None or denom is None or not 0 < numer < denom:
        return None
    end = m.end()
    q, qword = scan.ctx.qualifier(start, end)
    share_value = numer / denom  # four decimals; four figures below a thousandth (1/4000)
    emitted = emit_bounded(  # "fewer than one in five": a bound, as "fewer than 20" is
        scan,
        start,
        end,
        round(share_value, 4) if share_value >= 0.001 else float(f"{share_value:.4g}"),
        q,
        qword,
        {"ratio": [numer, denom]},
        unit=None,
        dimension="fraction",
        noun=scan.ctx.noun(end, None, allow_of=True),
        change=scan.ctx.change(start, end),
    )
    return end if emitted else None


_SCORE_NOUN_AFTER = re.compile(
    rf"(?i:[ \t]+(?:{lang.alternation('sport.score_nouns')})"
    rf"[ \t]+of[ \t]+(?:{lang.alternation('sport.score_noun_of')})\b"
    rf"(?![ \t]+(?:\d|(?:{P.NUMWORD})\b)))"
)
"""After an ordinal: a score named as a noun ("the fourth six of his round", "her
second four of the over"): the ordinal counts the scores, the number is a score
("the first six of their 10 games" counts games)."""


def ordinal(scan, m: re.Match[str]) -> int | None:
    """ "his third title", "finished 3rd": a role ordinal; not dates ("the 13th of
    August"), periods ("21st century"), titles ("First Minister") or adverbs."""
    text = scan.text
    start, end = m.start(), m.end()
    surface = text[start:end]
    low = surface.lower()
    if m.lastgroup == "ordd":
        value = int(surface[:-2].replace(",", ""))  # "1,000th"
    else:
        parts = low.split("-")
        value = ORDINAL_WORDS.get(parts[-1], 0) + (
            TENS_WORDS.get(parts[0], 0) if len(parts) == 2 else 0
        )
    after = text[end : end + 20]
    before = scan.ctx.left(start, 20)
    # dates: "the 13th of August", "August 13th", "the 15th of next month"; "21st
    # century" is a period
    if (
        re.match(r"\s+(?:of\s+)?(?:" + P.MONTH_RE + r")\b", after)
        or re.search(r"\b(?:" + P.MONTH_RE + r")\.?\s+$", before)
        or (value <= 31 and _OF_A_MONTH.match(text, end))
        or (value <= 5 and _WEEK_OF_A_DATE.match(text, end))
    ):
        return end
    if re.match(r"(?i:[\s-]+centur(?:y|ies)\b)", after):
        return end
    if low in ("second", "first") and _FIRST_SECOND_COMPOUND.match(after):
        return end
    if P.ORDINAL_IDIOM.match(after):
        return end  # "the first step", "first-timers", "first-choice": idioms, not ranks
    if (
        low in ("first", "second")
        and _SQUAD.match(text, end)
        and _SQUAD_LEAD.search(scan.ctx.left(start, 40))
    ):
        return end  # "a chance in the first team": the senior squad, not a rank
    if (
        low == "first"
        and P.ORDINAL_CONDITIONAL_BEFORE.search(before)
        and P.ORDINAL_CONDITIONAL_AFTER.match(after)
    ):
        return end  # "I would be the first one to cheer him": eagerness, no rank
    if (
        low == "first"
        and re.search(r"(?i:\bat\s+$)", before)
        or re.match(r"\s+of\s+all\b|\s+and\s+foremost\b", after)
    ):
        return end
    if (
        low == "second"
        and re.search(r"(?i:\b(?:a|one|per|the\s+split)\s+$)", before)
        and not re.match(r"\s+[a-z]", after)
    ):
        return end
    if (
        low == "second"
        and re.search(r"(?i:\b(?:a|one)\s+$)", before)
        and re.match(r"\s+(?:or|and|later|before|after|ago|,|\.)", after)
    ):
        return end
    # titles and names: "First Minister", "Second World War", "Third Reich"; in a
    # title-case headline capitals name nothing ("Eyes First World Title in 9 Years"),
    # and the titles below are read as in prose ("Mark Second World War Anniversary")
    if (
        surface[:1].isupper()
        and (
            re.match(r"\s+[A-Z]", after)
            or (
                not scan.ctx.sentence_start(start)
                and m.lastgroup != "ordd"
                and scan.ctx.capitalised_name_before(start)
            )
        )
        and not scan.title_case(start)
    ):
        return end
    if _ORDINAL_HYPHEN_COMPOUND.match(after):
        return end
    if re.match(P.ORDINAL_TITLES, after, re.I):
        return end  # "first minister", "first lady": titles
    if low == "third" and _THIRD_WORLD.match(after):
        return end  # "a third world country": a name for poor countries
    if (
        low == "first"
        and re.match(r"\s+(?:place|instance)\b", after)
        and re.search(r"(?i:\bin\s+the\s+$)", before)
    ):
        return end  # "in the first place", "in the first instance": idioms
    if low == "first" and _NOT_THE_FIRST.search(before):
        return end  # "not the first time", "not McGregor's first offence": again, no rank
    if low in ("first", "second") and re.match(r"\s+half\b", after):
        return end  # "the first half of the year": a period, not a placing
    if P.ORDINAL_BEFORE_NUMBER.match(text, end) and not _SCORE_NOUN_AFTER.match(text, end):
        return end  # "the first six months": a period whose figure is the six months
    streak = P.STREAK_BEFORE.match(text, end)
    if not scan.ctx.ordinal_states_fact(streak.end() if streak else start, end):
        return end
    coordinated = P.COORDINATED_ORDINAL.match(text, end)  # "third and fourth places"
    noun = scan.ctx.noun(streak.end() if streak else coordinated.end() if coordinated else end, 1)
    if streak is None and (word := P.WORD_AFTER.match(text, end)):
        streak = P.STREAK_AFTER.match(text, word.end())  # "the fourth day running"
    scan.emit(
        start,
        end,
        value=value,
        unit=None,
        dimension="ordinal",
        role="ordinal",
        noun=noun,
        extra={"run": True} if streak else {},
    )
    return end


_SQUAD = re.compile(
    rf"(?i:[ \t]+(?:{lang.alternation('numbers.squad_nouns')})\b"
    rf"(?![ \t]+(?:{lang.alternation('numbers.squad_rank_complements')})\b)(?![\w-]))"
)
_SQUAD_LEAD = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.squad_leads')})\s+"
    r"(?:(?:the\s+)?[\w.-]+(?:['’]s|s['’])|the|their|his|her|its|our|your|my)\s+$)"
)
"""After "first" / "second" and before it: "in the first team", "with Leeds' first XI", a
squad (``numbers.squad_nouns``, ``squad_leads``); "the first team to win it" is a rank."""
_FIRST_SECOND_COMPOUND = re.compile(
    lang.alternation("numbers.first_second_compounds", escape=False)
)
"""After "first" or "second": a word of its own ("second-hand", "firstly", "first-class")."""
_ORDINAL_HYPHEN_COMPOUND = re.compile(
    rf"-(?:{lang.alternation('numbers.ordinal_hyphen_compounds')})\b"
)
"""After an ordinal: a compound, no rank ("third-party", "first-person", "second-generation")."""
_PARTICIPLE = re.compile(r"\s+[a-z]+ing\b")
_NOT_THE_FIRST = re.compile(
    rf"(?:\b(?i:not)|n['’]t)\s+(?i:for\s+)?"
    rf"(?:(?i:{'|'.join(sorted(P.DETERMINERS))})|(?:(?i:the)\s+)?[A-Za-z][\w.-]*['’]s?)\s+$"
)
"""Before "first": "not the first time", "wasn't his first", "not McGregor's first offence",
"not the mayor's first"."""
# "the 15th of next month", "the 1st of each month": a day of a month, a date
_OF_A_MONTH = re.compile(r"(?i:\s+of\s+(?:next|this|last|the|each|every|that)\s+month\b)")
# "the third week of May", "the second week of this month", "the first weekend of
# 2027", "the third week next year", "the first Monday of June", "the second Tuesday
# of each month": a week or a day of the calendar, a date, not a rank
_WEEK_OF_A_DATE = re.compile(
    rf"\s+(?:(?i:week(?:end)?s?)|{WEEKDAY})\s+(?i:(?:of\s+)?"
    r"(?:(?:next|this|last|that|the|each|every|previous)\s+(?:month|year)\b"
    rf"|(?:{P.MONTH_RE})\b|(?:1\d|20)\d\d\b))"
)
_ORDINAL_WORD = re.compile(rf"(?P<ordw>(?:{P.ORDWORD}))\b")


def _ordinal_after_article(scan, m: re.Match[str], word: str) -> int | None:
    """ "a fifth straight defeat", "a seventh-minute goal", "a third term": "a" and an
    ordinal that no "of" or "the" follows is an ordinal, not the fraction 1/5."""
    found = _ORDINAL_WORD.match(scan.lower, m.end() - len(word))
    if found is None or word not in ORDINAL_WORDS:
        return None
    if _PARTICIPLE.match(scan.text, m.end()):
        return None  # "a third indicating they may": a share of those just named
    return ordinal(scan, found)


def _price_just_before(scan, start: int) -> bool:
    """Whether a sum of money ends right before ``start`` ("£2 a dozen")."""
    last = scan.out[-1] if scan.out else None
    return (
        last is not None
        and last.dimension == "currency"
        and not scan.text[last.end : start].strip()
    )


def words(scan, m: re.Match[str]) -> int | None:
    """ "twenty-one people", "two million pounds", "six hours": a number in words;
    not "one of the" (a pronoun) nor "BBC One", "League Two" (names)."""
    text = scan.text
    start = m.start()
    tokens = [
        (t.group().lower(), t.start() + start, t.end() + start)
        for t in re.finditer(r"[A-Za-z]+", m.group())
    ]
    kept = valid_prefix([t[0] for t in tokens])
    tokens = tokens[:kept]
    if not tokens:
        return m.end()
    end = tokens[-1][2]
    words = [t[0] for t in tokens]
    if words in (["a"], ["an"]):
        return end
    value = parse_words(words)
    if value is None:
        return end
    if (
        words[0] in ("a", "an")
        and _price_just_before(scan, start)
        and not re.match(r"\s+times\b", text[end : end + 8])
    ):
        return end  # "64 cents a dozen", "£2 a dozen": a rate per dozen, no count
    counted = None
    if words == ["one"]:
        if scan.ctx.one_is_pronoun(start, end):
            return end
        counted = scan.ctx.one_counts(start, end)
    if P.IDIOM_COMPOUND.match(text, start):
        return end  # "a three-line whip", "the one-child policy": a name, no figure
    if P.IDIOM_ENDING.search(text, max(0, start - 24), end):
        return end  # "the front nine", "on cloud nine": a name, no figure
    if (
        value == 2
        and P.PAIR_ANAPHOR.search(text, max(0, end - 24), end)
        and scan.ctx.noun(end, value) is None
    ):
        return end  # "a frame between the two": the pair named before (extract/implied.py)
    ed = P.ED_COMPOUND.match(text, end)
    if ed and ed.group("w").lower() not in P.COUNTED_ED_COMPOUNDS:
        return ed.end()  # "two-faced", "a three-pronged attack", "he two-putted"
    # "BBC One", "League Two", "Formula One": part of a name; not after a full
    # stop ("on 17 June. Three people died")
    if (
        text[start].isupper()
        and scan.ctx.capitalised_name_before(start)
        and not scan.ctx.sentence_start(start)
    ):
        return end
    # "the Three Lions", "a Six Nations clash": a capitalised number word inside a
    # sentence before a capitalised word is a name
    if (
        text[start].isupper()
        and UNITS_WORDS.get(words[-1], 0) >= 1
        and re.match(r"\s+[A-Z]", text[end : end + 2])
        and start > 0
        and not scan.ctx.sentence_start(start)
        and not scan.title_case(start)  # "Dementia: Three Young People Share Their Stories"
    ):
        return end
    if words == ["zero"] and (az := P.ABSOLUTE_ZERO_BEFORE.search(scan.ctx.left(start, 24))):
        return _absolute_zero(scan, start - len(az.group()), start, end)
    if counted:
        extra = {"reading": f"{COUNT}: {counted}"}
        return finish_words(scan, start, end, Decimal(str(value)), extra, reading=COUNT)
    return finish_words(scan, start, end, Decimal(str(value)))


_AND_THEN = re.compile(r"[ \u00a0]+and[ \u00a0]+")
# after a run of number words: a fraction or "point" makes them one number ("three and
# one fourth", "two and fifty-four hundredths")
_PART_OF_A_NUMBER_AFTER = re.compile(
    rf"[ \u00a0-]+(?:{P.FRACWORD}|{lang.alternation(list(ORDINAL_WORDS))}|point)s?\b"
)


_BETWEEN_NEAR = re.compile(r"\bbetween\b(?:[ \u00a0]+[\w-]+){0,2}[ \u00a0]+$")


def and_number_after(lower: str, core_start: int, kept_end: int, core_end: int) -> bool:
    """Whether the number words a core ran on with after "and" are a number of their
    own: "aged four and seven"; not "three and one fourth", nor the high end of a
    range its reader did not take ("between negative ten and fifteen")."""
    return bool(
        kept_end < core_end
        and _AND_THEN.match(lower, kept_end)
        and not _PART_OF_A_NUMBER_AFTER.match(lower, core_end)
        and not _BETWEEN_NEAR.search(lower, max(0, core_start - 30), core_start)
    )


def _absolute_zero(scan, span_start: int, start: int, end: int) -> int | None:
    """ "near absolute zero": 0 kelvin, so that it compares with "-273.15C"."""
    return finish(
        scan,
        span_start,
        end,
        value=Decimal(0),
        unit="kelvin",
        dimension="temperature",
        decimals=None,
        sig=None,
        scale=1,
        core=(start, end),
        digits=False,
        extra={"named": "absolute zero"},
    )


def finish_words(
    scan,
    start: int,
    end: int,
    value: Decimal,
    extra: dict | None = None,
    reading: str | None = None,
) -> int | None:
    """The tail of a number written in words: a sign before it, a currency
    or unit after it ("minus five", "two million pounds", "six hours")."""
    text = scan.text
    cur_start = start
    sign = P.sign_word_before(text, start)
    if sign is not None and text[start - 1] != "-":
        value, cur_start = -value, sign  # "minus five degrees", "negative ten"
    currency = None
    unit = dim = None
    unit_end = end
    cw = lexicon.currency_word_regex().match(text, end)
    if cw and abs(value) < 1000 and (cw.group("word") or "").lower() in P.VERB_CURRENCY_WORDS:
        cw = None  # "the world number six won all three": a verb ("three million won" a sum)
    pounds = P.POUNDS_AFTER.match(text, end)
    if cw:
        currency = lexicon.currency_by_word(cw.group("word") or cw.group("code"))
        unit_end = cw.end()
    elif pounds and abs(value) >= 1000:  # "two million pounds"
        currency, unit_end = "pound sterling", pounds.end()
    else:
        u = scan.ctx.unit_after(end, "", 1)
        # after a number word a one-letter symbol is a word ("two m..."): only
        # unambiguous units, or a unit written out after a space or hyphen
        if (
            u
            and u[3] is None
            and (
                u[0] not in _WORD_ONLY_AFTER_NUMBER_WORDS or (text[end] in " -" and u[2] - end > 2)
            )
        ):
            unit, dim, unit_end, _ = u
        elif u and u[3] is not None and text[end] in " -\u00a0":
            # "two pence", "one penny", "ten cents", "a one-penny rise": money in the
            # main unit, the amount as written kept, as "85p" keeps it
            currency, factor = lexicon.subunit(u[3])
            extra = {**(extra or {}), "subunit": lexicon.surface_key(u[3])}
            extra["subunit_value"] = tidy(value)
            value, unit_end = value * Decimal(str(factor)), u[2]
    return finish(
        scan,
        cur_start,
        unit_end,
        value=value,
        unit=currency or unit,
        dimension="currency" if currency else dim,
        decimals=None,
        sig=None,
        scale=1,
        core=(start, end),
        digits=False,
        extra=extra,
        reading=reading,
    )


def _share_term(term: str) -> int | None:
    """ "4", "1,000", "four", "twenty-five", "a hundred" -> the integer."""
    if term[0].isdigit():
        return int(term.replace(",", ""))
    value = parse_words(re.split(r"[\s-]+", term))
    return int(value) if value is not None else None
