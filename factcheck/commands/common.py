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


def add_settings(parser: argparse.ArgumentParser, files: bool = True) -> None:
    """``--config`` and, for commands that find files, ``--exclude`` and gitignore handling."""
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="read settings from FILE (a .factcheck.yaml, or a pyproject.toml with "
        "[tool.factcheck]) instead of the nearest one above each article",
    )
    if not files:
        return
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="GLOB",
        help="skip files matching GLOB (gitignore syntax, comma-separated or repeated), "
        "besides the settings' exclude",
    )
    parser.add_argument(
        "--no-respect-gitignore",
        dest="respect_gitignore",
        action="store_false",
        default=None,
        help="also read files that .gitignore excludes (default: skip them)",
    )


def add_selection(parser: argparse.ArgumentParser) -> None:
    """ruff's and Vale's names for choosing what is reported and shown."""
    parser.add_argument(
        "--select",
        metavar="NAMES",
        help="report only these rule ids, rule types or statuses (comma-separated); "
        "replaces the settings' select",
    )
    parser.add_argument(
        "--ignore",
        metavar="NAMES",
        help="never report these rule ids, rule types or statuses (comma-separated); "
        "added to the settings' ignore",
    )
    parser.add_argument(
        "--min-level",
        choices=("info", "warning", "error"),
        metavar="LEVEL",
        help="show only findings at LEVEL or above: info, warning, error (default: all); "
        "what fails the run is still --fail-on",
    )
    parser.add_argument(
        "--statistics",
        action="store_true",
        help="print the number of findings per rule instead of the findings",
    )


def add_stdin_filename(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--stdin-filename",
        metavar="PATH",
        help="the name of the article read from '-': used in reports, for its markup "
        "(by suffix) and to find its settings",
    )


def settings_resolver(args: argparse.Namespace):
    """``settings_for(path) -> Config``: --config for every file, else the nearest one, cached."""
    import factcheck.config as config

    if getattr(args, "config", None):
        fixed = config.load(args.config)
        return lambda path: fixed
    cache: dict = {}

    def settings_for(path):
        found = config.find(path)
        if found not in cache:
            cache[found] = config.load(found)
        return cache[found]

    return settings_for


def article_finder(args: argparse.Namespace, settings_for):
    """The ``files.ArticleFinder`` of a run: settings, --exclude and gitignore."""
    from factcheck.config import split_names
    from factcheck.files import ArticleFinder

    exclude = [g for value in getattr(args, "exclude", []) or [] for g in split_names(value)]
    return ArticleFinder(
        settings_for,
        exclude=exclude,
        respect_gitignore=getattr(args, "respect_gitignore", None),
    )


class Selection:
    """Which findings a file reports, and at what level: ``select``, ``ignore``,
    ``per-file-ignores``, ``per-file-levels``; and the settings' ``min-level``.

    Names are rule ids, rule types or statuses, as in ruff (``--select``,
    ``--ignore``, ``per-file-ignores``) and Vale (``[*.md]`` levels). The
    command line's ``--select`` replaces the settings' select; its
    ``--ignore`` adds to theirs. A name that is none of those is an error
    naming where it was written, so a typo never silently selects nothing.
    Without ``--min-level``, the first settings file met that sets
    ``min-level`` gives it, as ``fail-on`` is taken from the first that sets it.
    """

    def __init__(self, args: argparse.Namespace, settings_for):
        from factcheck.config import split_names

        self.args = args
        self.settings_for = settings_for
        self.cli_select = split_names(args.select) if getattr(args, "select", None) else None
        self.cli_ignore = split_names(args.ignore) if getattr(args, "ignore", None) else []
        self._matchers: dict = {}

    def keep(self, findings: list, path, rules) -> list:
        """The findings of the article at ``path`` (checked with ``rules``) that are reported."""
        from pathlib import Path

        from factcheck.selection import check_names, known_names, per_file, relevelled, selected

        config = self.settings_for(Path(path))
        self.args.min_level = min_level_of(self.args, config)
        per_file_ignored, levels = per_file(
            _relative(path, config.folder),
            config.per_file_ignores.items(),
            config.per_file_levels.items(),
            self._glob,
        )
        select, ignore = self.choose(config, rules, per_file_ignored)
        check_names(levels, known_names(rules), f"per-file-levels of {config.path}")
        types = {r.id: r.type for r in rules}
        return relevelled(selected(findings, select, ignore, types), levels, types)

    def choose(self, config, rules, more_ignored=()) -> tuple[list[str] | None, list[str]]:
        """``(select, ignore)`` of ``config`` with the command line's, names checked."""
        from factcheck.selection import check_names, known_names

        select = self.cli_select if self.cli_select is not None else config.select
        ignore = [*config.ignore, *self.cli_ignore, *more_ignored]
        known = known_names(rules)
        for option, names in (("--select", select or []), ("--ignore", ignore)):
            where = option if config.path is None else f"{option} or {config.path}"
            check_names(names, known, where)
        return select, ignore

    def _glob(self, glob: str):
        if glob not in self._matchers:
            from factcheck.files import glob_matcher

            self._matchers[glob] = glob_matcher([glob])
        return self._matchers[glob]


def min_level_of(args: argparse.Namespace, config) -> str | None:
    """``--min-level``, else the settings' ``min-level`` (None: show every level)."""
    return getattr(args, "min_level", None) or config.min_level


def _relative(path, folder) -> str:
    from pathlib import Path

    p = Path(path).resolve()
    try:
        return p.relative_to(folder.resolve()).as_posix()
    except ValueError:
        return Path(path).as_posix()


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
        metavar="FORMAT",  # the choices are listed once, in the help, not three times
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
        help="print no report; the exit code tells the result (an error still gets its "
        "one line on stderr)",
    )


def add_new_is(parser: argparse.ArgumentParser) -> None:
    """``--new-is``: how ``compare`` reads NEW (docs/compare.md, "Summary mode")."""
    parser.add_argument(
        "--new-is",
        metavar="READING",
        help="read NEW as a 'rewrite' of OLD (every change is a flag), a 'summary' of it "
        "(drops and true loosenings such as a year for a full date are not flags), "
        "'condensed' (between the two: drops are flags, true loosenings not), or "
        "'auto': tell them apart from the two texts (default: the settings' new-is, else auto)",
    )


def new_is_of(args: argparse.Namespace) -> str | None:
    """``--new-is`` checked (None when not given: the settings decide); one line, exit 2,
    for a reading that does not exist."""
    from factcheck.compare.reading import check_new_is
    from factcheck.errors import FactcheckError

    given = getattr(args, "new_is", None)
    if given is None:
        return None
    try:
        return check_new_is(given)
    except ValueError as exc:
        raise FactcheckError(f"--{exc}") from None


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
        with stdout_stream() as out:
            yield out


@contextmanager
def stdout_stream() -> Iterator[IO[str]]:
    """Standard output, or one line and exit 2 when it is closed or cannot be written
    (``>&-``, ``>/dev/full``): never a report lost with exit 0, nor an "internal error"."""
    from factcheck.errors import FactcheckError
    from factcheck.output_file import silence_stdout

    if sys.stdout is None:
        raise FactcheckError(
            "standard output is closed: nowhere to write the report (--output FILE)"
        )
    try:
        yield sys.stdout
        sys.stdout.flush()
    except BrokenPipeError:
        raise  # piped into head & co.: cli.main ends quietly
    except OSError as exc:
        silence_stdout()
        raise FactcheckError(f"cannot write to standard output ({exc.strerror or exc})") from None


def refuse_overwriting(args: argparse.Namespace, inputs: list[str], rulesets=()) -> None:
    """Refuse --output or an --update-baseline file that is one of the ``inputs`` (exit 2).

    ``inputs`` are the articles; every file of ``rulesets`` (config, rule
    files, data files: ``RuleSet.files_read``) is an input too. Compared by
    file identity, not by name (see ``output_file.refuse_inputs``). Commands
    call this once they know every file they read, before writing.
    """
    from factcheck.output_file import refuse_inputs
    from factcheck.ruleset import files_of

    inputs = [*inputs, *files_of(rulesets)]
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


def print_warning(message: object) -> None:
    """``factcheck: warning: MESSAGE`` on stderr, on one line: something the user should
    know that is not an error and does not change the exit code (ruff's \"No Python
    files found\" warning is the model)."""
    print_error(f"warning: {message}")


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
        help="colour in text output: auto (on a terminal; NO_COLOR turns it off, "
        "FORCE_COLOR on), always or never (default: auto)",
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
    """Whether the text report is coloured.

    ``--color always|never`` wins; in auto mode ``NO_COLOR`` (set, not empty)
    turns colour off and ``FORCE_COLOR`` (set, not empty, not ``0``) on, as
    no-color.org and force-color.org ask; else colour when standard output is
    a terminal. A report written with ``--output`` is never coloured in auto mode.
    """
    import os

    choice = getattr(args, "color", "auto") or "auto"
    if choice != "auto":
        return choice == "always"
    if out is None or out is not sys.stdout or os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR", "") not in ("", "0"):
        return True
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
    code = exit_code(report.findings, getattr(args, "fail_on", "error"))
    hide_below_min_level(report, getattr(args, "min_level", None))
    fmt = getattr(args, "format", "text")
    with output_stream(args) as out:
        if out is not None:
            if getattr(args, "statistics", False):
                rendered = statistics(report, fmt)
            else:
                rendered = render(
                    report, fmt, color=use_color(args, out), verbose=getattr(args, "verbose", False)
                )
            if getattr(args, "output", None) and fmt in ("text", "concise"):
                from factcheck.files import REPORT_MARKER

                rendered = f"{REPORT_MARKER}\n{rendered}"  # a .txt report is never an article
            out.write(rendered)
    if any(fr.error for fr in report.files):
        return 2
    return code


def hide_below_min_level(report, min_level: str | None) -> None:
    """Drop findings below ``--min-level`` from what is shown; count them in ``meta``.

    The exit code is computed before (``--fail-on`` says what fails, whatever
    is shown), and every format's footer says how many were hidden.
    """
    if not min_level:
        return
    from factcheck.selection import at_least

    hidden = 0
    for fr in report.files:
        keep = at_least(fr.findings, min_level)
        hidden += len(fr.findings) - len(keep)
        fr.findings = keep
    report.meta["min_level"] = {"level": min_level, "hidden": hidden}


def statistics(report, fmt: str) -> str:
    """``--statistics``: findings per rule, most frequent first (JSON with --format json)."""
    from collections import Counter

    return statistics_table(Counter((f.rule, f.level, f.status) for f in report.findings), fmt)


def statistics_table(counted, fmt: str = "text") -> str:
    """The ``--statistics`` table of ``counted``: (rule, level, status) -> number of findings."""
    rows = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
    if fmt == "json":
        import json

        doc = [
            {"rule": rule, "level": level, "status": status, "count": n}
            for (rule, level, status), n in rows
        ]
        return json.dumps(doc, indent=2) + "\n"
    width = max((len(str(n)) for _, n in rows), default=1)
    lines = [f"{n:>{width}}  {rule:<24} {level:<8} {status}" for (rule, level, status), n in rows]
    return "\n".join(lines) + "\n" if lines else ""
