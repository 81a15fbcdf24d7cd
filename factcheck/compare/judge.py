"""From aligned pairs to Findings: the status of each pair, its level and message.

match: aligned, and the values agree (format, rounding or a correct conversion).
conflict: aligned as the same fact, but the value, qualifier, precision,
direction or unit changed. dropped: OLD only. added: NEW only and nothing in
OLD supports it. derived: NEW only, but computed from OLD (derive.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from factcheck.compare.align import Pair
from factcheck.compare.derive import Derivations, two_unit_spans, years_by_sentence, years_near
from factcheck.compare.loosen import loosening
from factcheck.compare.occasion import today_told_back
from factcheck.compare.pairwords import pair_kept_in_words
from factcheck.compare.recount import (
    FigureLists,
    figure_lists,
    listed_count_kept,
    name_pieces,
    named_before,
    named_list,
)
from factcheck.compare.reuse import ValueIndex, another_fact
from factcheck.compare.settings import CompareSettings, fill
from factcheck.compare.unread import Compounds, compound_keeps, unread_compounds
from factcheck.compare.values import EDGE_BEFORE, EDGE_ENDS, is_borderline
from factcheck.extract.implied import is_implied
from factcheck.finding import Finding
from factcheck.mention import Mention, written_span

if TYPE_CHECKING:
    from factcheck.extract.dateline import Dateline

CONFLICT_CHANGES = {
    "qualifier": "qualifier",
    "vaguer": "vaguer",
    "sharper": "sharper",
    "direction": "direction",
    "unit": "unit",
    "predicate": "predicate",
    "winner": "winner",
    "different": "value",
}


class Side:
    """One version of the article: its text, mentions and sentence texts."""

    def __init__(
        self,
        name: str,
        text: str,
        mentions: list[Mention],
        sentences: list[str],
        dateline: Dateline,
        spans: list[tuple[int, int]] | None = None,
    ):
        self.name = name
        self.text = text
        self.mentions = mentions
        self.sentences = sentences
        self.spans = spans or []
        """(start, end) of each sentence, for the findings' ``sentence_spans``."""
        self.dateline = dateline
        """The story's dateline: when the story was filed, not a fact in it."""
        self._line_starts: list[int] | None = None
        self._derivations: Derivations | None = None
        self._values: ValueIndex | None = None
        self._names: frozenset[str] | None = None
        self._years: dict[int, set[int]] | None = None
        self._compounds: Compounds | None = None
        self._two_unit: list[tuple[Mention, ...]] | None = None
        self._figure_lists: FigureLists | None = None

    def years_near(self, m: Mention) -> frozenset[int]:
        """The years this side writes in ``m``'s sentence and the one before."""
        if self._years is None:
            self._years = years_by_sentence(self.mentions)
        return years_near(self._years, m)

    def values(self) -> ValueIndex:
        """This (OLD) side's quantities by value, built on the first flag that asks."""
        if self._values is None:
            self._values = ValueIndex(self.mentions)
        return self._values

    def derivations(self, settings: CompareSettings) -> Derivations:
        """What NEW figures this (OLD) side's figures derive, asked once per figure."""
        if self._derivations is None or self._derivations.settings is not settings:
            self._derivations = Derivations(self.mentions, settings, self.text, self.spans)
        return self._derivations

    def two_unit_spans(self) -> list[tuple[Mention, ...]]:
        """This version's spans written in two units or more side by side; read once."""
        if self._two_unit is None:
            self._two_unit = two_unit_spans(self.text, self.mentions)
        return self._two_unit

    def compounds(self) -> Compounds:
        """The numbers this version writes only inside a hyphenated compound; read once."""
        if self._compounds is None:
            self._compounds = unread_compounds(self.text, self.mentions)
        return self._compounds

    def figure_lists(self) -> FigureLists:
        """The lists of figures this version gives after a plural noun; read once."""
        if self._figure_lists is None:
            self._figure_lists = figure_lists(self.text, self.mentions)
        return self._figure_lists

    def names_word_for_word(self, name: str) -> bool:
        """Whether this version writes ``name`` ("Ann Roe") as it stands, alone or in a
        longer run of capitalised words ("Shadow Minister Ann Roe"); read once."""
        if self._names is None:
            self._names = name_pieces(self.text)
        return name in self._names

    def in_dateline(self, m: Mention) -> bool:
        return self.dateline.covers(m.start, m.end)

    def line_column(self, offset: int) -> tuple[int, int]:
        """1-based line and column of ``offset``: a lookup, since every finding asks."""
        from factcheck.article import line_column_in, line_starts

        if self._line_starts is None:
            self._line_starts = line_starts(self.text)
        return line_column_in(self._line_starts, offset)

    def sentence_of(self, m: Mention) -> str:
        if 0 <= m.sentence < len(self.sentences):
            return self.sentences[m.sentence]
        return ""

    def span_of(self, m: Mention) -> tuple[int, int]:
        """The span of ``m``'s sentence (the figure's own span when unknown)."""
        if 0 <= m.sentence < len(self.spans):
            return self.spans[m.sentence]
        return m.start, m.end


def judge(pair: Pair, old: Side, new: Side, settings: CompareSettings) -> Finding | None:
    """The Finding for one pair (None for an unpaired vague word the rules ignore)."""
    detail = ""
    loosened: str | None = None
    support: list[Mention] = []
    if (pair.old is None or pair.new is None) and is_implied(pair.old or pair.new):
        return None  # "both" with no figure to pair: no figure was written
    if pair.old is not None and pair.new is not None:
        rel = pair.relation
        miscount = old.derivations(settings).miscount(pair.new, new.text)
        if miscount:
            # the count the list beside it contradicts, whatever it pairs with
            status, change = "conflict", "value"
            support, detail = miscount
        elif rel is not None and rel.accepted:
            status, change = "match", "any"
            detail = "repeated" if pair.repeat else rel.kind
        elif found := old.derivations(settings).computed_instead(pair.old, pair.new, new.text):
            status, change = "derived", "any"  # "in 2011 ... four years" -> "2011 to 2015"
            support, detail = found
        else:
            status = "conflict"
            change = CONFLICT_CHANGES.get(rel.kind if rel else "different", "value")
            detail = rel.detail if rel and rel.detail else change
            loosened = loosening(old.text, pair.old, new.text, pair.new, rel)
    elif pair.old is not None:
        if is_borderline(pair.old) and not settings.flag_borderline.get("dropped"):
            return None
        if old.in_dateline(pair.old):
            return None  # a rewrite without the wire's dateline drops no fact
        names = named_list(pair.old, old.text) or named_before(pair.old, old.text, new.text)
        if names and all(new.names_word_for_word(name) for name in names):
            return None  # "Two whips, Ann Roe and Ben Ure" -> "whips Ann Roe and Ben Ure"
        if compound_keeps(pair.old, old.text, new.compounds(), old.compounds()):
            return None  # "by an innings and 88 runs" -> "an innings-and-88-runs win"
        if listed_count_kept(pair.old, old.text, old.figure_lists, new.figure_lists):
            return None  # "on the 16th and 18th ... his two bogeys" -> "on the 16th and 18th"
        if pair_kept_in_words(pair.old, old, new):
            return None  # "two services" -> "services at both sites"; "both A and B"
        if today_told_back(pair.old, old, new):
            return None  # '"He played great today"' -> 'saying that he played well'
        status, change = "dropped", "any"
    else:
        assert pair.new is not None
        derivations = old.derivations(settings)
        found = (
            # "three hours and 20 minutes" for "200 minutes": both parts, before either
            # reads as a rounded conversion
            derivations.part_of_span(pair.new, new.two_unit_spans())
            or derivations.of(pair.new, new.text)
            or derivations.narrated(pair.new, new.text)
            or derivations.years_apart(pair.new, new.years_near(pair.new))
            or derivations.age_at(pair.new, new.text, new.sentence_of(pair.new))
            or derivations.age_at_death(pair.new, new.sentence_of(pair.new))
            or derivations.bare_hours(pair.new, new.text)
            or derivations.ordinal(pair.new, new.text, new.mentions)
        )
        if found:
            status, change = "derived", "any"
            support, detail = found
        elif new.in_dateline(pair.new) or (
            is_borderline(pair.new) and not settings.flag_borderline.get("added")
        ):
            return None
        else:
            status, change = "added", "any"
    verdict = settings.loosening(loosened) if loosened else None
    if verdict is not None:
        # a summary's "1643" for "14 September 1643": reported as its rule says
        status, change = verdict.status, "any"
    else:
        loosened = None
        verdict = settings.verdict(status, change)
    if verdict is None:
        return None
    side, mention = (old, pair.old) if status == "dropped" else (new, pair.new)
    assert mention is not None
    if support:
        old_text = ", ".join(m.text for m in support)
    else:
        old_text = as_written(old.text, pair.old) if pair.old else ""
    new_text = as_written(new.text, pair.new) if pair.new else ""
    message = fill(
        verdict.message,
        old=old_text,
        new=new_text,
        detail=detail,
        old_predicate=predicate_word(pair.old) or (UNSAID_EVENT if change == "predicate" else ""),
        new_predicate=predicate_word(pair.new),
    )
    if pair.new is not None and (status == "added" or change == "value"):
        reused = old.values().reused(pair.new, pair.old)
        if reused is not None:
            message += another_fact(reused)
    line, column = side.line_column(mention.start)
    finding = Finding(
        rule=verdict.rule,
        level=verdict.level,
        status=status,
        message=message,
        start=mention.start,
        end=mention.end,
        line=line,
        column=column,
        sentence=side.sentence_of(mention),
        mentions=support,
        old=pair.old,
        new=pair.new,
        side=side.name,
    )
    if status == "conflict":
        finding.extra["change"] = change
    if loosened:
        finding.extra["loosened"] = loosened
    if detail and status != "conflict":
        finding.extra["how"] = detail
    if pair.old is not None and pair.new is not None:
        finding.extra["old_sentence"] = old.sentence_of(pair.old)
    for version, m in ((old, pair.old), (new, pair.new)):
        if m is not None:
            finding.sentence_spans[version.name] = version.span_of(m)
    return finding


UNSAID_EVENT = "with no such event in its sentence"
"""What a predicate conflict's message says of an OLD figure that tells of no event
("'420' killed where the original has 420 with no such event in its sentence")."""


def predicate_word(m: Mention | None) -> str:
    """The word of a figure's verb class ("killed" for "harm.killed"), or ""."""
    predicate = m.frame.get("predicate", "") if m is not None else ""
    return predicate.rpartition(".")[2]


def as_written(text: str, m: Mention) -> str:
    """The figure with its qualifier ("some 2,400", "50 or so"), or with the edge of a
    period before a year ("before 2016", "pre-2016").

    Messages must show what changed: "'2,400' became '2,400'" says nothing
    when the change is "some" -> "more than". The qualifier is the one the
    extractor read, in the span reports highlight (``mention.written_span``).
    """
    start, end = written_span(m, text)
    left = text[max(0, start - 20) : start] if start == m.start else ""
    edge = EDGE_ENDS.may_end(left) and EDGE_BEFORE.search(left)
    return (edge.group(0) if edge else "") + text[start:end]


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    column = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, column
