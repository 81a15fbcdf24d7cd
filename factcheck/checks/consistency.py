"""Rule type ``consistency``: how ``factcheck compare`` reports each status.

``factcheck compare OLD NEW`` aligns the figures of two versions and gives
every figure a status (match, conflict, dropped, added, derived; see
docs/compare.md). A ``consistency`` rule says how one status - or, for
conflicts, one kind of change - is reported: its level and its message.
The rule for ``match`` also sets the tolerances that decide what still counts
as the same value. The defaults live in ``rules/compare/``; a project
overrides a rule by giving a rule with the same ``id`` in its own rules
folder (``.factcheck.yaml`` / ``--rules DIR``).

Options:

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``status`` | str | ``conflict`` | the status the rule reports: match, conflict, dropped, added, derived |
| ``change`` | str | ``any`` | for conflicts, which change: value, qualifier, vaguer, sharper, direction, unit, or any |
| ``rounding`` | str | ``always`` | (match rule) a coarser NEW figure that rounds OLD is a match: ``always``, ``approximate`` (only with "about", "some", ...), ``never`` |
| ``conversion_tolerance`` | float | ``0.02`` | (match rule) relative slack allowed on a unit conversion beyond its rounding |
| ``borderline`` | bool | ``false`` | (dropped/added rules) also flag vague words such as "several" or "a few" |

Message placeholders: ``{old}``, ``{new}`` (the figures as written),
``{detail}`` (what changed, e.g. ``approximate -> at_least``).

Example (``rules/compare/qualifier.yaml``)::

    id: compare-qualifier
    type: consistency
    level: warning
    status: conflict
    change: qualifier
    message: "qualifier changed: '{old}' became '{new}'"
"""

from __future__ import annotations

from dataclasses import dataclass, field
from os import PathLike
from typing import Any

TYPE = "consistency"
SCOPE = "compare"
OPTIONS: dict[str, tuple[type, Any]] = {
    "status": (str, "conflict"),
    "change": (str, "any"),
    "rounding": (str, "always"),
    "conversion_tolerance": (float, 0.02),
    "borderline": (bool, False),
}
DEFAULT_MESSAGE = "'{new}' where the original has '{old}'"

STATUSES = ("match", "conflict", "dropped", "added", "derived")
CHANGES = ("value", "qualifier", "vaguer", "sharper", "direction", "unit", "any")
ROUNDING = ("always", "approximate", "never")

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
)
"""The built-in rules, mirrored by rules/compare/*.yaml (a test keeps them equal)."""


@dataclass(frozen=True)
class Verdict:
    """How one status (and kind of change) is reported."""

    rule: str
    level: str
    message: str


@dataclass
class CompareSettings:
    """Everything ``compare_texts`` needs from the rules, in one place."""

    verdicts: dict[tuple[str, str], Verdict] = field(default_factory=dict)
    """(status, change) -> Verdict; a missing status is not reported at all."""
    rounding: str = "always"
    conversion_tolerance: float = 0.02
    flag_borderline: dict[str, bool] = field(default_factory=dict)

    def verdict(self, status: str, change: str = "any") -> Verdict | None:
        """The rule reporting ``status`` (and ``change``), or None when switched off."""
        return self.verdicts.get((status, change)) or self.verdicts.get((status, "any"))


def compare_settings(rules: Any = None) -> CompareSettings:
    """The settings of ``compare``, from the ``consistency`` rules in force.

    ``rules`` is a RuleSet from the rules engine, a rules folder (added to the
    defaults), an iterable of rules (objects or mappings), or None for the
    default rules. When the given rules contain any ``consistency`` rule, they
    are the whole truth: a status whose rule was disabled is not reported.
    Without any (or without the rules engine), the built-in defaults apply.
    """
    chosen = [r for r in _resolve(rules) if _get(r, "type", TYPE) == TYPE]
    settings = CompareSettings()
    if not chosen:
        chosen = [dict(r, type=TYPE) for r in DEFAULT_RULES]
    for rule in chosen:
        _apply(settings, rule)
    return settings


def _resolve(rules: Any) -> list[Any]:
    """The rules to read: the engine's RuleSet when it is there, else nothing."""
    if rules is not None and not isinstance(rules, (str, PathLike)):
        return list(rules.of_type(TYPE)) if hasattr(rules, "of_type") else list(rules)
    try:
        from factcheck.checks import resolve_rules
    except ImportError:  # the rules engine is not installed: built-in defaults
        if rules is not None:
            from factcheck.errors import RuleError

            raise RuleError(str(rules), None, None, "rule folders need factcheck.ruleset") from None
        return []
    return list(resolve_rules(rules).of_type(TYPE))


def _apply(settings: CompareSettings, rule: Any) -> None:
    status = _get(rule, "status", "conflict")
    change = _get(rule, "change", "any") if status == "conflict" else "any"
    _check_choice(rule, "status", status, STATUSES)
    _check_choice(rule, "change", change, CHANGES)
    settings.verdicts[(status, change)] = Verdict(
        rule=_get(rule, "id", f"compare-{status}"),
        level=_get(rule, "level", "warning"),
        message=_get(rule, "message", None) or DEFAULT_MESSAGE,
    )
    if status == "match":
        settings.rounding = _get(rule, "rounding", settings.rounding)
        _check_choice(rule, "rounding", settings.rounding, ROUNDING)
        settings.conversion_tolerance = float(
            _get(rule, "conversion_tolerance", settings.conversion_tolerance)
        )
    if status in ("dropped", "added"):
        settings.flag_borderline[status] = bool(_get(rule, "borderline", False))


def validate(rule: Any) -> None:
    """Rules-engine hook: refuse a status, change or rounding that does not exist."""
    for name, choices in (("status", STATUSES), ("change", CHANGES), ("rounding", ROUNDING)):
        value = _get(rule, name, choices[0])
        if value not in choices:
            raise ValueError(f"{name}: must be one of {', '.join(choices)}, not {value!r}")
    if float(_get(rule, "conversion_tolerance", 0.02)) < 0:
        raise ValueError("conversion_tolerance: must not be negative")


def _check_choice(rule: Any, name: str, value: Any, choices: tuple[str, ...]) -> None:
    if value not in choices:
        from factcheck.errors import RuleError

        raise RuleError(
            str(_get(rule, "file", None) or _get(rule, "id", "rule")),
            _get(rule, "line", None),
            name,
            f"must be one of {', '.join(choices)}, not {value!r}",
        )


def _get(rule: Any, name: str, default: Any) -> Any:
    """An option of a rule given as a mapping or as an object with ``options``."""
    if isinstance(rule, dict):
        if name in rule:
            return rule[name]
        return (rule.get("options") or {}).get(name, default)
    options = getattr(rule, "options", None) or {}
    if name in options:
        return options[name]
    value = getattr(rule, name, None)
    return default if value is None else value


def fill(template: str, **values: str) -> str:
    """``template`` with ``{old}``, ``{new}``, ``{detail}`` filled; unknown names kept."""
    import string

    class _Safe(string.Formatter):
        def get_value(self, key, args, kwargs):  # type: ignore[override]
            return kwargs.get(key, "{" + str(key) + "}") if isinstance(key, str) else ""

        def format_field(self, value, format_spec):  # type: ignore[override]
            return str(value)

    try:
        return _Safe().vformat(template, (), values)
    except (ValueError, IndexError):
        return template
