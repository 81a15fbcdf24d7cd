"""Rule type ``conversion``: a figure and its conversion must agree.

"a 5,500-mile (8,900-km) journey" states one distance twice. The two agree
when converting either figure gives the other as it is written: 5,500 miles
is 8,851 km, and "8,900" (two significant figures) stands for 8,850 to 8,950,
so they agree. "100 miles (260 km)" is a conflict: 100 miles is 161 km. Unit
math comes from pint (``factcheck.units``), temperature offsets included; a
temperature change ("rose 5C (9F)") is accepted as a difference too.

Pairs are those extraction links (``linked``, ``relation == "conversion"``);
when it links none, a figure with a unit followed by a parenthesised figure
in a unit of the same kind is taken as a pair.

Currency pairs ("C$850 (about $620)") need exchange rates, which change
daily: give a rates file (``rates``) and the pair is checked within
``currency_tolerance``; without one, the pair is reported as "unverifiable"
(level info) or not at all (``unverifiable: false``).

| option | type | default | meaning |
| --- | --- | --- | --- |
| ``slack`` | float >= 0 | ``0.005`` | relative slack beyond the written precision (unit definitions differ: US and imperial gallons) |
| ``approximate_factor`` | float >= 0 | ``1.0`` | widen the tolerance this much when either figure says "about", "some", ... (a converted "about 90 miles" is still 145 km, so no widening by default) |
| ``report_matches`` | bool | ``true`` | also report agreeing pairs (status match, level info) |
| ``rates`` | file path | none | YAML exchange rates, relative to the rule file (format below) |
| ``currency_tolerance`` | float >= 0 | ``0.05`` | relative tolerance for currency pairs (rates move) |
| ``unverifiable`` | bool | ``true`` | report currency pairs without a rate as unverifiable |
| ``match_message`` | str | ``'{second}' agrees with {first} ({value})`` | message of a match |
| ``unverifiable_message`` | str | ``cannot check '{second}' against {first}: {reason}`` | message when no rate is known |

Message placeholders: ``{first}``, ``{second}`` (the figures as written),
``{expected}`` (the second figure as it should read), ``{value}`` (the exact
conversion).

Rates file::

    date: 2026-11-01          # when the rates were taken
    tolerance: 0.03           # optional: overrides currency_tolerance
    base: US dollar           # every rate is the value of one unit in this currency
    rates:
      Canadian dollar: 0.73
      euro: 1.08
      pound sterling: 1.27

Example (``rules/check/conversion.yaml``)::

    id: conversion
    type: conversion
    level: error
    message: "{first} is {value}, so '{second}' should read '{expected}'"
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import factcheck.lang as lang
from factcheck.checks._datafile import load_cached
from factcheck.checks._precision import rounding_interval, sig_figs, within
from factcheck.checks.engine import finding, fmt_number
from factcheck.extract.vocabulary import HEDGES_BEFORE
from factcheck.mention import Mention
from factcheck.rulefile import FilePath, NonNegative

TYPE = "conversion"
SCOPE = "article"
OPTIONS: dict[str, tuple[Any, Any]] = {
    "slack": (NonNegative, 0.005),
    "approximate_factor": (NonNegative, 1.0),
    "report_matches": (bool, True),
    "rates": (FilePath, None),
    "currency_tolerance": (NonNegative, 0.05),
    "unverifiable": (bool, True),
    "match_message": (str, "'{second}' agrees with {first} ({value})"),
    "unverifiable_message": (str, "cannot check '{second}' against {first}: {reason}"),
}
DEFAULT_MESSAGE = "{first} is {value}, so '{second}' should read '{expected}'"

TEMPERATURES = ("degree Celsius", "degree Fahrenheit", "kelvin")
_OPEN_PAREN = re.compile(rf"\s*[(\[]\s*(?:{lang.alternation(HEDGES_BEFORE)}|~)?\s*\Z", re.I)
"""Between a first figure and its conversion: a bracket and a hedge ("(about 8,900 km)")."""
_CHANGE_WORDS = re.compile(
    rf"\b(?:{lang.alternation('temperature.change_words', escape=False)})\W*\s*$", re.I
)
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def validate(rule: Any) -> None:
    if rule["rates"] is not None:
        load_rates(rule["rates"])


def run(article, rule) -> Iterator:
    for a, b in pairs(article):
        yield from _judge(article, rule, a, b)


def pairs(article) -> list[tuple[Mention, Mention]]:
    """Conversion pairs: linked by extraction, else a figure and its parenthesis."""
    out: list[tuple[Mention, Mention]] = []
    seen: set[str] = set()
    for m in article.mentions:
        if m.linked and m.relation == "conversion" and m.id not in seen:
            other = article.by_id.get(m.linked)
            if other is not None:
                a, b = sorted((m, other), key=lambda x: x.start)
                out.append((a, b))
                seen.update((a.id, b.id))
    if out or any(m.linked for m in article.mentions):
        return out
    qs = [m for m in article.mentions if m.kind == "quantity" and m.unit]
    for a, b in zip(qs, qs[1:]):
        gap = article.text[a.end : b.start]
        if not _OPEN_PAREN.match(gap) or a.unit == b.unit:
            continue
        if _comparable(a, b):
            out.append((a, b))
    return out


def _is_currency(m: Mention) -> bool:
    return m.dimension == "currency"


def _comparable(a: Mention, b: Mention) -> bool:
    from factcheck.units import same_dimension

    if _is_currency(a) and _is_currency(b):
        return True
    return bool(a.unit and b.unit and same_dimension(a.unit, b.unit))


def _point_values(a: Mention, b: Mention) -> list[tuple[float, float]]:
    """The (a, b) values to compare: the values, or both ends of two ranges."""
    if a.value is not None and b.value is not None:
        return [(float(a.value), float(b.value))]
    if None not in (a.low, a.high, b.low, b.high):
        return [(float(a.low), float(b.low)), (float(a.high), float(b.high))]
    # "from zero to 100 km/h (62 mph)": the conversion is of the upper end
    if a.value is None and not a.low and a.high is not None and b.value is not None:
        return [(float(a.high), float(b.value))]
    return []


def _judge(article, rule, a: Mention, b: Mention) -> Iterator:
    if a.unit == b.unit or not _comparable(a, b):
        return
    values = _point_values(a, b)
    if not values:
        return
    if _is_currency(a) or _is_currency(b):
        yield from _judge_currency(article, rule, a, b, values)
        return
    from factcheck.units import convert

    factor = rule["approximate_factor"] if _approximate(a, b) else 1.0
    delta_ok = a.unit in TEMPERATURES and _is_change(article, a)
    worst = None
    for va, vb in values:
        ok, exact = _agree(va, vb, a, b, factor, rule["slack"], convert, delta_ok)
        if exact is None:
            return  # pint cannot relate them: say nothing
        if not ok:
            worst = (va, vb, exact)
            break
    if worst is None:
        if rule["report_matches"]:
            va, vb = values[0]
            exact = convert(va, a.unit, b.unit)
            yield finding(
                article,
                rule,
                [a, b],
                "match",
                template=rule["match_message"],
                extra={"expected": exact},
                **_texts(a, b, exact),
            )
        return
    va, vb, exact = worst
    yield finding(
        article, rule, [a, b], "conflict", **_texts(a, b, exact), extra={"expected": exact}
    )


def _agree(va, vb, a, b, factor, slack, convert, delta_ok) -> tuple[bool, float | None]:
    """Whether a -> b or b -> a reproduces the other figure at its written precision."""
    forward = convert(va, a.unit, b.unit)
    backward = convert(vb, b.unit, a.unit)
    if forward is None or backward is None:
        return False, None
    candidates = [(forward, vb, b), (backward, va, a)]
    if delta_ok:
        zero_f, zero_b = convert(0.0, a.unit, b.unit), convert(0.0, b.unit, a.unit)
        candidates += [(forward - zero_f, vb, b), (backward - zero_b, va, a)]
    for got, written, m in candidates:
        low, high = rounding_interval(written, sig_figs(m))
        mid = written
        low, high = mid - (mid - low) * factor, mid + (high - mid) * factor
        if within(got, (low, high), slack):
            return True, forward
    return False, forward


def _approximate(a: Mention, b: Mention) -> bool:
    return a.qualifier != "exact" or b.qualifier != "exact"


def _is_change(article, m: Mention) -> bool:
    before = article.text[max(0, m.start - 40) : m.start]
    return bool(m.change) or bool(_CHANGE_WORDS.search(before))


def _texts(a: Mention, b: Mention, exact: float | None) -> dict[str, str]:
    first, second = a.text.strip(), b.text.strip()
    if exact is None:
        return {"first": first, "second": second, "expected": "?", "value": "?"}
    figures = max(sig_figs(b) or 2, 3)
    from factcheck.checks._precision import round_sig

    shown = round_sig(exact, figures)
    number = fmt_number(shown, b.decimals if b.decimals else None)
    expected = _NUMBER.sub(number, second, count=1) if _NUMBER.search(second) else number
    unit = b.unit or ""
    return {
        "first": first,
        "second": second,
        "expected": expected,
        "value": f"{fmt_number(exact)}{'' if unit in _SYMBOLS else ' '}{_plural(unit, exact)}".strip(),
    }


_SYMBOLS = {"degree Celsius": "°C", "degree Fahrenheit": "°F", "kelvin": "K"}


def _plural(unit: str, value: float) -> str:
    if unit in _SYMBOLS:
        return _SYMBOLS[unit]
    if not unit or abs(value) == 1:
        return unit
    if unit.endswith("foot"):
        return unit[:-4] + "feet"
    if unit.endswith("inch"):
        return unit + "es"
    if unit.endswith("hour") and " per " in unit:
        return unit.replace("kilometre", "kilometres").replace("mile", "miles")
    if " per " in unit:
        head, _, tail = unit.partition(" per ")
        return f"{head}s per {tail}"
    if unit.endswith("s") or unit in ("celsius", "fahrenheit"):
        return unit
    return unit + "s"


# --------------------------------------------------------------------------- currency


def load_rates(path) -> dict[str, Any]:
    """Read and check a rates file; a problem is a ValueError naming the option."""
    from factcheck.errors import RuleError
    from factcheck.rulefile import read_yaml

    try:
        doc = read_yaml(path)
    except RuleError as exc:
        raise ValueError(f"rates: {exc}") from None
    data = doc.data
    if not isinstance(data, dict) or not isinstance(data.get("rates"), dict):
        raise ValueError(f"rates: {path} must be a mapping with 'rates: {{currency: rate}}'")
    rates = {}
    for k, v in data["rates"].items():
        if not isinstance(v, (int, float)) or isinstance(v, bool) or v <= 0:
            raise ValueError(f"rates: {path}: rate of {k!r} must be a positive number")
        rates[str(k)] = float(v)
    base = data.get("base", "US dollar")
    rates.setdefault(str(base), 1.0)
    tolerance = data.get("tolerance")
    if tolerance is not None and (
        isinstance(tolerance, bool) or not isinstance(tolerance, (int, float)) or tolerance < 0
    ):
        raise ValueError(f"rates: {path}: tolerance must be a number >= 0 (0.05 is 5%)")
    return {
        "date": str(data.get("date", "")),
        "base": str(base),
        "rates": rates,
        "tolerance": None if tolerance is None else float(tolerance),
    }


def _judge_currency(article, rule, a: Mention, b: Mention, values) -> Iterator:
    texts = {"first": a.text.strip(), "second": b.text.strip(), "expected": "?", "value": "?"}
    rates = load_cached(load_rates, rule["rates"]) if rule["rates"] is not None else None
    ra = rates["rates"].get(a.unit or "") if rates else None
    rb = rates["rates"].get(b.unit or "") if rates else None
    if ra is None or rb is None:
        if rule["unverifiable"]:
            missing = a.unit if ra is None else b.unit
            note = f"no exchange rate for {missing or 'this currency'}"
            yield finding(
                article,
                rule,
                [a, b],
                "unverifiable",
                template=rule["unverifiable_message"],
                extra={"reason": note},
                reason=note,
                **texts,
            )
        return
    va, vb = values[0]
    exact = va * ra / rb
    low, high = rounding_interval(vb, sig_figs(b))
    tol = rates["tolerance"] if rates["tolerance"] is not None else rule["currency_tolerance"]
    tol *= rule["approximate_factor"] if _approximate(a, b) else 1.0
    ok = within(exact, (low, high), tol)
    number = fmt_number(exact if exact >= 100 else round(exact, 2))
    texts.update(
        expected=_NUMBER.sub(number, texts["second"], count=1),
        value=f"{number} {b.unit} at the rate of {rates['date'] or 'the rates file'}",
    )
    status = "match" if ok else "conflict"
    if ok and not rule["report_matches"]:
        return
    template = rule["match_message"] if ok else None
    yield finding(
        article, rule, [a, b], status, template=template, extra={"expected": exact}, **texts
    )
