"""Options shared by the commands, so that they read and behave the same everywhere."""

from __future__ import annotations

import argparse
import datetime as _dt
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO

LEVEL_CHOICES = ("error", "warning", "info", "none")


def iso_date(value: str) -> _dt.date:
    """argparse type for ``--date``: a calendar date written YYYY-MM-DD."""
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{value}' is not a date in the form YYYY-MM-DD (for example 2017-03-01)"
        ) from None


def add_date(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--date",
        type=iso_date,
        metavar="YYYY-MM-DD",
        help="reference date for relative dates ('last month', 'on Monday'); "
        "default: the article's dateline, else relative dates stay unresolved",
    )


def add_format(parser: argparse.ArgumentParser, choices: tuple[str, ...], default="text") -> None:
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
    """The stream a report goes to: --output FILE, stdout, or None with --quiet."""
    if getattr(args, "output", None):
        from factcheck.errors import FactcheckError

        try:
            fh = open(args.output, "w", encoding="utf-8")  # noqa: SIM115 (closed below)
        except OSError as exc:
            raise FactcheckError(
                f"{args.output}: cannot write output ({exc.strerror or exc})"
            ) from None
        with fh:
            yield fh
    elif getattr(args, "quiet", False):
        yield None
    else:
        yield sys.stdout


def exit_code(findings: list, fail_on: str) -> int:
    """1 when any finding is at ``fail_on`` or above (``none`` never fails), else 0."""
    from factcheck.finding import level_rank

    if fail_on == "none":
        return 0
    threshold = level_rank(fail_on)
    return 1 if any(level_rank(f.level) >= threshold for f in findings) else 0


def emit(report, args: argparse.Namespace) -> int:
    """Render ``report`` as ``args.format`` to the chosen output; return the exit code.

    Every command that reports findings ends here, so that formats, --output,
    --quiet and --fail-on behave the same for check, compare, diff and batch.
    A file that could not be read makes the exit code 2 even when the other
    files were checked.
    """
    from factcheck.report import render

    with output_stream(args) as out:
        if out is not None:
            out.write(render(report, args.format))
    if any(fr.error for fr in report.files):
        return 2
    return exit_code(report.findings, getattr(args, "fail_on", "error"))
