"""``factcheck batch INPUT.jsonl``: audit an archive, one result line per input line."""

from __future__ import annotations

import argparse

from factcheck.commands.common import add_date, add_rules

HELP = "check or compare many articles from a JSON Lines file (resumable, parallel)"
DESCRIPTION = """\
Audit an archive. Each line of INPUT is a JSON object with an "id" and either
"text" (one article, checked with the rules) or "old" and "new" (two versions,
compared figure by figure); an optional "date" (YYYY-MM-DD) overrides --date
for that line. Each output line is {"id", "findings", "summary"}, in input
order, with the same fields as --format json.

Re-running with the same --output resumes: ids already there are skipped and
new results are appended. A malformed line is reported on stderr with its line
number and skipped; the run goes on."""
EPILOG = """\
examples:
  factcheck batch pairs.jsonl --output results.jsonl
  factcheck batch pairs.jsonl -o results.jsonl --jobs 4 --date 2017-03-01
  factcheck batch pairs.jsonl -o results.jsonl --scheduler tcp://10.0.0.5:8786
  jq -c 'select(.summary.conflict > 0) | .id' results.jsonl

exit codes: 0 every line has its result; 1 some lines were skipped (malformed,
duplicate id, or failed; see stderr) and a re-run retries the failed ones;
2 unusable input or output (missing file, output that is not a batch output,
unreachable scheduler); 130 interrupted (Ctrl-C, SIGTERM): run the same
command again to resume. Findings alone never change the exit code: they are
the output.
"""


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        n = 0
    if n < 1:
        raise argparse.ArgumentTypeError(f"'{value}' is not a positive number of processes")
    return n


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "input", metavar="INPUT.jsonl", help="JSON Lines input, plain or gzip ('-' for stdin)"
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="OUT.jsonl",
        help="append results to OUT.jsonl, skipping ids already in it (resume); "
        "default: standard output",
    )
    parser.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        metavar="N",
        help="worker processes on this machine (default: the number of cores)",
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


def run(args: argparse.Namespace) -> int:
    import sys

    from factcheck.batch import Options, load_rules, run_batch

    if args.scheduler and args.jobs:
        print(
            "factcheck: --jobs is ignored with --scheduler (the cluster decides)", file=sys.stderr
        )
    options = Options(reference_date=args.date, rules=load_rules(args.rules))
    stats = run_batch(args.input, args.output, options, jobs=args.jobs, scheduler=args.scheduler)
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
    return 1 if stats.skipped else 0


def _count(n: int, noun: str) -> str:
    return f"{n:,} {noun}{'' if n == 1 else 's'}"
