"""The single home of unit arithmetic: one pint registry, built once, lazily.

Extraction names units canonically ("mile", "kilometre", "degree Celsius");
this module maps those names to pint and does every conversion in the
project. Nobody else converts: checks and comparison call ``convert``.
"""

from __future__ import annotations

import functools
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
    "pound": "pound",
    "ounce": "ounce",
    "stone": "stone",
    "litre": "liter",
    "millilitre": "milliliter",
    "gallon": "gallon",
    "pint": "pint",
    "barrel": "oil_barrel",
    "cubic metre": "meter**3",
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
    "decade": "decade",
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
    "megahertz": "megahertz",
}


@functools.lru_cache(maxsize=1)
def registry() -> Any:
    """The project's one pint UnitRegistry (building it costs ~0.3 s, so lazily)."""
    import pint

    return pint.UnitRegistry(autoconvert_offset_to_baseunit=True)


def is_convertible(unit: str | None) -> bool:
    return unit in PINT_NAMES


def convert(value: float, from_unit: str, to_unit: str) -> float | None:
    """``value`` in ``from_unit`` expressed in ``to_unit``; None if not comparable."""
    if from_unit == to_unit:
        return value
    a, b = PINT_NAMES.get(from_unit), PINT_NAMES.get(to_unit)
    if a is None or b is None:
        return None
    ureg = registry()
    try:
        return float(ureg.Quantity(value, a).to(b).magnitude)
    except Exception:  # pint raises DimensionalityError and friends
        return None


@functools.lru_cache(maxsize=512)
def same_dimension(unit_a: str | None, unit_b: str | None) -> bool:
    """Whether two canonical units measure the same kind of thing."""
    if unit_a == unit_b:
        return True
    a, b = PINT_NAMES.get(unit_a or ""), PINT_NAMES.get(unit_b or "")
    if a is None or b is None:
        return False
    ureg = registry()
    return ureg.Quantity(1, a).dimensionality == ureg.Quantity(1, b).dimensionality


@functools.lru_cache(maxsize=512)
def dimensionality(unit_or_dimension: str) -> str | None:
    """pint's dimensionality of a canonical unit ("mile") or a dimension ("[length]").

    None when pint knows neither. ``"[area]"`` and ``"[length] ** 2"`` give the
    same string, so two spellings of one dimension compare equal.
    """
    ureg = registry()
    try:
        if unit_or_dimension.startswith("["):
            return str(ureg.get_dimensionality(unit_or_dimension))
        name = PINT_NAMES.get(unit_or_dimension)
        if name is None:
            return None
        return str(ureg.Quantity(1, name).dimensionality)
    except Exception:  # pint raises UndefinedUnitError, DefinitionSyntaxError and friends
        return None


def to_base(value: float, unit: str) -> float | None:
    """``value`` in ``unit`` expressed in pint's base units (metres, kilograms, seconds)."""
    name = PINT_NAMES.get(unit)
    if name is None:
        return None
    try:
        return float(registry().Quantity(value, name).to_base_units().magnitude)
    except Exception:
        return None
