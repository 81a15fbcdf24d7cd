"""A coarse token shape of a figure's surface, to group errors found without labels.

``shape("£2.5m")`` is ``"CUR+DEC+SUF"``, ``shape("42m users")`` is ``"NUM+SUF word"``,
``shape("twenty-five")`` is ``"NUMWORD-NUMWORD"``, ``shape("1999")`` is ``"YEAR4"``.
Benches group misses and disagreements by it (bench/disagreements.py,
bench/extract_accuracy.py) so that the largest class of one kind of error shows
first. It reads bench-side only: the extractor never uses it, so a class seen
here is seen the same way whatever the extractor does.
"""

from __future__ import annotations

import re


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


NUMBER_WORDS = _words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen "
    "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty "
    "seventy eighty ninety hundred thousand million billion trillion dozen dozens "
    "hundreds thousands millions billions half quarter couple score"
)
ORDINAL_WORDS = _words(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "twentieth thirtieth hundredth"
)
UNIT_WORDS = _words(
    "percent per cent pc % km kilometres kilometers kilometre kilometer miles mile metres "
    "meters metre meter m cm mm ft feet foot inches inch kg kilograms kilos g grams "
    "tonnes tons lb lbs pounds ounces oz litres liters gallons mph kmh km/h degrees c f "
    "celsius fahrenheit acres hectares years year months month weeks week days day hours "
    "hour minutes minute seconds second mw gw kw kwh dollars dollar euros euro pence p "
    "cents cent yuan yen rupees"
)
CURRENCY = "£$€¥₹"
SUFFIXES = frozenset({"m", "bn", "k", "b", "mn", "mil", "tn", "mln", "bln"})
_TOKEN = re.compile(
    r"[A-Z]{1,3}[" + CURRENCY + r"]|[" + CURRENCY + r"]|\d[\d,]*(?:\.\d+)?|\.\d+|[A-Za-z]+|%|\S"
)


def _digits(tok: str) -> str:
    bare = tok.replace(",", "")
    if "." in bare:
        return "DEC"
    if len(bare) == 4 and "," not in tok and 1000 <= int(bare) <= 2199:
        return "YEAR4"
    return "NUM"


def shape(surface: str) -> str:
    """The token shape of ``surface``: digits, number words, units, signs, glue."""
    out: list[str] = []
    prev_end = 0
    prev_tok = ""
    for m in _TOKEN.finditer(surface):
        tok, low = m.group(), m.group().lower()
        glued = bool(out) and m.start() == prev_end
        if tok[-1] in CURRENCY:
            kind = "CUR"
        elif tok[0].isdigit() or (tok[0] == "." and len(tok) > 1):
            kind = _digits(tok) if tok[0].isdigit() else "DEC"
        elif glued and out[-1].endswith(("NUM", "DEC")) and low in SUFFIXES:
            kind = "SUF"
        elif glued and out[-1].endswith(("NUM", "DEC")) and low in {"st", "nd", "rd", "th"}:
            kind = "ORD"
        elif low in NUMBER_WORDS:
            kind = "NUMWORD"
        elif low in ORDINAL_WORDS:
            kind = "ORDWORD"
        elif low in UNIT_WORDS:
            kind = "UNIT"
        elif tok.isalpha():
            kind = "word"
        else:
            kind = tok
        if glued and kind in ("NUM", "DEC") and prev_tok.isupper() and len(prev_tok) <= 3:
            out[-1] = "CUR+" + kind  # a currency code glued to the number: USD12m, RM12.40
        elif glued and (kind in ("SUF", "ORD") or (out[-1] == "CUR" and kind in ("NUM", "DEC"))):
            out[-1] += "+" + kind
        elif glued and out and (tok in "-/" or out[-1].endswith(("-", "/"))):
            out[-1] += kind
        elif glued and out and kind == "UNIT":
            out[-1] += "+UNIT"
        elif out and kind == "word" and out[-1] == "word":
            continue  # runs of plain words say nothing more
        else:
            out.append(kind)
        prev_end = m.end()
        prev_tok = tok
    return " ".join(out) or "(empty)"
