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

from factcheck.batch.items import Item, one_line
from factcheck.batch.window import WINDOW_PER_WORKER, ordered_window
from factcheck.batch.worker import Options, Outcome, failed_chunk, run_chunk
from factcheck.errors import FactcheckError

WORKER_TIMEOUT = 60
"""Seconds to wait for a scheduler's first worker (a cluster that is starting up)."""

CONNECT_TIMEOUT = 10.0
"""Seconds to reach the scheduler; Dask's ``distributed.comm.timeouts.connect`` wins
when it is shorter. An address nobody answers on fails in this time, not in minutes."""

SCHEMES = ("tcp", "tls", "ws", "wss", "ucx")
"""Transports that reach another process. ``inproc://`` only exists inside one."""


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
    """Refuse an address no client could use before Dask sees it.

    A Dask client whose construction fails hangs for a minute at exit and
    prints a traceback (its finaliser waits on a loop that never connected),
    so everything that can be known beforehand is checked here.
    """
    from distributed.comm import parse_address
    from distributed.comm.addressing import parse_host_port

    try:
        scheme, location = parse_address(target)
        if scheme in SCHEMES:
            parse_host_port(location)
    except ValueError as exc:
        raise FactcheckError(
            f"--scheduler {given}: not a Dask scheduler address like tcp://host:8786 ({exc})"
        ) from None
    if scheme not in SCHEMES:
        raise FactcheckError(
            f"--scheduler {given}: {scheme}:// cannot reach a scheduler in another process; "
            "give an address like tcp://host:8786"
        )


def _connect_timeout() -> float:
    import dask
    from dask.utils import parse_timedelta

    configured = parse_timedelta(dask.config.get("distributed.comm.timeouts.connect"), "s")
    return min(CONNECT_TIMEOUT, configured or CONNECT_TIMEOUT)


def _probe(target: str, given: str, timeout: float) -> None:
    """Open and close one connection to the scheduler, so that a failure is ours to report.

    TLS needs Dask's TLS settings (``distributed.comm.tls.*``, as for any Dask
    client); without them the address is refused before any connection.
    """
    import asyncio

    from distributed.comm import connect, parse_address
    from distributed.security import Security

    args = Security().get_connection_args("client")
    if parse_address(target)[0] in ("tls", "wss") and args.get("ssl_context") is None:
        raise FactcheckError(
            f"--scheduler {given}: a TLS address needs Dask's TLS settings "
            "(distributed.comm.tls.ca-file, .client.cert and .client.key)"
        )

    async def probe() -> None:
        # Dask's own timeout does not cover a peer that accepts and then never
        # answers the handshake (a firewall, a wrong service): bound it all here
        comm = await asyncio.wait_for(connect(target, timeout=timeout, **args), timeout + 1)
        comm.abort()

    try:
        asyncio.run(probe())
    except (asyncio.TimeoutError, TimeoutError):
        raise FactcheckError(
            f"cannot reach the Dask scheduler at {given} (no answer within {timeout:g} s)"
        ) from None
    except Exception as exc:  # OSError, ValueError, ...
        raise FactcheckError(
            f"cannot reach the Dask scheduler at {given} ({one_line(str(exc) or type(exc).__name__, 200)})"
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
    timeout = _connect_timeout()
    _probe(target, address, timeout)
    try:
        client = Client(target, set_as_default=False, timeout=timeout)
    except Exception as exc:  # the scheduler went away since the probe
        raise FactcheckError(
            f"cannot reach the Dask scheduler at {address} ({one_line(str(exc) or type(exc).__name__, 200)})"
        ) from None
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
