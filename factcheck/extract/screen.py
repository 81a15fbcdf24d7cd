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
"""

from __future__ import annotations

import re

try:  # Python 3.11 and later
    from re import _constants as _sre
    from re import _parser as _sre_parse
except ImportError:  # Python 3.10
    import sre_constants as _sre  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

__all__ = ["start_screen"]

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
