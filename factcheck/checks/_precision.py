"""Helpers, not a rule type: how precisely a figure is written, and rounding.

"8,900" is written to two significant figures, so any value from 8,850 to
8,950 is honestly written "8,900"; "100" (one significant figure) stands for
95 up to 150, because below 100 the last significant digit is a ten. Checks
that compare figures ask these helpers rather than guessing a tolerance.
"""

from __future__ import annotations

import math
import re

from factcheck.mention import Mention

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


def sig_figs(m: Mention) -> int | None:
    """Significant figures of ``m`` as written: the extractor's, else from the text."""
    if m.sig_figs:
        return m.sig_figs
    token = _NUMBER.search(m.text or "")
    if token is None:
        if m.value is None:
            return None
        return digits_of(float(m.value))
    digits = token.group(0).replace(",", "")
    if "." in digits:
        return max(1, len(digits.replace(".", "").lstrip("0")))
    stripped = digits.lstrip("0")
    return max(1, len(stripped.rstrip("0")))


def digits_of(value: float) -> int:
    """Significant figures of a number without a written form (a word number)."""
    if value == 0:
        return 1
    if float(value).is_integer():
        return max(1, len(str(abs(int(value))).rstrip("0")))
    return max(1, len(repr(abs(float(value))).replace(".", "").lstrip("0")))


def rounding_interval(value: float, figures: int | None) -> tuple[float, float]:
    """Values that round to ``value`` at ``figures`` significant figures.

    Unknown precision (None) is taken as exact to the unit, the tightest
    honest reading of a bare integer.
    """
    if value == 0:
        return (-0.5, 0.5)
    if figures is None:
        return (value - 0.5, value + 0.5)
    a = abs(value)
    exponent = math.floor(math.log10(a) + 1e-12)
    unit = 10.0 ** (exponent - figures + 1)
    low, high = a - unit / 2, a + unit / 2
    if low < 10.0**exponent:  # "100": below 100 the last digit is finer
        low = a - unit / 20
    if value < 0:
        return (-high, -low)
    return (low, high)


def round_sig(value: float, figures: int) -> float:
    if value == 0:
        return 0.0
    exponent = math.floor(math.log10(abs(value)))
    return round(value, figures - 1 - exponent)


def within(value: float, interval: tuple[float, float], slack: float = 0.0) -> bool:
    low, high = interval
    pad = slack * max(abs(low), abs(high))
    return low - pad <= value <= high + pad


def interval_of(m: Mention, approximate_factor: float = 2.0) -> tuple[float, float] | None:
    """The values ``m`` honestly stands for, or None when it is only a bound.

    "8,900" -> 8,850..8,950; "about 8,900" twice as wide; "more than 8,900"
    -> None (a bound says too little to prove a sum or a change wrong).
    """
    if m.value is None or m.qualifier in ("at_least", "at_most"):
        return None
    if m.low is not None and m.high is not None and m.low != m.high:
        return None
    value = float(m.value)
    low, high = rounding_interval(value, sig_figs(m))
    if m.qualifier == "approximate":
        low, high = (
            value - (value - low) * approximate_factor,
            value + (high - value) * approximate_factor,
        )
    return (low, high)


def written_interval(
    m: Mention, approximate_factor: float = 2.0, exact_integers: bool = True
) -> tuple[float, float] | None:
    """The values ``m`` stands for when every written digit counts.

    Sums and percentages are worked out from figures as written, so a total
    of "2,000" for 1,200 and 900 is wrong even though "2,000" alone could be
    a rounding to one significant figure. Plain integers ("1,200", "$2") and
    word numbers ("three") are exact; decimals and scaled figures stand for
    half a unit of their last digit ("4.1%" -> 4.05..4.15, "40 million" ->
    39.5..40.5 million). "about" falls back to the looser significant-figure
    reading, widened. A stated result (the "25%" of a change, the total)
    is read with ``exact_integers=False``: "25%" is a rounding of 25.3%.
    """
    if m.value is None or m.qualifier in ("at_least", "at_most"):
        return None
    if m.low is not None and m.high is not None and m.low != m.high:
        return None
    if m.qualifier == "approximate":
        return interval_of(m, approximate_factor)
    value = float(m.value)
    token = _NUMBER.search(m.text or "")
    if token is None:
        return (value, value)
    digits = token.group(0).replace(",", "")
    try:
        written = float(digits)
    except ValueError:
        return (value, value)
    scale = abs(value / written) if written else 1.0
    decimals = len(digits.split(".", 1)[1]) if "." in digits else 0
    if exact_integers and decimals == 0 and abs(scale - 1.0) < 1e-9:
        return (value, value)  # a plain integer ("1,200", "$2") is exact
    half = 0.5 * 10.0**-decimals * scale
    return (value - half, value + half)
