"""Rule type ``unit``: teach factcheck a unit, with its spellings, in YAML alone.

"300 tsubo (990 square metres)" is a conversion like any other, but
factcheck cannot check it unless it knows what a tsubo is. A unit rule
defines one in pint's definition syntax, in terms of pint's own units, and
lists how articles spell it. Extraction then reads "300 tsubo" as a figure in
that unit, and the checks that convert (``conversion``, ``reference``,
``bounds`` by dimension) convert it: "300 tsubo (990 square metres)" agrees,
"300 tsubo (500 square metres)" is a conflict of the ``conversion`` rule.
``compare`` and ``diff`` convert it too: "300 tsubo" rewritten as "990 square
metres" is a match, as "500 square metres" a conflict. The rule itself
reports nothing.

The unit belongs to the rule set that defines it: articles checked with
another rule set (another project's ``.factcheck.yaml``) do not know it, and
two projects may define one name differently. The definition is checked with
pint when the rule is loaded; a bad one stops the run with one line naming
the rule file (exit 2).

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``define`` | str | (required) | ``name = expression``: one of the unit in pint's units; the expression may use numbers, pint unit names, ``*``, ``/``, parentheses and ``**`` with a one-digit exponent after a unit name |
| ``spellings`` | list | ``[]`` | how articles write it after a number, matched in any case ("tsubo", "tsubos"); a space matches any run of spaces |
| ``symbols`` | list | ``[]`` | spellings matched exactly, as written ("tb") |

At least one spelling or symbol is needed, and none may already spell a
built-in unit (``factcheck/lang/units.yaml``) or another defined one. The
name must be new to pint. The unit's kind (area, length, mass, ...) is that
of the built-in units with its dimension, so "tsubo" pairs with square metres
and acres.

Example (``rules/tsubo.yaml`` of a project)::

    id: tsubo
    type: unit
    define: "tsubo = 3.305785 * meter ** 2"
    spellings: [tsubo, tsubos]
"""

from __future__ import annotations

import functools
import re
from typing import Any

from factcheck.units import DefinedUnit, dimensionality, parse_definition

TYPE = "unit"
SCOPE = "article"
OPTIONS: dict[str, tuple[Any, Any]] = {
    "define": (str, None),
    "spellings": (list, []),
    "symbols": (list, []),
}
DEFAULT_MESSAGE = "{rule}"

_SPELLING = re.compile(r"[^\W\d_][\w.'’²³/ -]{0,39}\Z")
_SYMBOL = re.compile(r"[^\s\d][^\s]{0,9}\Z")


def validate(rule: Any) -> None:
    defined_unit(rule)


def defined_unit(rule: Any) -> DefinedUnit:
    """The unit ``rule`` defines (``RuleSet.units()`` reads every rule's)."""
    from factcheck.extract.lexicon import unit_table

    if rule["define"] is None:
        raise ValueError("define: required: 'name = expression' in pint's units")
    try:
        name, expression, dims = parse_definition(rule["define"])
    except ValueError as exc:
        raise ValueError(f"define: {exc}") from None
    words, symbols = rule["spellings"], rule["symbols"]
    if not words and not symbols:
        raise ValueError("spellings: give at least one spelling of the unit")
    lower, exact = unit_table()
    for w in words:
        if not isinstance(w, str) or not _SPELLING.match(w):
            raise ValueError(
                f"spellings: {w!r} is not a word (letters first, at most 40 characters)"
            )
        key = " ".join(w.lower().split())
        if key in lower:
            raise ValueError(f"spellings: {w!r} already spells {lower[key][0]}")
    for s in symbols:
        if not isinstance(s, str) or not _SYMBOL.match(s):
            raise ValueError(f"symbols: {s!r} is not a symbol (no spaces, no leading digit)")
        if s in exact or s.lower() in lower:
            hit = exact.get(s) or lower[s.lower()]
            raise ValueError(f"symbols: {s!r} already spells {hit[0]}")
    return DefinedUnit(
        name=name,
        expression=expression,
        dimension=_dimension_name(dims),
        words=tuple(" ".join(w.split()) for w in words),
        symbols=tuple(symbols),
    )


def _dimension_name(dims: str) -> str:
    """Extraction's name for a pint dimensionality ("[length] ** 2" -> "area")."""
    return _dimension_names().get(dims, dims)


@functools.lru_cache(maxsize=1)
def _dimension_names() -> dict[str, str]:
    from factcheck.extract.lexicon import unit_table

    lower, exact = unit_table()
    out: dict[str, str] = {}
    for name, dim in (*lower.values(), *exact.values()):
        d = dimensionality(name)
        if d is not None:
            out.setdefault(d, dim)
    return out
