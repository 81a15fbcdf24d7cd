"""Numbers written in digits, read outwards from the digits.

``digits`` is the reader of the scanner's ``num`` and ``dfrac`` cores ("1,500",
"3.8", "2½", "3/4", "10 1/2"). It reads, in order, each step a small function
below: what the digits are glued to ("COVID-19", "007", "9/11": no figure), a
sign ("-3", "minus 5"), feet and inches ("6ft 4in"), the value and its precision,
a currency before ("£20m"), a decade ("the 1990s", "in his 40s"), a magnitude
("£20m", "1.2 million"), and a currency or unit after ("20 euros", "5 km",
"50p"). The tail every figure shares (ranges, roles, the counted noun, the
qualifier) is ``figure.finish``.
"""

from __future__ import annotations

import functools
import re
from decimal import Decimal
from fractions import Fraction

import factcheck.extract.lexicon as lexicon
import factcheck.extract.patterns as P
import factcheck.extract.wordforms as wordforms
from factcheck.extract.figure import finish
from factcheck.extract.numbers import (
    MAGNITUDE_SUFFIXES,
    UNICODE_FRACTIONS,
    and_fraction_value,
    figures_to,
    parse_digits,
    precision,
    tidy,
)
from factcheck.extract.vocabulary import looks_plural

_AGE_DECADES = (20, 30, 40, 50, 60, 70, 80, 90)


def _elapsed(scan, e: re.Match[str]) -> int:
    """ "a time of 1:57.67", "won in 2:03:45": a race time, in seconds."""
    if e.group("h") is not None:
        hours, minutes, seconds = e.group("h"), e.group("m"), e.group("s")
    else:
        hours, minutes, seconds = "0", e.group("m2"), e.group("s2")
    value = Decimal(hours) * 3600 + Decimal(minutes) * 60 + Decimal(seconds)
    decimals = len(seconds.partition(".")[2])
    scan.emit(
        e.start(),
        e.end(),
        value=tidy(value),
        unit="second",
        dimension="time",
        qualifier=scan.ctx.qualifier(e.start(), e.end())[0],
        decimals=decimals,
        sig_figs=figures_to(float(value), -decimals),  # to its last digit, not its first
        extra={"clock": e.group()},
    )
    return e.end()


def digits(scan, m: re.Match[str]) -> int | None:
    """ "1,500 people", "£20m", "-3.5C", "6ft 4in", "10 1/2 miles": one figure in digits.

    Returns where scanning goes on (past what was read, even when it was no figure).
    """
    text = scan.text
    start, end = m.start(), m.end()
    surface = m.group()
    prefix = (  # "sub-5": a hyphen right before (or before a line break, where ``$`` is)
        P.HYPHEN_PREFIX_BEFORE.search(text, max(0, start - 7), start)
        if "-" in text[max(0, start - 2) : start]
        else None
    )
    if prefix is None and _glued_to_word(text, start):
        return wordforms.age_group(scan, m) or end  # "more under-13s": an age bound
    race = P.elapsed_at(text, start) if m.lastgroup == "num" else None
    if race:
        return _elapsed(scan, race)
    neg, start = _sign(text, start)
    bowled = _bowling_figures(scan, m) if m.lastgroup in ("num", "dfrac") else None
    if bowled:
        return bowled
    if m.lastgroup == "num" and P.INDEX_SIZE_AFTER.match(text, end):
        return end  # "the 30-share Sensex": part of the index's name
    skip = _not_a_figure(text, m)
    if skip is not None:
        return skip
    sci = P.SCIENTIFIC.match(text, m.start()) if m.lastgroup == "num" else None
    if sci and (sci.group("e4") is None or len(sci.group("mant").split(".")[0]) == 1):
        return _scientific(scan, start, sci, neg)
    fi = P.FEET_INCHES.match(text, m.start())
    if fi and len(fi.group("inch")) <= 12:  # not "6ft <a thousand digits>in"
        return _feet_inches(scan, start, fi)
    if (
        P.TITLE_UNIT.match(text, end)
        and not scan.ctx.sentence_start(m.start())
        and not (
            scan.title_case(m.start()) and P.HEADLINE_SPAN_LEAD.search(scan.ctx.left(m.start(), 12))
        )
    ):
        return end  # "8 Mile", "28 Days Later": titles; not "Eyes World Title in 9 Years"
    parsed = _value(surface)
    if parsed is None:
        return end
    value, decimals, sig, exact = parsed
    if neg:
        value = -value
    nxt = text[end : end + 1]
    glued = nxt.isalpha() or nxt == "×"  # "5G", "3D", "1990s", "4x4": not units
    currency, cur_start = scan.ctx.currency_before(start, scan.last_end)
    first = start if currency is None else cur_start
    ds = P.DECADE_S.match(text, end)
    if ds and "," not in surface and "." not in surface:
        return _decade(scan, first, ds, int(value))
    mag = _magnitude(scan, end, surface, currency)
    mag_value = 1
    joined = None if mag else _and_fraction_after(text, end, surface, neg)
    if joined:  # "2 and a half hours", "2 and a half million"
        value, end = value + joined[0], joined[1]
        mag = _magnitude(scan, end, surface, currency)
    if mag:
        mag_value, end = _magnitude_value(text, mag)
        glued = False
        joined = joined or _and_fraction_after(text, end, surface, neg)
        if joined and joined[1] > end and mag_value >= 1000:  # "3 million and a half"
            value, end = value + joined[0], joined[1]
    after = _unit_or_currency(scan, end, surface, mag_value, currency)
    currency, unit, dim, unit_end, subunit = after
    if exact and unit is None and currency is None:
        unit, dim, unit_end = _fraction_of_unit(scan, end)
    if unit is None and currency is None and not subunit:
        unit, dim = _dimension_chain_unit(scan, end)
    scaled = (
        lexicon.scaled_code_regex().match(text, end)
        if text.startswith(lexicon.SCALED_CODE_STARTS, end) and not (currency or unit or mag)
        else None
    )
    if scaled:  # "120 MEUR": 120 million euros
        currency, unit_end = lexicon.currency_by_word(scaled.group("code")), scaled.end()
        mag_value = lexicon.CODE_SCALES[scaled.group("scale")]
    if currency and mag_value == 1 and unit_end > end:  # "75 USD million"
        late = P.MAGNITUDE.match(text, unit_end)
        if late and late.group("sep") and len(late.group("mag")) > 3:
            mag_value, unit_end = _magnitude_value(text, late)
    extra = {"fraction": exact} if exact else None
    if prefix and P.HYPHEN_PREFIXES[prefix.group("p").lower()] != "exact":
        extra = {**(extra or {}), "hyphen_prefix": prefix.group("p").lower()}
    if subunit:
        currency, factor = lexicon.subunit(subunit)
        extra = {"subunit": lexicon.surface_key(subunit), "subunit_value": tidy(value)}
        value = value * Decimal(str(factor))
    elif glued and unit_end == end:
        return end  # "5G", "3D", "A4"-like identifiers
    return finish(
        scan,
        first,
        unit_end,
        value=value * mag_value if mag_value != 1 else value,
        unit=currency or unit,
        dimension="currency" if currency else dim,
        decimals=decimals,
        sig=sig,
        scale=mag_value,
        core=(m.start(), m.end()),
        digits=True,
        extra=extra,
    )


def _bowling_figures(scan, m: re.Match[str]) -> int | None:
    """ "took 4/27", "figures of 5/41", "returned 7-for-42", "taking 8-94": a
    bowler's wickets and runs, and "posted 245/6": a team's runs for wickets, written
    with a slash in a sentence about cricket, read as a score (as written); None
    otherwise. A plain hyphen needs a bowling lead before it, as a slash does: the
    sport words near it read "8-94" as a score in one sentence and a range in the next."""
    surface = P.LEADING_DIGITS.match(m.group()).group()  # "91/2" is a dfrac core
    b = P.BOWLING_RUNS.match(scan.text, m.start() + len(surface))
    if not b or scan.text[m.start() - 1 : m.start()] == "/":
        return None
    if int(surface) > 10 and not (b.group("sep") == "/" and int(b.group("runs")) <= 10):
        return None  # neither wickets first nor a total's wickets after the slash
    if b.group("sep") in ("/", "-") and not P.BOWLING_LEAD.search(scan.ctx.left(m.start(), 24)):
        return None  # "on 9/11", "a 3-2 win"
    if b.group("sep") == "-" and (int(surface) > 10 or int(b.group("runs")) <= int(surface)):
        return None  # wickets first, then more runs: "took 8-94", not "were 6-342" nor "won 3-2"
    w = P.WORD_AFTER.match(scan.text, b.end())
    if w and w.group("w").islower() and looks_plural(w.group("w")):
        return None  # "a fund for 9/11 victims": a name before a counted noun
    if not scan.sentence_has(P.CRICKET_WORDS, m.start()):
        return None
    scan.emit(
        m.start(),
        b.end(),
        value=None,
        dimension="score",
        role="score",
        extra={"score": [int(surface), int(b.group("runs"))], "bowling": True},
    )
    return b.end()


def _glued_to_word(text: str, start: int) -> bool:
    """ "COVID-19", "F-16", "2013-14": digits glued to a word by a hyphen (not
    "mid-1990s", "late-80s": a decade with its qualifier; not "the last-16 ties",
    "a top-10 finish": a count after a rank word)."""
    prev = text[start - 1] if start else " "
    return (
        prev in "-–"
        and start >= 2
        and text[start - 2].isalnum()
        and not P.DECADE_PREFIX.search(text, max(0, start - 6), start)
        and not P.RANK_BEFORE_HYPHEN.search(text, max(0, start - 8), start)
        and not (
            P.EVENT_CODE_BEFORE.search(text, max(0, start - 6), start)
            and P.EVENT_MEASURE.match(text, start)
        )
    )


def _sign(text: str, start: int) -> tuple[bool, int]:
    """(negative, where the figure starts): "-3", "−3", "minus 3", "negative 3" and
    "minus-12" are negative."""
    prev = text[start - 1] if start else " "
    if prev in "-−" and (start < 2 or not text[start - 2].isalnum()):
        return True, start - 1
    word = P.sign_word_before(text, start)
    if word is not None:
        return True, word  # "minus 3", "negative 0.5%", "minus-12"
    return False, start


def _scientific(scan, start: int, sci: re.Match[str], neg: bool) -> int | None:
    """ "3.1×10−6 metres", "2.5 x 10^8", "1.2e5 cells": mantissa times a power of ten,
    kept exact (Decimal) with the mantissa's significant figures."""
    exp = next(g for g in (sci.group(k) for k in ("e1", "e2", "e3", "e4")) if g is not None)
    exp = exp.translate(P.SUPERSCRIPT_DIGITS).replace("\u2212", "-").replace("\u2011", "-")
    mant = sci.group("mant")
    value = Decimal(mant).scaleb(int(exp))
    _decimals, sig = precision(mant)
    end = sci.end()
    currency, unit, dim, unit_end, _sub = _unit_or_currency(scan, end, mant, 1, None)
    return finish(
        scan,
        start,
        unit_end,
        value=-value if neg else value,
        unit=currency or unit,
        dimension="currency" if currency else dim,
        decimals=None,
        sig=sig,
        scale=1,
        core=(sci.start(), end),
        digits=True,
        extra={"scientific": sci.group()},
    )


def _not_a_figure(text: str, m: re.Match[str]) -> int | None:
    """Where to go on when the digits are a code or a name: "007", "7-Eleven", "9/11".
    (``m`` matched the lower-cased text: names are read in ``text``.)"""
    surface = m.group()
    start, end = m.start(), m.end()
    if (
        surface[0] == "0"
        and len(surface) > 1
        and surface[1].isdigit()
        and not P.CLOCK_PART_AFTER.match(text, end)  # "2hr 09min 44sec": minutes
    ):
        return end  # "007", "021": a code, not a count
    glued_name = P.GLUED_NAME.match(text, end) or P.REGISTRATION_AFTER.match(text, end)
    if glued_name:
        return glued_name.end()  # "7-Eleven", "3-Com", the aircraft "9M-AGX": a name
    if m.lastgroup == "num" and (
        (text[end : end + 1] == "/" and not _RATE_AFTER_SLASH.match(text, end))
        or (
            text[start - 1 : start] == "/"
            and not _UNIT_BEFORE_SLASH.search(text, max(0, start - 24), start)
        )
    ):
        return end  # "9/11", "50/50": a name or a ratio, not a count ("12GB/256GB" is two)
    return None


# "$80/barrel", "Rs 45,000/tonne": a figure per something (a word after the slash),
# and an exchange rate per a currency's sign ("N1,650/$", "Rs 83/US$", "¥150/$");
# "9/11", "50/50", "2016/17", "24/7" have digits there
_RATE_AFTER_SLASH = re.compile(r"/[ \u00a0]?(?:[A-Za-z]{2,}|[A-Z]{0,2}[$€£¥₹])")
# "12GB/": a figure with its glued unit before the slash, so "12GB/256GB" is two
_UNIT_BEFORE_SLASH = re.compile(r"(?<![\w.,])\d[\d.,]*[A-Za-z]{1,3}/$")


def _feet_inches(scan, start: int, fi: re.Match[str]) -> int:
    """ "6ft 4in", "5'8\"": one length in inches, the parts kept in ``extra``."""
    # Decimal: feet of 309 digits overflow a float here (``computable`` drops the value later)
    feet, inches = int(fi.group("ft")), Decimal(fi.group("inch"))
    q, qword = scan.ctx.qualifier(start, fi.end())
    extra = {"feet": feet, "inches": tidy(inches)}
    if qword:
        extra["qualifier_text"] = qword  # "around 5ft 9ins", shown whole
    scan.emit(
        start,
        fi.end(),
        value=tidy(feet * 12 + inches),
        unit="inch",
        dimension="length",
        qualifier=q,
        decimals=0,
        extra=extra,
    )
    return fi.end()


@functools.lru_cache(maxsize=4096)  # a table writes the same few figures again and again
def _value(surface: str) -> tuple[Decimal, int | None, int | None, str | None] | None:
    """(value, decimals, significant figures, exact fraction) of "1,500", "3.80",
    "2½", "10 1/2", "1⁄4". A fraction is kept exact as "n/d" ("1/3"), and its value
    is the nearest float to it, so that "⅓" equals 1/3 computed anywhere."""
    exact = None
    if surface[-1] in UNICODE_FRACTIONS:
        exact = Fraction(UNICODE_FRACTIONS[surface[-1]]).limit_denominator(16)
        surface = surface[:-1].strip()
    if "/" in surface or "\u2044" in surface:  # "3/4", "10 1/2", "1⁄4"
        # any whitespace may stand between: NBSP, a thin space, a line break
        *whole_part, frac_part = surface.replace("\u2044", "/").split()
        numer, denom = frac_part.split("/")
        if int(denom) == 0:
            return None
        exact = Fraction(int(whole_part[0]) if whole_part else 0) + Fraction(int(numer), int(denom))
        decimals = sig = None
    elif surface:
        value = parse_digits(surface)
        if value is None:
            return None
        if exact is None:
            decimals, sig = precision(surface)
            return value, decimals, sig, None
        exact += Fraction(value)
    exact = exact or Fraction(0)
    value = Decimal(exact.numerator) / Decimal(exact.denominator)
    return value, None, None, f"{exact.numerator}/{exact.denominator}"


_OF_A = re.compile(r"[ \t\u00a0]+(?:of[ \t\u00a0]+)?an?(?=[ \t\u00a0])")


def _fraction_of_unit(scan, end: int) -> tuple[str | None, str | None, int]:
    """ "1⁄4 of a cup", "3/4 of a mile", "½ a teaspoon": the unit of a fraction
    written with "of a" or "a" (a unit written out only: "½ a c..." is no cup)."""
    o = _OF_A.match(scan.text, end)
    u = scan.ctx.unit_after(o.end(), "", 1) if o else None
    if not u or u[3] is not None or u[2] - o.end() < 3:
        return None, None, end
    return u[0], u[1], u[2]


_DIMENSION_CHAIN = re.compile(r"(?:[ \u00a0]?[x\u00d7][ \u00a0]?\d+(?:\.\d+)?)+")


def _dimension_chain_unit(scan, end: int) -> tuple[str | None, str | None]:
    """ "30.4 x 21.5 x 1.1cm", "6 x 4 metres": each side of a size takes the length unit
    written once at its end (the span stays the number)."""
    chain = _DIMENSION_CHAIN.match(scan.text, end)
    if not chain:
        return None, None
    u = scan.ctx.unit_after(chain.end(), "", 1)
    if not u or u[3] is not None or u[1] != "length":
        return None, None
    if re.match(r"(?i:[\s\w-]{0,24}\brelay)", scan.text[u[2] : u[2] + 40]):
        return None, None  # "the 4 x 100m relay": legs of a race, not a size
    return u[0], u[1]


def _decade(scan, first: int, ds: re.Match[str], n: int) -> int:
    """ "in his 40s" is an age 40..49; "the 1990s" a decade (the date scanner's)."""
    if n in _AGE_DECADES and P.AGE_DECADE_LEAD.search(scan.ctx.left(first, 24)):
        wordforms.emit_age_decade(scan, first, ds.end(), n)
    return ds.end()


def _and_fraction_after(text: str, end: int, surface: str, neg: bool):
    """(fraction, end) of "and a half", "and two-thirds" right after a whole number in
    digits ("2 and a half hours") or its magnitude ("3 million and a quarter"), or None."""
    if neg or "." in surface or "/" in surface:
        return None
    joined = P.AND_FRACTION_AFTER.match(text, end)
    if joined is None:
        return None
    fraction = and_fraction_value(joined.group())
    return (fraction, joined.end()) if fraction is not None else None


def _magnitude(scan, end: int, surface: str, currency: str | None) -> re.Match[str] | None:
    """ "£20m", "1.2 million", "$800 million", "3bn"; not "the 800m final" (metres),
    nor a lone "b" or "k" without a currency ("3 B", "32k": issue 11)."""
    mag = P.MAGNITUDE.match(scan.text, end)
    if not mag:
        return None
    written, glued = mag.group("mag"), not mag.group("sep")
    lw = written.lower()
    if P.SCALED_RATES.match(scan.text, mag.end()):
        return mag  # "2.2 mb/d": million barrels a day; "8 mtpa": million tonnes a year
    if lw == "m" and currency is None:
        if written == "M" and glued and not _metre_context_after(scan, mag.end()):
            return mag  # "5.6M digital sales": metres are a lower-case "m"
        return mag if scan.ctx.m_means_million(mag.end(), "." in surface) else None
    if lw in ("cr", "mm") and currency is None:
        return None  # "Rs 2,500 cr" is crore, "$5MM" a million; "5 cr" credits, "5mm" millimetres
    if lw in ("b", "k") and (currency is None or not glued):
        if currency is None and lw == "b" and scan.ctx.large_count_after(mag.end()):
            return mag  # "3 B downloads", "1.5b users"
        if currency is None and written == "k" and glued and _k_means_thousand(scan, end):
            return mag  # "around 32k more", "raised 32k for charity"
        return None
    return mag if lw in MAGNITUDE_SUFFIXES or currency is not None else None


def _metre_context_after(scan, pos: int) -> bool:
    """ "the 100M sprint", "a 300m drop": a word after that reads as a distance."""
    w = P.WORD_AFTER.match(scan.text, pos)
    return bool(w and w.group("w").lower() in P.METRE_CONTEXT)


# "a 5k", "the 10k race", "a 4k screen": a race or a resolution after an article
_ARTICLE_BEFORE = re.compile(r"(?i:\b(?:a|an|the)\s+$)")


def _k_means_thousand(scan, end: int) -> bool:
    """ "32k" glued is 32,000 ("around 32k more"), unless it names a race or a screen
    ("a 5k", "the 10k race")."""
    start = end
    while start > 0 and (scan.text[start - 1].isdigit() or scan.text[start - 1] in ".,"):
        start -= 1
    if _ARTICLE_BEFORE.search(scan.ctx.left(start, 8)):
        return False
    return not _metre_context_after(scan, end + 1)


def _magnitude_value(text: str, mag: re.Match[str]) -> tuple[int, int]:
    """(multiplier, end) of a magnitude, with a larger scale word after it: "6 hundred
    million" is 600,000,000, "₹2.4 lakh crore" 2.4 * 10^12, "Rs 5 thousand crore"
    5 * 10^10, "£3 thousand million" 3 * 10^9, not a figure and a lone scale word."""
    value = MAGNITUDE_SUFFIXES[mag.group("mag").lower()]
    more = P.MAGNITUDE.match(text, mag.end())
    if more and more.group("sep") and len(more.group("mag")) > 3:
        larger = MAGNITUDE_SUFFIXES.get(more.group("mag").lower(), 0)
        if larger > value and value >= 100:
            return value * larger, more.end()
    return value, mag.end()


def _unit_or_currency(scan, end: int, surface: str, mag_value: int, currency: str | None):
    """(currency, unit, dimension, end, subunit) read after the number: "20 euros",
    "£2 million pounds", "10 €", "5 km", "50p". The currency before, if any, stays."""
    text = scan.text
    if currency is not None:
        return currency, None, None, end, None
    sub = P.SUBUNIT.match(text, end) if mag_value == 1 else None
    if sub and len((sub.group("sub2") or "").split()) > 1:  # "85 euro cents", "80 US cents"
        return None, None, "currency", sub.end(), sub.group("sub2")
    cw = lexicon.currency_word_regex().match(text, end)
    if cw and P.MARKS_VERB.match(text, end):
        cw = None  # "1990 marks the end", "passing 100 marks a milestone": a verb
    if cw:
        return (
            lexicon.currency_by_word(cw.group("word") or cw.group("code")),
            None,
            None,
            cw.end(),
            None,
        )
    pounds = P.POUNDS_AFTER.match(text, end)
    if mag_value > 1 and pounds:  # "£2 million pounds"
        return "pound sterling", None, None, pounds.end(), None
    symbol_after = P.CURRENCY_AFTER.match(text, end)
    if symbol_after:  # "10 €", "20€": continental style
        name = lexicon.currency_by_symbol(symbol_after.group("sym"))
        return name, None, None, symbol_after.end(), None
    u = scan.ctx.unit_after(end, surface, mag_value)
    if u:
        unit, dim, unit_end, subunit = u
        return None, unit, dim, unit_end, subunit
    return None, None, None, end, None
