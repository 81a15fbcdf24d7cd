"""A figure's frame: which fact it states, beyond its value.

"out for 11 months" and "scored 11 goals", or "killed 40 people" and
"injured 40 more", share a value and nothing else. To tell them apart a
comparison needs what each figure is about, read once from its sentence and
kept on the Mention as ``frame`` (a dict; docs/json.md):

- ``measure``: what it counts or measures: the dimension of its unit
  ("time" for "11 months", "length", "currency", ...) or the class of its
  counted noun ("people" for "40 victims", "vehicles" for "300 cars"); a noun
  no class knows is kept as written ("goals").
- ``predicate``: the verb class it belongs to ("harm.killed" for "killed 40",
  "40 people died" and "11 lives were lost"; "harm.injured", "sport.scored",
  ...): the nearest verb of the lexicon in its clause, or its counted noun
  when that names the event ("40 deaths").
- ``entity``: who or what it belongs to where the sentence says: the nearest
  proper-noun phrase in its clause, within ``ENTITY_REACH`` words ("Arsenal"
  in "Arsenal scored 3 goals"),
  or the name a figure in commas stands after ("Reus, 27,").
- ``holder``: for an age, the word of the person it is of, where one of
  ``frames.holders`` stands right after it or before its commas ("man" in "a
  23-year-old man", "wife" in "his wife, 35,").
- ``period``: the date, time or duration in its clause that it refers to
  ("this season" in "scored 11 goals this season", "eight days" in "raised
  £8,000 in eight days").

Fields the sentence does not give are left out; the reading is conservative
(a name must be capitalised inside the sentence, or capitalised elsewhere in
the text when it opens one). The word lists are data (``frames.*`` in
``factcheck/lang/en.yaml``). Each sentence is read once into tokens, clauses
and the positions of its verbs, names and periods; each figure then looks up
its neighbours by bisection, so the whole is linear in the text (up to a
logarithm), however many figures a sentence holds.
"""

from __future__ import annotations

import bisect
import re

import factcheck.lang as lang
from factcheck.extract.names import is_name_word
from factcheck.extract.screen import Endings
from factcheck.mention import Mention


def _classes(key: str) -> dict[str, str]:
    return {w: name for name, words in lang.table(key).items() for w in words}


PREDICATES = _classes("frames.predicates")
"""word -> verb class ("died" -> "harm.killed")."""
HOLDERS = _classes("frames.holders")
"""word an age describes -> its class ("wife" -> "female", "suspect" -> "accused")."""
PREDICATE_NOUNS = _classes("frames.predicate_nouns")
"""counted noun -> verb class ("lives" -> "harm.killed")."""
MEASURES = _classes("frames.measures")
"""counted noun -> what it counts ("passengers" -> "people")."""
_MARGIN_COUNTED = frozenset(lang.words("frames.margin_counted"))
_MARGIN_BEFORE = re.compile(
    rf"(?i:\b(?:(?P<word>{lang.alternation('frames.margin_words')})(?:\s+of)?"
    rf"|(?:{lang.alternation('frames.margin_by_verbs')})\s+(?:[\w'’-]+\s+){{0,3}}?by)"
    rf"(?:\s+(?:{lang.alternation('frames.margin_hedges')}))?\s*:?\s*$)"
)
_MARGIN_ENDINGS = Endings(
    [":", "of", "by", *lang.words("frames.margin_words"), *lang.words("frames.margin_hedges")]
)
"""What ``_MARGIN_BEFORE`` may end with: its screen."""
"""Right before a count that states a margin: "a majority of 2,873", "majority:
2,873", "won by 590 votes"."""
MARGIN = "margin"
"""The measure of a margin ("a majority of 2,873"): another fact than a total ("2,873 votes")."""
# "a day after being detained", "a week before the vote": a span counted from an event;
# the verb after the edge word is that event, not the span's own predicate
_GAP_EDGE_AFTER = re.compile(rf"[ \t]+(?:{lang.alternation('dates.event_edges')})\b")
_CLAUSE_WORDS = frozenset(lang.words("frames.clause_breaks"))
_SUBORDINATORS = frozenset(lang.words("frames.subordinators"))
_FRONTED_OPENERS = frozenset(lang.words("frames.fronted_period_openers"))
_OCCASIONS = re.compile(
    rf"[ \t]+(?:{lang.alternation('frames.occasions')})\b"
    rf"(?![ \t]+(?:{lang.alternation('frames.factor_after')})\b)",
    re.IGNORECASE,
)
"""A count of occasions after a bare count ("won it nine times"), not a factor."""

SUBORDINATE_REACH = 2
"""Tokens from a subordinator to the figure that opens its clause ("after the three")."""
APPOSITION_REACH = 1
"""Words before a figure in a clause that stands in apposition to a name ("ranked")."""
REACH = 4
"""Words between a figure and its verb, at most ("40 people were later killed"):
further away a verb of the lexicon is as often another fact's."""
FRONTED_WORDS = 7
"""Words of a sentence's opening phrase, at most, for its date or duration to scope
the sentence ("In the first week of June," is six)."""
ENTITY_REACH = 10
"""Tokens between a figure and the name it belongs to, at most: "Two of our
comrades were martyred and five wounded in an attack on two of our tanks by
Daesh" does not make Daesh the owner of the two."""

_TOKEN = re.compile(r"(?P<w>[^\W_]+(?:['’.-][^\W_]+)*)|[,;:()\[\]—–\"“”]|\s[-–]\s")
"""A word, or a mark that ends a clause."""
_POSSESSIVE = re.compile(r"['’]s?$")
_MID_CAPITAL = re.compile(r"[a-z,;] +([A-Z][\w'’-]*)")


def attach_frames(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> None:
    """Set ``frame`` on every mention (mentions in text order, ``sentence`` set)."""
    names = _KnownNames(text)
    k = 0
    while k < len(mentions):
        index = mentions[k].sentence
        group = [mentions[k]]
        k += 1
        while k < len(mentions) and mentions[k].sentence == index:
            group.append(mentions[k])
            k += 1
        if 0 <= index < len(sentences):
            _Sentence(text, sentences[index], group, names).frame_all()
        else:
            for m in group:
                m.frame = _measure_only(m)


class _KnownNames:
    """Words the text capitalises mid-sentence: a sentence's first word is a name only if one."""

    def __init__(self, text: str):
        self.text = text
        self._words: frozenset[str] | None = None

    def __contains__(self, word: str) -> bool:
        if self._words is None:
            self._words = frozenset(m.group(1) for m in _MID_CAPITAL.finditer(self.text))
        return word in self._words


class _Sentence:
    """One sentence as tokens: clause of each, verbs, names and periods by position."""

    def __init__(
        self, text: str, span: tuple[int, int], mentions: list[Mention], names: _KnownNames
    ):
        start, end = span
        self.text = text
        self.mentions = mentions
        self.starts: list[int] = []
        self.words: list[str] = []
        self.ends: list[int] = []
        self.clause: list[int] = []
        self.joins: list[int] = []
        """Positions of "and" / "or": "killed and two injured" gives the two its own verb."""
        self.subordinators: list[int] = []
        """Positions of "after", "when", ...: "charged after three people were injured"."""
        self.predicates: dict[int, list[tuple[int, str]]] = {}
        self.names: dict[int, list[tuple[int, int, str]]] = {}
        clause = 0
        spans = [(m.start, m.end) for m in mentions]
        k = 0
        run: list[str] = []  # the words of the name being read, ending at token i - 1
        i = 0
        for t in _TOKEN.finditer(text, start, end):
            t_start, t_end = t.span()
            while k < len(spans) and spans[k][1] <= t_start:
                k += 1
            inside = k < len(spans) and spans[k][0] <= t_start
            word = t.group("w")
            if word is None:  # punctuation
                if inside:
                    continue  # "8,000", "(8,900-km)": part of a figure, not a clause break
                clause += 1
                if run:
                    self._add_name(run, i)
                    run = []
                continue
            lower = word.lower()
            if lower in _CLAUSE_WORDS:
                clause += 1
                if run:
                    self._add_name(run, i)
                    run = []
                continue
            if lower in ("and", "or"):
                self.joins.append(i)
            elif lower in _SUBORDINATORS:
                self.subordinators.append(i)
            self.starts.append(t_start)
            self.words.append(lower)
            self.ends.append(t_end)
            self.clause.append(clause)
            name = False
            if not inside:
                cls = PREDICATES.get(lower)
                if cls:
                    self.predicates.setdefault(clause, []).append((i, cls))
                name = is_name_word(word) and not word.isupper()
                if name and i == 0 and word not in names:
                    name = False
            if name:
                run.append(word)
            elif run:
                self._add_name(run, i)
                run = []
            i += 1
        if run:
            self._add_name(run, i)
        self.periods: dict[int, list[tuple[int, Mention]]] = {}
        self.span_of: dict[int, tuple[int, int]] = {}
        for m in mentions:
            a = bisect.bisect_left(self.ends, m.start + 1)
            b = max(a, bisect.bisect_left(self.starts, m.end))
            self.span_of[id(m)] = (a, b)
            if _is_period(m) and a < len(self.clause):
                self.periods.setdefault(self.clause[a], []).append((a, m))
        # positions by clause, for bisection
        self.name_starts = {c: [s for s, _, _ in v] for c, v in self.names.items()}
        self.name_ends = {c: [e for _, e, _ in v] for c, v in self.names.items()}
        self.period_at = {c: [p for p, _ in v] for c, v in self.periods.items()}
        self.predicate_at = {c: [p for p, _ in v] for c, v in self.predicates.items()}

    def _add_name(self, run: list[str], end: int) -> None:
        """Keep the name whose words are ``run``, its last word token ``end - 1``."""
        phrase = _POSSESSIVE.sub("", " ".join(run))
        self.names.setdefault(self.clause[end - 1], []).append((end - len(run), end, phrase))

    def frame_all(self) -> None:
        for m in self.mentions:
            a, b = self.span_of[id(m)]
            frame = _measure_only(m)
            if not frame and _bare_count(m) and _OCCASIONS.match(self.text, m.end):
                frame["measure"] = "occasions"  # "nine times" is not "nine years"
            elif _states_margin(self.text, m):
                frame["measure"] = MARGIN  # "a lead of 2,873 votes" is no total of votes
            if a >= len(self.clause):
                m.frame = frame
                continue
            clause = self.clause[a]
            predicate = PREDICATE_NOUNS.get((m.noun or "").lower()) or self._nearest_predicate(
                clause, a, b, before_only=_counts_from_event(self.text, m)
            )
            if not predicate and m.role == "age":
                predicate = self._verb_after_apposition(clause)
            if predicate:
                frame["predicate"] = predicate
            entity = self._entity(clause, a, b, adjacent=m.role == "age")
            if entity:
                frame["entity"] = entity
            holder = self._holder(clause, a, b) if m.role == "age" else None
            if holder:
                frame["holder"] = holder
            if m.kind == "quantity" and not _is_period(m):
                period = self._period(clause, a, m)
                if period:
                    frame["period"] = period
            m.frame = frame

    def _nearest_predicate(
        self, clause: int, a: int, b: int, before_only: bool = False
    ) -> str | None:
        found = self.predicates.get(clause)
        if not found:
            return None
        positions = self.predicate_at[clause]
        k = bisect.bisect_left(positions, a)
        before = found[k - 1] if k > 0 else None
        if before_only:  # "died a day after being detained": "detained" is the event counted from
            return before[1] if before and a - before[0] <= REACH else None
        after_k = bisect.bisect_left(positions, b)
        after = found[after_k] if after_k < len(found) else None
        near_before = a - before[0] if before else REACH + 1
        near_after = after[0] - b + 1 if after else REACH + 1
        if min(near_before, near_after) > REACH:
            return None
        if before and near_after <= REACH and self._joined_between(before[0], a):
            return after[1]  # type: ignore[index]  # "three were killed and two injured"
        if after and near_after <= REACH and self._opens_clause(a, after[0]):
            return after[1]  # "charged after three people were injured": the count's own verb
        return before[1] if before and near_before <= near_after else after[1]  # type: ignore[index]

    def _holder(self, clause: int, a: int, b: int) -> str | None:
        """The word of the person an age is of: "a 23-year-old man", "his wife, 35,"."""
        if b < len(self.clause) and self.clause[b] == clause and self.words[b] in HOLDERS:
            return self.words[b]
        if self._alone_in_clause(clause, a, b) and self.words[a - 1] in HOLDERS:
            return self.words[a - 1]
        return None

    def _verb_after_apposition(self, clause: int) -> str | None:
        """The verb of the person an age in commas describes: "Jo Bell, 38, died"
        gives 38 "harm.killed", read at the start of the next clause (the age's
        own clause has no verb of the lexicon)."""
        if clause in self.predicates:
            return None
        found = self.predicates.get(clause + 1)
        if not found:
            return None
        first = bisect.bisect_left(self.clause, clause + 1)
        position, cls = found[0]
        return cls if position - first < REACH else None

    def _opens_clause(self, a: int, verb: int) -> bool:
        """A figure at token ``a`` opens a clause a subordinator starts ("after [the]
        three people were injured"), and no "and" / "or" stands before its verb at
        ``verb`` ("after 20 minutes and added another" keeps its verb before)."""
        k = bisect.bisect_left(self.subordinators, a)
        if k == 0 or a - self.subordinators[k - 1] > SUBORDINATE_REACH:
            return False
        j = bisect.bisect_right(self.joins, a)
        return not (j < len(self.joins) and self.joins[j] < verb)

    def _joined_between(self, verb: int, a: int) -> bool:
        """An "and" or "or" stands between a verb at token ``verb`` and a figure at ``a``."""
        k = bisect.bisect_right(self.joins, verb)
        return k < len(self.joins) and self.joins[k] < a

    def _entity(self, clause: int, a: int, b: int, adjacent: bool = False) -> str | None:
        """The name the figure belongs to; ``adjacent``: only a name right next to it.

        An age belongs to the name it stands by ("25-year-old Jon Bo", "Bo,
        25,"); "the 25-year-old signed at the Madejski Stadium" names a place
        of the clause, not the person the age is of.
        """
        found = self.names.get(clause)
        if self._alone_in_clause(clause, a, b) and a > 0:
            # "Reus, 27," / "Aro (33)": the figure stands after the name it is about
            before = self.names.get(self.clause[a - 1], [])
            if before and before[-1][1] == a:
                return before[-1][2]
            return None
        if not found:
            return self._name_in_apposition(clause, a)
        # the last name ending at or before the figure, the first starting after it
        k = bisect.bisect_right(self.name_ends[clause], a)
        candidates = []
        if k > 0:
            candidates.append((a - found[k - 1][1], found[k - 1][2]))
        later = bisect.bisect_left(self.name_starts[clause], b)
        if later < len(found):
            candidates.append((found[later][0] - b + 1, found[later][2]))
        limit = 1 if adjacent else ENTITY_REACH
        candidates = [(d, phrase) for d, phrase in candidates if d <= limit]
        return min(candidates)[1] if candidates else None

    def _name_in_apposition(self, clause: int, a: int) -> str | None:
        """ "Kruse, ranked 10th in the world, beat ...": a figure that opens a clause
        without a name (``APPOSITION_REACH`` words in) right after a clause that is a
        name alone belongs to that name."""
        if clause == 0:
            return None
        start = bisect.bisect_left(self.clause, clause)
        if a - start > APPOSITION_REACH:
            return None
        before = self.names.get(clause - 1)
        if not before:
            return None
        first, end, phrase = before[-1]
        if end != start or first != bisect.bisect_left(self.clause, clause - 1):
            return None
        return phrase

    def _alone_in_clause(self, clause: int, a: int, b: int) -> bool:
        before_ok = a == 0 or self.clause[a - 1] != clause
        after_ok = b >= len(self.clause) or self.clause[b] != clause
        return before_ok and after_ok and a > 0 and self.clause[a - 1] == clause - 1

    def _period(self, clause: int, a: int, m: Mention) -> str | None:
        """The nearest date or duration of the clause (``m`` itself is never one), else
        the period a fronted phrase gives the sentence ("In 2016, about 40% of the
        applications were turned down", "Since March, 4,200 visitors have come")."""
        found = self.periods.get(clause)
        if not found:
            return self._fronted_period(clause)
        k = bisect.bisect_left(self.period_at[clause], a)
        near = [found[i] for i in (k - 1, k) if 0 <= i < len(found)]
        best = min(near, key=lambda pq: abs(pq[0] - a))[1]
        return " ".join(best.text.lower().split())

    def _fronted_period(self, clause: int) -> str | None:
        """The period of a sentence's opening phrase of a few words, one date or
        duration and no other figure or verb of the lexicon, that opens as a phrase of
        time does ("In the first week of June,", "Last August,", "Since March,";
        ``frames.fronted_period_openers``), for a figure of a later clause
        with no period of its own, up to the first clause that names one: the phrase
        scopes what follows it."""
        opening = self.periods.get(0)
        if clause == 0 or not opening or len(opening) != 1:
            return None
        if 0 in self.predicates or any(c in self.periods for c in range(1, clause)):
            return None
        if self.words[0] not in _FRONTED_OPENERS:
            return None  # "Built in 1936, the dam holds ...": the date is the building's
        words = bisect.bisect_left(self.clause, 1)
        if words > FRONTED_WORDS:
            return None
        only = opening[0][1]
        if any(self.span_of[id(m)][0] < words and m is not only for m in self.mentions):
            return None  # "In 2016, 50%, ...": the opening holds another figure
        return " ".join(only.text.lower().split())


def _counts_from_event(text: str, m: Mention) -> bool:
    """A span of time before "after" or "before": the gap between two events ("a day
    after being held", "two weeks before the vote")."""
    return m.dimension == "time" and m.role != "age" and bool(_GAP_EDGE_AFTER.match(text, m.end))


def _is_period(m: Mention) -> bool:
    """A date or time, or a duration ("for 11 months"), that a figure in its clause refers to."""
    if m.kind in ("date", "time"):
        return True
    return m.dimension == "time" and m.role != "age"


def _bare_count(m: Mention) -> bool:
    """A number with no unit, noun or role ("won it nine times"): it has no measure of
    its own, so the word after it ("times") may say what it counts."""
    return m.kind == "quantity" and m.role is None and m.unit is None and not m.noun


def _states_margin(text: str, m: Mention) -> bool:
    """A count right after a margin word: "a majority of 2,873", "Labour majority:
    2,873", "a lead of 2,873 votes". "majority" takes a bare count or one of
    ``frames.margin_counted``; "margin" and "lead" only the latter (sport's "a
    lead of three" is as often "three points clear")."""
    if m.kind != "quantity" or m.role or m.unit or m.dimension not in (None, "count"):
        return False
    noun = (m.noun or "").lower()
    if noun and noun not in _MARGIN_COUNTED:
        return False
    window = max(0, m.start - 40)
    if not _MARGIN_ENDINGS.may_end(text[window : m.start]):
        return False
    found = _MARGIN_BEFORE.search(text, window, m.start)
    return bool(found) and (bool(noun) or (found.group("word") or "").lower() == "majority")


def _measure_only(m: Mention) -> dict[str, str]:
    measure = measure_of(m)
    return {"measure": measure} if measure else {}


def measure_of(m: Mention) -> str | None:
    """What a figure counts or measures: a unit's dimension, a noun's class, or the noun."""
    if m.kind != "quantity" or m.role in ("score", "ordinal", "year"):
        return None
    if m.dimension not in (None, "count"):
        return m.dimension
    if not m.noun:
        return None
    noun = m.noun.lower()
    return MEASURES.get(noun) or MEASURES.get(noun.split()[-1]) or noun
