"""``factcheck compare OLD NEW``: what a new version kept, changed, dropped and added."""

from __future__ import annotations

import argparse
from typing import Any

from factcheck.commands.common import (
    add_date,
    add_fail_on,
    add_format,
    add_limits,
    add_new_is,
    add_output,
    add_report_options,
    add_rules,
    add_selection,
    add_settings,
    add_stdin_filename,
    emit,
    file_failure,
    new_is_of,
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
(rules/compare/), which a project can override. A summary (--new-is summary,
or detected by --new-is auto, the default) cuts and condenses by design: its
drops are not reported, and a year for a full date or a hedge that holds
("about 50" for 50) is no flag (rules/compare/summary/)."""
EPILOG = """\
examples:
  factcheck compare examples/wire.txt examples/rewrite.txt
  factcheck compare --format json wire.txt rewrite.txt | jq '.summary'
  factcheck compare --fail-on warning --date 2017-03-01 draft.txt published.txt
  factcheck compare --ignore dropped --format concise wire.txt rewrite.txt
  factcheck compare --new-is summary article.txt summary.txt

accept a change in review, in the new version (a line of its own in .txt):
  <!-- factcheck: accept dropped "143" -->

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
    add_new_is(parser)
    add_rules(parser)
    add_settings(parser, files=False)
    add_selection(parser)
    add_stdin_filename(parser)
    add_output(parser)
    add_report_options(parser)


def run(args: argparse.Namespace) -> int:
    from factcheck.budget import time_budget
    from factcheck.commands.common import Selection, settings_resolver
    from factcheck.commands.review import apply_accepts, check_directives, place_drops
    from factcheck.errors import FactcheckError, InputError
    from factcheck.report import FileReport, Report
    from factcheck.ruleset import load_ruleset
    from factcheck.source import read_text

    if args.old == "-" and args.new == "-":
        raise InputError("-: only one of OLD and NEW can be read from stdin")
    new_is = new_is_of(args)
    if args.stdin_filename and "-" not in (args.old, args.new):
        raise FactcheckError("--stdin-filename names the version read from '-': give '-'")
    refuse_overwriting(args, [args.old, args.new])
    old = read_text(args.old, args.max_bytes)
    new = read_text(args.new, args.max_bytes)

    def name(given: str) -> str | None:
        return (args.stdin_filename or None) if given == "-" else given

    old_name, new_name = name(args.old), name(args.new)
    old_label, new_label = old_name or "<stdin>", new_name or "<stdin>"
    rules = load_ruleset(rule_dirs=args.rules, start=new_name, config_file=args.config)
    refuse_overwriting(args, [], [rules])
    if args.fail_on is None:
        args.fail_on = rules.fail_on or "error"
    accepts = check_directives(new, new_label, rules)
    try:
        with time_budget(args.time_budget, f"{old_label} and {new_label}"):  # the pair
            findings, reading = pair_findings(
                old,
                new,
                rules,
                args.date,
                old_path=old_name,
                new_path=new_name,
                new_is=new_is,
            )
    except Exception as exc:  # a bug of ours on this pair: one line, exit 2
        failed = file_failure(new_label, exc)
        print_error(failed)
        report = Report(
            command="compare",
            files=[FileReport(path=new_label, error=failed.problem, old_path=old_label)],
        )
        return emit(report, args)
    for f in findings:
        f.file = old_label if f.side == "old" else new_label
    place_drops(findings, new)
    findings = Selection(args, settings_resolver(args)).keep(findings, new_name or ".", rules)
    findings, accepted = apply_accepts(findings, accepts, rules)
    report = Report(
        command="compare",
        files=[
            FileReport(
                path=new_label,
                text=new,
                findings=findings,
                old_path=old_label,
                old_text=old,
                new_is=reading.to_dict(),
            )
        ],
        meta={"rules": rules.descriptions()},
    )
    if accepted:
        report.meta["accepted"] = accepted
    return emit(report, args)


NEW_VERSION_TYPES = ("residue",)
"""Article rule types ``compare`` also runs on the NEW version alone.

A rewrite's leftovers ("ваша думка:", "Here is the rewritten article:") are
not a difference of figures, yet they are what an editor must catch before
publishing; the OLD version is what it is, so it is not checked. (``diff``
runs every check rule on the new version.)
"""


def pair_findings(
    old: str, new: str, rules, date=None, *, old_path=None, new_path=None, new_is=None
) -> tuple[list, Any]:
    """What ``compare`` reports on a pair: every figure compared, then NEW's residue;
    and how NEW was read (``compare.reading.Reading``: rewrite or summary, and why).

    One home for the command and ``factcheck serve``, so the two agree.
    """
    from factcheck.article import Article
    from factcheck.checks import check_article
    from factcheck.compare import compare_read

    findings, reading = compare_read(
        old, new, date, rules, old_path=old_path, new_path=new_path, new_is=new_is
    )
    alone = [r for r in rules if r.type in NEW_VERSION_TYPES]
    if alone:  # these rules read the prose only: no figures to extract
        article = Article.from_text(new, path=new_path, reference_date=date, mentions=[])
        findings += [f for f in check_article(article, alone) if f.status != "match"]
    return findings, reading
