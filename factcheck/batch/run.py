"""The whole batch run: input, backend, output in input order, resume and stop.

The same ordered-window loop drives every backend: in-process (``--jobs 1``),
a local process pool (``--jobs N``) and a Dask cluster (``--scheduler``).
Progress and per-line problems go to callbacks, so that the command decides
how they are shown (a progress bar on a terminal, plain lines in a log).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from typing import IO, Any

from factcheck.batch.items import Item, Malformed, iter_input, one_line, open_input
from factcheck.batch.local import default_jobs, run_local
from factcheck.batch.resume import Output, open_output
from factcheck.batch.window import CHUNK_SIZE, chunked
from factcheck.batch.worker import Options
from factcheck.errors import FactcheckError, InputError
from factcheck.output_file import refuse_inputs, silence_stdout

ProgressCallback = Callable[[int, int, "int | None", bool], None]
"""``progress(items done, input bytes read, input size or None, final)``."""


@dataclass
class Stats:
    """What a run did; the command turns it into the final message and exit code."""

    written: int = 0
    already_done: int = 0
    malformed: int = 0
    duplicates: int = 0
    failed: int = 0

    @property
    def skipped(self) -> int:
        return self.malformed + self.duplicates + self.failed


def run_batch(
    input_path: str,
    output_path: str | None,
    options: Options,
    jobs: int | None = None,
    scheduler: str | None = None,
    report: Callable[[str], None] | None = None,
    progress: ProgressCallback | None = None,
    written: Callable[[str], None] | None = None,
) -> Stats:
    """Run a whole batch; results go to ``output_path`` (appended) or stdout.

    Problems with single lines are passed to ``report`` as one line
    ``factcheck: INPUT:LINE: ...`` (default: printed on stderr) and counted in
    the returned Stats; only unusable input or output raises (FactcheckError,
    one line). ``progress`` is called after each chunk written, and once more
    at the end; ``written`` with each result line once it is written. The
    input is only ever read.
    """
    note = report if report is not None else _print_to_stderr
    stats = Stats()
    name = "<stdin>" if input_path == "-" else input_path
    rule_files = getattr(options.rules, "files_read", ())  # config, rule and data files
    refuse_inputs(output_path, [input_path, *rule_files], "--output")
    fh_in, raw_in, total = open_input(input_path)
    try:
        out = open_output(output_path)
    except BaseException:
        fh_in.close()
        raw_in.close()
        raise
    done = out.done
    seen: set[str | int] = set()
    read_upto: dict[int, int] = {}  # line -> input bytes read through it; in-flight lines only

    def report_line(line: int, problem: str) -> None:
        note(f"factcheck: {name}:{line}: {one_line(problem)}")

    def valid_items() -> Iterator[Item]:
        for rec in _guarded(iter_input(fh_in), name):
            if isinstance(rec, Malformed):
                stats.malformed += 1
                report_line(rec.line, f"{rec.problem}; line skipped")
            elif rec.id in seen:
                stats.duplicates += 1
                report_line(rec.line, f"id {_shown(rec.id)} appeared earlier; line skipped")
            elif rec.id in done:  # moved to seen: each id is kept once, in one set
                done.discard(rec.id)
                seen.add(rec.id)
                stats.already_done += 1
            else:
                seen.add(rec.id)
                read_upto[rec.line] = _tell(raw_in)
                yield rec

    chunks = chunked(valid_items(), CHUNK_SIZE)
    try:
        if scheduler:
            from factcheck.batch.dask_cluster import run_dask

            results = run_dask(chunks, options, scheduler)
        else:
            results = run_local(chunks, options, jobs or default_jobs())
        try:
            with raw_in, fh_in, _terminate_as_interrupt():
                for outcomes in results:
                    lines = []
                    for o in outcomes:
                        offset = read_upto.pop(o.line, 0)
                        if o.result is not None:
                            lines.append(o.result + "\n")
                        else:
                            stats.failed += 1
                            report_line(
                                o.line, f"id {_shown(o.id)} failed ({o.error}); line skipped"
                            )
                    _write(out, lines)
                    stats.written += len(lines)
                    for line in lines if written else ():
                        written(line)
                    if progress:
                        progress(stats.written + stats.failed, offset, total, False)
            if progress:
                progress(stats.written + stats.failed, total or 0, total, True)
        finally:
            results.close()  # stops the pool or leaves the cluster, also on Ctrl-C
    finally:
        with suppress(OSError):  # a write error is reported by _write; closing loses nothing
            out.close()
    return stats


def _write(out: Output, lines: list[str]) -> None:
    """Append finished result lines and flush them; a write error stops the run (one line).

    Whole lines reach the file or none does (one write per chunk, flushed):
    what is written is complete, and a re-run resumes after it.
    """
    try:
        out.stream.write("".join(lines))
        out.stream.flush()
    except OSError as exc:
        if out.stream is sys.stdout:
            silence_stdout()
        raise FactcheckError(f"{out.name}: cannot write output ({exc.strerror or exc})") from None


def _shown(ident: str | int) -> str:
    return json.dumps(ident)[:80]


def _print_to_stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


@contextmanager
def _terminate_as_interrupt() -> Iterator[None]:
    """Treat SIGTERM (a job scheduler's stop) like Ctrl-C: stop the workers, keep the output.

    Without this the parent dies at once and its pool's workers are left behind.
    Only the main thread may set signal handlers; elsewhere nothing changes.
    """
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def interrupt(signum: int, frame: Any) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _guarded(records: Iterator[Item | Malformed], name: str) -> Iterator[Item | Malformed]:
    """Input that breaks off mid-way (a truncated gzip, a disk error) stops the run cleanly."""
    try:
        yield from records
    except (OSError, EOFError) as exc:
        raise InputError(f"{name}: cannot read further ({exc})") from None


def _tell(fh: IO[bytes]) -> int:
    """Bytes of input read so far (0 where the stream cannot tell, e.g. a pipe)."""
    try:
        return fh.tell()
    except (OSError, ValueError):
        return 0
