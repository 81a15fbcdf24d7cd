"""Paragraphs of two versions side by side, so an editor reads a rewrite against its source.

A rewrite keeps most paragraphs in order, merges or splits a few and moves
one or two. The figures compare paired (matches and conflicts) say which OLD
paragraph a NEW one tells, and so do runs of three words that only one OLD
paragraph has. The
longest chain of such pairs that keeps both orders becomes the rows; the
paragraphs between two rows of the chain fill rows in order; a pair off the
chain is a moved sentence, which the page links across the columns.

Linear in the paragraphs and pairs, but for the chain (n log n).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

from factcheck.chains import increasing_run

_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_LINE = re.compile(r"\n\s*")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each paragraph: text between blank lines, else each line."""
    splitter = _BLANK_LINE if _BLANK_LINE.search(text) else _LINE
    spans, pos = [], 0
    for m in splitter.finditer(text):
        if text[pos : m.start()].strip():
            spans.append((pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append((pos, len(text)))
    return spans


def index_of(spans: list[tuple[int, int]], offset: int) -> int:
    """The paragraph holding ``offset`` (the one before it when it falls between two)."""
    return max(bisect_right([s for s, _ in spans], offset) - 1, 0)


def align(
    old_text: str,
    old_spans: list[tuple[int, int]],
    new_text: str,
    new_spans: list[tuple[int, int]],
    pairs: list[tuple[int, int]],
) -> list[tuple[int | None, int | None]]:
    """Rows of (old paragraph, new paragraph), either None where a side has nothing.

    ``pairs`` are (old paragraph, new paragraph) of each figure the comparison
    paired; every paragraph of both sides is in exactly one row, in order.
    """
    votes: Counter = Counter(pairs)
    owner: dict[tuple, int] = {}  # a run of three words -> the one OLD paragraph with it
    for i, span in enumerate(old_spans):
        for shingle in _shingles(old_text, span):
            owner[shingle] = i if owner.get(shingle, i) == i else -1
    for j, span in enumerate(new_spans):
        for shingle in _shingles(new_text, span):
            i = owner.get(shingle, -1)
            if i >= 0:
                votes[(i, j)] += 1
    best_new: dict[int, tuple[int, int]] = {}
    best_old: dict[int, tuple[int, int]] = {}
    for (i, j), n in votes.items():
        if n > best_new.get(i, (0, -1))[0]:
            best_new[i] = (n, j)
        if n > best_old.get(j, (0, -1))[0]:
            best_old[j] = (n, i)
    mutual = sorted((i, j) for i, (_, j) in best_new.items() if best_old.get(j, (0, -1))[1] == i)
    chain = increasing_run(mutual)
    rows: list[tuple[int | None, int | None]] = []
    oi = nj = 0
    for i, j in chain + [(len(old_spans), len(new_spans))]:
        gap_old, gap_new = list(range(oi, i)), list(range(nj, j))
        for k in range(max(len(gap_old), len(gap_new))):
            rows.append(
                (
                    gap_old[k] if k < len(gap_old) else None,
                    gap_new[k] if k < len(gap_new) else None,
                )
            )
        if i < len(old_spans):
            rows.append((i, j))
        oi, nj = i + 1, j + 1
    return rows


_WORD = re.compile(r"\w+")


def _shingles(text: str, span: tuple[int, int]) -> set[tuple[str, ...]]:
    """The paragraph's runs of three words, lower-cased: what a rewording tends to keep."""
    words = [w.lower() for w in _WORD.findall(text, span[0], span[1])]
    return {tuple(words[k : k + 3]) for k in range(max(len(words) - 2, 0))}


def moved(rows: list[tuple[int | None, int | None]], pairs: list[tuple[int, int]]) -> list[bool]:
    """For each (old, new) paragraph pair: whether the sentence moved.

    Moved means the rows of its two paragraphs have a row of two paired
    paragraphs between them: a paragraph merged into the next one stays put.
    """
    row_old = {i: r for r, (i, _j) in enumerate(rows) if i is not None}
    row_new = {j: r for r, (_i, j) in enumerate(rows) if j is not None}
    full_before = [0]
    for i, j in rows:
        full_before.append(full_before[-1] + (i is not None and j is not None))
    out = []
    for i, j in pairs:
        a, b = sorted((row_old.get(i, 0), row_new.get(j, 0)))
        out.append(b > a and full_before[b] - full_before[a + 1] > 0)
    return out
