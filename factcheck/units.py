"""The single home of unit arithmetic: one pint registry, built once, lazily.

Extraction names units canonically ("mile", "kilometre", "degree Celsius");
this module maps those names to pint and does every conversion in the
project. Nobody else converts: checks and comparison call ``convert``.

A project may define units of its own (the ``unit`` rule type: "tsubo =
3.305785 * meter ** 2"). Those are a ``UnitExtension`` that belongs to the
rule set that defines them, never to the process: ``extended(ext)`` puts one
in force for a block (extraction of an article, the checks on it), and every
function here and in the extractor's lexicon reads the one in force. The pint
registry itself is never changed: a defined unit is its expression in pint's
own units, so two rule sets that define "tsubo" differently, one after the
other or in two threads, each get their own.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

# canonical unit name (as in Mention.unit) -> pint unit expression
PINT_NAMES: dict[str, str] = {
    "mile": "mile",
    "kilometre": "kilometer",
    "metre": "meter",
    "centimetre": "centimeter",
    "millimetre": "millimeter",
    "foot": "foot",
    "inch": "inch",
    "yard": "yard",
    "nautical mile": "nautical_mile",
    "acre": "acre",
    "hectare": "hectare",
    "square kilometre": "kilometer**2",
    "square mile": "mile**2",
    "square metre": "meter**2",
    "square foot": "foot**2",
    "kilogram": "kilogram",
    "gram": "gram",
    "tonne": "metric_ton",
    "ton": "short_ton",
    "long ton": "long_ton",
    "short ton": "short_ton",
    "pound": "pound",
    "ounce": "ounce",
    "stone": "stone",
    "litre": "liter",
    "millilitre": "milliliter",
    "gallon": "gallon",
    "pint": "pint",
    "barrel": "oil_barrel",
    "cubic metre": "meter**3",
    "cubic foot": "foot**3",
    "kilometre per hour": "kilometer/hour",
    "mile per hour": "mile/hour",
    "metre per second": "meter/second",
    "knot": "knot",
    "degree Celsius": "degC",
    "degree Fahrenheit": "degF",
    "kelvin": "kelvin",
    "second": "second",
    "minute": "minute",
    "hour": "hour",
    "day": "day",
    "week": "week",
    "month": "month",
    "year": "year",
    "decade": "calendar_decade",  # pint's "decade" is the logarithmic one
    "century": "century",
    "watt": "watt",
    "kilowatt": "kilowatt",
    "megawatt": "megawatt",
    "gigawatt": "gigawatt",
    "kilowatt hour": "kilowatt_hour",
    "megawatt hour": "megawatt_hour",
    "gigawatt hour": "gigawatt_hour",
    "calorie": "kilocalorie",
    "byte": "byte",
    "kilobyte": "kilobyte",
    "megabyte": "megabyte",
    "gigabyte": "gigabyte",
    "terabyte": "terabyte",
    # units the extractor's news lexicon names (factcheck/extract/lexicon.py)
    "milligram": "milligram",
    "microgram": "microgram",
    "light year": "light_year",
    "fortnight": "fortnight",
    "millisecond": "millisecond",
    "horsepower": "horsepower",
    "terawatt hour": "terawatt_hour",
    "degree": "degree",
    "ppm": "ppm",
    "nanometre": "nanometer",
    "cup": "cup",
    "teaspoon": "teaspoon",
    "tablespoon": "tablespoon",
    "gigahertz": "gigahertz",
    "cubic centimetre": "cubic_centimeter",
    "barrel per day": "barrel / day",
    "tonne per year": "tonne / year",
    "mile per gallon": "mile / gallon",
    "kilometre per litre": "kilometer / liter",
    "revolution per minute": "revolutions_per_minute",
    "frame per second": "hertz",  # frames counted per second: a rate, like Hz
    "megapixel": "megapixel",
    "megahertz": "megahertz",
}


@dataclass(frozen=True)
class DefinedUnit:
    """A unit a rule set defines: its name, pint expression, dimension and spellings."""

    name: str
    """The canonical name mentions carry ("tsubo")."""
    expression: str
    """One of it in pint's own units ("3.305785 * meter ** 2")."""
    dimension: str
    """Extraction's dimension name ("area"), so it pairs with the built-in units."""
    words: tuple[str, ...] = ()
    """Spellings matched in any case after a number ("tsubo", "tsubos")."""
    symbols: tuple[str, ...] = ()
    """Spellings matched exactly ("tb")."""


@dataclass(frozen=True)
class UnitExtension:
    """The units one rule set adds to the built-in ones (hashable: tables are cached by it)."""

    units: tuple[DefinedUnit, ...] = ()

    def get(self, name: str | None) -> DefinedUnit | None:
        for unit in self.units:
            if unit.name == name:
                return unit
        return None


_IN_FORCE: contextvars.ContextVar[UnitExtension | None] = contextvars.ContextVar(
    "factcheck_units_in_force", default=None
)


@contextlib.contextmanager
def extended(extension: UnitExtension | None) -> Iterator[None]:
    """Put ``extension`` in force for the block (None: the built-in units only)."""
    token = _IN_FORCE.set(extension if extension and extension.units else None)
    try:
        yield
    finally:
        _IN_FORCE.reset(token)


def in_force() -> UnitExtension | None:
    """The UnitExtension of the block being run, if any (see ``extended``)."""
    return _IN_FORCE.get()


_DEFINITION = re.compile(r"\s*(?P<name>[A-Za-z_][A-Za-z0-9_]{0,39})\s*=\s*(?P<expr>[^=]+?)\s*\Z")
_EXPRESSION_TOKEN = re.compile(
    r"\s*(?:\*\*\s*(?P<exp>-?[1-9])(?![\d.])|(?P<op>\*(?!\*)|[/()])|"
    r"(?P<num>\d+(?:\.\d+)?(?:[eE][+-]?\d{1,2})?)|(?P<name>[A-Za-z_][A-Za-z0-9_]*))"
)
MAX_DEFINITION_LENGTH = 200


def parse_definition(definition: str) -> tuple[str, str, str]:
    """(name, expression, dimensionality) of "name = expression", checked with pint.

    The expression is numbers, pint's unit names, ``*``, ``/``, parentheses
    and ``**`` with a one-digit exponent after a unit name: a rule file may come from a pull
    request, and pint would compute ``10 ** 10 ** 10`` as asked. A problem is
    a ValueError saying what is wrong.
    """
    if len(definition) > MAX_DEFINITION_LENGTH:
        raise ValueError(f"longer than {MAX_DEFINITION_LENGTH} characters")
    m = _DEFINITION.match(definition)
    if not m:
        raise ValueError(
            "write it in pint's definition syntax, 'name = expression' "
            "(say 'tsubo = 3.305785 * meter ** 2')"
        )
    name, expr = m.group("name"), m.group("expr")
    pos, previous = 0, None
    while pos < len(expr):
        t = _EXPRESSION_TOKEN.match(expr, pos)
        if not t or t.end() == pos or (t.lastgroup == "exp" and previous != "name"):
            raise ValueError(
                f"cannot read {expr[pos:].strip()[:20]!r}: use numbers, pint unit names, "
                "*, /, parentheses and ** with a one-digit exponent after a unit name"
            )
        pos, previous = t.end(), t.lastgroup
    ureg = registry()
    if name in ureg or name in PINT_NAMES:
        raise ValueError(f"pint already has a unit {name!r}; give yours another name")
    try:
        quantity = ureg.parse_expression(expr)
        dims = quantity.dimensionality
        magnitude = float(quantity.magnitude)
    except Exception as exc:  # UndefinedUnitError, DefinitionSyntaxError, ...
        raise ValueError(f"pint cannot read {expr!r} ({exc})") from None
    if not dims:
        raise ValueError(f"{expr!r} has no dimension; define a unit of length, area, mass, ...")
    if not (magnitude > 0 and magnitude < 1e100):
        raise ValueError(f"{expr!r} must be a positive amount")
    return name, expr, str(dims)


@functools.lru_cache(maxsize=64)
def _expression(expr: str) -> Any:
    return registry().parse_expression(expr)


def _quantity(value: float, unit: str) -> Any:
    """``value`` of a built-in or defined unit as a pint Quantity, or None."""
    name = PINT_NAMES.get(unit)
    if name is not None:
        return registry().Quantity(value, name)
    ext = _IN_FORCE.get()
    defined = ext.get(unit) if ext else None
    if defined is None:
        return None
    return value * _expression(defined.expression)


def _magnitude_in(quantity: Any, unit: str) -> float | None:
    name = PINT_NAMES.get(unit)
    if name is not None:
        return float(quantity.to(name).magnitude)
    ext = _IN_FORCE.get()
    defined = ext.get(unit) if ext else None
    if defined is None:
        return None
    return float((quantity / _expression(defined.expression)).to("dimensionless").magnitude)


@functools.lru_cache(maxsize=1)
def registry() -> Any:
    """The project's one pint UnitRegistry (building it costs ~0.3 s, so lazily)."""
    import pint

    ureg = pint.UnitRegistry(autoconvert_offset_to_baseunit=True)
    ureg.define("calendar_decade = 10 * year")  # "two decades" / "20 years"
    return ureg


def is_convertible(unit: str | None) -> bool:
    if unit in PINT_NAMES:
        return True
    ext = _IN_FORCE.get()
    return bool(ext and ext.get(unit))


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``; None if not comparable."""
    if from_unit == to_unit:
        return value
    try:
        quantity = _quantity(value, from_unit)
        if quantity is None:
            return None
        return _magnitude_in(quantity, to_unit)
    except Exception:  # pint raises DimensionalityError and friends
        return None


def same_dimension(unit_a: str | None, unit_b: str | None) -> bool:
    """Whether two canonical units measure the same kind of thing."""
    if unit_a == unit_b:
        return True
    a, b = dimensionality(unit_a or ""), dimensionality(unit_b or "")
    return a is not None and a == b


def dimensionality(unit_or_dimension: str) -> str | None:
    """pint's dimensionality of a canonical unit ("mile") or a dimension ("[length]").

    None when pint knows neither. ``"[area]"`` and ``"[length] ** 2"`` give the
    same string, so two spellings of one dimension compare equal. A unit
    defined by the rule set in force has the dimensionality of its expression.
    """
    ext = _IN_FORCE.get()
    defined = ext.get(unit_or_dimension) if ext else None
    if defined is not None:
        return _dimensionality(defined.expression, True)
    return _dimensionality(unit_or_dimension, False)


@functools.lru_cache(maxsize=512)
def _dimensionality(unit_or_expression: str, is_expression: bool) -> str | None:
    name = PINT_NAMES.get(unit_or_expression)
    if name is None and not is_expression and not unit_or_expression.startswith("["):
        return None  # no unit of pint's ("pound sterling"): no registry built to say so
    ureg = registry()
    try:
        if is_expression:
            return str(_expression(unit_or_expression).dimensionality)
        if unit_or_expression.startswith("["):
            return str(ureg.get_dimensionality(unit_or_expression))
        return str(ureg.Quantity(1, name).dimensionality)
    except Exception:  # pint raises UndefinedUnitError, DefinitionSyntaxError and friends
        return None


def to_base(value: float, unit: str) -> float | None:
    """``value`` in ``unit`` expressed in pint's base units (metres, kilograms, seconds)."""
    try:
        quantity = _quantity(value, unit)
        return None if quantity is None else float(quantity.to_base_units().magnitude)
    except Exception:
        return None
