"""Quantities in news copy: counts, amounts, measures, ranges, ages and scores.

One compiled pattern finds every *number core* (digits, number words, vague
magnitudes, fractions, ordinals); each core is then read outwards with small
anchored matches: a currency before it, a magnitude and a unit after it, a
qualifier ("about", "more than") and a change verb ("rose", "fell") on its
left, the counted noun on its right, a conversion in parentheses after it.
Everything is plain ``re`` on the text, so the scanner costs a fraction of
quantulum3's parse on the same article (see ``bench/extract_speed.py``).

What is deliberately *not* a quantity (precision first, see docs/extract.md):
dates and years, times, phone numbers, URLs and e-mail addresses, numbers in
names and identifiers ("A127", "Euro 2016", "Model 3", "COVID-19", "5G"),
titles ("First Minister") and "one" used as a pronoun ("one of the", "no one").
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal

from factcheck.extract import lexicon
from factcheck.extract.numbers import (
    FRACTION_WORDS,
    MAGNITUDE_SUFFIXES,
    ORDINAL_WORDS,
    SCALE_WORDS,
    TENS_WORDS,
    UNICODE_FRACTIONS,
    UNITS_WORDS,
    VAGUE_WORDS,
    parse_digits,
    parse_words,
    precision,
    tidy,
)
from factcheck.extract.vocabulary import (
    AFTER_CHANGE,
    BEFORE_CHANGE,
    COMMON_CAPITALISED,
    ID_NOUNS,
    IRREGULAR_PLURALS,
    MONTHS,
    NOT_NOUNS,
    NOUN_STOPWORDS,
    ONE_PRONOUN_AFTER,
    ONE_PRONOUN_BEFORE,
    QUALIFIERS_AFTER,
    QUALIFIERS_BEFORE,
    SPORT_WORDS,
    WEEKDAYS,
)
from factcheck.mention import Mention


class _Lazy:
    """A pattern compiled on first use: the big alternations cost ~20 ms to
    compile, which commands that import the extractor without calling it
    (``--help``, ``check`` on cached mentions) should not pay."""

    __slots__ = ("_args", "_pattern")

    def __init__(self, *args) -> None:
        self._args = args
        self._pattern: re.Pattern[str] | None = None

    def __getattr__(self, name: str):
        if self._pattern is None:
            self._pattern = re.compile(*self._args)
        return getattr(self._pattern, name)


def _words_pattern(words: str) -> str:
    """A literal phrase as a pattern, any run of white space between its words."""
    return r"\s+".join(re.escape(w) for w in words.split())


_NUMWORD = "|".join(
    sorted(
        [*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, "dozen"],
        key=len,
        reverse=True,
    )
)
_ORDWORD = "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
_TENS = "|".join(TENS_WORDS)
_FRACWORD = "|".join(sorted(FRACTION_WORDS, key=len, reverse=True))
_VAGUE = "|".join(
    w.replace(" ", r"\s+") for w in sorted(VAGUE_WORDS, key=len, reverse=True) if w != "scores"
)

_FIRST_LETTERS = "".join(
    sorted(
        {w[0] for w in [*UNITS_WORDS, *TENS_WORDS, *SCALE_WORDS, *ORDINAL_WORDS, *VAGUE_WORDS]}
        | {"a", "d", "h"}
    )
)
# Run on the lowercased text (case-insensitive alternations are several times
# slower in ``re``); the leading \b and first-character look-ahead let the
# engine skip most positions without trying the alternation at all.
_CORE = _Lazy(
    rf"\b(?=[\d{_FIRST_LETTERS}½¼¾⅓⅔])(?:"
    rf"(?P<ordd>(?<![\w.,])\d+(?:st|nd|rd|th)\b)"
    rf"|(?P<dfrac>(?<![\w.,/])(?:\d{{1,3}}\s+)?[1-9]\d?/(?:2|3|4|5|8|10|16|100)(?![\d/]))"
    rf"|(?P<num>(?<![\w.,])(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?:\.\d+)?(?:[½¼¾⅓⅔])?)"
    rf"|(?P<frac>\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)[\s-](?:{_FRACWORD})|half)\b)"
    rf"|(?P<adur>\ban?\s+(?:week|month|year|day|fortnight|decade|century|hour|minute)\b)"
    rf"|(?P<decw>\b(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b)"
    rf"|(?P<vague>\b(?:{_VAGUE})\b|\bscores(?=\s+of\b))"
    rf"|(?P<words>\b(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:{_NUMWORD})"
    rf"(?:(?:\s+and\s+|[\s-]+)(?:{_NUMWORD}|a\s+half)\b)*\b)"
    rf"|(?P<ordw>\b(?:(?:{_TENS})-)?(?:{_ORDWORD})\b))"
)

# Things that contain digits but are not quantities; their spans are masked.
_BLOCK_DIGITS = re.compile(
    r"(?=[\d+(])(?:"
    r"\b\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:[ap]\.?m\.?|GMT|BST|UTC|CET|CEST|EST|EDT|PST|PDT|ET|PT)(?![A-Za-z])"
    r"|\b\d{1,2}:\d{2}(?::\d{2})?(?!\d)"
    r"|\b\d{1,2}\s?(?:[ap]\.m\.|[ap]m\b)"
    r"|\b\d{4}\s?(?:GMT|BST|UTC|CET|CEST|EST|EDT|hrs|local\s+time)\b"
    r"|\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b"
    r"|\+\d{1,3}(?:[\s.-]?\(?\d{1,5}\)?){2,5}"
    r"|\(?\b0\d{2,4}\)?[\s.-]?\d{3,4}[\s.-]?\d{3,4}\b"
    r"|\b1?[\s.-]?\(?\d{3}\)[\s.-]?\d{3}[\s.-]\d{4}\b|\b\d{3}[.-]\d{3}[.-]\d{4}\b"
    r"|\b24/7\b)"
)
_URL = re.compile(r"https?://\S+|\bwww\.\S+")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def _blocked_spans(text: str) -> list[tuple[int, int]]:
    """Times, phone numbers, numeric dates, URLs and e-mail addresses."""
    spans = [(m.start(), m.end()) for m in _BLOCK_DIGITS.finditer(text)]
    if "://" in text or "www." in text:
        spans += [(m.start(), m.end()) for m in _URL.finditer(text)]
    if "@" in text:
        spans += [(m.start(), m.end()) for m in _EMAIL.finditer(text)]
    return spans


_QUAL_BEFORE = _Lazy(
    r"(?i:\b(?P<q>"
    + "|".join(_words_pattern(w) for w in sorted(QUALIFIERS_BEFORE, key=len, reverse=True))
    + r"))\s+$"
)
_QUAL_AFTER = _Lazy(
    r"(?i:(?:\s+|(?=-))(?P<q>" + "|".join(_words_pattern(w) for w in QUALIFIERS_AFTER) + r")\b)"
)
_CHANGE_BEFORE = _Lazy(
    r"(?i:\b(?P<v>"
    + "|".join(sorted(BEFORE_CHANGE, key=len, reverse=True))
    + r")(?:\s+by)?(?:\s+(?:about|around|some|nearly|almost|roughly|more\s+than|over|just\s+over|just\s+under|less\s+than|an\s+estimated))?\s+$)"
)
_CHANGE_OF = _Lazy(
    r"(?i:\b(?P<v>rise|rises|increase|increases|jump|gain|growth|fall|falls|drop|drops|decline|declines|decrease|cut|cuts|reduction|loss|slump)\s+of\s+(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$)"
)
_CHANGE_AFTER = _Lazy(
    r"(?i:(?:\s+|-)(?P<v>" + "|".join(sorted(AFTER_CHANGE, key=len, reverse=True)) + r")\b)"
)
_MAGNITUDE = re.compile(
    r"(?P<sep>[ \u00a0]?)(?P<mag>(?i:trillion|billion|million|thousand|lakhs?|crores?)|bn|tn|trn|mn|mln|bln|m|k|b|M|K|B|Bn|BN|MN)(?![A-Za-z0-9])"
)
_SUBUNIT = re.compile(r"(?:(?P<sub>p)|[ \u00a0]?(?P<sub2>pence|cents?))(?![A-Za-z])")
_HYPHEN_WORD = re.compile(r"-(?P<w>[A-Za-z]+(?:-[A-Za-z]+)*)")
_WORD_AFTER = re.compile(r"[ \t\u00a0]+(?P<w>[A-Za-z][A-Za-z'’-]*)")
_PAREN_OPEN = re.compile(
    r"[ \t]*\((?:(?i:about|around|approximately|approx\.?|roughly|some|nearly|almost|c\.|or|equivalent\s+to|=)\s*)?"
)
_PAREN_CLOSE = re.compile(r"\s*[);,]")
_FEET_INCHES = re.compile(
    r"(?P<ft>\d+)\s?(?:ft|feet|foot|'|’|′)\s?(?P<inch>\d+(?:\.\d+)?)\s?(?:ins?|inches|inch|\"|”|″)(?![A-Za-z])"
)
_RANGE_SEP = re.compile(
    r"(?P<sep>\s*[-–—]\s*|\s+to\s+|\s+or\s+|\s+and\s+)(?P<cur>[£$€¥])?(?=\d|(?i:"
    + "|".join(sorted([*UNITS_WORDS, *TENS_WORDS], key=len, reverse=True))
    + r")\b)"
)
_YEAR_OLD = re.compile(r"(?i:[\s-]years?[\s-]old\b|-year-olds?\b|\s+years?\s+of\s+age\b)")
_OLD_AFTER_UNIT = re.compile(r"(?i:[\s-]olds?\b|\s+of\s+age\b)")
_AGE_BEFORE = re.compile(r"(?i:\b(?:aged|age|ages|age\s+of|aged\s+between)\s+$)")
_AGE_APPOSITION = re.compile(
    r"(?:\b(?P<name>[A-Z][A-Za-z'’-]+)|\b(?:player|midfielder|defender|striker|forward|"
    r"goalkeeper|winger|captain|driver|rider|man|woman|boy|girl|teenager|mother|father|son|"
    r"daughter|wife|husband|victim|suspect|officer|teacher|pupil|student|actor|actress|"
    r"singer|star|veteran|champion|resident|pensioner|grandmother|grandfather|accused))"
    r",\s(?:now\s|both\s|aged\s|then\s)?$"
)
_AFTER_AGE = re.compile(r"(?:,|\)|\s+and\b|\s+(?:who|was|is|has|had|from|of)\b|\.(?:\s|$)|$)")
_DECADE_S = re.compile(r"'?s\b|’s\b")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z'’.]*)[\s\u00a0]+$")
_SOFT_HYPHEN_COMPOUND = {
    "off", "time", "sided", "on-one", "to-one", "stop", "liner", "faced", "hand", "party",
    "guess", "fold", "way", "upmanship",
}  # fmt: skip


def find_quantities(
    text: str, sentences: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Every quantity of ``text`` outside the ``taken`` spans (dates, times).

    Conversions in parentheses are linked both ways through temporary ids
    ("q0", "q1", ...) that ``extract`` renumbers.
    """
    return _Scanner(text, taken).run()


class _Scanner:
    def __init__(self, text: str, taken: list[tuple[int, int]]) -> None:
        self.text = text
        lower = text.lower()
        if len(lower) != len(text):  # "İ" lowercases to two characters: keep offsets
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        self.lower = lower
        spans = sorted(set(taken) | set(_blocked_spans(text)))
        self.span_starts = [s for s, _ in spans]
        self.spans = spans
        self.out: list[Mention] = []
        self.pending_paren: tuple[Mention, int] | None = None
        self.ids = 0

    # -- masking -------------------------------------------------------------
    def _covered(self, start: int, end: int) -> bool:
        """Whether [start, end) overlaps a date, time or blocked span."""
        i = bisect.bisect_right(self.span_starts, end - 1) - 1
        while i >= 0:
            s, e = self.spans[i]
            if e > start and s < end:
                return True
            if e <= start and i < len(self.spans) and s < start - 200:
                break
            i -= 1
        return False

    # -- main loop -----------------------------------------------------------
    def run(self) -> list[Mention]:
        pos = 0
        for m in _CORE.finditer(self.lower):
            if m.start() < pos:
                continue
            kind = m.lastgroup
            if self._covered(m.start(), m.end()):
                continue
            if kind in ("num", "dfrac"):
                end = self._digits(m)
            elif kind == "words":
                end = self._words(m)
            elif kind == "vague":
                end = self._vague(m)
            elif kind == "adur":
                end = self._a_duration(m)
            elif kind == "decw":
                end = self._age_decade_word(m)
            elif kind == "frac":
                end = self._fraction(m)
            else:
                end = self._ordinal(m)
            if end:
                pos = end
        return self.out

    # -- emitting ------------------------------------------------------------
    def _emit(self, start: int, end: int, **fields) -> Mention | None:
        if self._covered(start, end):
            return None
        mention = Mention(
            kind="quantity", text=self.text[start:end], start=start, end=end, **fields
        )
        mention.id = f"q{self.ids}"
        self.ids += 1
        if mention.dimension is None:
            mention.dimension = "count"
        self._link_conversion(mention)
        self.out.append(mention)
        return mention

    def _link_conversion(self, mention: Mention) -> None:
        """Link "5,500-mile (8,900-km)": the second states the first in another unit."""
        pending = self.pending_paren
        self.pending_paren = None
        if pending is not None:
            first, inner = pending
            if (
                mention.start == inner
                and mention.unit
                and first.unit
                and mention.unit != first.unit
                and mention.dimension == first.dimension
                and _PAREN_CLOSE.match(self.text, mention.end)
            ):
                first.linked, mention.linked = mention.id, first.id
                first.relation = mention.relation = "conversion"
                return
        if mention.unit:
            p = _PAREN_OPEN.match(self.text, mention.end)
            if p:
                self.pending_paren = (mention, p.end())

    # -- context readers -----------------------------------------------------
    def _left(self, start: int, width: int = 48) -> str:
        return self.text[max(0, start - width) : start]

    def _qualifier(self, start: int, end: int) -> tuple[str, str | None]:
        q = _QUAL_BEFORE.search(self._left(start))
        if q:
            word = " ".join(q.group("q").lower().split())
            return QUALIFIERS_BEFORE[word], word
        q = _QUAL_AFTER.match(self.text, end)
        if q:
            word = " ".join(q.group("q").lower().split())
            return QUALIFIERS_AFTER[word], word
        return "exact", None

    def _change(self, start: int, end: int) -> str | None:
        left = self._left(start, 60)
        c = _CHANGE_BEFORE.search(left) or _CHANGE_OF.search(left)
        if c:
            verb = c.group("v").lower()
            if verb in _PHYSICAL_FALLS and _PHYSICAL_AFTER.match(self.text, end):
                return None  # "fell about 40 metres into a riverbed": a fall, not a change
            return "down" if verb in _DOWN_WORDS else "up"
        c = _CHANGE_AFTER.match(self.text, end)
        if c:
            verb = c.group("v").lower()
            return "down" if verb in _DOWN_WORDS else "up"
        return None

    def _noun(self, end: int, value, allow_of: bool = False) -> str | None:
        """The counted thing after a figure: "143 people", "3,800 asylum claims"."""
        text = self.text
        pos = end
        if allow_of:
            o = re.match(r"[ \t]+of(?:[ \t]+the)?(?=[ \t])", text[pos : pos + 12])
            if o:
                pos += o.end()
        first = None
        for _ in range(4):
            w = _WORD_AFTER.match(text, pos)
            if not w:
                break
            word = w.group("w")
            low = word.lower()
            if low in NOUN_STOPWORDS or low in MONTHS or low in WEEKDAYS:
                break
            if first is None:
                first = low
            if value == 1 or value is None and first == low:
                if low.endswith("ly") or low.endswith("ed") and len(low) > 4:
                    return None
                return word if value == 1 else _plural_or_none(word)
            if _looks_plural(low):
                return word
            pos = w.end()
        return None

    # -- digits --------------------------------------------------------------
    def _digits(self, m: re.Match[str]) -> int | None:
        text = self.text
        start, end = m.start(), m.end()
        surface = m.group()
        prev = text[start - 1] if start else " "
        # "COVID-19", "F-16", "over-50s", "2013-14": a number glued to a word by a hyphen
        if prev in "-–" and start >= 2 and text[start - 2].isalnum():
            return end
        neg = False
        if prev in "-−" and (start < 2 or not text[start - 2].isalnum()):
            neg, start = True, start - 1
        elif text[max(0, start - 6) : start].lower() == "minus ":
            neg, start = True, start - 6
        nxt = text[end : end + 1]
        if m.lastgroup == "num" and (nxt == "/" or prev == "/"):
            return end  # "9/11", "50/50": a name or a ratio, not a count
        # 6ft 4in / 5'8"
        fi = _FEET_INCHES.match(text, m.start())
        if fi:
            feet, inches = int(fi.group("ft")), float(fi.group("inch"))
            q, qword = self._qualifier(start, fi.end())
            self._emit(
                start,
                fi.end(),
                value=tidy(feet * 12 + inches),
                unit="inch",
                dimension="length",
                qualifier=q,
                decimals=0,
                extra={"feet": feet, "inches": tidy(inches)},
            )
            return fi.end()
        if _TITLE_UNIT.match(text, end) and not self._sentence_start(m.start()):
            return end  # "8 Mile", "28 Days Later": titles
        fraction = 0.0
        if surface[-1] in UNICODE_FRACTIONS:
            fraction = UNICODE_FRACTIONS[surface[-1]]
            surface = surface[:-1]
        if "/" in surface:  # "3/4", "10 1/2"
            whole, _, frac_part = surface.rpartition(" ")
            numer, denom = frac_part.split("/")
            value = Decimal(whole or 0) + Decimal(numer) / Decimal(denom)
            value = value.quantize(Decimal("0.0001")).normalize()
            decimals = sig = None
        else:
            value = parse_digits(surface)
            if value is None:
                return end
            decimals, sig = precision(surface)
        if fraction:
            value = value + Decimal(str(fraction))
            decimals, sig = None, None
        if neg:
            value = -value

        # Letters glued on the right that are not units: "5G", "3D", "1990s", "4x4"
        glued = nxt.isalpha() or nxt == "×"
        # currency before
        currency, cur_start = self._currency_before(start)
        first = start if currency is None else cur_start
        # decades and ages "in his 20s", "the 1990s"
        ds = _DECADE_S.match(text, end)
        if ds and "," not in surface and "." not in surface:
            n = int(value)
            left = self._left(first, 20).lower()
            if (
                re.search(
                    r"\b(?:his|her|their|in\s+the\s+mid|in\s+the\s+late|in\s+the\s+early|early|mid|late)[\s-]+$",
                    left,
                )
                and n in (20, 30, 40, 50, 60, 70, 80, 90)
                and re.search(r"\b(?:his|her|their)\b", left)
            ):
                self._emit(
                    first,
                    ds.end(),
                    value=None,
                    low=n,
                    high=n + 9,
                    unit="year",
                    dimension="time",
                    role="age",
                    qualifier="approximate",
                    decimals=0,
                )
                return ds.end()
            return ds.end()  # a decade: a date, never a quantity
        # magnitude: "£20m", "1.2 million", "$800 million", "3bn"
        mag_value = 1
        mag = _MAGNITUDE.match(text, end)
        unit = dim = None
        if mag:
            word = mag.group("mag")
            lw = word.lower()
            if lw == "m" and currency is None:
                mag = mag if self._m_means_million(mag.end(), "." in surface) else None
            elif lw in ("b", "k") and (currency is None or mag.group("sep")):
                mag = None
            elif lw in ("bn", "tn", "trn", "mn", "mln", "bln") or lw in (
                "million",
                "billion",
                "trillion",
                "thousand",
                "lakh",
                "lakhs",
                "crore",
                "crores",
            ):
                pass
            elif currency is None and lw not in ("m",):
                mag = None
        if mag:
            mag_value = MAGNITUDE_SUFFIXES[mag.group("mag").lower()]
            end = mag.end()
            glued = False
            nxt = text[end : end + 1]
        # unit after
        unit_end = end
        subunit = None
        hyphen_noun = None
        cw = lexicon.currency_word_regex().match(text, end)
        if currency is None and cw:
            name = lexicon.currency_word_table()[(cw.group("word") or cw.group("code")).lower()]
            currency, unit_end = name, cw.end()
        elif currency is None and mag_value > 1 and re.match(r"\s+pounds\b", text[end : end + 8]):
            currency, unit_end = (
                "pound sterling",
                end + len(re.match(r"\s+pounds", text[end:]).group()),
            )
        elif currency is None:
            u = self._unit_after(end, surface, mag_value)
            if u:
                unit, dim, unit_end, subunit = u
        extra = None
        if subunit:
            currency, factor = lexicon.SUBUNITS[subunit]
            extra = {"subunit": subunit, "subunit_value": tidy(value)}
            value = value * Decimal(str(factor))
        elif glued and unit_end == end:
            return end  # "5G", "3D", "A4"-like identifiers
        end = unit_end
        # hyphenated modifier "10-day", "67-year-old", "two-storey"
        value = value * mag_value if mag_value != 1 else value
        scale = mag_value
        return self._finish(
            first,
            end,
            value=value,
            unit=currency or unit,
            dimension="currency" if currency else dim,
            decimals=decimals,
            sig=sig,
            scale=scale,
            core=(m.start(), m.end()),
            hyphen_noun=hyphen_noun,
            digits=True,
            extra=extra,
        )

    def _currency_before(self, start: int) -> tuple[str | None, int]:
        left = self.text[max(0, start - 5) : start]
        if not left:
            return None, start
        c = lexicon.currency_prefix_regex().search(left)
        if not c:
            return None, start
        name = lexicon.currency_prefix_table()[c.group().strip()]
        return name, start - (len(left) - c.start())

    def _m_means_million(self, after: int, has_decimal: bool) -> bool:
        """ "1.5m people" is a million, "the 800m final" and "a 300m drop" are metres."""
        w = _WORD_AFTER.match(self.text, after)
        if not w or self.text[after] != " ":
            return False
        word = w.group("w").lower()
        if word in _METRE_CONTEXT:
            return False
        if word in _MILLION_NOUNS:
            return True
        return has_decimal and _looks_plural(word)

    def _unit_after(self, end: int, surface: str, mag: int):
        text = self.text
        u = lexicon.unit_regex().match(text, end)
        if u:
            sep = u.group("sep") or ""
            if u.group("word"):
                surf = u.group("word")
                hit = lexicon.unit_table()[0].get(" ".join(surf.lower().split()))
                if hit is None:
                    return None
                unit, dim = hit
                if surf.lower() in _ATTACHED_ONLY_WORDS and sep.strip(" -"):
                    return None
                if surf.lower() in _ATTACHED_ONLY_WORDS and sep and sep != "-":
                    return None
                return unit, dim, u.end(), None
            if u.group("sym"):
                surf = u.group("sym")
                if sep and sep != "-":
                    return None  # "5 m", "10 C": a lone letter needs to be glued on
                unit, dim = lexicon.unit_table()[1][surf]
                if dim == "temperature" and not self._plausible_temperature(end, u.end(), surface):
                    return None  # "13F filing", "777F", "14.7C/"
                return unit, dim, u.end(), None
            if u.group("mark"):
                unit, dim = lexicon.unit_table()[1][u.group("mark")]
                return unit, dim, u.end(), None
        # "50p", "20 pence"
        s = _SUBUNIT.match(text, end)
        if s and mag == 1:
            return None, "currency", s.end(), (s.group("sub") or s.group("sub2")).lower()
        # glued symbols our table lacks ("20kHz", "5kPa"): quantulum3's database
        g = re.match(r"[A-Za-zµ]+", text[end : end + 8])
        if g and g.group().lower() not in ("st", "nd", "rd", "th", "s", "am", "pm"):
            hit = lexicon.quantulum_unit(g.group())
            if hit:
                return hit[0], hit[1], end + g.end(), None
        return None

    def _plausible_temperature(self, num_end: int, unit_end: int, surface: str) -> bool:
        """A bare "C"/"F" glued to a number is a temperature only when it reads like one."""
        value = parse_digits(surface) if surface else None
        if value is not None and not -90 <= value <= 140:
            return False
        nxt = self.text[unit_end : unit_end + 1]
        if nxt in "/-" and nxt:
            return False
        w = _WORD_AFTER.match(self.text, unit_end)
        return not (w and w.group("w").lower() in _NOT_AFTER_TEMPERATURE)

    # -- words ---------------------------------------------------------------
    def _words(self, m: re.Match[str]) -> int | None:
        text = self.text
        start = m.start()
        tokens = [
            (t.group().lower(), t.start() + start, t.end() + start)
            for t in re.finditer(r"[A-Za-z]+", m.group())
        ]
        kept = _valid_prefix([t[0] for t in tokens])
        tokens = tokens[:kept]
        if not tokens:
            return m.end()
        end = tokens[-1][2]
        words = [t[0] for t in tokens]
        if words in (["a"], ["an"]):
            return end
        value = parse_words(words)
        if value is None:
            return end
        if words == ["one"] and self._one_is_pronoun(start, end):
            return end
        # "BBC One", "League Two", "Formula One": part of a name
        if text[start].isupper() and self._capitalised_name_before(start):
            return end
        if (
            text[start].isupper()
            and words[-1] in ("one", "two", "three")
            and re.match(r"\s+[A-Z]", text[end : end + 2])
            and start > 0
            and not self._sentence_start(start)
        ):
            return end
        value_d = Decimal(str(value))
        # "half a million", "two and a half million" handled by parse_words; magnitude words
        mag = re.match(r"\s+(?:and\s+a\s+half\s+)", text[end : end + 14])
        if mag:
            value_d += Decimal("0.5")
            end += mag.end() - 1
        currency, cur_start = None, start
        unit = dim = None
        unit_end = end
        cw = lexicon.currency_word_regex().match(text, end)
        if cw:
            currency = lexicon.currency_word_table()[(cw.group("word") or cw.group("code")).lower()]
            unit_end = cw.end()
        elif words[-1] in SCALE_WORDS and re.match(r"\s+pounds\b", text[end : end + 8]):
            currency, unit_end = (
                "pound sterling",
                end + len(re.match(r"\s+pounds", text[end:]).group()),
            )
        else:
            u = self._unit_after(end, "", 1)
            if (
                (
                    u
                    and u[3] is None
                    and u[0] not in ("metre", "inch", "gram", "tonne", "second", "litre", "hour")
                )
                or u
                and u[3] is None
                and text[end] in " -"
                and u[2] - end > 2
            ):
                unit, dim, unit_end, _ = u
        return self._finish(
            cur_start,
            unit_end,
            value=value_d,
            unit=currency or unit,
            dimension="currency" if currency else dim,
            decimals=None,
            sig=None,
            scale=1,
            core=(start, end),
            hyphen_noun=None,
            digits=False,
        )

    def _one_is_pronoun(self, start: int, end: int) -> bool:
        """ "one of the", "no one", "a personal one", "the one who": not a count."""
        text = self.text
        after = text[end : end + 24].lower()
        if after.startswith("-"):
            return bool(re.match(r"-(?:off|time|sided|on-one|to-one|liner|stop)\b", after))
        if self._unit_after(end, "", 1):
            return False  # "one mile", "one hour"
        before = self._left(start, 24).lower()
        if _ONE_AFTER.match(after) or _ONE_BEFORE.search(before):
            return True
        if re.search(r"\b(?:a|an|the)\s+[a-z]+\s+$", before):
            return True  # "a personal one", "the right one"
        nxt = _WORD_AFTER.match(text, end)
        if not nxt:
            return True  # "the only one.", "one, he said"
        word = nxt.group("w").lower()
        if word in ("in", "or", "and", "more", "last", "million", "billion", "thousand", "hundred"):
            return False  # "one in five", "one or two", "one more", "one last time"
        return word in NOUN_STOPWORDS

    def _sentence_start(self, start: int) -> bool:
        left = self.text[max(0, start - 4) : start]
        return start == 0 or bool(re.search(r"(?:^|[.!?\"“‘]\s*|\n\s*)$", left))

    def _capitalised_name_before(self, start: int) -> bool:
        w = _WORD_BEFORE.search(self._left(start, 30))
        if not w or w.group(1).lower().endswith(("'s", "’s", "s'")):
            return False
        word = w.group(1)
        return word[:1].isupper() and word.lower().rstrip(".") not in COMMON_CAPITALISED

    # -- vague magnitudes, fractions, ordinals -------------------------------
    def _vague(self, m: re.Match[str]) -> int | None:
        key = " ".join(m.group().lower().split())
        low, high = VAGUE_WORDS[key]
        end = m.end()
        after = self.text[end : end + 12]
        # "hundreds" needs "of" or a plural noun after it ("hundreds more" too)
        noun = self._noun(end, None, allow_of=True)
        if not re.match(r"\s+(?:of|more|upon)\b", after) and noun is None:
            return end
        self._emit(
            m.start(),
            end,
            value=None,
            low=low,
            high=high,
            qualifier="approximate",
            noun=noun,
            change=self._change(m.start(), end),
            extra={"vague": True},
        )
        return end

    def _a_duration(self, m: re.Match[str]) -> int | None:
        """ "for almost a week", "spent a year on loan": one unit of time. Without
        "for" or a qualifier, "a year" is a rate or a date ("£5 a week")."""
        start, end = m.start(), m.end()
        left = self._left(start, 30)
        q, qword = self._qualifier(start, end)
        if (
            qword is None
            and not _DURATION_LEAD.search(left)
            and not _DURATION_OF.match(self.text, end)
        ):
            return end
        if self._covered(start, end):
            return end
        word = m.group().split()[-1]
        unit, dim = lexicon.unit_table()[0][word]
        self._emit(
            start,
            end,
            value=1,
            low=1 if q == "at_least" else None,
            high=1 if q == "at_most" else None,
            unit=unit,
            dimension=dim,
            qualifier=q,
            extra={"qualifier_text": qword} if qword else {},
        )
        return end

    def _age_decade_word(self, m: re.Match[str]) -> int | None:
        """ "in his twenties" -> age 20..29; "the sixties" is a decade (a date)."""
        if not _AGE_DECADE_LEAD.search(self._left(m.start(), 24)):
            return m.end()
        low = TENS_WORDS[m.group()[:-3] + "y"]
        self._emit(
            m.start(),
            m.end(),
            low=low,
            high=low + 9,
            unit="year",
            dimension="time",
            role="age",
            qualifier="approximate",
        )
        return m.end()

    def _fraction(self, m: re.Match[str]) -> int | None:
        text = self.text
        start, end = m.start(), m.end()
        words = re.split(r"[\s-]+", m.group().lower())
        after = text[end : end + 12]
        if words == ["half"]:
            # "half of", "half the", "half a million", "half an hour"; not "first half", "half-time"
            if not re.match(r"\s+(?:of|the|a|an|their|its|his|her|all)\b", after):
                return end
            if re.search(r"(?i:\b(?:first|second|other|in|and\s+a)\s+$)", self._left(start, 12)):
                return end
            mm = re.match(
                r"\s+an?\s+(million|billion|thousand|dozen)\b", after + text[end + 12 : end + 20]
            )
            if mm:
                value = (
                    Decimal("0.5")
                    * {"million": 10**6, "billion": 10**9, "thousand": 1000, "dozen": 12}[
                        mm.group(1)
                    ]
                )
                return self._finish(
                    start,
                    end + mm.end(),
                    value=value,
                    unit=None,
                    dimension=None,
                    decimals=None,
                    sig=None,
                    scale=1,
                    core=(start, end),
                    hyphen_noun=None,
                    digits=False,
                )
            unit_m = re.match(
                r"\s+an?\s+(hour|day|week|month|year|mile|century|decade|minute|second|metre|kilometre|litre|pint|kilo)\b",
                after + text[end + 12 : end + 20],
            )
            if unit_m:
                u = unit_m.group(1)
                name, dim = lexicon.unit_table()[0][u]
                self._emit(
                    start,
                    end + unit_m.end(),
                    value=0.5,
                    unit=name,
                    dimension=dim,
                    qualifier=self._qualifier(start, end)[0],
                )
                return end + unit_m.end()
            numer, denom = 1, 2
        else:
            if not re.match(_FRACTION_FOLLOWERS, after) and not re.search(
                r"(?i:\b(?:by|than)\s+$)", self._left(start, 8)
            ):
                return end
            numer = {"a": 1, "an": 1, "one": 1}.get(words[0], UNITS_WORDS.get(words[0], 1))
            denom = FRACTION_WORDS[words[-1]]
            if words[0] in ("a", "an") and re.search(
                r"(?i:\b(?:the|first|second|third|fourth|last)\s+$)", self._left(start, 12)
            ):
                return end
        value = round(numer / denom, 4)
        q, qword = self._qualifier(start, end)
        self._emit(
            start,
            end,
            value=value,
            unit=None,
            dimension="fraction",
            qualifier=q,
            noun=self._noun(end, None, allow_of=True),
            change=self._change(start, end),
            extra={"qualifier_text": qword} if qword else {},
        )
        return end

    def _ordinal(self, m: re.Match[str]) -> int | None:
        text = self.text
        start, end = m.start(), m.end()
        surface = text[start:end]
        low = surface.lower()
        if m.lastgroup == "ordd":
            value = int(surface[:-2])
        else:
            parts = low.split("-")
            value = ORDINAL_WORDS.get(parts[-1], 0) + (
                TENS_WORDS.get(parts[0], 0) if len(parts) == 2 else 0
            )
        after = text[end : end + 20]
        before = self._left(start, 20)
        # dates: "the 13th of August", "August 13th", "21st century" is a period
        if re.match(r"\s+(?:of\s+)?(?:" + _MONTH_RE + r")\b", after) or re.search(
            r"\b(?:" + _MONTH_RE + r")\.?\s+$", before
        ):
            return end
        if re.match(r"(?i:[\s-]+centur(?:y|ies)\b)", after):
            return end
        if low in ("second", "first") and re.match(
            r"(?:-hand|hand|ly\b|-guess|-class|-rate)", after
        ):
            return end
        if (
            low == "first"
            and re.search(r"(?i:\bat\s+$)", before)
            or re.match(r"\s+of\s+all\b|\s+and\s+foremost\b", after)
        ):
            return end
        if (
            low == "second"
            and re.search(r"(?i:\b(?:a|one|per|the\s+split)\s+$)", before)
            and not re.match(r"\s+[a-z]", after)
        ):
            return end
        if (
            low == "second"
            and re.search(r"(?i:\b(?:a|one)\s+$)", before)
            and re.match(r"\s+(?:or|and|later|before|after|ago|,|\.)", after)
        ):
            return end
        # titles and names: "First Minister", "Second World War", "Third Reich"
        if surface[:1].isupper() and re.match(r"\s+[A-Z]", after):
            return end
        if (
            surface[:1].isupper()
            and not self._sentence_start(start)
            and m.lastgroup != "ordd"
            and self._capitalised_name_before(start)
        ):
            return end
        if re.match(r"-(?:party|person|degree|class|generation|hand)\b", after):
            return end
        if re.match(_ORDINAL_TITLES, after, re.I):
            return end  # "first minister", "first lady": titles
        if low in ("first", "second") and re.match(r"\s+half\b", after):
            return end  # "the first half of the year": a period, not a placing
        if not self._ordinal_states_fact(start, end):
            return end
        self._emit(
            start,
            end,
            value=value,
            unit=None,
            dimension="ordinal",
            role="ordinal",
            noun=self._noun(end, 1),
        )
        return end

    def _ordinal_states_fact(self, start: int, end: int) -> bool:
        """ "the first victim", "finished fourth", "his third title"; not "spoke first",
        "first met", "was first awarded" (adverbs)."""
        before = _WORD_BEFORE.search(self._left(start, 24))
        prev = before.group(1).lower() if before else ""
        after = _WORD_AFTER.match(self.text, end)
        word = after.group("w").lower() if after else ""
        if word.endswith("ed") and len(word) > 4 and word not in ("speed", "seed", "bed"):
            return False  # "was first awarded", "first reported"
        if prev in _ORDINAL_LEADS or prev.endswith(("'s", "’s")):
            return True
        if re.match(r"-[a-z]", self.text[end : end + 2]):
            return True  # "first-round replay", "third-placed"
        if word in ("place", "overall", "behind", "spot", "position"):
            return True
        if after and after.group("w")[0].isupper():
            return True  # "first Olympic medal"
        if not after or word in NOUN_STOPWORDS:
            return False
        return prev in ("", "a", "an") or before is None

    # -- shared tail: ranges, ages, scores, nouns, qualifiers ----------------
    def _finish(
        self,
        start,
        end,
        *,
        value,
        unit,
        dimension,
        decimals,
        sig,
        scale,
        core,
        hyphen_noun,
        digits,
        extra=None,
    ):
        text = self.text
        core_start, core_end = core
        role = None
        low = high = None
        extra = dict(extra or {})
        qualifier, qword = self._qualifier(start, end)
        is_bare = unit is None
        # ranges: "20-30%", "between 20 and 30", "13 or 14", "£10-20m", "2-3 million"
        rng = _RANGE_SEP.match(text, end)
        if rng and not (
            rng.group("sep").strip() in ("and",)
            and not re.search(r"(?i:\bbetween\s+(?:about\s+|around\s+)?$)", self._left(start, 20))
        ):
            r = self._range(start, end, rng, value, unit, dimension, scale, digits)
            if r is not None:
                return r
        # years and identifiers (only bare integers can be either)
        intval = (
            int(value)
            if isinstance(value, Decimal) and value == value.to_integral_value()
            else None
        )
        noun = None
        if is_bare:
            hy = _HYPHEN_WORD.match(text, end)
            yo = _YEAR_OLD.match(text, end)
            if yo:
                role = "age"
                unit, dimension = "year", "time"
                end = yo.end()
            elif (
                hy
                and hy.group("w").lower() not in _SOFT_HYPHEN_COMPOUND
                and not hy.group("w")[0].isupper()
            ):
                noun = hy.group("w").split("-")[0]
                if noun.lower() in ("odd", "plus", "something", "strong"):
                    noun = None
                    end = hy.end()
                else:
                    end = hy.end()
                    nxt = _WORD_AFTER.match(text, end)
                    noun_after = (
                        nxt.group("w")
                        if nxt and nxt.group("w").lower() not in NOUN_STOPWORDS
                        else None
                    )
                    extra["modifier"] = noun
                    noun = noun_after or noun
            if (
                digits
                and intval is not None
                and role is None
                and self._is_year(start, core_end, intval, surface_len=core_end - core_start)
            ):
                return end
            if role is None and self._is_identifier(start, core_start, core_end):
                return end
            if re.search(r"(?i:\bworld\s+(?:number|no)\.?\s+$)", self._left(start, 20)):
                role, dimension = "ordinal", "ordinal"  # "world number five": a ranking
            if (
                role is None
                and _AGE_BEFORE.search(self._left(start, 16))
                and intval is not None
                and 0 < intval < 125
            ) or (
                role is None
                and digits
                and intval is not None
                and 0 < intval < 125
                and self._name_comma_age(start, end)
            ):
                role, unit, dimension = "age", "year", "time"
            if noun is None and role is None:
                noun = self._noun(
                    end, 1 if intval == 1 else intval if intval is not None else value
                )
        if unit in ("year", "month", "week", "day") and role is None:
            # "five years old", "65-year-olds", "18 months of age"
            o = _OLD_AFTER_UNIT.match(text, end)
            if o:
                role, end = "age", o.end()
        if role is None and unit and dimension not in ("currency",) and text[end : end + 1] == "-":
            # "5,500-mile border", "10-day trip": the noun modified
            nxt = _WORD_AFTER.match(text, end)
            if nxt is None:
                hy2 = re.match(r"-(?:long|wide|high|deep|tall|old|strong)\b", text[end:])
                if hy2:
                    end += hy2.end()
        if (
            role is None
            and unit
            and dimension != "currency"
            and re.match(r"\s+[a-z]", text[end : end + 2])
            and "-" in text[core_end:end]
        ):
            nxt = _WORD_AFTER.match(text, end)
            if nxt and nxt.group("w").lower() not in NOUN_STOPWORDS:
                noun = nxt.group("w")
        if qualifier == "at_least":
            low = value
        elif qualifier == "at_most":
            high = value
        if qword:
            extra["qualifier_text"] = qword
        mention = self._emit(
            start,
            end,
            value=tidy(value) if value is not None else None,
            low=tidy(low) if low is not None else None,
            high=tidy(high) if high is not None else None,
            unit=unit,
            dimension=dimension,
            noun=noun,
            qualifier=qualifier,
            change=self._change(start, end),
            role=role,
            decimals=decimals,
            sig_figs=sig,
            extra=extra,
        )
        return end if mention else core_end

    def _range(self, start, end, rng, value, unit, dimension, scale, digits):
        text = self.text
        sep = rng.group("sep").strip().lower()
        second = _CORE.match(self.lower, rng.end())
        if not second or second.lastgroup not in ("num", "words"):
            return None
        if second.lastgroup == "num":
            v2 = parse_digits(second.group())
            if v2 is None:
                return None
            dec2, sig2 = precision(second.group())
        else:
            ws = [w.lower() for w in re.findall(r"[A-Za-z]+", second.group())]
            v2w = parse_words(ws)
            if v2w is None:
                return None
            v2 = Decimal(str(v2w))
        end2 = second.end()
        # the second half may carry the magnitude and the unit: "2-3 million", "20-30%"
        mag = _MAGNITUDE.match(text, end2)
        mag2 = 1
        if mag and (
            mag.group("mag").lower() in ("million", "billion", "trillion", "thousand", "bn", "tn")
            or (unit and dimension == "currency" and mag.group("mag").lower() == "m")
        ):
            mag2 = MAGNITUDE_SUFFIXES[mag.group("mag").lower()]
            end2 = mag.end()
        unit2 = dim2 = None
        unit_end = end2
        if unit is None or dimension == "currency":
            cw = lexicon.currency_word_regex().match(text, end2)
            if cw and unit is None:
                unit2 = lexicon.currency_word_table()[
                    (cw.group("word") or cw.group("code")).lower()
                ]
                dim2, unit_end = "currency", cw.end()
            elif dimension != "currency":
                u = self._unit_after(end2, second.group(), mag2)
                if u and u[3] is None:
                    unit2, dim2, unit_end, _ = u
        raw_value = value / scale if scale != 1 else value
        if scale == 1 and mag2 != 1:
            low_v = raw_value * mag2
        else:
            low_v = value
        high_v = v2 * (mag2 if mag2 != 1 else scale)
        if unit is not None and unit2 is not None and unit != unit2:
            return None
        if (
            unit is not None
            and dimension != "currency"
            and unit2 is None
            and sep in ("to", "or", "and")
        ):
            unit2 = None  # "12 per cent to 38,000" is not a range
            return None
        final_unit = unit or unit2
        final_dim = dimension if unit else dim2
        if sep in ("-", "–", "—") and self._is_score(start, end, value, v2, final_unit):
            if not digits or "." in text[start:end2]:
                return None
            self._emit(
                start,
                end2,
                value=None,
                dimension="score",
                role="score",
                extra={"score": [tidy(value), tidy(v2)]},
            )
            return end2
        if sep == "to" and re.search(r"(?i:\bvotes?\s+of\s+$)", self._left(start, 12)):
            self._emit(
                start,
                end2,
                value=None,
                dimension="score",
                role="score",
                extra={"score": [tidy(value), tidy(v2)]},
            )
            return end2  # "by a vote of 51 to 49"
        if sep == "to" and re.search(r"(?i:\b(?:to|by)\s+$)", self._left(start, 8)):
            return None
        # "rose from 200 to 300" is a change: two figures; "from 200 to 300 people" a range
        if (
            sep == "to"
            and re.search(r"(?i:\bfrom\s+$)", self._left(start, 8))
            and _CHANGE_VERB_NEAR.search(self._left(start, 48))
        ):
            return None
        if sep == "to" and self._change(start, end):
            return None
        if not high_v > low_v:
            return None
        if sep == "or" and not (high_v - low_v <= max(Decimal(2), low_v / 2)):
            return None
        if digits and final_unit is None and scale == 1 and mag2 == 1:
            iv = int(low_v) if low_v == low_v.to_integral_value() else None
            if (
                iv is not None
                and 1000 <= iv <= 2100
                and "," not in text[start:end]
                and (high_v <= 2100 or high_v < 100)
            ):
                return None  # "2013-14", "1990 to 1995": years
        if self._is_identifier(start, start, end) and final_unit is None:
            return None
        end = unit_end
        role = None
        if final_unit is None:
            yo = _YEAR_OLD.match(text, end)
            if yo:
                final_unit, final_dim, role, end = "year", "time", "age", yo.end()
            elif _AGE_BEFORE.search(self._left(start, 16)):
                final_unit, final_dim, role = "year", "time", "age"
        elif final_unit == "year" and re.match(r"(?i:\s+(?:old|of\s+age)\b)", text[end : end + 8]):
            role = "age"
            end += re.match(r"(?i:\s+(?:old|of\s+age)\b)", text[end:]).end()
        q, qword = self._qualifier(start, end)
        noun = self._noun(end, None) if final_unit is None else None
        extra = {"range": sep if sep not in ("–", "—") else "-"}
        if qword:
            extra["qualifier_text"] = qword
        if sep == "or":
            q = "approximate"
        rstart = start
        bw = re.search(r"(?i:\bbetween\s+$)", self._left(start, 10))
        self._emit(
            rstart,
            end,
            value=None,
            low=tidy(low_v),
            high=tidy(high_v),
            unit=final_unit,
            dimension=final_dim,
            noun=noun,
            qualifier=q,
            change=self._change(start - (bw.end() - bw.start() if bw else 0), end),
            role=role,
            extra=extra,
        )
        return end

    def _is_score(self, start, end, a, b, unit) -> bool:
        if unit is not None:
            return False
        if a != a.to_integral_value() or b != b.to_integral_value():
            return False
        window = self.text[max(0, start - 60) : end + 60].lower()
        if a <= 1000 and b <= 1000 and _VOTE_WORDS.search(window):
            return True  # "voted 234-193"
        if a > 200 or b > 200:
            return False
        if re.search(SPORT_WORDS, window):
            return True
        return a >= b and not re.match(r"\s+[a-z]+s\b", self.text[end + 1 + len(str(b)) :][:20])

    def _is_year(self, start: int, core_end: int, n: int, surface_len: int) -> bool:
        """A bare four-digit 1000-2100 is a year: news writes counts of that size
        with a comma ("2,000 people"). Round hundreds before a plural noun or
        after a qualifier ("some 2000 people") are the exception."""
        if surface_len != 4 or not 1000 <= n <= 2100:
            return False
        if n % 100:
            return True
        after = _WORD_AFTER.match(self.text, core_end)
        if after and after.group("w")[0].islower() and _looks_plural(after.group("w").lower()):
            return False
        return not _QUAL_BEFORE.search(self._left(start))

    def _is_identifier(self, start: int, core_start: int, core_end: int) -> bool:
        """ "Model 3", "Euro 2016", "Article 50", "section 215", "No 10", "A127"."""
        text = self.text
        if _ADDRESS_AFTER.match(text, core_end):
            return True  # "10 Downing Street", "123 Random Street"
        if text[core_start:core_end] in _EMERGENCY_NUMBERS and (
            _PHONE_AFTER.match(text, core_end) or _PHONE_BEFORE.search(self._left(start, 24))
        ):
            return True
        w = _WORD_BEFORE.search(self._left(start, 30))
        if not w:
            return False
        word = w.group(1).rstrip(".")
        low = word.lower()
        if low.endswith(("'s", "’s", "s'")):
            return False  # "France's eight refineries"
        if low in ("number", "no") and re.search(
            r"(?i:\bworld\s+(?:number|no)\.?\s+$)", self._left(start, 20)
        ):
            return False  # "world number five": a ranking
        if low in ID_NOUNS:
            return True
        if low in ("no", "nos", "number") and word[0].isupper():
            return True
        if (
            word[:1].isupper()
            and low not in COMMON_CAPITALISED
            and low not in MONTHS
            and low not in WEEKDAYS
        ):
            # "Smith, 45" and "Monday, 12" have a comma; "Mr Smith 45" rarely occurs
            return not self.text[w.end(1) : start].startswith(",")
        return False

    def _name_comma_age(self, start: int, end: int) -> bool:
        """ "Morgan Smith, 45, was ...", "the Bath-born player, 28,", "both 12,":
        an age in apposition after a name or a person."""
        m = _AGE_APPOSITION.search(self._left(start, 40))
        if not m:
            return False
        word = (m.group("name") or "").lower()
        if word in COMMON_CAPITALISED or word in MONTHS or word in WEEKDAYS:
            return False
        return bool(_AFTER_AGE.match(self.text, end))


def _valid_prefix(words: list[str]) -> int:
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
            if prev in SCALE_WORDS and i + 1 < n and words[i + 1] not in SCALE_WORDS:
                i += 1
                continue
            if i + 2 < n + 1 and words[i + 1 : i + 3] == ["a", "half"]:
                kept = i + 3
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


def _looks_plural(low: str) -> bool:
    if low in IRREGULAR_PLURALS or low.endswith(("men", "people", "children")):
        return True
    return (
        len(low) > 2
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s", "’s"))
        and low not in NOT_NOUNS
    )


def _plural_or_none(word: str) -> str | None:
    return word if _looks_plural(word.lower()) else None


_ADDRESS_AFTER = re.compile(
    r"\s+(?:[A-Z][a-z]+\s+){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Lane|Drive|Way|Close|Boulevard|Place|Square|Terrace|Crescent|Court|Gardens)\b"
)
_EMERGENCY_NUMBERS = {"999", "911", "112", "101", "111", "000"}
_PHONE_AFTER = re.compile(r"(?i:\s+(?:calls?|emergency|number|line|service|operator|dispatcher)\b)")
_PHONE_BEFORE = re.compile(
    r"(?i:\b(?:dial|dialled|dialed|dialling|call|called|calling|rang|ring|phoned)\s+(?:the\s+)?$)"
)
_FRACTION_FOLLOWERS = r"\s+(?:of|the|a|an|their|its|his|her|all|more|less|fewer)\b|\s*(?:[.,;:)]|$)"
_DURATION_LEAD = re.compile(
    r"(?i:\b(?:for|spent|spend|spends|lasted|lasting|last|lasts|took|takes|take|within|after)\s+$)"
)
_NOT_AFTER_TEMPERATURE = {
    "filing", "filings", "form", "forms", "visa", "visas", "class", "model", "engine",
    "series", "chip", "rating", "grade", "category", "block", "wing", "ward", "bus",
}  # fmt: skip
_CHANGE_VERB_NEAR = re.compile(
    r"(?i:\b(?:rose|risen|rise|rises|increased|grew|jumped|climbed|soared|surged|fell|fallen|"
    r"falls|dropped|declined|decreased|slumped|plunged|cut|reduced|raised|went|moved|"
    r"changed|up|down|shrank|swelled|doubled|halved)\b[^.;]*$)"
)
_VOTE_WORDS = re.compile(r"\b(?:vote|votes|voted|voting|ballot|margin)\b")
_PHYSICAL_FALLS = {
    "fell",
    "fallen",
    "falls",
    "falling",
    "fall",
    "dropped",
    "plunged",
    "plummeted",
    "tumbled",
    "sank",
    "slid",
    "rose",
    "climbed",
    "jumped",
}
_PHYSICAL_AFTER = re.compile(
    r"\s*(?:\([^)]{1,30}\)\s*)?(?:into|onto|from|off|down|to\s+the\s+(?:ground|floor|bottom)|through|over|above|below|up)\b"
)
_DURATION_OF = re.compile(r"\s+of\s+(?!the\b|this\b|that\b|last\b|next\b|its\b|his\b|her\b)[a-z]")
_AGE_DECADE_LEAD = re.compile(r"(?i:\b(?:his|her|their)\s+(?:early|mid|late)?[\s-]*$)")
_TITLE_UNIT = re.compile(
    r" (?:Miles?|Days?|Hours?|Years?|Minutes?|Seconds?|Weeks?|Months?|Feet|Inches|Metres?|Degrees?)\b"
)
_ORDINAL_TITLES = r"[\s-]+(?:minister|ministers|lady|secretary|mate|officer|aid|class|floor\s+flat|reading|person|world\s+war|amendment|baronet|earl|duke|viscount|lieutenant|sea\s+lord)\b"
_ONE_AFTER = re.compile(r"\s*(?:’|')?\s*(?:" + "|".join(ONE_PRONOUN_AFTER) + r")\b")
_ONE_BEFORE = re.compile(r"\b(?:" + "|".join(ONE_PRONOUN_BEFORE) + r")\s+$")
_ORDINAL_LEADS = {
    "coming", "finishing", "them", "him", "it", "us", "lying", "sit", "sits", "sitting",
    "lies", "moved", "move", "climbed", "rose", "fell", "slipped", "dropped", "was", "ranked",
    "the", "his", "her", "their", "its", "our", "my", "your", "finished", "came", "placed",
    "is", "are", "were", "be", "been", "finish", "come", "place", "rank",
    "in", "for", "a", "an", "this", "that", "every", "each", "world", "number", "no",
}  # fmt: skip
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
_DOWN_WORDS = {
    "fell", "fallen", "falls", "falling", "fall", "dropped", "drops", "drop", "dropping",
    "declined", "declines", "decline", "declining", "decreased", "decreases", "decrease",
    "slumped", "slump", "plunged", "plunge", "plummeted", "tumbled", "slid", "sank", "shrank",
    "shrunk", "contracted", "down", "lower", "cut", "cuts", "lost", "loss", "reduced",
    "reduction", "slashed", "dipped", "dip", "eased", "retreated", "sunk", "sliding",
}  # fmt: skip
_METRE_CONTEXT = {
    "high", "long", "wide", "deep", "tall", "away", "hurdles", "freestyle", "final", "race",
    "title", "run", "sprint", "relay", "backstroke", "breaststroke", "butterfly", "medley",
    "heats", "heat", "semi", "world", "record", "event", "events", "above", "below", "from",
    "up", "down", "into", "off", "of", "in", "at", "and", "or", "to", "on", "by", "under",
    "over", "beneath", "underground", "underwater", "stretch", "fall", "drop",
}  # fmt: skip
_MILLION_NOUNS = {
    "people", "users", "customers", "viewers", "households", "homes", "jobs", "passengers",
    "visitors", "subscribers", "voters", "residents", "patients", "children", "adults",
    "workers", "copies", "downloads", "views", "tonnes", "barrels", "doses", "cases",
    "tourists", "members", "followers", "listeners", "readers", "pupils", "students",
    "deaths", "vaccinations", "shares", "units", "vehicles", "cars", "tickets", "signatures",
    "refugees", "migrants", "animals", "trees", "items", "trips", "journeys", "calls", "times",
    "euros", "dollars", "pounds", "litres", "gallons", "years", "miles",
}  # fmt: skip
_ATTACHED_ONLY_WORDS = {"mi", "ins", "st", "ha", "sec", "min", "hr", "mb", "gb", "tb", "kb", "pp", "hp", "ms", "gal", "kts", "yd", "pct", "l"}  # fmt: skip
