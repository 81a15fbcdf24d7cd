"""The one command line on top of the pipeline: ``factcheck COMMAND ...``.

Each subcommand lives in ``factcheck/commands/<name>.py`` and exposes ``HELP``,
``DESCRIPTION``, ``add_arguments(parser)`` and ``run(args) -> int``. Command
modules import only the standard library at module level, so that building the
parser stays cheap and ``factcheck --help`` starts instantly; the pipeline is
imported inside ``run``.

Exit codes: 0 clean, 1 findings at or above ``--fail-on``, 2 errors (bad input,
bad rules, bad options), with a one-line message on stderr and no traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys

COMMANDS = ("extract", "check", "compare", "diff", "batch", "serve")

EPILOG = """\
examples:
  factcheck extract examples/wire.txt             list every figure and date
  factcheck check examples/ --fail-on warning     check articles on their own
  factcheck compare examples/wire.txt examples/rewrite.txt
                                                  what a rewrite kept, changed, dropped, added
  factcheck diff --base origin/main               the CI step for an article repository
  factcheck batch pairs.jsonl --output out.jsonl  audit an archive

exit codes: 0 clean, 1 findings at or above --fail-on, 2 errors.
Run 'factcheck COMMAND --help' for the options of a command.
"""


class _Parser(argparse.ArgumentParser):
    """argparse with the project's error contract: one line on stderr, exit 2.

    Stock argparse prints the whole usage block before the error; in a CI log the
    one line that says what was wrong is then the last of a dozen. The usage stays
    a ``--help`` away, and the line says so.
    """

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="factcheck",
        description="Check the figures in news copy: extract quantities and dates,\n"
        "check them against rules, and compare two versions of an article.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        nargs=0,
        help="print the version (and, from a git checkout, its commit) and exit",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            mod = importlib.import_module(f"factcheck.commands.{name}")
        except ModuleNotFoundError as exc:  # a command not built yet
            if exc.name != f"factcheck.commands.{name}":
                raise
            continue
        p = sub.add_parser(
            name,
            help=mod.HELP,
            description=getattr(mod, "DESCRIPTION", mod.HELP),
            epilog=getattr(mod, "EPILOG", None),
            formatter_class=argparse.RawDescriptionHelpFormatter,
        )
        mod.add_arguments(p)
        p.set_defaults(_run=mod.run)
    return parser


def _subparser(parser: argparse.ArgumentParser, name: str | None):
    """The parser of command ``name`` (None when there is no such command)."""
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return action.choices.get(name)
    return None


class _VersionAction(argparse.Action):
    """``--version``: worked out only when asked, so that other runs start no git process."""

    def __call__(self, parser, namespace, values, option_string=None):
        print(version_string())
        parser.exit()


def version_string() -> str:
    """``factcheck 0.1.0``, plus ``(commit 1a2b3c4, modified)`` when run from a git checkout.

    A release is known by its version; a checkout or an editable install is
    known only by its commit, which is what a bug report needs. The package's
    parent folder must be the top of a git work tree for a commit to be named,
    so an installed copy inside some other repository never names that one's.
    """
    import subprocess
    from pathlib import Path

    from factcheck import __version__

    out = f"factcheck {__version__}"
    top = Path(__file__).resolve().parent.parent
    if not (top / ".git").exists():
        return out

    def git(*args: str) -> str | None:
        try:
            res = subprocess.run(
                ["git", "-C", str(top), *args], capture_output=True, text=True, timeout=10
            )
        except (OSError, subprocess.SubprocessError):
            return None
        return res.stdout.strip() if res.returncode == 0 else None

    root = git("rev-parse", "--show-toplevel")
    commit = git("rev-parse", "--short=12", "HEAD")
    if not commit or not root or Path(root).resolve() != top:
        return out
    dirty = git("status", "--porcelain", "--untracked-files=no", "--", "factcheck", "rules")
    return out + f" (commit {commit}{', modified' if dirty else ''})"


def main(argv: list[str] | None = None) -> int:
    from factcheck.commands.common import print_error
    from factcheck.errors import FactcheckError

    parser = build_parser()
    args, unknown = parser.parse_known_args(argv)
    if unknown:  # said by the command's parser, so the line points at its --help
        command = _subparser(parser, getattr(args, "command", None)) or parser
        command.error(f"unrecognized arguments: {' '.join(unknown)}")
    if not getattr(args, "_run", None):
        parser.print_help()
        return 2
    try:
        return int(args._run(args) or 0)
    except FactcheckError as exc:
        print_error(exc)
        return 2
    except KeyboardInterrupt:
        print("factcheck: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into head & co.: not an error of ours
        from factcheck.output_file import silence_stdout

        silence_stdout()
        return 0
    except Exception as exc:  # the last resort: never a traceback
        # Commands report a bug met on one file against that file and go on
        # (commands.common.file_failure); this catches one outside any file.
        from factcheck.errors import InternalError

        print_error(InternalError(args.command, exc))
        return 2


if __name__ == "__main__":
    sys.exit(main())
