"""Unit and currency surfaces as news writes them -> canonical unit + dimension.

The spellings are data (``factcheck/lang/units.yaml``); this module builds the
lookup tables and regexes from them.

The canonical names are the keys of ``factcheck.units.PINT_NAMES`` (so every
unit the extractor names can be converted) plus currencies, "percent" and
"percentage point", which pint does not convert.

Our own table covers what news copy uses. For the rare physical unit it does
not know ("20kHz", "3 pascals"), ``quantulum_unit`` falls back on the unit
database of quantulum3, read through its public loader the first time it is
needed; quantulum3's parser is never run.
"""

from __future__ import annotations

import functools
import importlib.metadata
import re
from pathlib import Path

import factcheck.lang as lang
from factcheck.extract.numbers import DECIMAL_COMMA, MAGNITUDE_SUFFIXES
from factcheck.units import UnitExtension, in_force

_UNITS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    name: (spec["dimension"], tuple(spec["words"]), tuple(spec.get("symbols", ())))
    for name, spec in lang.get("units", "units").items()
}
"""canonical name -> (dimension, surfaces matched case-insensitively, surfaces matched exactly)"""

CURRENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    name: (tuple(spec["before"]), tuple(spec["words"]), spec["code"])
    for name, spec in lang.get("currencies", "units").items()
}
"""canonical name -> (symbols before the number, words after it, ISO code)"""

GLUED_SIGNS: dict[str, str] = {
    sign: name
    for name, spec in lang.get("currencies", "units").items()
    for sign in spec.get("glued", ())
}
"""Local signs read only glued to a price ("N2.7tn" naira, "R17.92" rand, "Sh4,200"
Kenyan shillings) -> currency name: alone or spaced they are letters ("N25", "P45")."""

SUBUNITS: dict[str, tuple[str, float]] = {
    word: (spec["currency"], spec["factor"]) for word, spec in lang.get("subunits", "units").items()
}
"""Sub-units written after the number: "50p", "20 cents", "12 sen", "80 US cents"."""


def subunit_regex(glued_when: str = "") -> re.Pattern[str]:
    """A sub-unit after the digits: glued ("50p") or after a space or hyphen ("20
    cents", "12 sen", "80 US cents"), spelled as the table writes it. ``glued_when``
    adds a glued form with a condition of its own (a regex: "c" before "a share")."""
    spec = lang.get("subunits", "units")
    glued = lang.alternation([w for w, s in spec.items() if s.get("glued")])
    if glued_when:
        glued = f"{glued}|{glued_when}"
    words = [w for w in spec if len(w) > 1 and not spec[w].get("glued")]
    return re.compile(
        rf"(?:(?P<sub>{glued})|[ \u00a0-]?(?P<sub2>{lang.alternation(words)}))(?![A-Za-z])"
    )


def subunit(surface: str) -> tuple[str, float]:
    """(currency, factor) of a sub-unit as matched ("US\ncents" -> "US cents")."""
    return SUBUNITS[surface_key(surface)]


def unit_table() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(surface.lower() -> (unit, dim), exact surface -> (unit, dim)).

    The built-in units plus those the rule set in force defines
    (``factcheck.units.extended``): one table per extension, built once.
    """
    return _unit_table(in_force())


@functools.lru_cache(maxsize=16)
def _unit_table(
    extension: UnitExtension | None,
) -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    lower: dict[str, tuple[str, str]] = {}
    exact: dict[str, tuple[str, str]] = {}
    units = list(_UNITS.items())
    if extension is not None:
        units += [(u.name, (u.dimension, u.words, u.symbols)) for u in extension.units]
    for name, (dim, words, symbols) in units:
        for w in words:
            lower[" ".join(w.lower().split())] = (name, dim)
        for s in symbols:
            exact[s] = (name, dim)
    return lower, exact


def unit_regex() -> re.Pattern[str]:
    """A unit surface at the current position (after the number and an
    optional space or hyphen), ending at a word boundary."""
    return _unit_regex(in_force())


@functools.lru_cache(maxsize=16)
def _unit_regex(extension: UnitExtension | None) -> re.Pattern[str]:
    lower, exact = _unit_table(extension)
    # the words of a unit may be hyphenated as a modifier: "a 25-basis-point cut"
    words = lang.alternation(list(lower), space=r"[\s-]+")
    symbols = lang.alternation([s for s in exact if s[0].isalpha()])
    marks = lang.alternation([s for s in exact if not s[0].isalpha()])
    # A unit starts within three characters (the separator at most " - "): the
    # lookahead turns away most positions ("| 12 |", "and") before the long
    # alternations are tried one by one, and never a position they would match.
    word_starts = lang.first_characters(lower)
    exact_starts = lang.first_characters(exact)
    return re.compile(
        rf"(?=[ \t\u00a0-]{{0,3}}(?:(?i:{word_starts})|{exact_starts}))"
        rf"(?:(?P<sep>[ \t\u00a0]?-?[ \t\u00a0]?|-)"
        rf"(?:(?i:(?P<word>{words}))|(?P<sym>{symbols}))(?![A-Za-z0-9])"
        rf"|[ \u00a0]?(?P<mark>{marks}))"
    )


def currency_by_code(code: str) -> str | None:
    for name, (symbols, _words, iso) in CURRENCIES.items():
        if code == iso or code in symbols:
            return name
    return None


@functools.lru_cache(maxsize=1)
def currency_prefix_regex() -> re.Pattern[str]:
    """A currency symbol or code written just before a number, anchored at its end."""
    symbols = [s.strip() for _name, (syms, _w, _iso) in CURRENCIES.items() for s in syms]
    return re.compile(
        rf"(?<![A-Za-z])(?:(?:{lang.alternation(symbols)})[ \u00a0]?|(?:{lang.alternation(list(GLUED_SIGNS))}))$"
    )


@functools.lru_cache(maxsize=1)
def currency_prefix_lasts() -> frozenset[str]:
    """The characters a sign of ``currency_prefix_regex`` ends with: a text none of
    whose last three characters is one (the sign, a space, a line break before
    ``$``) has no currency before its end, which a set test says without the search."""
    symbols = [s.strip() for _name, (syms, _w, _iso) in CURRENCIES.items() for s in syms]
    return frozenset(s[-1] for s in (*symbols, *GLUED_SIGNS) if s)


_ANY2 = "[A-Z][A-Z]"  # a two-letter sign, in a lookbehind (fixed width)


def glued_currency_spans(
    text: str, sentences: list[tuple[int, int]] | None = None
) -> list[tuple[int, int]]:
    """The spans of the currency codes and local signs ending in a letter that are
    glued to the digits after them ("USD12m", "EUR30m", "RM12.40", "Rs500"), both
    signs of a range that writes one twice ("RM5-RM8", "P240-P280"): the scanner
    blanks them so that the digits start a number. (Signs ending in "$" need no
    help: "$" is no word character, so "S$2m" and "HK$5bn" already start one.)

    A one-letter sign before a short amount ("N617", "R370", "P23") is also a price
    where the copy says so: a rate after it ("R370 a month", "P20 per kilo") or the
    same sign read as a price in the same sentence ("between N1,030 and N1,255 ...
    up from N617"); "the N25", "the R21" stay names."""
    spans = []
    prices: dict[str, list[int]] = {}  # one-letter sign -> starts read as prices
    for m in _glued_currency_regex().finditer(text):
        spans.append(m.span())
        spans += [m.span(high) for high in ("one_high", "high") if m.start(high) >= 0]
        if sign := m.group("one") or m.group("one_paid"):
            prices.setdefault(sign, []).append(m.start())
    taken = {s for s, _ in spans}
    for m in _short_one_letter_price().finditer(text):
        if m.start() in taken:
            continue
        same = prices.get(m.group("one"), ())
        if m.group("rate") is not None or any(
            _same_sentence(sentences, m.start(), s) for s in same
        ):
            spans.append(m.span())
    return spans


def _same_sentence(sentences: list[tuple[int, int]] | None, a: int, b: int) -> bool:
    if not sentences:
        return False
    return any(s <= a < e and s <= b < e for s, e in sentences)


@functools.lru_cache(maxsize=1)
def _short_one_letter_price() -> re.Pattern[str]:
    """A one-letter sign before two or three digits that end the word, not after an
    article ("the N25" a road, "an N95 mask": a price noun after it is read by
    ``_glued_currency_regex``); group ``rate`` when a rate follows."""
    one = lang.alternation([c for c in GLUED_SIGNS if len(c) == 1])
    rates = lang.alternation("identifiers.price_rate_nouns")
    amount = r"\d{2,3}(?:\.\d+)?(?![\w/.,]|[-\u2013]\w|[.,]\d)"
    signs = lang.first_characters([c for c in GLUED_SIGNS if len(c) == 1], as_written=True)
    return re.compile(
        rf"(?={signs})(?<![A-Za-z])(?<!\b[Tt]he )(?<!\b[Aa] )(?<!\b[Aa]n )(?P<one>{one})(?={amount})"
        rf"(?P<rate>(?=\d+(?:\.\d+)?[ \u00a0]+(?:a|an|per|each)[ \u00a0]+(?i:{rates})\b))?"
    )


@functools.lru_cache(maxsize=1)
def _glued_currency_regex() -> re.Pattern[str]:
    """A code glued to a digit, or a local sign before what reads as a price; the
    groups ``one_high`` and ``high`` hold the sign a range writes again on its high
    end (a lookahead's group keeps its span)."""
    codes = [
        s.strip()
        for _name, (syms, _w, _iso) in CURRENCIES.items()
        for s in syms
        if s.strip()[-1:].isalpha() or s.strip()[-1:] == "."  # "Rs.500", "Ksh.1,000"
    ]
    magnitudes = lang.alternation([m for m, n in MAGNITUDE_SUFFIXES.items() if n >= 1000])
    spaced = lang.alternation(
        [m for m, n in MAGNITUDE_SUFFIXES.items() if n >= 1000 and len(m) > 1]
    )
    # "RM", "DM": also models ("DM2"); "Sh" (Kenyan shillings) likewise
    short = [c for c in codes if len(c) <= 2 and c.isupper()]
    short += [c for c in GLUED_SIGNS if len(c) == 2]
    long_codes = [c for c in codes if c not in short]
    # a one-letter sign ("N", "R", "P") names roads, forms and models far more often
    # ("the N25", "a P45", "the R21"): only before a price it must read as one
    one = lang.alternation([c for c in GLUED_SIGNS if len(c) == 1])
    price_nouns = rf"(?i:{lang.alternation('identifiers.price_nouns')})\b"
    routes = rf"(?:{lang.alternation('identifiers.route_words')})\b"
    base_form = rf"(?:{lang.alternation('tense.base_form_before')})\b"
    to = r"[ \u00a0]*[-\u2013][ \u00a0]*|[ \u00a0]+(?:to|and)[ \u00a0]+"
    to_sign = rf"\d(?:{to})(?P=sign)"
    glued_magnitudes = lang.alternation([*(m for m, n in MAGNITUDE_SUFFIXES.items() if n >= 1000),
                                     *lang.words("numbers.magnitude_capitals")])  # fmt: skip
    # every branch opens with a sign: other characters are turned away at once
    signs = lang.first_characters(
        [*long_codes, *short, *(c for c in GLUED_SIGNS if len(c) == 1)], as_written=True
    )
    return re.compile(
        rf"(?={signs})(?<![A-Za-z])(?:(?:{lang.alternation(long_codes)})(?=\d)"
        # thousands ("N1,650", "R28,000"), two to four decimals ("R17.92", "P0.1164"), a
        # magnitude glued, spaced or hyphenated ("N2.7tn", "P18.4B", "N3.5 billion",
        # "R4.25-million"), or a range of two digits or more that writes the sign on
        # both ends ("P240-P280", "P42 to P45"; not after an article: "the N25-N30")
        rf"|(?P<one>{one})(?=\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d+\.\d{{2,4}}(?!\d|\.\d)"
        rf"|(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?"
        rf"(?:[ \u00a0-](?i:{spaced})|{glued_magnitudes})(?![A-Za-z0-9])|{DECIMAL_COMMA}"
        rf"|(?<!\b[Tt]he .)(?<!\b[Aa] .)\d{{2,}}(?:\.\d+)?"
        rf"(?:{to})(?P<one_high>(?P=one))\d{{2}}"
        # a round price of two digits or more before a price noun within two words
        # ("a P100 daily wage hike", "the N50 fare") or after a verb of paying ("costs
        # P100", "fined R500"); "a P45 form", "the N25 road" stay names
        # ("on the R21 will pay": a noun of price after a base-form word is a verb)
        rf"|\d{{2,}}(?:\.\d+)?(?![\w.,/-])(?=[ \u00a0]+(?:(?!{routes}|{base_form})[a-z]+[ \u00a0]+){{0,2}}{price_nouns}(?![ \u00a0]+{routes})))"
        rf"|(?=(?:{one})\d\d){_price_verb_before()}(?P<one_paid>{one})"
        rf"(?=\d{{2,}}(?:\.\d+)?(?![\w/-]|[.,]\d))"
        # a two-letter sign only before what reads as a price: decimals, a magnitude
        # ("RM2bil", "RM3 million"), thousands ("RM49,980"), two digits or more
        # that end the word ("RM38 to RM40"), or a range with the sign on both ends
        # ("RM5-RM10"); "the DM2 engine", "RM27-04" stay names
        rf"|(?P<sign>{lang.alternation(short)})(?=\d[\d,]*(?:\.\d|(?i:{magnitudes})\b)"
        # a range that writes the sign again ("RM5-RM10", "RM5 to RM8"; group
        # ``high``), not after an article ("the DM2-DM3 engines" are models) unless a
        # price noun follows ("the RM3 to RM6 fee")
        rf"|(?:(?<!\b[Tt]he {_ANY2})(?<!\b[Aa] {_ANY2})|(?={to_sign}\d[\d,]*(?:\.\d+)?[ \u00a0]+{price_nouns}))"
        rf"\d(?:{to})(?P<high>(?P=sign))\d"
        rf"|\d[\d,]*(?:\.\d+)?[ \u00a0](?i:{spaced})\b"
        rf"|\d{{1,3}}(?:,\d{{3}})+(?!\d|,\d)|\d{{2,}}(?![\w/]|[-\u2013]\w)))"
    )


def _price_verb_before() -> str:
    """A lookbehind for each verb of paying ("costs ", "fined "): fixed widths, one each."""
    verbs = sorted(lang.words("identifiers.price_verbs"), key=len, reverse=True)
    return "(?:" + "|".join(rf"(?<=\b{re.escape(v)} )" for v in verbs) + ")"


@functools.lru_cache(maxsize=1)
def currency_prefix_table() -> dict[str, str]:
    table = {}
    for name, (syms, _w, _iso) in CURRENCIES.items():
        for s in syms:
            table[s.strip()] = name
    table.update(GLUED_SIGNS)
    return table


@functools.lru_cache(maxsize=1)
def currency_word_regex() -> re.Pattern[str]:
    """A currency name or code written after the number ("420 million Finnish markka",
    "500 USD", "115.5USD")."""
    words = [w for _name, (_s, ws, _iso) in CURRENCIES.items() for w in ws]
    codes = [iso for _name, (_s, _ws, iso) in CURRENCIES.items()]
    # the lookahead of the first characters turns away most places at once ("| 12 |")
    first = rf"(?=[ \u00a0](?:(?i:{lang.first_characters(words)})|{lang.first_characters(codes, as_written=True)}))"
    # a code may also be glued to the digits ("115.5USD", "500EUR"), a word may not
    return re.compile(
        rf"(?:{first}[ \u00a0](?i:(?P<word>{lang.alternation(words)}))"
        rf"|(?:(?<=\d)(?=[A-Z]{{3}})|{first}[ \u00a0])(?P<code>{lang.alternation(codes)}))(?![A-Za-z])"
    )


@functools.lru_cache(maxsize=1)
def hyphen_currency_regex() -> re.Pattern[str]:
    """A currency's name hyphenated to the number as a modifier: "a five-dollar bill",
    "a one-yen bid", "a 20-rupee note" (lower case: "Five-Dollar" starts a name; "pound"
    is no currency word, so "a 10-pound baby" stays a weight)."""
    words = [w for _name, (_s, ws, _iso) in CURRENCIES.items() for w in ws if w.islower()]
    return re.compile(rf"-(?P<word>{lang.alternation(words, space='-')})(?![\w-])")


CODE_SCALES = {s: MAGNITUDE_SUFFIXES[s.lower()] for s in lang.words("numbers.code_scales")}
SCALED_CODE_STARTS = tuple(sep + scale for scale in CODE_SCALES for sep in (" ", "\u00a0"))
"""What a scaled code starts with: a cheap test before its pattern, on every figure."""


@functools.lru_cache(maxsize=1)
def scaled_code_regex() -> re.Pattern[str]:
    """A currency code with a scale glued before it, after the number: "120 MEUR",
    "48.5 MGBP", "350 kEUR" (``numbers.code_scales``)."""
    codes = [iso for _name, (_s, _ws, iso) in CURRENCIES.items()]
    return re.compile(
        rf"[ \u00a0](?P<scale>{lang.alternation(list(CODE_SCALES))})"
        rf"(?P<code>{lang.alternation(codes)})(?![A-Za-z])"
    )


@functools.lru_cache(maxsize=1)
def currency_word_table() -> dict[str, str]:
    table = {}
    for name, (_s, ws, iso) in CURRENCIES.items():
        for w in ws:
            table[w] = name
        table[iso.lower()] = name
    return table


def surface_key(surface: str) -> str:
    """A surface as the tables spell it: words joined by one plain space.

    The regexes accept any run of whitespace between the words of a name
    (``lang.alternation``), so a hard-wrapped "US\\ndollars", a tab or an NBSP reaches
    the lookup; the key must not depend on which.
    """
    return " ".join(surface.split())


def currency_by_word(surface: str) -> str:
    """The currency a name or code after a number names ("US dollars", "usd")."""
    return currency_word_table()[surface_key(surface).lower()]


def currency_by_symbol(surface: str) -> str:
    """The currency a symbol or code before a number names ("US$", "US $", "A$")."""
    return currency_prefix_table()[surface_key(surface)]


# quantulum3 entities worth a fallback: physical kinds our own table does not cover.
_QUANTULUM_ENTITIES = frozenset(lang.get("quantulum_entities", "units"))


_QUANTULUM_CACHE = Path(__file__).resolve().parent / "__pycache__" / "quantulum_units.marshal"


@functools.lru_cache(maxsize=1)
def _quantulum_index() -> dict[str, tuple[str, str]]:
    """surface or symbol -> (unit name, entity), from quantulum3's unit database.

    Read through its public loader, ``quantulum3.load.units()``, which also
    expands SI prefixes ("kHz" -> kilohertz). The loader pluralises every
    surface with ``inflect`` and costs 4-20 s, so this runs only when a text
    has a glued symbol our own table lacks ("20kHz"), never at import, and the
    small index is kept marshalled (``lang.cached``), keyed by quantulum3's
    version and our entity list: only the first process after an install or
    upgrade pays the loader, later ones read the index in milliseconds.
    """
    try:
        version = importlib.metadata.version("quantulum3")
    except importlib.metadata.PackageNotFoundError:
        return {}
    stamp = (1, version, tuple(sorted(_QUANTULUM_ENTITIES)))
    return lang.cached(_QUANTULUM_CACHE, stamp, _build_quantulum_index)


def _build_quantulum_index() -> dict[str, tuple[str, str]]:
    try:
        from quantulum3 import load
    except ModuleNotFoundError:
        return {}
    index: dict[str, tuple[str, str]] = {}
    for name, unit in load.units().names.items():
        entity = unit.entity.name
        if entity not in _QUANTULUM_ENTITIES:
            continue
        for symbol in unit.symbols:
            index.setdefault(symbol, (name, entity))
        for surface in unit.surfaces:
            index.setdefault(surface.lower(), (name, entity))
            index.setdefault(surface.lower() + "s", (name, entity))
    return index


def quantulum_unit(token: str) -> tuple[str, str] | None:
    """(unit name, dimension) for a physical unit our own table lacks, else None."""
    if len(token) < 2:
        return None  # "5G", "3D": a lone letter is a name, not a unit
    index = _quantulum_index()
    if len(token) > 3:
        return index.get(token) or index.get(token.lower())
    return index.get(token)
