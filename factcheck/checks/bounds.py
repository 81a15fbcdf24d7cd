"""Rule type ``bounds``: a figure a project names must lie within ``min`` and ``max``.

Some figures have limits the newsroom knows and a typo breaks: a turnout
over 100%, an interest rate of 45%, a marathon of 4.2 km. A bounds rule
selects figures and says what they may be; the content is data, so a project
adds one with a YAML file and no Python.

A figure is selected when every selector given holds (at least one must be
given):

- ``noun``: a word or list of words the figure is about: the noun it counts
  ("112 seats"), a noun right after it ("a 112% turnout", "112% of the
  turnout"), or a noun shortly before it in its sentence with no other figure
  in between ("Turnout was 112%", "turnout reached a record 112%"). Matched
  in any case; a plural "s" is allowed.
- ``unit``: a unit name as extraction names it (``percent``, ``metre``,
  ``mile``, ``US dollar``; see ``factcheck/lang/units.yaml``) or one of its
  spellings (``"%"``, ``km``); the figure must be written in that unit.
- ``dimension``: a pint dimension in brackets (``"[length]"``,
  ``"[length] ** 2"``, ``"[mass]"``) or one of extraction's dimension names
  (``percentage``, ``currency``, ``count``). A figure of a pint dimension is
  converted to ``unit`` when given, else to pint's base unit (metres,
  kilograms, seconds), before it is compared.

Only quantities are read (not dates), and a figure that states a change
("turnout rose 12%") is skipped unless ``changes`` is true: a bound is on a
level. A range is out of bounds when either end is. "more than", "about" do
not change the figure compared.

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``noun`` | str or list | none | select figures about this noun |
| ``unit`` | str | none | select figures in this unit (with ``dimension``: the unit of ``min``/``max``) |
| ``dimension`` | str | none | select figures of this dimension |
| ``min`` | float | none | smallest allowed value |
| ``max`` | float | none | largest allowed value |
| ``window`` | int | ``6`` | how many words before the figure ``noun`` may stand |
| ``changes`` | bool | ``false`` | also bound figures that state a change |

Message placeholders: ``{figure}`` (as written), ``{value}`` (the value
compared), ``{min}``, ``{max}``, ``{bound}`` ("at most 100", "between 0 and
100"), ``{what}`` (what the rule selects).

Example (``rules/turnout.yaml`` of a project)::

    id: turnout
    type: bounds
    level: error
    noun: turnout
    unit: percent
    max: 100
    message: "{figure}: a turnout cannot be over {max}%"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import factcheck.lang as lang
from factcheck.checks.engine import finding, fmt_number
from factcheck.mention import Mention

TYPE = "bounds"
SCOPE = "article"
OPTIONS: dict[str, tuple[Any, Any]] = {
    "noun": ((str, list), None),
    "unit": (str, None),
    "dimension": (str, None),
    "min": (float, None),
    "max": (float, None),
    "window": (int, 6),
    "changes": (bool, False),
}
DEFAULT_MESSAGE = "{figure}: {what} must be {bound}"

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CHANGE_BEFORE = re.compile(
    rf"\b(?:{lang.alternation('direction.up', 'direction.down')})\s+(?:by\s+)?(?:about\s+)?\Z",
    re.I,
)
"""A change verb right before the figure ("rose 12%", "fell by 5%"): a change, not a level."""
_CLAUSE_END = re.compile(r"[;:()\[\]]|,\s+(?:but|while|and|whereas)\b")


def validate(rule: Any) -> None:
    from factcheck.units import dimensionality

    if rule["noun"] is None and rule["unit"] is None and rule["dimension"] is None:
        raise ValueError("give noun, unit or dimension: which figures the bounds are for")
    if rule["min"] is None and rule["max"] is None:
        raise ValueError("give min, max or both")
    if rule["min"] is not None and rule["max"] is not None and rule["min"] > rule["max"]:
        raise ValueError("min: is larger than max")
    if rule["noun"] is not None:
        nouns = _nouns(rule)
        if not nouns or not all(isinstance(n, str) and _WORD.fullmatch(n) for n in nouns):
            raise ValueError("noun: must be a word or a list of words")
    if rule["window"] < 0:
        raise ValueError("window: must be 0 or more")
    if rule["unit"] is not None:
        _unit_name(rule["unit"])  # raises a ValueError naming the option
    dim = rule["dimension"]
    if dim is not None and dim.startswith("["):
        if dimensionality(dim) is None:
            raise ValueError(f"dimension: pint does not know {dim!r} (say '[length]', '[mass]')")
        if rule["unit"] is not None and dimensionality(_unit_name(rule["unit"])) != dimensionality(
            dim
        ):
            raise ValueError(f"unit: {rule['unit']!r} is not of dimension {dim}")
    elif dim is not None and dim not in _dimension_names():
        known = ", ".join(sorted(_dimension_names()))
        raise ValueError(
            f"dimension: unknown {dim!r} (a pint dimension such as '[length]', or {known})"
        )


def run(article, rule) -> Iterator:
    nouns = {n.lower() for n in _nouns(rule)} if rule["noun"] is not None else None
    unit = _unit_name(rule["unit"]) if rule["unit"] is not None else None
    dim = rule["dimension"]
    what = _what(rule)
    quantities = [m for m in article.mentions if m.kind == "quantity"]
    for i, m in enumerate(quantities):
        if not rule["changes"] and (
            m.change or _CHANGE_BEFORE.search(article.text[max(0, m.start - 40) : m.start])
        ):
            continue
        if nouns is not None and not _about(
            article, m, quantities[i - 1] if i else None, nouns, rule
        ):
            continue
        values = _values(m, unit, dim)
        if values is None:
            continue
        out = [v for v in values if _outside(v, rule["min"], rule["max"])]
        if not out:
            continue
        yield finding(
            article,
            rule,
            [m],
            "conflict",
            figure=m.text.strip(),
            value=fmt_number(out[0]),
            min=_show(rule["min"]),
            max=_show(rule["max"]),
            bound=_bound(rule["min"], rule["max"]),
            what=what,
        )


def _nouns(rule) -> list[str]:
    noun = rule["noun"]
    return [noun] if isinstance(noun, str) else list(noun)


def _unit_name(unit: str) -> str:
    """The canonical unit an option names: a name ("percent") or a spelling ("%", "km")."""
    from factcheck.extract.lexicon import CURRENCIES, unit_table

    lower, exact = unit_table()
    names = {name for name, _ in lower.values()} | {name for name, _ in exact.values()}
    if unit in names or unit in CURRENCIES:
        return unit
    hit = exact.get(unit) or lower.get(unit.lower())
    if hit is None:
        raise ValueError(f"unit: unknown unit {unit!r} (a name from factcheck/lang/units.yaml)")
    return hit[0]


def _dimension_names() -> set[str]:
    from factcheck.extract.lexicon import unit_table

    lower, exact = unit_table()
    return (
        {dim for _, dim in lower.values()}
        | {dim for _, dim in exact.values()}
        | {
            "currency",
            "count",
        }
    )


def _about(article, m: Mention, previous: Mention | None, nouns: set[str], rule) -> bool:
    """Whether ``m`` is a figure about one of ``nouns`` (see the module docstring)."""
    if m.noun and _is_noun(m.noun, nouns):
        return True
    after = _WORD.match(article.text, m.end + _spaces(article.text, m.end))
    if after and after.group().lower() == "of":
        rest = article.text[after.end() : after.end() + 40].split()
        if rest and rest[0].lower() in ("the", "its", "their", "a"):
            rest = rest[1:]
        if rest and _is_noun(rest[0].strip(".,;:!?"), nouns):
            return True
    elif after and _is_noun(after.group(), nouns):
        return True
    s, _ = article.sentence_span(article.sentence_at(m.start))
    start = max(s, previous.end if previous is not None else s)
    before = article.text[start : m.start]
    clause = _CLAUSE_END.split(before)[-1]
    words = _WORD.findall(clause)[-rule["window"] :] if rule["window"] else []
    return any(_is_noun(w, nouns) for w in words)


def _spaces(text: str, at: int) -> int:
    n = 0
    while at + n < len(text) and text[at + n] in " \t\u00a0-" and n < 3:
        n += 1
    return n


def _is_noun(word: str, nouns: set[str]) -> bool:
    w = word.lower().strip("'’")
    return (
        w in nouns
        or (w.endswith("s") and w[:-1] in nouns)
        or (w.endswith("es") and w[:-2] in nouns)
    )


def _values(m: Mention, unit: str | None, dim: str | None) -> list[float] | None:
    """The values of ``m`` to compare (in the rule's unit), or None when not selected."""
    from factcheck.units import convert, dimensionality, to_base

    raw = [m.value] if m.value is not None else [v for v in (m.low, m.high) if v is not None]
    if not raw:
        return None
    raw = [float(v) for v in raw]
    if dim is None:
        if unit is not None and m.unit != unit:
            return None
        return raw
    if not dim.startswith("["):
        if m.dimension != dim or (unit is not None and m.unit != unit):
            return None
        return raw
    if not m.unit or dimensionality(m.unit) != dimensionality(dim):
        return None
    if unit is not None:
        out = [convert(v, m.unit, unit) for v in raw]
    else:
        out = [to_base(v, m.unit) for v in raw]
    if any(v is None for v in out):
        return None
    return [float(v) for v in out if v is not None]


def _outside(value: float, low: float | None, high: float | None) -> bool:
    return (low is not None and value < low) or (high is not None and value > high)


def _show(x: float | None) -> str:
    return "" if x is None else fmt_number(x)


def _bound(low: float | None, high: float | None) -> str:
    if low is not None and high is not None:
        return f"between {fmt_number(low)} and {fmt_number(high)}"
    if high is not None:
        return f"at most {fmt_number(high)}"
    return f"at least {fmt_number(low)}"


def _what(rule) -> str:
    parts = []
    if rule["noun"] is not None:
        parts.append(" or ".join(_nouns(rule)))
    if rule["unit"] is not None and rule["dimension"] is None:
        parts.append(f"in {rule['unit']}")
    if rule["dimension"] is not None:
        parts.append(f"of dimension {rule['dimension']}")
        if rule["unit"] is not None:
            parts.append(f"in {rule['unit']}")
    text = " ".join(parts)
    return text if rule["noun"] is not None else f"a figure {text}"
