"""Findings rendered for people and pipelines; every format reads the same Report.

A format is a module ``factcheck.report.<name>`` with ``render(report, **opts) -> str``.
Commands build a Report and never format findings themselves, so that a new
format works for ``check``, ``compare``, ``diff`` and ``batch`` at once.
"""

from __future__ import annotations

import importlib
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from factcheck.finding import Finding

FORMATS = ("text", "concise", "json", "markdown", "sarif", "github", "html")


@dataclass
class FileReport:
    """The findings for one article (check) or one pair of versions (compare).

    ``path``/``text`` are the file the findings point into: for compare, the
    NEW version; ``old_path``/``old_text`` hold the OLD one. ``error`` is set,
    and findings empty, when the file could not be read.
    """

    path: str
    text: str = ""
    findings: list[Finding] = field(default_factory=list)
    old_path: str | None = None
    old_text: str | None = None
    error: str | None = None
    new_is: dict[str, str] | None = None
    """For compare: how NEW was read (``compare.reading.Reading.to_dict``): ``new_is``
    (rewrite, summary or condensed), ``asked`` (auto or one of those) and ``why``."""
    views: dict = field(default_factory=dict, repr=False, compare=False)
    """The prose of each version, built once by ``prose_view.view_of`` for every format."""


@dataclass
class Report:
    command: str
    files: list[FileReport] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def findings(self) -> list[Finding]:
        return [f for fr in self.files for f in fr.findings]

    def summary(self) -> dict[str, int]:
        """Counts per status, over all files (the JSON ``summary`` object)."""
        return dict(Counter(f.status for f in self.findings))


def render(report: Report, fmt: str, **opts: Any) -> str:
    """Render ``report`` in format ``fmt`` (one of FORMATS)."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    from factcheck.report.layout import fill_locations

    fill_locations(report)  # idempotent: findings built without line/column still place
    module = importlib.import_module(f"factcheck.report.{fmt}_format")
    return mark_as_report(module.render(report, **opts), fmt)


def mark_as_report(rendered: str, fmt: str) -> str:
    """Put ``files.REPORT_MARKER`` in the first bytes of a Markdown or HTML report.

    Those reports land in article repositories (``comment.md``,
    ``factcheck.html``) with an article's suffix; the marker is how the next
    run knows never to read them as articles. It is an HTML comment: invisible
    in a rendered pull-request comment and in a browser. In HTML it follows
    the doctype, which must come first.
    """
    from factcheck.files import REPORT_MARKER

    if fmt == "markdown":
        return f"{REPORT_MARKER}\n{rendered}"
    if fmt == "html":
        head, sep, rest = rendered.partition("\n")
        if head.lower().startswith("<!doctype"):
            return f"{head}\n{REPORT_MARKER}\n{rest}"
        return f"{REPORT_MARKER}\n{rendered}"
    return rendered
