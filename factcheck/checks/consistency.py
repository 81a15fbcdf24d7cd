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
| ``change`` | str | ``any`` | for conflicts, which change: value, qualifier, vaguer, sharper, direction, unit, predicate, winner, or any; or a loosening: coarser, hedged (below) |
| ``rounding`` | str | ``always`` | (match rule) a coarser NEW figure that rounds OLD is a match: ``always``, ``approximate`` (only with "about", "some", ...), ``never`` |
| ``conversion_tolerance`` | float >= 0 | ``0.02`` | (match rule) relative slack allowed on a unit conversion beyond its rounding |
| ``borderline`` | bool | ``false`` | (dropped/added rules) also flag vague words such as "several" or "a few" |
| ``new_is`` | str | ``any`` | the reading of NEW the rule is for: ``any``, ``rewrite`` or ``summary`` (``--new-is``; the summary rules are ``rules/compare/summary/``) |
| ``report`` | bool | ``true`` | ``false``: the status (or change) is not reported at all, as a summary's dropped figures |

A conflict whose NEW figure says less than OLD's and holds for it is a
*loosening* (``change``: ``coarser``, a date OLD's date entails, "1643" for
"14 September 1643"; ``hedged``, a qualifier OLD's exact figure makes true,
"about 50" for 50). A rule for a loosening may report it with status
``match`` or ``derived`` instead of ``conflict``; without such a rule it is
the ``vaguer`` or ``qualifier`` conflict it is (consistency.md).

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

from factcheck.config import READINGS
from factcheck.rulefile import NonNegative

TYPE = "consistency"
SCOPE = "compare"
OPTIONS: dict[str, tuple[type, Any]] = {
    "status": (str, "conflict"),
    "change": (str, "any"),
    "rounding": (str, "always"),
    "conversion_tolerance": (NonNegative, 0.02),
    "borderline": (bool, False),
    "new_is": (str, "any"),
    "report": (bool, True),
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
    "coarser",
    "hedged",
    "any",
)
ROUNDING = ("always", "approximate", "never")
LOOSENINGS = ("coarser", "hedged")
"""Changes that say less than OLD and hold for it; a rule may report them as not flags."""
LOOSENING_STATUSES = ("conflict", "match", "derived")
NEW_IS = ("any", *READINGS)
"""Which reading of NEW a rule is for (``compare --new-is``): every one, or one."""


def validate(rule: Any) -> None:
    """Rules-engine hook: refuse a status, change or rounding that does not exist."""
    for name, choices in (
        ("status", STATUSES),
        ("change", CHANGES),
        ("rounding", ROUNDING),
        ("new_is", NEW_IS),
    ):
        value = option(rule, name, choices[0])
        if value not in choices:
            raise ValueError(f"{name}: must be one of {', '.join(choices)}, not {value!r}")
    change, status = option(rule, "change", "any"), option(rule, "status", "conflict")
    if change in LOOSENINGS and status not in LOOSENING_STATUSES:
        raise ValueError(
            f"status: a loosening ({change}) is reported as one of "
            f"{', '.join(LOOSENING_STATUSES)}, not {status!r}"
        )
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
