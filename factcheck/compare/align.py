"""Pairing the mentions of OLD with those of NEW: which figure states which fact.

Every (old, new) pair gets a score from two sources of evidence: the value
(the same value, in any format, unit or rounding, is strong evidence) and the
context (shared sentence words, the words right around the figure, the
counted noun, the place in the article). Pairs with the same value need only
a little context - less the rarer the value is - while pairs with different
values need strong context: the same noun and the same words around, i.e. the
same role in the same sentence. Those become conflicts instead of a dropped
plus an added figure.

The assignment is global: every candidate pair is scored first, then pairs
are taken best first, each mention used at most once. A first-fit scan would
let an early "two" take the partner of a later, better matching "two".
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

import factcheck.compare.blocking as blocking
import factcheck.lang as lang
from factcheck.compare.context import (
    Context,
    Version,
    frame_difference,
    nouns_differ,
    overlap,
    same_noun,
    sides_differ,
    stem,
    synonym_nouns,
)
from factcheck.compare.derive import (
    Derivations,
    counts_from_event,
    two_unit_spans,
    years_by_sentence,
    years_near,
)
from factcheck.compare.settings import CompareSettings
from factcheck.compare.sides import another_match, other_winner
from factcheck.compare.values import (
    COUNTED_FRACTION,
    Relation,
    gap_as_date,
    is_vague,
    period_edge,
    relate,
    year_opening,
)
from factcheck.extract.frame import PREDICATE_NOUNS, PREDICATES
from factcheck.extract.implied import is_implied, is_stage, may_state_stage
from factcheck.extract.vocabulary import MOJIBAKE_BEFORE_FIGURE
from factcheck.mention import Mention

NEAR = ("qualifier", "vaguer", "sharper", "winner")
"""Relations of a value that is the same but for its qualifier or precision
("some 3,800" / "more than 3,800", "January 2014" / "2014"), or a score the
other side now wins: such pairs need the context of same-valued ones, not the
same-role test of other values."""
REPEATABLE = ("same", "rounded")
"""Relations by which a second NEW mention restates a matched OLD one (a
conversion added next to the kept figure is ``derived`` instead)."""

ANCHOR_BONUS = 0.15
"""Context added when the two sentences already share a rare matched figure."""
EVENT_BONUS = 0.15
"""Context added when two dates date events of one verb class ("arrested" / "his arrest")."""
PERIOD_BONUS = 0.1
"""Context added (or taken) when two figures refer to the same (another) period."""
ANCHOR_RARITY = 0.7
"""How rare a matched figure must be to link its two sentences..."""
ANCHOR_CONTEXT = 0.45
"""... or how well its context must match."""
REPEAT_EVIDENCE = 2
"""Words NEW's sentence must share with an OLD repeat's sentence alone (none with the
first mention's alone) to keep the repeat rather than the first: one shared word is
no proof that a sentence is the one NEW rewrites (``context.overlap``)."""
MERGE_CONTEXT = 0.45
MERGE_RATIO = 0.75
"""Context an OLD repeat needs with an already matched NEW figure to count as
merged: at least MERGE_CONTEXT, and nearly as much as the kept occurrence has."""
BASE_NEED = 0.38
"""Context a same-valued pair of the commonest values ("two", "first") needs,
and so does a figure rounded without a word that says so ("0.8%" for 0.75%).

Measured on the labelled rewrites: true pairs of paraphrased sentences score
from about 0.3 up, coincidences of a common value mostly below 0.3."""
CONFLICT_CONTEXT = 0.55
"""Context that makes two different values one fact in a paraphrased sentence."""
UNIQUE_BONUS = 0.2
"""Context a same-valued pair needs less when the value occurs once in each version."""
SHORT_SENTENCE = 3
"""Content words a sentence (or the window around a figure) counts as at
least, against a longer one."""
IMPLIED_PENALTY = 0.2
"""Score an implied figure ("both", "round three") gives up against a written one:
a numeral that pairs in context takes its partner first."""
SWAP_SENTENCES = 2
"""NEW sentences apart two swapped figures may stand, at most (a bullet and the next)."""
SWAP_IN_SENTENCE = 8
"""Same-valued pairs of one NEW sentence beyond which none of them is read as swapped."""
SWAPPED_KINDS = ("same", "qualifier")
"""Relations of a pair by value that a swap may cross: the same value, or the same
with another qualifier ("at least seven people" where OLD's seven is another fact's)."""
SWAP_CONTEXT = 0.55
SWAP_MARGIN = 0.15
SWAP_MARGIN_EACH = 0.1
"""Context each NEW figure of a swap has with the other OLD figure, at least, and how
much more than with the OLD figure of its own value: ``SWAP_MARGIN`` on average over
the two, and ``SWAP_MARGIN_EACH`` at least for each (both sides of a swap must say so;
a clear one may carry a closer one: "two people to lift the dog out" is 0.14 closer
to OLD's seven who lifted it, "at least seven people to get him there" 0.6 closer to
OLD's two who would have)."""
PINNED_CONTEXT = 0.75
PINNED_MARGIN = 0.4
"""Context a NEW date has with OLD's date of another value, at least, and how much more
than with the OLD date of its own value, to state the other one's fact."""
SMALL_COUNT = 10
"""Bare counts below this (news copy writes them as words) state many unrelated
facts of one story: a unique one with another noun is no evidence of a pair."""


@dataclass
class Pair:
    """One aligned pair, or an unpaired mention (the other side None)."""

    old: Mention | None
    new: Mention | None
    relation: Relation | None = None
    score: float = 0.0
    repeat: bool = False
    """NEW restates a figure already matched (OLD gave it once, NEW twice)."""


Relations = dict[tuple[int, int], Relation]


@dataclass
class Candidate:
    i: int
    j: int
    relation: Relation
    score: float
    context: float


def context_score(a: Context, b: Context, one_noun: bool = False) -> float:
    """0..1: how much the surroundings of two mentions say they state the same fact.

    ``one_noun``: count two nouns as one ("blasts" / "bombs", synonyms).
    """
    if a.sentence_text == b.sentence_text and a.local == b.local:
        return 1.0 - 0.1 * abs(a.position - b.position)
    sentence = overlap(a.sentence, b.sentence, SHORT_SENTENCE)
    if a.lead and a.lead == b.lead:
        # "since 1983" / "since 1983": the shared period word is one more
        # shared word of the window
        local = overlap(a.local | {a.lead}, b.local | {b.lead}, SHORT_SENTENCE)
    else:
        local = overlap(a.local, b.local, SHORT_SENTENCE)
    position = 1.0 - abs(a.position - b.position)
    if nouns_differ(a, b) and not one_noun:
        # "two people" / "two men": a paraphrase ("girls"/"classmates") keeps the
        # rest of the sentence; another fact rarely does
        return 0.85 * (0.3 * sentence + 0.4 * local + 0.15 * position)
    noun = 1.0 if one_noun or (a.head and a.head == b.head) else 0.5
    return 0.3 * sentence + 0.4 * local + 0.15 * noun + 0.15 * position


def rarity(m: Mention) -> float:
    """How unlikely two unrelated facts of one article share this value (0 common .. 1 rare)."""
    if m.kind == "quantity":
        if is_vague(m):
            return 0.2
        v = m.value
        if v is None:
            return 0.3
        if m.role == "ordinal" and m.extra.get("run"):
            return 0.6  # "a fifth straight defeat": a story tells few runs of one length
        if m.role in ("ordinal", "score"):
            return 0.3 if v > 3 else 0.1
        if m.role == "age":
            return 0.3  # several people of one story often share an age
        if m.unit and m.dimension not in (None, "count"):
            return 0.9 if (v >= 10 or not float(v).is_integer()) else 0.6
        if not float(v).is_integer() or v >= 100:
            return 1.0
        if v > 12:
            return 0.7
        return 0.1
    iso = m.iso or ""
    if len(iso) >= 10:
        return 1.0
    if len(iso) >= 7 or m.kind == "time":
        return 0.7
    if len(iso) == 4 and iso.isdigit():
        return 0.8
    return 0.4


def min_context_for_same(old: Mention, new: Mention, unique: bool = False) -> float:
    """Context a same-valued pair needs: none for rare values, some for "two" or "Monday".

    ``unique``: each mention is the other's only same-valued partner, which
    makes a coincidence less likely than a paraphrase.
    """
    r = min(rarity(old), rarity(new))
    need = BASE_NEED * (1 - r)
    return max(0.0, need - UNIQUE_BONUS if unique else need)


def same_role(
    a: Context, b: Context, old: Mention, new: Mention, context: float | None = None
) -> bool:
    """Whether two figures with different values sit in the same role of the same sentence.

    Either the sentence is nearly the same and so are the words next to the
    figure, or (a paraphrase) the whole context scores as well as a sure
    same-valued pair would (``CONFLICT_CONTEXT``).
    """
    if nouns_differ(a, b) or sides_differ(a, b):
        return False  # "two men" / "two women", "4 against" / "11 in favour"
    if old.role != new.role and old.role and new.role:
        return False
    if old.kind == "quantity" and old.unit != new.unit and not (old.unit and new.unit):
        return False
    if context is not None and context >= CONFLICT_CONTEXT:
        return True
    if a.sentence_text == b.sentence_text == "" or not (a.sentence or b.sentence):
        sentence = 1.0 if a.sentence_text == b.sentence_text else 0.0
    else:
        # a short sentence shares a few words with anything: against a longer
        # one it counts as at least 5 words
        sizes = len(a.sentence), len(b.sentence)
        sentence = len(a.sentence & b.sentence) / max(min(sizes), min(5, max(sizes)))
    before = overlap(frozenset(a.before[-3:]), frozenset(b.before[-3:]))
    after = overlap(frozenset(a.after[:3]), frozenset(b.after[:3]))
    local = max(before, after)
    shared_noun = bool(a.noun and a.noun == b.noun) or bool(a.own & b.own)
    if sentence >= 0.6 and (local >= 0.5 or shared_noun):
        return True
    return sentence >= 0.5 and before >= 0.5 and after >= 0.5


def _relation(
    old_v: Version, new_v: Version, i: int, j: int, settings: CompareSettings
) -> Relation:
    old, new = old_v.mentions[i], new_v.mentions[j]
    rel = relate(
        old,
        new,
        rounding=settings.rounding,
        conversion_tolerance=settings.conversion_tolerance,
        old_modifier=old_v.modifiers[i],
        new_modifier=new_v.modifiers[j],
    )
    if not rel.accepted and (opening := year_opening(old_v.text, old, new_v.text, new)):
        return opening  # "since January" / "since the start of the year"
    if rel.kind == "incomparable" and (gap := gap_as_date(old_v.text, old, new_v.text, new)):
        return gap  # "a week after the crash" / "the following week"
    if rel.kind == "vaguer" and _alternatives_reordered(old_v, i, new):
        return Relation("same", "the same alternatives in another order")
    if rel.kind == "qualifier" and _floor_of_obligation(old_v, old, new_v, new):
        return Relation("same", "the floor an obligation sets, given exactly")
    if rel.kind == "vaguer" and _change_given_apart(old_v, i, new):
        return Relation("same", "both ends of a change the original gives")
    if rel.accepted and old.role == new.role == "score":
        winners = other_winner(old_v.text, old, new_v.text, new, old_v.scratch)
        if winners:
            return Relation("winner", winners)  # "Leeds beat Wigan 4-1" / "Wigan beat Leeds 4-1"
        if "scores" not in old_v.scratch:  # OLD's scores, listed once for every pair
            old_v.scratch["scores"] = [o for o in old_v.mentions if o.role == "score"]
        scores = old_v.scratch["scores"]
        swapped = another_match(old_v.text, old, new_v.text, new, scores, old_v.scratch)
        if swapped is not None:
            # "Leeds beat Wigan 4-1 and Hull beat York 2-0" -> "... Leeds 2-0 ... Hull 4-1"
            return Relation("different", f"the score of {swapped.text} in the original")
    return rel


def _alternatives_reordered(old_v: Version, i: int, new: Mention) -> bool:
    """NEW's "one or two strikers" for OLD's "two strikers or just one": OLD gives both
    ends of NEW's "or" range, as two figures of one clause with "or" between them."""
    old = old_v.mentions[i]
    if new.extra.get("range") != "or" or old.value is None or new.low is None:
        return False
    ends = (new.low, new.high)
    if old.value not in ends or new.low == new.high:
        return False
    other = ends[1] if old.value == ends[0] else ends[0]
    for m in old_v.mentions:
        if m.sentence != old.sentence or m is old or m.value != other or m.kind != old.kind:
            continue
        first, second = (old, m) if old.start < m.start else (m, old)
        between = old_v.text[first.end : second.start]
        if len(between) <= _ALTERNATIVES_REACH and _ALTERNATIVE_OR.fullmatch(between):
            return True
    return False


def _change_given_apart(old_v: Version, i: int, new: Mention) -> bool:
    """NEW's "from 781 to 2,996" for OLD's "tripled to 2,996 from 781": NEW's
    from-to range is no range but a change, and OLD gives both its ends, as two
    figures of one clause in one unit with "from" or "to" between them, the
    change going NEW's way (OLD's "from" figure is NEW's first)."""
    old = old_v.mentions[i]
    if new.extra.get("range") != "to" or old.value is None or new.low is None:
        return False
    if old.value not in (new.low, new.high) or new.low == new.high or old.unit != new.unit:
        return False
    other = new.high if old.value == new.low else new.low
    for m in old_v.mentions:
        if m.sentence != old.sentence or m is old or m.value != other or m.kind != old.kind:
            continue
        if m.unit != old.unit or m.low is not None:
            continue
        first, second = (old, m) if old.start < m.start else (m, old)
        join = _CHANGE_JOIN.fullmatch(old_v.text[first.end : second.start])
        if join is None:
            continue
        start = second if join.group("word").lower() == "from" else first
        if start.value == new.low:
            return True
    return False


def _floor_of_obligation(old_v: Version, old: Mention, new_v: Version, new: Mention) -> bool:
    """OLD's "requiring employers to pay at least £7.20 an hour" for NEW's "the wage of
    £7.20": the "at least" is the obligation's, not a hedge on the figure (the floor IS
    £7.20), so NEW's exact figure keeps it. OLD's bound is "at least" after a verb of
    paying (``compare.floor_verbs``) that an obligation word governs in the clause
    (``compare.obligation_words``); NEW states the figure exactly, and where OLD's
    sentence says with a figure whom the floor is for ("to employees aged 25 and
    over", or before the bound: "pay staff aged 25 and over at least"), NEW's sentence
    gives that figure too: the same floor for another group ("workers aged 21 to 24
    are entitled to £7.20") stays a flag."""
    if old.qualifier != "at_least" or new.qualifier not in (None, "exact"):
        return False
    if old.value is None or old.value != new.value:
        return False
    floor = _OBLIGED_FLOOR.search(old_v.text, max(0, old.start - 120), old.start)
    if floor is None:
        return False
    whom = {
        m.value
        for m in old_v.mentions
        if m.sentence == old.sentence
        and m is not old
        and m.start > floor.start()
        and m.value is not None
    }
    if not whom:
        return True
    return any(m.value in whom for m in new_v.mentions if m.sentence == new.sentence)


_OBLIGED_FLOOR = re.compile(
    rf"\b(?i:{lang.alternation('compare.obligation_words')})\b[^.;:!?]{{0,40}}?"
    rf"\b(?i:{lang.alternation('compare.floor_verbs')})\b(?:\s+[^\W_]+(?:-[^\W_]+)*){{0,6}}"
    r"\s+(?i:at\s+least)\s*$"
)
"""An obligation, a verb of paying, whom it pays in up to six words ("staff aged 25 and
over", "their under-18 apprentices") and "at least" right before a figure."""


_CHANGE_JOIN = re.compile(r"[^.;:!?,\d]{0,30}?\b(?P<word>(?i:from|to))\b[^.;:!?,\d]{0,10}")
"""Between two ends of a change of one clause: "to 2,996 from 781", "from 40 to 90"."""


_ALTERNATIVES_REACH = 40
"""Characters between two alternatives of one clause ("two strikers or just one")."""
_ALTERNATIVE_OR = re.compile(r"[^.;:!?,]*\bor\b[^.;:!?,]*")


def _without(v: Version, drop: set[int]) -> Version:
    keep = [k for k in range(len(v.mentions)) if k not in drop]
    return Version(
        [v.mentions[k] for k in keep],
        [v.contexts[k] for k in keep],
        [v.modifiers[k] for k in keep],
        v.named,
        text=v.text,
        sentences=v.sentences,
    )


def relations(old_v: Version, new_v: Version, settings: CompareSettings) -> Relations:
    """How the value of every OLD mention relates to every NEW one (incomparable left out).

    Long texts relate only plausible pairs (blocking.py).
    """
    out: Relations = {}
    written: set[int] = set()
    """NEW figures whose very value an OLD figure states (perhaps with another qualifier)."""
    for i, j in blocking.pairs(old_v, new_v):
        rel = _relation(old_v, new_v, i, j, settings)
        if rel.kind != "incomparable":
            out[i, j] = rel
            if (
                rel.kind in ("same", "qualifier")
                and old_v.mentions[i].unit == new_v.mentions[j].unit
            ):
                written.add(j)
    for (i, j), rel in out.items():
        if (
            j in written
            and rel.kind == "rounded"
            and not rel.detail
            and _rounds_away(old_v.mentions[i], new_v.mentions[j])
        ):
            # "70%" where OLD has "more than 70%" and 65.8%: OLD's own 70 is the one
            # stated, not a rounding of 65.8 (two swapped shares stay visible)
            out[i, j] = Relation("different")
    return out


def _rounds_away(o: Mention, n: Mention) -> bool:
    """Whether ``n``, with no hedge of its own, states ``o`` rounded to other digits ("70%"
    for 65.8%); "about 7%" says it rounds."""
    return (
        o.kind == n.kind == "quantity"
        and n.qualifier in (None, "exact")
        and o.value is not None
        and o.value != n.value
    )


# What ``read_pairs`` concludes about a pair, whatever the links and leftovers:
_SKIP = 0  # another fact ("out for 11 months" / "scored 11 goals"), or too weak
_SCORED = 1  # same value (or near): scored on context below
_PREDICATE = 2  # the same figure of another event: a conflict scored below every match
_CONFLICT = 3  # different values in the same role: a possible conflict


@dataclass(frozen=True)
class PairReading:
    """What an (old, new) pair's figures and surroundings say, read once per alignment.

    ``candidates`` runs up to three times (before and after the anchor links,
    then on the leftovers); only the anchor bonus and which pairs take part
    change between runs, so the rest is read here once."""

    verdict: int
    raw: float
    """``context_score`` of the two mentions."""
    period: float
    event: float
    """Context the periods and the events of the two figures add (or take)."""
    synonym: float | None = None
    """``context_score`` with the two counted nouns as one, where they are synonyms
    ("seven blasts" / "seven bombs"): used only for figures left over, so a figure
    that pairs by its own noun ("seven pressure cookers") is taken first."""


def read_pairs(
    old_v: Version, new_v: Version, settings: CompareSettings, all_relations: Relations
) -> dict[tuple[int, int], PairReading]:
    """The ``PairReading`` of every related pair (left out: a NEW span OLD writes in two
    units or NEW's parts of one OLD writes whole, and stage names that cannot meet)."""
    old, new = old_v.mentions, new_v.mentions
    old_ctx, new_ctx = old_v.contexts, new_v.contexts
    dated = (dated_events(old), dated_events(new))
    derivations = Derivations(old, settings, old_v.text, old_v.sentences)
    new_years = years_by_sentence(new)
    old_periods = calendar_periods(old, old_ctx)
    derivable: dict[int, bool] = {}
    """NEW figures computed from OLD ones are derived, not conflicts of a neighbour."""
    two_unit: dict[int, bool] = {}
    """NEW spans OLD writes in two adjacent units ("1:57.67" for "one minute 57.67
    seconds"): derived from both parts, so no other OLD figure near in value pairs."""
    named_period: dict[int, bool] = {}
    """NEW spans counted from now that OLD names as a period ("the next ten years" for
    "the next decade"): derived from it, so no other OLD span near in value pairs."""
    parts_of_span = _parts_of_old_spans(new_v, derivations)
    """NEW's two parts of a span OLD writes in one ("three hours and 20 minutes" for
    "200 minutes"): derived from it, so neither part pairs with another OLD figure."""
    out: dict[tuple[int, int], PairReading] = {}
    for (i, j), rel in all_relations.items():
        o, n = old[i], new[j]
        if rel.kind != "same" and n.dimension == "time":
            if j in parts_of_span:
                continue  # "200 minutes" / "20 minutes" of NEW's "three hours and 20 minutes"
            if j not in two_unit:
                two_unit[j] = derivations.compound_span(n, exact=True) is not None
            if two_unit[j]:
                continue  # "under two minutes" / "1:57.67" (OLD's "one minute 57.67 seconds")
            if j not in named_period:
                named_period[j] = derivations.period_span(n, new_v.text) is not None
            if named_period[j]:
                continue  # "every five to 10 years" / "the next ten years" (OLD's "next decade")
        if (is_stage(o) and not may_state_stage(o, n)) or (
            is_stage(n) and not may_state_stage(n, o)
        ):
            continue  # "the quarter-finals" / "their last eight games"
        raw = context_score(old_ctx[i], new_ctx[j])
        synonym = None
        if rel.accepted and synonym_nouns(old_ctx[i], new_ctx[j]):
            synonym = context_score(old_ctx[i], new_ctx[j], one_noun=True)
        period, event = _period_evidence(o, n), _event_evidence(o, n)
        differs = frame_difference(o, n, old_ctx[i], new_ctx[j], (old_v.named, new_v.named))
        if differs is None and sides_differ(old_ctx[i], new_ctx[j]):
            differs = "measure"  # "4 against" / "4 votes in favour": the other side's count
        if differs == "measure" and rel.detail == COUNTED_FRACTION:
            differs = None
        elif differs is None and _events_differ(o, n, dated):
            differs = "predicate"  # "arrested on 3 May" / "charged on 3 May": two events
        elif differs is None and _event_unsaid(o, n, old_ctx[i]):
            differs = "predicate"  # "a crew of 420" / "the loss of 420 lives"
        if differs is None and o.kind == "quantity" and _years_differ(o, n, old_periods):
            differs = "period"  # "9,640 by 1901" / "9,640 at the 2011 census": another fact
        verdict = _SKIP
        if differs == "predicate" and rel.kind == "same":
            # "killed 40" / "injured 40": the same figure of another event; a
            # conflict only if nothing of the same frame claims either (scored
            # below every match)
            verdict = _PREDICATE
        elif differs:
            pass  # "out for 11 months" / "scored 11 goals": another fact
        elif rel.kind == "rounded" and n.qualifier == "exact" and raw < BASE_NEED:
            pass  # "0.8%" for "0.75%" of another sentence: an unhedged rounding is weak
        elif rel.accepted or rel.kind in NEAR:
            verdict = _SCORED
        elif _implied_noun_unsaid(o, n, old_ctx[i], new_ctx[j]):
            pass  # "on a single stretch" / "30 of them": a count of one thing, not of them
        elif same_role(old_ctx[i], new_ctx[j], o, n, raw + event):
            if j not in derivable:
                derivable[j] = derivations.of(n, new_v.text) is not None or (
                    # "knighted in 1953, eight years before his death": a gap two
                    # OLD years give, not OLD's "one-year term" changed
                    counts_from_event(new_v.text, n)
                    and derivations.years_apart(n, years_near(new_years, n)) is not None
                )
            if not derivable[j]:
                verdict = _CONFLICT
        out[i, j] = PairReading(verdict, raw, period, event, synonym)
    return out


def _edges_differ(old_v: Version, o: Mention, new_v: Version, n: Mention) -> bool:
    """Two dates, each an edge of a period ("since", "until", ``dates.period_edges``), and
    not the same edge: "a record that stood until 2023" / "her time from 2015 stood"."""
    if o.kind != "date" or n.kind != "date":
        return False
    old_edge = period_edge(old_v.text, o)
    new_edge = period_edge(new_v.text, n)
    return old_edge is not None and new_edge is not None and old_edge != new_edge


def candidates(
    old_v: Version,
    new_v: Version,
    all_relations: Relations,
    readings: dict[tuple[int, int], PairReading],
    links: frozenset[tuple[int, int]] = frozenset(),
    among: tuple[set[int], set[int]] | None = None,
) -> list[Candidate]:
    """Every (old, new) pair that may state the same fact, scored.

    ``readings`` are ``read_pairs``' for these relations. ``links`` are (old
    sentence, new sentence) pairs known to correspond
    because a rare figure matched between them: figures in linked sentences
    get ANCHOR_BONUS of context. ``among`` restricts the search to some OLD
    and NEW mentions (those left unpaired), which also decides which values
    are unique.
    """
    old, new = old_v.mentions, new_v.mentions
    old_ctx, new_ctx = old_v.contexts, new_v.contexts
    if among is None:
        relations = all_relations
    else:
        relations = {
            (i, j): r for (i, j), r in all_relations.items() if i in among[0] and j in among[1]
        }
    same_valued = Counter()
    for (i, j), rel in relations.items():
        if rel.accepted or rel.kind in NEAR:
            same_valued["old", i] += 1
            same_valued["new", j] += 1
    out = []
    contested: set[tuple[str, int]] = set()
    """Mentions with a different-valued partner in the same role (a possible conflict)."""
    scored = []
    one_noun: set[tuple[int, int]] = set()
    """Leftover pairs whose two counted nouns are synonyms, read as one noun."""
    for (i, j), rel in relations.items():
        reading = readings.get((i, j))
        if reading is None or reading.verdict == _SKIP:
            continue
        ctx = reading.raw
        if among is not None and reading.synonym is not None:
            ctx = reading.synonym  # leftovers: "seven blasts" / "seven bombs" is one noun
            one_noun.add((i, j))
        if (old[i].sentence, new[j].sentence) in links:
            ctx = min(1.0, ctx + ANCHOR_BONUS)
        ctx = max(0.0, min(1.0, ctx + reading.period + reading.event))
        if reading.verdict == _PREDICATE:
            scored.append((i, j, Relation("predicate"), ctx))
        elif reading.verdict == _SCORED:
            scored.append((i, j, rel, ctx))
        else:
            out.append(Candidate(i, j, rel, ctx, ctx))
            contested.update((("old", i), ("new", j)))
    for i, j, rel, ctx in scored:
        o, n = old[i], new[j]
        unique = same_valued["old", i] == 1 and same_valued["new", j] == 1
        need = min_context_for_same(o, n, unique)
        implied = is_implied(o) or is_implied(n)
        if implied and not (unique and _one_counted_noun(old_ctx[i], new_ctx[j])):
            # "both" / "two": no numeral was written, so neither rarity nor a
            # lone value says the two are one fact; the sentence must. Unless
            # the value is the only one of its kind on both sides and the two
            # count one noun: "One person was injured" / "A solitary individual
            # sustained injuries" is a numeral hidden in a word, not another fact
            need = max(need, BASE_NEED)
        if unique and nouns_differ(old_ctx[i], new_ctx[j]) and (i, j) not in one_noun:
            sole = rel.kind == "same" and not contested & {("old", i), ("new", j)}
            need += _reworded_noun_need(o, sole)
        if ctx >= need:
            bonus = {
                "same": 1.0,
                "qualifier": 0.8,
                "vaguer": 0.7,
                "sharper": 0.7,
                "winner": 0.7,
                "predicate": 0.0,
            }.get(rel.kind, 0.9)
            if implied:
                bonus -= IMPLIED_PENALTY
            out.append(Candidate(i, j, rel, bonus + ctx, ctx))
    return _own_unit_first(out, old_v)


def _own_unit_first(cands: list[Candidate], old_v: Version) -> list[Candidate]:
    """``cands`` less the converted pairs of a range's bracketed conversions with a NEW
    figure that the range's end itself pairs with in its own unit.

    "5ft 9ins (1.75m) to 6ft (1.82m)" / "around 5ft 9ins to 6ft": NEW writes the
    feet, so the feet are its partner; a converted match with the metres ranks first
    (a conversion may round, and a hedge with it) and hides the hedge NEW put on the
    range. Only the ends of such a range: a single figure's conversion keeps its
    converted match ("about 1,240 km²" for "1,240 square kilometres (479 sq mi)"),
    as a summary read as a rewrite writes it.
    """
    old = old_v.mentions
    own = {
        (old[c.i].id, c.j)
        for c in cands
        if old[c.i].id and c.relation.kind not in ("converted", "predicate")
    }
    if not own:
        return cands
    return [
        c
        for c in cands
        if not (
            c.relation.kind == "converted"
            and old[c.i].relation == "conversion"
            and (old[c.i].linked, c.j) in own
            and _converted_range_end(old_v, old[c.i])
        )
    ]


_RANGE_AFTER_BRACKET = re.compile(r"\s*[)\]]\s*(?:to|-|–|and)\s*(?=\w)")
_RANGE_BEFORE = re.compile(r"[)\]]\s*(?:to|-|–|and)\s*$")
RANGE_WORD_REACH = 12
"""Characters between one end's closing bracket and the other end's figure."""


def _converted_range_end(old_v: Version, conversion: Mention) -> bool:
    """Whether a bracketed conversion is of an end of a range whose ends each carry
    one: "5ft 9ins (1.75m) to 6ft (1.82m)" (after the bracket, a range word and the
    other end; or before the converted figure, the other end's bracket and one)."""
    text = old_v.text
    if _RANGE_AFTER_BRACKET.match(text, conversion.end):
        return True
    figure = next((m for m in old_v.mentions if m.id == conversion.linked), None)
    return figure is not None and bool(
        _RANGE_BEFORE.search(text, max(0, figure.start - RANGE_WORD_REACH), figure.start)
    )


def _parts_of_old_spans(new_v: Version, derivations: Derivations) -> set[int]:
    """Indexes of NEW spans that are one of two parts side by side of a span OLD
    writes in one unit or as a clock (``Derivations.span_in_parts``)."""
    pairs = two_unit_spans(new_v.text, new_v.mentions)
    if not pairs:
        return set()
    index = {id(m): k for k, m in enumerate(new_v.mentions)}
    return {
        index[id(m)] for pair in pairs if derivations.span_in_parts(pair) is not None for m in pair
    }


def _same_measure(a: Mention, b: Mention) -> bool:
    measure = a.frame.get("measure")
    return measure is not None and measure == b.frame.get("measure")


def _quoted_date(a: Mention, b: Mention, text: str) -> bool:
    """Two dates written alike, one in a quote and one outside it ("his near miss last
    year, he said: 'I came close last year'"): the narration restates the quote."""
    if not (a.kind == b.kind == "date" and _written_value(a) == _written_value(b)):
        return False
    first, second = sorted((a, b), key=lambda m: m.start)
    return sum(text.count(q, first.end, second.start) for q in _QUOTES) % 2 == 1


_QUOTES = ('"', "“", "”")


def _implied_noun_unsaid(o: Mention, n: Mention, a: Context, b: Context) -> bool:
    """An implied count that names its noun ("a single stretch", "both suspects") and a
    figure of another value that names none ("30 of them"): nothing says the two count
    one thing, so they are no conflict. An implied rank is one ("the top-ranked bowler"
    / "the number two ranked bowler")."""
    return (_implied_count(o) and bool(a.noun) and not b.noun) or (
        _implied_count(n) and bool(b.noun) and not a.noun
    )


def _implied_count(m: Mention) -> bool:
    """An implied count ("both", "a single"), not an implied rank ("top-ranked")."""
    return is_implied(m) and m.dimension == "count"


def _one_counted_noun(a: Context, b: Context) -> bool:
    """Both figures name what they count, and it is one kind of thing ("person" /
    "individual", "man" / "man")."""
    return bool(a.noun and b.noun) and same_noun(a.noun, b.noun)


def small_count(m: Mention) -> bool:
    """A bare count below ten: the numbers every story uses for many unrelated things."""
    return (
        m.kind == "quantity"
        and m.unit is None
        and m.value is not None
        and m.value < SMALL_COUNT
        and float(m.value).is_integer()
    )


def _reworded_noun_need(old: Mention, sole: bool) -> float:
    """Context a value-unique pair needs on top when it counts another noun.

    "11 trawlers" / "11 boats" is one fact reworded far more often than a
    figure dropped plus an unrelated one added with the very same value, as
    long as nothing else claims either figure (``sole``: an exact value, no
    different-valued figure in the same role on either side) and the value is
    not a small count. "Two people died" / "two men were arrested" in one story
    are two facts as often as not: a small count with another noun gets no
    allowance for being unique, a contested figure half of it.
    """
    if small_count(old):
        return UNIQUE_BONUS
    return 0.0 if sole else UNIQUE_BONUS / 2


def assign(cands: list[Candidate]) -> list[Candidate]:
    """Best-first global assignment: each mention in at most one pair."""
    chosen = []
    used_old: set[int] = set()
    used_new: set[int] = set()
    for c in sorted(cands, key=lambda c: (-c.score, abs(c.i - c.j), c.i, c.j)):
        if c.i in used_old or c.j in used_new:
            continue
        used_old.add(c.i)
        used_new.add(c.j)
        chosen.append(c)
    return chosen


def align(old_v: Version, new_v: Version, settings: CompareSettings) -> list[Pair]:
    """Pairs for every mention of both sides: aligned, repeats, and unpaired ones.

    1. a global assignment on value and context;
    2. sentences linked by its surest pairs lend context to their other
       figures, and the assignment is redone;
    3. OLD repeats merged into one NEW figure join their partner;
    4. figures left over on both sides get a second chance;
    5. NEW figures restating a matched OLD one join their partner.
    """
    old, new = old_v.mentions, new_v.mentions
    kept = blocking.kept_figures(old_v, new_v)
    if kept:
        # long versions: figures of sentences kept word for word pair as they stand
        kept_old, kept_new = {i for i, _ in kept}, {j for _, j in kept}
        rest = align(_without(old_v, kept_old), _without(new_v, kept_new), settings)
        return [
            Pair(old[i], new[j], _relation(old_v, new_v, i, j, settings), 2.0) for i, j in kept
        ] + rest
    rels = relations(old_v, new_v, settings)
    readings = read_pairs(old_v, new_v, settings, rels)
    links = _anchor_links(old, new, assign(candidates(old_v, new_v, rels, readings)))
    cands = candidates(old_v, new_v, rels, readings, links)
    chosen = _moved_values(assign(cands), rels, old_v, new_v)
    chosen = _unswapped_in_sentence(_unswapped(chosen, old_v, new_v, rels), old_v, new_v, rels)
    chosen = _nouns_swapped(chosen, old_v, new_v, rels)
    chosen = _moved_by_clause(_repinned(chosen, old_v, new_v, rels), old_v, new_v, rels)
    pairs = [Pair(old[c.i], new[c.j], c.relation, c.score) for c in chosen]
    paired_old = {c.i for c in chosen}
    paired_new = {c.j for c in chosen}
    keeper = {c.i: c.j for c in chosen}
    """OLD figure -> the NEW figure that keeps it."""
    for c in _merged_repeats(cands, chosen, old_v, new_v):
        paired_old.add(c.i)
        keeper[c.i] = c.j
        pairs.append(Pair(old[c.i], new[c.j], c.relation, c.score, repeat=True))
    left = (set(range(len(old))) - paired_old, set(range(len(new))) - paired_new)
    if left[0] and left[1]:
        # a value now unique among the leftovers needs less context ("nine shots" /
        # "nine strokes" once the other nines are paired); before NEW restatements:
        # "for a six ... the fourth six" -> "resulted in a six ... another six" pairs
        # the first six, rather than stating the fourth twice
        late = candidates(old_v, new_v, rels, readings, links, among=left)
        for c in assign([c for c in late if c.relation.accepted or c.relation.kind in NEAR]):
            paired_old.add(c.i)
            paired_new.add(c.j)
            pairs.append(Pair(old[c.i], new[c.j], c.relation, c.score))
    for c in _restated_repeats(cands, keeper, paired_new, new_v, old_v):
        paired_new.add(c.j)
        pairs.append(Pair(old[c.i], new[c.j], c.relation, c.score, repeat=True))
    for i, partner in _year_kept_as_season(old, pairs, paired_old, new_v.text):
        paired_old.add(i)
        pairs.append(Pair(old[i], partner, Relation("same"), 0.0, repeat=True))
    paired_old = _first_mentions_kept(pairs, old_v, new_v, paired_old, settings)
    # after the first mention takes back a repeat's pair: "two miles (3.2km) ... towed
    # two miles" -> "two miles" keeps the first, and with it its conversion
    for i, partner in _kept_in_other_unit(old_v, pairs, paired_old):
        paired_old.add(i)
        pairs.append(Pair(old[i], partner, Relation("converted"), 0.0, repeat=True))
    pairs += [Pair(o, None) for i, o in enumerate(old) if i not in paired_old]
    pairs += [Pair(None, n) for j, n in enumerate(new) if j not in paired_new]
    return pairs


MOVED_MARGIN = 0.2
"""How much better another OLD figure's context must fit a NEW figure than the
same-valued OLD figure it was matched to, for the value to have moved to that fact."""


def _moved_values(
    chosen: list[Candidate], rels: Relations, old_v: Version, new_v: Version
) -> list[Candidate]:
    """``chosen`` with values that moved to another fact paired as conflicts.

    "It stands 148 metres tall ... Its gallery, 131 metres above the street" ->
    "its gallery stood 148 metres above the street": NEW's 148 matches OLD's by
    value, but its sentence is the gallery's, whose OLD figure (131) sits in the
    same role (``same_role``, at least ``CONFLICT_CONTEXT``) and fits NEW's context
    by ``MOVED_MARGIN`` more than the matched one, which is not in NEW's role. Two
    values exchanged ("35 disappearing samples ... 19 sent for analysis" -> "19
    disappearing ... 35 sent") move both ways. The other OLD figure must be free or
    its own partner must move too, so every mention stays in one pair. Only plain
    quantities (no dates, no ordinals: reworded across sentences too freely), and
    only where the two OLD figures stand in different sentences.
    """
    matched = {c.j for c in chosen if c.relation.kind in REPEATABLE}
    by_new: dict[int, list[Candidate]] = {}
    for (i, j), rel in rels.items():
        if j not in matched or rel.accepted or rel.kind in NEAR:
            continue
        o, n = old_v.mentions[i], new_v.mentions[j]
        if n.kind != "quantity" or o.kind != "quantity" or o.role or n.role:
            continue  # dates and ordinals are reworded across sentences too freely
        if o.unit != n.unit or o.dimension != n.dimension:
            continue
        a, b = old_v.contexts[i], new_v.contexts[j]
        if _implied_noun_unsaid(o, n, a, b):
            continue  # "on a single stretch" / "30 of them in their cars"
        ctx = context_score(a, b)
        if ctx < CONFLICT_CONTEXT or not same_role(a, b, o, n, ctx):
            continue
        if frame_difference(o, n, a, b, (old_v.named, new_v.named)):
            continue  # "17 destroyed" / "killed 3,400": another fact, whatever the words
        if _years_differ(o, n) or _periods_differ(o, n):
            continue  # "4,210 inhabitants in 1881" / "7,365 ... at the 2011 census"
        by_new.setdefault(j, []).append(Candidate(i, j, rel, ctx, ctx))
    if not by_new:
        return chosen
    partner = {c.i: c for c in chosen}
    moves: dict[int, Candidate] = {}
    """NEW index -> the conflict its value moved to."""
    for c in chosen:
        if c.j not in by_new or c.relation.kind not in REPEATABLE:
            continue
        o, n = old_v.mentions[c.i], new_v.mentions[c.j]
        # without the anchor bonus: the matched pair's anchor is its own value
        raw = context_score(old_v.contexts[c.i], new_v.contexts[c.j])
        if same_role(old_v.contexts[c.i], new_v.contexts[c.j], o, n, raw):
            continue
        others = [m for m in by_new[c.j] if old_v.mentions[m.i].sentence != o.sentence]
        if not others:
            continue  # one OLD sentence holds both: its figures' roles are read too loosely
        better = max(others, key=lambda m: m.context)
        if better.context - raw >= MOVED_MARGIN and not _part_of_the_whole(
            c.i, better.i, c.j, old_v, new_v
        ):
            moves[c.j] = better
    out = []
    for c in chosen:
        move = moves.get(c.j)
        if move is None:
            out.append(c)
            continue
        taken = partner.get(move.i)
        if taken is None or (taken.j in moves and moves[taken.j].i == c.i):
            out.append(move)
        else:
            out.append(c)
    return out


def _part_of_the_whole(part: int, whole: int, j: int, old_v: Version, new_v: Version) -> bool:
    """Whether NEW's figure is OLD's part of a whole, told with the whole's words and its own.

    "About 240 sheep were swept away ... The 35 were found alive" -> "Thirty-five
    sheep swept away by a flood have been found": 35 of the 240 were swept away too,
    so the whole's words describe the part truly. Such a NEW figure counts the
    whole's thing (or OLD's part names none: "The 35"), has a smaller value, and its
    sentence keeps a word of the part's own window beyond the counted noun ("found").
    """
    o_whole, n = old_v.mentions[whole], new_v.mentions[j]
    if n.value is None or o_whole.value is None or not n.value < o_whole.value:
        return False
    a, b = old_v.contexts[part], old_v.contexts[whole]
    if a.noun and a.noun != b.noun:
        return False
    own = (set(a.before) | set(a.after)) - {a.noun, b.noun} - b.sentence
    return bool(own & new_v.contexts[j].sentence)


def _unswapped(
    chosen: list[Candidate], old_v: Version, new_v: Version, rels: Relations
) -> list[Candidate]:
    """Two figures NEW swapped ("35 samples were highlighted ... 19 were sent for
    analysis" where OLD highlights 19 and sends 35) pair by their facts, as conflicts.

    Pairing by value matches each NEW figure with OLD's figure of the other
    fact. Two same-valued pairs whose NEW figures stand near each other
    (``SWAP_SENTENCES``), and whose OLD figures in two sentences (two figures
    of one sentence are reworded together), are crossed where each NEW figure's context matches
    the other pair's OLD figure well (``SWAP_CONTEXT``) and clearly better than
    its own partner's (``SWAP_MARGIN``): both sides of the swap must say so.
    Only figures of one kind are crossed (counts of one unit, or dates); two
    figures of one NEW sentence never are: they share its words ("Apple fell 2%
    ... and output dropped 0.6%" for "Apple dropped 2% ... output fell 0.6%").
    """
    old_ctx, new_ctx = old_v.contexts, new_v.contexts

    by_sentence: dict[int, list[Candidate]] = {}
    for c in chosen:
        if c.relation.kind in SWAPPED_KINDS and _swappable(old_v.mentions[c.i]):
            by_sentence.setdefault(new_v.mentions[c.j].sentence, []).append(c)
    crossed: dict[int, Candidate] = {}
    for sentence in sorted(by_sentence):
        here = sorted(by_sentence[sentence], key=lambda c: new_v.mentions[c.j].start)
        if len(here) > SWAP_IN_SENTENCE:
            continue  # a table row read as one sentence: no swap is read in it
        later = [
            b
            for after in range(sentence + 1, sentence + SWAP_SENTENCES + 1)
            for b in sorted(by_sentence.get(after, ()), key=lambda c: new_v.mentions[c.j].start)
            if len(by_sentence[after]) <= SWAP_IN_SENTENCE
        ]
        for a, b in ((a, b) for a in here for b in later):
            if id(a) in crossed or id(b) in crossed:
                continue
            oa, ob = old_v.mentions[a.i], old_v.mentions[b.i]
            if oa.sentence == ob.sentence or _figure_value(oa) == _figure_value(ob):
                continue  # "Two crew members out of 25 rescued" / "25 rescued, two hurt"
            if not _one_kind_of_figure(oa, ob):
                continue
            ab, ba = rels.get((a.i, b.j)), rels.get((b.i, a.j))
            if ab is None or ba is None or ab.accepted or ba.accepted:
                continue
            straight_a = context_score(old_ctx[a.i], new_ctx[a.j])
            straight_b = context_score(old_ctx[b.i], new_ctx[b.j])
            cross_a = context_score(old_ctx[b.i], new_ctx[a.j])
            cross_b = context_score(old_ctx[a.i], new_ctx[b.j])
            if (
                min(cross_a, cross_b) >= SWAP_CONTEXT
                and min(cross_a - straight_a, cross_b - straight_b) >= SWAP_MARGIN_EACH
                and (cross_a - straight_a) + (cross_b - straight_b) >= 2 * SWAP_MARGIN
            ):
                crossed[id(a)] = Candidate(b.i, a.j, ba, cross_a, cross_a)
                crossed[id(b)] = Candidate(a.i, b.j, ab, cross_b, cross_b)
    return [crossed.get(id(c), c) for c in chosen]


IN_SENTENCE_CONTEXT = 0.5
IN_SENTENCE_MARGIN = 0.3
CLAUSE_FLOOR = 2
"""Overlap of clause words each NEW figure of a swap inside one sentence has with the
other OLD figure's clause, at least, and how much more than with its own partner's;
a clause of one word counts as two against a longer one."""


def _unswapped_in_sentence(
    chosen: list[Candidate], old_v: Version, new_v: Version, rels: Relations
) -> list[Candidate]:
    """Two figures swapped inside one NEW sentence pair by their facts, as conflicts.

    "compared with 7% in Edinburgh and 5% in Airdrie" -> "compared with 5% in
    Edinburgh and 7% in Airdrie"; "reported in Singapore last month ... interrupted a
    match at the stadium last week" -> "reported in Singapore last week, and ...
    interrupted a semi-final at the stadium last month". ``_unswapped`` reads no swap
    in one sentence, whose words both figures share; here each figure's own clause
    (``clauses.clause_words``) decides: both NEW clauses must match the other OLD
    figure's clause (``IN_SENTENCE_CONTEXT``) clearly better than their own
    partner's (``IN_SENTENCE_MARGIN``). Figures of one clause give no evidence, nor
    does a figure with no clause words of its own ("in 2002 and 1998" -> "of 1998
    and 2002" lists the same two years), and "Apple dropped 2% and output fell 0.6%"
    keeps its pairs: each clause matches both of OLD's alike.
    """
    from factcheck.compare.clauses import (
        clause_names,
        clause_words,
        opposed_words,
        sentence_names,
    )

    def names_own(x: Candidate) -> bool:
        """NEW x's clause names something its own OLD figure's sentence names ("The S&P
        500 slipped 2.05 points"): no sign it leans to another fact."""
        return bool(clause_names(new_v, x.j) & sentence_names(old_v, x.i))

    def names_kept(x: Candidate) -> bool:
        """NEW x's clause names something its own OLD figure's clause names."""
        return bool(clause_names(new_v, x.j) & clause_names(old_v, x.i))

    def names_only_own(x: Candidate, y: Candidate) -> bool:
        """NEW x's clause names something its own OLD figure's clause names and y's does not."""
        own = clause_names(old_v, x.i) - clause_names(old_v, y.i)
        return bool(clause_names(new_v, x.j) & own)

    def named_elsewhere(x: Candidate, y: Candidate) -> bool:
        """NEW x's clause names only what OLD names in y's sentence, not in x's own
        ("58 appearances for Barnet" where OLD's 58 is told with Tranmere, its 212 with
        Barnet): the OLD figures stand in two sentences, each naming its own."""
        if old_v.mentions[x.i].sentence == old_v.mentions[y.i].sentence:
            return False
        names = clause_names(new_v, x.j)
        return (
            bool(names)
            and names <= sentence_names(old_v, y.i)
            and not (names & sentence_names(old_v, x.i))
        )

    by_sentence: dict[int, list[Candidate]] = {}
    for c in chosen:
        if c.relation.kind in SWAPPED_KINDS and _swappable(old_v.mentions[c.i]):
            by_sentence.setdefault(new_v.mentions[c.j].sentence, []).append(c)
    crossed: dict[int, Candidate] = {}
    for here in by_sentence.values():
        if not 2 <= len(here) <= SWAP_IN_SENTENCE:
            continue
        for x, a in enumerate(here):
            for b in here[x + 1 :]:
                if id(a) in crossed or id(b) in crossed:
                    continue
                oa, ob = old_v.mentions[a.i], old_v.mentions[b.i]
                if _figure_value(oa) == _figure_value(ob) or not _one_kind_of_figure(oa, ob):
                    continue
                ab, ba = rels.get((a.i, b.j)), rels.get((b.i, a.j))
                if ab is None or ba is None or ab.accepted or ba.accepted:
                    continue
                if _nouns_crossed(old_v, new_v, a, b):
                    # "31 speakers in 12 villages" -> "12 speakers in 31 villages": each NEW
                    # count counts what the other OLD count counts
                    crossed[id(a)] = Candidate(b.i, a.j, ba, a.context, a.context)
                    crossed[id(b)] = Candidate(a.i, b.j, ab, b.context, b.context)
                    continue
                new_a, new_b = clause_words(new_v, a.j), clause_words(new_v, b.j)
                old_a, old_b = clause_words(old_v, a.i), clause_words(old_v, b.i)
                if not (new_a and new_b and old_a and old_b) or new_a == new_b or old_a == old_b:
                    # one clause holds both, or a figure is a bare item of a list ("in 2002
                    # and 1998"): nothing tells them apart
                    continue
                cross_a = overlap(new_a, old_b, CLAUSE_FLOOR)
                cross_b = overlap(new_b, old_a, CLAUSE_FLOOR)
                own_a = overlap(new_a, old_a, CLAUSE_FLOOR)
                own_b = overlap(new_b, old_b, CLAUSE_FLOOR)
                by_words = (
                    cross_a >= IN_SENTENCE_CONTEXT and cross_a - own_a >= IN_SENTENCE_MARGIN,
                    cross_b >= IN_SENTENCE_CONTEXT and cross_b - own_b >= IN_SENTENCE_MARGIN,
                )
                # "men ... 21 years and women another 19 years" for OLD's men's 19 and
                # women's 21: a word whose opposite the own partner's clause holds, and
                # that the other's holds, is as strong as the clause's words
                # ... but a name of its own partner's clause the other's lacks keeps the
                # pair ("the Greens won ... with a majority of 1,204" for "the Greens took the
                # seat with a majority of 1,204", not Labour's 312 that "won Westford")
                strong = (
                    (
                        by_words[0]
                        or named_elsewhere(a, b)
                        or bool(opposed_words(new_a, old_a) & old_b)
                    )
                    and not names_only_own(a, b),
                    (
                        by_words[1]
                        or named_elsewhere(b, a)
                        or bool(opposed_words(new_b, old_b) & old_a)
                    )
                    and not names_only_own(b, a),
                )
                # one figure clearly states the other's fact, and the other fits the first's
                # fact at least as well as its own (a word of it each way) where OLD tells the
                # two in two sentences: one OLD figure keeps one NEW figure, so the second is
                # the first's swap partner
                apart = oa.sentence != ob.sentence
                # where OLD tells both in one sentence, the second leans only when its
                # clause shares nothing with its own partner's, a word with the other's
                # and no name with its own partner's clause ("took 9 wickets across the
                # series, and 17 in the opening win in Galle" for "took 17 wickets across
                # the four matches, including 9 as the tourists won the opener in Galle")
                leaning = (
                    (apart and 0 < cross_a >= own_a and not names_own(a))
                    or (not apart and own_a == 0 < cross_a and not names_kept(a)),
                    (apart and 0 < cross_b >= own_b and not names_own(b))
                    or (not apart and own_b == 0 < cross_b and not names_kept(b)),
                )
                if (strong[0] and (strong[1] or leaning[1])) or (strong[1] and leaning[0]):
                    crossed[id(a)] = Candidate(b.i, a.j, ba, cross_a, cross_a)
                    crossed[id(b)] = Candidate(a.i, b.j, ab, cross_b, cross_b)
    return [crossed.get(id(c), c) for c in chosen]


def _nouns_crossed(old_v: Version, new_v: Version, a: Candidate, b: Candidate) -> bool:
    """Whether two counts of one OLD sentence, matched by their values in one NEW
    sentence, have swapped the nouns they count: OLD's two nouns differ, and each NEW
    count counts the noun of the other's OLD partner, not its own."""
    oa, ob = old_v.contexts[a.i].noun, old_v.contexts[b.i].noun
    na, nb = new_v.contexts[a.j].noun, new_v.contexts[b.j].noun
    if not (oa and ob and na and nb):
        return False
    if old_v.mentions[a.i].sentence != old_v.mentions[b.i].sentence:
        return False
    oa, ob, na, nb = (stem(w.lower()) for w in (oa, ob, na, nb))
    return oa != ob and na == ob and nb == oa


def _nouns_swapped(
    chosen: list[Candidate], old_v: Version, new_v: Version, rels: Relations
) -> list[Candidate]:
    """Two counts of one OLD sentence whose nouns NEW swapped, where only one was matched
    by its value ("31 elderly speakers in 12 villages" -> "12 elderly speakers in 31
    villages", the 31 paired elsewhere for its noun): each NEW count counts what the
    other OLD count counts, so each pairs with the other, as conflicts; what the second
    NEW count was paired with is freed. ``_unswapped_in_sentence`` reads the case where
    both were matched by their values."""
    old, new = old_v.mentions, new_v.mentions
    by_new = {c.j: c for c in chosen}
    taken_old = {c.i for c in chosen}
    out = {id(c): c for c in chosen}
    done: set[int] = set()
    old_in: dict[int, list[int]] = {}
    new_in: dict[int, list[int]] = {}
    """Sentence -> its counts, read once: a sentence's counts are searched, not the text's."""
    for k, o in enumerate(old):
        old_in.setdefault(o.sentence, []).append(k)
    for j, n in enumerate(new):
        new_in.setdefault(n.sentence, []).append(j)
    for a in chosen:
        if a.relation.kind != "same" or a.j in done or not _swappable(old[a.i]):
            continue
        noun_oa, noun_na = old_v.contexts[a.i].noun, new_v.contexts[a.j].noun
        if not (noun_oa and noun_na) or stem(noun_oa.lower()) == stem(noun_na.lower()):
            continue
        for k in old_in[old[a.i].sentence][: SWAP_IN_SENTENCE * 2]:
            if k == a.i or not _swappable(old[k]):
                continue
            noun_ok = old_v.contexts[k].noun
            if not noun_ok or stem(noun_ok.lower()) != stem(noun_na.lower()):
                continue
            partner = [
                j
                for j in new_in[new[a.j].sentence][: SWAP_IN_SENTENCE * 2]
                if j != a.j
                and j not in done
                and (rel := rels.get((k, j))) is not None
                and rel.kind == "same"
                and (noun := new_v.contexts[j].noun)
                and stem(noun.lower()) == stem(noun_oa.lower())
            ]
            cross = rels.get((a.i, partner[0])) if len(partner) == 1 else None
            here = rels.get((k, a.j))
            if cross is None or here is None or cross.accepted or here.accepted:
                continue
            if k in taken_old and not any(c.i == k and c.j == partner[0] for c in chosen):
                continue  # the other OLD count keeps a figure of its own
            j = partner[0]
            if j in by_new:
                out.pop(id(by_new[j]), None)
            out[id(a)] = Candidate(k, a.j, here, a.context, a.context)
            out[-j - 1] = Candidate(a.i, j, cross, a.context, a.context)
            done.update((a.j, j))
            break
    return list(out.values())


MOVED_CLAUSE = 0.5
MOVED_SHARED = 2
"""Overlap of clause words a NEW figure has with the clause of the OLD figure whose fact
it states, at least, and in words ("in court on Wednesday" shares one word with any
sentence about the court), where the clause of the OLD figure of its value shares none.
A NEW clause of one word needs only that one ("described in 1853" for "first collected
in 1853 and formally described in 1934"; "four of them were lost" for "Three of the
class were lost")."""


def _moved_by_clause(
    chosen: list[Candidate], old_v: Version, new_v: Version, rels: Relations
) -> list[Candidate]:
    """A value given to another fact in that fact's own words, a conflict with that fact.

    "Rossi finished fourth in Valencia ... and came second in the championship" ->
    "Rossi, who finished second at Valencia": NEW's "second" has the value of OLD's
    championship place but the clause of its race place; "Deputy speakers ... were
    elected for the first time in 2010 ... the Speaker, who has held the role since
    2009" -> "Deputy speakers were first elected in 2009". The NEW figure's clause
    (``clauses.clause_words``) must share ``MOVED_CLAUSE`` of its words with the clause
    of an unpaired OLD figure of the same kind and none with the clause of the OLD
    figure whose value it has, and its whole context must fit the unpaired one at
    least as well (where the two OLD figures share a sentence, the clauses alone
    decide); the unpaired one's fact must not be told in another clause of NEW's
    sentence. Dates, plain quantities and ordinals (a rank for a rank), of the value
    itself or hedged or coarser (``MOVABLE_KINDS``: "about 800 Parliamentarians
    killed" where 800 was the reserve's horse).
    """
    from factcheck.compare.clauses import (
        clause_names,
        clause_words,
        opposed_words,
        sentence_names,
    )

    old, new = old_v.mentions, new_v.mentions
    paired = {c.i for c in chosen}
    others: dict[int, list[int]] = {}
    """NEW figure -> the unpaired OLD figures of another value it relates to."""
    for (i, j), rel in rels.items():
        if i not in paired and not rel.accepted and rel.kind not in NEAR:
            others.setdefault(j, []).append(i)
    if not others:
        return chosen
    out = []
    for c in chosen:
        o, n = old[c.i], new[c.j]
        if c.relation.kind not in MOVABLE_KINDS or c.j not in others or not _movable(o, n):
            out.append(c)
            continue
        here, mine = clause_words(new_v, c.j), clause_words(old_v, c.i)
        # "Female nurses ... earned an average of £31,200" for OLD's "Male nurses ...
        # £31,200 ... and female nurses an average of £29,800": the clauses share words, but NEW's
        # tells of the other group (``compare.opposite_nouns``)
        opposed = opposed_words(here, mine)
        # "The Liberals' vote rose by 2%" for OLD's "(the Reform candidate) whose party
        # saw a 2% increase in its vote": NEW's clause names whose figure it is,
        # a name OLD's sentence of that value, naming others, never gives
        named = clause_names(new_v, c.j)
        own_names = sentence_names(old_v, c.i)
        if not own_names or named & own_names:
            # OLD's sentence names no one ("At the 2011 census the parish had ..."): NEW's
            # name may be its subject reworded, no sign of another's figure
            named = frozenset()
        # NEW's clause shares words with its own OLD figure's: only another clause that
        # has all of them and a name of NEW's clause besides may still be its fact
        told_own = overlap(here, mine, CLAUSE_FLOOR) > 0 and not opposed and not named
        new_names = clause_names(new_v, c.j) - own_names
        if not here or (not mine and not _bare_amount(o)) or (told_own and not new_names):
            # a bare item of OLD's list ("in 2017, 2018 and 2019") has no clause to
            # compare, nor a name's ordinal ("The 47th (Westshire) Regiment"); a bare
            # amount of a fact box ("Turnout 24,200 - 42.65%") goes on: with no words
            # of its own fact, NEW's words of another's ("a swing of 42.65%") decide
            out.append(c)
            continue
        own = context_score(old_v.contexts[c.i], new_v.contexts[c.j])
        best: Candidate | None = None
        for i in others[c.j]:
            if i in paired or not _movable(old[i], n) or not _one_kind_of_figure(old[i], n):
                continue
            if old[i].kind == "date" and not (old[i].iso and n.iso) and not _weekdays(old[i], n):
                continue  # "This year" for "The 2016 event": a date unread is no other value
            if _edges_differ(old_v, old[i], new_v, n):
                continue  # "her time from 2015 stood": not the end "the record stood until 2023"
            there = clause_words(old_v, i)
            common = here & mine
            if told_own and not (
                common <= there and (there - common) & new_names & clause_names(old_v, i)
            ):
                # "She showed 87 works at the Royal Scottish Academy" for "A retrospective
                # of 87 works ... at the Scottish National Gallery" and "exhibited 112
                # works at the Royal Scottish Academy": the other clause says all the own
                # one shares with NEW's and names what NEW's clause names besides, a name
                # the own figure's sentence never gives
                continue
            # the noun NEW counts, OLD's other figure counts and the figure of its value
            # does not ("688 firms were named" for "688 employers in total" and "The
            # list of 198 firms"): the word that says most of which fact, twice
            shared = len(here & there) + _counts_its_noun(n, old[i], o)
            if shared < min(MOVED_SHARED, len(here)) or (opposed and not opposed & there):
                continue
            moved_by_name = named and not opposed and overlap(here, mine, CLAUSE_FLOOR) > 0
            if moved_by_name and not named <= clause_names(old_v, i):
                continue  # the name is no sign of this fact either
            told = (there - here - clause_names(old_v, i)) & (new_v.contexts[c.j].sentence - here)
            if told:
                # "vanished by the 1870s and came back in 2014" -> "returned in 2014, about
                # 140 years after they vanished": the other fact is told in another clause
                # (its names are no sign of that: NEW names who it is about anywhere)
                continue
            fit = overlap(here, there, CLAUSE_FLOOR)
            whole = context_score(old_v.contexts[i], new_v.contexts[c.j])
            # the opposite word is the evidence the whole context would give ("women"
            # where the matched figure's clause says "men"), which the rest of the two
            # sentences, told alike of both groups, cannot outweigh
            # two figures of one OLD sentence share its words, which outweigh the few of
            # the clauses ("a Fifa under-17 World Cup title in 1993 and the 1996 Olympic
            # football gold medal"): there the clauses alone tell the two facts apart,
            # where every word NEW's clause shares with that sentence is the other's
            # ("An inquiry the following year found that the council had ignored three
            # warnings" shares "inquiry" with OLD's own clause's subject: no such sign)
            one_sentence = old[i].sentence == o.sentence and not (
                (here & old_v.contexts[i].sentence) - there
            )
            fits = whole >= own or bool(opposed) or one_sentence
            # of two clauses that fit alike, the one whose whole context fits better
            better = best is None or (fit, whole) > (best.context, best.score)
            if fit >= MOVED_CLAUSE and fits and better:
                best = Candidate(i, c.j, rels[i, c.j], whole, fit)
        if best is None:
            out.append(c)
            continue
        paired.add(best.i)
        out.append(best)
    return out


MOVABLE_KINDS = ("same", "qualifier", "vaguer")
"""Relations of a NEW figure to the OLD figure of its value that may yet be another
fact's value: the value itself, hedged ("about 800" for 800) or coarser ("1979" for
"2 August 1979")."""


def _counts_its_noun(n: Mention, other: Mention, own: Mention) -> bool:
    """NEW's figure counts the noun ``other`` counts, and ``own`` (the OLD figure of its
    value) counts another noun."""
    if not (n.noun and other.noun and own.noun):
        return False
    noun, theirs, mine = stem(n.noun), stem(other.noun), stem(own.noun)
    return noun == theirs != mine


def _bare_amount(m: Mention) -> bool:
    """A quantity that is no rank: an amount a fact box gives with no words of its own
    ("Turnout 24,200 - 42.65%"), unlike a bare year of a list or a name's ordinal."""
    return m.kind == "quantity" and m.role != "ordinal"


def _weekdays(o: Mention, n: Mention) -> bool:
    """Two bare weekdays ("on Thursday" for "on Wednesday"): each a value of its own."""
    return o.role == n.role == "weekday" and bool(o.extra.get("weekday") and n.extra.get("weekday"))


def _movable(o: Mention, n: Mention) -> bool:
    """Figures a value can move between: dates, plain quantities, or two ordinals."""
    if o.role == n.role == "ordinal":
        return o.kind == n.kind
    return _swappable(o) and _swappable(n)


def _repinned(
    chosen: list[Candidate], old_v: Version, new_v: Version, rels: Relations
) -> list[Candidate]:
    """A NEW date that takes the value of another OLD date, in the words of the one it
    replaces ("banned for four years in 2015" where OLD has "banned for four years in
    2011" and "violations committed in 2011 and 2015"): a conflict with the date whose
    fact it states, not a match with the date whose value it has.

    Only where OLD's date of that fact is left unpaired, NEW's context matches it
    closely (``PINNED_CONTEXT``) and far better than the same-valued date's
    (``PINNED_MARGIN``), and both are dates of one grain with a value of their own
    (a year for a year; "This year's event" for "The 2016 event" is no such date).
    """
    old, new = old_v.mentions, new_v.mentions
    paired = {c.i for c in chosen}
    dates_of: dict[int, list[int]] = {}
    """NEW date -> the OLD dates it relates to (the relations already read, once)."""
    for i, j in rels:
        if old[i].kind == new[j].kind == "date":
            dates_of.setdefault(j, []).append(i)
    out = []
    for c in chosen:
        n = new[c.j]
        if (
            c.relation.kind == "same"
            and n.kind == old[c.i].kind == "date"
            and n.iso
            and not _same_lead(old_v.text, old[c.i], new_v.text, n)
        ):
            own = context_score(old_v.contexts[c.i], new_v.contexts[c.j])
            best: Candidate | None = None
            for i in dates_of.get(c.j, ()):
                o, rel = old[i], rels[i, c.j]
                if i in paired or not o.iso or o.grain != n.grain:
                    continue
                if rel.accepted or rel.kind in NEAR:
                    continue
                other = context_score(old_v.contexts[i], new_v.contexts[c.j])
                if (
                    other >= PINNED_CONTEXT
                    and other - own >= PINNED_MARGIN
                    and (best is None or other > best.context)
                ):
                    best = Candidate(i, c.j, rel, other, other)
            if best is not None:
                paired.add(best.i)
                out.append(best)
                continue
        out.append(c)
    return out


_LEAD = re.compile(r"([^\W\d_]{3,})[\s,]+(?:[^\W\d_]{1,5}\s+)?$")
"""The word that leads a date, past one short preposition ("completed in 1932")."""


def _same_lead(old_text: str, old: Mention, new_text: str, new: Mention) -> bool:
    """Whether the same word leads both dates ("Completed in 1932 for ..." / "was
    completed in 1932 and"): the same-valued date states NEW's fact in its own words,
    however well another OLD date's sentence matches NEW's (``_repinned``)."""
    a = _LEAD.search(old_text, max(0, old.start - 30), old.start)
    b = _LEAD.search(new_text, max(0, new.start - 30), new.start)
    return bool(a and b and stem(a.group(1).lower()) == stem(b.group(1).lower()))


def _figure_value(m: Mention) -> object:
    """What a figure says, to tell two apart: a date by its value or its words."""
    return (m.iso or m.extra.get("norm") or m.text.lower()) if m.kind == "date" else m.value


def _swappable(m: Mention) -> bool:
    return m.kind == "date" or (m.kind == "quantity" and m.role is None and m.value is not None)


def _one_kind_of_figure(a: Mention, b: Mention) -> bool:
    return a.kind == b.kind and (a.kind == "date" or a.unit == b.unit)


def _first_mentions_kept(
    pairs: list[Pair],
    old_v: Version,
    new_v: Version,
    paired_old: set[int],
    settings: CompareSettings,
) -> set[int]:
    """OLD states a figure twice, NEW once: the first mention is kept, the repeat dropped.

    The assignment pairs NEW's figure with whichever OLD occurrence has the
    closer words, often the repeat ("Turnout was 41%. At 41%, turnout was the
    lowest ever" -> "a record low of 41%"); the first mention then reads as
    dropped though the fact is kept (consistency.md: "one occurrence matches,
    the repeat is dropped"). The pair moves to the earliest unpaired OLD
    occurrence that is the same fact: written alike (``_written_value``), no
    difference of frame or period, the same relation to NEW's figure, and no
    word around NEW's figure that only the repeat has (``_keeps_repeat_words``),
    no word of NEW's sentence that only the repeat's sentence has while none is
    the first's alone (``_keeps_repeat_sentence``: NEW kept the repeat's sentence,
    so the drop lands on the first mention's, the one gone), and words that fit
    NEW's figure nearly as well as the repeat's (``MERGE_RATIO``).
    ``pairs`` is changed in place; the OLD indexes now paired are returned.
    """
    old, contexts = old_v.mentions, old_v.contexts
    unpaired: dict[tuple, list[int]] = {}
    for k in range(len(old)):
        if k not in paired_old:
            unpaired.setdefault(_written_value(old[k]), []).append(k)
    if not unpaired:
        return paired_old
    old_index = {id(m): i for i, m in enumerate(old)}
    new_index = {id(m): j for j, m in enumerate(new_v.mentions)}
    paired = set(paired_old)
    for p in pairs:
        if p.old is None or p.new is None or p.repeat or p.relation is None:
            continue
        i, j = old_index.get(id(p.old)), new_index.get(id(p.new))
        if i is None or j is None or p.relation.kind not in REPEATABLE:
            continue
        for k in unpaired.get(_written_value(p.old), ()):
            if k >= i:
                break
            if k in paired or not _restates(old[k], old[i], contexts[k], contexts[i], settings):
                continue
            if _relation(old_v, new_v, k, j, settings).kind != p.relation.kind:
                continue
            if _keeps_repeat_words(contexts[k], contexts[i], new_v.contexts[j]):
                continue  # NEW's figure has words around it that only the repeat has
            period = _keeps_repeat_period(old[k], old[i], new_v.mentions[j])
            if _keeps_repeat_sentence(contexts[k], contexts[i], new_v.contexts[j], period):
                continue  # NEW keeps the repeat's sentence: the first mention's is the one gone
            kept_fit = context_score(contexts[i], new_v.contexts[j])
            if context_score(contexts[k], new_v.contexts[j]) < MERGE_RATIO * kept_fit:
                continue  # the repeat's sentence is NEW's, the first mention's another
            paired.discard(i)
            paired.add(k)
            p.old = old[k]
            break
    return paired


def _written_value(m: Mention) -> tuple:
    """What two mentions of one figure written alike share: the words of the
    figure (but a leading article: "the £4m" repeats "£4m"), value, unit, date
    and qualifier. "4 February 2015" and "tonight" of that day are one date,
    but not one figure written twice."""
    words = _ARTICLE.sub("", " ".join(m.text.lower().split()))
    return (m.kind, words, m.value, m.unit, m.iso, m.qualifier)


_ARTICLE = re.compile(r"^(?:the|a|an|this|that)\s+")


def _restates(first: Mention, later: Mention, a: Context, b: Context, settings) -> bool:
    """Whether ``later`` states the fact ``first`` stated, in the same words of value."""
    if first.kind != later.kind or first.qualifier != later.qualifier:
        return False
    if relate(first, later, rounding=settings.rounding).kind != "same":
        return False
    if first.kind == "quantity" and (first.value, first.unit) != (later.value, later.unit):
        return False
    if first.kind != "quantity" and first.iso != later.iso:
        return False
    return not (
        nouns_differ(a, b) or frame_difference(first, later, a, b) or _periods_differ(first, later)
    )


def _keeps_repeat_words(first: Context, repeat: Context, new: Context) -> bool:
    """Whether NEW's figure has words around it that the repeat has and the first
    mention lacks: NEW kept the repeat's sentence ("the first side to beat them at
    home" -> "the first side to do so at home"), or the two are two facts ("Two men
    were arrested. Two were later released" -> "Two were released").

    Not where NEW's figure also has words of the first mention's alone: NEW merges
    the two, and the first is the one kept (consistency.md). A date's period word
    counts as one of its words: "until Wednesday ... fixed by Wednesday" -> "take
    till Wednesday to fix" keeps the first ("till" is "until", ``_lead_word``).
    """
    first_words, repeat_words = _with_lead(first.local, first), _with_lead(repeat.local, repeat)
    new_words = _with_lead(new.local, new)
    # the counted noun is no word of the first's alone: a repeat often leaves it out
    # ("Two men were arrested ... Two were later released" -> "Two men were released")
    counted = {first.noun, first.head} | first.own
    return bool((repeat_words & new_words) - first_words) and not (
        (first_words & new_words) - repeat_words - counted
    )


def _with_lead(words: frozenset[str], c: Context) -> frozenset[str]:
    """Words of a mention's window or sentence, with the period word before a date
    ("until" in "until Wednesday"): a stop word to the bag of context words, but
    the edge a repeat of the date states."""
    return words | {c.lead} if c.lead else words


def _keeps_repeat_period(first: Mention, repeat: Mention, new: Mention) -> bool:
    """Whether NEW's figure refers to the period the repeat refers to and the first
    mention does not ("the first team to beat them" ... "the first team to beat them
    this season" -> "the first team to do so this season"): the period is a date, so
    its words are no context words (``_keeps_repeat_words``), but they are one word of
    the repeat's sentence NEW keeps (``_keeps_repeat_sentence``), and alone no proof."""
    period = new.frame.get("period")
    return bool(period) and repeat.frame.get("period") == period != first.frame.get("period")


def _keeps_repeat_sentence(
    first: Context, repeat: Context, new: Context, period: bool = False
) -> bool:
    """Whether NEW's sentence keeps the repeat's words and none of the first mention's.

    "agreed to keep fares on hold this month, but warned costs were rising ...
    The board's decision to keep fares on hold this month had been widely
    expected" -> "Many had expected the board's decision to keep fares on hold
    this month": "decision" and "expected" are the repeat's sentence alone, so
    NEW keeps that one and the first mention's sentence is the one gone. A NEW
    sentence with words of both merges them, and one word of the repeat's alone
    (``REPEAT_EVIDENCE``) is no proof: then the first is the one kept (consistency.md).
    A date's period word is one of its sentence's words: "runs until 30 June ... the
    shop will be refurbished by 30 June" -> "on till 30 June and the shop will be
    refurbished" merges the two. So is the period NEW's figure refers to with the
    repeat alone (``period``, ``_keeps_repeat_period``): "being the first team to beat
    them" ... "the first team to beat them this season" -> "being the first team to
    do so this season" has that one word of the repeat's, no proof, and the first is kept
    (as bench/data/compare-holdout4.json and compare-holdout6.json both label it).
    """
    first_words, repeat_words = (
        _with_lead(first.sentence, first),
        _with_lead(repeat.sentence, repeat),
    )
    shared = _with_lead(new.sentence, new) & (first_words ^ repeat_words)
    evidence = len(shared) + int(period)
    return evidence >= REPEAT_EVIDENCE and shared <= repeat_words


def _kept_in_other_unit(
    old_v: Version, pairs: list[Pair], paired_old: set[int]
) -> list[tuple[int, Mention]]:
    """Unpaired OLD conversions whose other unit NEW keeps: the same fact, not dropped.

    "up to 300m (980ft)" -> "up to 980 feet": whichever of the two the NEW
    figure pairs with, the other states the same fact in its other unit.
    Only when that pair is a match, or the same number with another qualifier
    ("5ft 9ins (1.75m)" -> "around 5ft 9ins": the conflict says it once), and
    NEW gives no conversion of its own: "2,300km (1,429 miles)" -> "2,300km
    (1,421 miles)" still drops 1,429. A bracket may give more than one
    conversion ("A$5bn (US$3.9bn, £2.7bn)"): each is the figure's own.
    """
    old = old_v.mentions
    matched = {
        p.old.id: p.new
        for p in pairs
        if p.old is not None
        and p.new is not None
        and p.relation
        and (p.relation.accepted or p.relation.kind in NEAR)
    }
    out = []
    for i, m in enumerate(old):
        if i in paired_old:
            continue
        head = m.linked if m.relation == "conversion" else _further_conversion_of(old_v, i)
        if head in matched and matched[head].linked is None:
            out.append((i, matched[head]))
    return out


_FURTHER_CONVERSION = re.compile(
    rf"\s*[,;/]\s*(?:or\s+)?(?:{lang.alternation(MOJIBAKE_BEFORE_FIGURE)})?"
)
"""What parts two conversions in one bracket ("(US$3.9bn, £2.7bn)"), with what a
wrong decoding leaves before a currency sign."""


def _further_conversion_of(old_v: Version, i: int) -> str | None:
    """The id of the figure whose bracket OLD figure ``i`` closes as a further
    conversion: it follows a linked conversion after a comma and before the
    bracket's end, in a unit of the same dimension and another unit; else None."""
    if i == 0:
        return None
    m, before = old_v.mentions[i], old_v.mentions[i - 1]
    if not (before.relation == "conversion" and before.linked and m.unit and m.relation is None):
        return None
    if m.dimension != before.dimension or m.unit == before.unit:
        return None
    text = old_v.text
    if not _FURTHER_CONVERSION.fullmatch(text, before.end, m.start):
        return None
    if not _BRACKET_CLOSE.match(text, m.end):
        return None
    # the linked one is the conversion, its partner (before it) the figure
    head = next((o for o in old_v.mentions[:i] if o.id == before.linked), None)
    return head.id if head is not None and head.start < before.start else None


_BRACKET_CLOSE = re.compile(r"\s*\)")


_SEASON_AFTER = re.compile(rf"\s+(?i:{lang.alternation('compare.season_spans')})\b")
_SEASON_ISO = re.compile(r"(\d{4})/(\d{4})$")
_SEASON_DATED = re.compile(
    rf"\b(?i:{lang.alternation('compare.season_date_leads')})\s+(?:(?i:the)\s+)?$"
)


def _year_kept_as_season(
    old: list[Mention], pairs: list[Pair], paired_old: set[int], new_text: str
) -> list[tuple[int, Mention]]:
    """Unpaired OLD spans of one year that NEW states as the season of their sentence.

    "spent a year on loan at Bury in the 2013-14 season" -> "spent the 2013-14
    season on loan at Bury": the season OLD names in the same sentence is one
    year long, and NEW writes it as the span ("the 2013-14 season",
    ``compare.season_spans``), so the year is kept, not dropped. Only a span of
    exactly one year (or twelve months), and only a season of two years in a row
    that NEW keeps with its noun and not as a date ("a loan spell in the 2013-14
    season", ``compare.season_date_leads``: the length is gone).
    """
    seasons: dict[int, Mention] = {}
    for p in pairs:
        if p.old is None or p.new is None or p.relation is None or not p.relation.accepted:
            continue
        years = _SEASON_ISO.match(p.old.iso or "")
        if (
            years
            and int(years.group(2)) == int(years.group(1)) + 1
            and _SEASON_AFTER.match(new_text, p.new.end)
            and not _SEASON_DATED.search(new_text, max(0, p.new.start - 20), p.new.start)
        ):
            seasons.setdefault(p.old.sentence, p.new)
    if not seasons:
        return []
    return [
        (i, seasons[m.sentence])
        for i, m in enumerate(old)
        if i not in paired_old
        and m.sentence in seasons
        and m.kind == "quantity"
        and m.qualifier == "exact"
        and (m.unit, m.value) in (("year", 1), ("month", 12))
    ]


def _anchor_links(
    old: list[Mention], new: list[Mention], chosen: list[Candidate]
) -> frozenset[tuple[int, int]]:
    """(old sentence, new sentence) pairs that a rare or well-placed match ties together."""
    return frozenset(
        (old[c.i].sentence, new[c.j].sentence)
        for c in chosen
        if c.relation.accepted
        and (
            min(rarity(old[c.i]), rarity(new[c.j])) >= ANCHOR_RARITY or c.context >= ANCHOR_CONTEXT
        )
    )


def _merged_repeats(
    cands: list[Candidate], chosen: list[Candidate], old_v: Version, new_v: Version
) -> list[Candidate]:
    """OLD repeats that one NEW figure states for both ("Geyser, 12, and Weier, 12" -> "both 12").

    A repeat whose sentence was cut stays dropped (consistency.md); one whose
    context fits the NEW figure nearly as well as the kept occurrence merged.
    A repeat of another period is another fact: "fell 0.6% in March, after a
    0.6% fall in February" -> "a 0.6% fall in March" drops February's; so is one
    that counts another noun than NEW's figure ("his fourth shot ... the fourth six
    of his round" -> "his fourth shot ... another six" drops the fourth six).
    """
    old, new = old_v.mentions, new_v.mentions
    kept = {c.j: c.context for c in chosen}
    paired = {c.i for c in chosen}
    out = []
    for c in sorted(cands, key=lambda c: -c.score):
        if c.i in paired or c.j not in kept or c.relation.kind not in REPEATABLE:
            continue
        if _periods_differ(old[c.i], new[c.j]):
            continue
        if nouns_differ(old_v.contexts[c.i], new_v.contexts[c.j]):
            continue
        if c.context >= MERGE_CONTEXT and c.context >= MERGE_RATIO * kept[c.j]:
            paired.add(c.i)
            out.append(c)
    return out


def _period_evidence(a: Mention, b: Mention) -> float:
    """Context the periods two figures refer to add: their dates are blanked from the
    words around them, so "0.6% in March" / "0.6% in February" look alike without.
    Two bare weekdays in sentences of opposite tenses are two days."""
    ta, tb = a.extra.get("weekday_tense"), b.extra.get("weekday_tense")
    if ta and tb and ta != tb:
        return -PERIOD_BONUS  # "will be played on Sunday" / "won on Sunday": two Sundays
    pa, pb = a.frame.get("period"), b.frame.get("period")
    if not (pa and pb):
        return 0.0
    return PERIOD_BONUS if pa == pb else -PERIOD_BONUS


def _event(m: Mention) -> str | None:
    """The verb class of the event a date dates ("arrested on 3 May"), if its frame says."""
    return m.frame.get("predicate") if m.kind == "date" else None


def _events_differ(a: Mention, b: Mention, dated: tuple[set[str], set[str]]) -> bool:
    """Two dates of events of different verb classes ("arrested" / "charged"), where
    the texts tell those events apart by their dates: the other side dates ``a``'s
    event elsewhere or this side dates ``b``'s (``dated``: the events OLD and NEW
    date). A date often scopes a clause of several verbs ("not played since an
    injury in March" / "injured in March"), so one reading of its verb is no
    evidence of another event on its own."""
    ea, eb = _event(a), _event(b)
    return bool(ea and eb) and ea != eb and (ea in dated[1] or eb in dated[0])


_PEOPLE_EVENTS = frozenset(lang.words("compare.people_events"))
_EVENT_WORDS: dict[str, str] = {
    w: cls.partition(".")[0]
    for table in (PREDICATES, PREDICATE_NOUNS)
    for w, cls in table.items()
    if cls in _PEOPLE_EVENTS
} | {w: domain for domain, words in lang.table("compare.people_event_words").items() for w in words}
"""word -> the domain of its verb class ("killed" -> "harm"), for events done to people,
and the words that tell of such an event without naming its class ("stabbed")."""
_WORDS = re.compile(r"[^\W\d_]+")


def _event_unsaid(old: Mention, new: Mention, old_ctx: Context) -> bool:
    """NEW gives a count an event done to people (``compare.people_events``: killed,
    injured, arrested ...) that OLD's figure and its whole sentence do not tell of.

    "She could carry 1,650 passengers and a crew of 420" -> "sank with the loss of 420
    lives": the crew's count is given to the dead. Only a quantity without a
    predicate of its own in OLD, in a sentence with no word of that domain ("died",
    "deaths", "arrested", or ``compare.people_event_words``: "stabbed 19 times" /
    "19 stab wounds"): OLD's sentence that tells of any such event may be its
    source in other words.
    """
    predicate = new.frame.get("predicate", "")
    domain = predicate.partition(".")[0]
    if predicate not in _PEOPLE_EVENTS or old.kind != "quantity" or old.frame.get("predicate"):
        return False
    if new.kind != "quantity" or new.role or old.role or is_implied(old) or is_implied(new):
        return False  # "Both were from Poland" / "Two men died": no numeral to give away
    if new.frame.get("measure") not in (None, "people"):
        return False  # "reigned for 28 years until his death": a span, not a count of the dead
    words = _WORDS.findall(old_ctx.sentence_text.lower())
    return not any(_EVENT_WORDS.get(w) == domain for w in words)


def dated_events(mentions: list[Mention]) -> set[str]:
    """The verb classes of the events the dates of one text date."""
    return {e for e in map(_event, mentions) if e}


def _event_evidence(a: Mention, b: Mention) -> float:
    """Context two dates of one event add ("arrested on 3 May" / "his arrest on 4 May"):
    a date pairs with the date of its own event rather than by value or order."""
    ea = _event(a)
    return EVENT_BONUS if ea and ea == _event(b) else 0.0


def _periods_differ(a: Mention, b: Mention) -> bool:
    """Both figures' frames name the period they refer to, and not the same one."""
    pa, pb = a.frame.get("period"), b.frame.get("period")
    return bool(pa and pb) and pa != pb


def _years_differ(a: Mention, b: Mention, old_periods: frozenset | None = None) -> bool:
    """Both figures' frames name the calendar period they refer to, of one form, and
    not the same one: the same value of another year or month is another fact (a
    population of 1901 is not the census of 2011's; "7,500 since January" is not "in
    August"). Only years, months and days named as such ("2016", "August", "August
    2017", "17 June"): a period of other words ("last season" / "in 2015") may be the
    same one said another way. ``old_periods`` (the calendar periods OLD's figures
    refer to), where given: NEW's period must be one of them, another fact's; a year
    OLD gives no figure ("rejected in 2017" for 2016) is the year's own error, and the
    figure keeps its pair."""
    pa, pb = _calendar(a.frame.get("period") or ""), _calendar(b.frame.get("period") or "")
    if pa is None or pb is None or pa == pb:
        return False
    if [x is None for x in pa] != [y is None for y in pb]:
        return False  # "until January 2018" / "in 2010": the nearest date of another form
    return old_periods is None or pb in old_periods


def calendar_periods(mentions: list[Mention], contexts: list[Context] | None = None) -> frozenset:
    """The calendar periods (``_calendar``) the quantities of one text refer to.

    With ``contexts``, not those whose date opens a period that runs on from it
    ("Since 2009, the firm has doubled its turnover to £2m", ``compare.open_period_leads``):
    a figure of that period is no figure of the year itself, so "a £50,000 loan in
    2009" for OLD's loan of 2008 is the year's error, not another fact's figure."""
    opened = {
        (m.sentence, " ".join(m.text.lower().split()))
        for m, c in zip(mentions, contexts or ())
        if m.kind == "date" and c.lead in _OPEN_LEADS
    }
    return frozenset(
        c
        for m in mentions
        if m.kind == "quantity" and m.frame and (m.sentence, m.frame.get("period")) not in opened
        for c in (_calendar(m.frame.get("period") or ""),)
        if c is not None
    )


_OPEN_LEADS = frozenset(lang.words("compare.open_period_leads"))


_MONTHS: dict[str, int] = lang.table("calendar.months")
_CALENDAR = re.compile(
    rf"(?:(?P<day>[1-9]|[12]\d|3[01]) (?=[a-z]))?(?P<month>{'|'.join(_MONTHS)})?"
    r"(?:(?<=[a-z]) (?=\d))?(?P<year>(?:1[5-9]|20)\d\d)?"
)
"""A period named by the calendar alone: "2016", "August", "August 2017", "17 June"."""


def _calendar(period: str) -> tuple[int | None, int | None, int | None] | None:
    """(day, month, year) of a period named by the calendar alone, else None."""
    found = _CALENDAR.fullmatch(period.strip())
    if not found or not (found["month"] or found["year"]):
        return None
    day, month, year = found["day"], found["month"], found["year"]
    return (
        int(day) if day else None,
        _MONTHS[month] if month else None,
        int(year) if year else None,
    )


def _year_of_kept_day(c: Candidate, old_v: Version, new_v: Version) -> bool:
    """NEW restates the year of an OLD day it keeps elsewhere ("on 11 July 2006"
    ... "the 2006 bombings"): the year is read from the kept date, not added."""
    o, n = old_v.mentions[c.i], new_v.mentions[c.j]
    return (
        c.relation.kind == "vaguer"
        and o.kind == n.kind == "date"
        and n.grain == "year"
        and bool(o.iso and n.iso)
        and len(n.iso) == 4
        and o.iso.startswith(n.iso + "-")
    )


def _restated_repeats(
    cands: list[Candidate],
    kept: dict[int, int],
    paired_new: set[int],
    new_v: Version,
    old_v: Version,
) -> list[Candidate]:
    """NEW figures that restate an already matched OLD one: supported, not added.

    One OLD figure supports more than one NEW figure only when the NEW ones
    are the same fact repeated: their frames agree ("injured 40 more" is not
    "killed 40 people" again), and a rounding is not a restatement in the
    kept figure's own sentence ("£2.4m last year, up from £2m"); in that
    sentence a repeat must say it counts the same thing ("build five
    hospitals and collected five awards" is two facts), or be a date written
    alike that a quote gives and the narration around it restates.
    """
    taken = set(paired_new)
    new, contexts = new_v.mentions, new_v.contexts
    out = []
    for c in sorted(cands, key=lambda c: -c.score):
        if c.j in taken or c.i not in kept:
            continue
        if c.relation.kind not in REPEATABLE:
            if not _year_of_kept_day(c, old_v, new_v):
                continue
            c = replace(c, relation=Relation("rounded", "the year of the date"))
        first = kept[c.i]
        if frame_difference(new[first], new[c.j], contexts[first], contexts[c.j]):
            continue
        if new[first].sentence == new[c.j].sentence and not (
            c.relation.kind == "same"
            and (
                _same_measure(new[first], new[c.j])
                or _quoted_date(new[first], new[c.j], new_v.text)
            )
        ):
            continue

        taken.add(c.j)
        out.append(c)
    return out
