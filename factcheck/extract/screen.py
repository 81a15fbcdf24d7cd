"""A cheap test of where a long pattern may match, read off the pattern itself.

``re`` tries a pattern at every position of a text; before a long alternation
of words ("three", "thousand", "third", ...) each word start costs a try of
every word. ``start_screen(pattern)`` is a lookahead that turns most positions
away at once: for each lower-case letter a match may begin with, the letters
that may follow it, three characters deep ("th" then "i", "o" or "r": "the" is
turned away, "third", "thousand" and "three" are tried).

The screen is read off the parsed pattern, so it stays right when the word
lists change. It is exact by construction: wherever the reading is not sure
(a character class that may hold a letter, a part that ignores case, a group
reference, anything this module does not know), it lets the position through,
so the screened pattern matches exactly where the pattern does, only sooner.
When the pattern may begin with any letter, or cannot be read, the screen is
empty and nothing changes.

The pattern is read with ``re``'s own parser (``re._parser``, ``sre_parse``
before Python 3.11); should that parser change shape, the screen is empty.

A pattern anchored at the end of the text before a figure ("a majority of ",
"aged "; ``\\s*$``, searched in a window of the words before it) is tried at
every position of that window. ``Endings`` is its screen, built from the same
word lists: the words (or signs) a match may end with before the trailing white
space, tested on the window's last characters with one string method, so that
the search runs only where it may find something (once in a few hundred
figures of a results table).
"""

from __future__ import annotations

import re

try:  # Python 3.11 and later
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["Endings", "start_screen"]

DEPTH = 3
"""Characters of a match's start the screen looks at."""

_ANY = ("any",)
"""A character the reading cannot tell (a class that may hold a letter, ...)."""
_OTHER = ("other",)
"""A character that is no letter a-z (a digit, a sign, a space)."""

Prefixes = set[tuple[tuple[str, ...], ...]]


def start_screen(pattern: str, flags: int = 0) -> str:
    """A lookahead ``(?=...)`` true wherever ``re.compile(pattern, flags)`` may match
    (and at most other places than a letter a-z starts), or "" when there is none."""
    try:
        tree = _sre_parse.parse(pattern, flags)
        if (flags | tree.state.flags) & _sre.SRE_FLAG_IGNORECASE:
            return ""
        starts = _prefixes(list(tree), DEPTH)
    except Exception:  # a parser of another shape: no screen, the pattern as it is
        return ""
    trie: dict = {}
    for prefix in starts:
        if not prefix or prefix[0] == _ANY:
            return ""  # may match empty text, or begin with any letter
        if prefix[0] == _OTHER or not "a" <= prefix[0][1] <= "z":
            continue  # no letter: let through by ``[^a-z]``
        node = trie
        for atom in prefix:
            if atom[0] != "lit" or None in node:
                node[None] = {}  # any character may follow here
                break
            node = node.setdefault(atom[1], {})
        else:
            node[None] = {}
    return f"(?=[^a-z]|{_alternation(trie)})"


def _alternation(trie: dict) -> str:
    branches = []
    for char in sorted(c for c in trie if c is not None):
        rest = trie[char]
        if None in rest or not rest:
            branches.append(re.escape(char))
        else:
            branches.append(f"{re.escape(char)}(?:{_alternation(rest)})")
    return "|".join(branches)


def _prefixes(items: list, depth: int) -> Prefixes:
    """The first ``depth`` characters of what the sequence ``items`` may match (shorter
    where a match may end sooner or the reading stops)."""
    out: Prefixes = {()}
    for op, av in items:
        short = {p for p in out if len(p) < depth}
        if not short:
            break
        out = (out - short) | _joined(short, _item(op, av, depth), depth)
    return out


def _joined(heads: Prefixes, tails: Prefixes, depth: int) -> Prefixes:
    return {(h + t)[:depth] for h in heads for t in tails}


def _item(op, av, depth: int) -> Prefixes:
    if op is _sre.LITERAL:
        return {(("lit", chr(av)),)}
    if op in (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT):
        return {()}  # takes no character (what it asks only narrows)
    if op is _sre.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & _sre.SRE_FLAG_IGNORECASE:
            return {(_ANY,)}
        return _prefixes(list(sub), depth)
    if op is _sre.BRANCH:
        return set().union(*(_prefixes(list(alt), depth) for alt in av[1]))
    if op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
        low, high, sub = av
        once = _prefixes(list(sub), depth)
        out: Prefixes = set()
        done: Prefixes = {()}
        # past low + depth repeats every prefix is one fewer repeats give too
        for count in range(min(high, low + depth) + 1):
            if count >= low:
                out |= done
            short = {p for p in done if len(p) < depth}
            done = (done - short) | _joined(short, once, depth)
        return out
    if op is _sre.IN and all(_no_letter(o, a) for o, a in av):
        return {(_OTHER,)}
    return {(_ANY,)}  # a class that may hold a letter, any character, a back reference


def _no_letter(op, av) -> bool:
    """Whether one item of a character class matches no letter a-z."""
    if op is _sre.LITERAL:
        return not "a" <= chr(av) <= "z"
    if op is _sre.RANGE:
        return av[1] < ord("a") or av[0] > ord("z")
    if op is _sre.CATEGORY:
        return av in (_sre.CATEGORY_DIGIT, _sre.CATEGORY_SPACE, _sre.CATEGORY_LINEBREAK)
    return False


_TAIL = 64
"""Characters of a text's end that ``Endings.may_end`` reads first."""


class Endings:
    """The words a pattern anchored at the end of a text (``...\\s*$``) may end
    with, and the cheap test of whether a text may end so.

    ``words``: every word or sign that may stand last in a match, before its
    trailing white space (the last word of each phrase will do, "than" for
    "more than"). The test is exact for a pattern that matches them in any
    case: the text's tail is compared lower-cased, and a tail beyond ASCII
    ("ſ" folds to "s" where ``re`` ignores case) is let through.
    """

    __slots__ = ("words", "width")

    def __init__(self, words) -> None:
        found = {w.split()[-1].lower() for w in words if w.strip()}
        self.words = tuple(sorted(found))
        self.width = max((len(w) for w in found), default=1)

    def __or__(self, other: Endings) -> Endings:
        return Endings((*self.words, *other.words))

    def may_end(self, left: str) -> bool:
        """Whether ``left``, trailing white space aside, may end with one of the words."""
        tail = left[-_TAIL:].rstrip()  # a long text is not copied whole
        if len(tail) < self.width and len(left) > _TAIL:
            tail = left.rstrip()
        tail = tail[-self.width :]
        return tail.lower().endswith(self.words) or not tail.isascii()
