"""Figures a text implies without writing a numeral: for a comparison to pair, never to flag.

A rewrite says "the two suspects" for "both suspects", "the third round" for
"round three", "six months" for "the first half of the year". ``extract``
does not report these words (a check has nothing to verify in "both", and
"round three" is a name of a stage, like "Article 50"), so a comparison
would call the rewrite's figure added. ``implied_figures`` reads them for
``compare`` only: each is a Mention with ``extra["implied"] = True``, which
pairs with a figure of the other version like any other (a match, or a
conflict where the other says "three suspects"), and which, left unpaired,
is no finding: "both" dropped from a sentence drops no figure.

The words are data (``factcheck/lang/en.yaml``): ``numbers.implied_counts``
("both" = 2, "the pair" = 2), ``numbers.pair_anaphors`` ("between the two" = 2, a pair
already named), ``numbers.positional_nouns`` (the nouns a
number after which is a position: "round three", "stage 12") and
``numbers.half_periods`` ("half of the year" = 0.5 year),
``numbers.implied_ordinals`` ("a debut season" is the first season),
``numbers.spans_since`` ("in the decade since" = 1 decade),
``numbers.whole_spans`` ("all day" = 1 day) and
``direction.multiples`` ("the bill has doubled" = a factor of 2, "more than
tripled" a factor of at least 3: "twice as much" / "threefold" as a verb).

    >>> [(m.text, m.value) for m in implied_figures("Both men were freed.", [])]
    [('Both', 2)]
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import replace

import factcheck.extract.lexicon as lexicon
import factcheck.lang as lang
from factcheck.extract.context import Context
from factcheck.extract.numbers import TENS_WORDS, UNITS_WORDS
from factcheck.extract.vocabulary import NOUN_STOPWORDS
from factcheck.mention import Mention

IMPLIED = "implied"
"""The ``extra`` key of an implied figure."""

_COUNTS: dict[str, int] = {
    **lang.table("numbers.implied_counts"),
    **{phrase: 2 for phrase in lang.words("numbers.pair_anaphors")},  # "between the two"
}
_COUNT = re.compile(
    rf"(?i:\b(?={lang.first_characters(_COUNTS)})(?:{lang.alternation(list(_COUNTS))})\b)"
)
_BOTH_AND = re.compile(r"(?i:\s+(?:[\w'’-]+\s+){0,4}?and\b)")
"""After "both": "both the council and the unions" joins two names, it counts no noun."""
_PAIR_OF = re.compile(r"(?i:\s+of\b)")
"""After "the pair": "the pair of boots" is one pair, not two people."""
_DENIED = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.implied_count_negators')})\s+$|n['’]t\s+$)"
)
"""Before a count of one: NOT a single person, WITHOUT a single win (none)."""
_KINDS = frozenset(lang.words("numbers.implied_count_kinds"))
"""Nouns after "a single" / "a sole" that make it a kind: a single MOTHER, a sole TRADER."""

_SMALL_WORDS = {**UNITS_WORDS, **TENS_WORDS}
_POSITION = re.compile(
    rf"(?i:\b(?={lang.first_characters(lang.words('numbers.positional_nouns'))})"
    rf"(?P<noun>{lang.alternation('numbers.positional_nouns')})\s+"
    rf"(?P<n>\d{{1,3}}|{lang.alternation([w for w, n in _SMALL_WORDS.items() if n > 0])})\b)"
)
"""ROUND THREE, stage 12: a number after the name of a stage is its position."""

_ORDINALS: dict[str, int] = lang.table("numbers.implied_ordinals")
_ORDINAL = re.compile(
    rf"(?i:\b(?={lang.first_characters(_ORDINALS)})(?:{lang.alternation(list(_ORDINALS))})\b)"
)
"""A DEBUT season, a MAIDEN title: the first, without the word."""

_TIMES: dict[str, int] = lang.table("numbers.implied_times")
_TIMES_TITLE = re.compile(
    rf"(?i:\b(?P<times>{lang.alternation(list(_TIMES))})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}?"
    rf"(?P<title>{lang.alternation('numbers.title_nouns')})\b)"
)
"""A DOUBLE Olympic taekwondo champion: a title won twice, without the number."""

_HALF = re.compile(
    rf"(?i:\b(?={lang.first_characters(lang.words('numbers.half_periods'))})"
    rf"(?:{lang.alternation('numbers.half_periods')})\b)"
)
_HALF_LEADS = frozenset(w.split()[0].lower() for w in lang.words("numbers.half_periods"))
"""The first word of every half period: a text without any names none."""

_SPAN_SINCE = re.compile(
    rf"(?i:\bthe\s+(?P<unit>{lang.alternation('numbers.spans_since')})\s+since\b)"
)
"""In THE DECADE SINCE the ban: one span of time, without "a" or a number."""
_WHOLE_SPAN = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.whole_span_leads')})\s+"
    rf"(?P<unit>{lang.alternation('numbers.whole_spans')})\b(?!['’-]))"
)
"""Trading higher ALL DAY, THE WHOLE WEEK: one span of time, without a number."""
_WHOLE_PHRASES = tuple(
    f"{lead} {unit}"
    for lead in lang.words("numbers.whole_span_leads")
    for unit in lang.words("numbers.whole_spans")
)
"""Every whole span as written with one space ("all day"): a text holding none is not
scanned (a span across a line break is left unread)."""

MULTIPLES: dict[str, float] = lang.table("direction.multiples")
BOUNDS: dict[str, str] = lang.table("qualifiers.before")
MULTIPLE_VERB = re.compile(
    rf"(?i:\b(?:(?P<q>{lang.alternation(list(BOUNDS))})\s+)?"
    rf"(?P<verb>{lang.alternation(list(MULTIPLES))})\b)"
)
"""Costs (MORE THAN) DOUBLED, the network HALVED: a factor as a verb ("twice as much")."""
MULTIPLES_BASE: dict[str, float] = lang.table("direction.multiples_base")
MULTIPLE_BASE_VERB = re.compile(
    rf"(?i:(?<![\w'’])(?:{lang.alternation('direction.multiple_base_leads')})\s+"
    rf"(?:(?P<q>{lang.alternation(list(BOUNDS))})\s+)?"
    rf"(?P<verb>{lang.alternation(list(MULTIPLES_BASE))})\b(?![-’'])"
    rf"(?!\s+(?:{lang.alternation('direction.multiple_base_not_before')})\b))"
)
"""The number is set TO TREBLE, costs WILL DOUBLE: the same factor in the verb's base
form, after a word that makes it one (the lead is not part of the figure)."""

_SCORES: dict[str, list[int]] = lang.table("numbers.implied_scores")
_SCORE_WORD = re.compile(rf"(?i:\b(?:{lang.alternation(list(_SCORES))})\b)")
"""A GOALLESS draw: a score of 0-0, without the numbers."""

STAGE = "stage"
"""The ``extra`` key of a knockout stage named by the sides left in it."""
_STAGE_NAMES: dict[str, int] = lang.table("numbers.stage_names")
_STAGE_SIZES = frozenset(int(n) for n in lang.words("numbers.stage_sizes"))
_STAGE_NAME = re.compile(rf"(?i:\b(?:{lang.alternation(list(_STAGE_NAMES))})\b)")
"""The QUARTER-FINALS: the last eight, without the number."""
_STAGE_NAME_KEYS = frozenset(re.match(r"[a-z]+", name).group() for name in _STAGE_NAMES)  # type: ignore[union-attr]
_STAGE_LEAD_KEYS = frozenset(lead.split()[0] for lead in lang.words("numbers.stage_leads"))
"""Words every stage name or lead holds ("quarter", "last"): a text without any names none."""
_STAGE_NUMBER = re.compile(
    rf"(?i:\b(?:{lang.alternation('numbers.stage_leads')})(?P<join>[\s-]+)"
    rf"(?P<n>\d{{1,2}}|{lang.alternation([w for w, n in _SMALL_WORDS.items() if n > 0])})\b)"
)
"""The LAST EIGHT, a LAST-16 tie, the ROUND OF 16: the sides left name the stage..."""
_STAGE_AFTER = re.compile(
    rf"(?i:(?P<hyphen>-)?\s*(?:(?P<noun>{lang.alternation('numbers.stage_nouns')})|"
    rf"(?P<word>{lang.alternation('numbers.stage_followers')}))\b|\s*(?:[^\w\s-]|$))"
)
"""... where a noun of the stage, a word that opens no noun phrase or a
punctuation mark follows: "the last eight games" counts games."""


def implied_figures(text: str, mentions: list[Mention], sentences=None) -> list[Mention]:
    """The implied figures of ``text`` that overlap no mention, in text order.

    ``sentences`` are the spans of ``split_sentences(text)`` (for each figure's
    ``sentence`` number); linear in the text.
    """
    ctx = Context(text)
    taken = sorted((m.start, m.end) for m in mentions)
    found: list[Mention] = []
    for m in _COUNT.finditer(text):
        word = " ".join(m.group().lower().split())
        after = _BOTH_AND if word == "both" else _PAIR_OF
        if word in ("both", "the pair") and after.match(text, m.end()):
            continue
        one = _COUNTS[word] == 1
        noun = ctx.noun(m.end(), 1 if one else None, allow_of=not one)
        if one and not _one_counted(text, m.start(), m.end(), noun):
            continue
        found.append(_implied(m.start(), m.end(), text, _COUNTS[word], "count", noun=noun))
    for m in _POSITION.finditer(text):
        n = m.group("n").lower()
        value = int(n) if n.isdigit() else _SMALL_WORDS[n]
        noun = m.group("noun").lower()
        found.append(_implied(m.start(), m.end(), text, value, "ordinal", noun=noun))
    for m in _ORDINAL.finditer(text):
        noun = ctx.noun(m.end(), 1)
        if noun is not None:
            value = _ORDINALS[m.group().lower()]
            found.append(_implied(m.start(), m.end(), text, value, "ordinal", noun=noun))
    lowered = text.lower()  # most texts hold no "double": skip the scan
    for m in _TIMES_TITLE.finditer(text) if any(w in lowered for w in _TIMES) else ():
        times = _TIMES[m.group("times").lower()]
        title = m.group("title").lower()
        found.append(
            _implied(
                m.start(),
                m.start("times") + len(m.group("times")),
                text,
                times,
                "count",
                noun=title,
            )
        )
    for m in _HALF.finditer(text) if any(w in lowered for w in _HALF_LEADS) else ():
        found.append(_implied(m.start(), m.end(), text, 0.5, "time", unit="year"))
    for m in _SPAN_SINCE.finditer(text) if "since" in lowered else ():
        unit, dimension = lexicon.unit_table()[0][m.group("unit").lower()]
        found.append(_implied(m.start(), m.end("unit"), text, 1, dimension, unit=unit))
    for m in _WHOLE_SPAN.finditer(text) if any(w in lowered for w in _WHOLE_PHRASES) else ():
        unit, dimension = lexicon.unit_table()[0][m.group("unit").lower()]
        found.append(_implied(m.start(), m.end(), text, 1, dimension, unit=unit))
    multiples = [
        (m, MULTIPLES)
        for m in (MULTIPLE_VERB.finditer(text) if any(v in lowered for v in MULTIPLES) else ())
    ]
    if any(v in lowered for v in MULTIPLES_BASE):
        multiples += [(m, MULTIPLES_BASE) for m in MULTIPLE_BASE_VERB.finditer(text)]
    for m, table in multiples:
        start = m.start("q") if m.group("q") else m.start("verb")
        factor = _implied(start, m.end(), text, table[m.group("verb").lower()], "factor")
        bound = BOUNDS.get(" ".join((m.group("q") or "").lower().split()), "exact")
        if bound in ("at_least", "at_most"):
            factor.qualifier = bound
            factor.low, factor.high = (
                (factor.value, None) if bound == "at_least" else (None, factor.value)
            )
        found.append(factor)
    for start, end, sides in stages(text):
        found.append(_stage(start, end, text, sides))
    for m in _SCORE_WORD.finditer(text) if "less" in lowered else ():
        score = _implied(m.start(), m.end(), text, None, "score")
        score.role, score.extra["score"] = "score", list(_SCORES[m.group().lower()])
        found.append(score)
    found = [f for f in found if not _overlaps(f, taken)]
    found.sort(key=lambda f: f.start)
    starts = [s for s, _ in sentences or [(0, len(text))]]
    for k, f in enumerate(found):
        f.id = f"implied{k}"
        f.sentence = max(bisect.bisect_right(starts, f.start) - 1, 0)
    return found


def _one_counted(text: str, start: int, end: int, noun: str | None) -> bool:
    """Whether a lexical singular ("a solitary", "a lone", "a single", "the sole") counts
    one of the noun after it: one stands after it, unless a hyphen makes a compound ("a
    single-storey house"), the noun a kind ("a single mother") or a word before denies
    it ("not a single person")."""
    if noun is None or noun.lower() in _KINDS or text[end : end + 1] == "-":
        return False
    return not _DENIED.search(text, max(0, start - 12), start)


@functools.lru_cache(maxsize=4)
def stages(text: str) -> tuple[tuple[int, int, int], ...]:
    """(start, end, sides left) of each knockout stage ``text`` names, in text order.

    "the quarter-finals" (8), "the last eight", "a last-16 tie", "the round of
    16"; a number of sides a stage can have (``numbers.stage_sizes``) after
    "last" or "round of" names a stage only where no other noun follows it
    ("the last eight games" counts games, "the last two" may count anything).
    """
    lowered = text.lower()  # a cheap look for the words first: most texts name no stage
    out = []
    if any(key in lowered for key in _STAGE_NAME_KEYS):
        out = [
            (m.start(), m.end(), _STAGE_NAMES[m.group().lower()])
            for m in _STAGE_NAME.finditer(text)
        ]
    if not any(key in lowered for key in _STAGE_LEAD_KEYS):
        return tuple(sorted(out))
    for m in _STAGE_NUMBER.finditer(text):
        n = m.group("n").lower()
        sides = int(n) if n.isdigit() else _SMALL_WORDS[n]
        after = _STAGE_AFTER.match(text, m.end())
        if sides not in _STAGE_SIZES or after is None:
            continue
        if after.group("hyphen") and not after.group("noun"):
            continue  # "last-eight" before a word that is not the stage's
        out.append((m.start(), m.end(), sides))
    return tuple(sorted(out))


def with_stages(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, the number of each stage ``text`` names read as that stage.

    "eight" in "the last eight" is extracted as a count; as the name of a
    stage it pairs with "the quarter-finals" (and not with "eight games"). It
    stays a figure written: dropped, it is flagged, where "the quarter-finals"
    alone is not. Copies replace such mentions; the others stay as they are.
    """
    spans = stages(text)
    if not spans:
        return mentions
    starts = [s for s, _, _ in spans]
    out = []
    for m in mentions:
        k = bisect.bisect_right(starts, m.start) - 1
        if k >= 0 and m.kind == "quantity" and spans[k][0] <= m.start and m.end <= spans[k][1]:
            sides = spans[k][2]
            if m.value == sides:
                m = replace(m, extra={**m.extra, STAGE: True})
        out.append(m)
    return out


_TODAY = re.compile(r"\b(?i:today)\b")
_NOWADAYS_BEFORE = re.compile(rf"\b(?i:{lang.alternation('compare.nowadays_before')})\s+$")
_CONTINUING_BEFORE = re.compile(
    rf"\b(?i:{lang.alternation('compare.nowadays_continuing')})\s+"
    r"(?P<words>(?:[\w'’-]+\s+){1,2})$"
)
"""Before "today": "still" and a word or two of state ("are still strong today"), not a
participle ("is still closed today", "still waiting today": the day of the story) nor a
place ("still in hospital today")."""
_TODAYS_NOUN = re.compile(
    rf"['’]s\s+(?:[a-z-]+\s+)?(?i:{lang.alternation('compare.nowadays_nouns')})\b"
)
_GENERAL_MODAL = re.compile(
    rf"\b(?i:{lang.alternation('compare.nowadays_subjects')})\b(?:\s+[\w'’-]+){{0,2}}?"
    rf"\s+(?i:{lang.alternation('compare.nowadays_modals')})\b[^.;:!?,\"“”]*$"
)
_LIVES_BEFORE = re.compile(
    rf"\b(?i:{lang.alternation('compare.nowadays_lives_leads')})\s+"
    rf"(?i:{lang.alternation('compare.nowadays_lives')})\b"
    rf"(?:\s+(?!(?i:from|until|till|by|since|for)\b)[\w'’-]+){{0,3}}\s+$"
)
"""Before "today": a verb of living or being, in the clause ("to live in Britain
today"), not the edge of a stay ("will live there from today")."""
_STATES = lang.alternation("compare.nowadays_states")
_STATE_AFTER = re.compile(
    rf"(?:\s+|,\s+(?:[\w'’-]+\s+){{1,3}}?)(?P<verb>{_STATES})\s+(?P<next>[\w'’£$€%-]+)",
    re.IGNORECASE,
)
"""After "today": a verb of state, right after it ("the mill today is") or after
a comma and a subject ("Today, the mill is")."""
_EDGE_BEFORE = re.compile(
    rf"\b(?i:of|until|till|by|from|since|for|before|after|{lang.alternation('tense.expected_after_was')})\s+$"
)
_HAVE = frozenset(("has", "have"))
_POSSESSED = re.compile(
    rf"[£$€]?\d|(?:{lang.alternation('qualifiers.hedges')}|over|more|fewer)$", re.IGNORECASE
)
"""After "has": a figure it has ("the village today has 300 homes"), not "a meeting"."""
_NOT_STATE = re.compile(
    rf"(?:\w+(?:ing|ed)|{lang.alternation('tense.expected_after_was')}|to|being|been)$",
    re.IGNORECASE,
)


def nowadays(text: str, m: Mention) -> bool:
    """Whether ``m`` is a "today" that means nowadays, not the day of the story.

    "even today", "today's youngsters", "most of us could make changes today",
    "the mill today is a museum", "Today, the village has 300 homes", "afford
    to live in Britain today": a clause of a general subject and a modal, a
    verb of living or being before it, or a verb of state right after (not "is
    expected to", "has approved": those tell of the day). The words are data
    (``compare.nowadays_*``).
    """
    if m.kind != "date" or not _TODAY.fullmatch(m.text):
        return False
    lo = max(0, m.start - 80)
    before = text[lo : m.start]
    if _NOWADAYS_BEFORE.search(before) or _TODAYS_NOUN.match(text, m.end):
        return True
    if _continuing(before):
        return True  # "the bonds forged then are still strong today"
    if _GENERAL_MODAL.search(before) or _LIVES_BEFORE.search(before):
        return True
    state = _STATE_AFTER.match(text, m.end, m.end + 60)
    if state is None or _EDGE_BEFORE.search(before):
        return False  # "as of today, the fund has": the day a figure holds on
    comma = text[m.end : state.start("verb")].startswith(",")
    opens = not before.strip() or before.rstrip()[-1] in '.!?"“\n'
    if comma != opens:
        return False  # "Today is the deadline": no subject; "X said today, the ..."
    nxt = state.group("next")
    if state.group("verb").lower() in _HAVE:
        return bool(_POSSESSED.match(nxt))
    return _NOT_STATE.match(nxt) is None


def _continuing(before: str) -> bool:
    """ "still" and a word or two of state before "today": "still strong", "still very
    popular"; no participle ("still closed") and no function word ("still in hospital")."""
    found = _CONTINUING_BEFORE.search(before)
    if found is None:
        return False
    words = found.group("words").lower().split()
    return not any(w in NOUN_STOPWORDS or w.endswith(("ing", "ed")) for w in words)


def with_nowadays(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions``, each "today" that means nowadays read as implied: it pairs
    with another "today", and dropped or added alone is no finding."""
    out = []
    for m in mentions:
        if m.kind == "date" and nowadays(text, m):
            m = replace(m, extra={**m.extra, IMPLIED: True})
        out.append(m)
    return out


_SIDES = frozenset(lang.words("numbers.stage_sides"))


def is_stage(m: Mention | None) -> bool:
    """Whether ``m`` names a knockout stage by the sides left in it ("the last eight")."""
    return m is not None and m.extra.get(STAGE) is True


def may_state_stage(stage: Mention, other: Mention) -> bool:
    """Whether ``other`` may state the stage ``stage`` names: another stage, or a
    count of sides ("the eight remaining clubs"), not of anything else ("eight games")."""
    if is_stage(other) or other.kind != "quantity":
        return is_stage(other)
    words = (other.noun or "").lower().split()
    return not words or words[-1] in _SIDES


def _stage(start: int, end: int, text: str, sides: int) -> Mention:
    # no counted noun: "the last eight" is "the eight remaining clubs" too
    m = _implied(start, end, text, sides, "count")
    m.extra[STAGE] = True
    return m


def _implied(
    start: int,
    end: int,
    text: str,
    value: float | None,
    dimension: str,
    unit: str | None = None,
    noun: str | None = None,
) -> Mention:
    return Mention(
        kind="quantity",
        text=text[start:end],
        start=start,
        end=end,
        value=value,
        unit=unit,
        dimension=dimension,
        noun=noun,
        role="ordinal" if dimension == "ordinal" else None,
        extra={IMPLIED: True},
    )


def _overlaps(m: Mention, taken: list[tuple[int, int]]) -> bool:
    k = bisect.bisect_left(taken, (m.end,))
    return any(s < m.end and e > m.start for s, e in taken[max(0, k - 8) : k])


def is_implied(m: Mention | None) -> bool:
    """Whether ``m`` is an implied figure: it pairs, but alone it is no finding."""
    return m is not None and m.extra.get(IMPLIED) is True
