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
    add_selection,
    add_settings,
    add_stdin_filename,
    emit,
    print_error,
    print_warning,
)

HELP = "check articles on their own: conversions, weekdays, arithmetic, repeated facts"
DESCRIPTION = """\
Check every figure of each article against the rules: conversions that do not
agree at the precision they are written to, weekdays that do not fit their
date, percentage changes, shares and totals that do not add up, facts given
twice with different values, and implausible figures.

Files and folders are read recursively (.txt, .md, .html, or the settings'
extensions), skipping what exclude, --exclude and .gitignore rule out and the
reports factcheck writes; Markdown and HTML are checked on their prose. Rules
are the package defaults, then the nearest settings file above each file
(.factcheck.yaml or pyproject.toml's [tool.factcheck], or --config FILE), then
every --rules DIR (see docs/rules.md and docs/config.md). A folder holding no
article is a warning on stderr, not an error."""
EPILOG = """\
examples:
  factcheck check examples/wire.txt
  factcheck check articles/ --rules newsroom-rules/ --fail-on warning
  factcheck check story.md --format json --date 2017-02-14 | jq '.findings[0]'
  factcheck check . --select conversion,weekday --min-level warning --format concise
  cat draft.md | factcheck check - --stdin-filename articles/draft.md

inline, in Markdown or HTML (or plain text):
  <!-- factcheck: disable conversion --> ... <!-- factcheck: enable conversion -->
  <!-- factcheck: accept conflict "15" -->

exit codes: 0 clean, 1 findings at or above --fail-on, 2 errors (unreadable
file, bad rule file)."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files or folders ('-' for stdin)"
    )
    add_rules(parser)
    add_settings(parser)
    add_date(parser)
    add_limits(parser)
    add_format(parser)
    add_fail_on(parser)
    parser.set_defaults(fail_on=None)  # None: .factcheck.yaml's fail-on, else error
    add_selection(parser)
    add_stdin_filename(parser)
    parser.add_argument(
        "--matches",
        action="store_true",
        help="also report figures found consistent (status match), e.g. agreeing conversions",
    )
    parser.add_argument(
        "--list-rules",
        action="store_true",
        help="list the rules in force for PATH (or the current folder) with their "
        "descriptions, and exit (--format json for a JSON list)",
    )
    add_output(parser)
    add_report_options(parser)


def run(args: argparse.Namespace) -> int:
    from factcheck.article import Article
    from factcheck.budget import time_budget
    from factcheck.checks import check_article
    from factcheck.commands.common import (
        Selection,
        article_finder,
        file_failure,
        refuse_overwriting,
        settings_resolver,
    )
    from factcheck.commands.review import apply_accepts, check_directives
    from factcheck.errors import FactcheckError, InputError
    from factcheck.report import FileReport, Report
    from factcheck.ruleset import descriptions_of, find_config, load_ruleset
    from factcheck.source import read_text

    if args.list_rules:
        return _list_rules(args)
    if not args.paths:
        raise FactcheckError("check: give at least one PATH (a file, a folder or '-')")
    if args.stdin_filename and "-" not in args.paths:
        raise FactcheckError("--stdin-filename names the article read from '-': give '-' as PATH")
    rulesets: dict = {}
    settings_for = settings_resolver(args)
    selection = Selection(args, settings_for)

    def place(path: str) -> str:
        """Where an article stands: its path, --stdin-filename for '-', else the current folder."""
        if path == "-":
            return args.stdin_filename or "."
        return path

    def rules_for(path: str):
        start = place(path)
        config = args.config or find_config(start)
        if config not in rulesets:
            rulesets[config] = load_ruleset(args.rules, start=start, config_file=args.config)
        return rulesets[config]

    finder = article_finder(args, settings_for)
    paths = finder.paths(args.paths)
    if not args.quiet:
        for folder in finder.empty_folders:
            print_warning(f"{folder}: no articles found ({_looked_for(settings_for, folder)})")
    refuse_overwriting(args, paths)
    files = []
    accepted = 0
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
        name = (args.stdin_filename or "<stdin>") if path == "-" else path
        try:
            rules = rules_for(path)
            with time_budget(args.time_budget, name):
                article = Article.from_text(
                    text, path=name, reference_date=args.date, units=rules.units()
                )
                accepts = check_directives(text, name, rules, article.prose.directives)
                findings = check_article(article, rules)
            findings = selection.keep(findings, place(path), rules)
            findings, n = apply_accepts(findings, accepts, rules)
            accepted += n
        except InputError as exc:
            print_error(exc)
            files.append(FileReport(name, text=text, error=str(exc).removeprefix(f"{name}: ")))
            continue
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
    refuse_overwriting(args, [], rulesets.values())  # rule files are known only now
    report = Report(
        command="check", files=files, meta={"rules": descriptions_of(rulesets.values())}
    )
    if accepted:
        report.meta["accepted"] = accepted
    return emit(report, args)


def _looked_for(settings_for, folder: str) -> str:
    """What a folder walk reads, for the warning that it found nothing."""
    from pathlib import Path

    suffixes = ", ".join(settings_for(Path(folder)).extensions)
    return f"looked for {suffixes} files that exclude and .gitignore do not rule out"


def _list_rules(args: argparse.Namespace) -> int:
    """The rules in force: id, type, level, scope, where defined, and what each checks."""
    from factcheck.commands.common import output_stream, refuse_overwriting
    from factcheck.report.layout import display_name
    from factcheck.ruledocs import describe, help_uri_of
    from factcheck.ruleset import load_ruleset, rule_types

    start = args.paths[0] if args.paths and args.paths[0] != "-" else "."
    ruleset = load_ruleset(args.rules, start=start, config_file=args.config)
    refuse_overwriting(args, [], [ruleset])
    types = rule_types()
    ordered = sorted(ruleset.rules, key=lambda r: (types[r.type].scope, r.id))
    if args.format == "json":
        import json

        doc = {
            "config": display_name(ruleset.config_file),
            "rules": [
                {
                    "id": r.id,
                    "type": r.type,
                    "level": r.level,
                    "scope": types[r.type].scope,
                    "file": display_name(r.file),
                    "description": describe(r),
                    "help_uri": help_uri_of(r),
                }
                for r in ordered
            ],
        }
        text = json.dumps(doc, ensure_ascii=False, indent=2) + "\n"
    else:
        lines = []
        if ruleset.config_file:
            lines.append(f"config: {display_name(ruleset.config_file)}")
        for rule in ordered:
            scope = types[rule.type].scope
            lines.append(
                f"{rule.id:<22} {rule.type:<14} {rule.level:<8} {scope:<8} "
                f"{display_name(rule.file)}"
            )
            lines.append(f"    {describe(rule)}")
        text = "\n".join(lines) + "\n"
    with output_stream(args) as out:
        if out is not None:
            out.write(text)
    return 0
