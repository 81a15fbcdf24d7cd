"""Figures that NEW adds but OLD supports: conversions, totals and differences.

A rewrite may add "(590 feet)" after "180 metres", write "a fortnight" for
"14 days", or give the total of parts the original lists. Such a figure is
new text but not a new fact, so it is reported as ``derived`` rather than
``added``. Only simple, checkable arithmetic counts: a unit conversion of one
OLD figure, or the sum or difference of OLD figures in the same unit and of
one frame (``one_frame``: the same counted noun); a difference only for a
NEW figure that states a change ("a rise of 12" from "40 to 52"); a
percentage of a total one OLD sentence gives both of ("338 collisions ...
95% on the red line" -> "about 320 on the red line").
"""

from __future__ import annotations

from itertools import combinations

from factcheck.compare.context import PERSON_NOUNS, stem
from factcheck.compare.recount import Narrated
from factcheck.compare.settings import CompareSettings
from factcheck.compare.values import _close, is_vague, relate, step
from factcheck.mention import Mention
from factcheck.units import same_dimension

_SHARES = ("fraction", "percentage")

MAX_PARTS = 40
"""Quantities of OLD considered as parts of a total (keeps the search small)."""


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
        lists or narrates without a figure (recount.py) is read from them."""
        self.spans = spans or []
        self._narrated: Narrated | None = None
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

    def of(self, new: Mention) -> tuple[list[Mention], str] | None:
        key = _written_as(new)
        if key not in self._found:
            self._found[key] = self._derive(new)
        return self._found[key]

    def narrated(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """What OLD's text lists or narrates that ``new`` counts (recount.py), or None.

        Asked only of a NEW figure nothing else pairs or derives: a count of
        listed items never stands in for a conflict of the same figure.
        """
        if self.text is None:
            return None
        if self._narrated is None:
            self._narrated = Narrated(self.text, self.spans, self.old)
        return self._narrated.support(new, new_text)

    def _derive(self, new: Mention) -> tuple[list[Mention], str] | None:
        if new.kind != "quantity" or new.value is None or is_vague(new):
            return None
        for o in self.sources(new):
            rel = relate(o, new, conversion_tolerance=self.settings.conversion_tolerance)
            if rel.kind == "converted":
                return [o], "a unit conversion"
        if new.value < 3:
            return None
        parts = self.parts(new.unit)
        tolerance = step(new) / 2
        for a, b in combinations(parts, 2):
            if not one_frame(new, a, b):
                continue
            together = a.sentence == b.sentence or (a.noun and a.noun == b.noun == new.noun)
            if (
                together
                and _close(a.value + b.value, new.value, tolerance)
                and new.value > max(a.value, b.value)
            ):
                return [a, b], "a total"
            if (
                new.change is not None
                and a.sentence == b.sentence
                and _close(abs(a.value - b.value), new.value, tolerance)
            ):
                return [a, b], "a difference"
        found = self._share_of_total(new, tolerance)
        if found:
            return found
        for a, b, c in combinations(parts, 3):
            if (
                a.sentence == b.sentence == c.sentence
                and one_frame(new, a, b, c)
                and _close(a.value + b.value + c.value, new.value, tolerance)
            ):
                return [a, b, c], "a total"
        return None

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
            slack = tolerance + total.value * step(share) / 200  # type: ignore[operator]
            if _close(share.value * total.value / 100, new.value, slack):  # type: ignore[operator]
                return [share, total], "a share of a total"
        return None


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
        out.extend((s, t) for s in shares for t in totals)
        if len(out) >= MAX_PARTS:
            return out[:MAX_PARTS]
    return out


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


def _noun(m: Mention) -> str | None:
    return stem(m.noun) if m.noun else None


def _people(nouns: set[str | None]) -> bool:
    return all(n in PERSON_NOUNS for n in nouns)


def _written_as(m: Mention) -> tuple:
    """Everything about a figure that ``derivation`` reads: all but where it stands."""
    return (
        m.kind, m.text, m.value, m.low, m.high, m.unit, m.dimension, m.noun, m.qualifier,
        m.change, m.role, m.decimals, m.sig_figs, repr(sorted(m.extra.items())),
        repr(sorted(m.frame.items())),
    )  # fmt: skip
