"""Batch audits of archives: JSON Lines in, one result line per article or pair out.

An archive may hold millions of articles, so nothing here ever holds the whole
input: lines are read lazily, at most a fixed window of chunks is in flight,
and each result is written (and flushed) as soon as it is in input order. The
only thing that grows with the input is the set of ids already seen (for
resume and duplicate detection), about 100 bytes per id.

The same ordered-window loop drives every backend: in-process (``--jobs 1``),
a local process pool (``--jobs N``) and a Dask cluster (``--scheduler``, see
``factcheck.distributed``). Workers build their state once, on their first
chunk (extraction tables, default rules, pint's registry), and turn items into
finished JSON lines, so the parent process only routes text. A process pool
(not threads): the pipeline is pure Python and would share one core under the
GIL.

Input line: ``{"id": ..., "text": ...}`` (one article, judged by
``factcheck.check``) or ``{"id": ..., "old": ..., "new": ...}`` (a pair,
judged by ``factcheck.compare``); optional ``"date": "YYYY-MM-DD"`` overrides
``--date`` for that line. Output line: ``{"id", "findings", "summary"}`` with
``Finding.to_dict()`` and per-status counts, the schema of ``--format json``.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import IO, Any

from factcheck.errors import FactcheckError, InputError
from factcheck.source import MAX_BYTES

MAX_LINE_BYTES = 2 * MAX_BYTES + 64 * 1024
"""A pair of two maximal articles plus JSON overhead; longer lines are skipped
unread, so that one runaway line cannot exhaust memory."""

CHUNK_SIZE = 4
"""Items per task sent to a worker: big enough to hide the hand-over cost,
small enough to keep workers evenly busy and the progress line lively."""

WINDOW_PER_WORKER = 4
"""Chunks in flight per worker: keeps every worker fed while the oldest chunk
finishes, and bounds memory to a few dozen articles whatever the input size."""

WARM_TEXT = (
    "On March 3, 2017, officials said 1,200 people had crossed the 5,500-mile "
    "(8,900 km) border, up 40 percent, at a cost of $4.2 million."
)
WARM_REWRITE = (
    "Officials said on March 3 that about 1,200 people had crossed the 5,500-mile "
    "(8,850 km) border, a rise of 40%, costing $4.2m."
)


# --------------------------------------------------------------------------- items


@dataclass(frozen=True)
class Options:
    """What every item of one run shares; sent with each chunk (picklable, ~4 kB).

    ``rules`` is a RuleSet loaded once by the parent (see ``load_rules``), so
    that workers, local or on a cluster, never read rule files themselves.
    """

    reference_date: _dt.date | None = None
    rules: Any = None


@dataclass
class Item:
    """One valid input line: an article (``text``) or a pair (``old``, ``new``)."""

    line: int
    id: str | int
    text: str | None = None
    old: str | None = None
    new: str | None = None
    date: _dt.date | None = None


@dataclass
class Malformed:
    """An input line that cannot be processed, and why."""

    line: int
    problem: str


@dataclass
class Outcome:
    """A worker's answer for one item: a finished result line, or the error."""

    line: int
    id: str | int
    result: str | None = None
    error: str | None = None


def parse_line(line_no: int, raw: bytes) -> Item | Malformed | None:
    """Validate one input line; None for a blank line (ignored, like most JSONL readers)."""

    def bad(problem: str) -> Malformed:
        return Malformed(line_no, problem)

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return bad(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
    if line_no == 1 and text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return bad(f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(doc, dict):
        return bad(
            f"a JSON {type(doc).__name__}, not an object with 'id' and 'text' or 'old'/'new'"
        )
    if "id" not in doc:
        return bad("no 'id'")
    ident = doc["id"]
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        return bad(f"'id' must be a string or an integer, not {json.dumps(ident)[:40]}")
    has_text = "text" in doc
    has_pair = "old" in doc or "new" in doc
    if has_text and has_pair:
        return bad("has both 'text' and 'old'/'new'; give one article or one pair per line")
    if not has_text and not has_pair:
        return bad("needs 'text' (one article) or 'old' and 'new' (a pair)")
    fields = ("text",) if has_text else ("old", "new")
    for name in fields:
        if name not in doc:
            return bad(f"has '{'old' if name == 'new' else 'new'}' but no '{name}'")
        if not isinstance(doc[name], str):
            return bad(f"'{name}' must be a string, not {type(doc[name]).__name__}")
        if len(doc[name].encode("utf-8", "surrogatepass")) > MAX_BYTES:
            return bad(
                f"'{name}' is larger than the {MAX_BYTES / 1e6:.0f} MB limit for one article"
            )
    date = None
    if doc.get("date") is not None:
        try:
            date = _dt.date.fromisoformat(str(doc["date"]))
        except ValueError:
            return bad(
                f"'date' {json.dumps(doc['date'])[:40]} is not a date in the form YYYY-MM-DD"
            )
    return Item(
        line=line_no,
        id=ident,
        text=doc.get("text"),
        old=doc.get("old"),
        new=doc.get("new"),
        date=date,
    )


def iter_input(fh: IO[bytes]) -> Iterator[Item | Malformed]:
    """Parse a binary JSONL stream lazily, one line at a time, with its line number."""
    line_no = 0
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        line_no += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest unread into memory
                raw = fh.readline(1 << 20)
            yield Malformed(line_no, f"longer than {MAX_LINE_BYTES / 1e6:.0f} MB")
            continue
        parsed = parse_line(line_no, raw)
        if parsed is not None:
            yield parsed


# --------------------------------------------------------------------------- workers

_WORKER: dict[str, Any] = {}


def load_rules(rule_dirs: Iterable[str] = ()) -> Any:
    """The rule set of ``--rules DIR...`` (the defaults plus DIR), or None for the defaults.

    Loaded here, once, in the parent: a broken rule file stops the run before
    any work, and the loaded set travels to the workers with the chunks
    instead of every worker (or every item) parsing YAML again. Unlike
    ``check FILE``, no ``.factcheck.yaml`` is looked up: an archive run
    depends on its command line only.
    """
    dirs = list(rule_dirs)
    if not dirs:
        return None
    from factcheck.ruleset import load_ruleset

    return load_ruleset(dirs)


def warm(options: Options) -> None:
    """Build this process's state once: extraction tables, default rules, pint.

    Running one invented pair and article through the whole pipeline loads
    everything an item may need, so that no item pays a one-off cost (and the
    progress rate is steady from the first line). A failure here is left for
    the items to report, line by line.
    """
    if _WORKER.get("warm"):
        return
    _WORKER["warm"] = True
    try:
        run_item(Item(line=0, id="warm-up", old=WARM_TEXT, new=WARM_REWRITE), options)
        run_item(Item(line=0, id="warm-up", text=WARM_TEXT), options)
    except Exception:
        pass


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


def summarize(findings: list) -> dict[str, int]:
    """Counts per status, exactly as the JSON report's ``summary``."""
    from factcheck.report import FileReport, Report

    return Report("batch", [FileReport(path="", findings=findings)]).summary()


def run_item(item: Item, options: Options) -> str:
    """The result line (without newline) for one item, through the public API.

    Deliberately nothing but ``factcheck.check`` / ``factcheck.compare``: a
    batch result must be exactly what those give for the same text. (A cache
    of extracted texts would make archives of one original and many rewrites
    ~15% faster, but re-assembling compare from its parts here drifted from
    ``compare_texts`` within the hour; that cache belongs in compare.)
    """
    import factcheck

    ref = item.date or options.reference_date
    if item.text is not None:
        findings = factcheck.check(item.text, ref, options.rules)
    else:
        findings = factcheck.compare(item.old, item.new, ref, options.rules)
    doc = {
        "id": item.id,
        "findings": [f.to_dict() for f in findings],
        "summary": summarize(findings),
    }
    return json.dumps(doc, ensure_ascii=False, separators=(",", ":"))


def run_chunk(items: list[Item], options: Options) -> list[Outcome]:
    """Run a chunk of items in a worker; an item that raises fails alone."""
    warm(options)
    out = []
    for item in items:
        try:
            out.append(Outcome(item.line, item.id, result=run_item(item, options)))
        except Exception as exc:  # one bad article must not stop an archive run
            out.append(Outcome(item.line, item.id, error=f"{type(exc).__name__}: {exc}"))
    return out


def failed_chunk(items: list[Item], why: str) -> list[Outcome]:
    """Outcomes for a chunk whose task was lost (worker died, cluster failure)."""
    return [Outcome(item.line, item.id, error=why) for item in items]


# --------------------------------------------------------------------------- scheduling


def chunked(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def ordered_window(
    chunks: Iterable[list[Item]],
    submit: Callable[[list[Item]], Any],
    wait: Callable[[list[Item], Any], list[Outcome]],
    window: int,
) -> Iterator[list[Outcome]]:
    """Submit chunks with at most ``window`` in flight; yield results in input order.

    Waiting on the oldest chunk (rather than whichever finishes first) keeps the
    output in input order and bounds the reorder buffer by the window too; with
    several chunks per worker in flight, workers stay busy meanwhile.
    """
    pending: deque[tuple[list[Item], Any]] = deque()
    for chunk in chunks:
        pending.append((chunk, submit(chunk)))
        if len(pending) >= window:
            done, handle = pending.popleft()
            yield wait(done, handle)
    while pending:
        done, handle = pending.popleft()
        yield wait(done, handle)


def default_jobs() -> int:
    """The cores this process may use (affinity and cgroup-aware where Python knows)."""
    if hasattr(os, "process_cpu_count"):
        return os.process_cpu_count() or 1
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


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


# --------------------------------------------------------------------------- resume


_ID_PREFIX = b'{"id":'
_DECODER = json.JSONDecoder()


def result_id(raw: bytes) -> str | int:
    """The id of one output line, reading only its first bytes when it can.

    Result lines start with ``{"id":`` (this module writes them so); decoding
    just the id keeps resuming from a multi-gigabyte output fast. Any other
    shape is parsed whole. Raises ValueError/KeyError/TypeError when the line
    is not a result line.
    """
    if raw.startswith(_ID_PREFIX) and raw.rstrip().endswith(b"}"):
        head = raw[len(_ID_PREFIX) : len(_ID_PREFIX) + 512].decode("utf-8", "ignore")
        try:
            ident, end = _DECODER.raw_decode(head)
        except ValueError:
            ident, end = None, 0
        if (
            isinstance(ident, (str, int))
            and not isinstance(ident, bool)
            and head[end : end + 1] == ","
        ):
            return ident
    doc = json.loads(raw)
    ident = doc["id"]
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        raise TypeError("id")
    return ident


def read_done_ids(path: str) -> set[str | int]:
    """Ids already in an existing output file, so that a re-run skips them.

    A run killed while writing leaves a partial last line: it is cut off here
    (that item is simply redone). Any other line that is not a result line
    means the file is not this command's output, and nothing is appended to it.
    """
    done: set[str | int] = set()
    if not os.path.exists(path):
        return done
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not an output file")
    good_end = 0
    try:
        with open(path, "rb") as fh:
            for line_no, raw in enumerate(fh, 1):
                if not raw.endswith(b"\n"):
                    break  # partial last line of an interrupted run
                try:
                    ident = result_id(raw)
                except (ValueError, KeyError, TypeError):
                    if not raw.strip():
                        good_end += len(raw)
                        continue
                    raise InputError(
                        f"{path}:{line_no}: not a result line of 'factcheck batch'; "
                        "refusing to append to it (choose another --output)"
                    ) from None
                done.add(ident)
                good_end += len(raw)
            size = fh.seek(0, os.SEEK_END)
    except OSError as exc:
        raise InputError(f"{path}: cannot read output ({exc.strerror or exc})") from None
    if size > good_end:
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
    return done


# --------------------------------------------------------------------------- progress


class Progress:
    """A one-line progress display on a terminal; silent otherwise.

    Refreshed at most ten times a second; messages (malformed lines) clear it
    first so that they are never glued to the bar.
    """

    def __init__(self, stream: IO[str], total_bytes: int | None, enabled: bool):
        self.stream = stream
        self.total = total_bytes
        self.enabled = enabled
        self.start = time.monotonic()
        self.last = 0.0
        self.shown = False

    def note(self, message: str) -> None:
        if self.shown:
            self.stream.write("\r\033[K")
            self.shown = False
        self.stream.write(message + "\n")
        self.stream.flush()

    def update(self, done: int, offset: int, force: bool = False) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        line = f"{done:,} done, {rate:,.1f}/s"  # kept under 80 columns: \r cannot undo a wrap
        if self.total:
            frac = min(offset / self.total, 1.0)
            width = 20
            fill = int(frac * width)
            line = f"[{'#' * fill}{'.' * (width - fill)}] {frac:4.0%}  " + line
            if 0 < frac < 1:
                eta = int(elapsed * (1 - frac) / frac)
                line += f", {eta // 3600}:{eta // 60 % 60:02d}:{eta % 60:02d} left"
        self.stream.write("\r\033[K" + line)
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()
            self.shown = False


# --------------------------------------------------------------------------- the run


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
    err: IO[str] | None = None,
    progress: bool | None = None,
) -> Stats:
    """Run a whole batch; results go to ``output_path`` (appended) or stdout.

    Problems with single lines are reported on ``err`` as ``INPUT:LINE: ...``
    and counted in the returned Stats; only unusable input or output raises.
    """
    err = err if err is not None else sys.stderr
    stats = Stats()
    fh_in, raw_in, total = _open_input(input_path)
    name = "<stdin>" if input_path == "-" else input_path
    done: set[str | int] = set()
    if output_path:
        if input_path != "-" and _same_file(input_path, output_path):
            raise InputError(f"{output_path}: the output would overwrite the input")
        done = read_done_ids(output_path)
    seen: set[str | int] = set()
    read_upto: dict[int, int] = {}  # line -> input bytes read through it; in-flight lines only
    bar = Progress(err, total, err.isatty() if progress is None else progress)

    def report(line: int, problem: str) -> None:
        bar.note(f"factcheck: {name}:{line}: {problem}")

    def valid_items() -> Iterator[Item]:
        for rec in _guarded(iter_input(fh_in), name):
            if isinstance(rec, Malformed):
                stats.malformed += 1
                report(rec.line, f"{rec.problem}; line skipped")
            elif rec.id in seen:
                stats.duplicates += 1
                report(rec.line, f"id {json.dumps(rec.id)} appeared earlier; line skipped")
            elif rec.id in done:  # moved to seen: each id is kept once, in one set
                done.discard(rec.id)
                seen.add(rec.id)
                stats.already_done += 1
            else:
                seen.add(rec.id)
                read_upto[rec.line] = _tell(raw_in)
                yield rec

    try:
        out, close_out = _open_output(output_path)
    except InputError:
        fh_in.close()
        raw_in.close()
        raise
    chunks = chunked(valid_items(), CHUNK_SIZE)
    if scheduler:
        from factcheck.distributed import run_dask

        results = run_dask(chunks, options, scheduler)
    else:
        results = run_local(chunks, options, jobs or default_jobs())
    try:
        with raw_in, fh_in, _terminate_as_interrupt():
            for outcomes in results:
                for o in outcomes:
                    offset = read_upto.pop(o.line, 0)
                    if o.result is not None:
                        out.write(o.result + "\n")
                        stats.written += 1
                    else:
                        stats.failed += 1
                        report(o.line, f"id {json.dumps(o.id)} failed ({o.error}); line skipped")
                out.flush()
                bar.update(stats.written + stats.failed, offset)
        bar.update(stats.written + stats.failed, total or 0, force=True)
    finally:
        results.close()  # stops the pool or leaves the cluster, also on Ctrl-C
        bar.close()
        if close_out:
            out.close()
    return stats


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


def _open_input(path: str) -> tuple[IO[bytes], IO[bytes], int | None]:
    """(stream of lines, file on disk for progress, its size) for ``path``.

    A gzip-compressed file (archives often are) is read through gzip, found
    by its magic bytes rather than its name; progress then counts compressed
    bytes read.
    """
    if path == "-":
        return sys.stdin.buffer, sys.stdin.buffer, None
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file")
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a JSON Lines file")
    try:
        raw = open(path, "rb")  # noqa: SIM115 (closed by run_batch)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    size = os.fstat(raw.fileno()).st_size or None
    head = raw.peek(4096)[:4096]
    if head[:2] == b"\x1f\x8b":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb"), raw, size
    if b"\x00" in head:
        raw.close()
        raise InputError(f"{path}: looks like a binary file, not JSON Lines")
    return raw, raw, size


def _open_output(path: str | None) -> tuple[IO[str], bool]:
    if not path:
        return sys.stdout, False
    try:
        return open(path, "a", encoding="utf-8", newline="\n"), True  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: cannot write output ({exc.strerror or exc})") from None


def _same_file(a: str, b: str) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:
        return False
