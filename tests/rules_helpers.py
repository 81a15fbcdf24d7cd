"""Shared by the rule-type tests: run one rule of the defaults on a sentence."""

from __future__ import annotations

from factcheck.checks import check_text, default_ruleset
from factcheck.ruleset import RuleSet


def run_rule(text: str, rule_id: str, date=None, **options):
    """Findings of one default rule on ``text``, with ``options`` overriding its own."""
    import copy

    rule = copy.deepcopy(default_ruleset().get(rule_id))
    rule.options.update(options)
    return check_text(text, reference_date=date, rules=RuleSet([rule]))


def verdict(text: str, rule_id: str, **kw) -> str:
    """ "conflict", "match", "unverifiable" or "none" for one rule on ``text``."""
    statuses = {f.status for f in run_rule(text, rule_id, **kw)}
    for s in ("conflict", "unverifiable", "match"):
        if s in statuses:
            return s
    return "none"
