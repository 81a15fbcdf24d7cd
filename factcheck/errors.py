"""Errors a user can act on: the CLI prints them as one line and exits 2.

Anything raised as a FactcheckError must already name the file (and, for rule
files, the line and field) in its message; the CLI adds nothing but the
program name, and never shows a traceback for these.
"""

from __future__ import annotations


class FactcheckError(Exception):
    """A problem with the user's input, rules or environment (exit code 2)."""


class InputError(FactcheckError):
    """An article file that cannot be read as text."""


class RuleError(FactcheckError):
    """A rule or configuration file that is not valid."""

    def __init__(self, file: str, line: int | None, field: str | None, problem: str):
        self.file, self.line, self.field, self.problem = file, line, field, problem
        where = file if line is None else f"{file}:{line}"
        what = f"{field}: {problem}" if field else problem
        super().__init__(f"{where}: {what}")


class InternalError(FactcheckError):
    """A bug of ours met on one input: reported in one line naming it (exit code 2).

    Commands record it against the file and go on with the others, as they do
    for an unreadable file; no traceback reaches the user.
    """

    def __init__(self, where: str, exc: BaseException, doing: str = "internal error"):
        detail = " ".join(str(exc).split())
        detail = "".join(c if c.isprintable() else "?" for c in detail)
        if len(detail) > 200:
            detail = detail[:200] + "..."
        self.problem = (
            f"{doing} ({type(exc).__name__}: {detail}); "
            "this is a bug in factcheck, please report it with the article"
        )
        super().__init__(f"{where}: {self.problem}")
