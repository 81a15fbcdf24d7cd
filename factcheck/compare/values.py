"""Whether two mentions state the same value, and if not, how they differ.

``relate(old, new)`` answers with one word (a ``Relation.kind``):

- ``same``: the same value, qualifier and precision, whatever the format
  ("two"/"2", "£20m"/"£20 million", "13 August"/"August 13").
- ``rounded``: NEW is OLD rounded to NEW's precision ("5,525"/"about 5,500"),
  or a bound that rounds OLD and holds for it ("42.65%"/"just under 43%",
  "£330,135"/"more than £330,000").
- ``converted``: NEW is OLD in another unit, to NEW's precision ("180 metres"/"590 feet").
- ``qualifier``: the same number, but "about", "more than", "early" ... changed.
- ``vaguer`` / ``sharper``: NEW says less (or more) than OLD ("six"/"several",
  "December 2015"/"2015").
- ``direction``: "rose 5%" / "fell 5%".
- ``unit``: a unit changed without a correct conversion ("£20" / "$20").
- ``different``: another value.
- ``incomparable``: not the same kind of figure at all (a date and a length):
  such a pair is never aligned.

The first three are values an editor accepts; the others are conflicts when
the aligner decides the two mentions state the same fact.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
import math
import re
from dataclasses import dataclass

import factcheck.lang as lang
from factcheck.extract.datenorm import NUMBER_WORDS as _NUMBER_WORDS
from factcheck.extract.datenorm import date_norm
from factcheck.extract.datenorm import norm_text as _norm_text
from factcheck.extract.implied import is_implied
from factcheck.extract.screen import Endings
from factcheck.mention import Mention
from factcheck.units import convert, same_dimension

ACCEPTED = ("same", "rounded", "converted")
"""Relations that make an aligned pair a match."""

BORDERLINE_WORDS = frozenset(lang.words("compare.borderline_words"))
"""Vague words that may be listed but never decide a verdict (consistency.md)."""

_MONTH_NAMES = lang.words("calendar.months")
_SPAN_UNITS = frozenset(("second", "minute", "hour", "day", "week", "month", "year", "decade"))
_AGO = re.compile(r"\s+ago$", re.IGNORECASE)


@dataclass(frozen=True)
class Relation:
    kind: str
    detail: str = ""

    @property
    def accepted(self) -> bool:
        return self.kind in ACCEPTED


def _bare_one(m: Mention) -> bool:
    return re.findall(r"[a-z]+", m.text.lower()) == ["one"] and not _one_counted(m)


def _one_counted(m: Mention) -> bool:
    """ "drew one", "One climber was injured", "world number one": a "one" the
    extractor read as a count (``Mention.reading``) or a rank, compared like any
    figure."""
    if m.text.lower() != "one":
        return False
    return m.role == "ordinal" or m.reading == "count"


def _one_before_noun(one: Mention, other: Mention) -> bool:
    """ "one" before its counted noun ("one appearance") against another exact 1 ("once")."""
    return (
        _bare_one(one)
        and bool(one.noun)
        and not _bare_one(other)
        and not is_borderline(other)
        and other.value == 1
        and other.role is None
        and other.unit is None
    )


def is_borderline(m: Mention) -> bool:
    """A vague word ("several", "a few") rather than a figure."""
    if m.extra.get("vague") is True and m.value is None and m.low is None:
        return True
    if m.extra.get("idiom") is True:
        return True  # "a drink or two": a few, no count stated
    return not _one_counted(m) and _borderline_text(m.text)


@functools.lru_cache(maxsize=4096)
def _borderline_text(text: str) -> bool:
    words = re.findall(r"[a-z]+", text.lower())
    if words == ["one"]:
        return True  # "said one official", "one of them": a pronoun or article, not a count
    words = [w for w in words if w not in ("a", "an", "the", "of")]
    return bool(words) and words[0] in BORDERLINE_WORDS and not re.search(r"\d", text)


def is_vague(m: Mention) -> bool:
    """A magnitude rather than a number: "hundreds", "dozens", "several"."""
    if m.kind != "quantity":
        return False
    if is_borderline(m):
        return True
    return m.value is None and (m.low is not None or m.high is not None)


def step(m: Mention) -> float:
    """The rounding unit the figure is written to ("5,500" -> 100, "12.5" -> 0.1)."""
    v = m.value
    if v is None or v == 0 or not _finite(v):
        return 1.0
    if not m.sig_figs and m.unit and (last := _compound_last(m.text)):
        # "5ft 9ins" is 69 inches to the inch, not to the ten of its "5"
        return 10.0 ** -len(last.partition(".")[2])
    sig = m.sig_figs if m.sig_figs else _sig_figs_of(m.text)
    if sig is None and m.qualifier != "exact":
        # "almost half a million pounds": a hedged figure in words is as round as its lead
        sig = 1
    if sig is None:
        return 1.0
    exponent = math.floor(math.log10(abs(v))) - sig + 1
    return 10.0**exponent


MAX_ROUNDING = 0.1
"""A rounded or converted figure may be off by at most this fraction of itself:
trailing zeros are ambiguous, and "200 km" for 100 miles (161 km) is wrong
even though "200" could be read as one significant figure."""


HEDGED_SHARE = 0.05
"""How far (a share of itself) a hedged share in words ("nearly three-quarters") may be
from the percentage it restates: 72.5% is nearly three-quarters, not about two-thirds."""


def rounding_slack(m: Mention) -> float:
    """How far from the exact value ``m`` may be and still be a fair rounding of it."""
    return min(step(m) / 2, abs(m.value or 0) * MAX_ROUNDING)


def _finite(v: float) -> bool:
    """Whether ``v`` is a number floating point can work with (not inf, NaN, 10**400)."""
    try:
        return math.isfinite(v) and abs(v) < 1e300
    except OverflowError:
        return False


_COMPOUND = re.compile(r"\d[\d,.]*\s*[^\W\d_]+\.?\s+(\d+(?:\.\d+)?)\s*[^\W\d_]")


def _compound_last(text: str) -> str | None:
    """The last number of a measure in two units ("9" of "5ft 9ins"), or None."""
    found = _COMPOUND.search(text)
    return found.group(1) if found else None


def _sig_figs_of(text: str) -> int | None:
    m = re.search(r"\d[\d,]*(?:\.\d+)?", text)
    if not m:
        return None
    digits = m.group(0).replace(",", "")
    if "." in digits:
        whole, frac = digits.split(".")
        return len((whole + frac).lstrip("0")) or 1
    stripped = digits.lstrip("0")
    return len(stripped.rstrip("0")) or 1


def _close(a: float, b: float, tolerance: float) -> bool:
    return abs(a - b) <= tolerance + 1e-9 * max(abs(a), abs(b), 1.0)


def relate(
    old: Mention,
    new: Mention,
    *,
    rounding: str = "always",
    conversion_tolerance: float = 0.02,
    old_modifier: str = "",
    new_modifier: str = "",
) -> Relation:
    """How ``new`` states the value of ``old`` (see the module docstring).

    ``rounding`` is "always" (a coarser NEW figure that rounds OLD is fine),
    "approximate" (only when NEW says "about"/"some"/...), or "never".
    ``conversion_tolerance`` is the relative slack allowed on a converted
    figure beyond its own rounding (reporters convert loosely).
    """
    if old.extra.get("idiom") is True or new.extra.get("idiom") is True:
        # "a drink or two" states no count: it restates only itself
        same = _norm_text(old.text) == _norm_text(new.text)
        return Relation("same") if same else Relation("incomparable")
    near = _time_near(old, new)
    if near is not None:
        return near  # its words ("shortly after") are the side it says: no modifier change
    if old.kind == "quantity" and new.kind == "quantity":
        rel = _relate_quantities(old, new, rounding, conversion_tolerance)
    elif old.kind == new.kind:
        rel = _relate_dates(old, new)
    else:
        rel = _relate_year_and_number(old, new)
    if (rel.kind in ACCEPTED or rel.kind == "qualifier") and _modifiers_differ(
        old_modifier, new_modifier
    ):
        return Relation("qualifier", f"{old_modifier or 'none'} -> {new_modifier or 'none'}")
    return rel


def period_edge(text: str, m: Mention) -> str | None:
    """ "start" or "end" when the words before date ``m`` make it one edge of a
    period ("until 13 July", "since 2015"), else None."""
    found = _PERIOD_EDGE_BEFORE.search(text, max(0, m.start - 12), m.start)
    return _PERIOD_EDGES[found.group(1).lower()] if found and m.kind == "date" else None


def life_edge(text: str, m: Mention) -> str | None:
    """ "start" or "end" when the words before date ``m`` make it one end of a life
    ("born in 1868", "who died in 1941"), else None."""
    found = _LIFE_EDGE_BEFORE.search(text, max(0, m.start - 20), m.start)
    return _LIFE_EDGES[found.group(1).lower()] if found and m.kind == "date" else None


def bracketed_period(text: str, m: Mention) -> bool:
    """Whether date ``m`` is a period in brackets (a life's dates after a name:
    "Mary Holt (9 February 1868 – 30 November 1941)")."""
    return (
        m.kind == "date"
        and bool(m.iso)
        and m.iso.count("/") == 1
        and text[max(0, m.start - 3) : m.start].rstrip().endswith("(")
    )


def year_opening(old_text: str, old: Mention, new_text: str, new: Mention) -> Relation | None:
    """``same`` for "since January" / "since the start of the year" (either way).

    After "since" or "from" the opening of a year and its first month mark one
    day: the period they start is the same. Without such an edge "in January"
    / "early this year" stays ``vaguer``. The year must agree: both resolved to
    it, or the month unresolved and the year "this year"."""
    if old.kind != "date" or new.kind != "date":
        return None
    if period_edge(old_text, old) != "start" or period_edge(new_text, new) != "start":
        return None
    for month, year in ((old, new), (new, old)):
        if month.grain != "month" or year.grain != "year" or year.qualifier != "early":
            continue
        if month.qualifier not in (None, "exact"):
            continue
        if month.iso and year.iso and month.iso == f"{year.iso}-01":
            return Relation("same", "the first month is the opening of the year")
        timex = month.extra.get("timex")
        if (
            month.iso is None
            and timex == "XXXX-01"
            and year.iso is None
            and year.extra.get("norm") == "this year"
        ):
            return Relation("same", "the first month is the opening of the year")
    return None


def kept_edge(period: Mention, day: Mention, edge: str) -> Relation | None:
    """How ``day`` states the ``edge`` ("start" or "end") of the period OLD gives.

    "from 21 June to 13 July" -> "which run until 13 July": NEW keeps the end
    and leaves the start out, as a summary does (``same``); the dates must be
    equal (a resolved one by its ``iso``, an unresolved one by its words).
    "until June 2018" for a period ending 20 June 2018 is ``vaguer``. None
    when ``day`` is not that edge.
    """
    ends = period_ends(period)
    if ends is None or (day.iso and "/" in day.iso):
        return None
    want_iso, want_words = ends[edge == "end"]
    if want_iso is not None and day.iso:
        if want_iso == day.iso:
            return Relation("same", f"the {edge} of the period")
        if want_iso.startswith(day.iso):
            return Relation("vaguer", f"{EDGE_KEPT.format(edge=edge)}: {period.text} -> {day.text}")
        return None
    if want_words is not None and want_words == date_words(day):
        return Relation("same", f"the {edge} of the period")
    return None


def period_ends(m: Mention) -> tuple[tuple[str | None, str | None], ...] | None:
    """((start iso, start words), (end iso, end words)) of a period, or None.

    The words are the date's normalised ones split at the period's dash
    ("june 21-july 13"; "june 16-23" is the 16th to the 23rd of June)."""
    words = date_words(m)
    parts = words.split("-") if words.count("-") == 1 else None
    if parts and parts[1].isdigit():
        parts[1] = f"{parts[0].split()[0]} {parts[1]}"  # "june 16-23": the 23rd of June
    isos = m.iso.split("/") if m.iso and m.iso.count("/") == 1 else None
    if parts is None and isos is None:
        return None
    return tuple((isos[k] if isos else None, parts[k] if parts else None) for k in (0, 1))


def _modifiers_differ(old: str, new: str) -> bool:
    """Whether two dates' narrowing words differ ("this month" / "early this month").

    An edge of a period ("before 1999", "post-2016") against no edge is no
    change: a rewrite moves the edge onto the event ("a couple of years after
    2011" / "after my 2011 win"), and the year stays the year. Only the other
    edge is ("before 1999" / "after 1999").
    """
    if old == new:
        return False
    return not ("" in (old, new) and (old or new) in _EDGES)


_GAP_EDGE = re.compile(
    rf"\s+(?P<edge>(?i:{lang.alternation([*lang.words('dates.event_edges'), *lang.table('dates.relative_edges')])}))\b"
)
"""After a span of time: the word that counts it from an event or the date told before."""
_EDGE_WAYS: dict[str, str] = lang.table("dates.relative_edges")
"""An edge word -> the way it counts: "after" on ("later"), "before" back ("earlier")."""
_EVENT_DATED = {"later": "last", "earlier": "next"}
"""A span counted on from an event dates the event "last <unit>"; one counted back, "next"."""


def gap_as_date(old_text: str, old: Mention, new_text: str, new: Mention) -> Relation | None:
    """``same`` for a span counted from an event in one version and the date it gives in
    the other: "a week after the crash" / "the following week", "the week after the
    vote", "a week later"; "a day after his arrest" / "the next day".

    The span is a quantity ("a week"), the edge word after it ("after", "before",
    "later") says which way it counts; with the edge its words are a relative date's
    (``extract/datenorm``: "1 week after" is "following week"), and the other version's
    date must have those words. None for any other pair."""
    if old.kind == new.kind or "quantity" not in (old.kind, new.kind):
        return None
    (span, span_text), date = (
        ((old, old_text), new) if old.kind == "quantity" else ((new, new_text), old)
    )
    if date.kind != "date" or not date.extra.get("relative") or span.unit not in _SPAN_UNITS:
        return None
    if span.role == "age" or span.low is not None:
        return None
    edge = _GAP_EDGE.match(span_text, span.end)
    if edge is None:
        return None
    said = date_words(date)
    if date_norm(f"{span.text} {edge.group('edge')}") == said:
        return Relation("same", "the span from an event, as the date it gives")
    way = _EDGE_WAYS.get(edge.group("edge").lower())
    if span.value == 1 and way and said == f"{_EVENT_DATED[way]} {span.unit}":
        # "won a week after Kruse was attacked" / "Kruse was attacked last week": the same
        # gap told from the other end, the event dated from the day of the telling
        return Relation("same", "the span from an event, as the date of the event")
    return None


def _relate_year_and_number(old: Mention, new: Mention) -> Relation:
    """A date in one version and a number in the other: a year, or a span of time.

    "2000" may be read as a year in one text and a number in the other; "two
    weeks ago" (a date) states the same span as "two weeks prior" (a quantity).
    """
    date, quantity = (old, new) if old.kind != "quantity" else (new, old)
    if quantity.kind == "quantity" and quantity.unit in _SPAN_UNITS and quantity.role != "age":
        # the span's own words ("two weeks"), never a bare number: the "15" of
        # "Mr Ray, 15," is an age, not the day of "15 May 2016"
        # "a week ago" reads "last week"; its span is the words before "ago"
        span, ago = _norm_text(quantity.text), _AGO.sub("", date.text)
        if re.search(r"[a-z]", span) and (
            re.search(r"(?:^| )" + re.escape(span) + r"(?: |$)", _norm_text(date.text))
            or (ago != date.text and _norm_text(ago) == span)
        ):
            return Relation("same")
    years = []
    for m in (old, new):
        if m.kind == "date" and m.grain == "year" and m.iso and m.iso[:4].isdigit():
            years.append(int(m.iso[:4]))
        elif m.kind == "quantity" and m.unit is None and m.value is not None:
            years.append(m.value)
        else:
            return Relation("incomparable")
    return Relation("same") if years[0] == years[1] else Relation("incomparable")


def _relate_quantities(old: Mention, new: Mention, rounding: str, tol: float) -> Relation:
    if (is_implied(old) or is_implied(new)) and (is_vague(old) or is_vague(new)):
        return Relation("incomparable")  # "both" is no sharper "tens of thousands"
    if _fraction_counts(old, new) or _fraction_counts(new, old):
        return Relation("same", COUNTED_FRACTION)  # "in three quarters" / "in 3 quarters"
    if {old.dimension, new.dimension} == {"fraction", "percentage"}:
        return _relate_share(old, new)
    kept = _range_kept(old, new, tol)
    if kept is not None:
        return kept
    if old.unit != new.unit and old.unit and new.unit:
        if not same_dimension(old.unit, new.unit):
            if old.dimension and old.dimension == new.dimension:
                return Relation("unit", f"{old.unit} -> {new.unit}")
            return Relation("incomparable")
    elif (old.unit is None) != (new.unit is None):
        # "12%" and "12": one version lost or gained the unit; only equal numbers relate,
        # or a hedged bare NEW number that rounds OLD ("19.7 years" / "women nearly 20")
        unequal = old.value is None or old.value != new.value
        if (
            unequal
            and old.dimension
            and new.dimension
            and old.dimension != new.dimension
            and not _elliptic(old, new)
        ):
            return Relation("incomparable")
    if _birthday(old) or _birthday(new):
        pass  # "turned 18" / "his 18th birthday": an age either way
    elif (old.role == "ordinal") != (new.role == "ordinal"):
        return Relation("incomparable")  # "fourth place" / "four women", "first" / "a year"
    elif not (old.unit or new.unit) and old.dimension and new.dimension:
        kinds = {old.dimension, new.dimension}
        if len(kinds) > 1 and (
            "ordinal" in kinds or not (old.value is not None and old.value == new.value)
        ):
            return Relation("incomparable")  # "10th" / "15-8", "fourth place" / "four women"
    if old.change and new.change and old.change != new.change:
        return Relation("direction", f"{old.change} -> {new.change}")
    if is_vague(old) or is_vague(new):
        return _relate_vague(old, new)
    if old.value is None or new.value is None:
        if _norm_text(old.text) == _norm_text(new.text) or _reversed_score(old, new):
            return _with_qualifier(old, new, Relation("same"))
        return Relation("different")
    if not (_finite(old.value) and _finite(new.value)):
        # beyond floating point (a 400-digit "number"): only equality is meaningful
        return _with_qualifier(
            old, new, Relation("same" if old.value == new.value else "different")
        )
    if _ranges_differ(old, new):
        return Relation("different", "range")
    if old.unit and new.unit and old.unit != new.unit and not _one_family(old.unit, new.unit):
        converted = convert(old.value, old.unit, new.unit)
        if converted is None:
            return Relation("unit", f"{old.unit} -> {new.unit}")
        slack = rounding_slack(new)
        if not exact_factor(old.unit, new.unit):
            slack = max(slack, abs(new.value) * tol)  # "5 miles" / "8km": converted loosely
        if _close(converted, new.value, slack):
            return _with_qualifier(old, new, Relation("converted"), rounding_ok=True)
        if rounding != "never" and _bound_in_coarser_unit(old, new, converted):
            return Relation("rounded", "a bound that holds, in a coarser unit")
        return Relation("different", "conversion")
    if old.value == new.value:
        return _with_qualifier(old, new, Relation("same"))
    if rounding != "never" and _rounding_bound(old, new):
        return Relation("rounded", "a bound that holds")
    if (
        rounding != "never"
        and step(new) > step(old)
        and (_close(old.value, new.value, rounding_slack(new)) or _truncated(old, new))
    ):
        approx = new.qualifier == "approximate"
        if rounding == "always" or approx:
            return _with_qualifier(old, new, Relation("rounded"), rounding_ok=True)
    return Relation("different")


_UNIT_FAMILIES: dict[str, list[str]] = lang.table("compare.unit_families")
_FAMILY = frozenset(
    frozenset((general, kind)) for general, kinds in _UNIT_FAMILIES.items() for kind in kinds
)


def _one_family(a: str, b: str) -> bool:
    """Whether one unit names the other without its kind ("1,250 tons" for "1,250 long
    tons", ``compare.unit_families``): the same number is the same figure, its kind
    left unsaid, not a conversion to the general unit's own size."""
    return frozenset((a, b)) in _FAMILY


COUNTED_FRACTION = "counted"
"""The detail of a fraction's words that count what the other version counts: their
frames differ (a share, a period) only because the extractor read them as a share."""


@functools.lru_cache(maxsize=256)
def exact_factor(a: str, b: str) -> bool:
    """Whether one unit is a whole number of the other (an hour is 60 minutes, a kilometre
    1,000 metres, a foot 12 inches): such a conversion is exact, so NEW's figure may
    differ only by its own rounding, not by ``conversion_tolerance`` ("182 minutes" is
    not three hours, nor "three hours 12 minutes"). A mile in kilometres, a month in
    weeks are not whole, and reporters convert them loosely."""
    factor = convert(1.0, a, b)
    if not factor:
        return False
    return any(f >= 1 and abs(f - round(f)) < 1e-9 for f in (factor, 1 / factor))


def _rounding_bound(old: Mention, new: Mention) -> bool:
    """ "just under 43%" for 42.65%, "more than £330,000" for £330,135: NEW rounds an
    exact OLD figure to a coarser one and says on which side OLD lies, truly.

    A summary writes figures so; the claim is OLD's, only less precise. The bound
    must hold ("more than 3,000" for 2,996 is false: a conflict) and lie within
    one step of NEW's precision (a bound far off says something else).
    """
    if old.qualifier != "exact" or new.qualifier not in ("at_least", "at_most"):
        return False
    if old.value is None or new.value is None or step(new) <= step(old):
        return False
    holds = old.value > new.value if new.qualifier == "at_least" else old.value < new.value
    gap = abs(old.value - new.value)
    return holds and gap < min(step(new), abs(new.value) * MAX_ROUNDING)


def _bound_in_coarser_unit(old: Mention, new: Mention, converted: float) -> bool:
    """ "more than a year" for "15 months", "under two hours" for "100 minutes": NEW
    counts OLD's exact span in a coarser unit and says truly on which side it lies,
    by less than one of NEW's units ("more than a year" for 30 months says too little)."""
    if old.qualifier != "exact" or new.qualifier not in ("at_least", "at_most"):
        return False
    if old.value is None or new.value is None or abs(converted) >= abs(old.value):
        return False
    holds = converted > new.value if new.qualifier == "at_least" else converted < new.value
    return holds and abs(converted - new.value) < 1


def _elliptic(old: Mention, new: Mention) -> bool:
    """ "men a further 17.4 years and women 19.7 years" / "men about 17 more years and
    women nearly 20": NEW leaves the unit to the sentence and hedges the figure.

    Only a NEW figure with no unit, no counted noun and an "about"-like word,
    against an OLD one with a unit: a bare count of something else has a noun.
    """
    return (
        old.unit is not None
        and new.unit is None
        and not new.noun
        and new.qualifier == "approximate"
        and new.dimension in (None, "count")
    )


def _fraction_counts(fraction: Mention, count: Mention) -> bool:
    """ "three quarters" read as the fraction 3/4 where the other version counts 3 quarters.

    "the first rise in three quarters" / "in 3 quarters": the extractor reads
    the words as a share, the digits as a count of the noun; the words are the
    same count when the noun is the fraction's own word.
    """
    if fraction.dimension != "fraction" or count.dimension == "fraction" or not count.noun:
        return False
    words = fraction.text.lower().split()
    if len(words) != 2 or words[1] != count.noun.lower():
        return False
    n = _NUMBER_WORDS.get(words[0]) if not words[0].isdigit() else int(words[0])
    return n is not None and n == count.value


_SCORE = re.compile(r"^(\d+)\s*[-–]\s*(\d+)$")


def _relate_share(old: Mention, new: Mention) -> Relation:
    """ "half" / "50%", "a third" / "33%": a fraction and a percentage of the same share."""
    if old.value is None or new.value is None:
        return Relation("incomparable")
    fraction, percent = (old, new) if old.dimension == "fraction" else (new, old)
    as_percent = fraction.value * 100
    slack = max(rounding_slack(percent), 0.5)
    if fraction.qualifier not in (None, "exact"):
        # "nearly three-quarters" for 72.5%, "nearly a fifth" for 19.2%: a hedged share in
        # words holds within HEDGED_SHARE of itself ("about two-thirds" is not 72.5%)
        slack = max(slack, as_percent * HEDGED_SHARE)
    if _close(as_percent, percent.value, slack):
        return _with_qualifier(old, new, Relation("converted"), rounding_ok=True)
    return Relation("different")


def _reversed_score(old: Mention, new: Mention) -> bool:
    """ "QPR 0-6 Newcastle" / "Newcastle's 6-0 win over QPR": the teams swapped places.

    The aligner cannot tell which team a score puts first, and rewrites
    reorder them far more often than an edit reverses a result. A score a
    word implies ("a goalless draw", extract/implied.py) is the same score
    as the goals it stands for.
    """
    if "score" not in (old.role, new.role):
        return False
    if is_implied(old) or is_implied(new):  # "0-0" / "a goalless draw": the goals, either way
        a_goals, b_goals = old.extra.get("score"), new.extra.get("score")
        return bool(a_goals and b_goals) and sorted(a_goals) == sorted(b_goals)
    a, b = _SCORE.match(old.text.strip()), _SCORE.match(new.text.strip())
    return bool(a and b) and (a.group(1), a.group(2)) == (b.group(2), b.group(1))


def _truncated(old: Mention, new: Mention) -> bool:
    """ "£99,541" for "£99,541.98": the pence cut off rather than rounded."""
    if "." not in old.text or "." in new.text or old.value is None or new.value is None:
        return False
    return 0 <= abs(old.value) - abs(new.value) < step(new) and float(new.value).is_integer()


def _birthday(m: Mention) -> bool:
    return m.role == "ordinal" and (m.noun or "").lower().startswith("birthday")


def _range_kept(old: Mention, new: Mention, tol: float) -> Relation | None:
    """How NEW states an OLD range of values ("115–130 cm", "between 2,800 and 3,400"),
    or None when it does not or either is no range.

    A summary keeps a range by a hedged figure that says what the range says: its
    top after "up to" ("up to 130 cm"), its bottom after "at least", or its middle
    after "about" to NEW's precision ("roughly 3,000" for 2,800 to 3,400); or the
    range in another unit ("10 to 14 inches" for 25–35 cm). An unhedged figure
    picks one value of the range ("13" for "13 or 14"): not these.
    """
    if old.low is None or old.high is None or old.value is not None or old.low == old.high:
        return None
    # a unit one version leaves out ("540–720 g" / "up to 720"): an end, equal, decides
    converted = bool(old.unit and new.unit and old.unit != new.unit)
    low, high = old.low, old.high
    if converted:
        low, high = convert(low, old.unit, new.unit), convert(high, old.unit, new.unit)
        if low is None or high is None:
            return None
    if new.low is not None and new.high is not None and new.value is None:
        if not converted:
            return None
        ends = zip((low, high), (new.low, new.high))
        if all(_close(a, b, max(0.5 * step(new), abs(b) * tol)) for a, b in ends):
            return Relation("converted", "the range in another unit")
        return None
    if new.value is None or not _finite(new.value):
        return None
    kind = "converted" if converted else "rounded"
    slack = max(rounding_slack(new), abs(new.value) * tol) if converted else 0.0
    if new.qualifier == "at_most" and _close(high, new.value, slack):
        return Relation(kind, "the top of the range")
    if new.qualifier == "at_least" and _close(low, new.value, slack):
        return Relation(kind, "the bottom of the range")
    if (
        new.qualifier == "approximate"
        and (old.unit is None) == (new.unit is None)
        and low - slack <= new.value <= high + slack
        and _close((low + high) / 2, new.value, rounding_slack(new))
    ):
        # "about a month" for 31 to 34 days: the middle, to NEW's precision
        return Relation(kind, "about the middle of the range")
    return None


def _ranges_differ(old: Mention, new: Mention) -> bool:
    """ "13 or 14" against "13": the range is part of the value."""
    old_range = (old.low, old.high) if old.low is not None or old.high is not None else None
    new_range = (new.low, new.high) if new.low is not None or new.high is not None else None
    if old_range is None and new_range is None:
        return False
    if (old_range is None) != (new_range is None):
        low, high = old_range or new_range
        # "13 or 14" against "13"; an open bound ("up to 500") is a qualifier instead
        return low is not None and high is not None and low != high
    return old_range != new_range and old.unit == new.unit


def _with_qualifier(
    old: Mention, new: Mention, rel: Relation, rounding_ok: bool = False
) -> Relation:
    if old.qualifier == new.qualifier or _loose_bound(old, new) or _loose_bound(new, old):
        return rel
    if rounding_ok and old.qualifier == "exact" and new.qualifier == "approximate":
        # "5,525 miles" -> "about 5,500 miles": the "about" is the honest rounding
        return rel
    return Relation("qualifier", f"{old.qualifier} -> {new.qualifier}")


LOOSE_BOUNDS = frozenset(lang.words("compare.loose_bounds"))
"""Bounds a figure written without them states too ("within 24 hours" / "in 24 hours")."""


def _loose_bound(bounded: Mention, other: Mention) -> bool:
    """ "within 24 hours" against a figure without a qualifier: the same deadline."""
    word = bounded.extra.get("qualifier_text")
    return other.qualifier == "exact" and isinstance(word, str) and word.lower() in LOOSE_BOUNDS


def _relate_vague(old: Mention, new: Mention) -> Relation:
    if _bare_one(old) or _bare_one(new):
        # "one of the two accused": a pronoun, never the other side of a conflict; but
        # "one appearance" counts, and "played once" says it again
        if (
            _bare_one(old)
            and _bare_one(new)
            or _one_before_noun(old, new)
            or _one_before_noun(new, old)
        ):
            return Relation("same")
        return Relation("incomparable")
    if is_vague(old) and is_vague(new):
        if _norm_text(old.text) == _norm_text(new.text):
            return Relation("same")
        if (old.low, old.high) == (new.low, new.high) and old.low is not None:
            return Relation("same")
        return Relation("different", "vague")
    vague, exact = (new, old) if is_vague(new) else (old, new)
    if vague is old and _bound_holds_for_range(old, new):
        # "more than 40,000" for "41,000 to 46,000": a bound all of OLD's range keeps
        return Relation("vaguer", f"{RANGE_BOUNDED}: {old.text} -> {new.text}")
    if _outside(exact, vague):
        return Relation("different", "vague")  # "three young people" / "millions of people"
    if is_vague(new):
        return Relation("vaguer", f"{old.text} -> {new.text}")
    return Relation("sharper", f"{old.text} -> {new.text}")


RANGE_BOUNDED = "a bound the whole range keeps"
"""``Relation.detail``'s opening for NEW's bound that holds for all of OLD's range."""


def _bound_holds_for_range(old: Mention, new: Mention) -> bool:
    """OLD is a range of two figures and NEW a bound on one side that every figure of the
    range keeps: "more than 40,000" or "at least 41,000" for "41,000 to 46,000"."""
    if old.low is None or old.high is None or new.value is None or old.unit != new.unit:
        return False
    if new.qualifier == "at_least":
        return new.value < old.low or (
            new.value == old.low and new.extra.get("qualifier_text") != "more than"
        )
    if new.qualifier == "at_most":
        return new.value > old.high
    return False


def _outside(exact: Mention, vague: Mention) -> bool:
    """The exact figure lies outside the range a vague word spans ("three" / "millions")."""
    if exact.value is None or not _finite(exact.value):
        return False
    low, high = vague.low, vague.high
    return (low is not None and exact.value < low) or (high is not None and exact.value > high)


_YEARS_COUNTED = re.compile(r"\d{1,4} years? (?:later|after|ago|before|earlier)")
"""``extra["norm"]`` of a date counted in years from another ("two years later")."""


def _at_year(m: Mention) -> bool:
    """A date counted in years from a finer one ("November 1911 ... two years later"
    resolves to November 1913): it says the year only."""
    return bool(m.extra.get("relative")) and bool(
        _YEARS_COUNTED.fullmatch(m.extra.get("norm") or "")
    )


def _relate_dates(old: Mention, new: Mention) -> Relation:
    if old.iso and new.iso and "/" not in old.iso + new.iso:
        finer, year = (new, old) if _at_year(new) else (old, new) if _at_year(old) else (None, None)
        if finer and year and len(year.iso or "") == 4 and (finer.iso or "")[:4] == year.iso:
            # "two years later" from "November 1911" for OLD's "1913": the year it counts to
            return _with_qualifier(old, new, Relation("same", "a year counted on from a date"))
    days = _weekday(old), _weekday(new)
    if days[0] and days[1] and days[0] != days[1]:
        return Relation("different", "weekday")  # "Saturday, 13 May" / "Tuesday, 13 May"
    counted = old.extra.get("weekday_counted") or new.extra.get("weekday_counted")
    if counted and days[0] and days[0] == days[1] and not (old.iso and new.iso):
        # "on Monday ... on Sunday night" / "on Monday ... the night before"
        return _with_qualifier(old, new, Relation("same", "the day counted back or on"))
    zone = _relate_time_zones(old, new)
    if zone is not None:
        return zone
    a, b = date_words(old), date_words(new)
    bare_old, bare_new = _bare_season(old), _bare_season(new)
    if bare_old and bare_new:
        # "in the summer" / "in the summer": the same words, whatever tense each reads
        a, b = bare_old, bare_new
    elif _this_season(old, b) or _this_season(new, a):
        # "joined in the summer" -> "joined this summer": the one of this year
        return _with_qualifier(old, new, Relation("same", "the season reworded"))
    if a == b or sorted(a.split()) == sorted(b.split()):
        # "between 16 and 23 June" / "between June 16 and 23": the same words reordered
        return _with_qualifier(old, new, Relation("same"))
    if _same_yearless_day(old, new):
        # "17 June ... 18 June" / "17 June ... the next morning": the day counted on
        return _with_qualifier(old, new, Relation("same", "the day counted back or on"))
    if _vague_ago_within(a, b, new) or _vague_ago_within(b, a, old):
        # "earlier this year" / "just a few months ago": two vague dates that agree
        return Relation("same", "a vague span ago within the period")
    if in_season(old, new):
        # "the autumn of 1926" for 3 August to 28 October 1926
        return Relation("vaguer", f"{SEASON_KEPT}: {old.text} -> {new.text}")
    if not (old.iso and new.iso):
        # one version has no dateline to resolve "last month" against: words decide
        return _relate_date_words(old, new, a, b)
    if old.iso == new.iso:
        return _with_qualifier(old, new, Relation("same"))
    if _span_in_years(old.iso, new.iso):
        # "(3 May 1890 - 12 June 1961)" -> "(1890-1961)": a span given by its years
        return _with_qualifier(old, new, Relation("rounded", "the years of the dates"))
    if old.iso and new.iso:
        x, y = old.iso, new.iso
        if "X" in x and "X" not in y and y.endswith(x.lstrip("X-")):
            # "14 March" -> "March 14, 2019": a year the source does not give
            return Relation("sharper", f"{old.text} -> {new.text}")
        if x.endswith(y.lstrip("X-")) and "X" in y:
            return _with_qualifier(old, new, Relation("same"))
        if x.startswith(y) and len(y) < len(x):
            return Relation("vaguer", f"{old.text} -> {new.text}")
        if y.startswith(x) and len(x) < len(y):
            return Relation("sharper", f"{old.text} -> {new.text}")
    return Relation("different")


_VAGUE_WORDS = sorted(
    {re.sub(r"^a |\s+of$", "", w) for w in lang.table("numbers.vague_counts")}, key=len
)
_VAGUE_AGO = re.compile(rf"^(?:\d+ )?(?:{'|'.join(_VAGUE_WORDS)})(?: of)? (?P<unit>[a-z]+?)s? ago$")
"""A vague span ago in a date's words: "1 few months ago", "several weeks ago"."""
_AGO_WITHIN: dict[str, list[str]] = lang.table("compare.vague_ago_within")


def _vague_ago_within(ago_words: str, period_words: str, period: Mention) -> bool:
    """Whether a vague span ago lies within a period of this week, month or year
    (``compare.vague_ago_within``): "a few months ago" / "earlier this year", "several
    days ago" / "earlier this week". Both are vague; neither is a figure to flag
    (consistency.md). Not "a few years ago" / "earlier this year", nor against a
    part of the period that may not hold it ("late this year")."""
    ago = _VAGUE_AGO.match(ago_words)
    if ago is None or not period_words.startswith("this "):
        return False
    if period.qualifier not in (None, "exact", "earlier"):
        return False
    return period_words[len("this ") :] in _AGO_WITHIN.get(ago.group("unit"), ())


SEASON_KEPT = "the season of the date"
"""The detail of a season NEW gives for a date or period of OLD in it ("the autumn of
1926" for 3 August to 28 October 1926): vaguer, and a true loosening in a summary."""
_SEASON_ISO = re.compile(r"(\d{4})?-?(SP|SU|FA|WI)$")
_MONTH_ISO = re.compile(r"(\d{4})-(\d\d)(?:-\d\d)?$")
_SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 13, 14)}
"""The months of each season (northern, meteorological; winter's run on into the next
year as 13 and 14), as ``extract/calendar.py`` ends them."""


def in_season(old: Mention, new: Mention, year: int | None = None) -> bool:
    """Whether NEW's season of a year takes in some month of OLD's date or period:
    "autumn of 1926" for 3 August to 28 October 1926. A season of another year, or
    one the date does not reach ("the spring of 1926"), does not. A season NEW gives
    without a year ("the late summer and autumn of 1926") is of ``year``, if given."""
    season = _SEASON_ISO.match(new.iso or "") if new.kind == "date" else None
    if season is None and new.kind == "date" and not new.iso and year is not None:
        code = _SEASON_CODE.get(_bare_season(new) or "")
        season = _SEASON_ISO.match(f"{year:04d}-{code}") if code else None
    if season is None or not season.group(1) or old.kind != "date" or not old.iso:
        return False
    ends = [_MONTH_ISO.match(end) for end in old.iso.split("/")[:2]]
    if not all(ends):
        return False
    # months counted from year 0, so a period may run over the turn of a year
    first, last = (int(e.group(1)) * 12 + int(e.group(2)) - 1 for e in (ends[0], ends[-1]))
    y = int(season.group(1))
    return any(first <= y * 12 + month - 1 <= last for month in _SEASON_MONTHS[season.group(2)])


_SEASON_CODE: dict[str, str] = {
    **lang.table("calendar.seasons"),
    **{
        k: lang.table("calendar.seasons")[v]
        for k, v in lang.table("calendar.season_synonyms").items()
    },
}


def _bare_season(m: Mention) -> str | None:
    """The season word of a season written without a year, "last" or "next", else None."""
    if m.kind != "date" or m.grain != "season" or m.iso:
        return None
    word = m.extra.get("bare") or m.extra.get("norm")
    return word if word in _SEASON_NAMES else None


def _this_season(bare: Mention, other_words: str) -> bool:
    """A season read by its sentence's tense against "this" and the same season."""
    norm = bare.extra.get("norm")
    if not bare.extra.get("season_tense") or not isinstance(norm, str):
        return False
    return other_words == f"{_SEASON_WORD_OF_TENSE['present']} {norm.split()[-1]}"


def date_words(m: Mention) -> str:
    """A date's words in one spelling: the extractor's ``extra["norm"]``, computed
    here only for a mention built without it (by hand, in tests)."""
    norm = m.extra.get("norm")
    return norm if isinstance(norm, str) else date_norm(m.text)


_ZONE_NAMES: dict[str, str] = lang.table("compare.same_time_zones")
"""Time zone spellings that name one zone ("GMT" / "UTC"), -> one spelling."""


def with_conversion_qualifiers(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where a bracketed conversion takes its figure's qualifier.

    "fell some 40m (130ft)": "some" hedges both units, so a rewrite that writes
    "fell 130 feet" drops the qualifier as surely as "fell 40m" would. Only a
    conversion without a qualifier of its own takes one."""
    by_id = {m.id: m for m in mentions if m.id and m.relation == "conversion"}
    if not by_id:
        return mentions
    out = []
    for m in mentions:
        main = by_id.get(m.linked or "") if m.relation == "conversion" else None
        if (
            main is not None
            and main.start < m.start
            and m.qualifier == "exact"
            and main.qualifier not in (None, "exact")
        ):
            m = dataclasses.replace(m, qualifier=main.qualifier)
        out.append(m)
    return out


def with_implied_zones(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where a time without a zone takes the one zone of its sentence.

    "from 10:00 to 18:00 GMT instead of 10:00 to 22:00": the zone written once
    holds for every time of the sentence, so a rewrite that writes "22:00 GMT"
    adds nothing. A sentence with two zones lends none.
    """
    zones: dict[int, set[str]] = {}
    zoned_starts: set[int] = set()
    for m in mentions:
        if m.kind == "time" and _zone(m):
            zones.setdefault(m.sentence, set()).add(m.extra["tz"])
            zoned_starts.add(m.start)
    if not zones:
        return mentions
    out = []
    for m in mentions:
        lent = zones.get(m.sentence, ())
        # "09:12 (08:12 GMT)": the bracket converts a local time, it does not zone it
        converted = any(m.end + gap in zoned_starts for gap in range(1, 4))
        if m.kind == "time" and not _zone(m) and len(lent) == 1 and not converted:
            m = dataclasses.replace(m, extra={**m.extra, "tz_implied": next(iter(lent))})
        out.append(m)
    return out


_SEASON_NAMES = frozenset(
    (*lang.table("calendar.seasons"), *lang.table("calendar.season_synonyms"))
)
_SEASON_WORD_OF_TENSE = {tense: word for word, tense in lang.table("compare.season_tenses").items()}
"""The tense of a bare season's sentence -> the word that says it ("past" -> "last");
"present" -> "this", the season of this year, which either tense may mean."""


_BOUND_NOUNS: dict[str, str] = lang.table("qualifiers.bound_nouns")
_BOUND_NOUN = re.compile(
    rf"\b(?P<bound>(?i:{lang.alternation(list(_BOUND_NOUNS))}))(?:\s+[\w-]+){{0,2}}\s+"
    rf"(?i:{lang.alternation('qualifiers.bound_links')})\s+$"
)
_BOUND_NOUN_ENDS = Endings(lang.words("qualifiers.bound_links"))
"""What ``_BOUND_NOUN`` may end with: its screen."""


_BOUND_VERBS: dict[str, str] = lang.table("qualifiers.bound_verbs")
_BOUND_VERB = re.compile(rf"\b(?P<bound>(?i:{lang.alternation(list(_BOUND_VERBS))}))\s+$")


def with_bound_nouns(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` where an exact figure's noun phrase names its bound ("a minimum wage
    of £7.20", "the maximum fine is £500") or a verb right before it states a kind's
    maximum ("whose wingspan reaches 16cm") read as that bound, as "at least £7.20"
    and "up to £500" are: the same claim. Copies replace such mentions."""
    out = []
    for m in mentions:
        if m.kind == "quantity" and m.qualifier == "exact":
            window = max(0, m.start - 40)
            found = _BOUND_NOUN_ENDS.may_end(text[window : m.start]) and _BOUND_NOUN.search(
                text, window, m.start
            )
            verb = None if found else _BOUND_VERB.search(text, max(0, m.start - 20), m.start)
            if found:
                m = dataclasses.replace(m, qualifier=_BOUND_NOUNS[found.group("bound").lower()])
            elif verb:
                bound = _BOUND_VERBS[" ".join(verb.group("bound").lower().split())]
                m = dataclasses.replace(m, qualifier=bound)
        out.append(m)
    return out


def with_season_tenses(
    text: str, mentions: list[Mention], spans: list[tuple[int, int]]
) -> list[Mention]:
    """``mentions`` where a season without a year or a "last"/"next" ("joined in the
    summer") reads as its sentence's tense says: "last summer" in the past, "next
    summer" ahead (``extra["season_tense"]`` keeps the tense, ``extra["bare"]`` the
    season word: two such seasons compare by their words).

    The extractor resolves such a season by tense where a reference day is
    known; without one, its words decide, and "in the summer" -> "last summer"
    would look sharper though it says what the past tense said. A season whose
    tense is not clear keeps its words.

    "over the weekend" in a past sentence is "last weekend". A bare weekday ("on
    Sunday") keeps its words and gets ``extra["weekday_tense"]``:
    "the ties will be played on Sunday" and "the win on Sunday was" are two Sundays,
    which the aligner tells apart by it (``align._period_evidence``).
    """
    from factcheck.extract.tense import SentenceTenses

    starts = [s for s, _ in spans]
    tenses: dict[tuple[int, int], SentenceTenses] = {}  # read once per sentence
    out = []
    for m in mentions:
        norm = m.extra.get("norm")
        season = m.grain == "season" and norm in _SEASON_NAMES
        weekday = m.grain == "day" and norm == str(m.extra.get("weekday", "")).lower()
        weekend = m.grain == "week" and norm == "weekend"
        if m.kind == "date" and not m.iso and (season or weekday or weekend):
            k = bisect.bisect_right(starts, m.start) - 1
            s, e = spans[k] if k >= 0 and m.start < spans[k][1] else (0, len(text))
            if (s, e) not in tenses:
                tenses[s, e] = SentenceTenses(text, s, e)
            tense = tenses[s, e].near(m.start, m.end)
            word = _SEASON_WORD_OF_TENSE.get(tense or "")
            if season and word:
                extra = {**m.extra, "norm": f"{word} {norm}", "season_tense": tense, "bare": norm}
                m = dataclasses.replace(m, extra=extra)
            elif weekday and tense:
                m = dataclasses.replace(m, extra={**m.extra, "weekday_tense": tense})
            elif weekend and tense == "past":
                # "visited over the weekend": the last one, as "last weekend" says
                m = dataclasses.replace(m, extra={**m.extra, "norm": "last weekend"})
        out.append(m)
    return out


def _zone(m: Mention) -> str | None:
    tz = m.extra.get("tz") or m.extra.get("tz_implied")
    if not isinstance(tz, str) or not tz.strip():
        return None
    tz = " ".join(tz.lower().split())
    return _ZONE_NAMES.get(tz, tz)


def _relate_time_zones(old: Mention, new: Mention) -> Relation | None:
    """A time zone added ("09:12" -> "09:12 GMT": sharper) or changed ("local time" -> "BST").

    None when the zones do not decide (both absent, the same zone, or NEW
    leaves OLD's zone out, which a rewrite does for a story's own clock).
    """
    if old.kind != "time" or new.kind != "time":
        return None
    a, b = _zone(old), _zone(new)
    if b is None or a == b:
        return None
    if a is None:
        return Relation("sharper", f"{old.text} -> {new.text}")
    return Relation("different", "time zone")


TIME_SLACK_MINUTES = 30
"""How far a time "shortly after 1am" / "around 10pm" may lie from the exact one OLD gives."""
_CLOCK = re.compile(r"T(\d\d):(\d\d)")
_TIME_SIDES = {"just after": 1, "at_least": 1, "just before": -1, "at_most": -1, "approximate": 0}


def _time_near(old: Mention, new: Mention) -> Relation | None:
    """ "Shortly after 1am" for "01:02", "around 10pm" for "21:50": NEW rounds OLD's
    exact time of day to a clock time and says truly on which side it lies, within
    ``TIME_SLACK_MINUTES``. None where this does not apply (other kinds, the same
    time, or a NEW time without such a word)."""
    if old.kind != "time" or new.kind != "time" or old.qualifier not in (None, "exact"):
        return None
    side = _TIME_SIDES.get(new.qualifier or "")
    a, b = _CLOCK.fullmatch(old.iso or ""), _CLOCK.fullmatch(new.iso or "")
    if side is None or a is None or b is None:
        return None
    gap = (int(a.group(1)) * 60 + int(a.group(2))) - (int(b.group(1)) * 60 + int(b.group(2)))
    if gap == 0 or abs(gap) > TIME_SLACK_MINUTES:
        return None
    if side == 0 or (gap > 0) == (side > 0):
        return Relation("rounded", "a time of day rounded, on the side NEW says")
    return Relation("different", "a time on the other side")


def _weekday(m: Mention) -> str | None:
    """The weekday the extractor read in a date ("Saturday, 13 May"), else None."""
    wd = m.extra.get("weekday")
    return wd.lower() if isinstance(wd, str) else None


_ISO_DAY = re.compile(r"\d{4}-(\d{2})-(\d{2})(?!\d)")


def _relate_date_words(old: Mention, new: Mention, a: str, b: str) -> Relation:
    """Dates compared by their normalized words, when one has no resolved value.

    A resolved "14/7/17" and an unresolved "July 14" agree on month and day;
    "February last year" -> "last year" says less (vaguer).
    """
    a, b = _quarter_of_months(_month_of_the_year(a)), _quarter_of_months(_month_of_the_year(b))
    if a == b:
        # "August last year" / "last August": one month either way
        return _with_qualifier(old, new, Relation("same", "the month of the year"))
    if _period_for_year(a) == b or _period_for_year(b) == a:
        # "this year's series" / "this season": the run of the year, placed alike
        return _with_qualifier(old, new, Relation("same", "the season of the year"))
    resolved, words = (old, b) if old.iso else (new, a)
    # a day ("2017-07-14", "2017-07-14T10:00", an interval's start), not a week ("2017-W29-WE")
    iso_day = _ISO_DAY.match(resolved.iso or "")
    if iso_day:
        month, day = int(iso_day.group(1)), int(iso_day.group(2))
        if words == f"{_MONTH_NAMES[month - 1]} {day}":
            if resolved is new and _yearless(old):
                # "14 March" -> "March 14, 2019": NEW gives a year the source does not
                return Relation("sharper", f"{old.text} -> {new.text}")
            return _with_qualifier(old, new, Relation("same"))
    old_words, new_words = set(re.split(r"[ -]", a)), set(re.split(r"[ -]", b))
    if new_words < old_words:
        return Relation("vaguer", f"{old.text} -> {new.text}")
    if old_words < new_words:
        return Relation("sharper", f"{old.text} -> {new.text}")
    return Relation("different")


_PERIOD_PLACE = re.compile(
    rf"^(?P<place>{lang.alternation('compare.season_tenses')}) "
    rf"(?:{lang.alternation('dates.relative_periods')})$"
)


def _period_for_year(words: str) -> str | None:
    """ "last season" as "last year": a run's period (``dates.relative_periods``) placed
    from now names the year it mostly falls in, as news copy writes either."""
    found = _PERIOD_PLACE.match(words)
    return f"{found.group('place')} year" if found else None


_TENSE_MONTH = re.compile(
    rf"^(?P<tense>{lang.alternation('compare.season_tenses')}) (?P<month>{'|'.join(_MONTH_NAMES)})$"
)


_MONTH_SPAN_WORDS = re.compile(
    rf"^(?P<first>{'|'.join(_MONTH_NAMES)})-(?P<last>{'|'.join(_MONTH_NAMES)})(?P<rest> .+)?$"
)
_QUARTER_WORDS = {n: w for w, n in lang.table("numbers.ordinals").items() if 1 <= n <= 4}


def _quarter_of_months(words: str) -> str:
    """ "april-june" as "second quarter": the three months of a calendar quarter, which
    the other version may name as the quarter ("the April-June quarter")."""
    found = _MONTH_SPAN_WORDS.match(words)
    if found is None:
        return words
    first = _MONTH_NAMES.index(found.group("first")) + 1
    if first % 3 != 1 or _MONTH_NAMES.index(found.group("last")) + 1 != first + 2:
        return words
    return f"{_QUARTER_WORDS[(first - 1) // 3 + 1]} quarter{found.group('rest') or ''}"


def _month_of_the_year(words: str) -> str:
    """ "last august" as "august last year", the way the other version may write it."""
    found = _TENSE_MONTH.match(words)
    return f"{found.group('month')} {found.group('tense')} year" if found else words


def _span_in_years(old_iso: str, new_iso: str) -> bool:
    """Whether NEW's span of years ("1890/1961") is OLD's span of days read by years."""
    old_ends, new_ends = old_iso.split("/"), new_iso.split("/")
    if len(old_ends) != 2 or len(new_ends) != 2:
        return False
    return all(
        len(n) == 4 and n.isdigit() and o[:4] == n and len(o) > 4
        for o, n in zip(old_ends, new_ends)
    )


def _same_yearless_day(old: Mention, new: Mention) -> bool:
    """Whether one of two unresolved dates is a day counted from a day told without a
    year ("the next morning" after "17 June") and both name the same day of the year."""
    if not (old.extra.get("day_counted") or new.extra.get("day_counted")):
        return False
    if not (_yearless(old) and _yearless(new)):
        return False
    return bool(_YEARLESS_DAY.fullmatch(old.extra["timex"])) and (
        old.extra["timex"] == new.extra["timex"]
    )


_YEARLESS_DAY = re.compile(r"XXXX-\d\d-\d\d")


def _yearless(m: Mention) -> bool:
    """A day of a month written without its year and left unresolved ("14 March")."""
    timex = m.extra.get("timex")
    return m.iso is None and isinstance(timex, str) and timex.startswith("XXXX-")


_DATE_QUALIFIERS: dict[str, str] = lang.table("dates.qualifiers")
_NARROWING_WORDS = [w for w, q in _DATE_QUALIFIERS.items() if q in ("early", "late", "mid")]
"""The extractor's qualifiers of a part of a period ("early", "the end of"), not its hedges."""
_NARROWING = (
    lang.alternation(_NARROWING_WORDS, space=" ")
    + rf"|(?:{lang.alternation('calendar.near_edge')}) (?:before|after)"
)
_MODIFIER_BEFORE = re.compile(rf"\b({_NARROWING})[\s-]*(?:the\s+)?$")
_MODIFIER_INSIDE = re.compile(rf"^(?:the\s+)?({_NARROWING})\b")
_YEAR_PREFIXES: dict[str, str] = lang.table("dates.year_prefixes")
_EDGES = frozenset(_YEAR_PREFIXES.values())
_PERIOD_EDGES: dict[str, str] = lang.table("dates.period_edges")
_LIFE_EDGES: dict[str, str] = lang.table("dates.life_edges")
_LIFE_EDGE_BEFORE = re.compile(
    rf"\b({lang.alternation(_LIFE_EDGES)})\s+(?:there\s+)?(?:(?:in|on)\s+)?$", re.IGNORECASE
)
EDGE_KEPT = "the {edge} of the period"
"""The detail of a date NEW gives as one edge of OLD's period ("until June 2018" for a
period ending 20 June 2018): a loosening is judged against that edge alone."""
_PERIOD_EDGE_BEFORE = re.compile(
    rf"\b({lang.alternation(_PERIOD_EDGES)})\s+(?:the\s+)?$", re.IGNORECASE
)
EDGE_BEFORE = re.compile(
    rf"\b(?:({lang.alternation(sorted(_EDGES))})\s+|({lang.alternation(_YEAR_PREFIXES)})-)$",
    re.IGNORECASE,
)
"""The edge of a period before a year, as a word or a prefix ("before 2016", "pre-2016"):
group 1 the word, group 2 the prefix."""
EDGE_ENDS = Endings([*_EDGES, *(f"{prefix}-" for prefix in _YEAR_PREFIXES)])
"""What ``EDGE_BEFORE`` may end with: its screen."""


def date_modifier(text: str, m: Mention) -> str:
    """The narrowing word of a date or time ("early", "late", "mid", ...), or "".

    Looked for at the start of the mention and right before it, since an
    extractor may leave "early" out of the span of "early this month"; only
    in those places, so that "will end in January" is not "end of January".
    """
    if m.kind == "quantity":
        return ""
    found = _MODIFIER_INSIDE.search(m.text.lower()) or _MODIFIER_BEFORE.search(
        text[max(0, m.start - 24) : m.start].lower()
    )
    if not found:
        edge = EDGE_BEFORE.search(text, max(0, m.start - 8), m.start) if m.kind == "date" else None
        if edge is None:
            return ""
        # "before 1999" / "the pre-1999 loans": one edge, the other edge a change
        return edge.group(1).lower() if edge.group(1) else _YEAR_PREFIXES[edge.group(2).lower()]
    words = found.group(1).split()
    if words[-1] in ("before", "after"):
        return "just " + words[-1]  # "shortly before" and "just before" alike
    # the extractor's part of the period: "the end of March" and "late March" are one
    return _DATE_QUALIFIERS.get(" ".join(words), words[0])
