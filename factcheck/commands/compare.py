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
            findings = pair_findings(
                old,
                new,
                rules,
                args.date,
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


NEW_VERSION_TYPES = ("residue",)
"""Article rule types ``compare`` also runs on the NEW version alone.

A rewrite's leftovers ("ваша думка:", "Here is the rewritten article:") are
not a difference of figures, yet they are what an editor must catch before
publishing; the OLD version is what it is, so it is not checked. (``diff``
runs every check rule on the new version.)
"""


def pair_findings(old: str, new: str, rules, date=None, *, old_path=None, new_path=None) -> list:
    """What ``compare`` reports on a pair: every figure compared, then NEW's residue.

    One home for the command and ``factcheck serve``, so the two agree.
    """
    from factcheck.article import Article
    from factcheck.checks import check_article
    from factcheck.compare import compare_texts

    findings = compare_texts(
        old, new, reference_date=date, rules=rules, old_path=old_path, new_path=new_path
    )
    alone = [r for r in rules if r.type in NEW_VERSION_TYPES]
    if alone:  # these rules read the prose only: no figures to extract
        article = Article.from_text(new, path=new_path, reference_date=date, mentions=[])
        findings += [f for f in check_article(article, alone) if f.status != "match"]
    return findings
