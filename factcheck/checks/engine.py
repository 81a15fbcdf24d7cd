"""The check engine: run article-scope rules on an article and place their findings.

``check_article`` runs the rules, drops findings switched off by inline
directives, and maps every finding back to the source file (offsets, line,
column, sentence); ``finding`` is the one way a rule type builds a Finding.
The rule types import this module, so it imports none of them nor the rule
loader: each Rule carries its type (``rule.rule_type``), and the list of types
lives in ``factcheck.checks.registry``.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from factcheck.errors import InternalError
from factcheck.finding import Finding
from factcheck.fingerprint import assign_fingerprints
from factcheck.mention import Mention
from factcheck.units import extended

if TYPE_CHECKING:
    from factcheck.article import Article
    from factcheck.ruleset import Rule, RuleSet

__all__ = ["check_article", "finding", "fmt_number", "CheckFailed"]


class CheckFailed(InternalError):
    """A rule type crashed on an article: a bug of ours, reported in one line.

    ``factcheck check`` records it against the file and goes on with the
    others (exit code 2), as it does for an unreadable file.
    """


def check_article(article: Article, rules: RuleSet | Iterable[Rule]) -> list[Finding]:
    """Run each article-scope rule; return findings mapped to the source, in text order.

    The units the article was extracted with (``article.units``) are in force
    while the rules run, so a conversion to a unit the rule set defines is
    checked like any other.
    """
    with extended(article.units):
        return _check(article, rules)


def _check(article: Article, rules: RuleSet | Iterable[Rule]) -> list[Finding]:
    out: list[Finding] = []
    for rule in rules:
        rtype = rule.rule_type
        if rtype.scope != "article" or rtype.run is None:
            continue
        try:
            found = list(rtype.run(article, rule))
        except Exception as exc:
            where = article.path or "<text>"
            raise CheckFailed(where, exc, f"rule '{rule.id}' failed") from exc
        for f in found:
            if rule.excludes(f.sentence):
                continue
            _to_source(article, f)
            if article.is_disabled(rule.id, rule.type, f.start):
                continue
            out.append(f)
    out.sort(key=lambda f: (f.start, f.end, f.rule))
    assign_fingerprints(out)
    return out


def finding(
    article: Article,
    rule: Rule,
    mentions: list[Mention],
    status: str = "conflict",
    start: int | None = None,
    end: int | None = None,
    level: str | None = None,
    extra: dict[str, Any] | None = None,
    template: str | None = None,
    **values: Any,
) -> Finding:
    """A Finding of ``rule`` on ``mentions`` with the rule's message filled in.

    Offsets are prose offsets (as in the mentions); the engine maps them to
    the source. ``level`` defaults to the rule's level for conflicts and to
    "info" for matches and unverifiable figures, which are reports, not
    problems. ``values`` fill the message template: the rule's ``message``, or
    ``template`` (a type's ``match_message`` option, say) when given.
    """
    if start is None:
        start = min(m.start for m in mentions)
    if end is None:
        end = max(m.end for m in mentions)
    if level is None:
        level = rule.level if status == "conflict" else "info"
    sentence = article.sentence_at(start)
    values.setdefault("text", article.text[start:end])
    values.setdefault("status", status)
    return Finding(
        rule=rule.id,
        level=level,
        status=status,
        message=rule.render(template if template is not None else rule.message, **values),
        file=article.path,
        start=start,
        end=end,
        sentence=article.sentence_text(sentence),
        sentence_spans={"": article.sentence_span(sentence)},
        mentions=list(mentions),
        extra=dict(extra or {}),
    )


def _to_source(article: Article, f: Finding) -> None:
    """Rewrite prose offsets of ``f`` and its mentions as offsets into the file."""
    f.start, f.end = article.to_source(f.start, f.end)
    f.line, f.column = article.line_column(f.start)
    f.file = article.path
    f.figure = article.source[f.start : f.end]
    f.sentence_spans = {k: article.to_source(a, b) for k, (a, b) in f.sentence_spans.items()}
    f.mentions = [article.in_source(m) for m in f.mentions]


def fmt_number(x: float | None, decimals: int | None = None) -> str:
    """A number as a newspaper writes it: thousands separators, no trailing .0."""
    if x is None:
        return "?"
    if decimals is not None and decimals > 0:
        return f"{x:,.{decimals}f}"
    if abs(x - round(x)) < 1e-9:
        return f"{round(x):,}"
    if abs(x) >= 100:
        return f"{x:,.0f}"
    if abs(x) >= 10:
        return f"{x:,.1f}".rstrip("0").rstrip(".")
    return f"{x:,.2f}".rstrip("0").rstrip(".")
