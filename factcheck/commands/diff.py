"""``factcheck diff [--base REF] [PATH...]``: the CI step for a repository of articles."""

from __future__ import annotations

import argparse
from typing import Any

from factcheck.commands.common import (
    add_date,
    add_fail_on,
    add_format,
    add_new_is,
    add_output,
    add_report_options,
    add_rules,
    add_selection,
    add_settings,
    emit,
    file_failure,
    new_is_of,
    print_error,
    refuse_overwriting,
)

HELP = "compare each changed article with its version at a git revision, and check it"
DESCRIPTION = """\
In a git repository, find the articles (.txt, .md, .html, or the settings'
extensions; not what exclude, --exclude or .gitignore rule out, nor the reports
factcheck writes) that changed between REF (default: HEAD) and the working
tree, or between REF and --head REV, and for each one: compare it figure by
figure with its version at REF (as 'factcheck compare' does) and check it on
its own (as 'factcheck check' does). New articles are only checked: a new story
has no old version to compare with, and flagging every figure in it as 'added'
would say nothing; an article whose old version was empty counts as new. An
article emptied by the change is compared as any other: every figure it had is
'dropped'. Symbolic links are read as git stores them (the target's name),
never followed; submodules are skipped whatever their name. Deleted articles
are skipped. This is the step to run on a pull request: see docs/ci.md."""
EPILOG = """\
examples:
  factcheck diff                                 uncommitted changes against HEAD
  factcheck diff --base origin/main --format sarif --output factcheck.sarif
  factcheck diff --base main --head feature articles/
  factcheck diff --base origin/main --baseline .factcheck-baseline.json

exit codes: 0 clean, 1 findings at or above --fail-on, 2 errors (not a git
repository, --base that is not a revision, unreadable article).
"""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="limit to these files or folders (default: all)"
    )
    parser.add_argument(
        "--base",
        default="HEAD",
        metavar="REF",
        help="the revision to compare with: a branch, tag or commit (default: HEAD)",
    )
    parser.add_argument(
        "--head",
        metavar="REV",
        help="compare REF with this revision instead of the working tree",
    )
    add_rules(parser)
    add_settings(parser)
    add_format(parser)
    add_date(parser)
    add_fail_on(parser)
    parser.set_defaults(fail_on=None)  # None: .factcheck.yaml's fail-on, else error
    add_new_is(parser)
    add_selection(parser)
    add_output(parser)
    add_report_options(parser)


def run(args: argparse.Namespace) -> int:
    import os
    from pathlib import Path

    from factcheck import gitrepo
    from factcheck.commands.common import Selection, article_finder, settings_resolver
    from factcheck.commands.review import apply_accepts, check_directives, place_drops
    from factcheck.errors import InputError
    from factcheck.files import file_is_own_report, is_own_report
    from factcheck.report import FileReport, Report
    from factcheck.ruleset import descriptions_of

    new_is = new_is_of(args)
    root = gitrepo.repo_root(".")
    if args.base == "HEAD" and not gitrepo.has_commits(root):
        base = gitrepo.EMPTY_TREE  # before the first commit every article is new
    else:
        base = gitrepo.resolve(root, args.base, "--base")
    head = gitrepo.resolve(root, args.head, "--head") if args.head else None
    for p in args.paths:
        if not os.path.exists(p) and head is None:
            raise InputError(f"{p}: no such file or folder")
    settings_for = settings_resolver(args)
    finder = article_finder(args, settings_for)
    selection = Selection(args, settings_for)

    def wanted(change) -> bool:
        full = Path(root, change.path)
        if change.status == "D" or change.submodule:
            return False
        if not change.path.lower().endswith(settings_for(full).extensions):
            return False
        if head is None and file_is_own_report(full):  # comment.md of an earlier step
            return False
        return not finder.excluded(full)

    changes = [c for c in gitrepo.changed_files(root, base, head, args.paths) if wanted(c)]
    if not head:  # the working tree's articles are inputs too
        refuse_overwriting(args, [os.path.join(root, c.path) for c in changes])
    files: list = []
    fail_on = set()
    accepted = 0
    rules_for = rule_loader(args)
    for change in changes:
        try:
            if head:
                text = gitrepo.show(root, head, change.path, allow_empty=True, label=args.head)
            else:
                text = gitrepo.read_worktree(root, change.path, allow_empty=True)
            old_text = None
            if change.status != "A":
                old_text = gitrepo.show(
                    root, base, change.old_path or change.path, allow_empty=True, label=args.base
                )
                if not old_text.strip():  # an empty placeholder before: a new story now
                    old_text = None
        except InputError as exc:
            print_error(exc)
            problem = str(exc)
            for prefix in (f"{change.path}: ", f"{args.head}:{change.path}: "):
                problem = problem.removeprefix(prefix)
            files.append(FileReport(change.path, error=problem))
            continue
        if is_own_report(text):  # a report of ours committed or left in the tree
            continue
        rules = rules_for(os.path.join(root, change.path))
        if rules.fail_on:
            fail_on.add(rules.fail_on)
        old_label = None
        reading = None
        if old_text is not None:
            old_label = f"{args.base}:{change.old_path or change.path}"
        try:
            accepts = check_directives(text, change.path, rules)
            findings = check_findings(text, change.path, rules, args.date)
            if old_text is not None:
                compared, reading = compare_findings(
                    old_text, text, change.path, old_label, rules, args.date, new_is
                )
                place_drops(compared, text)
                findings = compared + findings
            findings = selection.keep(findings, os.path.join(root, change.path), rules)
            findings, n = apply_accepts(findings, accepts, rules)
            accepted += n
        except InputError as exc:
            print_error(exc)
            problem = str(exc).removeprefix(f"{change.path}: ")
            files.append(FileReport(change.path, text=text, error=problem))
            continue
        except Exception as exc:  # a bug of ours on this article: one line, the others go on
            failed = file_failure(change.path, exc)
            print_error(failed)
            files.append(FileReport(change.path, text=text, error=failed.problem))
            continue
        files.append(
            FileReport(
                change.path,
                text=text,
                findings=findings,
                old_path=old_label,
                old_text=old_text,
                new_is=reading.to_dict() if reading else None,
            )
        )
    if args.fail_on is None:
        args.fail_on = sorted(fail_on)[0] if len(fail_on) == 1 else "error"
    refuse_overwriting(args, [], rules_for.loaded.values())  # config and rule files
    report = Report(
        command="diff",
        files=files,
        meta={
            "base": args.base,
            "base_commit": base,
            "head": args.head or "working tree",
            "rules": descriptions_of(rules_for.loaded.values()),
        },
    )
    if accepted:
        report.meta["accepted"] = accepted
    return emit(report, args)


def rule_loader(args: argparse.Namespace):
    """``rules_for(path)``: the rules in force there, loaded once per .factcheck.yaml in a run."""
    from factcheck.ruleset import find_config, load_ruleset

    cache: dict = {}

    def rules_for(path: str):
        key = args.config or find_config(path)
        if key not in cache:
            cache[key] = load_ruleset(args.rules, start=path, config_file=args.config)
        return cache[key]

    rules_for.loaded = cache  # type: ignore[attr-defined]  # what the report describes
    return rules_for


def check_findings(text: str, path: str, rules, date) -> list:
    """``check`` on the new version; matches are reports, not flags, and are left out."""
    from factcheck.checks import check_text

    return [f for f in check_text(text, date, rules=rules, path=path) if f.status != "match"]


def compare_findings(
    old: str, new: str, path: str, old_label: str, rules, date, new_is: str | None = None
) -> tuple[list, Any]:
    """``compare`` on both versions; Markdown and HTML on their prose, offsets in the files;
    and how NEW was read (``compare.reading.Reading``).

    ``compare_texts`` reads each text by its suffix, as ``check`` does, so that
    markup such as ``width="100"`` never becomes a figure.
    """
    from factcheck.compare import compare_read

    findings, reading = compare_read(
        old, new, date, rules, old_path=path, new_path=path, new_is=new_is
    )
    for f in findings:
        f.file = old_label if f.side == "old" else path
    return findings, reading
