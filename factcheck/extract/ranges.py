"""Two numbers joined into one figure: a range ("20-30%", "between 20 and 30",
"13 or 14", "£10-20m", "2-3 million people") or a score ("won 4-1", "a vote of
51 to 49").

``opens_range`` says whether a separator and a second number follow a figure;
``read_range`` reads the second number with its magnitude and unit, refuses what
is not one figure (two figures of a change, years, identifiers, "12 per cent to
38,000"), and emits the range or the score. Each step is a small function.
"""

from __future__ import annotations

import re
from decimal import Decimal

import factcheck.extract.lexicon as lexicon
import factcheck.extract.patterns as P
import factcheck.lang as lang
from factcheck.extract.arbiter import COUNT, read_year_shaped
from factcheck.extract.numbers import (
    MAGNITUDE_SUFFIXES,
    SCALE_WORDS,
    UNITS_WORDS,
    parse_digits,
    parse_words,
    tidy,
)
from factcheck.extract.yearcontext import counted_noun_after
from factcheck.mention import Mention

# magnitudes that the second figure of a range lends to the first ("2-3 million"); "m"
# and "mm" only after a currency ("£2-3m", "$2-3mm"; "50-70mm" of rain is millimetres)
_CURRENCY_MAGNITUDES = frozenset(("m", "mm"))
_RANGE_MAGNITUDES = frozenset(
    (
        *(w for w, n in SCALE_WORDS.items() if n >= 1000),
        *(
            w
            for w, n in MAGNITUDE_SUFFIXES.items()
            if n >= 1000 and len(w) > 1 and w not in _CURRENCY_MAGNITUDES
        ),
    )
)
# "between 20 and 30", "between the ages of four and 11": "and" opens a range
_BETWEEN = re.compile(
    rf"(?i:\bbetween\s+(?:about\s+|around\s+|(?:{lang.alternation('numbers.age_range_leads')})\s+)?$)"
)
_BETWEEN_BARE = re.compile(r"(?i:\bbetween\s+$)")
_VOTE_OF = re.compile(r"(?i:\bvotes?\s+of\s+$)")
# a verb of a vote earlier in the clause: "approved the measure 68 to 31", "the
# Senate voted 51 to 49", "rejected the motion by 300 to 250"
_VOTE_VERB_LEFT = re.compile(
    rf"(?i:\b(?:{lang.alternation('sport.vote_verbs')})\b[^.;:!?\d]{{0,40}}$)"
)
# what may follow a tally: the end of the clause or a word that is no counted noun
_TALLY_END = re.compile(
    rf"(?i:\s*(?:[.,;:)!?]|$)|[ \u00a0]+(?:{lang.alternation('sport.tally_followers')})\b)"
)
# "by 330 votes to 242", "52 votes to 48": the tally with the noun on the first end
_VOTES_TO = re.compile(
    r"(?i:[ \u00a0]+votes?[ \u00a0]+to[ \u00a0]+)(?P<b>\d{1,3}(?:,\d{3})*)(?![\d,.]?\d)"
)
_BY = re.compile(r"(?i:\bby\s+$)")
# "dropped to P42 to P45", "rose to 3% to 4%": after "to" the low end is the level
# a change reached, so the pair is the range of that level, not a change and a level
_TO = re.compile(r"(?i:\bto\s+$)")
_FROM = re.compile(r"(?i:\bfrom\s+$)")
_OLD_AFTER = re.compile(r"(?i:\s+(?:old|of\s+age)\b)")
_UNIT_IN_A_NAME = re.compile(
    "|".join(
        rf"\s*(?i:{re.escape(word)}s?\s+(?:{lang.alternation(list(after))})\b)"
        for word, after in lang.table("sport.unit_words_in_names").items()
    )
)
"""A unit word naming a contest ("3-2 cup final"): no unit of the pair before it."""


def opens_range(scan, start: int, end: int) -> re.Match[str] | None:
    """The separator after a figure that may open a range: "-", "to", "or", and
    "and" only after "between" ("between 20 and 30", not "20 and 30")."""
    rng = P.RANGE_SEP.match(scan.text, end)
    if rng and rng.group("sep").strip() == "and" and not _BETWEEN.search(scan.ctx.left(start, 32)):
        return None
    return rng


def read_range(
    scan, start, end, rng, value, unit, dimension, scale, digits, subunit=None
) -> int | None:
    """Emit the range or score that text[start:end] opens; None when it is none.
    ``subunit`` is the low end's ("5p", "20 sen"): the high end is in it too,
    unless it carries its own sign ("10 sen and RM1.50")."""
    sep = rng.group("sep").strip().lower()
    second = _second_number(scan, rng.end())
    if second is None:
        return None
    v2, core2, n2 = second
    end2, mag2, unit2, dim2, unit_end = _high_end(scan, core2, unit, dimension)
    factor = None
    if subunit and not rng.group("cur") and mag2 == 1:  # "20p-30p", "5 sen and 7 sen"
        factor = Decimal(str(lexicon.subunit(subunit)[1]))
        same = P.SUBUNIT.match(scan.text, end2)
        if same and lexicon.subunit(same.group("sub") or same.group("sub2"))[0] == unit:
            unit_end = same.end()
    elif unit is None and mag2 == 1 and dim2 is None:  # "20-30p", "10 to 20 cents"
        low_sub = P.SUBUNIT.match(scan.text, end2)
        if low_sub:
            unit2, sub_factor = lexicon.subunit(low_sub.group("sub") or low_sub.group("sub2"))
            dim2, unit_end, factor = "currency", low_sub.end(), Decimal(str(sub_factor))
            value = value * factor
    # the high end lends its magnitude to a low end written smaller ("2 to 3 million",
    # "seven to eight thousand"); not to one written in full ("$400,000 to $2.1
    # million": ends of different scale)
    low_v = value
    if scale == 1 and mag2 != 1 and value < v2:
        low_v = value * mag2
    elif scale == 1 and n2 != v2 and value < n2:
        low_v = value * (v2 / n2)
    high_v = v2 * (mag2 if mag2 != 1 else scale)
    if factor is not None:
        high_v = v2 * factor
    if unit is not None and unit2 is not None and unit != unit2:
        return None
    if (
        unit is not None
        and dimension != "currency"
        and unit2 is None
        and sep in ("to", "or", "and")
    ):
        return None  # "12 per cent to 38,000" is not a range
    final_unit = unit or unit2
    final_dim = dimension if unit else dim2
    score = _score(scan, start, end, end2, sep, value, v2, final_unit, digits)
    if score is not False:
        return score
    if unit is None:
        units = "high" if unit2 is not None else None  # "by 4 to 6 per cent"
    else:
        units = "both" if unit2 == unit or rng.group("cur") else None  # "3% to 4%"
    if _two_figures(scan, start, end, sep, low_v, high_v, units):
        return None
    bare = digits and final_unit is None and scale == 1 and mag2 == 1
    if bare and _years(scan, start, end, end2, low_v, high_v):
        return None
    if scan.ctx.is_identifier(start, start, end) and final_unit is None:
        return None
    end, final_unit, final_dim, role = _age(scan, start, unit_end, final_unit, final_dim)
    return _emit(scan, start, end, sep, low_v, high_v, final_unit, final_dim, role)


def _second_number(scan, pos: int) -> tuple[Decimal, re.Match[str], Decimal] | None:
    """The high end's value, core, and the number its scale words multiply: "30"
    in "20-30" (30), "four" in "three or four" (4), "eight thousand" (8)."""
    second = P.CORE.match(scan.lower, pos)
    if not second or second.lastgroup not in ("num", "words"):
        return None
    if second.lastgroup == "words" and scan.text[second.start()].isupper():
        return None  # "7-Eleven": a name
    if second.lastgroup == "num":
        v2 = parse_digits(second.group())
        return None if v2 is None else (v2, second, v2)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", second.group())]
    v2w = parse_words(words)
    if v2w is None:
        return None
    return Decimal(str(v2w)), second, _before_scales(words) or Decimal(str(v2w))


def _before_scales(words: list[str]) -> Decimal | None:
    """ "eight thousand" -> 8, "three hundred thousand" -> 3: the number that trailing
    scale words multiply; None when words follow the scale ("eight thousand five")."""
    i = next((i for i, w in enumerate(words) if w in SCALE_WORDS), len(words))
    if i == 0 or i == len(words) or not all(w in SCALE_WORDS for w in words[i:]):
        return None
    n = parse_words(words[:i])
    return Decimal(str(n)) if n else None


def _high_end(scan, core2: re.Match[str], unit, dimension):
    """(end of the number, its magnitude, unit, dimension, end of the unit) of the
    high end, which may carry them for both: "2-3 million", "20-30%", "10-20 euros"."""
    text = scan.text
    end2 = core2.end()
    mag = P.MAGNITUDE.match(text, end2)
    mag2 = 1
    if mag and (
        mag.group("mag").lower() in _RANGE_MAGNITUDES
        or (unit and dimension == "currency" and mag.group("mag").lower() in _CURRENCY_MAGNITUDES)
    ):
        mag2 = MAGNITUDE_SUFFIXES[mag.group("mag").lower()]
        end2 = mag.end()
    unit2 = dim2 = None
    unit_end = end2
    cw = lexicon.currency_word_regex().match(text, end2) if unit is None else None
    if cw:
        unit2 = lexicon.currency_by_word(cw.group("word") or cw.group("code"))
        dim2, unit_end = "currency", cw.end()
    elif dimension != "currency" and not _UNIT_IN_A_NAME.match(text, end2):
        # a unit on the high end, or on both: "3% to 4%" (not "the 3-2 cup final")
        u = scan.ctx.unit_after(end2, core2.group(), mag2)
        if u and u[3] is None:
            unit2, dim2, unit_end, _ = u
    return end2, mag2, unit2, dim2, unit_end


def _score(scan, start, end, end2, sep, value, v2, unit, digits) -> int | None | bool:
    """ "won 4-1", "a vote of 51 to 49": a score (its end); None when the pair is
    no figure ("4.5-3"); False when it is no score."""
    if sep in ("-", "–", "—") and scan.ctx.is_score(start, end, value, v2, unit):
        if not digits or "." in scan.text[start:end2]:
            return None
    elif not (sep == "to" and _vote_to(scan, start, end2, value, v2, unit, digits)):
        return False
    extra = {"score": [tidy(value), tidy(v2)]}
    if value == v2 == 50 and _even_odds(scan.text, start, end2):
        extra["odds"] = "even"  # "it is 50-50 in a derby": even odds, no score stated
    scan.emit(start, end2, value=None, dimension="score", role="score", extra=extra)
    return end2


_ODDS_VERBS = lang.words("numbers.even_odds_before")
_EVEN_ODDS_BEFORE = re.compile(
    rf"(?i:(?:\b(?:{lang.alternation([w for w in _ODDS_VERBS if w[0].isalpha()])})"
    rf"|(?<=\w)(?:{lang.alternation([w for w in _ODDS_VERBS if not w[0].isalpha()])}))"
    r"\s+(?:a\s+|about\s+)?$)"
)
_A_SCORE_BEFORE = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.even_odds_score_words')})\b[^.;:!?]*$)"
)
_EVEN_ODDS_NOUN = re.compile(rf"(?i:\s+(?:{lang.alternation('numbers.even_odds_nouns')})\b)")


def _even_odds(text: str, start: int, end: int) -> bool:
    """Whether "50-50" at start:end is the idiom of even odds ("it is 50-50", "a 50-50
    chance"; ``numbers.even_odds_before``, ``numbers.even_odds_nouns``)."""
    if _A_SCORE_BEFORE.search(text, max(0, start - 40), start):
        return False
    return bool(
        _EVEN_ODDS_BEFORE.search(text, max(0, start - 20), start)
        or _EVEN_ODDS_NOUN.match(text, end)
    )


def _vote_to(scan, start, end2, value, v2, unit, digits) -> bool:
    """ "a vote of 51 to 49", "approved the measure 68 to 31": a tally, when two whole
    numbers with no unit follow a vote ("votes of") or a verb of voting in the clause,
    the winner first (a range runs upwards: "approved 20 to 30 new homes"), and the
    clause goes on with no noun ("68 to 31 after a debate", "68 to 31.")."""
    if _VOTE_OF.search(scan.ctx.left(start, 12)):
        return True
    if unit is not None or not digits or value != value.to_integral_value():
        return False
    if v2 != v2.to_integral_value() or not value > v2:
        return False
    if not _VOTE_VERB_LEFT.search(scan.ctx.left(start, 60)):
        return False
    return _TALLY_END.match(scan.text, end2) is not None


def vote_tally(scan, start: int, end: int, value, unit) -> int | None:
    """ "by 330 votes to 242": a tally written with "votes" on the first end; its end,
    or None."""
    t = _VOTES_TO.match(scan.text, end)
    if t is None or unit is not None or value != value.to_integral_value():
        return None
    v2 = parse_digits(t.group("b"))
    scan.emit(
        start,
        t.end(),
        value=None,
        dimension="score",
        role="score",
        extra={"score": [tidy(value), tidy(v2)]},
    )
    return t.end()


def _two_figures(scan, start, end, sep, low_v, high_v, units) -> bool:
    """Whether the pair is two figures, not a range: a change and the level it
    reached ("rose from 200 to 300", "fell by 2% to 3.5%", "rose 0.3% to 4.1%"),
    ends out of order, or an "or" too wide for a guess.

    ``units`` says where the unit is written: "high" on the high end only ("cut
    costs by 4 to 6 per cent": a range, as a change amount and a level would
    each carry it), "both" on both ends ("3% to 4%"), else None."""
    if sep == "to":
        left = scan.ctx.left(start, 60)
        if _FROM.search(left[-8:]) and P.CHANGE_VERB_NEAR.search(left[-48:]):
            return True  # "from 200 to 300 people" stays a range
        change = not _TO.search(left[-8:]) and (
            _BY.search(left[-8:]) or scan.ctx.change(start, end)
        )
        if change and units != "high" and not _forecast_range(left, low_v, high_v, units):
            return True
    if not high_v > low_v:
        return True
    return sep == "or" and not (high_v - low_v <= max(Decimal(2), low_v / 2))


def _forecast_range(left: str, low_v, high_v, units) -> bool:
    """ "are expected to rise 3% to 4%", "could fall 2% to 3%": after a change verb
    in the infinitive (a forecast or a plan) two close ends with the same unit are
    a range; a change that happened ("rose 0.3% to 4.1%") is an amount and a level."""
    c = P.CHANGE_BEFORE.search(left)
    return (
        units == "both"
        and c is not None
        and high_v <= 3 * low_v
        and P.INFINITIVE_BEFORE.search(left, 0, c.start("v")) is not None
    )


def _years(scan, start, end, end2, low_v, high_v) -> bool:
    """ "2013-14", "1990 to 1995": years (the date scanner's); not "1500-1800 workers"."""
    iv = int(low_v) if low_v == low_v.to_integral_value() else None
    return (
        iv is not None
        and 1000 <= iv <= 2100
        and "," not in scan.text[start:end]
        and (high_v <= 2100 or high_v < 100)
        and read_year_shaped(scan.text, start, end2, scan.sentence_of(start)[0]).kind != COUNT
        and not counted_noun_after(scan.text, end2)  # "between 1500 and 2000 tickets"
    )


def _age(scan, start, end, unit, dim):
    """(end, unit, dimension, role): "aged 18 to 25", "five to seven years old"."""
    text = scan.text
    if unit is None:
        yo = P.YEAR_OLD.match(text, end)
        if yo:
            return yo.end(), "year", "time", "age"
        if P.AGE_BEFORE.search(scan.ctx.left(start, 16)) or P.AGE_RANGE_BEFORE.search(
            scan.ctx.left(start, 24)
        ):
            return end, "year", "time", "age"
    elif unit == "year":
        o = _OLD_AFTER.match(text, end)
        if o:
            return o.end(), unit, dim, "age"
        if P.AGE_RANGE_BEFORE.search(scan.ctx.left(start, 24)):
            return end, unit, dim, "age"  # "ranging in age from 4 to 11 years"
    return end, unit, dim, None


def _emit(scan, start, end, sep, low_v, high_v, unit, dim, role) -> int:
    q, qword = scan.ctx.qualifier(start, end)
    extra = {"range": sep if sep not in ("–", "—", "~") else "-"}
    if qword:
        extra["qualifier_text"] = qword
    if sep == "or":
        q = "approximate"
    bw = _BETWEEN_BARE.search(scan.ctx.left(start, 10))
    scan.emit(
        start,
        end,
        value=None,
        low=tidy(low_v),
        high=tidy(high_v),
        unit=unit,
        dimension=dim,
        noun=scan.ctx.noun(end, None) if unit is None else None,
        qualifier=q,
        change=scan.ctx.change(start - (bw.end() - bw.start() if bw else 0), end),
        role=role,
        extra=extra,
    )
    return end


_TWO = next(word for word, n in UNITS_WORDS.items() if n == 2)
_OR_TWO = re.compile(rf"(?i:\b(?P<a>an?)\s+(?P<noun>[a-z][a-z'’-]*)\s+or\s+(?P<n>{_TWO})\b)")
"""A DAY OR TWO, A DRINK OR TWO: one or two of a thing, in the idiom's words."""


def one_or_two(text: str, quantities: list[Mention]) -> list[Mention]:
    """``quantities`` with each "a day or two", "a drink or two" read as one vague range.

    The idiom says "one or two days": not "a day" and a bare "two". Only where the
    "two" counts nothing of its own ("a penalty or two free kicks" counts kicks) and
    the words before "or" are a thing or one unit ("a day" read as one day). A thing
    ("a drink or two") is marked ``extra["idiom"]``: it says "a few" and states no
    count, as "a couple of drinks" does; a unit ("a day or two") is a span like
    "one or two days".
    """
    if f"or {_TWO}" not in text.lower():
        return quantities  # most texts: no scan
    by_start = {m.start: m for m in quantities}
    gone: set[int] = set()
    merged: list[Mention] = []
    for found in _OR_TWO.finditer(text):
        two = by_start.get(found.start("n"))
        if two is None or two.noun or two.unit or two.end != found.end("n"):
            continue
        first = by_start.get(found.start("a"))
        if first is not None and (first.end != found.end("noun") or first.value != 1):
            continue
        if first is None and found.start("noun") in by_start:
            continue
        word = found.group("noun").lower()
        unit, dimension = (
            (first.unit, first.dimension)
            if first is not None
            else lexicon.unit_table()[0].get(word, (None, "count"))
        )
        range_ = Mention(
            kind="quantity",
            text=text[found.start() : found.end()],
            start=found.start(),
            end=found.end(),
            value=None,
            low=Decimal(1),
            high=Decimal(2),
            unit=unit,
            dimension=dimension,
            noun=None if unit else word,
            qualifier="approximate",
            # "a drink or two" says "a few", no count; "a day or two" is a span of one or two
            extra={"range": "or", "idiom": True} if unit is None else {"range": "or"},
        )
        range_.id = two.id
        gone.update(id(m) for m in (first, two) if m is not None)
        merged.append(range_)
    if not merged:
        return quantities
    kept = [m for m in quantities if id(m) not in gone]
    return sorted(kept + merged, key=lambda m: (m.start, m.end))
