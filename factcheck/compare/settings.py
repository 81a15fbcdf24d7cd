"""compare's settings: how each status is reported, and the tolerances of a match.

``factcheck compare`` reads its levels, messages and tolerances from the
``consistency`` rules in force (the rule type is declared in
``factcheck/checks/consistency.py``; the default rules are ``rules/compare/``).
``compare_settings`` turns those rules into one ``CompareSettings`` that the
aligner and the judge read, so no part of compare looks at rules itself.

A rule may be for one reading of NEW only (its ``new_is``: ``rewrite``,
``summary`` or ``condensed``; ``compare --new-is``, docs/compare.md "Summary
mode"): the rules for every reading apply first, then those of the reading in
force, so that the summary rules (``rules/compare/summary/``) switch statuses
off or report a true loosening as no flag, and a project overrides them by id
like any rule. A condensed NEW takes the summary's loosening rules (``change:
coarser`` or ``hedged``), not its unreported drops.
"""

from __future__ import annotations

import string
from dataclasses import dataclass, field
from os import PathLike
from typing import Any

from factcheck.checks.consistency import (
    CHANGES,
    DEFAULT_MESSAGE,
    LOOSENING_STATUSES,
    LOOSENINGS,
    NEW_IS,
    ROUNDING,
    STATUSES,
    TYPE,
    option,
)
from factcheck.config import READINGS
from factcheck.errors import RuleError

DEFAULT_RULES: tuple[dict[str, Any], ...] = (
    {
        "id": "compare-match",
        "level": "info",
        "status": "match",
        "message": "'{new}' keeps '{old}'",
    },
    {
        "id": "compare-conflict",
        "level": "error",
        "status": "conflict",
        "change": "any",
        "message": "'{new}' where the original has '{old}'",
    },
    {
        "id": "compare-qualifier",
        "level": "warning",
        "status": "conflict",
        "change": "qualifier",
        "message": "qualifier changed: '{old}' became '{new}'",
    },
    {
        "id": "compare-vaguer",
        "level": "warning",
        "status": "conflict",
        "change": "vaguer",
        "message": "vaguer than the original: '{old}' became '{new}'",
    },
    {
        "id": "compare-predicate",
        "level": "error",
        "status": "conflict",
        "change": "predicate",
        "message": "'{new}' {new_predicate} where the original has {old} {old_predicate}",
    },
    {
        "id": "compare-winner",
        "level": "error",
        "status": "conflict",
        "change": "winner",
        "message": "'{new}' where the original has '{old}': {detail}",
    },
    {
        "id": "compare-dropped",
        "level": "warning",
        "status": "dropped",
        "message": "'{old}' from the original is not in the new version",
    },
    {
        "id": "compare-added",
        "level": "error",
        "status": "added",
        "message": "'{new}' is not in the original",
    },
    {
        "id": "compare-derived",
        "level": "info",
        "status": "derived",
        "message": "'{new}' is computed from the original's '{old}' ({detail})",
    },
    {
        "id": "compare-summary-dropped",
        "level": "warning",
        "status": "dropped",
        "new_is": "summary",
        "report": False,
        "message": "'{old}' from the original is not in the summary",
    },
    {
        "id": "compare-summary-coarser",
        "level": "info",
        "status": "derived",
        "change": "coarser",
        "new_is": "summary",
        "message": "'{new}' is the original's '{old}' written coarser, as a summary does",
    },
    {
        "id": "compare-summary-hedged",
        "level": "info",
        "status": "match",
        "change": "hedged",
        "new_is": "summary",
        "message": "'{new}' keeps '{old}' with a hedge that holds for it",
    },
)
"""The built-in rules, mirrored by rules/compare/**/*.yaml (a test keeps them equal)."""


@dataclass(frozen=True)
class Verdict:
    """How one status (and kind of change) is reported."""

    rule: str
    level: str
    message: str
    status: str = ""
    """The status a finding is reported with; a loosening's rule may say match or derived."""


@dataclass
class CompareSettings:
    """Everything ``compare_texts`` needs from the rules, in one place."""

    verdicts: dict[tuple[str, str], Verdict] = field(default_factory=dict)
    """(status, change) -> Verdict; a missing status is not reported at all."""
    rounding: str = "always"
    conversion_tolerance: float = 0.02
    flag_borderline: dict[str, bool] = field(default_factory=dict)
    new_is: str = "rewrite"
    """The reading of NEW these settings are for (``READINGS``)."""

    def verdict(self, status: str, change: str = "any") -> Verdict | None:
        """The rule reporting ``status`` (and ``change``), or None when switched off."""
        return self.verdicts.get((status, change)) or self.verdicts.get((status, "any"))

    def loosening(self, change: str) -> Verdict | None:
        """The rule for a true loosening (``coarser``, ``hedged``), or None: then the
        pair is the ``vaguer`` or ``qualifier`` conflict it is."""
        return self.verdicts.get(("conflict", change)) if change in LOOSENINGS else None


def compare_settings(rules: Any = None, new_is: str = "rewrite") -> CompareSettings:
    """The settings of ``compare``, from the ``consistency`` rules in force.

    ``rules`` is a RuleSet from the rules engine, a rules folder (added to the
    defaults), an iterable of rules (objects or mappings), or None for the
    default rules. When the given rules contain any ``consistency`` rule, they
    are the whole truth: a status whose rule was disabled is not reported.
    Without any, the built-in defaults apply. ``new_is`` is the reading of NEW
    in force (``READINGS``): the rules for any reading apply, then its own.
    """
    if new_is not in READINGS:
        raise ValueError(f"new_is must be one of {', '.join(READINGS)}, not {new_is!r}")
    chosen = [r for r in _resolve(rules) if option(r, "type", TYPE) == TYPE]
    settings = CompareSettings(new_is=new_is)
    if not chosen:
        chosen = [dict(r, type=TYPE) for r in DEFAULT_RULES]
    for rule in chosen:
        _check_choice(rule, "new_is", option(rule, "new_is", "any"), NEW_IS)
    for reading in ("any", new_is):
        for rule in chosen:
            if _reads(option(rule, "new_is", "any"), option(rule, "change", "any"), reading):
                _apply(settings, rule)
    return settings


def _reads(rule_reading: str, change: str, reading: str) -> bool:
    """Whether a rule for ``rule_reading`` (and ``change``) applies in ``reading``: its own,
    and in a condensed NEW the summary's true loosenings too (a coarser date, a hedge that
    holds), never its unreported drops."""
    if rule_reading == reading:
        return True
    return reading == "condensed" and rule_reading == "summary" and change in LOOSENINGS


def _resolve(rules: Any) -> list[Any]:
    """The ``consistency`` rules among ``rules`` (a folder or None: through the loader)."""
    if rules is None or isinstance(rules, (str, PathLike)):
        from factcheck.ruleset import resolve_rules

        rules = resolve_rules(rules)
    return list(rules.of_type(TYPE)) if hasattr(rules, "of_type") else list(rules)


def _apply(settings: CompareSettings, rule: Any) -> None:
    status = option(rule, "status", "conflict")
    change = option(rule, "change", "any")
    _check_choice(rule, "status", status, STATUSES)
    _check_choice(rule, "change", change, CHANGES)
    if change in LOOSENINGS:
        # the judge finds a loosening where it would report a conflict; the rule
        # says which status it is reported with
        _check_choice(rule, "status", status, LOOSENING_STATUSES)
        key = ("conflict", change)
    else:
        key = (status, change if status == "conflict" else "any")
    if not option(rule, "report", True):
        settings.verdicts.pop(key, None)
        return
    settings.verdicts[key] = Verdict(
        rule=option(rule, "id", f"compare-{status}"),
        level=option(rule, "level", "warning"),
        message=option(rule, "message", None) or DEFAULT_MESSAGE,
        status=status,
    )
    if change in LOOSENINGS:
        return  # the tolerances below are the match rule's, not a loosening's
    if status == "match":
        settings.rounding = option(rule, "rounding", settings.rounding)
        _check_choice(rule, "rounding", settings.rounding, ROUNDING)
        settings.conversion_tolerance = float(
            option(rule, "conversion_tolerance", settings.conversion_tolerance)
        )
    if status in ("dropped", "added"):
        settings.flag_borderline[status] = bool(option(rule, "borderline", False))


def _check_choice(rule: Any, name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise RuleError(
            str(option(rule, "file", None) or option(rule, "id", "rule")),
            option(rule, "line", None),
            name,
            f"must be one of {', '.join(choices)}, not {value!r}",
        )


class _KeepUnknown(string.Formatter):
    """Fills the names it is given and leaves any other ``{name}`` as written."""

    def get_value(self, key, args, kwargs):  # type: ignore[override]
        return kwargs.get(key, "{" + str(key) + "}") if isinstance(key, str) else ""

    def format_field(self, value, format_spec):  # type: ignore[override]
        return str(value)


_KEEP_UNKNOWN = _KeepUnknown()
"""One formatter for every finding's message (``fill``), not a class per call."""


def fill(template: str, **values: str) -> str:
    """``template`` with ``{old}``, ``{new}``, ``{detail}`` (and for a changed
    predicate ``{old_predicate}``, ``{new_predicate}``) filled; unknown names kept."""
    try:
        return _KEEP_UNKNOWN.vformat(template, (), values)
    except (ValueError, IndexError):
        return template
