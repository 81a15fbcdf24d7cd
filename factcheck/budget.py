"""Limits on one document: how large it may be and how long it may take.

Every path of extraction, checks and comparison is linear in the input
(bench/scaling.py measures each shape we know of), so a document's cost
follows its size, and ``source.MAX_BYTES`` (5 MiB by default, ``--max-bytes``)
bounds both. The time budget is the net under that promise: a document that
still takes longer than ``DEFAULT_TIME_BUDGET`` seconds (``--time-budget``)
is stopped and reported in one line naming it (exit 2), and the run goes on
with the others, instead of hanging a CI job or a server worker.

    from factcheck.budget import time_budget
    with time_budget(30, "story.txt"):
        findings = factcheck.check(text)

The clock is a POSIX interval timer, so the budget applies where one can be
set: the main thread of a process on Unix. Elsewhere (a worker thread,
Windows) the block runs without one.
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from factcheck.errors import InternalError

DEFAULT_TIME_BUDGET = 120.0
"""Seconds for one document (one file to check, or one pair to compare)."""


class OverBudget(InternalError):
    """A document stopped because it used up its time budget."""

    def __init__(self, where: str, seconds: float):
        self.problem = (
            f"stopped after {seconds:g} s, the time budget for one document "
            "(raise it with --time-budget)"
        )
        Exception.__init__(self, f"{where}: {self.problem}")


@contextmanager
def time_budget(seconds: float | None, where: str) -> Iterator[None]:
    """Raise ``OverBudget`` naming ``where`` if the block runs over ``seconds``.

    ``None`` or 0 means no budget.
    """
    usable = (
        seconds
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def stop(signum, frame):
        raise OverBudget(where, seconds)

    previous = signal.signal(signal.SIGALRM, stop)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def positive_seconds(value: str) -> float:
    """argparse type of ``--time-budget``: seconds, 0 for none."""
    import argparse

    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not (seconds >= 0) or seconds == float("inf"):
        raise argparse.ArgumentTypeError(f"must be 0 (none) or a positive number: {value!r}")
    return seconds


def positive_bytes(value: str) -> int:
    """argparse type of ``--max-bytes``: a positive whole number of bytes."""
    import argparse

    if not value.isdigit() or int(value) <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of bytes: {value!r}")
    return int(value)
