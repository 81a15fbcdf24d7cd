"""The batch on a Dask cluster: the same items, workers and output as ``--jobs``.

Imported only when ``factcheck batch --scheduler ADDRESS`` is given, so that
Dask stays an optional extra (``pip install 'factcheck[dask]'``). Every worker
must have factcheck installed (the same version), and ``--rules`` must name a
folder the workers can read. Chunks are submitted with a bounded window, so a
long input never floods the scheduler, and results come back in input order,
so that the output is byte for byte the one of a single-machine run.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import Any

from factcheck.batch.items import Item
from factcheck.batch.window import WINDOW_PER_WORKER, ordered_window
from factcheck.batch.worker import Options, Outcome, failed_chunk, run_chunk
from factcheck.errors import FactcheckError

WORKER_TIMEOUT = 60


def scheduler_address(address: str) -> str:
    """``address`` itself, or the address written in the scheduler file it names."""
    if not os.path.isfile(address):
        return address
    import json

    try:
        with open(address, encoding="utf-8") as fh:
            found = json.load(fh).get("address")
    except (OSError, ValueError, AttributeError):
        found = None
    if not isinstance(found, str) or "://" not in found:
        raise FactcheckError(f"{address}: not a Dask scheduler file (no scheduler 'address' in it)")
    return found


def _check_address(target: str, given: str) -> None:
    """Refuse a malformed address before Dask sees it (its half-built client hangs at exit)."""
    from distributed.comm import parse_address
    from distributed.comm.addressing import parse_host_port

    try:
        scheme, location = parse_address(target)
        if scheme in ("tcp", "tls", "ucx", "ws", "wss"):
            parse_host_port(location)
    except ValueError as exc:
        raise FactcheckError(
            f"--scheduler {given}: not a Dask scheduler address like tcp://host:8786 ({exc})"
        ) from None


def run_dask(
    chunks: Iterable[list[Item]], options: Options, address: str
) -> Iterator[list[Outcome]]:
    """Run the chunks on the cluster whose scheduler listens at ``address``."""
    try:
        from distributed import Client, KilledWorker
    except ImportError:
        raise FactcheckError("--scheduler needs Dask: pip install 'factcheck[dask]'") from None
    target = scheduler_address(address)
    _check_address(target, address)
    try:
        # connect timeout: Dask's setting distributed.comm.timeouts.connect (30 s by
        # default; DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT=5s in the environment)
        client = Client(target, set_as_default=False)
    except FactcheckError:
        raise
    except Exception as exc:  # Dask raises OSError, TimeoutError, ValueError, ...
        raise FactcheckError(f"cannot reach the Dask scheduler at {address} ({exc})") from None
    try:
        try:
            client.wait_for_workers(1, timeout=WORKER_TIMEOUT)
        except TimeoutError:
            raise FactcheckError(
                f"the Dask scheduler at {address} has no workers (waited {WORKER_TIMEOUT} s)"
            ) from None
        threads = sum(client.nthreads().values()) or 1

        def submit(chunk: list[Item]) -> Any:
            return client.submit(run_chunk, chunk, options, pure=False)

        def wait(chunk: list[Item], future: Any) -> list[Outcome]:
            try:
                return future.result()
            except KilledWorker as exc:  # a chunk that keeps killing workers fails alone
                return failed_chunk(chunk, f"it killed Dask workers ({exc})")
            except Exception as exc:
                # anything else is the cluster, not the item (run_chunk catches per
                # item): lost scheduler, factcheck missing on a worker... stop here
                hint = (
                    " (is factcheck installed on the workers?)"
                    if isinstance(exc, ImportError)
                    else ""
                )
                raise FactcheckError(
                    f"Dask scheduler {address}: a task failed ({type(exc).__name__}: {exc})"
                    f"{hint}; the results so far are written: run the same command again "
                    "to resume"
                ) from None

        yield from ordered_window(chunks, submit, wait, window=threads * WINDOW_PER_WORKER)
    finally:
        client.close()
