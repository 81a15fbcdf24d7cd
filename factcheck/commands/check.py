"""``factcheck check PATH...``: check each article on its own against the YAML rules."""

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
    print_error,
)

HELP = "check articles on their own: conversions, weekdays, arithmetic, repeated facts"
DESCRIPTION = """\
Check every figure of each article against the rules: conversions that do not
agree at the precision they are written to, weekdays that do not fit their
date, percentage changes, shares and totals that do not add up, facts given
twice with different values, and implausible figures.

Files and folders are read recursively (.txt, .md, .html); Markdown and HTML
are checked on their prose. Rules are the package defaults, then the nearest
.factcheck.yaml above each file, then every --rules DIR (see docs/rules.md)."""
EPILOG = """\
examples:
  factcheck check examples/wire.txt
  factcheck check articles/ --rules newsroom-rules/ --fail-on warning
  factcheck check story.md --format json --date 2017-02-14 | jq '.findings[0]'

inline, in Markdown or HTML (or plain text):
  <!-- factcheck: disable conversion --> ... <!-- factcheck: enable conversion -->

exit codes: 0 clean, 1 findings at or above --fail-on, 2 errors (unreadable
file, bad rule file)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files or folders ('-' for stdin)"
    )
    add_rules(parser)
    add_date(parser)
    add_limits(parser)
    add_format(parser)
    add_fail_on(parser)
    parser.set_defaults(fail_on=None)  # None: .factcheck.yaml's fail-on, else error
    parser.add_argument(
        "--matches",
        action="store_true",
        help="also report figures found consistent (status match), e.g. agreeing conversions",
    )
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help="list the rules in force for PATH (or the current folder) and exit",
    )
    add_output(parser)
    add_report_options(parser)


def run(args: argparse.Namespace) -> int:
    from factcheck.article import Article
    from factcheck.budget import time_budget
    from factcheck.checks import check_article
    from factcheck.commands.common import exit_code, file_failure, refuse_overwriting
    from factcheck.errors import InputError
    from factcheck.finding import FLAG_STATUSES
    from factcheck.report import FileReport, Report
    from factcheck.ruleset import descriptions_of, find_config, load_ruleset
    from factcheck.source import iter_article_paths, read_text

    if args.list_rules:
        return _list_rules(args)
    if not args.paths:
        from factcheck.errors import FactcheckError

        raise FactcheckError("check: give at least one PATH (a file, a folder or '-')")
    rulesets: dict = {}

    def rules_for(path: str):
        start = "." if path == "-" else path
        config = find_config(start)
        if config not in rulesets:
            rulesets[config] = load_ruleset(args.rules, start=start)
        return rulesets[config]

    paths = iter_article_paths(args.paths)
    refuse_overwriting(args, paths)
    files = []
    for path in paths:
        try:
            text = read_text(path, args.max_bytes)
        except InputError as exc:
            print_error(exc)
            problem = str(exc)
            if problem.startswith(f"{path}: "):
                problem = problem[len(path) + 2 :]
            files.append(FileReport(path, error=problem))
            continue
        name = "<stdin>" if path == "-" else path
        try:
            rules = rules_for(path)
            with time_budget(args.time_budget, name):
                article = Article.from_text(
                    text, path=name, reference_date=args.date, units=rules.units()
                )
                findings = check_article(article, rules)
        except Exception as exc:
            failed = file_failure(name, exc)
            print_error(failed)
            files.append(FileReport(name, text=text, error=failed.problem))
            continue
        if not args.matches:
            findings = [f for f in findings if f.status != "match"]
        files.append(FileReport(name, text=text, findings=findings))

    if args.fail_on is None:
        configured = [rs.fail_on for rs in rulesets.values() if rs.fail_on]
        args.fail_on = configured[0] if configured else "error"
    report = Report(
        command="check", files=files, meta={"rules": descriptions_of(rulesets.values())}
    )
    code = emit(report, args)
    if code == 1:  # matches are reports, not problems: only flagged statuses fail
        flagged = [f for f in report.findings if f.status in FLAG_STATUSES]
        code = exit_code(flagged, args.fail_on)
    return code


def _list_rules(args: argparse.Namespace) -> int:
    """One line per rule in force: id, type, level, where it is defined."""
    from factcheck.commands.common import output_stream
    from factcheck.report.layout import display_name
    from factcheck.ruleset import load_ruleset, rule_types

    start = args.paths[0] if args.paths and args.paths[0] != "-" else "."
    ruleset = load_ruleset(args.rules, start=start)
    types = rule_types()
    lines = []
    if ruleset.config_file:
        lines.append(f"config: {display_name(ruleset.config_file)}")
    for rule in sorted(ruleset.rules, key=lambda r: (types[r.type].scope, r.id)):
        scope = types[rule.type].scope
        lines.append(
            f"{rule.id:<22} {rule.type:<14} {rule.level:<8} {scope:<8} {display_name(rule.file)}"
        )
    with output_stream(args) as out:
        if out is not None:
            out.write("\n".join(lines) + "\n")
    return 0
