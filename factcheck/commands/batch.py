"""``factcheck batch INPUT.jsonl``: audit an archive, one result line per input line."""

from __future__ import annotations

import argparse
import os
import sys
import time
from typing import IO

from factcheck.commands.common import (
    add_date,
    add_limits,
    add_new_is,
    add_rules,
    add_selection,
    add_settings,
)

HELP = "check or compare many articles from a JSON Lines file (resumable, parallel)"
DESCRIPTION = """\
Audit an archive. Each line of INPUT is a JSON object with an "id" and either
"text" (one article, checked with the rules) or "old" and "new" (two versions,
compared figure by figure); an optional "date" (YYYY-MM-DD) overrides --date
for that line. Each output line is {"id", "findings", "summary"}, in input
order, with the same fields as --format json.

Re-running with the same --output resumes: ids already there are skipped and
new results are appended. Only an empty file or an earlier output of batch is
appended to (anything else is refused and left as it is), and one run at a
time writes an output (a second one exits 2). A malformed line is reported on
stderr with its file and line number and skipped; the run goes on.

Rules are the defaults and every --rules DIR; no settings file is looked up
(an archive run depends on its command line), but --config FILE reads one:
its rule settings, select, ignore and min-level, and per-file-ignores and
per-file-levels for the lines with a "path" (the article's place relative to
the settings file, as --stdin-filename names an article for check); exclude
and extensions concern files, which an archive has none of. --select,
--ignore and --min-level choose what each line reports, as for check; a line
then says in "hidden" how many findings --min-level left out. --statistics
prints the number of findings per rule: of every result in --output (resumed
ones too), else of this run, instead of the results."""
EPILOG = """\
examples:
  factcheck batch pairs.jsonl --output results.jsonl
  factcheck batch pairs.jsonl -o results.jsonl --jobs 4 --date 2017-03-01
  factcheck batch pairs.jsonl -o results.jsonl --scheduler tcp://10.0.0.5:8786
  factcheck batch archive.jsonl --config house.yaml --select conversion --statistics
  jq -c 'select(.summary.conflict > 0) | .id' results.jsonl

exit codes: 0 every line has its result; 2 errors: some lines were skipped
(malformed, duplicate id, or failed; see stderr; a re-run retries the failed
ones), or unusable input or output (missing file, output that is not a batch
output or is in use, a write error, unreachable scheduler); 130 interrupted
(Ctrl-C, SIGTERM): run the same command again to resume. Findings alone never
change the exit code: they are the output.
"""

JOBS_PER_CORE = 4
"""--jobs is at most this many processes per core: the work is CPU-bound, so
more only adds memory (each worker holds its own tables) and no speed."""


def _jobs(value: str) -> int:
    """A number of worker processes: at least 1, at most JOBS_PER_CORE per core."""
    from factcheck.batch.local import default_jobs

    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a positive number of processes")
    cap = JOBS_PER_CORE * default_jobs()
    if n > cap:
        raise argparse.ArgumentTypeError(
            f"{n:,} processes is more than {cap} ({JOBS_PER_CORE} per core on this machine)"
        )
    return n


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input", metavar="INPUT.jsonl", help="JSON Lines input, plain or gzip ('-' for stdin)"
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="OUT.jsonl",
        help="append results to OUT.jsonl, skipping ids already in it (resume); only an "
        "empty file or an earlier batch output is appended to; default: standard output",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_jobs,
        metavar="N",
        help="worker processes on this machine (default: the number of cores; "
        f"at most {JOBS_PER_CORE} per core)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="run on the Dask cluster at ADDRESS (tcp://host:8786, or a scheduler file) "
        "instead of local processes; needs pip install 'factcheck[dask]' here and on "
        "the workers",
    )
    add_date(parser)
    add_rules(parser)
    add_new_is(parser)
    add_settings(parser, files=False)
    add_selection(parser)
    add_limits(parser, size=False)


def run(args: argparse.Namespace) -> int:
    from collections import Counter

    from factcheck.batch import load_rules, run_batch
    from factcheck.commands.common import statistics_table, stdout_stream

    if args.scheduler and args.jobs:
        print(
            "factcheck: --jobs is ignored with --scheduler (the cluster decides)", file=sys.stderr
        )
    options = _options(args, load_rules(args.rules, args.config))
    counted: Counter | None = Counter() if args.statistics else None
    read_back = counted is not None and _regular_file(args.output)
    bar = Progress(sys.stderr, enabled=sys.stderr.isatty())
    try:
        stats = run_batch(
            args.input,
            args.output or (os.devnull if args.statistics else None),  # statistics instead
            options,
            jobs=args.jobs,
            scheduler=args.scheduler,
            report=bar.note,
            progress=bar.update,
            written=None if counted is None or read_back else _counter(counted),
        )
    finally:
        bar.close()
    if counted is not None:
        if read_back:  # every result of the output, resumed ones too
            with open(args.output, encoding="utf-8", errors="replace") as fh:
                for line in fh:
                    _counter(counted)(line)
        with stdout_stream() as out:
            out.write(statistics_table(counted))
    if sys.stderr.isatty() or stats.skipped:
        parts = [_count(stats.written, "result") + " written"]
        if stats.already_done:
            parts.append(_count(stats.already_done, "line") + f" already in {args.output}")
        for count, what in (
            (stats.malformed, "malformed"),
            (stats.duplicates, "duplicate id"),
            (stats.failed, "failed"),
        ):
            if count:
                parts.append(_count(count, "line") + f" skipped ({what})")
        print("factcheck batch: " + ", ".join(parts), file=sys.stderr)
    return 2 if stats.skipped else 0


def _options(args: argparse.Namespace, rules):
    """What every item shares: rules, dates, limits and what a line reports."""
    import factcheck.config as config
    from factcheck.batch import Options
    from factcheck.commands.common import Selection, min_level_of, new_is_of
    from factcheck.ruleset import default_ruleset
    from factcheck.selection import check_names, known_names

    settings = config.load(args.config)  # no file: every default
    ruleset = rules or default_ruleset()
    select, ignore = Selection(args, None).choose(settings, ruleset)
    known = known_names(ruleset)
    for key, named in (
        ("per-file-ignores", settings.per_file_ignores),
        ("per-file-levels", settings.per_file_levels),
    ):  # checked once, before any work: check meets them file by file
        for names in named.values():
            check_names(names, known, f"{key} of {settings.path}")
    return Options(
        reference_date=args.date,
        rules=rules,
        time_budget=args.time_budget,
        select=None if select is None else tuple(select),
        ignore=tuple(ignore),
        min_level=min_level_of(args, settings),
        per_file_ignores=tuple(
            (glob, tuple(names)) for glob, names in settings.per_file_ignores.items()
        ),
        per_file_levels=tuple(
            (glob, tuple(named.items())) for glob, named in settings.per_file_levels.items()
        ),
        new_is=new_is_of(args),
    )


def _counter(counted):
    """Count the findings of one result line into ``counted`` (rule, level, status)."""
    import json

    def count(line: str) -> None:
        try:
            findings = json.loads(line)["findings"]
        except (ValueError, KeyError, TypeError):  # not a result line: nothing to count
            return
        for f in findings:
            counted[(f.get("rule"), f.get("level"), f.get("status"))] += 1

    return count


def _regular_file(path: str | None) -> bool:
    return bool(path) and os.path.isfile(path)


class Progress:
    """A one-line progress display on a terminal; messages only otherwise.

    Refreshed at most ten times a second; messages (malformed lines) clear it
    first so that they are never glued to the bar.
    """

    def __init__(self, stream: IO[str], enabled: bool):
        self.stream = stream
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

    def update(self, done: int, offset: int, total: int | None, final: bool = False) -> None:
        """Show ``done`` items, ``offset`` of ``total`` input bytes read (``total`` may be unknown)."""
        if not self.enabled:
            return
        now = time.monotonic()
        if not final and now - self.last < 0.1:
            return
        self.last = now
        elapsed = max(now - self.start, 1e-9)
        rate = done / elapsed
        line = f"{done:,} done, {rate:,.1f}/s"  # kept under 80 columns: \r cannot undo a wrap
        if total:
            frac = min(offset / total, 1.0)
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


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
