"""What surrounds a figure: the words that say which fact it states.

Two versions of an article rarely keep a sentence word for word, so the
aligner compares bags of crudely stemmed content words: the whole sentence
(what the sentence is about), a small window around the figure (its role:
"killed", "injured", "miles"), and the counted noun. Numbers and function
words are left out, so that a changed figure in an unchanged sentence still
looks like the same fact.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from dataclasses import dataclass, field

import factcheck.lang as lang
from factcheck.extract.frame import HOLDERS, MARGIN, MEASURES, PREDICATE_NOUNS
from factcheck.mention import Mention

MEASURE_CLASSES = frozenset(MEASURES.values())
HOLDER_OPPOSITES: dict[str, str] = lang.table("frames.holder_opposites")
"""Classes of people no rewording turns into each other ("male" / "female")."""
SHARES = frozenset(("fraction", "percentage"))
"""The measures of a share of a whole, which values.py converts one into the other."""


def _wordset(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
WINDOW = 3
"""Words on each side of a figure that describe its role."""

STOPWORDS = frozenset(lang.words("compare.stopwords"))
"""Words too common to tell two facts apart (number words are dropped separately)."""

NUMBER_WORDS = frozenset(
    (
        *lang.words("numbers.units"),
        *lang.words("numbers.tens"),
        *lang.words("numbers.scales"),
        *(w + "s" for w in lang.words("numbers.scales")),
        *lang.words("numbers.groups"),
        *(w + "s" for w in lang.words("numbers.groups")),
        *(w for w, n in lang.table("numbers.fractions").items() if n in (2, 4) and w[-1] != "s"),
        *(w for w, n in lang.table("numbers.ordinals").items() if n <= 10),
    )
)
"""Number words, dropped from the words that describe a figure."""


@functools.lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A deliberately crude stem: lower case, no possessive, at most six letters.

    Rewrites change inflection ("crossed"/"crossing", "talks"/"talk",
    "killed"/"killing"); dropping a plural, "-ing", "-ed" or a final "e" and
    keeping a six-letter prefix merges those without a language model, and
    rarely merges two different content words of one article. Cached: every
    sentence of both versions stems its words, mostly the same few thousand.
    """
    w = word.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    if len(w) > 4 and w.endswith("ies"):
        w = w[:-3] + "y"
    elif len(w) > 3 and w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    for suffix, keep in (("ing", 3), ("ed", 3)):
        if len(w) - len(suffix) >= keep and w.endswith(suffix):
            w = w[: -len(suffix)]
            if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouls":
                w = w[:-1]  # "stopped" -> "stop"
            break
    if len(w) > 4 and w.endswith("e"):
        w = w[:-1]  # "injure" / "injured" / "injuring" -> "injur"
    return w[:6]


def content_words(text: str) -> list[str]:
    """Stems of the words of ``text`` that carry meaning, in order."""
    out = []
    for m in _WORD.finditer(text):
        w = m.group(0).lower()
        if w in STOPWORDS or w in NUMBER_WORDS or len(w) < 2:
            continue
        out.append(stem(w))
    return out


PERSON_NOUNS = frozenset(
    stem(w)
    for w in _wordset(
        """people person persons individuals lives life victims dead deaths fatalities
        casualties residents"""
    )
)
"""Counted nouns that all count people, so a rewrite swaps them freely ("killed 12
people" / "12 lives were lost", "12 victims", "12 deaths"). Only these generic
words: "men" / "women" or "pupils" / "teachers" stay different facts."""


APPEARANCE_NOUNS = frozenset(
    stem(w) for w, verb in PREDICATE_NOUNS.items() if verb == "sport.played"
)
"""Counted nouns of a player's games for a side: "94 caps" / "94 appearances" count
the same thing (frames.predicate_nouns: the nouns that name "sport.played")."""


def _hypernyms() -> dict[str, frozenset[str]]:
    """Stem of a general noun -> stems of every noun it covers, directly or through another."""
    table = {stem(k): {stem(w) for w in v} for k, v in lang.table("compare.hypernyms").items()}
    for generic in PERSON_NOUNS:
        table.setdefault(generic, set()).update(table.get(stem("people"), ()))
    for _ in range(len(table)):  # a few heads deep at most: close the table under itself
        grown = False
        for covered in table.values():
            more = set().union(*(table.get(w, ()) for w in covered)) - covered
            if more:
                covered |= more
                grown = True
        if not grown:
            break
    # one person by no role covers one by any ("One person" / "a lone driver"), after the
    # closure: "people" covering "person" must not cover "drivers" through it
    roles = {stem(w) for w in lang.words("derive.person_nouns")}
    for generic in lang.words("compare.one_person_nouns"):
        table.setdefault(stem(generic), set()).update(roles - {stem(generic)})
    return {k: frozenset(v) for k, v in table.items()}


COVERS = _hypernyms()
"""A counted noun that says less covers one that says more: "four people" may
state what "four men" does, "three youngsters" what "three children" does
(``compare.hypernyms`` in the language data). Two nouns under one head are
not one kind: "two men" / "two women", "300 cars" / "300 passengers"."""


OPPOSITES = frozenset(
    frozenset((stem(a), stem(b))) for a, b in lang.table("compare.opposite_nouns").items()
)
"""Counted nouns that exclude each other ("men" / "women"): never one fact."""
_SIDES: dict[str, str] = {
    stem(w): side
    for a, b in lang.table("compare.opposite_sides").items()
    for side, w in (("for", a), ("against", b))
}
"""Stem of a side's word -> the side it names ("favor" -> "for", "noes" -> "against")."""


def _side(c: Context) -> str | None:
    """The side of a vote the words right after a figure name ("in favour"), or None."""
    return next((_SIDES[w] for w in c.after[:2] if w in _SIDES), None)


def sides_differ(a: Context, b: Context) -> bool:
    """Whether two figures count opposite sides of a vote ("4 against" / "11 in favour")."""
    side_a, side_b = _side(a), _side(b)
    return side_a is not None and side_b is not None and side_a != side_b


def _synonym_groups() -> dict[str, str]:
    """Stem of a counted noun -> the name of its group of synonyms."""
    return {stem(w): k for k, group in lang.table("compare.noun_synonyms").items() for w in group}


SYNONYMS = _synonym_groups()
"""Counted nouns a rewrite swaps for each other ("seven blasts" / "seven bombs";
``compare.noun_synonyms`` in the language data). Weaker evidence than one noun or a
hypernym: the aligner lets them pair only figures left over once every figure has
tried its own noun (``align``'s second chance)."""


def synonym_nouns(a: Context, b: Context) -> bool:
    """Both figures count one kind of thing under two names ("blasts" / "bombs")."""
    group = SYNONYMS.get(a.noun or "")
    return group is not None and group == SYNONYMS.get(b.noun or "")


def same_noun(a: str | None, b: str | None) -> bool:
    """Whether two counted-noun stems name the same kind of thing, or one covers the other."""
    if (
        a == b
        or (a in PERSON_NOUNS and b in PERSON_NOUNS)
        or (a in APPEARANCE_NOUNS and b in APPEARANCE_NOUNS)
    ):
        return True
    return a is not None and b is not None and (b in COVERS.get(a, ()) or a in COVERS.get(b, ()))


def nouns_differ(a: Context, b: Context) -> bool:
    """Both figures count something, and not the same kind of thing.

    Words inside both spans count as the noun too: "one-table set up" / "one-table
    setup" count tables, whatever word the extractor took for the noun.
    """
    return bool(a.noun and b.noun) and not (same_noun(a.noun, b.noun) or a.own & b.own)


def frame_difference(
    old: Mention,
    new: Mention,
    a: Context,
    b: Context,
    named: tuple[NamedFigures, NamedFigures] | None = None,
) -> str | None:
    """Which part of two figures' frames says they state different facts, or None.

    "measure" ("out for 11 months" / "scored 11 goals", "300 cars" / "300
    passengers"), "entity" ("Reus, 27" / "Podolski, 27") or "predicate"
    ("killed 40" / "injured 40"). Conservative: a field counts only when both
    frames have it and they clearly differ; a reworded verb of one class
    ("died" / "were killed") is the same predicate, and an entity that the
    other sentence names too is no difference. Only quantities: a date's or a
    duration's verb is reworded freely ("spent five years at" / "played for
    five years"), and so is a score's ("Leeds beat Wigan 4-1" / "Wigan lost
    4-1 to Leeds").

    ``named`` (the figures each whole version gives each name) makes an
    entity difference need a second participant: across two versions the
    nearest name is often the same one in other words ("Lovenkrands, 37" /
    "the 37-year-old Dane", "spent six years at Ibrox" / "at Rangers"), so the
    names differ only where one version gives the other's name a figure of
    the same kind ("Kolar, 24, and Lund, 31" / "Kolar, 31").
    """
    fa, fb = old.frame, new.frame
    if not fa or not fb or old.kind != "quantity" or new.kind != "quantity":
        return None  # a date's verb changes freely ("spent the 2013-14 season" / "played in")
    if a.noun and b.noun and frozenset((a.noun, b.noun)) in OPPOSITES:
        return "measure"  # "four men" / "four women"
    if measures_differ(old, new, fa.get("measure"), fb.get("measure")) and not times_of_the_verb(
        old, new
    ):
        return "measure"
    ages = old.role == "age", new.role == "age"
    if _entities_differ(fa.get("entity"), fb.get("entity"), a, b, *ages) and (
        named is None or _another_participant(old, new, *named)
    ):
        return "entity"
    if all(ages) and named is not None and _ages_of_two_people(old, new, *named):
        return "entity"
    pa, pb = fa.get("predicate"), fb.get("predicate")
    # "spent five years at" / "played for five years": a span's verb is reworded freely
    durations = "time" in (old.dimension, new.dimension)
    if pa and pb and pa != pb and "score" not in (old.role, new.role) and not durations:
        return "predicate"
    return None


NamedFigures = dict[str, frozenset[str]]
"""A name's words (lower case) -> the kinds of figure a version gives that name;
"verb:<class>" -> "age" where it gives an age to a person that verb describes."""


def figure_kind(m: Mention) -> str:
    """What kind of figure ``m`` is, for telling two participants' figures apart:
    its role ("age", "score"), else what it measures, else date/time/quantity."""
    return m.role or (m.frame or {}).get("measure") or m.kind


def named_figures(mentions: list[Mention]) -> NamedFigures:
    """Which kinds of figure a version gives each name ("kolar" -> {"age"}), and
    which verb classes describe a person it gives an age ("verb:law.arrested")."""
    out: dict[str, set[str]] = {}
    for m in mentions:
        entity = (m.frame or {}).get("entity")
        if entity:
            for word in entity.lower().split():
                out.setdefault(word, set()).add(figure_kind(m))
        predicate = (m.frame or {}).get("predicate")
        if predicate and m.role == "age":
            out.setdefault(_doer(predicate), set()).add("age")
        holder = HOLDERS.get((m.frame or {}).get("holder", ""))
        if holder and m.role == "age":
            out.setdefault(_held(holder), set()).add("age")
    return {w: frozenset(kinds) for w, kinds in out.items()}


def _doer(predicate: str) -> str:
    """The key under which ``named_figures`` files what a person did or underwent."""
    return "verb:" + predicate


def _held(holder_class: str) -> str:
    """The key under which ``named_figures`` files the kind of person an age is of."""
    return "holder:" + holder_class


def _ages_of_two_people(
    old: Mention, new: Mention, old_named: NamedFigures, new_named: NamedFigures
) -> bool:
    """Two ages of people the versions tell apart by what happened to them.

    "Shaun Ray, 38, died ... A 23-year-old man is in custody" -> "a 38-year-old
    man has been arrested": the age of the man who died is given to the man
    arrested. The verb classes must be of two domains (harm against law: the
    victim against the suspect; "injured" and "later died" are often one
    person), or the words of the two people opposites (``frames.holders``:
    "his wife, 35" / "a 35-year-old man", "the victim" / "the suspect"; "the
    victim" / "the man" is one person reworded); no name may join them, and
    the other version must give an age to someone of the other verb or word,
    a second participant.
    """
    ea, eb = old.frame.get("entity"), new.frame.get("entity")
    if ea and eb and set(ea.lower().split()) & set(eb.lower().split()):
        return False
    pa, pb = old.frame.get("predicate"), new.frame.get("predicate")
    if (
        pa
        and pb
        and pa.partition(".")[0] != pb.partition(".")[0]
        and ("age" in old_named.get(_doer(pb), ()) or "age" in new_named.get(_doer(pa), ()))
    ):
        return True
    ca, cb = HOLDERS.get(old.frame.get("holder", "")), HOLDERS.get(new.frame.get("holder", ""))
    if ca and cb and (HOLDER_OPPOSITES.get(ca) == cb or HOLDER_OPPOSITES.get(cb) == ca):
        return "age" in old_named.get(_held(cb), ()) or "age" in new_named.get(_held(ca), ())
    return False


def _another_participant(
    old: Mention, new: Mention, old_named: NamedFigures, new_named: NamedFigures
) -> bool:
    """Whether one version gives the other version's name a figure of this kind."""
    kind_old, kind_new = figure_kind(old), figure_kind(new)
    new_words = new.frame["entity"].lower().split()
    old_words = old.frame["entity"].lower().split()
    return any(kind_new in old_named.get(w, ()) for w in new_words) or any(
        kind_old in new_named.get(w, ()) for w in old_words
    )


def times_of_the_verb(a: Mention, b: Mention) -> bool:
    """One figure counts the times a verb happened and the other the nouns that name
    that verb ("scored twice" / "scored two goals", ``frames.predicate_nouns``)."""
    predicate = a.frame.get("predicate")
    if not predicate or predicate != b.frame.get("predicate"):
        return False
    for times, things in ((a, b), (b, a)):
        noun = (things.noun or "").lower().split()
        if (
            times.frame.get("measure") == "factor"
            and not times.noun
            and noun
            and PREDICATE_NOUNS.get(noun[-1]) == predicate
        ):
            return True
    return False


def measures_differ(old: Mention, new: Mention, a: str | None, b: str | None) -> bool:
    """Two measures of different kinds: a unit's dimension or a noun class against another,
    or a duration (length, amount ...) against a count of things no class knows."""
    if not a or not b or a == b or {a, b} == SHARES:
        return False  # "three quarters" / "75%": one share in two spellings
    if MARGIN in (a, b):
        return True  # "a majority of 2,873" / "2,873 votes": a margin is no total
    dim_a, dim_b = old.dimension not in (None, "count"), new.dimension not in (None, "count")
    known_a, known_b = dim_a or a in MEASURE_CLASSES, dim_b or b in MEASURE_CLASSES
    if known_a and known_b:
        return True
    return dim_a != dim_b


def _entities_differ(
    a: str | None, b: str | None, ca: Context, cb: Context, old_age: bool, new_age: bool
) -> bool:
    if not a or not b:
        return False
    words_a, words_b = set(a.lower().split()), set(b.lower().split())
    if words_a & words_b:
        return False
    if _nickname(a, ca) or _nickname(b, cb):
        return False  # "the Robins secured their seventh win" / "Cheltenham secured ..."
    if old_age and new_age:
        return True  # "Kolar, 24, and Lund, 31" / "Kolar, 31": an age belongs to its name
    in_b = _lowered(cb.sentence_text)
    in_a = _lowered(ca.sentence_text)
    return not (any(w in in_b for w in words_a) or any(w in in_a for w in words_b))


@functools.lru_cache(maxsize=256)
def _lowered(sentence: str) -> str:
    """``sentence`` in lower case, made once: every pair of its figures asks."""
    return sentence.lower()


def _nickname(entity: str, c: Context) -> bool:
    """A team's nickname: one capitalised plural after "the" ("the Robins", "the
    Gunners"), which may name any side of the story, so no evidence of another one."""
    if " " in entity or not entity.endswith("s") or not entity[:1].isupper():
        return False
    return entity in _after_the(c.sentence_text)


_THE = re.compile(r"\b[Tt]he\s+(?=(\S+))")


@functools.lru_cache(maxsize=256)
def _after_the(sentence: str) -> frozenset[str]:
    """Every stretch of ``sentence`` right after a "the" that holds no space and ends a
    word ("Robins" and "Robins'" for "the Robins' ground"): what "the" may stand
    before, read once per sentence (searching the sentence for each name a pair of
    its figures has was quadratic in a long one)."""
    out = set()
    for m in _THE.finditer(sentence):
        token, start = m.group(1), m.start(1)
        for k in range(1, len(token) + 1):
            end = start + k
            if _is_word(sentence[end - 1]) and (
                end == len(sentence) or not _is_word(sentence[end])
            ):
                out.add(token[:k])
    return frozenset(out)


def _is_word(ch: str) -> bool:
    """Whether ``ch`` is a character of a word as ``re``'s ``\\w`` and ``\\b`` read one."""
    return ch.isalnum() or ch == "_"


@dataclass
class Context:
    """The words around one mention, ready for set comparisons."""

    sentence: frozenset[str]
    before: tuple[str, ...]
    after: tuple[str, ...]
    own: frozenset[str]
    """Content words inside the mention's own span ("girls" in "two girls")."""
    noun: str | None
    head: str | None
    """The counted noun, or else the content word right after the figure
    ("accused" in "the two accused"): evidence when equal, never against."""
    position: float
    """Where in the article the mention sits, 0.0 (start) .. 1.0 (end)."""
    sentence_text: str = ""
    lead: str = ""
    """The period word right before a date ("since" in "since 1983"), or ""."""
    extra: dict = field(default_factory=dict)

    @property
    def local(self) -> frozenset[str]:
        return frozenset(self.before) | frozenset(self.after) | self.own


def build_contexts(
    text: str, mentions: list[Mention], sentences: list[tuple[int, int]]
) -> list[Context]:
    """One Context per mention, in the same order.

    Each sentence is read once (its words with their places, other figures
    blanked) and each mention looks its window up there: reading the
    sentence again for each of its mentions was quadratic in a long
    sentence (a results table has hundreds of figures and no full stop).
    """
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [s for s, _ in spans]
    sentence_starts = [s for s, _ in sentences]
    length = max(len(text), 1)
    words_of: dict[tuple[int, int], _SentenceWords] = {}
    own_of: dict[str, frozenset[str]] = {}  # a figure's own words, read once per surface
    out = []
    for m in mentions:
        s_start, s_end = _sentence_span(m, sentences, sentence_starts, len(text))
        key = (s_start, s_end)
        words = words_of.get(key)
        if words is None:
            inside = spans[bisect.bisect_left(starts, s_start) : bisect.bisect_left(starts, s_end)]
            words = words_of[key] = _SentenceWords(text, s_start, s_end, inside)
        noun = stem(m.noun) if m.noun else None
        head = noun or _head_word(text, m)
        own = own_of.get(m.text)
        if own is None:
            own = own_of[m.text] = frozenset(content_words(m.text))
        out.append(
            Context(
                sentence=words.bag,
                before=words.before(m.start),
                after=words.after(m.end),
                own=own,
                noun=noun,
                head=head,
                position=m.start / length,
                sentence_text=words.text,
                lead=_lead_word(text, s_start, m),
            )
        )
    return out


class _SentenceWords:
    """The content words of one sentence, other figures blanked, with their offsets."""

    def __init__(self, text: str, start: int, end: int, inside: list[tuple[int, int]]):
        blanked = _blank_spans(text, start, end, inside)
        self.stems: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _WORD.finditer(blanked):
            w = m.group(0).lower()
            if w in STOPWORDS or w in NUMBER_WORDS or len(w) < 2:
                continue
            self.stems.append(stem(w))
            self.starts.append(start + m.start())
            self.ends.append(start + m.end())
        self.bag = frozenset(self.stems)
        # one string object per sentence text, shared by both versions' contexts,
        # so that comparing two contexts' sentences is an identity test
        self.text = sys.intern(text[start:end].strip())

    def before(self, offset: int) -> tuple[str, ...]:
        """The last WINDOW content words ending at or before ``offset``."""
        k = bisect.bisect_right(self.ends, offset)
        return tuple(self.stems[max(0, k - WINDOW) : k])

    def after(self, offset: int) -> tuple[str, ...]:
        """The first WINDOW content words starting at or after ``offset``."""
        k = bisect.bisect_left(self.starts, offset)
        return tuple(self.stems[k : k + WINDOW])


@dataclass
class Version:
    """One version of the article as the aligner sees it."""

    mentions: list[Mention]
    contexts: list[Context]
    modifiers: list[str]
    """Narrowing word of each date ("early" in "early this month"), or ""."""
    named: NamedFigures = field(default_factory=dict)
    """The kinds of figure the whole version gives each name (``named_figures``)."""
    text: str = ""
    """The version's text: the words after a figure say what it derives from."""
    sentences: list[tuple[int, int]] = field(default_factory=list)
    """(start, end) of each sentence of ``text``, split once by ``compare_mentions``."""
    scratch: dict = field(default_factory=dict)
    """What a pairing step read once for each mention (``sides.other_winner``)."""


def prepare(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> Version:
    from factcheck.compare.values import date_modifier

    return Version(
        mentions,
        build_contexts(text, mentions, sentences),
        [date_modifier(text, m) for m in mentions],
        named_figures(mentions),
        text=text,
        sentences=sentences,
    )


_NEXT_WORD = re.compile(r"[\s-]*([^\W\d_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)[\s,]*$")
PERIOD_WORDS = frozenset(lang.words("compare.period_words"))
_PERIOD_SYNONYMS: dict[str, str] = lang.table("compare.period_word_synonyms")
_YEAR_PREFIXES: dict[str, str] = lang.table("dates.year_prefixes")
"""Words that put a date at the edge of a period: "has run it since 1983" and
"opened it in 1983" are two statements of one year, and a rewrite that keeps
"since 1983" keeps the first. Stop words to the bag of context words, so
they only count here, as evidence when both dates have the same one."""


_LEAD_WINDOW = 48


def _lead_word(text: str, sentence_start: int, m: Mention) -> str:
    if m.kind == "quantity":
        return ""
    first = _NEXT_WORD.match(m.text)
    if first and first.group(1).lower() in PERIOD_WORDS:
        return _PERIOD_SYNONYMS.get(first.group(1).lower(), first.group(1).lower())
    # the last word before the figure, from a short window (not the sentence
    # so far: that was quadratic in a long sentence)
    window = max(sentence_start, m.start - _LEAD_WINDOW)
    last = _LAST_WORD.search(text, window, m.start)
    if last and last.start() == window > sentence_start and text[window - 1].isalpha():
        last = None  # a long word cut by the window: no period word
    word = last.group(1).lower() if last else ""
    if word in _YEAR_PREFIXES and text[m.start - 1 : m.start] == "-":
        return _YEAR_PREFIXES[word]  # "the pre-1999 loans": "before 1999"
    return _PERIOD_SYNONYMS.get(word, word) if word in PERIOD_WORDS else ""


def _head_word(text: str, m: Mention) -> str | None:
    nxt = _NEXT_WORD.match(text, m.end)
    if not nxt:
        return None
    w = nxt.group(1).lower()
    if w in STOPWORDS or w in NUMBER_WORDS:
        return None
    return stem(w)


def _sentence_span(
    m: Mention, sentences: list[tuple[int, int]], starts: list[int], n: int
) -> tuple[int, int]:
    k = bisect.bisect_right(starts, m.start) - 1
    if 0 <= k < len(sentences) and sentences[k][0] <= m.start < sentences[k][1]:
        return sentences[k]
    if 0 <= m.sentence < len(sentences):
        return sentences[m.sentence]
    return 0, n


def _blank_spans(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> str:
    """``text[start:end]`` with every mention inside replaced by spaces.

    Other figures in the sentence are not context: when a rewrite changes
    one, the words around its neighbours must not change with it.
    """
    parts = []
    pos = start
    for s, e in spans:
        s, e = max(s, pos), min(e, end)
        if e <= s:
            continue
        parts.append(text[pos:s])
        parts.append(" " * (e - s))
        pos = e
    parts.append(text[pos:end])
    return "".join(parts)


def overlap(a: frozenset[str] | set[str], b: frozenset[str] | set[str], floor: int = 1) -> float:
    """Overlap coefficient: shared words over the smaller set (0 when either is empty).

    The smaller set is the denominator because a rewrite often merges two
    sentences: the merged sentence contains all the words of each source.
    Two empty sets are alike (two bare figures), one empty set is not. With
    ``floor`` a set smaller than that counts as that large against a larger
    one: one shared word is no proof that a one-word quote ("We are hiring
    for the third quarter") is the sentence a longer one rewrites.
    """
    if not a or not b:
        return 1.0 if not a and not b else 0.0
    smaller, larger = sorted((len(a), len(b)))
    return len(a & b) / max(smaller, min(floor, larger))


def jaccard(a: frozenset[str] | set[str], b: frozenset[str] | set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / len(a | b)
