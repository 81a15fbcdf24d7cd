"""``factcheck compare OLD NEW``: what a new version kept, changed, dropped and added."""

from __future__ import annotations

import argparse

from factcheck.commands.common import (
    add_date,
    add_fail_on,
    add_format,
    add_limits,
    add_output,
    add_report_options,
    add_rules,
    emit,
    file_failure,
    print_error,
    refuse_overwriting,
)

HELP = "compare the figures of two versions of an article"
DESCRIPTION = """\
Align every quantity, date and time of OLD (a wire original, a draft, the
previous revision) with those of NEW and say, figure by figure, whether NEW
keeps it (match), changes it (conflict: another value, qualifier, unit or
precision), drops it (dropped), adds one the original does not support
(added) or adds one computed from the original, such as a unit conversion
(derived). Levels and messages come from the 'consistency' rules
(rules/compare/), which a project can override."""
EPILOG = """\
examples:
  factcheck compare examples/wire.txt examples/rewrite.txt
  factcheck compare --format json wire.txt rewrite.txt | jq '.summary'
  factcheck compare --fail-on warning --date 2017-03-01 draft.txt published.txt

exit codes: 0 no finding at or above --fail-on (default: error, i.e. conflicts),
1 such findings, 2 unreadable input or invalid rules.
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("old", metavar="OLD", help="the original version ('-' for stdin)")
    parser.add_argument("new", metavar="NEW", help="the new version ('-' for stdin)")
    add_format(parser)
    add_date(parser)
    add_limits(parser)
    add_fail_on(parser)
    parser.set_defaults(fail_on=None)
    add_rules(parser)
    add_output(parser)
    add_report_options(parser)


def run(args: argparse.Namespace) -> int:
    from factcheck.budget import time_budget
    from factcheck.compare import compare_texts
    from factcheck.errors import InputError
    from factcheck.report import FileReport, Report
    from factcheck.ruleset import load_ruleset
    from factcheck.source import read_text

    if args.old == "-" and args.new == "-":
        raise InputError("-: only one of OLD and NEW can be read from stdin")
    refuse_overwriting(args, [args.old, args.new])
    old = read_text(args.old, args.max_bytes)
    new = read_text(args.new, args.max_bytes)
    rules = load_ruleset(rule_dirs=args.rules, start=None if args.new == "-" else args.new)
    if args.fail_on is None:
        args.fail_on = rules.fail_on or "error"
    try:
        with time_budget(args.time_budget, args.new):
            findings = compare_texts(
                old,
                new,
                reference_date=args.date,
                rules=rules,
                old_path=None if args.old == "-" else args.old,
                new_path=None if args.new == "-" else args.new,
            )
    except Exception as exc:  # a bug of ours on this pair: one line, exit 2
        failed = file_failure(args.new, exc)
        print_error(failed)
        report = Report(
            command="compare",
            files=[FileReport(path=args.new, error=failed.problem, old_path=args.old)],
        )
        return emit(report, args)
    for f in findings:
        f.file = args.old if f.side == "old" else args.new
    report = Report(
        command="compare",
        files=[
            FileReport(path=args.new, text=new, findings=findings, old_path=args.old, old_text=old)
        ],
        meta={"rules": rules.descriptions()},
    )
    return emit(report, args)
