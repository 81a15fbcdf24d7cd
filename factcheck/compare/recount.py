"""Figures NEW states that OLD gives without a figure: it lists or narrates them.

A summary writes "Two people were arrested" where the original says "police
arrested a man in Hull and a woman in York", "She hit two aces" for "an ace in
the first game and another in the last", "Okafor scored the first goal and
Reyes the second" for "Okafor opened the scoring ... and Reyes added another",
and "The match ended 3-2" for "Kerr made it 3-1 before Doyle pulled one back".
Each NEW figure is new text but no new fact: ``derived``, not ``added``.

Only what OLD states unambiguously counts, and only for a NEW figure of the
same frame (derive.py's rule for totals):

- a count of people: OLD lists exactly that many people in one sentence, by
  name ("Tomasz Aro, 22, and Lena Berg, 29"; a name counts as a person with a
  title, an age, or a surname the text uses on its own elsewhere) or as
  indefinite persons ("a man ... and a woman ..."); where both sentences
  have a verb of the lexicon (``frames.predicates``), it is the same class;
- a count or an ordinal of things: OLD names one ("an ace") and adds
  ``another`` (an ordinal only when "another fire" is a sentence later: a
  third may follow in other words; "another prisoner" alone is "a second
  prisoner"), or narrates a run of goals ("opened the scoring", "added
  another"); an ordinal needs that many items, and where both versions name
  who scored the item, the same name;
- a count of a scorer's goals ("Holman scored twice", "two goals each from
  Holman and Wright"): OLD tells that scorer's goals as a story with "his" /
  "her" ("opened his account ... before doubling his tally", "a double of
  his own"), the scorer being the first name of the sentence; a scorer named
  first in another sentence that tells of a goal may have more: no count;
- an ordinal of events: the k-th ("the second fatal accident this summer")
  from a count of k with the same predicate and the same period ("two
  fatalities this summer");
- a final score: the last score OLD states, plus goals after it that can only
  be the trailing side's ("pulled one back", "a consolation goal"); any other
  goal after it leaves the final score unknown.

Nothing here is arithmetic across figures: that is derive.py's. The reading
is done once per OLD text (a scan of each sentence), and each NEW figure is a
lookup plus a look at its own sentence, so the whole stays linear.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import factcheck.lang as lang
from factcheck.compare.context import NUMBER_WORDS, PERSON_NOUNS, content_words, stem
from factcheck.extract.frame import PREDICATE_NOUNS, PREDICATES
from factcheck.extract.names import NOT_NAMES, is_name_word
from factcheck.mention import Mention

_TITLES = lang.alternation("sentences.titles")
_NOT_ROLES = lang.alternation("nouns.stopwords", "derive.place_words")
"""Lower-case words before a name that are not its role ("driver Tom Lee")."""
_PLACE_WORDS = frozenset(lang.words("derive.place_words"))
_ORDINALS = lang.table("numbers.ordinals")
_STOPWORDS = frozenset(lang.words("nouns.stopwords"))

MAX_LISTED = 9
"""Counts a list of items may give: a longer list is a table, not a sentence."""

_CAP = r"[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*"

LATEST_EVENT = "the latest of the events the original counts"
"""How NEW's "the second fatal accident this summer" restates OLD's "two fatalities
this summer": the OLD count is kept, not dropped (``compare_mentions``)."""


def _person_item(named: bool) -> str:
    """A capitalised name of one to four words, perhaps with a title before and an age after.

    A role may stand before it, with the side or body it serves ("driver Tom
    Lee", "Leicester fly-half Owen Williams").
    """

    def group(name: str) -> str:
        return f"?P<{name}>" if named else "?:"

    return (
        rf"\b(?:(?:{_CAP}(?:\s+{_CAP})?\s+)?({group('role')}(?!(?:{_NOT_ROLES})\b)[a-z][a-z-]+)\s+)?"
        rf"({group('title')}\b(?i:{_TITLES})\.?\s+)?({group('name')}{_CAP}(?:\s+{_CAP}){{0,3}})"
        rf"({group('age')},\s*(?:aged\s+)?\d{{1,3}}\s*,|\s*\(\s*(?:aged\s+)?\d{{1,3}}\s*\))?"
    )


_PERSON_ITEM = re.compile(_person_item(named=True))
_NAME_LIST = re.compile(
    rf"{_person_item(False)}(?:\s*,\s*(?!and\b){_person_item(False)}){{0,{MAX_LISTED - 2}}}"
    rf"\s*,?\s+and\s+{_person_item(False)}"
)
"""Two or more person-like items: "A, B and C", each perhaps with a title or an age."""

_NAMED = rf"(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}"
_NAMED_LIST = re.compile(
    rf"\b{_NAMED}(?:\s*,\s*(?!and\b){_NAMED}){{0,{MAX_LISTED - 2}}}\s*,?\s+and\s+{_NAMED}"
)
"""Capitalised names listed ("Nuttall, Suzanne Evans, and John Rees-Evans")."""
_NAMED_ITEM = re.compile(rf"\b{_NAMED}")
_NAMED_KINDS = frozenset(stem(w) for w in lang.words("derive.named_kinds"))
"""Kinds of named thing a count may count off an OLD list of names ("four countries")."""
_WORD_AFTER_NOUN = re.compile(r"\s+(?P<noun>[a-z]+)\s+(?P<head>[a-z]+)\b")
"""A count's noun and the word after it ("two rights groups"): the head of the kind."""
LIST_REACH = 60
"""Characters after a count within which the list it counts must start."""
_LIST_LEAD = re.compile(
    rf"^\s*(?:-?[\w’'-]+\s*){{0,3}}?(?P<mark>[,:(—–]\s*)?"
    rf"(?P<word>(?i:{lang.alternation('derive.list_connectors')})\s+)?(?:the\s+)?$"
)
"""What may stand between a count and the names it counts: its noun, then a
connector ("two games, against", "a three-way race between")."""

_ITEMS_LEAD = re.compile(
    r"^\s*(?:[^\W\d_][\w’'-]*\s+){0,4}?[^\W\d_][\w’'-]*\s*(?P<mark>[:(,]|\s[—–-]\s)\s*"
)
"""A count's noun of up to five words ("kinds of facility", "ways to get alerts"),
then the mark that opens the list of what it counts."""
_PARTIAL_LIST = re.compile(rf"\b(?i:{lang.alternation('derive.partial_list')})\b")
_ITEMS_STOP = re.compile(r"[.;:!?\n]|\s[—–-]\s")
_CONJ = re.compile(r"\s+(?:and|or)\s+")
_CONJ_FIRST = re.compile(r"^(?:and|or)\s+")
MAX_ITEM_WORDS = 6
"""Words an item of a list may have ("the Conquest in Hastings"): more is a clause."""
MAX_LAST_ITEM_WORDS = 10
"""Words the last item of a list whose end is sure may have: what follows it to the end
of the sentence or the bracket is its own ("by email, or via the News App on a
smartphone or tablet")."""

_PERSON_NOUNS = lang.alternation("derive.person_nouns")
_ROLE_PERSONS = frozenset(lang.words("derive.person_nouns"))
_ONE_PERSON = re.compile(rf"\b(?i:an?|one)\s+(?:[\w’'-]+\s+){{0,2}}?(?i:{_PERSON_NOUNS})\b")
_AGE_NEAR = re.compile(r"\s*(?:,\s*(?:aged\s+)?|\(\s*)(?P<age>\d{1,3})\b")
_AGE_IN = re.compile(r"(?P<age>\d{1,3})-year-old")
"""A person's age after the noun ("a man, 34,", "a woman (29)") or in it ("a 34-year-old man")."""
_JOIN = re.compile(r"^[^.;:!?()]{0,60}?(?:,|\band\b)\s*$")
_AGED_PERSON = re.compile(
    rf"\b{_CAP}(?:[ \t]+{_CAP}){{1,3}}(?:,[ \t]*(?:aged[ \t]+)?\d{{1,3}}[ \t]*,|[ \t]*\([ \t]*"
    rf"(?:aged[ \t]+)?\d{{1,3}}[ \t]*\))"
)
"""A person by full name and age: "Ann Roe, 19," or "Ann Roe (19)"."""
_ADDRESS_WORD = rf"(?:{_CAP}|\d{{1,4}}[a-z]?|in|on|the|upon|le)"
_AGED_JOIN = re.compile(
    rf"^(?:[ \t]*(?:of|from)[ \t]+{_ADDRESS_WORD}(?:[ \t]+{_ADDRESS_WORD}){{0,5}}"
    rf"(?:,[ \t]*{_ADDRESS_WORD}(?:[ \t]+{_ADDRESS_WORD}){{0,5}}){{0,2}},?)?"
    r"[ \t]*(?P<and>and[ \t]+)?$"
)
"""What may stand between two persons of a list by name and age: each one's address
("of High Street, Halmer End,"), then "and" before the last; a verb between them
("Ann Roe, 19, was arrested and Ben Ure, 21, charged") ends the list."""
"""The text between two listed persons: a short phrase ending in a comma or "and"."""

_AND_ONE_PERSON = re.compile(
    rf"[^.;:!?()]{{0,60}}?\band\s+(?i:an?|one\s+other|another)\s+(?:[\w’'-]+\s+){{0,2}}?"
    rf"(?i:{_PERSON_NOUNS})\b"
)
"""After a count of people ("two sergeants"): "..., and a health worker", one more."""

_NEXT = lang.alternation("derive.next_item")
_ANOTHER = re.compile(
    rf"\b(?i:an?|one)\s+(?P<noun>[a-z]+)(?P<more>(?:\s+[a-z]+){{0,2}})\b[^.;:!?]{{0,80}}?"
    rf"\band\s+(?:(?:{lang.alternation('derive.next_item_adverbs')})\s+)?"
    rf"(?P<verb>[a-z]+\s+)?(?:{_NEXT})\b"
    r"(?=(?:\s+(?P<after>[a-z]+))?)"
)
""""an ace in the first game and another in the last": two of a kind; "a major
operation on his neck and then had another operation": a verb between, where the
noun after "another" is one of the words after "a"."""
_ANOTHER_OF = re.compile(
    rf"\bof\s+(?i:an?|one)\s+(?:[\w’'-]+\s+){{0,3}}?(?P<noun>[a-z]+)\s+and\s+"
    rf"(?:(?:the|a|an|his|her|its|their)\s+)?(?:[a-z-]+\s+){{1,3}}of\s+(?:{_NEXT})\b(?![ \t]+[a-z])"
)
""""the retirement of a Truro harbour engineer and the sick leave of another": two of
the kind, told in two parallel "of" phrases, the noun the last word before "and"."""
_ANOTHER_NAMED = re.compile(rf"\b(?i:{_NEXT})\s+(?P<noun>[a-z]+)\b")
""""... another fire destroyed a barn": the second of the kind a sentence before named."""
ANOTHER_REACH = 300
"""Characters before "another fire" within which "a fire" must stand (this sentence or the last)."""

_TALLY: dict[str, int] = lang.table("derive.scorer_tally")
_TALLY_PHRASE = re.compile(rf"\b(?i:{lang.alternation(tuple(_TALLY))})\b")
_EACH_FROM = re.compile(
    rf"\s+(?:[a-z]+\s+)?(?i:{lang.alternation('derive.each_from')})\s+"
    rf"(?P<names>{_CAP}(?:\s+{_CAP}){{0,2}}(?:\s*,\s*{_CAP}(?:\s+{_CAP}){{0,2}})*"
    rf"\s*,?\s+and\s+{_CAP}(?:\s+{_CAP}){{0,2}})"
)
"""After a count: "goals each from Holman and Danny Wright": the scorers it counts for."""
_SCORED_NOUNS = frozenset(stem(w) for w, verb in PREDICATE_NOUNS.items() if verb == "sport.scored")
"""Stems of the nouns that name a goal scored ("goal", "try")."""
_RUN_OPENERS = lang.table("derive.run_openers")
_RUN_OPEN = re.compile(rf"\b(?i:{lang.alternation(tuple(_RUN_OPENERS))})\b")
_RUN_NEXT = re.compile(rf"\b(?i:{lang.alternation('derive.run_next')})\b")
_TRAILING_GOAL = re.compile(rf"\b(?i:{lang.alternation('derive.goal_for_trailing')})\b")
_LEVELLING_GOAL = re.compile(rf"\b(?i:{lang.alternation('derive.goal_levelling')})\b")
_ANY_GOAL = re.compile(rf"\b(?i:{lang.alternation('derive.goal_any')})\b")
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_BULLETS_LEAD = re.compile(r"[^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,3}?[^\W\d_]+[^\S\n]*:[^\S\n]*\n")
"""After a count, its noun and a colon ending the line: "in four ties:"."""
_BULLET_LINE = re.compile(r"[^\S\n]*(?:[-*•]|\d{1,2}[.)])[^\S\n]+(?P<item>[^\n]+)(?:\n|$)")
_PAIRING = re.compile(
    rf"(?P<a>{_CAP}(?:\s+{_CAP}){{0,3}})\s+(?P<join>(?i:{lang.alternation('derive.pairing_joins')}))"
    rf"\.?\s+(?P<b>{_CAP}(?:\s+{_CAP}){{0,3}})"
)
"""A bullet that pairs two sides: "Chelsea v Sunderland", "Leeds against York"."""
_RECORD = re.compile(r"\[[^\[\]\n]{1,80}\]|^[^\S\n]*\|[^\n]*\|[^\S\n]*$", re.MULTILINE)
"""A row of a table: a bracketed field group of a flattened list ("Oscar [Chelsea -
Shanghai SIPG]"), or a Markdown table line."""
MIN_RECORDS = 3
"""Rows an OLD text needs before its brackets or bars are read as a table."""
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
_SQUAD_HEADING = re.compile(rf"(?<![\w-])(?:{lang.alternation('derive.squad_headings')})[ \t]*:")
_SQUAD_NOUNS = frozenset(stem(w) for w in lang.words("derive.squad_nouns"))
_PLAYER = re.compile(
    rf"{_CAP}(?:[ \t]+(?:{_CAP}|{lang.alternation('names.particles')}))*"
    r"(?:[ \t]*\([^()\n]{1,40}\))?"
)
"""One player of a squad listing: a name, perhaps with particles ("Marc ter Stegen"),
and the club in brackets."""


@dataclass
class Run:
    """Items of one kind OLD lists or narrates in order: (who, where) each."""

    items: list[tuple[str | None, Mention]]
    complete: bool
    """Whether the run is all there is: "an ace ... and another", the first to
    the third stage. A narrated run of goals may leave later goals to other
    words, so it orders its items but does not count them."""


class Narrated:
    """What one OLD text lists or narrates without giving the figure."""

    def __init__(self, text: str, spans: list[tuple[int, int]], mentions: list[Mention]):
        self.text = text
        self.people: dict[int, list[tuple[Mention, frozenset[str]]]] = {}
        """size -> the OLD lists of that many people: each as a span Mention, with
        the verb classes (``frames.predicates``) of its sentence."""
        self.runs: dict[str, list[Run]] = {}
        """stem of a noun -> the runs of items of it OLD lists or narrates."""
        self.events: dict[tuple[str, str, float], Mention] = {}
        """(predicate, period, value) of OLD counts: "two fatalities this summer"."""
        self.final_score: tuple[tuple[int, int], list[Mention]] | None = None
        self.another: dict[str, Mention] = {}
        """stem of a noun -> OLD's first "another NOUN": a second of the kind."""
        self.one_by_one: dict[str, list[tuple[Mention, tuple[str, str | None]]]] = {}
        """verb class -> the people OLD introduces one to a sentence with a verb of it
        ("A man, 34, was arrested ... A woman was arrested"), each with (noun, age)."""
        known = _surnames(text)
        self.spans = spans
        self.named: dict[str, set[int]] = {}
        """A capitalised word (lower case) -> the OLD sentences it stands in."""
        self._stems: list[set[str]] | None = None
        self._lists: list[tuple[int, int]] | None = None
        """Content words of each OLD sentence, read when a NEW list is first looked up."""
        for index, (s, e) in enumerate(spans):
            self._read_sentence(s, e, known)
            for w in _WORD.findall(text[s:e]):
                if w[0].isupper():
                    self.named.setdefault(_surname(w), set()).add(index)
        self._read_runs()
        self._read_group_and_one(mentions)
        self.tallies = self._read_tallies(known)
        """surname -> (goals, where OLD tells them) of a scorer OLD tells a story of."""
        self._read_another_across()
        self._read_ordinals(mentions)
        self.records = [found.span() for found in _RECORD.finditer(text)]
        """(start, end) of the rows of OLD's tables: "[Unattached - Cardiff]", "| a | b |"."""
        self.in_records: dict[str, set[int]] = {}
        """A word of a row (lower case) -> the rows it stands in."""
        for k, (a, b) in enumerate(self.records):
            for w in _WORD.findall(text[a:b]):
                self.in_records.setdefault(w.lower(), set()).add(k)
        self.counted = {
            m.frame["predicate"]
            for m in mentions
            if _bare_count(m) and m.frame.get("predicate") and (m.value or 0) >= 2
        }
        """Verb classes an OLD count of two or more has ("three were arrested")."""
        for m in mentions:
            predicate, period = m.frame.get("predicate"), m.frame.get("period")
            if _bare_count(m) and predicate and period:
                self.events.setdefault((predicate, period, m.value), m)  # type: ignore[index]
        self.final_score = self._final_score(mentions)
        self.listing, self.listing_names = _results_listing(text, mentions)
        """OLD's scores listed between two names ("Leeds 2-1 York"), each of one match,
        and the names (lower case) that stand by them."""
        self.year_lists = _year_lists(text, mentions)
        self._squads: list[tuple[int, Mention]] | None = None
        """(first year, last year) of each run of years OLD lists ("in 1996 and 1999")."""

    # -- reading OLD -----------------------------------------------------------
    def _read_sentence(self, s: int, e: int, known: frozenset[str]) -> None:
        sentence = self.text[s:e]
        for start, end in _chained(_NAME_LIST.finditer(sentence), sentence):
            items = list(_PERSON_ITEM.finditer(sentence, start, end))
            if _people_list(sentence, start, items, known):
                self._add_people(len(items), s + start, s + end, sentence)
        persons = list(_ONE_PERSON.finditer(sentence))
        k = 0
        while k < len(persons):
            j = k
            while j + 1 < len(persons) and _JOIN.match(
                sentence[persons[j].end() : persons[j + 1].start()]
            ):
                j += 1
            if j > k and re.search(
                r"\band\s*$", sentence[persons[j - 1].end() : persons[j].start()]
            ):
                start, end = s + persons[k].start(), s + persons[j].end()
                self._add_people(j - k + 1, start, end, sentence)
            k = j + 1
        if len(persons) == 1:
            self._add_one(persons[0], s, sentence)
        self._read_aged_people(s, sentence)
        for found in _ANOTHER.finditer(sentence):
            noun, after = found.group("noun"), found.group("after")
            named = [noun, *found.group("more").split()]
            if after and after not in _STOPWORDS and stem(after) in map(stem, named):
                noun = after  # "a major operation ... another operation"
            elif found.group("verb"):
                continue  # "scored a goal and conceded another": which kind, unsaid
            if noun in _STOPWORDS or (
                after and after not in _STOPWORDS and stem(after) != stem(noun)
            ):
                continue  # "a man ... and another woman": not two of one kind
            span = _span(self.text, s + found.start(), s + found.end(), 2)
            self.runs.setdefault(stem(noun), []).append(Run([(None, span), (None, span)], True))
            if re.fullmatch(_PERSON_NOUNS, noun, re.IGNORECASE):
                self._add_people(2, s + found.start(), s + found.end(), sentence)
        self._read_another_of(s, sentence)

    def _read_group_and_one(self, mentions: list[Mention]) -> None:
        """A count of people and one more person after it: "two sergeants, one of whom had
        retired, and a health worker" lists three people (``_AND_ONE_PERSON``)."""
        for m in mentions:
            if not _bare_count(m) or m.frame.get("measure") != "people" or not m.noun:
                continue
            if not float(m.value or 0).is_integer() or not 2 <= (m.value or 0) < MAX_LISTED:
                continue
            index = _sentence_index(self.spans, m.start)
            if index is None:
                continue
            s, e = self.spans[index]
            found = _AND_ONE_PERSON.match(self.text, m.end, e)
            if found:
                self._add_people(int(m.value or 0) + 1, m.start, found.end(), self.text[s:e])

    def _read_another_of(self, s: int, sentence: str) -> None:
        for found in _ANOTHER_OF.finditer(sentence):
            noun = found.group("noun")
            if noun in _STOPWORDS:
                continue
            span = _span(self.text, s + found.start(), s + found.end(), 2)
            self.runs.setdefault(stem(noun), []).append(Run([(None, span), (None, span)], True))
            if re.fullmatch(_PERSON_NOUNS, noun, re.IGNORECASE):
                self._add_people(2, s + found.start(), s + found.end(), sentence)

    def _read_aged_people(self, s: int, sentence: str) -> None:
        """People listed by full name and age, each perhaps with an address: "Ann Roe,
        19, of High Street, Hull, and Ben Ure, 21, of Mill Lane, York, were arrested"
        (the name lists of ``_NAME_LIST`` stop at the address)."""
        people = list(_AGED_PERSON.finditer(sentence))
        k = 0
        while k < len(people):
            j, closed = k, False
            while j + 1 < len(people) and not closed:
                join = _AGED_JOIN.match(sentence[people[j].end() : people[j + 1].start()])
                if join is None:
                    break
                j += 1
                closed = bool(join.group("and"))
            if closed and not self._listed_at(s + people[k].start()):
                self._add_people(j - k + 1, s + people[k].start(), s + people[j].end(), sentence)
            k = j + 1

    def _listed_at(self, start: int) -> bool:
        """Whether a list of people read already starts at ``start``."""
        return any(m.start == start for lists in self.people.values() for m, _ in lists)

    def _add_one(self, person: re.Match, s: int, sentence: str) -> None:
        """The only person a sentence introduces ("A man, 34, was arrested"), where the
        sentence has verbs of one class only: one of those OLD names one by one."""
        predicates = {
            PREDICATES[w.lower()] for w in _WORD.findall(sentence) if w.lower() in PREDICATES
        }
        if len(predicates) != 1:
            return
        noun = _WORD.findall(person.group(0))[-1].lower()
        age = _AGE_NEAR.match(sentence, person.end()) or _AGE_IN.search(person.group(0))
        who = (noun, age.group("age") if age else None)
        span = _span(self.text, s + person.start(), s + person.end(), 1)
        self.one_by_one.setdefault(predicates.pop(), []).append((span, who))

    def _add_people(self, size: int, start: int, end: int, sentence: str) -> None:
        if 2 <= size <= MAX_LISTED:
            predicates = frozenset(
                PREDICATES[w.lower()] for w in _WORD.findall(sentence) if w.lower() in PREDICATES
            )
            listed = _span(self.text, start, end, size)
            self.people.setdefault(size, []).append((listed, predicates))

    def _read_tallies(self, known: frozenset[str]) -> dict[str, tuple[int, Mention]]:
        """The goals of each scorer whose goals OLD tells as a story, where the count is sure.

        "Holman opened his account ... before doubling his tally" gives Holman
        two: the scorer is the first name of the sentence, the count the most
        any of its phrases says (``derive.scorer_tally``). A scorer named first
        in another sentence that tells of a goal (``derive.goal_any``) may
        have scored more: no count.
        """
        told: dict[str, tuple[int, Mention]] = {}
        told_in: dict[str, set[int]] = {}
        subjects = [_first_name(self.text, s, e, known) for s, e in self.spans]
        for index, ((s, e), scorer) in enumerate(zip(self.spans, subjects)):
            if scorer is None:
                continue
            for found in _TALLY_PHRASE.finditer(self.text, s, e):
                goals = _TALLY[" ".join(found.group(0).lower().split())]
                if scorer not in told or goals >= told[scorer][0]:
                    told[scorer] = (goals, _span(self.text, found.start(), found.end(), goals))
                told_in.setdefault(scorer, set()).add(index)
        for index, ((s, e), scorer) in enumerate(zip(self.spans, subjects)):
            if (
                scorer in told
                and index not in told_in[scorer]
                and _ANY_GOAL.search(self.text, s, e)
            ):
                del told[scorer]  # "Holman scored again late on": the story goes on
        return told

    def _tally(self, new: Mention, n: int, new_text: str) -> tuple[list[Mention], str] | None:
        """A count of a scorer's goals ("Holman scored twice", "two goals each from
        Holman and Wright") that OLD tells as a story of that scorer (``tallies``)."""
        if new.frame.get("predicate") != "sport.scored" or not self.tallies:
            return None
        each = _EACH_FROM.match(new_text, new.end)
        if each:
            scorers = [_surname(x) for x in re.split(r"\s*,\s*|\s+and\s+", each.group("names"))]
        else:
            scorers = _scorers(new_text, new.start, self.tallies)
        found = [self.tallies.get(s) for s in scorers]
        if not found or any(t is None or t[0] != n for t in found):
            return None
        return [t[1] for t in found if t], "the goals the original tells of the scorer"

    def _read_runs(self) -> None:
        """Runs of goals: an opener, then each "added another" after it, in text order."""
        marks = [(m.start(), m.end(), "open") for m in _RUN_OPEN.finditer(self.text)]
        marks += [(m.start(), m.end(), "next") for m in _RUN_NEXT.finditer(self.text)]
        run: Run | None = None
        for start, end, kind in sorted(marks):
            if kind == "open":
                noun = _RUN_OPENERS[" ".join(self.text[start:end].lower().split())]
                run = Run([], complete=False)
                self.runs.setdefault(stem(noun), []).append(run)
            elif run is None:
                continue
            where = _span(self.text, start, end, len(run.items) + 1)
            run.items.append((_subject(self.text, start), where))

    def _read_another_across(self) -> None:
        """ "A fire broke out in Leeds on Monday. On Tuesday another fire destroyed a barn":
        two events of one kind narrated in order across two sentences (in one sentence
        ``_ANOTHER`` reads them), when nothing else of the kind stands between. The run
        orders its items but does not count them: a third may follow in other words."""
        for found in _ANOTHER_NAMED.finditer(self.text):
            noun = found.group("noun")
            if noun.lower() in _STOPWORDS:
                continue
            self.another.setdefault(stem(noun), _span(self.text, found.start(), found.end(), 2))
            lo = max(0, found.start() - ANOTHER_REACH)
            before = self.text[lo : found.start()]
            first = list(re.finditer(rf"\b(?i:an?|one)\s+{re.escape(noun)}\b", before))
            if len(first) != 1 or len(_SENTENCE_END.findall(before, first[0].end())) != 1:
                continue  # none, several, or in this sentence (``_ANOTHER``'s) or further back
            one = _span(self.text, lo + first[0].start(), lo + first[0].end(), 1)
            two = _span(self.text, found.start(), found.end(), 2)
            self.runs.setdefault(stem(noun), []).append(Run([(None, one), (None, two)], False))

    def _read_ordinals(self, mentions: list[Mention]) -> None:
        """Ordinals of one noun from the first to an N-th: a list of N ("the first
        stage on Monday, the second on Tuesday"). An ordinal without a noun takes
        the noun of the nearest one in its sentence that has one."""
        ordinals = [m for m in mentions if m.role == "ordinal" and m.value is not None]
        by_noun: dict[str, dict[int, Mention]] = {}
        for k, m in enumerate(ordinals):
            noun = m.noun or _sentence_noun(ordinals, k)
            if noun and float(m.value).is_integer():  # type: ignore[arg-type]
                by_noun.setdefault(_stem(noun) or "", {}).setdefault(int(m.value), m)  # type: ignore[arg-type]
        for noun, seen in by_noun.items():
            n = max(seen)
            if 2 <= n <= MAX_LISTED and all(k in seen for k in range(1, n + 1)):
                items = [(None, seen[k]) for k in range(1, n + 1)]
                self.runs.setdefault(noun, []).append(Run(items, True))

    def _final_score(self, mentions: list[Mention]) -> tuple[tuple[int, int], list[Mention]] | None:
        scores = [m for m in mentions if m.role == "score" and len(m.extra.get("score") or ()) == 2]
        if not scores:
            return None
        last = max(scores, key=lambda m: m.start)
        a, b = (int(x) for x in last.extra["score"])
        support = [last]
        rest = self.text[last.end :]
        start = last.end
        for piece in _SENTENCE_END.split(rest):
            levelling = list(_LEVELLING_GOAL.finditer(piece))
            trailing = sorted(
                [*_TRAILING_GOAL.finditer(piece), *levelling], key=lambda m: m.start()
            )
            if not _one_goal(piece, trailing):
                return None  # another goal, or two: which side, or how many, is not said
            if trailing:
                if a == b or (levelling and abs(a - b) != 1):
                    return None  # level, or an equaliser two behind: not a sure score
                a, b = (a + 1, b) if a < b else (a, b + 1)
                at = start + trailing[0].start()
                support.append(_span(self.text, at, start + trailing[-1].end(), 1))
            start += len(piece) + 1
        return ((a, b), support) if len(support) > 1 else None

    # -- NEW figures -----------------------------------------------------------
    def support(self, new: Mention, new_text: str) -> tuple[list[Mention], str] | None:
        """The OLD items ``new`` counts, orders or totals, and how; or None."""
        if new.kind != "quantity" or new.unit:
            return None
        if new.role == "score":
            return self._score(new)
        if new.value is None or not float(new.value).is_integer():
            return None
        n = int(new.value)
        if new.role == "ordinal":
            return self._ordinal(new, n, new_text)
        tally = self._tally(new, n, new_text) or self._listing_tally(new, n, new_text)
        if tally:
            return tally
        if not new.role and _stem(new.noun) in _SQUAD_NOUNS:
            for size, listing in self._squad_listings():
                if size == n:
                    return [listing], f"the {n} players the original lists by position"
        if new.role or not 2 <= n <= MAX_LISTED:
            return None
        predicate = new.frame.get("predicate")
        people = new.frame.get("measure") == "people" or _stem(new.noun) in PERSON_NOUNS
        for listed, predicates in self.people.get(n, ()):
            # where both sentences have a verb of the lexicon, one class; a
            # count without a noun ("the two were arrested") needs that verb
            if people and (not predicate or not predicates or predicate in predicates):
                return [listed], "a count of the people the original lists"
            if not new.noun and predicate in predicates:
                return [listed], "a count of the people the original lists"
        if people and predicate:
            found = self._one_by_one(predicate, n)
            if found:
                return found, "a count of the people the original names one by one"
        for run in self.runs.get(_stem(new.noun) or "", ()):
            if run.complete and len(run.items) == n:
                return [run.items[0][1]], "a count of the items the original lists"
        return (
            self._own_list(new, n, new_text)
            or self._named_kinds(new, n, new_text)
            or self._own_items(new, n, new_text)
            or self._own_bullets(new, n, new_text)
            or self._records_of(new, n, new_text)
            or self._listed_years(new, n, new_text)
        )

    def _squad_listings(self) -> list[tuple[int, Mention]]:
        """OLD's squads listed under position headings, with how many players each lists.

        "Goalkeepers: Ann Roe (Leeds), Bo Ure (York) Defenders: ..." (``derive.
        squad_headings``): two headings or more in a row, each followed by names
        (a club in brackets after each) and nothing else up to the next heading or
        the line's end. Read once, when a NEW count of a squad first asks.
        """
        if self._squads is not None:
            return self._squads
        self._squads = []
        headings = list(_SQUAD_HEADING.finditer(self.text))
        block: list[tuple[re.Match, int]] = []
        """(heading, players) of each group of the listing read so far."""
        for k, heading in enumerate(headings):
            following = headings[k + 1].start() if k + 1 < len(headings) else len(self.text)
            line_end = self.text.find("\n", heading.end(), following)
            body_end = following if line_end < 0 else line_end
            if k + 1 == len(headings):
                stop = _SENTENCE_END.search(self.text, heading.end(), body_end)
                body_end = stop.end() if stop else body_end  # the listing's last group
            players = _players(self.text[heading.end() : body_end])
            if players:
                block.append((heading, players))
                if k + 1 < len(headings) and not self.text[body_end:following].strip():
                    continue  # the next heading goes on with the listing
            self._add_squad(block)
            block = []
        return self._squads

    def _add_squad(self, block: list[tuple[re.Match, int]]) -> None:
        """A listing of two groups or more, as the span of its first heading ("Goalkeepers")."""
        if len(block) >= 2 and self._squads is not None:
            total = sum(players for _, players in block)
            first = block[0][0]
            end = first.start() + len(first.group(0).rstrip(" \t:"))
            self._squads.append((total, _span(self.text, first.start(), end, total)))

    def _listed_years(
        self, new: Mention, n: int, new_text: str
    ) -> tuple[list[Mention], str] | None:
        """A count of the years OLD lists for one thing: "two African Footballer of the
        Year awards" for "African Footballer of the Year awards in 1996 and 1999", "two
        FA Cups" for "won the FA Cup in 1912 and 1947".

        OLD lists exactly n years (or seasons) joined by commas and "and", and NEW's
        words after the count, up to the first preposition or the end of its clause
        (the thing counted: "FA Cups", "African Footballer"), share a word with OLD's
        words just before the list: what was won or held each of those years ("two
        goals for Leeds" counts no "played for Leeds in 2001 and 2004").
        """
        if not self.year_lists:
            return None
        stop = _CLAUSE_STOP.search(new_text, new.end, new.end + YEARS_NOUN_REACH)
        counted = set(
            content_words(new_text[new.end : stop.start() if stop else new.end + YEARS_NOUN_REACH])
        )
        for first, last, size in self.year_lists:
            before = self.text[max(0, first.start - YEARS_NOUN_REACH) : first.start]
            if size == n and counted & set(content_words(before)):
                return [first, last], "a count of the years the original lists"
        return None

    def _listing_tally(
        self, new: Mention, n: int, new_text: str
    ) -> tuple[list[Mention], str] | None:
        """A tally over OLD's results listing ("Leeds 2-1 York Hull 0-0 Bury ..."): "ten
        matches", "five home wins", "two draws", "28 goals".

        OLD lists at least ``MIN_LISTED_SCORES`` scores each between two names, and
        no name twice (one match each); NEW counts, with no side of its own, what
        the noun after its figure names (``derive.listing_tallies``, "home" /
        "away" taking the side listed first / second), and the listing gives
        exactly that many.
        """
        if len(self.listing) < MIN_LISTED_SCORES or new.frame.get("entity") or not new.noun:
            return None
        kind = _LISTING_TALLIES.get(new.noun.lower())
        between = new_text[new.end : new.end + 40].lower().split()
        side = _LISTING_SIDES.get(between[0]) if len(between) > 1 and kind == "won" else None
        if kind is None:
            return None
        start = _sentence_start(new_text, new.start)
        named = {w.lower() for w in _WORD.findall(new_text[start : new.start]) if w[0].isupper()}
        if named & self.listing_names:
            return None  # "Ashby have two wins": a side's own tally, not the listing's
        scores = [m.extra["score"] for m in self.listing]
        counts = {
            "all": len(scores),
            "won": sum(a != b for a, b in scores),
            "drawn": sum(a == b for a, b in scores),
            "goals": sum(a + b for a, b in scores),
        }
        if side == "first":
            counts["won"] = sum(a > b for a, b in scores)
        elif side == "second":
            counts["won"] = sum(a < b for a, b in scores)
        if counts[kind] != n:
            return None
        return [self.listing[0], self.listing[-1]], "a tally over the results the original lists"

    def _named_kinds(self, new: Mention, n: int, new_text: str) -> tuple[list[Mention], str] | None:
        """A count of the places or bodies one OLD sentence lists by name.

        "Experts from four countries" where OLD has "experts from Chile, El
        Salvador, Guatemala and Mexico": NEW counts a kind of named thing
        (``derive.named_kinds``), and an OLD sentence with NEW's other words
        (at least one besides the noun) lists exactly n names and no other list.
        """
        if _stem(new.noun) not in _NAMED_KINDS:
            # "the two rights groups": the kind may be the word after the noun read
            after = _WORD_AFTER_NOUN.match(new_text, new.end)
            if not after or after.group("noun").lower() != (new.noun or "").lower():
                return None
            if _stem(after.group("head").lower()) not in _NAMED_KINDS:
                return None
        start = _sentence_start(new_text, new.start)
        stop = _SENTENCE_END.search(new_text, new.end)
        words = set(content_words(new_text[start : stop.end() if stop else None]))
        words -= {_stem(new.noun), *(content_words(new.text))}
        for index, size in self._name_lists():
            if size == n and words & self._sentence_stems()[index]:
                s, e = self.spans[index]
                return [_span(self.text, s, e, n)], "a count of the names the original lists"
        return None

    def _sentence_stems(self) -> list[set[str]]:
        """Content words of each OLD sentence, read the first time a NEW figure asks."""
        if self._stems is None:
            self._stems = [set(content_words(self.text[s:e])) for s, e in self.spans]
        return self._stems

    def _name_lists(self) -> list[tuple[int, int]]:
        """(sentence, number of names) of the OLD sentences holding one list of names."""
        if self._lists is None:
            self._lists = []
            for index, (s, e) in enumerate(self.spans):
                found = list(_NAMED_LIST.finditer(self.text, s, e))
                if len(found) == 1:
                    size = len(list(_NAMED_ITEM.finditer(found[0].group(0))))
                    self._lists.append((index, size))
        return self._lists

    def _one_by_one(self, predicate: str, n: int) -> list[Mention] | None:
        """OLD's people introduced one to a sentence with a verb of ``predicate``: n of them.

        Each sentence introduces one person and has verbs of that class only; the
        people differ by noun or age ("a man, 34" / "a man, 29"), since a second
        "a man was arrested" may be the first told again; and no OLD figure counts
        that class (it would state the count itself).
        """
        named = self.one_by_one.get(predicate, [])
        if len(named) != n or len({who for _, who in named}) != n:
            return None
        nouns = [noun for _, (noun, _) in named]
        if any(nouns.count(noun) > 1 and age is None for _, (noun, age) in named):
            return None  # "a man, 34, ..." then "a man ...": perhaps the same man
        if predicate in self.counted:
            return None
        return [span for span, _ in named]

    def _own_bullets(self, new: Mention, n: int, new_text: str) -> tuple[list[Mention], str] | None:
        """A count of the pairings NEW lists in bullets right after it, as OLD lists them.

        "in four ties:" and four lines "- Chelsea v Sunderland": each item two
        sides joined by one connector ("v", "against"), and one OLD sentence
        (a fixture list read as one) names every side and holds that connector
        exactly n times: OLD lists those n pairings and no other.
        """
        lead = _BULLETS_LEAD.match(new_text, new.end)
        if not lead:
            return None
        items: list[re.Match] = []
        at = lead.end()
        while len(items) <= n and (line := _BULLET_LINE.match(new_text, at)):
            items.append(line)
            at = line.end()
        if len(items) != n:
            return None
        pairings = [_PAIRING.fullmatch(item.group("item").strip()) for item in items]
        if not all(pairings) or len({p.group("join").lower() for p in pairings if p}) != 1:
            return None
        join = pairings[0].group("join").lower()  # type: ignore[union-attr]
        names = [
            {_surname(w) for w in _WORD.findall(p.group(side)) if w[0].isupper()}  # type: ignore[union-attr]
            for p in pairings
            for side in ("a", "b")
        ]
        if not all(names):
            return None
        shared = set.intersection(*(self.named.get(w, set()) for side in names for w in side))
        for index in sorted(shared):
            s, e = self.spans[index]
            joins = re.findall(rf"(?i)(?<!\S){re.escape(join)}\.?(?!\S)", self.text[s:e])
            if len(joins) == n:
                return [_span(self.text, s, e, n)], "a count of the pairings the original lists"
        return None

    def _records_of(self, new: Mention, n: int, new_text: str) -> tuple[list[Mention], str] | None:
        """A count of the rows of an OLD table that NEW's sentence describes.

        "Cardiff have signed five unattached players" where OLD's transfer list
        has five rows "[Unattached - Cardiff]": the words of NEW's sentence that
        stand in any OLD row (at least two of them, so that a row is picked by
        more than one field) stand together in exactly n rows.
        """
        if len(self.records) < MIN_RECORDS:
            return None
        start = _sentence_start(new_text, new.start)
        stop = _SENTENCE_END.search(new_text, new.end)
        words = {w.lower() for w in _WORD.findall(new_text[start : stop.end() if stop else None])}
        keys = [w for w in words if w in self.in_records and w not in _STOPWORDS]
        if len(keys) < 2:
            return None
        rows = set.intersection(*(self.in_records[w] for w in keys))
        if len(rows) != n:
            rows = self._rows_of_own_clause(new, new_text, keys)
        if len(rows) != n:
            return None
        first = self.records[min(rows)]
        return [_span(self.text, first[0], first[1], n)], "a count of the rows the original lists"

    def _rows_of_own_clause(self, new: Mention, new_text: str, keys: list[str]) -> set[int]:
        """The rows a count's own clause picks ("..., Flamini at Crystal Palace and five
        players at Cardiff": Cardiff's), where the clause names two fields of them, or
        another word of NEW's sentence stands in
        each of them ("unattached"), or every word after the count that stands in a row
        stands in one of them: a sentence that lists several moves counts one."""
        start = max(
            (
                m.end()
                for m in _OWN_CLAUSE_MARK.finditer(
                    new_text, _sentence_start(new_text, new.start), new.start
                )
            ),
            default=new.start,
        )
        stop = _OWN_CLAUSE_MARK.search(new_text, new.end)
        own = {w.lower() for w in _WORD.findall(new_text[start : stop.start() if stop else None])}
        picked = [w for w in keys if w in own]
        if not picked:
            return set()
        rows = set.intersection(*(self.in_records[w] for w in picked))
        others = [self.in_records[w] for w in keys if w not in own]
        end = _SENTENCE_END.search(new_text, new.end)
        rest = {w.lower() for w in _WORD.findall(new_text[start : end.start() if end else None])}
        listed = [self.in_records[w] for w in keys if w in rest and w not in own]
        # another field of each row ("unattached"), or names after the count that stand in
        # those rows only ("three players, Andy Boyle and Daryl Horgan from Dundalk and Tom
        # Barkhuizen from Morecambe")
        if len(picked) >= 2 or any(rows <= o for o in others):
            return rows  # picked by two fields ("unattached players at Barnet")
        if listed and all(o <= rows for o in listed):
            return rows
        return set()

    def _own_list(self, new: Mention, n: int, new_text: str) -> tuple[list[Mention], str] | None:
        """A count of the names NEW lists right after it, all named in one OLD sentence.

        "a three-way race between Nuttall, Suzanne Evans and John Rees-Evans",
        "two games, against Scotland and Spain": the count is the list's own
        length, and the list is OLD's where one OLD sentence names every item
        and lists none of them in a list of another length.
        """
        window = new_text[new.end : new.end + LIST_REACH + 200]
        stop = _SENTENCE_END.search(window)
        found = _NAMED_LIST.search(window, 0, stop.start() if stop else len(window))
        lead = _LIST_LEAD.match(window[: found.start()]) if found else None
        if not found or not lead or not (lead.group("mark") or lead.group("word")):
            return None
        items = [_surname(m.group(0)) for m in _NAMED_ITEM.finditer(found.group(0))]
        if len(items) != n or len(set(items)) != n:
            return None
        shared = set.intersection(*(self.named.get(w, set()) for w in items))
        for index in sorted(shared):
            if not self._listed_otherwise(index, items, n):
                s, e = self.spans[index]
                return [_span(self.text, s, e, n)], "a count of the names it lists, as the original"
        if shared or not all(self.named.get(w) for w in items):
            return None
        # "Two frontbenchers, Jo Stevens and Tulip Siddiq" where OLD names each in a
        # sentence of its own: NEW's count is its own list's, every name OLD's
        where = sorted(set().union(*(self.named[w] for w in items)))
        if any(self._listed_otherwise(index, items, n) for index in where):
            return None
        s, e = self.spans[where[0]]
        return [_span(self.text, s, e, n)], "a count of the names it lists, each in the original"

    def _listed_otherwise(self, index: int, items: list[str], n: int) -> bool:
        """Whether OLD's sentence ``index`` lists any of ``items`` in a list not of ``n``."""
        s, e = self.spans[index]
        return any(
            {_surname(x.group(0)) for x in _NAMED_ITEM.finditer(m.group(0))} & set(items)
            and len(list(_NAMED_ITEM.finditer(m.group(0)))) != n
            for m in _NAMED_LIST.finditer(self.text, s, e)
        )

    def _own_items(self, new: Mention, n: int, new_text: str) -> tuple[list[Mention], str] | None:
        """A count of the items NEW lists right after it, every one of them in one OLD sentence.

        "three tools, a drill, a chisel and a hammer", "six kinds of facility
        (toilet, bathroom, ... or changing room)": the count is the list's own
        length; the items need not be names, and a name may hold "and"
        ("Highlands and Islands Enterprise") where the list's end is sure.
        """
        listed = listed_items(new_text, new.end)
        if listed is None or len(listed[0]) != n:
            return None
        where = self._sentence_with(listed[0])
        if where is None:
            return None
        return [where], "a count of the items it lists, all in the original"

    def miscount(self, items: list[str]) -> tuple[list[Mention], str] | None:
        """OLD's sentence that holds ``items``, the list a NEW count miscounts
        (``miscounted_list``, read once by the caller, which asks it of every pair)."""
        where = self._sentence_with(items)
        if where is None:
            return None
        return [where], f"the list after it names {len(items)}"

    def _sentence_with(self, items: list[str]) -> Mention | None:
        """The first OLD sentence that holds every content word of every item, as a span."""
        words = {w for item in items for w in content_words(item)}
        if not words:
            return None
        for (s, e), stems in zip(self.spans, self._sentence_stems()):
            if words <= stems:
                return _span(self.text, *_items_in(self.text, s, e, items), len(items))
        return None

    def _ordinal(self, new: Mention, n: int, new_text: str) -> tuple[list[Mention], str] | None:
        predicate, period = new.frame.get("predicate"), new.frame.get("period")
        if n >= 2 and predicate and period:
            count = self.events.get((predicate, period, n))
            if count is not None:
                return [count], LATEST_EVENT
        noun = (
            _stem(new.noun)
            or _stem(_earlier_ordinal_noun(new_text, new))
            or _scored_before(new_text, new)
        )
        if n == 2 and noun in self.another:
            return [self.another[noun]], "another of the kind the original names"
        who = _subject(new_text, new.start)
        for run in self.runs.get(noun or "", ()):
            if len(run.items) >= n:
                scorer, where = run.items[n - 1]
                # NEW's subject tells who scored only when OLD names them as a scorer of
                # the run ("Bell scored the first goal" where Bell added the second);
                # "Kerr thought the first goal was offside" names no scorer
                scorers = {_surname(s) for s, _ in run.items if s}
                if (
                    who
                    and scorer
                    and _surname(who) in scorers
                    and _surname(who) != _surname(scorer)
                ):
                    continue
                return [where], "the order of the items the original narrates"
        return self._scorer_ordinal(new, n, new_text, noun, who)

    def _scorer_ordinal(
        self, new: Mention, n: int, new_text: str, noun: str | None, who: str | None
    ) -> tuple[list[Mention], str] | None:
        """The k-th goal of a scorer whose goals OLD tells as a story (``tallies``).

        "Holman scored twice, the second from close range", "his second goal":
        the ordinal counts goals (its noun, or a verb of scoring before it in
        its sentence) of the sentence's scorer, who has at least that many.
        """
        told = self.tallies.get(_surname(who)) if who else None
        if told is None or not 1 <= n <= told[0]:
            return None
        if noun is None:
            start = _sentence_start(new_text, new.start)
            words = _WORD.findall(new_text[start : new.start])
            if not any(PREDICATES.get(w.lower()) == "sport.scored" for w in words):
                return None
        elif not _SCORED_NOUNS & {noun}:
            return None
        return [told[1]], "the order of the goals the original tells of the scorer"

    def _score(self, new: Mention) -> tuple[list[Mention], str] | None:
        score = new.extra.get("score")
        if not self.final_score or not score or len(score) != 2:
            return None
        (a, b), support = self.final_score
        if sorted((a, b)) != sorted(int(x) for x in score):
            return None
        return support, "the last score plus the goals after it"


MIN_LISTED_SCORES = 3
"""Scores between names an OLD text needs before it is read as a results listing."""
_LISTING_TALLIES: dict[str, str] = lang.table("derive.listing_tallies")
_LISTING_SIDES: dict[str, str] = lang.table("derive.listing_sides")
_NAME_BEFORE = re.compile(rf"(?P<name>{_CAP})\s+$")
_NAME_AFTER = re.compile(rf"\s+(?P<name>{_CAP})")


def _players(body: str) -> int:
    """How many players a squad listing's group names ("Ann Roe (Leeds), Bo Ure (York)."),
    or 0 where anything else stands in it."""
    pieces = re.split(r"\s*[,;]\s*|\s+and\s+", body.strip().rstrip("."))
    if not all(_PLAYER.fullmatch(p) for p in pieces):
        return 0
    return len(pieces)


def _results_listing(text: str, mentions: list[Mention]) -> tuple[list[Mention], set[str]]:
    """OLD's scores that stand between two names ("Brighton 1-0 Hove Albion"), when no
    name stands by two of them: a listing of results, one match each; and the names."""
    listed: list[Mention] = []
    names: set[str] = set()
    for m in mentions:
        score = m.extra.get("score") if m.role == "score" else None
        if not isinstance(score, list) or len(score) != 2:
            continue
        before = _NAME_BEFORE.search(text, max(0, m.start - 30), m.start)
        after = _NAME_AFTER.match(text, m.end)
        if before is None or after is None:
            continue
        pair = {before.group("name").lower(), after.group("name").lower()}
        if pair & names:
            return [], set()
        names |= pair
        listed.append(m)
    return listed, names


_OWN_CLAUSE_MARK = re.compile(r"[,;:.!?]|\s(?:and|but|while)\s")
"""What bounds a count's own clause in a sentence that lists several things."""
YEARS_NOUN_REACH = 60
"""Characters before an OLD list of years, and after a NEW count, where the thing
counted is named ("African Footballer of the Year awards in 1996 and 1999")."""
_CLAUSE_STOP = re.compile(
    r"[.;:!?,()]|\s(?:but|while|and|of|for|in|at|from|with|to|on|by|over|since)\s"
)
"""Where the thing a NEW count counts ends: "two FA Cups, but", "two awards for"."""
_YEAR_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:in\s+)?")
"""What joins two years of a list: "1996 and 1999", "1921–22, 1935–36 and 1958–59"."""


def _year_lists(text: str, mentions: list[Mention]) -> list[tuple[Mention, Mention, int]]:
    """(first, last, how many) of each run of two or more years (or seasons "1921–22")
    OLD joins with commas and "and" in one sentence, each year once."""
    years = [
        m
        for m in mentions
        if m.kind == "date" and m.grain == "year" and re.fullmatch(r"\d{4}(?:/\d{4})?", m.iso or "")
    ]
    out: list[tuple[Mention, Mention, int]] = []
    k = 0
    while k < len(years):
        j = k
        while (
            j + 1 < len(years)
            and years[j + 1].sentence == years[j].sentence
            and _YEAR_JOIN.fullmatch(text, years[j].end, years[j + 1].start)
        ):
            j += 1
        run = years[k : j + 1]
        if 2 <= len(run) <= MAX_LISTED and len({m.iso for m in run}) == len(run):
            out.append((run[0], run[-1], len(run)))
        k = j + 1
    return out


def miscounted_list(new: Mention, new_text: str) -> list[str] | None:
    """The items of the list right after a count that holds another number of them.

    "Four primary schools (Ae, Caerlaverock, Kirkbean, Locharbriggs and St
    Teresa's)". Only where the list's end is sure (in brackets, or after a
    colon to the end of the sentence) and it has three items or more; the
    caller still asks one OLD sentence to hold every item, so that the list
    is the original's and read right. Cheap: no OLD text is read here.
    """
    if new.kind != "quantity" or new.unit or new.role or new.value is None:
        return None
    if not float(new.value).is_integer() or not 2 <= new.value <= MAX_LISTED:
        return None
    listed = listed_items(new_text, new.end)
    if listed is None or not listed[1] or len(listed[0]) < 3 or len(listed[0]) == new.value:
        return None
    return listed[0]


def named_list(old: Mention, old_text: str) -> list[str] | None:
    """The names an OLD count lists right after itself, where they are as many as it counts.

    "Two Labour whips, Ann Roe and Ben Ure, said ..." gives ["Ann Roe", "Ben Ure"]: a
    version that names both people keeps the count without the figure (judge.py).
    Names only (every word capitalised, after a leading article and a bracketed
    short form: "the ECB", "International Monetary Fund (IMF)"), so that a list of
    common words, which another sentence may hold by chance, never stands for the
    count. "Two of its creditors, the ECB and the IMF" lists them too.
    """
    if old.kind != "quantity" or old.unit or old.role or old.value is None:
        return None
    if not float(old.value).is_integer() or not 2 <= old.value <= MAX_LISTED:
        return None
    of_whole = _OF_WHOLE_THEN_LIST.match(old_text, old.end)
    listed = listed_items(old_text, of_whole.end(1) if of_whole else old.end)
    if listed is None or len(listed[0]) != old.value:
        return None
    names = [_LEAD_ARTICLE.sub("", _BRACKETED_TAIL.sub("", " ".join(i.split()))) for i in listed[0]]
    if not all(re.fullmatch(rf"{_CAP}(?: {_CAP})*", name) for name in names):
        return None
    return names


_OF_WHOLE_THEN_LIST = re.compile(
    rf"(\s+of\s+(?i:{lang.alternation('derive.count_anaphors')}|our|my|your))"
    r"(?:\s+[^\W\d_][\w’'-]*){1,2}\s*,"
)
"""A whole the count takes its items from, then a comma before them ("two of its
creditors, the ECB and the IMF"): the list after the comma is what it counts (a bracket
after "two of the schools" may list them all, and stays no list)."""
_LEAD_ARTICLE = re.compile(r"^(?i:the|a|an)\s+")
_BRACKETED_TAIL = re.compile(r"\s*\([^()]*\)$")
"""An item's article and its bracketed short form ("the International Monetary Fund
(IMF)"): the name is what is left."""


_NAME = rf"{_CAP}(?:[ \t]+{_CAP}){{0,3}}"
_NAMES_LIST = re.compile(rf"{_NAME}(?:,[ \t]+{_NAME})*,?[ \t]+and[ \t]+{_NAME}")
"""A run of names joined by commas and "and": "Ann Roe, Ben Ure and Cy Vos"."""
_ANAPHOR = re.compile(rf"\b(?i:{lang.alternation('derive.group_anaphors')})\s+$")


def named_before(old: Mention, old_text: str, new_text: str) -> list[str] | None:
    """The names of the group an OLD count points back to ("Ann Roe, Ben Ure and Cy Vos
    left ... the three retiring players"), where NEW still says what the count
    counted ("the retiring players"), or None.

    "the" (or "these", "all") before the count puts it on a group already named:
    the last list of exactly that many full names (two words or more each, so not
    "the Netherlands and Belgium") before it. The words right after the count
    must stand in NEW too, or NEW dropped the count's sentence whatever names it
    keeps elsewhere."""
    if old.kind != "quantity" or old.unit or old.role or old.value is None:
        return None
    if not float(old.value).is_integer() or not 2 <= old.value <= MAX_LISTED:
        return None
    if not _ANAPHOR.search(old_text, max(0, old.start - 12), old.start):
        return None
    counted = _COUNTED.match(old_text, old.end)
    if counted is None or not re.search(
        r"\b" + r"\s+".join(map(re.escape, counted.group(1).split())) + r"\b",
        new_text,
        re.IGNORECASE,
    ):
        return None
    last = None
    for found in _NAMES_LIST.finditer(old_text, 0, old.start):
        last = found
    if last is None:
        return None
    names = [" ".join(n.split()) for n in re.split(r",\s*(?:and\s+)?|\s+and\s+", last.group())]
    if len(names) != old.value or any(
        len(n.split()) < 2 or n.split()[0] in NOT_NAMES for n in names
    ):
        return None
    return names


_COUNTED = re.compile(r"\s+([a-z][\w'’-]*(?:\s+[a-z][\w'’-]*)?)")
"""The words right after a count ("three retiring stars": "retiring stars")."""


FigureLists = dict[str, list[tuple[int, tuple]]]
"""The lists of figures a text gives after a plural noun, by the noun's stem: where
each list starts and its figures' keys in order ("double bogeys on the 16th and
18th": "bogey" -> [(at, (("ordinal", 16.0), ("ordinal", 18.0)))])."""

_FIGURE_LIST_LEAD = re.compile(
    rf"\b([a-z][\w'’-]*s)[ \t]+(?:{lang.alternation('derive.figure_list_prepositions')})"
    r"[ \t]+(?:the[ \t]+)?"
)
_FIGURE_LIST_JOIN = re.compile(r",[ \t]+(?:and[ \t]+)?(?:the[ \t]+)?|[ \t]+and[ \t]+(?:the[ \t]+)?")
_COUNT_ANAPHOR = re.compile(rf"\b(?i:{lang.alternation('derive.count_anaphors')})\s+$")
_WORDS_AFTER_COUNT = re.compile(r"(?:\s+([a-z][\w'’-]*)){1,3}")
FIGURE_LIST_REACH = 1500
"""How far before a count its list of figures may stand (characters): a few sentences."""


def figure_lists(text: str, mentions: list[Mention]) -> FigureLists:
    """Every list of two or more figures joined by commas and "and" right after a plural
    noun and a preposition ("goals in the 12th and 80th minutes", "fires on Monday and
    Thursday"): one scan of the text, each list read figure by figure."""
    by_start = {m.start: m for m in mentions}
    lists: FigureLists = {}
    for lead in _FIGURE_LIST_LEAD.finditer(text):
        at, keys, joined_by_and = lead.end(), [], False
        while (m := by_start.get(at)) is not None and len(keys) < MAX_LISTED:
            keys.append(_figure_key(m))
            join = _FIGURE_LIST_JOIN.match(text, m.end)
            if join is None or by_start.get(join.end()) is None:
                break
            joined_by_and = "and" in join.group()
            at = join.end()
        if len(keys) >= 2 and joined_by_and:
            lists.setdefault(stem(lead.group(1)), []).append((lead.start(), tuple(keys)))
    return lists


def _figure_key(m: Mention) -> tuple:
    return (m.dimension or m.kind, m.value if m.value is not None else m.iso or m.text.lower())


def listed_count_kept(
    old: Mention,
    old_text: str,
    old_lists: Callable[[], FigureLists],
    new_lists: Callable[[], FigureLists],
) -> bool:
    """Whether an OLD count of things, or an ordinal of one of them, points back at a
    list of them that NEW keeps.

    "double bogeys on the 16th and 18th ... his two late double bogeys": the count
    (after "the", "his", ...: ``derive.count_anaphors``) counts a noun that OLD
    listed a few sentences before by exactly that many figures; a version that
    lists the same figures after the same noun keeps the count without the figure.
    An ordinal ("his first double bogey") is the place of one item of such a list
    of at least that many: a version that lists the same figures in the same
    order keeps which one it was. The lists of each version are asked for (and
    read, once) only past the cheap tests on the figure and the word before it.
    """
    if old.kind != "quantity" or old.unit or old.value is None:
        return False
    if old.role not in (None, "ordinal") or old.role and old.dimension != "ordinal":
        return False
    lowest = 1 if old.role else 2
    if not float(old.value).is_integer() or not lowest <= old.value <= MAX_LISTED:
        return False
    if not _COUNT_ANAPHOR.search(old_text, max(0, old.start - 12), old.start):
        return False
    words = _WORDS_AFTER_COUNT.match(old_text, old.end)
    if words is None:
        return False
    for word in words.group().split():
        head = stem(word)
        listed = {
            keys
            for start, keys in old_lists().get(head, ())
            if old.start - FIGURE_LIST_REACH <= start < old.start
            and (len(keys) >= old.value if old.role else len(keys) == old.value)
        }
        if listed and any(keys in listed for _, keys in new_lists().get(head, ())):
            return True
    return False


_CAPITALISED_RUN = re.compile(rf"{_CAP}(?:[ \t]+{_CAP})*")


def name_pieces(text: str) -> frozenset[str]:
    """Every piece of up to four words of the runs of capitalised words of ``text``
    ("Shadow Minister Ann Roe" holds "Ann Roe"): linear in the text."""
    pieces = set()
    for run in _CAPITALISED_RUN.finditer(text):
        words = run.group().split()
        for a in range(len(words)):
            pieces.update(" ".join(words[a:b]) for b in range(a + 1, min(a + 4, len(words)) + 1))
    return frozenset(pieces)


def listed_items(text: str, at: int) -> tuple[list[str], bool] | None:
    """The items a text lists right after a count ending at ``at``, and whether the end is sure.

    "tools, a drill, a chisel and a hammer, to free her" gives three items:
    after a comma the list ends with the item after the first "and" / "or".
    In brackets, or after a colon to the end of the sentence, every piece
    between commas is an item and only the last is split at its "and", so
    "(Skills Development Scotland, Highlands and Islands Enterprise,
    ScotlandIS and Education Scotland)" is four. An item has at most
    MAX_ITEM_WORDS words and no figure; anything else is no list.
    """
    window = text[at : at + LIST_REACH + 300]
    lead = _ITEMS_LEAD.match(window)
    if not lead:
        return None
    if re.match(r"\s*of\b", window) or any(
        w.lower() in NUMBER_WORDS for w in lead.group(0).split()
    ):
        return None  # "two of the schools (...)", "two of five": the list is not what it counts
    mark = lead.group("mark").strip()
    body = window[lead.end() :]
    if mark == "(":
        close = body.find(")")
        if close < 0:
            return None
        body, sure = body[:close], True
    else:
        stop = _ITEMS_STOP.search(body)
        if stop is None:
            return None  # the window ends inside the sentence: its end is not known
        body, sure = body[: stop.start()], mark == ":"
    pieces = [p.strip() for p in body.split(",")]
    items: list[str] = []
    for k, piece in enumerate(pieces):
        first = _CONJ_FIRST.match(piece)
        conj = list(_CONJ.finditer(piece))
        if first and k > 0:
            items.append(piece[first.end() :])  # "A, B, and C"
        elif conj and (not sure or k == len(pieces) - 1):
            split = conj[-1] if sure else conj[0]
            items += [piece[: split.start()], piece[split.end() :]]
        else:
            items.append(piece)
            continue
        if sure and k != len(pieces) - 1:
            return None  # a bracket or a colon's list goes on after its last item
        break
    else:
        return None  # no "and" / "or": not a list
    for k, item in enumerate(items):
        words = item.split()
        most = MAX_LAST_ITEM_WORDS if sure and k == len(items) - 1 else MAX_ITEM_WORDS
        if not 1 <= len(words) <= most or re.search(r"\d", item):
            return None
        if any(w.lower() in NUMBER_WORDS for w in words):
            return None
    if len(set(items)) != len(items) or _PARTIAL_LIST.search(body):
        return None
    return items, sure


def _items_in(text: str, start: int, end: int, items: list[str]) -> tuple[int, int]:
    """Where an OLD sentence names the items: from the first to the last, else the sentence."""
    sentence = text[start:end]
    found = [
        hit.span()
        for item in items
        for w in {item.split()[0], item.split()[-1]}
        if (hit := re.search(rf"\b{re.escape(w)}\b", sentence, re.IGNORECASE))
    ]
    if not found:
        return start, end
    return start + min(a for a, _ in found), start + max(b for _, b in found)


def _chained(lists: Iterable[re.Match], sentence: str) -> list[tuple[int, int]]:
    """Spans of lists of names, lists that follow one another after a comma
    joined ("Ana Pires and Rui Lopes, Jon Vale and Ada Marsh": four)."""
    out: list[tuple[int, int]] = []
    for found in lists:
        if out and sentence[out[-1][1] : found.start()].strip() == ",":
            out[-1] = (out[-1][0], found.end())
        else:
            out.append(found.span())
    return out


GOAL_WORDS = 40
"""Characters within which words of goals ("netted a late consolation goal") are one goal."""
_GOAL_BREAK = re.compile(r"[,;:]|\band\b|\bthen\b")


def _one_goal(sentence: str, trailing: list[re.Match]) -> bool:
    """Whether ``sentence`` tells of no goal, or of one goal for the side behind only.

    Words of a goal of either side ("netted", "scored"), or a second phrase
    of a goal for the side behind, are that same goal only where they stand
    by it, with no comma or "and" between ("netted a late consolation goal");
    otherwise how many goals, or whose, is not sure and no final score is
    derived.
    """
    if not trailing:
        return _ANY_GOAL.search(sentence) is None
    first = trailing[0]
    others = [*trailing[1:], *_ANY_GOAL.finditer(sentence)]
    for found in others:
        if found.start() < first.end() and found.end() > first.start():
            continue  # overlapping words of the same goal ("scored a consolation")
        a, b = sorted((found, first), key=lambda m: m.start())
        between = sentence[a.end() : b.start()]
        if len(between) > GOAL_WORDS or _GOAL_BREAK.search(between):
            return False
    return True


def _people_list(sentence: str, at: int, items: list[re.Match], known: frozenset[str]) -> bool:
    """Whether the capitalised items listed at ``at`` name people, not places or teams."""
    before = _WORD.findall(sentence[max(0, at - 30) : at])
    if before and before[-1].lower() in _PLACE_WORDS:
        return False
    evidenced = False
    for item in items:
        words = item.group("name").split()
        if any(w.lower() in NOT_NAMES for w in words):
            return False
        if not item.group("title") and len(words) < 2:
            return False
        role = (item.group("role") or "").lower()
        marked = item.group("title") or item.group("age") or role in _ROLE_PERSONS
        if marked or _surname(words[-1]) in known:
            evidenced = True
    return evidenced


def _surnames(text: str) -> frozenset[str]:
    """Capitalised words the text uses on their own: how news refers to a person again.

    "Procko died at the scene" after "Tomasz Procko": a word between two
    non-capitalised words (and not after "the", as "the Rhinos") is a surname
    as often as not; a place or team keeps its whole name or its article.
    """
    words = list(_WORD.finditer(text))
    out = set()
    for k in range(1, len(words) - 1):
        w = words[k].group(0)
        if not is_name_word(w):
            continue
        prev, nxt = words[k - 1].group(0), words[k + 1].group(0)
        gap_before = text[words[k - 1].end() : words[k].start()]
        if is_name_word(prev) and gap_before.strip() == "":
            continue
        if prev.lower() == "the":
            continue
        if nxt[0].isupper() and text[words[k].end() : words[k + 1].start()].strip() == "":
            continue
        if not is_name_word(prev) or gap_before.strip():
            out.add(_surname(w))
    return frozenset(out)


def _subject(text: str, at: int) -> str | None:
    """The name standing last before ``at`` in its sentence ("Reyes added", "and Reyes the")."""
    start = _sentence_start(text, at)
    names = [w for w in _WORD.findall(text[start:at]) if is_name_word(w)]
    return names[-1] if names else None


def _scorers(text: str, at: int, known: dict[str, object]) -> list[str]:
    """The surnames of the scorers a count of goals at ``at`` is about.

    The name standing last before it in its sentence, and the names joined to
    it by "and" or a comma ("Holman and Danny Wright both scored twice": each
    of them). A summary written in lower case ("holman and danny wright both
    scored twice .", as older models write) has no capitals: a word is then a
    name where it is a scorer's surname the original names (``known``), and
    the one word before it after "and" or a comma is its first name.
    """
    start = _sentence_start(text, at)
    found = list(_WORD.finditer(text, start, at))
    words = [m.group(0) for m in found]
    gaps = [text[found[k - 1].end() if k else start : m.start()] for k, m in enumerate(found)]

    def named(k: int) -> bool:
        return is_name_word(words[k]) or _surname(words[k]) in known

    def joined(k: int) -> bool:  # "and" or a comma stands before word k
        return words[k - 1].lower() == "and" or gaps[k].strip() == ","

    k = max((k for k in range(len(words)) if named(k)), default=-1)
    out: list[str] = []
    if 0 <= k < len(words) - 2 and words[k + 1].lower() == "and":
        out.append(_surname(words[k + 2]))  # "ellery and okoro both": one it cannot tell
    while k >= 0 and named(k):
        out.append(_surname(words[k]))
        first = k
        while first > 0 and gaps[first].isspace() and is_name_word(words[first - 1]):
            first -= 1  # "Danny Wright": one scorer
        if first == k > 1 and words[k].islower() and gaps[k].isspace() and joined(k - 1):
            first -= 1  # "and danny wright"
        if first >= 2 and words[first - 1].lower() == "and":
            k = first - 2
        elif first >= 1 and gaps[first].strip() == ",":
            k = first - 1
        else:
            break
    return out


def _first_name(text: str, start: int, end: int, known: frozenset[str]) -> str | None:
    """The surname of the first name of a sentence: its subject, as news writes it.

    The sentence's first word has a capital anyway: it is a name only before
    another capitalised word ("Danny Wright") or as a surname the text uses
    (``known``), so "On-loan striker Holman" gives Holman.
    """
    for w in _WORD.finditer(text, start, end):
        if w.start() - start > FIRST_NAME_REACH:
            return None
        word = w.group(0)
        if not is_name_word(word):
            continue
        nxt = _WORD.match(text, w.end() + 1) if w.end() + 1 < end else None
        if nxt and nxt.group(0)[0].isupper() and text[w.end() : nxt.start()].strip() == "":
            return _surname(nxt.group(0))  # "Danny Wright"
        if w.start() > start or _surname(word) in known:
            return _surname(word)
    return None


FIRST_NAME_REACH = 40
"""Characters into a sentence within which its subject's name stands."""


def _earlier_ordinal_noun(text: str, new: Mention) -> str | None:
    """The noun of an ordinal earlier in ``new``'s sentence ("the first goal and Reyes the second")."""
    start = _sentence_start(text, new.start)
    words = _WORD.findall(text[start : new.start])
    for k in range(len(words) - 2, -1, -1):
        if words[k].lower() in _ORDINALS and words[k + 1].lower() not in _STOPWORDS:
            return words[k + 1]
    return None


LOOK_BACK = 200
"""Characters a NEW figure's sentence is read back for its subject or its noun."""


def _scored_before(text: str, new: Mention) -> str | None:
    """ "goal" for an ordinal right after a verb of scoring ("West Ham scored first",
    "Leeds struck second"): the order of the goals, told without the noun."""
    before = _WORD.findall(text[max(0, new.start - 20) : new.start])
    if before and PREDICATES.get(before[-1].lower()) == "sport.scored":
        return _GOAL
    return None


_GOAL = stem("goal")


def _sentence_index(spans: list[tuple[int, int]], at: int) -> int | None:
    """The index of the sentence span holding offset ``at``, or None."""
    k = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return k if k >= 0 and spans[k][0] <= at < spans[k][1] else None


def _sentence_start(text: str, at: int) -> int:
    """Where the sentence holding ``at`` starts, looking back at most LOOK_BACK characters."""
    lo = max(0, at - LOOK_BACK)
    return max(text.rfind(".", lo, at), text.rfind("\n", lo, at), lo - 1) + 1


NEAR_ORDINALS = 4
"""Ordinals on each side an ordinal without a noun looks at for one."""


def _sentence_noun(ordinals: list[Mention], k: int) -> str | None:
    """The noun of the ordinal nearest to ``ordinals[k]`` in its sentence that has one."""
    here = ordinals[k].sentence
    for step in (-1, 1):
        for j in range(k + step, k + step * NEAR_ORDINALS, step):
            if not (0 <= j < len(ordinals) and ordinals[j].sentence == here):
                break
            if ordinals[j].noun:
                return ordinals[j].noun
    return None


def _surname(name: str) -> str:
    return re.sub(r"['’]s?$", "", name.split()[-1]).lower()


def _stem(noun: str | None) -> str | None:
    return stem(noun.split()[-1]) if noun else None


def _bare_count(m: Mention) -> bool:
    return (
        m.kind == "quantity"
        and m.value is not None
        and not m.unit
        and m.role is None
        and m.frame.get("measure") in (None, "people")
    )


def _span(text: str, start: int, end: int, value: int) -> Mention:
    """OLD's words that support a figure, as a mention of how many they list."""
    return Mention(kind="quantity", text=text[start:end], start=start, end=end, value=value)
