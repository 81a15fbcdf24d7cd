"""Which side won a result, so that a score written the other way round is told
from a reversed result.

A listing gives the home side's goals first ("Fenwick 0-6 Marford"); prose
puts the winner's first ("Marford won 6-0 at Fenwick", "a 6-0 win for
Marford", "Fenwick lost 0-6"). values.py takes a score with its numbers
swapped for the same score, since a rewrite reorders them far more often
than an edit reverses a result. That holds only while the sides agree: when
both versions name both sides and each names the other's winner as the
loser ("Marford won 6-0 at Fenwick" / "Fenwick won 6-0 at Marford"), the
result changed, whichever way the numbers are written. Where either version
does not say who won, nothing changes.

How a side is read, in the score's clause (names as extract/names.py reads
them for every module, words in ``sport.*`` of factcheck/lang/en.yaml):

- a listing: a name right before the score and one right after it; the
  side with more goals won;
- a winner or loser word ("beat", "won", "lost", "went down", "a 6-0 win"):
  the name before it owns it, unless an opponent word stands before that
  name ("at the hands of Marford"); a noun after the score is owned by the
  name after "for" ("a 6-0 win for Marford"), or by the name before;
- the other side: the first name after the word and before the score ("beat
  Fenwick 6-0"), or a name after an opponent word ("lost 0-6 to Marford",
  "a defeat at the hands of Marford").

Each reading is a look at one clause around one score: linear in the text.
"""

from __future__ import annotations

import re

import factcheck.lang as lang
from factcheck.extract.names import NameRun, name_runs
from factcheck.mention import Mention

_RESULT_WORD = re.compile(
    rf"(?i:\b(?:(?P<lose>{lang.alternation('sport.loser_words', escape=False)})"
    rf"|(?P<win>{lang.alternation('sport.winner_words', escape=False)}))\b)"
)
_POSSESSIVE = re.compile(r"['’]s?$")
_OPPONENT_LEADS = frozenset(lang.words("sport.opponent_leads"))
_OWNER_LEADS = frozenset(lang.words("sport.owner_leads"))
_CLAUSE_END = re.compile(r"[.;:!?\n]\s|[;:\n]|,\s+(?:but|while|whereas|and)\b|\s+(?:but|while)\s")
_CLAUSE_START = re.compile(r"(?:[.!?]\s+|[;:\n]\s*)(?=[^.!?;:\n]*$)")
_NOUN_GAP = 16
"""Characters between a score and the noun that says whose it is ("2-0 win", "0-4 loss")."""
_REACH = 200
"""Characters of a clause looked at before a score (and half as many after)."""


Sides = tuple[NameRun, NameRun]
"""(the winner's name, the loser's name)."""


def _clause(text: str, m: Mention) -> tuple[int, int]:
    lo = max(0, m.start - _REACH)
    before = _CLAUSE_START.search(text, lo, m.start)
    start = before.end() if before else lo
    after = _CLAUSE_END.search(text, m.end, min(len(text), m.end + _REACH // 2))
    return start, after.start() if after else min(len(text), m.end + _REACH // 2)


def score_sides(text: str, m: Mention) -> Sides | None:
    """Who won the result ``m`` states, as the text says; None when it does not say."""
    goals = m.extra.get("score")
    if m.role != "score" or not goals or len(goals) != 2 or goals[0] == goals[1]:
        return None
    start, end = _clause(text, m)
    names = name_runs(text, start, end)
    before = [n for n in names if n.end <= m.start]
    after = [n for n in names if n.start >= m.end]
    listed = _listed(text, m, before, after)
    if listed is not None:
        home, away = listed
        return (home, away) if goals[0] > goals[1] else (away, home)
    return _told(text, m, start, end, before, after)


def _listed(text: str, m: Mention, before: list[NameRun], after: list[NameRun]):
    """ "Fenwick 0-6 Marford": a name on each side, nothing between."""
    if not before or not after:
        return None
    home, away = before[-1], after[0]
    if text[home.end : m.start].strip() or text[m.end : away.start].strip():
        return None
    return home, away


def _told(text, m, start, end, before, after) -> Sides | None:
    words = [w for w in _RESULT_WORD.finditer(text, start, end)]
    if not words:
        return None
    ahead = [w for w in words if w.end() <= m.start]
    # "a 6-0 win": a result word right after the score, with no name between ("6-0
    # and Dunmore won" is the next clause's verb)
    noun = next(
        (
            w
            for w in words
            if m.end <= w.start() <= m.end + _NOUN_GAP
            and not any(m.end <= n.start and n.end <= w.start() for n in after)
        ),
        None,
    )
    if ahead and noun is None:
        word = ahead[-1]
        owner = _owner_before(before, word.start())
        rival = next((n for n in before if n.start >= word.end()), None) or _rival_after(
            text, m, after
        )
        if rival is None:
            rival = next(
                (n for n in before if n.lead in _OPPONENT_LEADS and n.start < word.start()), None
            )
    else:
        word = noun or words[0]
        later = [n for n in after if n.start >= word.end()]
        owner = next((n for n in later if n.lead in _OWNER_LEADS), None) or _owner_before(
            before, m.start
        )
        rival = next((n for n in later if n.lead in _OPPONENT_LEADS), None)
    if owner is None or rival is None or set(owner.words) & set(rival.words):
        return None
    return (owner, rival) if word.group("win") else (rival, owner)


def _owner_before(before: list[NameRun], pos: int) -> NameRun | None:
    """The nearest name before ``pos`` that no opponent word leads."""
    for n in reversed(before):
        if n.end <= pos and n.lead not in _OPPONENT_LEADS:
            return n
    return None


def _rival_after(text: str, m: Mention, after: list[NameRun]) -> NameRun | None:
    """A name after the score that an opponent word leads ("lost 0-6 to Marford")."""
    return next((n for n in after if n.lead in _OPPONENT_LEADS), None)


def other_winner(
    old_text: str, old: Mention, new_text: str, new: Mention, read: dict | None = None
) -> str | None:
    """Who won in each version ("Marford won, now Fenwick"), when both versions say
    who won and who lost and each names the other's winner as the loser: the result
    changed, however its numbers are written. None otherwise.

    ``read`` keeps each score's reading for the next pair that asks (every pair
    of same-valued scores asks, and a results table holds hundreds)."""
    read = {} if read is None else read
    a, b = _read_both(old_text, old, new_text, new, read)
    if a is None or b is None:
        return None
    won_a, lost_a = (frozenset(n.words) for n in a)
    won_b, lost_b = (frozenset(n.words) for n in b)
    if won_a & lost_b and lost_a & won_b and not (won_a & won_b) and not (lost_a & lost_b):
        return f"{_shown(a[0], lost_b)} won, now {_shown(b[0], lost_a)}"
    return None


def _read_both(
    old_text: str, old: Mention, new_text: str, new: Mention, read: dict
) -> tuple[Sides | None, Sides | None]:
    """Both scores' sides, each read once into ``read`` (keyed by the mention's id)."""
    for text, m in ((old_text, old), (new_text, new)):
        if id(m) not in read:
            read[id(m)] = score_sides(text, m)
    return read[id(old)], read[id(new)]


def another_match(
    old_text: str,
    old: Mention,
    new_text: str,
    new: Mention,
    others: list[Mention],
    read: dict | None = None,
) -> Mention | None:
    """The OLD score of another match whose sides NEW gives its score to, or None.

    "Chelsea beat Doncaster 7-0 and Bristol City beat Millwall 5-0" ->
    "Chelsea beat Doncaster 5-0 and Bristol City beat Millwall 7-0": each NEW
    score has the value of an OLD score but the sides of the other one; so has a
    listing's ("Alton 2-1 Bexley, Carlow 0-3 Dunmore" -> "Alton 0-3 Bexley, Carlow
    2-1 Dunmore"), where the moved score makes the other side the winner. Only
    where every reading is sure: both versions name both sides of the paired
    scores, they share no name, and another OLD score (``others``) of another
    value names NEW's two sides, either as winner. OLD's other scores are read
    only for a pair that names no side alike (one look per such pair).
    """
    read = {} if read is None else read
    a, b = _read_both(old_text, old, new_text, new, read)
    if a is None or b is None:
        return None
    named_a = frozenset(a[0].words) | frozenset(a[1].words)
    won_b, lost_b = (frozenset(n.words) for n in b)
    if named_a & (won_b | lost_b):
        return None
    if "by_side" not in read:  # OLD's scores by a word of either side, read once
        by_side: dict[str, list[Mention]] = {}
        for o in others:
            if id(o) not in read:
                read[id(o)] = score_sides(old_text, o)
            if read[id(o)] is not None:
                for w in {*read[id(o)][0].words, *read[id(o)][1].words}:
                    by_side.setdefault(w, []).append(o)
        read["by_side"] = by_side
    for w in won_b:
        for o in read["by_side"].get(w, ()):
            if o is old or o.extra.get("score") == old.extra.get("score"):
                continue
            won_o, lost_o = (frozenset(n.words) for n in read[id(o)])
            if (won_b & won_o and lost_b & lost_o) or (won_b & lost_o and lost_b & won_o):
                return o
    return None


def _shown(name: NameRun, named: frozenset[str]) -> str:
    """The words of ``name`` the other version names too: a listing runs two sides'
    names together ("Eastfield Fenwick 0-6 Marford Gorton")."""
    kept = [w for w in name.text.split() if _POSSESSIVE.sub("", w).rstrip(".").lower() in named]
    return " ".join(kept) or name.text
