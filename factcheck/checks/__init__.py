"""Single-article checks: the entry points of ``factcheck check``.

Each rule type is a module of this package, listed in ``registry.py`` (see
``factcheck.ruleset`` for the contract and docs/rules.md for the types); the
engine that runs them is ``engine.py``. This module only puts the pieces
together for callers: text in, findings out.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

from factcheck.checks.engine import CheckFailed, check_article
from factcheck.finding import Finding
from factcheck.ruleset import default_ruleset, resolve_rules

__all__ = ["check_text", "check_article", "default_ruleset", "resolve_rules", "CheckFailed"]


def check_text(
    text: str,
    reference_date: _dt.date | str | None = None,
    rules: Any = None,
    path: str | None = None,
) -> list[Finding]:
    """Findings of the article-scope rules on ``text`` (matches included).

    ``rules`` is a RuleSet, a list of Rules, a rule folder (added to the
    defaults) or None for the default rules. ``path`` only chooses how the text
    is read (``.md``/``.html`` are checked on their prose) and names the file
    in findings.
    """
    from factcheck.article import Article

    ruleset = resolve_rules(rules)
    units = ruleset.units()
    article = Article.from_text(text, path=path, reference_date=reference_date, units=units)
    return check_article(article, ruleset)
