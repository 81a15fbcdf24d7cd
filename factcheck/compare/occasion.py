"""The occasion a text tells of, said without its date: no date is cut.

- OLD's "this year" told by NEW as "this time around" (``occasions_kept``);
- OLD's "today" in a quote said at the event, told back by NEW as reported speech
  (``today_told_back``, asked by the judge of a dropped "today").

"This time around": at a recurring event (a tournament held every year, a season, a yearly count) "this
year" names this edition of it; a rewrite that says "I'm more at ease this time
around" for "I'm more relaxed this year" tells the same occasion in other words, and
the date is not lost. The phrases are data (``compare.occasion_phrases``); OLD's side
is a relative date of the present period ("this year", "this season", "this week":
``extra["norm"]`` is "this" and one word).

Only where the two sentences are the same sentence reworded: NEW's sentence shares a
content word with OLD's, and each phrase takes the OLD date whose sentence shares the
most. The other way round (OLD's "this time around", NEW's "this year") NEW names a
period OLD did not, which stays an added figure.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

import factcheck.lang as lang
from factcheck.compare.align import Pair
from factcheck.compare.context import content_words, stem
from factcheck.compare.values import Relation
from factcheck.extract.tense import PAST, sentence_markers
from factcheck.mention import Mention

if TYPE_CHECKING:
    from factcheck.compare.judge import Side

_WORD = re.compile(r"[^\W\d_]+")

_OCCASION = re.compile(rf"\b(?:{lang.alternation('compare.occasion_phrases')})\b", re.IGNORECASE)
_THIS_PERIOD = re.compile(r"this [a-z]+")
SENTENCE_REACH = 300
"""Characters read on each side of a phrase or date for its sentence (keeps it linear)."""
MAX_OCCASIONS = 20
"""Phrases, and dropped dates, tried in one pair: a bound, so no text makes it quadratic."""


def occasions_kept(
    pairs: list[Pair], old_text: str, new_text: str, sentence_at: Callable[[int], int]
) -> list[Pair]:
    """``pairs`` with each dropped "this <period>" NEW tells as the occasion paired."""
    dropped = [
        k
        for k, p in enumerate(pairs)
        if p.old is not None
        and p.new is None
        and p.old.kind == "date"
        and p.old.extra.get("relative")
        and _THIS_PERIOD.fullmatch(p.old.extra.get("norm") or "")
    ]
    if not dropped:
        return pairs
    words = {}
    for k in dropped[:MAX_OCCASIONS]:
        o = pairs[k].old
        assert o is not None
        words[k] = set(content_words(_sentence_around(old_text, o.start, o.end)))
    out = list(pairs)
    for n_hit, hit in enumerate(_OCCASION.finditer(new_text)):
        if n_hit >= MAX_OCCASIONS or not words:
            break
        told = set(content_words(_sentence_around(new_text, hit.start(), hit.end())))
        best, shared = None, 0
        for k, said_there in words.items():
            if len(told & said_there) > shared:
                best, shared = k, len(told & said_there)
        if best is None:
            continue
        del words[best]
        old = pairs[best].old
        assert old is not None
        said = Mention(
            kind="date",
            text=hit.group(0),
            start=hit.start(),
            end=hit.end(),
            sentence=sentence_at(hit.start()),
            extra={"relative": True, "norm": hit.group(0).lower()},
        )
        out[best] = Pair(old, said, Relation("same", "the same occasion"), 0.0)
    return out


def _sentence_around(text: str, start: int, end: int) -> str:
    """The words of a span's sentence on both sides of it, within SENTENCE_REACH."""
    left = re.split(r"[.!?]\s", text[max(0, start - SENTENCE_REACH) : start])[-1]
    right = re.split(r"[.!?](?:\s|$)", text[end : end + SENTENCE_REACH])[0]
    return left + " " + right


# -- "He played great today" in a quote, told back as "saying he played well" ----------

_SPEECH_VERBS = frozenset(lang.words("pronoun_one.source_verbs"))
_QUOTE_REACH = 600
"""Characters of its paragraph read before a figure to tell whether a quote is open."""
_CLAUSE_START = re.compile(r"[,;:.!?\"“”(]")


def today_told_back(old: Mention, old_side: Side, new_side: Side) -> bool:
    """Whether OLD's "today" in a quote said at the event ("He played great today",
    after the match) is the quote's own moment that NEW tells back as reported speech
    ("saying that he played well"): no date is lost.

    Only a "today" inside a quotation, whose clause has a verb in the past tense
    before it (the event is over, and "today" is the day of the event the article
    reports), and only where one NEW sentence with a verb of speech
    (``pronoun_one.source_verbs``), no date of its own, and that verb's stem tells
    the clause back. "We need to assess him today" (no past), "Today Dunfermline has
    sent a message" (no verb before it) or a quote NEW leaves out stay flags.
    """
    if old.kind != "date" or (old.extra.get("norm") or "") != "today":
        return False
    if not _in_quote(old_side.text, old.start):
        return False
    if not 0 <= old.sentence < len(old_side.spans):
        return False
    s, e = old_side.spans[old.sentence]
    clause = max((m.end() for m in _CLAUSE_START.finditer(old_side.text, s, old.start)), default=s)
    past = [
        w
        for a, b, kind in sentence_markers(old_side.text, s, e)
        if kind == PAST and clause <= a and b <= old.start
        for w in (old_side.text[a:b],)
    ]
    if not past:
        return False
    verb = stem(past[-1])
    return any(verb in words and not dated for words, dated in _reported_sentences(new_side))


def _in_quote(text: str, at: int) -> bool:
    """Whether a quotation is open at ``at`` in its paragraph (read back _QUOTE_REACH)."""
    start = max(text.rfind("\n", max(0, at - _QUOTE_REACH), at) + 1, at - _QUOTE_REACH, 0)
    before = text[start:at]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")


def _reported_sentences(side: Side) -> list[tuple[frozenset[str], bool]]:
    """The stems of each sentence of a version that has a verb of speech, and whether it
    has a date of its own; read once a version."""
    cached = getattr(side, "_reported", None)
    if cached is not None:
        return cached
    dated = {m.sentence for m in side.mentions if m.kind == "date"}
    out = []
    for k, sentence in enumerate(side.sentences):
        words = [w.lower() for w in _WORD.findall(sentence)]
        if _SPEECH_VERBS.intersection(words):
            out.append((frozenset(stem(w) for w in words), k in dated))
    side._reported = out  # type: ignore[attr-defined]
    return out
