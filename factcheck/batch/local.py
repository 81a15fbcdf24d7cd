"""Items on this machine: in this process (``--jobs 1``) or a pool of processes.

A process pool (not threads): the pipeline is pure Python and would share one
core under the GIL.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

from factcheck.batch.items import Item
from factcheck.batch.window import WINDOW_PER_WORKER, ordered_window
from factcheck.batch.worker import Options, Outcome, run_chunk, warm
from factcheck.errors import FactcheckError


def default_jobs() -> int:
    """The cores this process may use (affinity and cgroup-aware where Python knows)."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def init_process_worker() -> None:
    """Pool initializer: leave Ctrl-C to the parent, which stops the pool.

    Warming happens on a worker's first chunk (``run_chunk``), not here: a
    worker that never gets a chunk (a short input) then exits at once instead
    of holding up the end of the run while it loads everything.
    """
    import signal
    import threading

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the parent's handler is for the parent
    parent = os.getppid()

    def exit_with_parent() -> None:
        # a parent killed outright (kill -9, out of memory) cannot stop its pool:
        # without this, its workers would wait on their queue for ever
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=exit_with_parent, name="exit-with-parent", daemon=True).start()


def run_local(chunks: Iterable[list[Item]], options: Options, jobs: int) -> Iterator[list[Outcome]]:
    """Run chunks in this process (jobs == 1) or in a pool of ``jobs`` processes."""
    if jobs <= 1:
        warm(options)
        for chunk in chunks:
            yield run_chunk(chunk, options)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork shares the parent's imports and starts instantly; elsewhere the default
    context = multiprocessing.get_context("fork" if sys.platform.startswith("linux") else None)
    pool = ProcessPoolExecutor(jobs, mp_context=context, initializer=init_process_worker)

    def wait(items: list[Item], future: Any) -> list[Outcome]:
        try:
            return future.result()
        except BrokenProcessPool:
            raise FactcheckError(
                "a worker process died (out of memory?); the results so far are "
                "written: run the same command again to resume"
            ) from None

    try:
        yield from ordered_window(
            chunks,
            lambda chunk: pool.submit(run_chunk, chunk, options),
            wait,
            window=jobs * WINDOW_PER_WORKER,
        )
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
