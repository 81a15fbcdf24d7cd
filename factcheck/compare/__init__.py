"""Comparing two versions of an article figure by figure.

``compare_texts(old, new)`` extracts the mentions of both texts, aligns them
(align.py), and judges each pair (judge.py): match, conflict, dropped, added
or derived, as defined in docs/compare.md. Levels and messages come from the
``consistency`` rules (factcheck/checks/consistency.py, rules/compare/).
"""

from __future__ import annotations

import datetime as _dt
import sys
import types
from typing import Any

from factcheck.finding import Finding

__all__ = ["compare_texts", "compare_mentions"]


def compare_texts(
    old: str,
    new: str,
    reference_date: _dt.date | str | None = None,
    rules: Any = None,
) -> list[Finding]:
    """Findings for every figure of both versions, matches included.

    ``reference_date`` resolves relative dates in both texts; ``rules`` is a
    RuleSet (or list of rule mappings) whose ``consistency`` rules override the
    defaults. Each finding's offsets point into the text named by ``side``.
    """
    from factcheck.extract import extract

    return compare_mentions(
        old, extract(old, reference_date), new, extract(new, reference_date), rules
    )


def compare_mentions(
    old: str, old_mentions: list, new: str, new_mentions: list, rules: Any = None
) -> list[Finding]:
    """Like ``compare_texts`` for mentions already extracted (batch runs reuse them)."""
    from factcheck.checks.consistency import compare_settings
    from factcheck.compare.align import align
    from factcheck.compare.context import prepare
    from factcheck.compare.judge import Side, judge
    from factcheck.extract import split_sentences

    settings = compare_settings(rules)
    old_spans, new_spans = split_sentences(old), split_sentences(new)
    old_side = Side("old", old, old_mentions, [old[s:e].strip() for s, e in old_spans])
    new_side = Side("new", new, new_mentions, [new[s:e].strip() for s, e in new_spans])
    pairs = align(
        prepare(old, old_mentions, old_spans), prepare(new, new_mentions, new_spans), settings
    )
    findings = [f for p in pairs if (f := judge(p, old_side, new_side, settings)) is not None]
    findings.sort(key=lambda f: (f.side != "new", f.start, f.end))
    return findings


class _CallableModule(types.ModuleType):
    """Lets ``factcheck.compare(old, new)`` keep working once this package is imported.

    Importing ``factcheck.compare`` (the package) sets the attribute
    ``factcheck.compare`` to the module, shadowing the public function of the
    same name in ``factcheck/__init__.py``; calling the module does what the
    function does, so the public API works whatever was imported first.
    """

    def __call__(
        self, old: str, new: str, reference_date: Any = None, rules: Any = None
    ) -> list[Finding]:
        return compare_texts(old, new, reference_date=reference_date, rules=rules)


sys.modules[__name__].__class__ = _CallableModule
