"""Numbers as news writes them: digits with separators, number words, magnitudes.

This module only turns a *number surface* into a value and its precision; the
scanner in ``quantities.py`` decides where a number starts and ends and what it
counts. Values are exact (``Decimal`` arithmetic, so "1.2 million" is 1200000,
not 1200000.0000000002) and returned as ``int`` when integral, which keeps the
JSON free of ``5500.0``.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

import factcheck.lang as lang

UNITS_WORDS: dict[str, int] = lang.table("numbers.units")
TENS_WORDS: dict[str, int] = lang.table("numbers.tens")
SCALE_WORDS: dict[str, int] = lang.table("numbers.scales")
# Abbreviated magnitudes written after digits ("£20m", "$1.5bn", "3.2 million").
MAGNITUDE_SUFFIXES: dict[str, int] = lang.table("numbers.magnitude_suffixes")
ORDINAL_WORDS: dict[str, int] = lang.table("numbers.ordinals")
# Fraction denominators as words ("two-thirds", "three-quarters", "a fifth").
FRACTION_WORDS: dict[str, int] = lang.table("numbers.fractions")
UNICODE_FRACTIONS: dict[str, float] = lang.table("numbers.unicode_fractions")
AND_FRACTIONS: dict[tuple[str, ...], Decimal] = {
    tuple(words.split()): Decimal(str(value))
    for words, value in lang.table("numbers.and_fractions").items()
}
"""After "and": "a half" 0.5, "a quarter" 0.25, "three quarters" 0.75 ("two and a
quarter years"), each as the tokens a run of words is split into."""


ARTICLES: dict[str, int] = lang.table("numbers.articles")  # "a third": one third


def _and_fraction(words: list[str], i: int) -> tuple[Decimal, int] | None:
    """(value, tokens) of the fraction after the "and" at ``words[i]``, or None: one of
    ``numbers.and_fractions``, or any proper fraction in words ("and a third", "and two
    fifths", "and one fourth": a numerator of one to nine and a word of
    ``numbers.fractions``)."""
    for tokens, value in AND_FRACTIONS.items():
        if tuple(words[i + 1 : i + 1 + len(tokens)]) == tokens:
            return value, len(tokens)
    if i + 2 < len(words) and words[i + 2] in FRACTION_WORDS:
        numer = ARTICLES.get(words[i + 1]) or UNITS_WORDS.get(words[i + 1], 0)
        denom = FRACTION_WORDS[words[i + 2]]
        if 0 < numer < denom:
            return Decimal(numer) / Decimal(denom), 2
    return None


def and_fraction_value(surface: str) -> Decimal | None:
    """Value of the words "and a half", "and two-thirds" after a number in digits
    ("2 and a half hours", "3 million and a quarter"), or None."""
    words = re.split(r"[\s-]+", surface.strip().lower())
    joined = _and_fraction(words, 0) if words[0] == "and" else None
    return joined[0] if joined and 1 + joined[1] == len(words) else None


# Vague magnitudes: "hundreds of people" is at least 100 and fewer than 1000.
VAGUE_WORDS: dict[str, tuple[int, int]] = {
    word: (low, high) for word, (low, high) in lang.table("numbers.vague").items()
}

GROUP_WORDS: dict[str, int] = lang.table("numbers.groups")  # "dozen"
SCALE_WORDS_AND_DOZEN = {**SCALE_WORDS, **GROUP_WORDS}
NUMBER_WORDS = {**UNITS_WORDS, **TENS_WORDS, **SCALE_WORDS, **GROUP_WORDS}


def tidy(value: Decimal | float | int) -> int | float:
    """``int`` when integral, else ``float`` (JSON without spurious ``.0``)."""
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        return float(value)
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


# "R3,5 million", "€1,2 billion": a decimal comma (South African and continental copy)
# before a magnitude word of a million or more; a thousands comma always has three
# digits after it, so "3,5" can be nothing else
_LARGE_MAGNITUDES = "|".join(
    sorted(
        (re.escape(w) for w, n in MAGNITUDE_SUFFIXES.items() if n >= 10**6 and len(w) > 1),
        key=len,
        reverse=True,
    )
)
DECIMAL_COMMA = rf"\d{{1,3}},\d{{1,2}}(?=[ \u00a0-]?(?i:{_LARGE_MAGNITUDES})\b)"
_DECIMAL_COMMA_SURFACE = re.compile(r"[-\u2212]?\d{1,3},\d{1,2}")


def _point(surface: str) -> str:
    """ "3,5" -> "3.5": a surface written with a decimal comma, with a point."""
    return surface.replace(",", ".") if _DECIMAL_COMMA_SURFACE.fullmatch(surface) else surface


def parse_digits(surface: str) -> Decimal | None:
    """ "5,500" -> 5500, "3.8" -> 3.8, "1 000" -> 1000; None when not a number."""
    cleaned = (
        _point(surface).replace(",", "").replace("\u202f", "").replace("\xa0", "").replace(" ", "")
    )
    cleaned = cleaned.replace("\u2212", "-").replace("\u2013", "-")
    try:
        return Decimal(cleaned)
    except InvalidOperation:
        return None


def figures_to(value: float, exponent: int) -> int | None:
    """Significant figures of ``value`` written to the nearest 10**``exponent``: a time
    told to the hundredth of a second ("1:57.67" is 117.67 s, -2: five figures) or to
    the minute ("2 hours, 5 minutes" is 7,500 s, to the ten: three). None for zero."""
    if not value:
        return None
    return max(1, math.floor(math.log10(abs(value))) + 1 - exponent)


def precision(surface: str) -> tuple[int | None, int | None]:
    """(decimals, significant figures) of a digit string as written.

    "8,900" -> (0, 2); "5,525" -> (0, 4); "3.80" -> (2, 3); "0.05" -> (2, 1).
    Trailing zeros of an integer are not significant: a reporter who writes
    8,900 is rounding to the hundred.
    """
    digits = "".join(ch for ch in _point(surface) if ch.isdigit() or ch == ".")
    if not any(ch.isdigit() for ch in digits):
        return None, None
    if "." in digits:
        whole, frac = digits.split(".", 1)
        decimals = len(frac)
        significant = (whole + frac).lstrip("0")
        return decimals, max(len(significant), 1)
    stripped = digits.lstrip("0").rstrip("0")
    return 0, max(len(stripped), 1)


def parse_words(words: list[str]) -> int | float | None:
    """Value of a run of number words: ["twenty", "one"] -> 21,
    ["three", "hundred", "and", "fifty"] -> 350, ["a", "dozen"] -> 12,
    ["two", "and", "a", "half"] -> 2.5. None when the run is not a number."""
    total = Decimal(0)
    current = Decimal(0)
    last_scale = 0
    seen = False
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        if w in ("and", "a", "an"):
            # "and a half", "a dozen", "a hundred"
            joined = _and_fraction(words, i) if w == "and" else None
            if joined:
                # "and a half", "and a quarter", "and three quarters"; after a scale of a
                # thousand or more, or a dozen, the fraction is of it: "a million and a
                # half" is 1,500,000, "a dozen and a half" 18 ("a hundred and a half" 100.5;
                # "one billion and a half million": half a million, the scale after it)
                before = words[i - 1] if i else ""
                after = words[i + 1 + joined[1]] if i + 1 + joined[1] < n else ""
                of_scale = (
                    before in GROUP_WORDS or SCALE_WORDS.get(before, 0) >= 1000
                ) and after not in SCALE_WORDS_AND_DOZEN
                current += joined[0] * (NUMBER_WORDS[before] if of_scale else 1)
                i += 1 + joined[1]
                seen = True
                continue
            if w in ("a", "an") and not seen:
                current = Decimal(1)
            i += 1
            continue
        if w in UNITS_WORDS or w in TENS_WORDS:
            current += NUMBER_WORDS[w]
            seen = True
        elif w in GROUP_WORDS or SCALE_WORDS.get(w, 1000) < 1000:
            current = (current or 1) * (GROUP_WORDS.get(w) or SCALE_WORDS[w])  # "two hundred"
            seen = True
        elif w in SCALE_WORDS:
            scale = SCALE_WORDS[w]
            if total and not current and scale > last_scale:
                total *= scale  # "three lakh crore", "five thousand crore"
            else:
                total += (current or 1) * scale
            last_scale = scale
            current = Decimal(0)
            seen = True
        elif w in ("half",):
            current = (current or 1) * Decimal("0.5")
            seen = True
        else:
            return None
        i += 1
    if not seen:
        return None
    return tidy(total + current)


def valid_prefix(words: list[str]) -> int:
    """How many leading tokens form one number ("twenty one" yes, "one two" no)."""
    kept = 0
    prev = None
    i = 0
    n = len(words)
    while i < n:
        w = words[i]
        if w in ("a", "an"):
            if i == 0 or words[i - 1] == "and":
                i += 1
                continue
            break
        if w == "and":
            joined = _and_fraction(words, i)
            if prev in SCALE_WORDS and not joined and i + 1 < n and words[i + 1] not in SCALE_WORDS:
                i += 1
                continue
            if joined:
                kept = i + 1 + joined[1]
                if kept < n and words[kept] in SCALE_WORDS:
                    kept += 1  # "two and a half million"
                break
            break
        if w == "half":
            kept = i + 1
            i += 1
            continue
        if prev is not None:
            if prev in UNITS_WORDS and w in UNITS_WORDS or prev in UNITS_WORDS and w in TENS_WORDS:
                break
            if prev in TENS_WORDS and w in TENS_WORDS:
                break
            if prev in TENS_WORDS and w in UNITS_WORDS and UNITS_WORDS[w] >= 10:
                break
        prev = w
        i += 1
        kept = i
    return kept
