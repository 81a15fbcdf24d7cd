"""The tail every figure shares once its number, currency and unit are read.

``finish`` takes a number read by ``digitforms`` or ``wordforms`` and reads, in
order, each step a small function over one ``_Figure`` record: a range it opens
("20-30%", "between 20 and 30", "13 or 14"; ``ranges.read_range``), what a bare
number is (a year, an identifier, an age, a count of some noun;
``arbiter.read_number``), an age after a unit ("five years old"), the noun a
hyphenated measure modifies ("a 10-day trip"), a temperature whose scale is not
written ("temperatures of 30 degrees"), and the qualifier's bounds ("more than
20" -> low 20). Then it emits the mention.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import factcheck.extract.lexicon as lexicon
import factcheck.extract.patterns as P
import factcheck.lang as lang
from factcheck.extract.arbiter import COUNT, read_number
from factcheck.extract.numbers import tidy
from factcheck.extract.ranges import opens_range, read_range, vote_tally
from factcheck.extract.vocabulary import NOUN_STOPWORDS

_UNITS_OF_AGE = ("year", "month", "week", "day")
_MEASURE_ADJECTIVE = re.compile(rf"-(?:{lang.alternation('nouns.measure_adjectives')})\b")
_NOT_A_NOUN_AFTER_HYPHEN = frozenset(lang.words("nouns.not_nouns_after_hyphen"))  # "20-odd"
_OVER = frozenset(w for w in P.QUALIFIERS_BEFORE if w.split()[-1] == "over")
"""The qualifiers that end in "over" ("over", "just over", "well over"): before a
duration, one may say when rather than how much."""


@dataclass
class _Figure:
    """What ``finish`` has read so far about one figure."""

    start: int
    end: int
    value: Decimal | None
    unit: str | None
    dimension: str | None
    core_start: int
    core_end: int
    qualifier: str = "exact"
    qword: str | None = None
    role: str | None = None
    noun: str | None = None
    reading: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def intval(self) -> int | None:
        """The value as an int when it is a whole number."""
        v = self.value
        if isinstance(v, Decimal) and v == v.to_integral_value():
            return int(v)
        return None


def finish(
    scan,
    start: int,
    end: int,
    *,
    value,
    unit,
    dimension,
    decimals,
    sig,
    scale,
    core,
    digits,
    extra=None,
    reading=None,
) -> int | None:
    """Emit the figure text[start:end] ("£20m", "5,500-mile", "1,500") with what its
    neighbours say; return where scanning goes on. ``reading``: how the caller read
    a number that could be something else (``Mention.reading``)."""
    fig = _Figure(start, end, value, unit, dimension, *core, extra=dict(extra or {}))
    fig.reading = reading
    fig.qualifier, fig.qword = scan.ctx.qualifier(start, end)
    prefix = fig.extra.pop("hyphen_prefix", None)
    if prefix:  # "sub-5 nanometer": at most 5
        fig.qualifier, fig.qword = P.HYPHEN_PREFIXES[prefix], prefix + "-"
    if digits and unit is None:
        tally = vote_tally(scan, start, end, value, unit)  # "by 330 votes to 242"
        if tally is not None:
            return tally
    rng = opens_range(scan, start, end)
    if rng:
        subunit = fig.extra.get("subunit")
        r = read_range(scan, start, end, rng, value, unit, dimension, scale, digits, subunit)
        if r is not None:
            return r
        if rng.group("sep") == "-to-":
            return rng.end()  # "a 9-to-5 job", "won 3-to-1": an idiom or a score, no figure
    if unit is None and scan.text.startswith("-", fig.end):
        hc = lexicon.hyphen_currency_regex().match(scan.text, fig.end)
        if hc:  # "a five-dollar bill", "a one-yen bid": money
            unit = fig.unit = lexicon.currency_by_word(hc.group("word").replace("-", " "))
            fig.dimension, fig.end = "currency", hc.end()
    if unit is None and not _read_bare(scan, fig, digits):
        return fig.end
    _age_after_unit(scan.text, fig)
    _measure_adjective(scan.text, fig)
    _noun_after_compound(scan.text, fig)
    _temperature_scale(scan, fig)
    _below_zero(scan, fig)
    _adjust_qualifier(scan, fig)
    low = fig.value if fig.qualifier == "at_least" else None
    high = fig.value if fig.qualifier == "at_most" else None
    if fig.qword:
        fig.extra["qualifier_text"] = fig.qword
    mention = scan.emit(
        fig.start,
        fig.end,
        value=tidy(fig.value) if fig.value is not None else None,
        low=tidy(low) if low is not None else None,
        high=tidy(high) if high is not None else None,
        unit=fig.unit,
        dimension=fig.dimension,
        noun=fig.noun,
        qualifier=fig.qualifier,
        change=scan.ctx.change(fig.start, fig.end),
        role=fig.role,
        decimals=decimals,
        sig_figs=sig,
        reading=fig.reading,
        extra=fig.extra,
    )
    return fig.end if mention else fig.core_end


def _read_bare(scan, fig: _Figure, digits: bool) -> bool:
    """A number with no unit: "67-year-old" (an age), "a 20-strong squad", "10-day"
    (the noun it modifies), a year or identifier (no figure: False), "aged 31",
    "Smith, 45," (ages), else a count of the noun after it ("143 people")."""
    text = scan.text
    yo = P.YEAR_OLD.match(text, fig.end)
    if yo:
        fig.role, fig.unit, fig.dimension, fig.end = "age", "year", "time", yo.end()
    else:
        _hyphen_noun(text, fig)
    intval = fig.intval
    cue_read = False
    if digits and intval is not None and fig.role is None:
        sent_start = scan.sentence_of(fig.start)[0]
        reading = read_number(text, fig.core_start, fig.core_end, sent_start)
        if reading.kind != COUNT:
            return False  # a year (the date scanner's), an identifier, or no figure
        cue_read = True  # a count: the arbiter found no identifier cue
        if reading.evidence != "not year-shaped":
            fig.reading = reading.kind
            fig.extra["reading"] = reading.note()
    if fig.role is None and _rating(scan, fig):
        return True
    if (
        fig.role is None
        and digits
        and intval is not None
        and 0 < intval < 125
        and scan.ctx.bare_name_age(fig.start, fig.end)
    ):
        fig.role, fig.unit, fig.dimension = "age", "year", "time"  # "Smith 45 was arrested"
        return True
    ranked = scan.ctx.ranked(fig.start, fig.core_end)
    if (
        fig.role is None
        and not ranked  # "the No. 3 seed" ranks a player; "No 10" names a house
        # "Mix 1⁄4 of a cup": no name is a fraction, but a road's number may be ("Jalan 3/4")
        and ("fraction" not in fig.extra or scan.ctx.identifier_noun_before(fig.start))
        and scan.ctx.is_identifier(fig.start, fig.core_start, fig.core_end, cue_read)
    ):
        return False
    if ranked:
        fig.role, fig.dimension = "ordinal", "ordinal"  # "world number five", "No. 3 seed"
    if _reads_as_age(scan, fig, digits):
        fig.role, fig.unit, fig.dimension = "age", "year", "time"
    if fig.noun is None and fig.role is None:
        fig.noun = scan.ctx.noun(
            fig.end, 1 if intval == 1 else intval if intval is not None else fig.value
        )
    return True


def _rating(scan, fig: _Figure) -> bool:
    """ "a category 4 hurricane", "tier two restrictions": a rating on a scale (role
    ``rating``), so that "category two" -> "category three" is a conflict, not a count."""
    if fig.intval is None or not 0 <= fig.intval <= 10:
        return False
    left = scan.ctx.left(fig.start, 16)
    r = P.RATING_ENDS.may_end(left) and P.RATING_BEFORE.search(left)
    if not r or not (r.group("alone") or P.RATED_AFTER.match(scan.text, fig.end)):
        return False
    scale = r.group("alone") or r.group("scale")
    fig.role, fig.dimension, fig.noun = "rating", "rating", " ".join(scale.lower().split())
    fig.start -= len(r.group())  # the span reads "category 4"
    return True


def _reads_as_age(scan, fig: _Figure, digits: bool) -> bool:
    """ "aged 31", "Morgan Smith, 45,", "Tom Aro (33), of Leeds": an age in years (0 to 124)."""
    intval = fig.intval
    if fig.role is not None or intval is None or not 0 < intval < 125:
        return False
    left = scan.ctx.left(fig.start, 40)
    if (
        P.AGE_LIST_MIDDLE_ENDS.may_end(left)
        and P.AGE_LIST_MIDDLE_BEFORE.search(left)
        and P.AGE_LIST_GOES_ON.match(scan.text, fig.end)
    ):
        return True  # "aged 14, 15 and 16": the middle of a list of ages
    return bool(P.AGE_ENDS.may_end(left) and P.AGE_BEFORE.search(left)) or (
        digits
        and (
            scan.ctx.name_comma_age(fig.start, fig.end) or scan.ctx.bracket_age(fig.start, fig.end)
        )
    )


def _hyphen_noun(text: str, fig: _Figure) -> None:
    """ "a 10-day trip" (noun "trip", modifier "day"), "20-odd" (no noun)."""
    hy = P.HYPHEN_WORD.match(text, fig.end)
    if not hy or hy.group("w").lower() in P.SOFT_HYPHEN_COMPOUND or hy.group("w")[0].isupper():
        return
    fig.end = hy.end()
    noun = hy.group("w").split("-")[0]
    if noun.lower() in _NOT_A_NOUN_AFTER_HYPHEN:
        return
    nxt = P.WORD_AFTER.match(text, fig.end)
    noun_after = nxt.group("w") if nxt and nxt.group("w").lower() not in NOUN_STOPWORDS else None
    fig.extra["modifier"] = noun
    fig.noun = noun_after or noun


def _age_after_unit(text: str, fig: _Figure) -> None:
    """ "five years old", "65-year-olds", "18 months of age": an age."""
    if fig.unit in _UNITS_OF_AGE and fig.role is None:
        o = P.OLD_AFTER_UNIT.match(text, fig.end)
        if o:
            fig.role, fig.end = "age", o.end()


def _measure_adjective(text: str, fig: _Figure) -> None:
    """ "a 5,500-mile-long border": the adjective belongs to the measure."""
    if fig.role is not None or not fig.unit or fig.dimension == "currency":
        return
    if text[fig.end : fig.end + 1] == "-" and P.WORD_AFTER.match(text, fig.end) is None:
        hy = _MEASURE_ADJECTIVE.match(text, fig.end)
        if hy:
            fig.end = hy.end()


def _noun_after_compound(text: str, fig: _Figure) -> None:
    """ "a 10-day trip", "5,500-mile border": the noun the hyphenated measure modifies."""
    if (
        fig.role is None
        and fig.unit
        and fig.dimension != "currency"
        and re.match(r"\s+[a-z]", text[fig.end : fig.end + 2])
        and "-" in text[fig.core_end : fig.end]
    ):
        nxt = P.WORD_AFTER.match(text, fig.end)
        if nxt and nxt.group("w").lower() not in NOUN_STOPWORDS:
            fig.noun = nxt.group("w")


def _temperature_scale(scan, fig: _Figure) -> None:
    """ "temperatures of 30 degrees": a temperature whose scale is not written; it is
    inferred (air above 56 degrees is Fahrenheit) and flagged ``scale_inferred``."""
    if fig.unit == "degree" and scan.sentence_has(P.TEMPERATURE_CUE, fig.start):
        fig.unit = "degree Fahrenheit" if fig.value > 56 else "degree Celsius"
        fig.dimension = "temperature"
        fig.extra["scale_inferred"] = True


_BELOW = re.compile(
    rf"(?i:[ \t]+(?:(?P<zero>{lang.alternation('temperature.below_zero')})"
    rf"|{lang.alternation('temperature.below_freezing')})\b)"
)
_FREEZING = {"degree Celsius": 0, "degree Fahrenheit": 32}


def _below_zero(scan, fig: _Figure) -> None:
    """ "five degrees below freezing", "ten below zero": a temperature under the zero or
    the freezing point of its scale (-5 C; a bare number before "below zero" is Celsius,
    ``scale_inferred``); "below zero" is then part of the figure."""
    below = _BELOW.match(scan.text, fig.end) if fig.value is not None and fig.value > 0 else None
    if below is None:
        return
    if fig.dimension != "temperature":
        if fig.unit is not None or fig.role is not None or not below.group("zero"):
            return
        fig.unit, fig.dimension, fig.noun = "degree Celsius", "temperature", None
        fig.extra["scale_inferred"] = True
    point = 0 if below.group("zero") else _FREEZING.get(fig.unit)
    if point is None:
        return
    fig.value = point - fig.value
    fig.end = below.end()


def over_says_when(ctx, qword: str | None, start: int, end: int) -> bool:
    """Whether ``qword`` before the duration at ``start:end`` is an "over" that says
    when, not how long: "rose 9% over three years", "Over a decade, costs doubled"."""
    return qword in _OVER and ctx.over_means_during(start, end)


def _adjust_qualifier(scan, fig: _Figure) -> None:
    """ "rose 9% over three years" says when, not a bound; "a blast near three
    schools" says where."""
    if (
        fig.qualifier == "at_least"
        and fig.dimension == "time"
        and fig.role is None
        and over_says_when(scan.ctx, fig.qword, fig.start, fig.end)
    ):
        fig.qualifier, fig.qword = "exact", None
    if fig.qword == "near" and fig.noun is not None:
        fig.qualifier, fig.qword = "exact", None
