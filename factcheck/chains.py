"""The longest chain of pairs that keeps two orders: where two sequences line up.

Compare's blocking anchors the pairing of two versions' figures on it, and the
HTML report aligns the versions' paragraphs on it. Patience-sorting LIS,
n log n.
"""

from __future__ import annotations

from bisect import bisect_left


def increasing_run(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of ``points`` (ascending first items) whose second items ascend too."""
    tails: list[int] = []  # second item ending the best run of each length
    tail_at: list[int] = []  # index in points of that run's end
    parent: list[int] = [-1] * len(points)
    for k, (_, j) in enumerate(points):
        length = bisect_left(tails, j)
        if length == len(tails):
            tails.append(j)
            tail_at.append(k)
        else:
            tails[length] = j
            tail_at[length] = k
        parent[k] = tail_at[length - 1] if length > 0 else -1
    run = []
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        run.append(points[k])
        k = parent[k]
    return run[::-1]
