"""Chunks in flight and results in input order: the loop both backends share.

The local pool and the Dask cluster differ only in how a chunk is submitted
and awaited; the bounded, ordered window is the same, so that their outputs
are byte for byte identical and memory is bounded the same way.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

CHUNK_SIZE = 4
"""Items per task sent to a worker: big enough to hide the hand-over cost,
small enough to keep workers evenly busy and the progress line lively."""

WINDOW_PER_WORKER = 4
"""Chunks in flight per worker: keeps every worker fed while the oldest chunk
finishes, and bounds memory to a few dozen articles whatever the input size."""

T = TypeVar("T")
R = TypeVar("R")


def chunked(items: Iterable[T], size: int) -> Iterator[list[T]]:
    """Lists of ``size`` consecutive items (the last may be shorter), read lazily."""
    chunk: list[T] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered_window(
    chunks: Iterable[list[T]],
    submit: Callable[[list[T]], Any],
    wait: Callable[[list[T], Any], R],
    window: int,
) -> Iterator[R]:
    """Submit chunks with at most ``window`` in flight; yield results in input order.

    Waiting on the oldest chunk (rather than whichever finishes first) keeps the
    output in input order and bounds the reorder buffer by the window too; with
    several chunks per worker in flight, workers stay busy meanwhile.
    """
    pending: deque[tuple[list[T], Any]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            done, handle = pending.popleft()
            yield wait(done, handle)
    while pending:
        done, handle = pending.popleft()
        yield wait(done, handle)
