"""Unit and currency surfaces as news writes them -> canonical unit + dimension.

The canonical names are the keys of ``factcheck.units.PINT_NAMES`` (so every
unit the extractor names can be converted) plus currencies, "percent" and
"percentage point", which pint does not convert.

Our own table covers what news copy uses. For the rare physical unit it does
not know ("20kHz", "3 pascals"), ``quantulum_unit`` falls back on the unit
database that ships with quantulum3, read lazily from its JSON file the first
time it is needed (well under a millisecond), so the hot path never touches
quantulum3 itself.
"""

from __future__ import annotations

import functools
import json
import re

# canonical name -> (dimension, surfaces matched case-insensitively, surfaces matched exactly)
_UNITS: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]] = {
    "mile": ("length", ("miles", "mile", "mi"), ()),
    "kilometre": ("length", ("kilometres", "kilometre", "kilometers", "kilometer", "kms", "km"), ()),
    "metre": ("length", ("metres", "metre", "meters", "meter", "mtrs"), ("m",)),
    "centimetre": ("length", ("centimetres", "centimetre", "centimeters", "centimeter", "cm", "cms"), ()),
    "millimetre": ("length", ("millimetres", "millimetre", "millimeters", "millimeter", "mm"), ()),
    "foot": ("length", ("feet", "foot", "ft"), ("′",)),
    "inch": ("length", ("inches", "inch", "ins"), ("″", "in")),
    "yard": ("length", ("yards", "yard", "yds", "yd"), ()),
    "nautical mile": ("length", ("nautical miles", "nautical mile"), ("nm",)),
    "light year": ("length", ("light years", "light-years", "light year", "light-year"), ()),
    "square kilometre": ("area", ("square kilometres", "square kilometre", "square kilometers", "square kilometer", "square km", "square kms", "sq km", "sq kms", "sq. km", "sq kilometres", "km2", "km²"), ()),
    "square mile": ("area", ("square miles", "square mile", "sq miles", "sq. miles", "sq mi", "sq. mi", "sq mile"), ()),
    "square metre": ("area", ("square metres", "square metre", "square meters", "square meter", "sq m", "sqm", "m2", "m²"), ()),
    "square foot": ("area", ("square feet", "square foot", "sq ft", "sq. ft", "sq. ft."), ()),
    "acre": ("area", ("acres", "acre"), ()),
    "hectare": ("area", ("hectares", "hectare", "ha"), ()),
    "kilogram": ("mass", ("kilograms", "kilogram", "kilogrammes", "kilogramme", "kilos", "kilo", "kgs", "kg"), ()),
    "gram": ("mass", ("grams", "gram", "grammes", "gramme"), ("g",)),
    "milligram": ("mass", ("milligrams", "milligram", "mg"), ()),
    "microgram": ("mass", ("micrograms", "microgram", "microgrammes", "microgramme", "mcg", "µg", "μg"), ()),
    "tonne": ("mass", ("tonnes", "tonne", "metric tons", "metric ton"), ("t",)),
    "ton": ("mass", ("tons", "ton"), ()),
    "pound": ("mass", ("lbs", "lb", "pounds"), ()),
    "ounce": ("mass", ("ounces", "ounce", "oz"), ()),
    "stone": ("mass", ("stones", "stone", "st"), ()),
    "litre": ("volume", ("litres", "litre", "liters", "liter", "ltr"), ("l",)),
    "millilitre": ("volume", ("millilitres", "millilitre", "milliliters", "milliliter", "ml"), ()),
    "gallon": ("volume", ("gallons", "gallon", "gal"), ()),
    "pint": ("volume", ("pints", "pint"), ()),
    "barrel": ("volume", ("barrels", "barrel", "bbl"), ()),
    "cubic metre": ("volume", ("cubic metres", "cubic metre", "cubic meters", "cubic meter", "m3", "m³"), ()),
    "kilometre per hour": ("speed", ("kilometres per hour", "kilometre per hour", "kilometers per hour", "kilometer per hour", "kilometres an hour", "kilometers an hour", "km per hour", "km an hour", "km/h", "kmh", "kph", "kmph"), ()),
    "mile per hour": ("speed", ("miles per hour", "mile per hour", "miles an hour", "mph"), ()),
    "metre per second": ("speed", ("metres per second", "meters per second", "m/s"), ()),
    "knot": ("speed", ("knots", "knot", "kts"), ()),
    "degree Celsius": ("temperature", ("degrees celsius", "degree celsius", "degrees centigrade", "degree centigrade", "deg celsius", "deg c", "celsius", "centigrade", "celcius", "centigrate", "degrees celcius", "°c", "ºc", "degrees c", "degree c"), ("C",)),
    "degree Fahrenheit": ("temperature", ("degrees fahrenheit", "degree fahrenheit", "deg fahrenheit", "deg f", "fahrenheit", "farenheit", "degrees farenheit", "°f", "ºf", "degrees f", "degree f"), ("F",)),
    "kelvin": ("temperature", ("kelvin",), ("K",)),
    "second": ("time", ("seconds", "second", "secs", "sec"), ("s",)),
    "minute": ("time", ("minutes", "minute", "mins", "min"), ()),
    "hour": ("time", ("hours", "hour", "hrs", "hr"), ("h",)),
    "day": ("time", ("days", "day"), ()),
    "week": ("time", ("weeks", "week", "wks"), ()),
    "fortnight": ("time", ("fortnights", "fortnight"), ()),
    "month": ("time", ("months", "month"), ()),
    "year": ("time", ("years", "year", "yrs"), ()),
    "decade": ("time", ("decades", "decade"), ()),
    "century": ("time", ("centuries", "century"), ()),
    "millisecond": ("time", ("milliseconds", "millisecond", "ms"), ()),
    "watt": ("power", ("watts", "watt"), ("W",)),
    "kilowatt": ("power", ("kilowatts", "kilowatt"), ("kW", "KW")),
    "megawatt": ("power", ("megawatts", "megawatt"), ("MW",)),
    "gigawatt": ("power", ("gigawatts", "gigawatt"), ("GW",)),
    "horsepower": ("power", ("horsepower", "bhp", "hp"), ()),
    "kilowatt hour": ("energy", ("kilowatt hours", "kilowatt-hours", "kilowatt hour", "kilowatt-hour", "kwh"), ()),
    "megawatt hour": ("energy", ("megawatt hours", "megawatt-hours", "megawatt hour", "megawatt-hour", "mwh"), ()),
    "gigawatt hour": ("energy", ("gigawatt hours", "gigawatt-hours", "gigawatt hour", "gigawatt-hour", "gwh"), ()),
    "terawatt hour": ("energy", ("terawatt hours", "terawatt-hours", "terawatt hour", "twh"), ()),
    "calorie": ("energy", ("calories", "calorie", "kcal"), ()),
    "byte": ("data", ("bytes", "byte"), ()),
    "kilobyte": ("data", ("kilobytes", "kilobyte", "kb"), ()),
    "megabyte": ("data", ("megabytes", "megabyte", "mb"), ()),
    "gigabyte": ("data", ("gigabytes", "gigabyte", "gb"), ()),
    "terabyte": ("data", ("terabytes", "terabyte", "tb"), ()),
    "degree": ("angle", ("degrees", "degree"), ("°", "º")),
    "percent": ("percentage", ("per cent", "percent", "pct", "per-cent"), ("%",)),
    "percentage point": ("percentage", ("percentage points", "percentage point", "points percentage", "ppts", "pp"), ()),
    "basis point": ("percentage", ("basis points", "basis point", "bps"), ()),
}  # fmt: skip

# Currencies: canonical name -> (symbols before the number, words after it, ISO code)
CURRENCIES: dict[str, tuple[tuple[str, ...], tuple[str, ...], str]] = {
    "pound sterling": (("£", "GBP", "GBP "), ("pounds sterling", "sterling"), "GBP"),
    "US dollar": (("$", "US$", "USD", "USD ", "US $", "$US"), ("us dollars", "us dollar", "u.s. dollars", "dollars", "dollar", "bucks"), "USD"),
    "euro": (("€", "EUR", "EUR "), ("euros", "euro"), "EUR"),
    "Canadian dollar": (("C$", "CA$", "CAD", "CAD ", "Can$", "$C", "$CA"), ("canadian dollars",), "CAD"),
    "Australian dollar": (("A$", "AU$", "AUD", "AUD ", "$A", "$AU"), ("australian dollars",), "AUD"),
    "New Zealand dollar": (("NZ$", "NZD", "NZD ", "$NZ"), ("new zealand dollars",), "NZD"),
    "Hong Kong dollar": (("HK$", "HKD", "HKD ", "$HK"), ("hong kong dollars",), "HKD"),
    "Singapore dollar": (("S$", "SGD", "SGD "), ("singapore dollars",), "SGD"),
    "Japanese yen": (("¥", "JPY", "JPY "), ("yen",), "JPY"),
    "Chinese yuan": (("CNY", "CNY ", "RMB", "RMB "), ("chinese yuan", "yuan", "renminbi", "rmb"), "CNY"),
    "Indian rupee": (("₹", "Rs", "Rs.", "Rs ", "Rs. ", "INR", "INR "), ("indian rupees", "rupees", "rupee"), "INR"),
    "Swiss franc": (("CHF", "CHF ", "SFr"), ("swiss francs", "francs", "franc"), "CHF"),
    "Russian rouble": (("₽", "RUB", "RUB "), ("roubles", "rouble", "rubles", "ruble"), "RUB"),
    "South African rand": (("ZAR", "ZAR "), ("rand",), "ZAR"),
    "Nigerian naira": (("₦", "NGN", "NGN "), ("naira",), "NGN"),
    "Israeli shekel": (("₪", "ILS", "ILS "), ("shekels", "shekel"), "ILS"),
    "Turkish lira": (("₺", "TRY"), ("turkish lira", "lira", "liras"), "TRY"),
    "South Korean won": (("₩", "KRW", "KRW "), ("won",), "KRW"),
    "Swedish krona": (("SEK", "SEK "), ("kronor", "krona", "swedish crowns"), "SEK"),
    "Norwegian krone": (("NOK", "NOK "), ("kroner", "krone", "norwegian crowns"), "NOK"),
    "Danish krone": (("DKK", "DKK "), ("danish kroner", "danish crowns"), "DKK"),
    "Mexican peso": (("MXN", "MXN ", "Mex$"), ("mexican pesos", "pesos", "peso"), "MXN"),
    "Brazilian real": (("R$", "BRL", "BRL "), ("reais", "reals", "brazilian real"), "BRL"),
    "UAE dirham": (("AED", "AED "), ("dirhams", "dirham"), "AED"),
    "Saudi riyal": (("SAR", "SAR "), ("riyals", "riyal"), "SAR"),
    "Malaysian ringgit": (("RM",), ("ringgit",), "MYR"),
    "Pakistani rupee": (("PKR", "PKR "), ("pakistani rupees",), "PKR"),
    "Kenyan shilling": (("KSh", "KES", "KES "), ("kenyan shillings", "shillings"), "KES"),
    "Ukrainian hryvnia": (("₴", "UAH", "UAH "), ("hryvnias", "hryvnia"), "UAH"),
    "bitcoin": (("₿", "BTC", "BTC "), ("bitcoins", "bitcoin"), "BTC"),
    "Finnish markka": ((), ("finnish markka", "markka", "markkas"), "FIM"),
    "Spanish peseta": ((), ("pesetas", "peseta"), "ESP"),
    "Dutch guilder": ((), ("dutch guilders", "guilders", "guilder"), "NLG"),
    "Deutsche Mark": (("DM",), ("deutsche marks", "deutsche mark", "deutschmarks", "marks"), "DEM"),
}  # fmt: skip

# Sub-units written after the number: "50p", "20 cents".
SUBUNITS: dict[str, tuple[str, float]] = {
    "p": ("pound sterling", 0.01),
    "pence": ("pound sterling", 0.01),
    "penny": ("pound sterling", 0.01),
    "pennies": ("pound sterling", 0.01),
    "cents": ("US dollar", 0.01),
    "cent": ("US dollar", 0.01),
    "c": ("US dollar", 0.01),
}


@functools.lru_cache(maxsize=1)
def unit_table() -> tuple[dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """(surface.lower() -> (unit, dim), exact surface -> (unit, dim))."""
    lower: dict[str, tuple[str, str]] = {}
    exact: dict[str, tuple[str, str]] = {}
    for name, (dim, words, symbols) in _UNITS.items():
        for w in words:
            lower[w.lower()] = (name, dim)
        for s in symbols:
            exact[s] = (name, dim)
    return lower, exact


def _alternation(surfaces: list[str]) -> str:
    surfaces = sorted(set(surfaces), key=len, reverse=True)
    return "|".join(re.escape(s).replace(r"\ ", r"\s+") for s in surfaces)


@functools.lru_cache(maxsize=1)
def unit_regex() -> re.Pattern[str]:
    """A unit surface at the current position (after the number and an
    optional space or hyphen), ending at a word boundary."""
    lower, exact = unit_table()
    words = _alternation(list(lower))
    symbols = _alternation([s for s in exact if s[0].isalpha()])
    marks = _alternation([s for s in exact if not s[0].isalpha()])
    return re.compile(
        rf"(?P<sep>[ \t\u00a0]?-?[ \t\u00a0]?|-)"
        rf"(?:(?i:(?P<word>{words}))|(?P<sym>{symbols}))(?![A-Za-z0-9])"
        rf"|[ \u00a0]?(?P<mark>{marks})"
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
    return re.compile(rf"(?<![A-Za-z])(?:{_alternation(symbols)})[ \u00a0]?$")


@functools.lru_cache(maxsize=1)
def currency_prefix_table() -> dict[str, str]:
    table = {}
    for name, (syms, _w, _iso) in CURRENCIES.items():
        for s in syms:
            table[s.strip()] = name
    return table


@functools.lru_cache(maxsize=1)
def currency_word_regex() -> re.Pattern[str]:
    """A currency name written after the number ("420 million Finnish markka")."""
    words = [w for _name, (_s, ws, _iso) in CURRENCIES.items() for w in ws]
    codes = [iso for _name, (_s, _ws, iso) in CURRENCIES.items()]
    return re.compile(
        rf"[ \u00a0](?:(?i:(?P<word>{_alternation(words)}))|(?P<code>{_alternation(codes)}))(?![A-Za-z])"
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
    (``_alternation``), so a hard-wrapped "US\\ndollars", a tab or an NBSP reaches
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
_QUANTULUM_ENTITIES = {
    "pressure", "frequency", "force", "radioactivity", "electric potential", "current",
    "sound level", "charge", "electrical resistance", "capacitance", "illuminance",
    "luminous flux", "radiation absorbed dose", "radiation exposure", "data transfer rate",
    "torque", "acceleration", "magnetic field", "power", "energy",
}  # fmt: skip


@functools.lru_cache(maxsize=1)
def _quantulum_index() -> dict[str, tuple[str, str]]:
    """surface or symbol -> (unit name, entity) from quantulum3's units.json."""
    from importlib import resources

    try:
        raw = resources.files("quantulum3").joinpath("units.json").read_text(encoding="utf-8")
    except (OSError, ModuleNotFoundError):
        return {}
    index: dict[str, tuple[str, str]] = {}
    for name, spec in json.loads(raw).items():
        entity = spec.get("entity", "")
        if entity not in _QUANTULUM_ENTITIES:
            continue
        for s in spec.get("symbols", []):
            index.setdefault(s, (name, entity))
            for prefix in spec.get("prefixes", []):
                index.setdefault(prefix + s, (f"{_SI_PREFIX.get(prefix, prefix)}{name}", entity))
        for s in spec.get("surfaces", []):
            index.setdefault(s.lower(), (name, entity))
            index.setdefault(s.lower() + "s", (name, entity))
    return index


_SI_PREFIX = {"k": "kilo", "M": "mega", "G": "giga", "T": "tera", "m": "milli", "µ": "micro"}


def quantulum_unit(token: str) -> tuple[str, str] | None:
    """(unit name, dimension) for a physical unit our own table lacks, else None."""
    if len(token) < 2:
        return None  # "5G", "3D": a lone letter is a name, not a unit
    index = _quantulum_index()
    if len(token) > 3:
        return index.get(token) or index.get(token.lower())
    return index.get(token)
