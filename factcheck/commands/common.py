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
