"""Rule type ``consistency``: how ``factcheck compare`` reports each status.

``factcheck compare OLD NEW`` aligns the figures of two versions and gives
every figure a status (match, conflict, dropped, added, derived; see
docs/compare.md). A ``consistency`` rule says how one status - or, for
conflicts, one kind of change - is reported: its level and its message.
The rule for ``match`` also sets the tolerances that decide what still counts
as the same value. The defaults live in ``rules/compare/``; a project
overrides a rule by giving a rule with the same ``id`` in its own rules
folder (``.factcheck.yaml`` / ``--rules DIR``).

What ``compare`` does with these rules (levels, messages, tolerances) is read
by ``factcheck.compare.settings``; this module only declares the type.

Options:

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``status`` | str | ``conflict`` | the status the rule reports: match, conflict, dropped, added, derived |
| ``change`` | str | ``any`` | for conflicts, which change: value, qualifier, vaguer, sharper, direction, unit, predicate, winner, or any |
| ``rounding`` | str | ``always`` | (match rule) a coarser NEW figure that rounds OLD is a match: ``always``, ``approximate`` (only with "about", "some", ...), ``never`` |
| ``conversion_tolerance`` | float | ``0.02`` | (match rule) relative slack allowed on a unit conversion beyond its rounding |
| ``borderline`` | bool | ``false`` | (dropped/added rules) also flag vague words such as "several" or "a few" |

Message placeholders: ``{old}``, ``{new}`` (the figures as written),
``{detail}`` (what changed, e.g. ``approximate -> at_least``); for a changed
predicate ``{old_predicate}``, ``{new_predicate}`` (the verb of each
figure's class: "'40' injured where the original has 40 killed"); for a result whose
other side now wins, ``{detail}`` names who won in each version.

Example (``rules/compare/qualifier.yaml``)::

    id: compare-qualifier
    type: consistency
    level: warning
    status: conflict
    change: qualifier
    message: "qualifier changed: '{old}' became '{new}'"
"""

from __future__ import annotations

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
CHANGES = (
    "value",
    "qualifier",
    "vaguer",
    "sharper",
    "direction",
    "unit",
    "predicate",
    "winner",
    "any",
)
ROUNDING = ("always", "approximate", "never")


def validate(rule: Any) -> None:
    """Rules-engine hook: refuse a status, change or rounding that does not exist."""
    for name, choices in (("status", STATUSES), ("change", CHANGES), ("rounding", ROUNDING)):
        value = option(rule, name, choices[0])
        if value not in choices:
            raise ValueError(f"{name}: must be one of {', '.join(choices)}, not {value!r}")
    if float(option(rule, "conversion_tolerance", 0.02)) < 0:
        raise ValueError("conversion_tolerance: must not be negative")


def option(rule: Any, name: str, default: Any) -> Any:
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
