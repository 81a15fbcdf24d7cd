"""Figures that NEW adds but OLD supports: conversions, totals and differences.

A rewrite may add "(590 feet)" after "180 metres", write "a fortnight" for
"14 days", or give the total of parts the original lists. Such a figure is
new text but not a new fact, so it is reported as ``derived`` rather than
``added``. Only simple, checkable arithmetic counts: a unit conversion of one
OLD figure, or the sum or difference of OLD figures in the same unit and of
one frame (``one_frame``: the same counted noun); a difference only for a
NEW figure that states a change ("a rise of 12" from "40 to 52") or a gap
("£57 above the average" from "£412" and "£355"); a percentage of a total
one OLD sentence gives both of ("338 collisions ... 95% on the red line" ->
"about 320 on the red line"); a day an OLD span of days counts on from an
OLD date ("7 October" for "four days after ... 3 October"); a share one OLD
count is of another, a factor one OLD figure is of another, the length of an
OLD range of years or days, an age between an OLD birth date and a later day
of its sentence, the months between two OLD months of one sentence or the next
("in May ... until October" -> "roughly five months", "three months later"). Every operand is an exact OLD figure of the NEW figure's
sentence, one or two of them, and NEW must state the result truly
(``_holds``): arithmetic that merely lands near a figure never excuses a
changed one.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import re
from dataclasses import replace
from itertools import combinations, islice

import factcheck.lang as lang
from factcheck.compare.context import PERSON_NOUNS, content_words, same_noun, stem
from factcheck.compare.ordinals import Ordinals
from factcheck.compare.recount import Narrated, miscounted_list
from factcheck.compare.settings import CompareSettings
from factcheck.compare.unread import Unread
from factcheck.compare.values import (
    _close,
    date_modifier,
    is_vague,
    period_edge,
    period_ends,
    relate,
    rounding_slack,
    step,
)
from factcheck.extract.frame import PREDICATES
from factcheck.extract.numbers import SCALE_WORDS, TENS_WORDS, UNITS_WORDS, parse_words
from factcheck.mention import Mention
from factcheck.units import convert, same_dimension

_SHARES = ("fraction", "percentage")

_GAP_AFTER = re.compile(rf"[\s,]*(?i:{lang.alternation('derive.gap_after')})\b")
_GAP_BY = re.compile(rf"\b(?i:{lang.alternation('derive.gap_by_verbs')})\b[^.;:]*\bby\s+$")
GAP_BY_REACH = 60
"""Characters before NEW's "by four years" within which its verb ("outlived") stands."""
_OFFSET = re.compile(
    rf"[\s,]*(?:(?i:{lang.alternation('derive.offset_forward')})|"
    rf"(?P<back>(?i:{lang.alternation('derive.offset_back')})))\b"
)
_MARGIN_BEFORE = re.compile(rf"\b(?i:{lang.alternation('derive.margin_before')})\s+$")
_MARGIN_AFTER = re.compile(
    rf"(?P<unit>[\s-]*[^\W\d_]+)?[\s-]+(?i:{lang.alternation('derive.margin_after')})\b"
)
"""Words that make a count the margin of a result: "lost by seven points", "a 62-point
win"; a unit stands between, in the figure or after it ("two wins" counts wins)."""
_SHARE_GAP_BEFORE = re.compile(
    rf"\b(?i:{lang.alternation('derive.share_gap_before')})(?:\s+[^\W\d_]+){{0,3}}\s+$"
)
_SHARE_GAP_NOUNS = frozenset(lang.words("derive.share_gap_nouns"))
"""A count of points after these words is the gap between two OLD shares."""
_BORN = re.compile(rf"\b(?i:{lang.alternation('derive.born_before')})[\s,]*$")
_HOURS_BEFORE = re.compile(r"\bhours\b(?![^.;!?]*[.;!?])", re.IGNORECASE)
HOURS_REACH = 120
"""Characters before a bare number within which "hours" makes it a count of hours, in
its own sentence ("cut the opening hours of the children's assessment unit at the
county hospital from 12 to eight a day")."""
_DEATH = re.compile(rf"\b(?i:{lang.alternation('derive.death_words')})\b")
_AGE_BEFORE = re.compile(rf"\b(?i:{lang.alternation('derive.age_before')})\s+$")
AGE_WORDS_SHARED = 2
"""Content words NEW's sentence must share with the OLD sentence of the event an
age is computed at: the sentence names the same event ("entered Parliament")."""
PERIOD_DAYS = {"day": 1.0, "week": 7.0, "fortnight": 14.0, "month": 365.25 / 12, "year": 365.25}
"""Periods a rate is per and spans a count is over, in days."""
_PER = rf"(?:\s+[^\W\d_][\w'’-]*){{0,2}}?\s+(?i:{lang.alternation('derive.rate_per')})\s+"
"""After a figure, up to two words and "a" / "per" ("two goals a game"): what a rate
is per, read by _RATE (a period) and _PER_ITEM (an item counted)."""
_RATE = re.compile(
    _PER + rf"(?P<period>{'|'.join(PERIOD_DAYS)})\b"
    rf"(?![\s,]*(?:ago|(?i:{lang.alternation('derive.offset_forward', 'derive.offset_back')}))\b)"
)
"""A figure's "a month" / "per year": it is a rate per that period ("almost two a month");
the periods are PERIOD_DAYS's, so that every period read has a length."""
_PER_ITEM = re.compile(_PER + r"(?P<item>[^\W\d_]+)\b")
"""A figure's "a Test" / "per game": an average over the items an OLD count counts."""
_DAYS = {"day": 1, "week": 7}
"""Spans of time a date is counted on by, in days ("two days after", "a week later")."""
_YEARS = {"year": 1, "decade": 10, "century": 100}
"""Spans of time counted in whole years: what a range of years lasts ("a decade")."""

MAX_IN_SENTENCE = 8
"""Figures of one OLD sentence paired as operands of a share or ratio: a table
row read as one sentence would otherwise offer every pair of its cells."""

REST_REACH = 2
"""Sentences after an OLD whole within which the part apart from the rest is read."""
REST_WINDOW = 200
"""Characters after NEW's "of the 12 men" within which NEW must state the part apart."""
REST_CUE_REACH = 30
"""Characters before a count within which a word makes it the rest ("That leaves about")."""
REST_SAID_REACH = 300
"""Characters before NEW's rest within which NEW must state the part ("Nineteen ... freed")."""
PART_WINDOW = 40
PART_WORDS = 3
"""The content words after a part's number that say what the part did ("was acquitted")."""
_SMALL_NUMBERS = {w: n for w, n in {**UNITS_WORDS, **TENS_WORDS}.items() if n > 0}
_NUMBER_WORD = lang.alternation(tuple(_SMALL_NUMBERS))
_NUMBER = re.compile(rf"\b(?:\d{{1,6}}|(?i:{_NUMBER_WORD}))\b")
_PART_OF = re.compile(
    rf"\s+(?:out\s+)?of\s+(?:the|its|their|his|her|our)\s+(?P<n>\d{{1,6}}|(?i:{_NUMBER_WORD}))\b"
    r"(?:\s+(?P<noun>[a-z]+))?"
)
"""After a count: "of the 12 men", "out of its 25": the whole it is a part of."""
_PART_AFTER = re.compile(r"\s+of\s+(?:them|those|these|which)\b")
"""After a count: "eight of them", "15 of which": a part of the whole just named."""
_CLAUSE_END = re.compile(r"[.;:!?]|,\s+(?:and|but)\b")
_ALL_BUT = re.compile(
    rf"\b(?i:{lang.alternation('derive.all_but')})\s+(?P<n>\d{{1,3}}|(?i:{_NUMBER_WORD}))\b"
)
"""A whole less a few: "all but one", "all except two"."""
ALL_BUT = "all but"
COMPLEMENT = "the rest of a whole the original gives a share of"
"""How a complement is derived ("93% affected" for "only 7% showed no signs"): OLD's
share is kept in it, not dropped."""
"""How a NEW figure that is the rest of an OLD whole is derived: its "how" starts so."""
TWO_UNIT_SPAN = "a span written in parts of two units or more"
"""How a NEW span is derived from OLD's adjacent parts ("one minute 57.67 seconds")."""
TWO_UNIT_PARTS = "a part of that span, written in two units or more"
"""How NEW's adjacent parts are derived from one OLD span ("1:57.67", "2:05:03")."""
_SPAN_JOIN = re.compile(r"\s*(?:,\s*)?(?:and\s+)?")
"""Between two parts of one span: "one minute 57.67 seconds", "two hours and 5 minutes"."""
_HALF_FIRST = lang.alternation("derive.month_half_first")
_HALF_LAST = lang.alternation("derive.month_half_last")
_MONTH_NAMES = lang.alternation(tuple(lang.table("calendar.months")))
_HALF_LEAD = re.compile(rf"\b(?i:(?P<first>{_HALF_FIRST})|{_HALF_LAST})\s+$")
_OF_MONTH = re.compile(rf"\s+of\s+(?P<month>(?i:{_MONTH_NAMES}))\b")
_MONTH_HALF = re.compile(
    rf"\b(?i:(?P<first>{_HALF_FIRST})|{_HALF_LAST})\s+half\s+of\s+(?P<month>(?i:{_MONTH_NAMES}))\b"
)
"""OLD's "the first half of August": the part of a month a NEW span of two weeks is."""
_GAME_NOUNS: dict[str, str] = lang.table("derive.listing_tallies")
_RESULTS = frozenset(lang.words("derive.result_predicates"))
RESULTS_REACH = 80
"""Characters before NEW's count of games in which its sentence may tell another result
("won three and drawn two of their five games")."""
_SPAN_AHEAD = frozenset(lang.words("derive.span_ahead"))
_SPAN_LEAD = re.compile(
    rf"\b(?i:(?P<ahead>{lang.alternation('derive.span_ahead')})"
    rf"|{lang.alternation('derive.span_back')})\s+$"
)
"""Right before a span of years: "the next ten years", "the past 20 years"."""
_PERIOD_NORM = re.compile(
    rf"({lang.alternation('derive.span_ahead', 'derive.span_back')})(?: (\d+))? (decade|century)s?"
)
"""An OLD relative period's normalised words: "next decade", "past 2 decade"."""
_ALL_BUT_BEFORE = re.compile(rf"\b(?i:{lang.alternation('derive.all_but')})\s+$")
"""Right before a count: "all but three": the few a whole lacks."""
_ELLIPTIC_AFTER = re.compile(rf"\s+(?i:{lang.alternation('derive.elliptic_after')})\b")
_COMPLEMENT_BEFORE = re.compile(
    rf"\b(?i:{lang.alternation('derive.complement_before')})[\s,]+(?:[^\W\d_]+\s+)?$"
)
"""Before a share: "the remaining 40%", "the other two-thirds": the rest of a whole."""
_NEGATION = re.compile(
    rf"\b(?i:{lang.alternation('derive.negations')})\b|n['’]t\b"
    rf"|\b(?i:{lang.alternation('derive.negating_prefixes')})[a-z]{{3,}}ed\b"
)
_LOCAL_CLAUSE_MARK = re.compile(r"[,;:.!?()]|\s[—–-]\s")
"""What bounds the clause whose polarity a share takes: a comma or stronger."""


def _local_clause(text: str, m: Mention) -> str:
    """The words around ``m`` up to the nearest comma (or stronger mark) each side."""
    start = max(0, m.start - CLAUSE_REACH)
    for found in _LOCAL_CLAUSE_MARK.finditer(text, start, m.start):
        start = found.end()
    end = _LOCAL_CLAUSE_MARK.search(text, m.end, m.end + CLAUSE_REACH)
    return text[start : end.start() if end else m.end + CLAUSE_REACH]


def _local_sentence(text: str, m: Mention) -> str:
    """``m``'s sentence of ``text``, read around it (up to ``CLAUSE_REACH`` each side)."""
    start = max(0, m.start - CLAUSE_REACH)
    for found in _SENTENCE_MARK.finditer(text, start, m.start):
        start = found.end()
    end = _SENTENCE_MARK.search(text, m.end, m.end + CLAUSE_REACH)
    return text[start : end.start() if end else m.end + CLAUSE_REACH]


_SENTENCE_MARK = re.compile(r"[.;!?](?:\s|$)")


def _denies(clause: str) -> bool:
    """Whether a clause denies what it says (``derive.negations``): "showed no signs"."""
    return bool(_NEGATION.search(clause))


_OTHER_SIDES: dict[str, list[str]] = lang.table("derive.complement_other_sides")
_SIDES = [
    tuple(re.compile(rf"\b(?i:{lang.alternation(side)})\b") for side in (one, _OTHER_SIDES[name]))
    for name, one in lang.table("derive.complement_sides").items()
]
"""Per whole, its two sides as the words of a clause name them (``derive.complement_sides``,
``derive.complement_other_sides``)."""


def _sides(clause: str) -> dict[int, int]:
    """Whole -> the side (0 or 1) a share's clause is on, turned over by a denial: "7%
    voted against" is on side 1 of the vote, "7% did not back it" too. A clause naming
    both sides of a whole, or neither, is on no side of it."""
    denied = _denies(clause)
    out = {}
    for k, (first, second) in enumerate(_SIDES):
        on = (first.search(clause) is not None, second.search(clause) is not None)
        if on[0] != on[1]:
            out[k] = int(on[1]) ^ int(denied)
    return out


def _opposite_sides(old_clause: str, new_clause: str) -> bool:
    """Whether two shares' clauses stand on the two sides of one whole ("voted against"
    / "backed it") and on the same side of none."""
    old_sides, new_sides = _sides(old_clause), _sides(new_clause)
    shared = old_sides.keys() & new_sides.keys()
    return bool(shared) and all(old_sides[k] != new_sides[k] for k in shared)


_WHOLE_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+)?"
    r"(?P<whole>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*|[^\W\d_]+)"
)
"""After a share: "7% OF THE REEF", "40% of pupils", "93% of the Great Barrier Reef" (a
name's capitalised words): the whole it is a share of."""


def _other_whole(old_text: str, old: Mention, new_text: str, new: Mention) -> bool:
    """Whether both shares name their whole and the two share no word ("7% of members" /
    "93% of managers"): the rest of one whole is no share of another. "of the reef" /
    "of the Great Barrier Reef" name one."""
    a, b = _WHOLE_OF.match(old_text, old.end), _WHOLE_OF.match(new_text, new.end)
    if not (a and b):
        return False
    words_a = {stem(w.lower()) for w in a.group("whole").split()}
    return not words_a & {stem(w.lower()) for w in b.group("whole").split()}


_HEDGES = lang.alternation(
    tuple(w for w, kind in lang.table("qualifiers.before").items() if kind == "approximate")
)
_REST_BEFORE = re.compile(
    rf"\b(?i:{lang.alternation('derive.rest_before')})\s+(?:(?i:{_HEDGES})\s+)?$"
)
_REST_AFTER = re.compile(rf"(?:\s+[a-z]+)?\s+(?i:{lang.alternation('derive.rest_after')})\b")
"""Around a count: what makes it the rest of a whole ("leaves 106", "106 children still")."""
_CLAUSE_BREAK = re.compile(r"[.;:!?](?:\s|$)|,\s+(?:and|but|while|whereas)\b")
CLAUSE_REACH = 150
"""Characters either side of a score within which its clause names its sides."""

MAX_PARTS = 40
"""Quantities of OLD considered as parts of a total (keeps the search small)."""
MAX_YEARS = 60
"""Years of OLD a span of years may lie between (keeps the pairs few)."""


def derivation(
    new: Mention, old: list[Mention], settings: CompareSettings
) -> tuple[list[Mention], str] | None:
    """The OLD mentions ``new`` is computed from and how, or None."""
    return Derivations(old, settings).of(new)


class Derivations:
    """``derivation`` against one OLD version, for many NEW figures.

    What depends on OLD alone (its figures with a unit, the parts of a total
    in each unit) is worked out once, and a NEW figure written like an earlier
    one gets the earlier answer: asking afresh for each NEW figure was
    quadratic (a results table asks for hundreds).
    """

    def __init__(
        self,
        old: list[Mention],
        settings: CompareSettings,
        text: str | None = None,
        spans: list[tuple[int, int]] | None = None,
    ):
        self.old = old
        self.settings = settings
        self.text = text
        """OLD's text and sentence spans, where the caller has them: what OLD
        lists or narrates without a figure (recount.py) is read from them. The
        spans are the ones ``compare_mentions`` split once (``Version.sentences``,
        ``Side.spans``), never split again here."""
        self.spans = spans or []
        self._narrated: Narrated | None = None
        self._unread: Unread | None = None
        self.by_unit: dict[str, list[int]] = {}
        """Indexes of OLD quantities with a unit, by unit: a conversion source."""
        self.shares: list[int] = []
        """Indexes of OLD shares with a unit ("half" / "50%" convert into each other)."""
        for k, o in enumerate(old):
            if o.kind == "quantity" and o.unit:
                self.by_unit.setdefault(o.unit, []).append(k)
                if o.dimension in _SHARES:
                    self.shares.append(k)
        self.shares_of_totals = _shares_of_totals(old)
        """(share, total) of OLD in one sentence: "338 collisions ... 95% on the red line"."""
        self._sources: dict[tuple, list[Mention]] = {}
        self._parts: dict[str | None, list[Mention]] = {}
        self._found: dict[tuple, tuple[list[Mention], str] | None] = {}
        self._counted_days: dict | None = None
        self._pairs: dict[tuple[str | None, bool], list[tuple[Mention, Mention]]] = {}
        self._births: list[tuple[Mention, Mention]] | None = None
        self._years: list[tuple[Mention, int, int]] | None = None
        self._birth_days: list[tuple[Mention, _dt.date]] | None = None
        self._spans_of: dict[str | None, list[tuple[Mention, Mention]]] = {}
        self._all_but_sentences: list[tuple[int, int]] | None = None
        """Spans of OLD's sentences that say "all but", read on the first call that needs them."""
        self._counts: dict[float, list[Mention]] | None = None
        self._wholes: dict[float, list[Mention]] | None = None
        self._month_gaps: list[tuple[Mention, Mention, int]] | None = None
        self._adjacent: list[tuple[Mention, Mention]] | None = None
        self._ordinals: Ordinals | None = None

    def parts(self, unit: str | None) -> list[Mention]:
        """The OLD quantities in ``unit`` that may be parts of a total."""
        if unit not in self._parts:
            self._parts[unit] = [
                o
                for o in self.old
                if o.kind == "quantity"
                and o.value is not None
                and o.value > 0
                and not is_vague(o)
                and o.unit == unit
                and o.role not in ("ordinal", "year", "age", "score")
            ][:MAX_PARTS]
        return self._parts[unit]

    def sources(self, new: Mention) -> list[Mention]:
        """The OLD figures ``new`` may be a unit conversion of, in text order.

        Only those a conversion can relate (``values.relate``): another unit of
        the same dimension, or a share for a share. Trying every OLD figure
        with a unit made each NEW figure cost the length of OLD.
        """
        key = (new.unit, new.dimension)
        if key not in self._sources:
            chosen: set[int] = set()
            if new.unit:
                for unit, members in self.by_unit.items():
                    if unit != new.unit and same_dimension(unit, new.unit):
                        chosen.update(members)
            if new.dimension in _SHARES:
                chosen.update(k for k in self.shares if self.old[k].unit != new.unit)
            self._sources[key] = [self.old[k] for k in sorted(chosen)]
        return self._sources[key]

    def of(self, new: Mention, new_text: str | None = None) -> tuple[list[Mention], str] | None:
        """How OLD supports ``new``; ``new_text`` (NEW's text) tells a stated gap ("£64 above")."""
        if new_text is not None and (
            margin := self._margin(new, new_text) or self._share_gap(new, new_text)
        ):
            return margin
        if new_text is not None and (
            rest := self._complement(new, new_text)
            or self._other_part(new, new_text)
            or self._all_but_of(new, new_text)
            or self.period_span(new, new_text)
            or self._half_month(new, new_text)
            or self._games_of_results(new, new_text)
        ):
            return rest
        gap = new_text is not None and (
            bool(_GAP_AFTER.match(new_text, new.end)) or gap_by(new_text, new)
        )
        rate = _RATE.match(new_text, new.end) if new_text is not None else None
        per = rate.group("period").lower() if rate else None
        item = _PER_ITEM.match(new_text, new.end) if new_text is not None and not per else None
        if item and (average := self._average(new, stem(item.group("item")))):
            return average
        key = (_written_as(new), gap, per)
        if key not in self._found:
            self._found[key] = self._rate(new, per) if per else self._derive(new, gap)
        return self._found[key]

    def _margin(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """The margin of an OLD score that NEW states as a count ("lost to Canada by
        seven points" from "lost 43-36 to Canada", "a 62-point win" from "93-31").

        NEW must say it is a margin ("by", "-point win"); the score's two sides
        differ by exactly NEW's figure; where NEW names a side, the score's OLD
        sentence names it too, and where it names none, one OLD score alone has
        that margin (a margin of some score is not a margin of the one meant).
        """
        if new.kind != "quantity" or new.value is None or new.unit or new.role:
            return None
        if not float(new.value).is_integer() or new.value < 1:
            return None
        after = _MARGIN_AFTER.match(new_text, new.end)
        if after and not after.group("unit") and not re.search(r"\w-[^\W\d_]+$", new.text):
            after = None  # "two wins": no unit of a margin ("a 62-point win")
        if not (_MARGIN_BEFORE.search(new_text, max(0, new.start - 12), new.start) or after):
            return None
        scores = [
            o
            for o in self.old
            if o.role == "score"
            and isinstance(sides := o.extra.get("score"), list)
            and len(sides) == 2
            and abs(sides[0] - sides[1]) == new.value
        ]
        entity = new.frame.get("entity")
        if entity and self.text is not None:
            scores = [o for o in scores if entity in self._clause_of(o)]
        elif len(scores) != 1:
            return None
        return ([scores[0]], "the margin of a score") if scores else None

    def _share_gap(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """The gap in points between two OLD shares ("a lead of more than 58 points" for
        72.5% and 14.2% of the vote): NEW says it is a gap (``derive.share_gap_before``),
        counts points, and one pair of exact OLD shares in one sentence or two adjacent
        ones differs by what NEW states (its hedge holding); two such pairs: no gap."""
        if new.kind != "quantity" or new.value is None or new.unit or new.role:
            return None
        if (new.noun or "").lower() not in _SHARE_GAP_NOUNS:
            return None
        if not _SHARE_GAP_BEFORE.search(new_text, max(0, new.start - 40), new.start):
            return None
        shares = [
            o
            for o in self.old
            if o.kind == "quantity" and o.unit == "percent" and o.value is not None and _plain(o)
        ][:MAX_PARTS]
        found = [
            (a, b)
            for a, b in combinations(shares, 2)
            if abs(a.sentence - b.sentence) <= 1
            and _holds(abs((a.value or 0.0) - (b.value or 0.0)), new, a, b)
        ]
        return (list(found[0]), "the gap between two shares") if len(found) == 1 else None

    def _complement(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """A share that is the rest of an OLD share's whole: 100% less OLD's share.

        "Only 7% of the reef showed no signs of bleaching" supports "around 93% was
        affected", and "60% voted Yes" "the remaining 40%": NEW says it is the rest
        ("the remaining", ``derive.complement_before``), the two clauses stand on the
        two sides of one whole (``derive.complement_sides``: "voted against" /
        "backed it", "survived" / "destroyed"), or one of the two clauses denies what
        the other affirms (``derive.negations``: "no", "didn't", "unbleached"). The
        OLD share is exact, its sentence shares a word with NEW's, a whole both name
        is one ("of the reef" / "of the reef", ``_other_whole``), and NEW states the
        rest truly (``_holds``).
        """
        if new.kind != "quantity" or new.dimension not in _SHARES or new.role or new.value is None:
            return None
        scale = 100.0 if new.dimension == "percentage" else 1.0
        if self.text is None or (new.dimension == "percentage" and new.unit != "percent"):
            return None
        lead = _COMPLEMENT_BEFORE.search(new_text, max(0, new.start - 20), new.start)
        new_clause = _local_clause(new_text, new)
        new_denies = _denies(new_clause)
        words = set(content_words(_local_sentence(new_text, new)))
        for o in self.old:
            if o is new or o.dimension not in _SHARES or o.role or not _plain(o):
                continue
            if o.dimension == "percentage" and o.unit != "percent":
                continue
            whole = 100.0 if o.dimension == "percentage" else 1.0
            rest = (whole - o.value) * scale / whole  # type: ignore[operator]
            if rest <= 0 or _other_whole(self.text, o, new_text, new):
                continue
            old_clause = _local_clause(self.text, o)
            if not (
                lead
                or _opposite_sides(old_clause, new_clause)
                or (_denies(old_clause) != new_denies and not _sides(old_clause))
            ):
                continue
            if not words & set(content_words(self.sentence_text(o))):
                continue
            # OLD's share is itself rounded: "around 93%" for the rest of 7% holds too
            said = new if _qualifier(new) != "approximate" else replace(new, qualifier="exact")
            if _holds(rest, said, o):
                return [o], COMPLEMENT
        return None

    def _other_part(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """NEW's "23 titles, 15 of them outdoors" where OLD gives "23 titles, eight of
        them indoors": the count of a whole's other part.

        NEW's count is a part ("of them", ``_PART_AFTER``) of a whole its sentence gives
        just before; OLD gives that whole and a part of it in one sentence, the part's
        clause on the other side of the whole (``derive.complement_sides``) or denying
        what NEW's affirms; whole less part is NEW's count exactly.
        """
        if new.kind != "quantity" or new.unit or new.role or new.value is None:
            return None
        if not float(new.value).is_integer() or not _PART_AFTER.match(new_text, new.end):
            return None
        said = _counts_said(new_text[max(0, new.start - REST_SAID_REACH) : new.start])
        new_clause = _local_clause(new_text, new)
        for o in self.old:
            if o.kind != "quantity" or o.unit or o.role or not _plain(o) or o.value is None:
                continue
            if o.value + new.value not in said or self.text is None:
                continue
            if not _PART_AFTER.match(self.text, o.end):
                continue
            old_clause = _local_clause(self.text, o)
            if not (
                _opposite_sides(old_clause, new_clause)
                or (_denies(old_clause) != _denies(new_clause) and not _sides(old_clause))
            ):
                continue
            for whole in self.counts().get(o.value + new.value, ()):
                if whole.sentence == o.sentence and whole.start < o.start:
                    return [whole, o], "the other part of a whole the original splits"
        return None

    def period_span(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """NEW's "over the next ten years" where OLD says "over the next decade": a span of
        years NEW counts from now, ahead or back (``derive.span_ahead`` / ``span_back``),
        as long as a period of decades or centuries OLD names the same way."""
        years = _YEARS.get(new.unit or "")
        if new.kind != "quantity" or new.role or years is None or new.value is None:
            return None
        lead = _SPAN_LEAD.search(new_text, max(0, new.start - 16), new.start)
        if lead is None:
            return None
        ahead = lead.group("ahead") is not None
        for o in self.old:
            found = _PERIOD_NORM.fullmatch(o.extra.get("norm") or "") if o.kind == "date" else None
            if found is None or (found.group(1) in _SPAN_AHEAD) != ahead:
                continue
            length = int(found.group(2) or 1) * _YEARS[found.group(3)]
            if length == new.value * years:
                return [o], "the span of a period the original names"
        return None

    def _half_month(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """NEW's "the first two weeks of August" where OLD says "the first half of August":
        a span of about half a month (two weeks, a fortnight, 14 to 16 days) named as the
        same part (``derive.month_half_first`` / ``month_half_last``) of the same month."""
        if new.kind != "quantity" or new.role or new.value is None or self.text is None:
            return None
        days = new.value * PERIOD_DAYS.get(new.unit or "", 0.0)
        if not 14 <= days <= 16:
            return None
        lead = _HALF_LEAD.search(new_text, max(0, new.start - 12), new.start)
        month = _OF_MONTH.match(new_text, new.end)
        if lead is None or month is None:
            return None
        first = lead.group("first") is not None
        for found in _MONTH_HALF.finditer(self.text):
            if found.group("month").lower() != month.group("month").lower():
                continue
            if (found.group("first") is not None) == first:
                at = found.start()
                half = Mention(kind="date", text=found.group(0), start=at, end=found.end())
                return [half], "the half of a month the original names"
        return None

    def _games_of_results(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """NEW's "five games" where one OLD sentence gives a side's results: "having won
        three games and drawn two". NEW counts matches (a noun of ``listing_tallies``'
        "all"), and OLD's counts of two or three result classes (``derive.result_
        predicates``: won, drew, lost), one each, exact, add up to it. Wins and defeats
        are never a count of wins: only of the games they were results of, so a NEW
        count told with one result's verb ("have won five games" for three won and two
        drawn) is no such total, unless NEW tells another result before it ("won three
        and drawn two of their five games")."""
        if new.kind != "quantity" or new.role or new.unit or new.value is None or not new.noun:
            return None
        told = new.frame.get("predicate")
        if told in _RESULTS:
            before = new_text[max(0, new.start - RESULTS_REACH) : new.start]
            before = re.split(r"[.!?]\s", before)[-1].lower()
            if not any(PREDICATES.get(w) in _RESULTS - {told} for w in re.findall(r"\w+", before)):
                return None
        if _GAME_NOUNS.get(new.noun.lower()) != "all":
            return None
        by_sentence: dict[int, dict[str, Mention]] = {}
        for o in self.old:
            predicate = o.frame.get("predicate")
            if predicate in _RESULTS and o.kind == "quantity" and not o.role and _plain(o):
                by_sentence.setdefault(o.sentence, {}).setdefault(predicate, o)
        for results in by_sentence.values():
            if len(results) >= 2 and sum(o.value for o in results.values()) == new.value:  # type: ignore[misc]
                return list(results.values()), "the games the original's results add up to"
        return None

    def _all_but_of(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """NEW's "all but three clubs" where OLD gives "17 of the 20 clubs": the few a
        whole lacks, which one OLD sentence gives as a part and the whole.

        NEW's count stands right after ``derive.all_but``; the part and the whole
        are exact counts of one OLD sentence that count alike, and the whole less
        the part is NEW's count exactly.
        """
        if new.kind != "quantity" or new.unit or new.role or new.value is None:
            return None
        if not _ALL_BUT_BEFORE.search(new_text, max(0, new.start - 20), new.start):
            return None
        for a, b in self.pairs_in_sentence(None):
            part, whole = sorted((a, b), key=lambda m: m.value)  # type: ignore[arg-type,return-value]
            lacks = whole.value - part.value  # type: ignore[operator]
            if 0 < lacks == new.value and _counts_alike(part, whole):
                return [part, whole], "the few a whole the original gives lacks"
        return None

    def _clause_of(self, m: Mention) -> str:
        """The clause of OLD's text that holds ``m`` ("Dunmore beat Castlebay 93-31" of
        "Riverside lost 43-36 to Oakham, while Dunmore beat Castlebay 93-31.")."""
        assert self.text is not None
        start = max(0, m.start - CLAUSE_REACH)
        for found in _CLAUSE_BREAK.finditer(self.text, start, m.start):
            start = found.end()
        end = _CLAUSE_BREAK.search(self.text, m.end, m.end + CLAUSE_REACH)
        return self.text[start : end.start() if end else m.end + CLAUSE_REACH]

    def _rate(self, new: Mention, per: str) -> tuple[list[Mention], str] | None:
        """A rate per ``per`` that an OLD count over an OLD span of its sentence gives.

        "nine attempts in the first five months of 2015" supports "almost two
        a month" (1.8) and "£12m over three years" "£4m a year": the count in
        NEW's unit, counting what NEW counts where both say, the span a plain
        time of days to years, both exact; NEW states the quotient truly.
        """
        if new.kind != "quantity" or new.value is None or new.role is not None:
            return None
        for count, span in self.counts_over_spans(new.unit):
            if not one_frame(new, count):
                continue
            periods = span.value * PERIOD_DAYS[span.unit] / PERIOD_DAYS[per]  # type: ignore[index,operator]
            if _holds(count.value / periods, new, count, span):  # type: ignore[operator]
                return [count, span], "a rate"
        return None

    def _average(self, new: Mention, item: str) -> tuple[list[Mention], str] | None:
        """An average per item that an OLD count over an OLD count of those items gives.

        "21 wickets across the three matches" supports "an average of seven a
        Test": the items are what an OLD count of the sentence counts (a Test
        being a match), the other count is of something else, both exact, and
        NEW states the quotient truly.
        """
        if new.kind != "quantity" or new.value is None or new.role is not None or new.unit:
            return None
        for first, second in self.pairs_in_sentence(None):
            for total, items in ((first, second), (second, first)):
                if not same_noun(_noun(items), item) or same_noun(_noun(total), item):
                    continue
                if _holds(total.value / items.value, new, total, items):  # type: ignore[operator]
                    return [total, items], "an average"
        return None

    def computed_instead(
        self, old: Mention, new: Mention, new_text: str
    ) -> tuple[list[Mention], str] | None:
        """Arithmetic on OLD that a NEW figure the values pair with ``old`` states.

        A rate ("1.8 break-ins a month" against "nine break-ins"), a range
        of years ending where a span ends, or the rest of a whole ("88%" with
        frogs for "12%" with none) is computed, not changed. Asked only
        of pairs the values alone call a conflict.
        """
        rate = _RATE.match(new_text, new.end)
        if rate:
            return self._rate(new, rate.group("period").lower())
        later = self._months_later(new)
        if later and later[0][1] is old:
            return later  # "in March ... by June" -> "three months later", paired with June
        compound = self.compound_span(new)
        if compound and old in compound[0]:
            return compound  # "one minute 57.67 seconds" -> "1:57.67", paired with the seconds
        complement = self._complement(new, new_text)
        if complement and complement[0][0] is old:
            return complement  # "no frogs in 12%" -> "frogs in 88%", paired with the 12%
        if new.kind == "quantity" and new.value is not None and gap_by(new_text, new):
            difference = self._total(new, gap=True)
            if difference and old in difference[0]:
                return (
                    difference  # "life of seven years ... operated for eleven" -> "by four years"
                )
        if old.kind != "quantity":
            return self.span_end(old, new)
        return self.span_end(old, new) or self._all_but(new, self._sentence_span(old))

    def _all_but(
        self, new: Mention, within: tuple[int, int] | None = None
    ) -> tuple[list[Mention], str] | None:
        """ "Of the 358 people who died, all but one were inmates" supports "357 were
        inmates": an OLD sentence takes a few from its whole, and NEW states the rest
        exactly. ``within`` is the span of the sentence to read (that of the OLD
        figure a conflict paired); without it, every OLD sentence that says "all but"."""
        if self.text is None or new.unit or not _plain(new):
            return None
        if within is None and self._all_but_sentences is None:
            self._all_but_sentences = list(
                dict.fromkeys(self._sentence_at(f.start()) for f in _ALL_BUT.finditer(self.text))
            )
        for start, end in [within] if within else self._all_but_sentences or []:
            for found in _ALL_BUT.finditer(self.text, start, end):
                apart = _number(found.group("n"))
                for whole in self.counts().get(new.value + (apart or 0), ()):  # type: ignore[operator]
                    if apart and start <= whole.start < end and _plain(whole):
                        how = f"{ALL_BUT} {found.group('n')} of a whole the original gives"
                        return [whole], how
        return None

    def _sentence_span(self, m: Mention) -> tuple[int, int]:
        """(start, end) of OLD's sentence that holds ``m``, or a window around it."""
        if 0 <= m.sentence < len(self.spans):
            start, end = self.spans[m.sentence]
            if start <= m.start < end:
                return start, end
        return max(0, m.start - CLAUSE_REACH), m.end + CLAUSE_REACH

    def span_end(self, old: Mention, new: Mention) -> tuple[list[Mention], str] | None:
        """A range of years NEW gives where OLD gives its first year and how long it lasts.

        "banned for four years in 2011" supports "a ban from 2011 to 2015": the
        OLD year is the range's first, and a plain span of whole years in the
        OLD year's sentence, not counted from another date ("four years after"),
        is its length. Asked of a pair the values alone call a conflict.
        """
        ends = _range_ends(new)
        year = old.iso if old.kind == "date" and old.iso else ""
        if ends is None or not re.fullmatch(r"\d{4}", year) or ends[0] != int(year):
            return None
        for o in self.old:
            years = _YEARS.get(o.unit or "")
            if (
                years is None
                or o.sentence != old.sentence
                or o.role is not None
                or not _plain(o)
                or (self.text is not None and _OFFSET.match(self.text, o.end))
            ):
                continue
            if o.value * years == ends[1] - ends[0]:  # type: ignore[operator]
                return [old, o], "the end of a span the original gives"
        return None

    def counts_over_spans(self, unit: str | None) -> list[tuple[Mention, Mention]]:
        """(OLD count in ``unit``, OLD span of time) pairs of one sentence, worked out once."""
        if unit not in self._spans_of:
            spans: dict[int, list[Mention]] = {}
            for o in self.old:
                if o.dimension == "time" and o.unit in PERIOD_DAYS and o.role is None and _plain(o):
                    spans.setdefault(o.sentence, []).append(o)
            self._spans_of[unit] = [
                (count, span)
                for count in self.parts(unit)
                if count.role is None and count.dimension != "time" and _plain(count)
                for span in spans.get(count.sentence, ())[:MAX_IN_SENTENCE]
            ]
        return self._spans_of[unit]

    def narrated(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """What OLD's text lists or narrates that ``new`` counts (recount.py), or
        says in words a comparison does not pair as a figure (unread.py); or None.

        Asked only of a NEW figure nothing else pairs or derives: a count of
        listed items never stands in for a conflict of the same figure.
        """
        narration = self._narration()
        if narration is None or self._unread is None:
            return None
        return (
            narration.support(new, new_text)
            or self._unread.support(new, new_text)
            or self._rest_of_whole(new, new_text)
            or self._rest_after_part(new, new_text)
        )

    def ordinal(
        self, new: Mention, new_text: str, new_mentions: list[Mention]
    ) -> tuple[list[Mention], str] | None:
        """What OLD says that a NEW ordinal nothing paired restates (ordinals.py)."""
        if new.role != "ordinal" or self.text is None:
            return None
        if self._ordinals is None:
            self._ordinals = Ordinals(self.text, self.spans, self.old)
        return self._ordinals.support(new, new_text, new_mentions)

    def miscount(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """OLD's list that ``new``, a count of the list NEW gives with it, miscounts (recount.py)."""
        items = miscounted_list(new, new_text)
        if items is None:
            return None  # asked of every pair: OLD's lists are read only for a likely one
        narration = self._narration()
        return narration.miscount(items) if narration else None

    def _narration(self) -> Narrated | None:
        if self.text is None:
            return None
        if self._narrated is None or self._unread is None:
            self._narrated = Narrated(self.text, self.spans, self.old)
            self._unread = Unread(self.text, self.old)
        return self._narrated

    def _rest_of_whole(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """NEW's "11 of the 12 men" where OLD gives the 12 and the one apart ("One man
        was acquitted") and NEW says the one apart too ("one was acquitted").

        The whole and the part are OLD counts of one kind of thing (people being
        one kind), the part in the whole's sentence or the next ones
        (``REST_REACH``), and part + NEW's figure is the whole exactly. NEW must
        state the part with a word OLD's part has after it ("acquitted"): that
        is what makes NEW's figure the rest, and not the part or another
        group ("11 of the 12 were acquitted" is not derived).
        """
        if new.kind != "quantity" or new.unit or new.role or new.value is None:
            return None
        whole_of = _PART_OF.match(new_text, new.end)
        if not whole_of or not float(new.value).is_integer():
            return None
        whole, k = _number(whole_of.group("n")), int(new.value)
        noun = stem(whole_of.group("noun")) if whole_of.group("noun") else None
        if whole is None or not 1 <= k < whole:
            return None
        for o in self.counts().get(whole, ()):
            if noun and o.noun and not _one_kind(noun, stem(o.noun.split()[-1])):
                continue
            for part in self.counts().get(whole - k, ()):
                if not (o.sentence <= part.sentence <= o.sentence + REST_REACH) or part is o:
                    continue
                if part.noun and not _one_kind(_noun(o) or noun, _noun(part)):
                    continue
                if self._says_part(part, new_text, whole_of.end()):
                    return [o, part], "the rest of a whole after the part the original counts"
        return None

    def _rest_after_part(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """NEW's "That leaves about 106 children still held" after "Nineteen children have
        been freed", where OLD gives the whole ("about 125 children were abducted")
        and the part ("The 19 were freed").

        NEW must say its count is what is left (``derive.rest_before`` /
        ``rest_after``) and state the part's number itself; OLD's whole and
        part are counts of one kind (the part may have no noun), the whole
        exact or approximate, and whole less part is NEW's figure exactly.
        """
        if new.kind != "quantity" or new.unit or new.role or new.value is None:
            return None
        if not float(new.value).is_integer() or new.value < 1:
            return None
        lo = max(0, new.start - REST_CUE_REACH)
        if not (
            _REST_BEFORE.search(new_text, lo, new.start) or _REST_AFTER.match(new_text, new.end)
        ):
            return None
        said = _counts_said(new_text[max(0, new.start - REST_SAID_REACH) : new.start])
        for part_value in sorted(said):
            for whole in self.wholes().get(new.value + part_value, ()):
                for part in self.counts().get(part_value, ()):
                    if part is not whole and _one_kind(_noun(whole), _noun(part)):
                        operands = [whole, part]
                        return (
                            operands,
                            "what is left of a whole after the part the original counts",
                        )
        return None

    def wholes(self) -> dict[float, list[Mention]]:
        """OLD's counts without a unit, exact or approximate ("about 125 children"), by value:
        the wholes a summary takes a part from."""
        if self._wholes is None:
            self._wholes = {}
            for o in self.old:
                if (
                    o.kind == "quantity"
                    and o.value is not None
                    and not o.unit
                    and not o.role
                    and o.low is None
                    and _qualifier(o) in ("exact", "approximate")
                ):
                    self._wholes.setdefault(o.value, []).append(o)
        return self._wholes

    def counts(self) -> dict[float, list[Mention]]:
        """OLD's exact counts without a unit, by value ("One man" too: it has a noun)."""
        if self._counts is None:
            self._counts = {}
            for o in self.old:
                if (
                    o.kind == "quantity"
                    and o.value is not None
                    and not o.unit
                    and o.role is None
                    and _qualifier(o) == "exact"
                    and (o.noun or not is_vague(o))
                ):
                    self._counts.setdefault(o.value, []).append(o)
        return self._counts

    def _says_part(self, part: Mention, new_text: str, at: int) -> bool:
        """Whether NEW, after ``at``, states ``part``'s number with a word OLD has after it."""
        assert self.text is not None
        clause = _CLAUSE_END.search(self.text, part.end)
        after = self.text[part.end : clause.start() if clause else len(self.text)]
        own = {stem(w) for w in (part.noun or "").split()}
        words = set(content_words(after)[:PART_WORDS]) - own
        if not words:
            return False
        window = new_text[at : at + REST_WINDOW]
        for found in _NUMBER.finditer(window):
            if _number(found.group(0)) != part.value:
                continue
            following = content_words(window[found.end() : found.end() + PART_WINDOW])
            if words & set(following[:PART_WORDS]):
                return True
        return False

    def _derive(self, new: Mention, gap: bool = False) -> tuple[list[Mention], str] | None:
        if new.kind == "date":
            return self._offset_date(new) or self._months_later(new) or self._end_of_range(new)
        if new.kind != "quantity" or new.value is None or is_vague(new):
            return None
        # two OLD parts that add up exactly ("three hours and 20 minutes" for "200
        # minutes") before a rounded conversion of one of them
        if compound := self.compound_span(new, exact=True):
            return compound
        for o in self.sources(new):
            rel = relate(o, new, conversion_tolerance=self.settings.conversion_tolerance)
            if rel.kind == "converted":
                return [o], "a unit conversion"
        return (
            self.compound_span(new)
            or self._total(new, gap)
            or self._computed(new)
            or self._all_but(new)
        )

    def compound_span(self, new: Mention, exact: bool = False) -> tuple[list[Mention], str] | None:
        """A span NEW writes in one unit or as a clock ("1:57.67", "2:05:03") that OLD
        writes in two units side by side ("one minute 57.67 seconds", "two hours 5
        minutes"): the OLD parts, the larger unit first, stand next to each other
        with at most a comma or "and" between, and add up to NEW's span exactly
        (to NEW's own precision; with ``exact``, also to the smaller part's, so
        "12 hours" is no restatement of "11 hours, 40 minutes" but "700 minutes" is)."""
        if new.kind != "quantity" or new.dimension != "time" or not new.unit or new.value is None:
            return None
        if new.role is not None or self.text is None:
            return None
        for parts in self.adjacent_spans():
            values = [convert(p.value, p.unit, new.unit) for p in parts]  # type: ignore[arg-type]
            if None in values:
                continue
            # to the last digit NEW writes: a clock's seconds are not rounded to tens
            tolerance = 0.5 * 10.0 ** -(new.decimals or 0)
            if exact:
                smallest = parts[-1]
                last = convert(0.5 * 10.0 ** -(smallest.decimals or 0), smallest.unit, new.unit)  # type: ignore[arg-type]
                tolerance = min(tolerance, last if last is not None else tolerance)
            if _close(sum(values), new.value, tolerance):  # type: ignore[arg-type]
                return list(parts), TWO_UNIT_SPAN
        return None

    def adjacent_spans(self) -> list[tuple[Mention, ...]]:
        """The parts of each span OLD writes in two units or more, worked out once."""
        if self._adjacent is None:
            assert self.text is not None
            self._adjacent = two_unit_spans(self.text, self.old)
        return self._adjacent

    def part_of_span(
        self, new: Mention, new_runs: list[tuple[Mention, ...]]
    ) -> tuple[list[Mention], str] | None:
        """The OLD span ``new`` is one of the NEW parts of (``new_runs``: NEW's
        ``two_unit_spans``), as its support."""
        for parts in new_runs:
            if any(new is p for p in parts):
                old = self.span_in_parts(parts)
                return ([old], TWO_UNIT_PARTS) if old is not None else None
        return None

    def span_in_parts(self, parts: tuple[Mention, ...]) -> Mention | None:
        """The OLD span that NEW spans side by side write in two units or more ("200
        minutes" for "three hours and 20 minutes", "1:57.67" for "one minute 57.67
        seconds", "2:05:03" for "two hours, five minutes and three seconds"): equal
        to their sum to OLD's last digit and the smallest part's."""
        b = parts[-1]
        values = [convert(p.value, p.unit, b.unit) for p in parts]  # type: ignore[arg-type]
        if None in values:
            return None
        total = sum(values)  # type: ignore[arg-type]
        for unit, indexes in self.by_unit.items():
            for k in indexes:
                o = self.old[k]
                if o.dimension != "time" or o.role is not None or not _plain(o):
                    continue
                value = convert(o.value, unit, b.unit)  # type: ignore[arg-type]
                if value is None:
                    continue
                last = convert(0.5 * 10.0 ** -(o.decimals or 0), unit, b.unit) or 0.0
                if _close(value, total, min(last, 0.5 * 10.0 ** -(b.decimals or 0))):
                    return o
        return None

    def _total(self, new: Mention, gap: bool) -> tuple[list[Mention], str] | None:
        """A total or difference of OLD parts in NEW's unit (3 and more only)."""
        if new.value < 3:
            return None
        parts = self.parts(new.unit)
        tolerance = step(new) / 2
        # the words around the parts are read last, for a pair whose values may hold:
        # one_frame on every pair first made a list of 2,000 items cost 1.5 million
        # frame tests (up to MAX_PARTS squared per NEW figure)
        for a, b in combinations(parts, 2):
            same = a.sentence == b.sentence
            total = (
                (same or (a.noun and a.noun == b.noun == new.noun))
                and _close(a.value + b.value, new.value, tolerance)
                and new.value > max(a.value, b.value)
            )
            difference = (new.change is not None or gap) and same
            if not (total or difference) or not one_frame(new, *self._elliptic_nouns(a, b)):
                continue
            if total and self._counts_what_new_counts(new, a, b):
                return [a, b], "a total"
            if (
                difference
                and _holds(abs(a.value - b.value), new, a, b)
                and self._counts_what_new_counts(new, a, b)
            ):
                return [a, b], "a difference"
        found = self._share_of_total(new, tolerance)
        if found:
            return found
        for a, b, c in combinations(parts, 3):
            if (
                a.sentence == b.sentence == c.sentence
                and _close(a.value + b.value + c.value, new.value, tolerance)
                and one_frame(new, a, b, c)
                and self._counts_what_new_counts(new, a, b, c)
            ):
                return [a, b, c], "a total"
        return None

    def _elliptic_nouns(self, a: Mention, b: Mention) -> tuple[Mention, Mention]:
        """``a`` and ``b`` with a noun the later one leaves out filled in from the
        earlier, for telling whether they count one thing: "create 30 jobs and secure
        60 more" counts jobs twice (``derive.elliptic_after``), so "90 jobs created or
        secured" is their total. Only in one sentence, the earlier with a noun, the
        later with none and a word of ellipsis right after it."""
        first, later = (a, b) if a.start < b.start else (b, a)
        if (
            self.text is None
            or first.sentence != later.sentence
            or not first.noun
            or later.noun
            or not _ELLIPTIC_AFTER.match(self.text, later.end)
        ):
            return a, b
        filled = replace(later, noun=first.noun)
        return (a, filled) if later is b else (filled, b)

    def _counts_what_new_counts(self, new: Mention, *parts: Mention) -> bool:
        """Whether bare OLD numbers can add up to what NEW counts.

        "two putted from the back edge for a six" holds no birdies: "eight
        birdies" is no total of it. Where NEW counts a noun and no part
        counts anything, the parts' words must name NEW's noun, or their
        verb class be NEW's ("40 in Leeds and 12 in York were arrested" ->
        "52 people were arrested").
        """
        if not new.noun or any(p.noun or p.frame.get("measure") for p in parts):
            return True
        predicate = new.frame.get("predicate")
        if predicate and any(p.frame.get("predicate") == predicate for p in parts):
            return True
        if self.text is None:
            return True
        first = min(parts, key=lambda p: p.start)
        last = max(parts, key=lambda p: p.end)
        # the parts' own sentences, at most _PARTS_WINDOW characters each side
        start = max(self._sentence(first)[0], first.start - _PARTS_WINDOW)
        end = min(self._sentence(last)[1], last.end + _PARTS_WINDOW)
        return stem(new.noun) in content_words(self.text[max(0, start) : end])

    def _sentence(self, m: Mention) -> tuple[int, int]:
        """The span of OLD's sentence that holds ``m`` (the whole text when unknown)."""
        if 0 <= m.sentence < len(self.spans):
            return self.spans[m.sentence]
        return 0, len(self.text or "")

    def _sentence_at(self, offset: int) -> tuple[int, int]:
        """The span of OLD's sentence that holds ``offset`` (the whole text when unknown)."""
        k = bisect.bisect_right(self.spans, (offset, len(self.text or "") + 1)) - 1
        return self.spans[k] if k >= 0 else (0, len(self.text or ""))

    def _share_of_total(self, new: Mention, tolerance: float) -> tuple[list[Mention], str] | None:
        """``new`` as OLD's percentage of OLD's total in one sentence ("about 320" of 338 at 95%).

        Only a bare count, below the total, counting what the total counts
        where it says; the percentage's own rounding widens the tolerance.
        """
        if new.unit or new.role or new.dimension not in (None, "count"):
            return None
        measure = new.frame.get("measure")
        for share, total in self.shares_of_totals:
            if new.value >= total.value or measure not in (None, total.frame.get("measure")):
                continue
            # a rounding of the product at most MAX_ROUNDING of it, as values.relate allows
            slack = min(tolerance, rounding_slack(new)) + total.value * step(share) / 200  # type: ignore[operator]
            product = share.value * total.value / 100  # type: ignore[operator]
            if _close(product, new.value, slack) and _bound_holds(product, new):
                return [share, total], "a share of a total"
        return None

    def _computed(self, new: Mention) -> tuple[list[Mention], str] | None:
        return (
            self._share_of_counts(new)
            or self._ratio(new)
            or self._range_length(new)
            or self._months_between(new)
            or self._hours_between(new)
            or self._age(new)
        )

    def _months_between(self, new: Mention) -> tuple[list[Mention], str] | None:
        """The months from one OLD month to a later one of its sentence or the next.

        "Work is planned for May. The road will be closed until October" supports
        "roughly five months", "in March ... by June" "three months later": two
        months OLD names without a narrowing word ("early May" is not May), the
        later one after the first in the text, in the same year where neither or
        only one gives a year; NEW states the gap truly (``_holds``).
        """
        if new.kind != "quantity" or new.role is not None or new.unit != "month":
            return None
        if new.value is None or not 1 <= new.value <= MAX_MONTHS:
            return None
        # months without days are themselves rounded: "roughly five months" holds too
        said = new if _qualifier(new) != "approximate" else replace(new, qualifier="exact")
        for first, later, gap in self.month_gaps():
            if new.value == gap and _holds(gap, said):
                return [first, later], "the months between two the original names"
        return None

    def _hours_between(self, new: Mention) -> tuple[list[Mention], str] | None:
        """The time from one OLD clock time to another of its sentence or the next.

        "reopened just before 17:00 ... reports of a package at about 14:00" supports
        "just under three hours later": NEW's span is the gap exactly, in hours or
        minutes, and says no more than OLD's hedges allow (an OLD time "just before"
        or "about" makes a gap NEW may state exactly, "about" or "just under", never
        "more than"). Times of one day only: a later time that comes first in the text
        counts too ("reopened at 17:00 ... reported at 14:00").
        """
        if new.kind != "quantity" or new.role is not None or new.value is None:
            return None
        if new.unit not in ("hour", "minute") or new.qualifier == "at_least":
            return None
        minutes = new.value * (60 if new.unit == "hour" else 1)
        times = [(o, t) for o in self.old if (t := _clock_minutes(o)) is not None][:MAX_PARTS]
        for k, (a, ta) in enumerate(times):
            for b, tb in times[k + 1 : k + 1 + MAX_IN_SENTENCE]:
                if b.sentence - a.sentence > 1:
                    break
                hedged = _qualifier(a) != "exact" or _qualifier(b) != "exact"
                if abs(tb - ta) == minutes and (hedged or new.qualifier in (None, "exact")):
                    return [a, b], "the time between two clock times the original names"
        return None

    def bare_hours(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """A bare number NEW gives as hours, the word "hours" shortly before it ("cut the
        opening hours from 12 to eight a day" for "open from 10:00 to 18:00 instead of
        10:00 to 22:00"): the time between two OLD clock times, as ``_hours_between``
        reads a span written in hours. Asked only of a NEW figure nothing pairs."""
        if new.kind != "quantity" or new.unit or new.role is not None or new.value is None:
            return None
        if not 0 < new.value <= 24 or not _HOURS_BEFORE.search(
            new_text, max(0, new.start - HOURS_REACH), new.start
        ):
            return None
        return self._hours_between(replace(new, unit="hour", dimension="time"))

    def _months_later(self, new: Mention) -> tuple[list[Mention], str] | None:
        """A NEW "three months later" where OLD names a month and one three months on.

        "in March ... by June" supports "three months later": the gap is read
        as ``_months_between`` reads it, and NEW's "later" / "after" counts on.
        """
        found = _MONTHS_ON.fullmatch(new.extra.get("norm") or "") if new.kind == "date" else None
        if found is None:
            return None
        for first, later, gap in self.month_gaps():
            if gap == int(found.group(1)):
                return [first, later], "the months between two the original names"
        return None

    def month_gaps(self) -> list[tuple[Mention, Mention, int]]:
        """(OLD month, a later OLD month, months between) of one or two sentences, once."""
        if self._month_gaps is None:
            months = [
                (o, key)
                for o in self.old
                if (key := _month_of(o)) is not None
                and (self.text is None or date_modifier(self.text, o) not in _NARROWING)
            ][:MAX_PARTS]
            self._month_gaps = []
            for k, (a, (ya, ma)) in enumerate(months):
                for b, (yb, mb) in months[k + 1 : k + 1 + MAX_IN_SENTENCE]:
                    if b.sentence - a.sentence > 1:
                        break
                    gap = (yb - ya) * 12 + mb - ma if ya and yb else mb - ma
                    if 0 < gap <= MAX_MONTHS:
                        self._month_gaps.append((a, b, gap))
        return self._month_gaps

    def _age(self, new: Mention) -> tuple[list[Mention], str] | None:
        """An age from an OLD birth date and another OLD date of its sentence.

        "Lena Hart, born on 4 June 1995, won on 12 August 2018" supports "the
        23-year-old": both dates are whole days, so the age is exact.
        """
        if new.role != "age" or new.unit != "year" or new.value is None:
            return None
        for birth, event in self.births():
            born, when = _full_day(birth), _full_day(event)
            years = when.year - born.year - ((when.month, when.day) < (born.month, born.day))
            if years == new.value and new.qualifier in (None, "exact"):
                return [birth, event], "an age from a birth date"
        return None

    def age_at(
        self, new: Mention, new_text: str, new_sentence: str
    ) -> tuple[list[Mention], str] | None:
        """A bare number NEW writes as an age ("at 23 she became the second ...",
        "entered Parliament at 46"): derived where OLD gives the person's birth date
        (after "born", or opening a bracketed span of days: "(4 August 1903 – 27
        November 1988)") and the date of an event whose OLD sentence shares words
        with NEW's (``AGE_WORDS_SHARED``), and the age at that date is exact: a whole
        day, or a month other than the birth month.
        """
        if (
            new.kind != "quantity"
            or new.unit
            or new.role is not None
            or new.value is None
            or not float(new.value).is_integer()
            or not 0 < new.value < 130
            or not _AGE_BEFORE.search(new_text, max(0, new.start - 20), new.start)
            or self.text is None
        ):
            return None
        words = set(content_words(new_sentence))
        for birth, born in self.birth_days():
            for o in self.old:
                if o.kind != "date" or o is birth or not o.iso:
                    continue
                when = re.fullmatch(r"(\d{4})-(\d\d)(?:-(\d\d))?", o.iso)
                if when is None:
                    continue
                year, month = int(when.group(1)), int(when.group(2))
                day = int(when.group(3)) if when.group(3) else None
                if day is None and month == born.month:
                    continue  # the birthday may fall either side of the event
                age = year - born.year - ((month, day or 1) < (born.month, born.day))
                if age != new.value:
                    continue
                shared = words & set(content_words(self.sentence_text(o)))
                if len(shared) >= AGE_WORDS_SHARED:
                    return [birth, o], "an age from a birth date"
        return None

    def age_at_death(self, new: Mention, new_sentence: str) -> tuple[list[Mention], str] | None:
        """An age NEW gives in a sentence that tells of a death ("died in 1941 at 73",
        "who died aged 73"): derived where OLD dates a life in brackets after a name by
        two whole days ("(9 February 1868 – 30 November 1941)") and the age on the last
        is exact. Asked only of a NEW figure nothing pairs."""
        if (
            new.kind != "quantity"
            or new.value is None
            or not float(new.value).is_integer()
            or not 0 < new.value < 130
            or not (new.role == "age" or (new.role is None and not new.unit))
            or not _DEATH.search(new_sentence)
            or self.text is None
        ):
            return None
        for life, born in self.birth_days():
            ends = _range_ends(life)
            if ends is None or not isinstance(ends[1], _dt.date):
                continue
            died = ends[1]
            age = died.year - born.year - ((died.month, died.day) < (born.month, born.day))
            if age == new.value and new.qualifier in (None, "exact"):
                return [life], "an age at death from a life's dates"
        return None

    def birth_days(self) -> list[tuple[Mention, _dt.date]]:
        """(OLD mention, birth day): a whole day after "born", or the first day of a
        bracketed span of days (a life's dates after a name)."""
        assert self.text is not None
        if self._birth_days is not None:
            return self._birth_days
        out: list[tuple[Mention, _dt.date]] = []
        self._birth_days = out
        for o in self.old:
            if o.kind != "date" or not o.iso:
                continue
            first = o.iso.split("/")[0]
            try:
                day = _dt.date.fromisoformat(first)
            except ValueError:
                continue
            before = self.text[max(0, o.start - 20) : o.start]
            if _BORN.search(before) or ("/" in o.iso and before.rstrip().endswith("(")):
                out.append((o, day))
        return out

    def sentence_text(self, m: Mention) -> str:
        """The OLD sentence ``m`` stands in (its own text when the spans are unknown)."""
        if self.text is not None and 0 <= m.sentence < len(self.spans):
            s, e = self.spans[m.sentence]
            return self.text[s:e]
        return m.text

    def births(self) -> list[tuple[Mention, Mention]]:
        """(OLD birth date, another whole day of its sentence), worked out once."""
        if self._births is None:
            self._births = []
            days = [o for o in self.old if o.kind == "date" and _full_day(o) is not None]
            for birth in days:
                if self.text is None or not _BORN.search(
                    self.text, max(0, birth.start - 20), birth.start
                ):
                    continue
                self._births.extend(
                    (birth, o)
                    for o in days
                    if o is not birth and o.sentence == birth.sentence and o.start > birth.start
                )
        return self._births

    def _share_of_counts(self, new: Mention) -> tuple[list[Mention], str] | None:
        """A share that is one OLD count of another ("a third" for 30 of the 90).

        Both counts are plain, of one OLD sentence, the part below the whole,
        and count the same thing where they say what (noun and measure).
        """
        if new.dimension not in _SHARES or new.role is not None:
            return None
        scale = 100.0 if new.dimension == "percentage" else 1.0
        if new.dimension == "percentage" and new.unit != "percent":
            return None
        for pair in self.pairs_in_sentence(None):
            part, whole = sorted(pair, key=lambda m: m.value)
            if part.value >= whole.value or not _counts_alike(part, whole):
                continue
            share = scale * part.value / whole.value
            if _holds(share, new, part, whole) or _share_bound_holds(share, new, part, whole):
                return [part, whole], "a share of a total"
        return None

    def _ratio(self, new: Mention) -> tuple[list[Mention], str] | None:
        """A factor that is one OLD figure over another ("twice" for 40 and 80).

        A bare number of the sentence of a figure with a unit is in that unit
        when it counts nothing ("a reading of 78mg - the legal limit is 22"
        supports "more than triple the limit"): news leaves the unit to the
        reader, not the number to another measure.

        An estimate may be one of the two ("about 65,000 visitors ... a population
        of 11,806" supports "nearly six times the population"): a factor compares
        roughly, as the estimate counts; a bound ("more than 65,000") may not."""
        if new.dimension != "factor" or new.value is None or new.value <= 1:
            return None
        for unit in (None, *self.by_unit):
            pairs = self.pairs_in_sentence(unit, rough=True)
            if unit is not None:
                pairs = pairs + self._elliptic_pairs(unit)
            for a, b in pairs:
                low, high = sorted((a, b), key=lambda m: m.value)
                if _counts_alike(a, b) and _holds(high.value / low.value, new):
                    return [low, high], "a ratio"
        return None

    def _elliptic_pairs(self, unit: str) -> list[tuple[Mention, Mention]]:
        """(a figure in ``unit``, a bare number that counts nothing) of one OLD sentence."""
        bare: dict[int, list[Mention]] = {}
        for o in self.parts(None):
            if o.role is None and _plain(o) and not _noun(o) and not o.frame:
                bare.setdefault(o.sentence, []).append(o)
        return [
            (o, b)
            for o in self.parts(unit)
            if o.role is None and _plain(o)
            for b in bare.get(o.sentence, ())[:MAX_IN_SENTENCE]
        ]

    def _range_length(self, new: Mention) -> tuple[list[Mention], str] | None:
        """How long an OLD range of years or days lasts ("six years" for 2009 to 2015).

        A range of days is counted both ways, as writers count it: "25-30 May" is
        five days from the first to the last, and six days counting both ends
        ("the relay's six days in Wales"); either reading holds. A range without a
        year ("25-30 May", "from Monday to Saturday") is counted by its words.
        """
        if new.kind != "quantity" or new.role is not None or new.dimension != "time":
            return None
        per_year, per_day = _YEARS.get(new.unit or ""), _DAYS.get(new.unit or "")
        if per_year is None and per_day is None:
            return None
        for o in self.old:
            if per_day and (days := _days_of_range(o)) is not None:
                if _holds(days / per_day, new):
                    return [o], "the length of a range"
                if _holds((days + 1) / per_day, new):
                    return [o], "the length of a range of days, both ends counted"
                continue
            ends = _range_ends(o)
            if ends is None or not isinstance(ends[0], int) or not per_year:
                continue
            length = (ends[1] - ends[0]) / per_year
            if length > 0 and _holds(length, new):
                return [o], "the length of a range"
        return None

    def years_apart(
        self, new: Mention, anchors: frozenset[int]
    ) -> tuple[list[Mention], str] | None:
        """How long passed between two OLD years ("for nearly three decades" for
        "completed in 1932 ... the tallest until 1961").

        A summary computes the span two dates of the source enclose. The two
        OLD years stand in one OLD sentence, or NEW names one of them near the
        span (``anchors``, the years of NEW's sentence and the one before:
        "ended in 1964, after 107 years" for OLD's "opened ... 1857" and
        "withdrawn ... 1964"). A decade ("the 1850s") must give a span NEW
        states truly from its first year and from its last. Asked only of a
        NEW figure nothing pairs: a span OLD states ("stood for five years") is
        compared with NEW's, not computed around it. A NEW date counted on in years
        ("predicted in 1869 ... identified 54 years later") is read as its span.
        """
        new = _years_counted_on(new) or new
        per = _YEARS.get(new.unit or "")
        if new.kind != "quantity" or new.role is not None or per is None or new.value is None:
            return None
        for (a, a_first, a_last), (b, b_first, b_last) in combinations(self.years(), 2):
            if a_last > b_first:
                (a, a_first, a_last), (b, b_first, b_last) = (
                    (b, b_first, b_last),
                    (a, a_first, a_last),
                )
            if a_last >= b_first or not (a.sentence == b.sentence or {a_first, b_first} & anchors):
                continue
            shortest, longest = (b_first - a_last) / per, (b_last - a_first) / per
            if _holds(shortest, new) and _holds(longest, new):
                return [a, b], "the years between two dates"
        return self._days_apart(new, per, anchors) or self._since_to_now(new, per)

    def _days_apart(
        self, new: Mention, per: int, anchors: frozenset[int]
    ) -> tuple[list[Mention], str] | None:
        """The span between two full OLD dates, to the day: "after more than seven years
        of fighting" for "began on 3 April 1702 ... ended ... on 11 September 1709"
        (7.4 years; counted by their years alone, seven, which "more than" breaks).
        The two dates stand in one OLD sentence, or NEW names the year of one."""
        days = [(o, d) for o in self.old[:MAX_YEARS] if (d := _full_day(o)) is not None]
        for (a, a_day), (b, b_day) in combinations(days, 2):
            if a_day > b_day:
                (a, a_day), (b, b_day) = (b, b_day), (a, a_day)
            if a_day == b_day or not (
                a.sentence == b.sentence or {a_day.year, b_day.year} & anchors
            ):
                continue
            if _holds((b_day - a_day).days / 365.25 / per, new):
                return [a, b], "the years between two dates"
        return None

    def _since_to_now(self, new: Mention, per: int) -> tuple[list[Mention], str] | None:
        """NEW's "for over 150 years" where OLD says "has crossed the lake since 1868": a
        lower bound on the span from an OLD year a period starts at to now, which is no
        earlier than the latest year OLD gives ("the 2021 census"). Only a bound NEW
        gives from below holds whatever the day of reading; "for 153 years" does not."""
        if new.qualifier != "at_least" or self.text is None or not self.years():
            return None
        latest = max(last for _, _, last in self.years())
        for o, first, last in self.years():
            if first != last or period_edge(self.text, o) != "start" or "/" in (o.iso or ""):
                continue
            if _holds((latest - last) / per, new):
                return [o], "the years since a date the original gives, to now"
        return None

    def _end_of_range(self, new: Mention) -> tuple[list[Mention], str] | None:
        """A year NEW gives that is one end of an OLD range of years ("opened fully in
        1857" for "opened in stages between 1847 and 1857"): OLD gives the year, as the
        range's first or last. Not the year of a range of days ("died in 1961" for "(3
        May 1890 – 12 June 1961)"): that says less than OLD, as a year for a day does."""
        if new.grain != "year" or not re.fullmatch(r"\d{4}", new.iso or ""):
            return None
        for o in self.old:
            if o.kind == "date" and o.iso and new.iso in o.iso.split("/")[:2] and "/" in o.iso:
                return [o], "an end of a range the original gives"
        return None

    def years(self) -> list[tuple[Mention, int, int]]:
        """(OLD date, first year, last year) of each year OLD gives, worked out once:
        a year, the year of a day or month, each end of a range, a decade."""
        if self._years is None:
            self._years = []
            for o in self.old:
                if o.kind != "date" or not o.iso:
                    continue
                if o.grain == "decade" and re.fullmatch(r"\d{3}", o.iso):
                    self._years.append((o, int(o.iso) * 10, int(o.iso) * 10 + 9))
                    continue
                for end in o.iso.split("/")[:2]:
                    found = re.match(r"(\d{4})(?:-|$)", end)
                    if found:
                        self._years.append((o, int(found.group(1)), int(found.group(1))))
            del self._years[MAX_YEARS:]
        return self._years

    def pairs_in_sentence(
        self, unit: str | None, rough: bool = False
    ) -> list[tuple[Mention, Mention]]:
        """Pairs of plain OLD figures in ``unit`` that share a sentence, worked out once;
        ``rough``: estimates too ("about 65,000"), for a factor (``_ratio``)."""
        key = (unit, rough)
        if key not in self._pairs:
            by_sentence: dict[int, list[Mention]] = {}
            for o in self.parts(unit):
                if o.role is None and (_plain(o) or rough and _estimate(o)):
                    by_sentence.setdefault(o.sentence, []).append(o)
            self._pairs[key] = [
                pair
                for members in by_sentence.values()
                for pair in combinations(members[:MAX_IN_SENTENCE], 2)
            ]
        return self._pairs[key]

    def _offset_date(self, new: Mention) -> tuple[list[Mention], str] | None:
        """A day OLD counts on from, or back from, one of its dates.

        "died two days after the fall on 25 May 2014" supports "died on 27
        May": the span (in days or weeks) and the date stand in one OLD
        sentence, the span followed by "after"/"later" or "before"/"earlier".
        Only a whole day of OLD and a day-and-month of NEW are compared.
        """
        month_day = _month_day(new) if new.grain == "day" else None
        if month_day is None:
            return None
        year = _year(new)
        for span, d, when in self.counted_days().get(month_day, ()):
            if year in (None, when.year):
                return [span, d], "a date counted from another"
        return None

    def counted_days(self) -> dict[tuple[int, int], list[tuple[Mention, Mention, _dt.date]]]:
        """The days OLD counts from its dates, by (month, day), worked out once."""
        if self._counted_days is None:
            self._counted_days = {}
            dates: dict[int, list[tuple[Mention, _dt.date]]] = {}
            for o in self.old:
                day = _full_day(o) if o.kind == "date" and o.grain == "day" else None
                if day is not None:
                    dates.setdefault(o.sentence, []).append((o, day))
            for span in self.old:
                days = _DAYS.get(span.unit or "")
                if (
                    self.text is None
                    or days is None
                    or span.role is not None
                    or not _plain(span)
                    or not float(span.value).is_integer()
                    or span.sentence not in dates
                ):
                    continue
                cue = _OFFSET.match(self.text, span.end)
                if cue is None:
                    continue
                sign = -1 if cue.group("back") else 1
                shift = _dt.timedelta(days=sign * days * int(span.value))
                for d, day in dates[span.sentence]:
                    try:
                        when = day + shift
                    except OverflowError:
                        continue
                    self._counted_days.setdefault((when.month, when.day), []).append(
                        (span, d, when)
                    )
            self._count_relative_days()
        return self._counted_days

    def _count_relative_days(self) -> None:
        """ "on 17 January ... a day later" gives 18 January where no year is known (with
        one, the extractor has resolved it): a relative day of OLD counted from the day
        of the month before it in its sentence."""
        assert self._counted_days is not None
        last: tuple[Mention, tuple[int, int]] | None = None
        for o in self.old:
            if o.kind != "date" or o.grain != "day":
                continue
            if last is not None and last[0].sentence != o.sentence:
                last = None
            month_day = _month_day(o)
            if month_day is not None:
                last = (o, month_day)
                continue
            offset = _relative_days(o.extra.get("norm") or "")
            if last is None or offset is None or o.iso:
                continue
            try:
                when = _dt.date(_ANY_YEAR, *last[1]) + _dt.timedelta(days=offset)
            except ValueError:
                continue  # 29 February of no known year
            self._counted_days.setdefault((when.month, when.day), []).append((o, last[0], when))


def years_by_sentence(mentions: list[Mention]) -> dict[int, set[int]]:
    """The years each sentence of a version writes (a decade by its first year, a
    range by both ends): what a span of years the version gives is counted from."""
    out: dict[int, set[int]] = {}
    for o in mentions:
        for end in (o.iso or "").split("/")[:2] if o.kind == "date" else ():
            year = re.match(r"(\d{4})(?:-|$)|(\d{3})$", end)
            if year:
                first = int(year.group(1) or int(year.group(2)) * 10)
                out.setdefault(o.sentence, set()).add(first)
    return out


def years_near(years: dict[int, set[int]], m: Mention) -> frozenset[int]:
    """The years of ``m``'s sentence and the one before (``years_by_sentence``)."""
    return frozenset(years.get(m.sentence, set()) | years.get(m.sentence - 1, set()))


def counts_from_event(text: str, m: Mention) -> bool:
    """Whether a span is followed by "before" / "after" / "later" ...: a gap between
    two events ("eight years before his death"), not how long a state lasted."""
    return bool(_OFFSET.match(text, m.end))


def _shares_of_totals(old: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Percentages and counts of one OLD sentence, paired (at most MAX_PARTS pairs)."""
    out: list[tuple[Mention, Mention]] = []
    by_sentence: dict[int, tuple[list[Mention], list[Mention]]] = {}
    for m in old:
        if m.kind != "quantity" or m.value is None or m.value <= 0 or is_vague(m) or m.role:
            continue
        shares, totals = by_sentence.setdefault(m.sentence, ([], []))
        if m.dimension == "percentage" and m.value < 100:
            shares.append(m)
        elif not m.unit and m.dimension in (None, "count") and m.value >= 10:
            totals.append(m)
    for shares, totals in by_sentence.values():
        # only the pairs still wanted: a long sentence of shares and counts (a results
        # line) has thousands of each, and all their pairs were quadratic in it
        out.extend(islice(((s, t) for s in shares for t in totals), MAX_PARTS - len(out)))
        if len(out) >= MAX_PARTS:
            return out
    return out


_PARTS_WINDOW = 80
"""Characters around bare parts of a total where their counted noun may stand."""

FRAME_FIELDS = ("measure", "predicate")
"""Fields of ``Mention.frame`` the parts of a total must share where known: what
is counted and the verb class. Entity and period are what a total sums over
("40 in Leeds and 12 in York", "4 in June and 3 in August")."""


def one_frame(new: Mention, *parts: Mention) -> bool:
    """Whether OLD ``parts`` count one kind of thing, the kind ``new`` counts.

    7 wins and 2 defeats are not a "nine-time winner", nor 9 votes in favour
    and 2 abstentions "11 votes in favour": a total or difference adds figures
    of one frame. The parts' counted nouns must agree (all absent, or all the
    same, person nouns being one), and so must NEW's where both say; where the
    extractor gives a measure or predicate (``Mention.frame``), those must
    agree as well.
    """
    nouns = {_noun(p) for p in parts}
    if not _people_of_kinds(new, parts):
        if len(nouns) > 1 and not _people(nouns):
            return False
        noun, counted = next(iter(nouns)), _noun(new)
        if counted and noun and counted != noun and not _people({noun, counted}):
            return False
    for name in FRAME_FIELDS:
        known = {m.frame.get(name) for m in (new, *parts)} - {None, ""}
        if len(known) > 1:
            return False
    return True


def _people_of_kinds(new: Mention, parts: tuple[Mention, ...]) -> bool:
    """ "eight police officers and two staff" -> "ten people": NEW counts with a
    general word for people, and every part counts people of some kind (their
    measure), so NEW's word covers them all; "men" and "women" stay two facts
    against each other, not against "people"."""
    return (
        len(parts) > 1
        and _noun(new) in PERSON_NOUNS
        and all(p.noun and p.frame.get("measure") == "people" for p in parts)
    )


def two_unit_spans(text: str, mentions: list[Mention]) -> list[tuple[Mention, ...]]:
    """The parts of each span one version writes in two units or more, side by side
    ("one minute 57.67 seconds", "three hours and 20 minutes", "two hours, five
    minutes and three seconds"): each part in a smaller unit than the one before,
    with at most a comma or "and" between them."""
    spans = [
        m for m in mentions if m.dimension == "time" and m.unit and m.role is None and _plain(m)
    ]
    runs: list[tuple[Mention, ...]] = []
    run: list[Mention] = spans[:1]
    for a, b in zip(spans, spans[1:]):
        if _SPAN_JOIN.fullmatch(text, a.end, b.start) and (convert(1.0, a.unit, b.unit) or 0) > 1:  # type: ignore[arg-type]
            run.append(b)
            continue
        if len(run) >= 2:
            runs.append(tuple(run))
        run = [b]
    if len(run) >= 2:
        runs.append(tuple(run))
    return runs


def gap_by(text: str, m: Mention) -> bool:
    """Whether a verb of a gap and "by" stand before figure ``m`` ("outlived its
    design life by four years"): the figure is a difference."""
    return bool(_GAP_BY.search(text, max(0, m.start - GAP_BY_REACH), m.start))


def _plain(m: Mention) -> bool:
    """An exact, single, usable OLD figure: an operand of a derivation."""
    return (
        m.kind == "quantity"
        and m.value is not None
        and m.value > 0
        and not is_vague(m)
        and m.low is None
        and m.high is None
        and _qualifier(m) == "exact"
    )


def _qualifier(m: Mention) -> str:
    return m.qualifier or "exact"


def _estimate(m: Mention) -> bool:
    """An OLD figure given as an estimate ("about 65,000"), else usable as ``_plain`` is:
    a factor may be worked out from it (``_ratio``), a bound ("more than") never."""
    return (
        _qualifier(m) == "approximate"
        and m.kind == "quantity"
        and m.value is not None
        and m.value > 0
        and not is_vague(m)
        and m.low is None
        and m.high is None
    )


_CLOCK = re.compile(r"T(\d{2}):(\d{2})$")


def _clock_minutes(m: Mention) -> int | None:
    """Minutes after midnight of a clock time without a day ("T14:00"), else None."""
    found = _CLOCK.match(m.iso or "") if m.kind == "time" else None
    return int(found.group(1)) * 60 + int(found.group(2)) if found else None


def _holds(result: float, new: Mention, *operands: Mention) -> bool:
    """Whether NEW states ``result`` (computed from exact OLD ``operands``) truly.

    NEW is read as a statement of the exact result: the same figure, a
    rounding to NEW's own precision, or a hedge ("about", "nearly", "more
    than") that holds, exactly as ``values.relate`` judges a figure kept.
    """
    if any(_qualifier(o) != "exact" for o in operands):
        return False
    exact = Mention(
        kind="quantity",
        text=repr(round(result, 9)),
        start=0,
        end=0,
        value=result,
        unit=new.unit,
        dimension=new.dimension,
        noun=new.noun,
        role=new.role,
    )
    # a truncation ("2" for 2.57) is a fair way to keep a written figure, not
    # to state a computed one; a bound ("more than 80%" for 85.7%) is judged as
    # values.relate judges one kept, on which side and how far
    bound = new.qualifier in ("at_least", "at_most")
    near = bound or _close(result, new.value or 0.0, rounding_slack(new))
    if bound and new.dimension == "factor" and new.value is not None:
        # "more than triple" for 3.5: a factor in words is as coarse as a whole
        # number, so its bound holds within one
        over = result > new.value if new.qualifier == "at_least" else result < new.value
        return over and abs(result - new.value) < 1
    if near and relate(exact, new).accepted:
        return True
    return bound and _span_bound_holds(result, new)


def _span_bound_holds(result: float, new: Mention) -> bool:
    """Whether NEW's bound on a span of years holds at NEW's own precision: "well over a
    century" for 114 years, "more than 150 years" for 152, "over a decade" for 13 years
    (not "more than 20 years" for 36: the gap is a step of NEW's precision or more).
    A summary bounds a computed span by the round figure below it, further off than
    ``values.relate`` lets a bound kept from OLD be."""
    if new.unit not in _YEARS or new.value is None:
        return False
    over = result > new.value if new.qualifier == "at_least" else result < new.value
    return over and abs(result - new.value) < step(new)


def _share_bound_holds(share: float, new: Mention, *operands: Mention) -> bool:
    """Whether NEW's bound on a share is true of the share OLD's counts give, and
    within one of NEW's own parts: "fewer than half" (halves) for seven of 18,
    "more than a third" for 7 of 18, "more than 80%" (tens) for 1,200 of 1,400.

    A summary bounds a computed share by the nearest landmark, as "more than a
    year" bounds 15 months; a false bound ("more than half" for 7 of 18) stays
    a flag, and so does one a whole part away ("fewer than half" for 1 of 18 is
    true, "under 90%" for 12% says something else).
    """
    if new.qualifier not in ("at_least", "at_most") or new.value is None:
        return False
    if any(_qualifier(o) != "exact" for o in operands) or not _bound_holds(share, new):
        return False
    fraction = re.fullmatch(r"\d+/(\d+)", str(new.extra.get("fraction", "")))
    part = 1 / int(fraction.group(1)) if fraction and int(fraction.group(1)) else step(new)
    return share != new.value and abs(share - new.value) < part


def _counts_alike(a: Mention, b: Mention) -> bool:
    """Whether two OLD counts count the same thing where both say what, or one
    counts a kind of what the other counts."""
    for name in FRAME_FIELDS:
        known = {m.frame.get(name) for m in (a, b)} - {None, ""}
        if len(known) > 1:
            return False
    nouns = {_noun(a), _noun(b)} - {None}
    # a general noun covers a part of what it counts: "1,400 vehicles, including 1,200 cars"
    return len(nouns) <= 1 or _people(nouns) or same_noun(_noun(a), _noun(b))


def _range_ends(m: Mention) -> tuple[int, int] | tuple[_dt.date, _dt.date] | None:
    """The first and last year, or day, of an OLD range date ("from 2009 to 2015")."""
    if m.kind != "date" or not m.iso or m.iso.count("/") != 1:
        return None
    first, last = m.iso.split("/")
    if re.fullmatch(r"\d{4}", first) and re.fullmatch(r"\d{4}", last):
        return int(first), int(last)
    try:
        return _dt.date.fromisoformat(first), _dt.date.fromisoformat(last)
    except ValueError:
        return None


_MONTH_NUMBERS: dict[str, int] = lang.table("calendar.months")
_WEEKDAY_NUMBERS: dict[str, int] = lang.table("calendar.weekdays")
_DAY_OF_MONTH = re.compile(r"(?:from\s+)?([a-z]+)\s+(\d{1,2})(?:\s+\d{4})?")


def _days_of_range(m: Mention) -> int | None:
    """Days from the first to the last day of an OLD range of days, or None.

    Read from the range's ISO days, or, without a year, from its words: "may
    25-30" (5), "may 28-june 2" (5), "monday-saturday" (5). A range without a
    year across the end of February is not counted (a leap year may fall in it).
    """
    ends = _range_ends(m)
    if ends is not None:
        return (ends[1] - ends[0]).days if isinstance(ends[0], _dt.date) else None  # type: ignore[operator]
    if m.kind != "date" or m.grain != "day" or m.iso:
        return None
    edges = period_ends(m)
    if edges is None or edges[0][1] is None or edges[1][1] is None:
        return None
    first, last = edges[0][1].strip(), edges[1][1].strip()
    if first in _WEEKDAY_NUMBERS and last in _WEEKDAY_NUMBERS:
        return (_WEEKDAY_NUMBERS[last] - _WEEKDAY_NUMBERS[first]) % 7 or None
    a, b = _DAY_OF_MONTH.fullmatch(first), _DAY_OF_MONTH.fullmatch(last)
    if (
        a is None
        or b is None
        or a.group(1) not in _MONTH_NUMBERS
        or b.group(1) not in _MONTH_NUMBERS
    ):
        return None
    months = (_MONTH_NUMBERS[a.group(1)], _MONTH_NUMBERS[b.group(1)])
    if months[0] != months[1] and 2 in months:
        return None
    try:
        start = _dt.date(2001, months[0], int(a.group(2)))
        end = _dt.date(2001 + (months[1] < months[0]), months[1], int(b.group(2)))
    except ValueError:
        return None
    days = (end - start).days
    return days if days > 0 else None


def _bound_holds(result: float, new: Mention) -> bool:
    """Whether NEW's "more than" / "under" is true of ``result`` ("more than 165" is not of 161)."""
    if new.qualifier == "at_least":
        return result >= (new.value or 0.0)
    if new.qualifier == "at_most":
        return result <= (new.value or 0.0)
    return True


_ANY_YEAR = 2001
"""A year without 29 February, for days counted from a day of no known year."""
_RELATIVE_DAY = re.compile(
    r"(?P<next>following day)|(?P<prev>day before|previous day)"
    r"|(?P<n>\d+) days? (?:(?P<later>later|after)|earlier|before)"
)
"""The words ``extra["norm"]`` gives a day counted from another ("a day later": "following day")."""


def _relative_days(norm: str) -> int | None:
    """Days a relative day's ``norm`` counts on (+) or back (-) from its anchor, or None."""
    found = _RELATIVE_DAY.fullmatch(norm)
    if found is None:
        return None
    if found.group("next"):
        return 1
    if found.group("prev"):
        return -1
    n = int(found.group("n"))
    return n if found.group("later") else -n


def _month_day(m: Mention) -> tuple[int, int] | None:
    found = re.fullmatch(r"(?:\d{4}|XXXX)-(\d\d)-(\d\d)", m.iso or m.extra.get("timex") or "")
    return (int(found.group(1)), int(found.group(2))) if found else None


def _year(m: Mention) -> int | None:
    found = re.match(r"(\d{4})-", m.iso or "")
    return int(found.group(1)) if found else None


_MONTHS_ON = re.compile(r"(\d{1,2}) months? (?:later|after|on)")
"""The words ``extra["norm"]`` gives a date counted on in months ("3 months later")."""
MAX_MONTHS = 24
"""Months a gap between two OLD months may span: more is counted in years."""
_NARROWING = frozenset(lang.words("compare.date_narrowings"))
"""Words that narrow a month ("early May"): a gap from it is not a whole number of months."""


_YEARS_ON = re.compile(r"(\d{1,4}) years? (?:later|after)")
"""The words ``extra["norm"]`` gives a date counted on in years ("54 years later")."""


def _years_counted_on(m: Mention) -> Mention | None:
    """A NEW date counted on in years from the date before it ("54 years later"), as
    the span of years it counts (a quantity), else None."""
    found = _YEARS_ON.fullmatch(m.extra.get("norm") or "") if m.kind == "date" else None
    if found is None:
        return None
    return replace(
        m, kind="quantity", value=float(found.group(1)), unit="year", dimension="time", iso=None
    )


def _month_of(m: Mention) -> tuple[int | None, int] | None:
    """(year or None, month) of an OLD date of a month ("May", "March 2015"), else None."""
    if m.kind != "date" or m.grain != "month":
        return None
    found = re.fullmatch(r"(\d{4}|XXXX)-(\d\d)", m.iso or m.extra.get("timex") or "")
    if found is None:
        return None
    year = found.group(1)
    return (int(year) if year.isdigit() else None), int(found.group(2))


def _full_day(m: Mention) -> _dt.date | None:
    try:
        return _dt.date.fromisoformat(m.iso or "")
    except ValueError:
        return None


def _noun(m: Mention) -> str | None:
    return stem(m.noun) if m.noun else None


def _people(nouns: set[str | None]) -> bool:
    return all(n in PERSON_NOUNS for n in nouns)


_PERSONS = frozenset(
    stem(w) for w in (*lang.words("derive.person_nouns"), *lang.table("frames.measures")["people"])
)
"""Stems of nouns of people, singular and plural ("man", "men", "players")."""


def _one_kind(a: str | None, b: str | None) -> bool:
    """Whether two counted-noun stems count one kind of thing (people being one kind)."""
    return a is None or b is None or same_noun(a, b) or (a in _PERSONS and b in _PERSONS)


_COUNT_WORDS = lang.alternation(
    (*UNITS_WORDS, *TENS_WORDS, *(w for w, n in SCALE_WORDS.items() if n < 1000))
)
_COUNT_SAID = re.compile(
    rf"\b(?:\d{{1,3}}(?:,\d{{3}})+|\d+|(?i:{_COUNT_WORDS})(?:[-\s]+(?i:and\s+)?(?i:{_COUNT_WORDS}))*)\b"
)


def _counts_said(text: str) -> set[float]:
    """The whole numbers a text states, in digits or words ("35", "Thirty-five", "1,200")."""
    out: set[float] = set()
    for found in _COUNT_SAID.finditer(text):
        said = found.group(0)
        if said[0].isdigit():
            out.add(int(said.replace(",", "")))
        elif (value := parse_words(re.split(r"[-\s]+", said.lower()))) is not None:
            out.add(value)
    return out


def _number(word: str) -> int | None:
    """A small number as digits or a word ("12", "twelve")."""
    if word.isdigit():
        return int(word)
    return _SMALL_NUMBERS.get(word.lower())


def _written_as(m: Mention) -> tuple:
    """Everything about a figure that ``derivation`` reads: all but where it stands."""
    return (
        m.kind, m.text, m.value, m.low, m.high, m.unit, m.dimension, m.noun, m.qualifier,
        m.change, m.role, m.decimals, m.sig_figs, repr(sorted(m.extra.items())),
        repr(sorted(m.frame.items())),
    )  # fmt: skip
