"""Options shared by the commands, so that they read and behave the same everywhere."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

from factcheck.report import FORMATS as REPORT_FORMATS

LEVEL_CHOICES = ("error", "warning", "info", "none")
COLOR_CHOICES = ("auto", "always", "never")


def iso_date(value: str) -> _dt.date:
    """argparse type for ``--date``: a calendar date written YYYY-MM-DD."""
    from factcheck.extract.calendar import FIRST_REFERENCE, LAST_REFERENCE

    try:
        day = _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date in the form YYYY-MM-DD (for example 2017-03-01)"
        ) from None
    if not FIRST_REFERENCE <= day <= LAST_REFERENCE:
        raise argparse.ArgumentTypeError(
            f"'{value}' is outside the supported reference dates "
            f"{FIRST_REFERENCE.isoformat()} to {LAST_REFERENCE.isoformat()}"
        )
    return day


def add_date(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="reference date for relative dates ('last month', 'on Monday'); "
        "default: the article's dateline, else relative dates stay unresolved",
    )


def add_limits(parser: argparse.ArgumentParser, size: bool = True) -> None:
    """``--max-bytes`` and ``--time-budget``: the limits on one document (docs/limits.md)."""
    from factcheck.budget import DEFAULT_TIME_BUDGET, positive_bytes, positive_seconds
    from factcheck.source import MAX_BYTES

    if size:
        parser.add_argument(
            "--max-bytes",
            type=positive_bytes,
            default=MAX_BYTES,
            metavar="N",
            help=f"refuse a document larger than N bytes (default {MAX_BYTES}, 5 MiB)",
        )
    parser.add_argument(
        "--time-budget",
        type=positive_seconds,
        default=DEFAULT_TIME_BUDGET,
        metavar="SECONDS",
        help=f"stop a document after SECONDS and report it, exit 2 "
        f"(default {DEFAULT_TIME_BUDGET:g}; 0 for none)",
    )


def add_rules(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--rules",
        action="append",
        default=[],
        metavar="DIR",
        help="a folder of YAML rules added to (and overriding) the defaults and the "
        "project's .factcheck.yaml; repeatable (see docs/rules.md)",
    )


def add_format(
    parser: argparse.ArgumentParser,
    choices: tuple[str, ...] = REPORT_FORMATS,
    default: str = "text",
) -> None:
    parser.add_argument(
        "--format",
        "-f",
        choices=choices,
        default=default,
        help=f"output format (default: {default}): " + ", ".join(choices),
    )


def add_output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write the report to FILE instead of standard output",
    )
    parser.add_argument(
        "--quiet",
        "-q",
        action="store_true",
        help="print nothing; only the exit code tells the result",
    )


def add_fail_on(parser: argparse.ArgumentParser, default: str = "error") -> None:
    parser.add_argument(
        "--fail-on",
        choices=LEVEL_CHOICES,
        default=default,
        metavar="LEVEL",
        help=f"exit 1 when a finding is at LEVEL or above: error, warning, info, "
        f"or none to never fail (default: {default})",
    )


@contextmanager
def output_stream(args: argparse.Namespace) -> Iterator[IO[str] | None]:
    """The stream a report goes to: --output FILE, stdout, or None with --quiet.

    With --output the report is collected first and written in one atomic
    step (``output_file.write_text``), so a failed run never leaves half a
    report or loses the file that was there.
    """
    if getattr(args, "output", None):
        import io

        from factcheck.output_file import write_text

        buffer = io.StringIO()
        yield buffer
        write_text(args.output, buffer.getvalue(), "output")
    elif getattr(args, "quiet", False):
        yield None
    else:
        yield sys.stdout


def refuse_overwriting(args: argparse.Namespace, inputs: list[str]) -> None:
    """Refuse --output or an --update-baseline file that is one of the ``inputs`` (exit 2).

    Compared by file identity, not by name (see ``output_file.refuse_inputs``).
    Commands call this once they know every file they read, before writing.
    """
    from factcheck.output_file import refuse_inputs

    output = getattr(args, "output", None)
    baseline = getattr(args, "baseline", None)
    refuse_inputs(output, [*inputs, baseline] if baseline else inputs, "--output")
    if baseline and getattr(args, "update_baseline", False):
        refuse_inputs(baseline, inputs, "--update-baseline")


def print_error(message: object) -> None:
    """``factcheck: MESSAGE`` on stderr, on one line, control characters stripped.

    Messages name files, and file names come from whoever wrote the pull
    request: an escape sequence in one must never reach the terminal.
    """
    from factcheck.report.layout import display_name

    print(f"factcheck: {display_name(str(message))}", file=sys.stderr)


def file_failure(name: str, exc: Exception) -> Exception:
    """What to report when working on file ``name`` raised ``exc``.

    A bug of ours met on one article becomes an ``InternalError`` naming the
    file (one line, exit 2 at the end) so that the command goes on with the
    other files. Anything else the user can act on (a bad rule file, an output
    that cannot be written) concerns the whole run and is raised again.
    """
    from factcheck.errors import FactcheckError, InternalError

    if isinstance(exc, InternalError):
        return exc
    if isinstance(exc, FactcheckError):
        raise exc
    return InternalError(name, exc)


def exit_code(findings: list, fail_on: str) -> int:
    """1 when any flag is at ``fail_on`` or above (``none`` never fails), else 0.

    Matching and derived figures are not flags: they never fail a run, whatever
    level a command gives them.
    """
    from factcheck.finding import level_rank

    if fail_on == "none":
        return 0
    threshold = level_rank(fail_on)
    flags = (f for f in findings if f.status not in ("match", "derived"))
    return 1 if any(level_rank(f.level) >= threshold for f in flags) else 0


def add_color(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--color",
        "--colour",
        choices=COLOR_CHOICES,
        default="auto",
        help="colour in text output: auto (when standard output is a terminal and "
        "NO_COLOR is not set), always or never (default: auto)",
    )
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="also list matching and derived figures, not only the flags",
    )


def add_baseline(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--baseline",
        metavar="FILE",
        help="hide findings recorded in the baseline FILE (accepted earlier), so that "
        "only new findings are shown and fail the run",
    )
    parser.add_argument(
        "--update-baseline",
        action="store_true",
        help="write every current finding to the --baseline FILE (accepting them all) and exit 0",
    )


def add_report_options(parser: argparse.ArgumentParser) -> None:
    """Everything after the findings: colour, verbosity and the baseline (one call for commands)."""
    add_color(parser)
    add_baseline(parser)


def use_color(args: argparse.Namespace, out: IO[str] | None) -> bool:
    """Colour when asked (--color always), or in auto mode on a terminal without NO_COLOR."""
    import os

    choice = getattr(args, "color", "auto") or "auto"
    if choice != "auto":
        return choice == "always"
    if out is None or out is not sys.stdout or os.environ.get("NO_COLOR"):
        return False
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def prepare(report, args: argparse.Namespace) -> None:
    """Locations, fingerprints and the baseline: what every format and exit code rely on.

    Fills ``file``/``line``/``column`` where a command left them unset, gives
    every finding its baseline fingerprint, then applies ``--baseline`` (or
    writes it with ``--update-baseline``), recording what it did in
    ``report.meta["baseline"]``.
    """
    from factcheck import baseline
    from factcheck.report.layout import fill_locations, safe_names

    safe_names(report)
    fill_locations(report)
    baseline.assign_fingerprints(report)
    path = getattr(args, "baseline", None)
    if getattr(args, "update_baseline", False):
        if not path:
            from factcheck.errors import FactcheckError

            raise FactcheckError("--update-baseline needs --baseline FILE to write to")
        written = baseline.write(path, report)
        gone = baseline.suppress(report, baseline.load(path))
        report.meta["baseline"] = {"file": path, "written": written, "suppressed": gone}
    elif path:
        gone = baseline.suppress(report, baseline.load(path))
        report.meta["baseline"] = {"file": path, "suppressed": gone}


def emit(report, args: argparse.Namespace) -> int:
    """Render ``report`` as ``args.format`` to the chosen output; return the exit code.

    Every command that reports findings ends here, so that formats, --output,
    --quiet, --fail-on, --baseline and colour behave the same for check,
    compare, diff and batch. A file that could not be read makes the exit code
    2 even when the other files were checked.
    """
    from factcheck.report import render

    prepare(report, args)
    with output_stream(args) as out:
        if out is not None:
            out.write(
                render(
                    report,
                    getattr(args, "format", "text"),
                    color=use_color(args, out),
                    verbose=getattr(args, "verbose", False),
                )
            )
    if any(fr.error for fr in report.files):
        return 2
    return exit_code(report.findings, getattr(args, "fail_on", "error"))
