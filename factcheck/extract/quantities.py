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

import factcheck.extract.lexicon as lexicon
import factcheck.extract.patterns as P
from factcheck.extract.arbiter import COUNT, read_number, read_year_shaped
from factcheck.extract.context import ContextReader
from factcheck.extract.numbers import (
    MAGNITUDE_SUFFIXES,
    UNICODE_FRACTIONS,
    parse_digits,
    parse_words,
    precision,
    tidy,
    valid_prefix,
)
from factcheck.extract.vocabulary import NOUN_STOPWORDS
from factcheck.extract.wordforms import WordForms
from factcheck.mention import Mention

_SHARE_JOINS = (" in ", "-in-", " out of ", "-out-of-")  # "one in four": cheap pre-check
_SYMBOL_ONLY_AFTER_WORDS = {"metre", "inch", "gram", "tonne", "second", "litre", "hour"}


def find_quantities(
    text: str, sentences: list[tuple[int, int]], taken: list[tuple[int, int]]
) -> list[Mention]:
    """Every quantity of ``text`` outside the ``taken`` spans (dates, times).

    Conversions in parentheses are linked both ways through temporary ids
    ("q0", "q1", ...) that ``extract`` renumbers.
    """
    return _Scanner(text, taken, sentences).run()


_MOST_DIGITS = 400


def _too_long(m: re.Match[str]) -> bool:
    """A run of more digits than any figure has (a hash, a pasted blob): not read.

    Beyond ``LARGEST_FIGURE`` a figure keeps no value anyway, and Python refuses
    (and takes quadratic time) to turn thousands of digits into an int.
    """
    return m.end() - m.start() > _MOST_DIGITS and sum(map(str.isdigit, m.group())) > _MOST_DIGITS


class _Scanner(ContextReader, WordForms):
    """One pass over one text: finds number cores in order and emits Mentions.

    ``ContextReader`` answers questions about the words around a figure,
    ``WordForms`` reads the word-shaped cores; this class reads digits and
    number words, units, ranges, and links conversions.
    """

    def __init__(
        self,
        text: str,
        taken: list[tuple[int, int]],
        sentences: list[tuple[int, int]] | None = None,
    ) -> None:
        self.text = text
        self.sentences = sentences or [(0, len(text))]
        self.sentence_starts = [s for s, _ in self.sentences]
        lower = text.lower()
        if len(lower) != len(text):  # "İ" lowercases to two characters: keep offsets
            lower = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
        if "$" in lower:  # "$A5bn": the digits start a number core
            lower = P.DOLLAR_COUNTRY.sub(lambda c: " " * len(c.group()), lower)
        self.lower = lower
        spans = sorted(set(taken) | set(P.blocked_spans(text)))
        self.span_starts = [s for s, _ in spans]
        self.spans = spans
        self.out: list[Mention] = []
        self.pending_paren: tuple[Mention, int] | None = None
        self.ids = 0
        self.last_end = 0

    def _sentence_of(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding ``pos``."""
        i = max(bisect.bisect_right(self.sentence_starts, pos) - 1, 0)
        return self.sentences[i]

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

    def run(self) -> list[Mention]:
        pos = 0
        for m in P.CORE.finditer(self.lower):
            if m.start() < pos:
                continue
            kind = m.lastgroup
            if self._covered(m.start(), m.end()) or _too_long(m):
                continue
            if (
                kind in ("num", "words")
                and self.lower.startswith(_SHARE_JOINS, m.end())
                and (end := self._share(m.start()))
            ):
                pass  # "one in four", "1 in 4"
            elif kind in ("num", "dfrac"):
                end = self._digits(m)
            elif kind == "words":
                end = self._words(m)
            elif kind == "vague":
                end = self._vague(m)
            elif kind == "several":
                end = self._several(m)
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
        self.last_end = end
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
                and P.PAREN_CLOSE.match(self.text, mention.end)
            ):
                first.linked, mention.linked = mention.id, first.id
                first.relation = mention.relation = "conversion"
                return
        if mention.unit:
            p = P.PAREN_OPEN.match(self.text, mention.end)
            if p:
                self.pending_paren = (mention, p.end())

    def _digits(self, m: re.Match[str]) -> int | None:
        text = self.text
        start, end = m.start(), m.end()
        surface = m.group()
        prev = text[start - 1] if start else " "
        # "COVID-19", "F-16", "over-50s", "2013-14": a number glued to a word by a hyphen
        if (
            prev in "-–"
            and start >= 2
            and text[start - 2].isalnum()
            and not P.DECADE_PREFIX.search(text, max(0, start - 6), start)
        ):
            return end
        neg = False
        if prev in "-−" and (start < 2 or not text[start - 2].isalnum()):
            neg, start = True, start - 1
        elif text[max(0, start - 6) : start].lower() == "minus ":
            neg, start = True, start - 6
        nxt = text[end : end + 1]
        if surface[0] == "0" and len(surface) > 1 and surface[1].isdigit():
            return end  # "007", "021": a code, not a count
        glued_name = P.GLUED_NAME.match(text, end)
        if glued_name:
            return glued_name.end()  # "7-Eleven", "3-Com": a name
        if m.lastgroup == "num" and (nxt == "/" or prev == "/"):
            return end  # "9/11", "50/50": a name or a ratio, not a count
        # 6ft 4in / 5'8"
        fi = P.FEET_INCHES.match(text, m.start())
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
        if P.TITLE_UNIT.match(text, end) and not self._sentence_start(m.start()):
            return end  # "8 Mile", "28 Days Later": titles
        fraction = 0.0
        if surface[-1] in UNICODE_FRACTIONS:
            fraction = UNICODE_FRACTIONS[surface[-1]]
            surface = surface[:-1]
        if "/" in surface:  # "3/4", "10 1/2"
            # any whitespace may stand between: NBSP, a thin space, a line break
            *whole_part, frac_part = surface.split()
            whole = whole_part[0] if whole_part else ""
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
        ds = P.DECADE_S.match(text, end)
        if ds and "," not in surface and "." not in surface:
            n = int(value)
            if n in (20, 30, 40, 50, 60, 70, 80, 90) and P.AGE_DECADE_LEAD.search(
                self._left(first, 24)
            ):
                self._emit_age_decade(first, ds.end(), n)
            return ds.end()  # otherwise a decade: a date, never a quantity
        # magnitude: "£20m", "1.2 million", "$800 million", "3bn"
        mag_value = 1
        mag = P.MAGNITUDE.match(text, end)
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
                "hundred",
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
        cw = lexicon.currency_word_regex().match(text, end)
        pounds = P.POUNDS_AFTER.match(text, end)
        symbol_after = P.CURRENCY_AFTER.match(text, end)
        if cw and P.MARKS_VERB.match(text, end):
            cw = None  # "1990 marks the end", "passing 100 marks a milestone": a verb
        if currency is None and cw:
            name = lexicon.currency_by_word(cw.group("word") or cw.group("code"))
            currency, unit_end = name, cw.end()
        elif currency is None and mag_value > 1 and pounds:  # "£2 million pounds"
            currency, unit_end = "pound sterling", pounds.end()
        elif currency is None and symbol_after:  # "10 €", "20€": continental style
            currency = lexicon.currency_by_symbol(symbol_after.group("sym"))
            unit_end = symbol_after.end()
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
            digits=True,
            extra=extra,
        )

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
                if surf.lower() in P.ATTACHED_ONLY_WORDS and sep.strip(" -"):
                    return None
                if (
                    surf.lower() in P.ATTACHED_ONLY_WORDS
                    and sep
                    and sep != "-"
                    and surf not in P.SPACED_WHEN_LOWERCASE
                ):
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
        s = P.SUBUNIT.match(text, end)
        if s and mag == 1:
            return None, "currency", s.end(), (s.group("sub") or s.group("sub2")).lower()
        # glued symbols our table lacks ("20kHz", "5kPa"): quantulum3's database
        g = re.match(r"[A-Za-zµ]+", text[end : end + 8])
        if g and g.group().lower() not in ("st", "nd", "rd", "th", "s", "am", "pm"):
            hit = lexicon.quantulum_unit(g.group())
            if hit:
                return hit[0], hit[1], end + g.end(), None
        return None

    def _words(self, m: re.Match[str]) -> int | None:
        text = self.text
        start = m.start()
        tokens = [
            (t.group().lower(), t.start() + start, t.end() + start)
            for t in re.finditer(r"[A-Za-z]+", m.group())
        ]
        kept = valid_prefix([t[0] for t in tokens])
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
        # "BBC One", "League Two", "Formula One": part of a name; not after a full
        # stop ("on 17 June. Three people died")
        if (
            text[start].isupper()
            and self._capitalised_name_before(start)
            and not self._sentence_start(start)
        ):
            return end
        if (
            text[start].isupper()
            and words[-1] in ("one", "two", "three")
            and re.match(r"\s+[A-Z]", text[end : end + 2])
            and start > 0
            and not self._sentence_start(start)
        ):
            return end
        return self._finish_words(start, end, Decimal(str(value)))

    def _finish_words(self, start: int, end: int, value: Decimal) -> int | None:
        """The tail of a number written in words: a sign before it, a currency
        or unit after it ("minus five", "two million pounds", "six hours")."""
        text = self.text
        cur_start = start
        if self._left(start, 6).lower() == "minus ":
            value, cur_start = -value, start - 6  # "minus five degrees"
        currency = None
        unit = dim = None
        unit_end = end
        cw = lexicon.currency_word_regex().match(text, end)
        pounds = P.POUNDS_AFTER.match(text, end)
        if cw:
            currency = lexicon.currency_by_word(cw.group("word") or cw.group("code"))
            unit_end = cw.end()
        elif pounds and abs(value) >= 1000:  # "two million pounds"
            currency, unit_end = "pound sterling", pounds.end()
        else:
            u = self._unit_after(end, "", 1)
            # after a number word a one-letter symbol is a word ("two m..."): only
            # unambiguous units, or a unit written out after a space or hyphen
            if (
                u
                and u[3] is None
                and (u[0] not in _SYMBOL_ONLY_AFTER_WORDS or (text[end] in " -" and u[2] - end > 2))
            ):
                unit, dim, unit_end, _ = u
        return self._finish(
            cur_start,
            unit_end,
            value=value,
            unit=currency or unit,
            dimension="currency" if currency else dim,
            decimals=None,
            sig=None,
            scale=1,
            core=(start, end),
            digits=False,
        )

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
        rng = P.RANGE_SEP.match(text, end)
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
            hy = P.HYPHEN_WORD.match(text, end)
            yo = P.YEAR_OLD.match(text, end)
            if yo:
                role = "age"
                unit, dimension = "year", "time"
                end = yo.end()
            elif (
                hy
                and hy.group("w").lower() not in P.SOFT_HYPHEN_COMPOUND
                and not hy.group("w")[0].isupper()
            ):
                noun = hy.group("w").split("-")[0]
                if noun.lower() in ("odd", "plus", "something", "strong"):
                    noun = None
                    end = hy.end()
                else:
                    end = hy.end()
                    nxt = P.WORD_AFTER.match(text, end)
                    noun_after = (
                        nxt.group("w")
                        if nxt and nxt.group("w").lower() not in NOUN_STOPWORDS
                        else None
                    )
                    extra["modifier"] = noun
                    noun = noun_after or noun
            if digits and intval is not None and role is None:
                reading = read_number(text, core_start, core_end, self._sentence_of(start)[0])
                if reading.kind != COUNT:
                    return end  # a year (the date scanner's), an identifier, or no figure
                if reading.evidence != "not year-shaped":
                    extra["reading"] = reading.note()
            if role is None and self._is_identifier(start, core_start, core_end):
                return end
            if re.search(r"(?i:\bworld\s+(?:number|no)\.?\s+$)", self._left(start, 20)):
                role, dimension = "ordinal", "ordinal"  # "world number five": a ranking
            if (
                role is None
                and P.AGE_BEFORE.search(self._left(start, 16))
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
            o = P.OLD_AFTER_UNIT.match(text, end)
            if o:
                role, end = "age", o.end()
        if role is None and unit and dimension not in ("currency",) and text[end : end + 1] == "-":
            # "5,500-mile border", "10-day trip": the noun modified
            nxt = P.WORD_AFTER.match(text, end)
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
            nxt = P.WORD_AFTER.match(text, end)
            if nxt and nxt.group("w").lower() not in NOUN_STOPWORDS:
                noun = nxt.group("w")
        if unit == "degree" and P.TEMPERATURE_CUE.search(text, *self._sentence_of(start)):
            # "temperatures of 30 degrees": a temperature; the scale is not written,
            # so it is inferred (air above 56 degrees is Fahrenheit) and flagged
            unit = "degree Fahrenheit" if value > 56 else "degree Celsius"
            dimension = "temperature"
            extra["scale_inferred"] = True
        if (
            qualifier == "at_least"
            and qword in ("over", "just over", "well over")
            and dimension == "time"
            and role is None
            and self._over_means_during(start, end)
        ):
            qualifier, qword = "exact", None  # "rose 9% over three years": when, not a bound
        if qword == "near" and noun is not None:
            qualifier, qword = "exact", None  # "a blast near three schools": a place
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
        second = P.CORE.match(self.lower, rng.end())
        if not second or second.lastgroup not in ("num", "words"):
            return None
        if second.lastgroup == "words" and text[second.start()].isupper():
            return None  # "7-Eleven": a name
        if second.lastgroup == "num":
            v2 = parse_digits(second.group())
            if v2 is None:
                return None
        else:
            ws = [w.lower() for w in re.findall(r"[A-Za-z]+", second.group())]
            v2w = parse_words(ws)
            if v2w is None:
                return None
            v2 = Decimal(str(v2w))
        end2 = second.end()
        # the second half may carry the magnitude and the unit: "2-3 million", "20-30%"
        mag = P.MAGNITUDE.match(text, end2)
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
                unit2 = lexicon.currency_by_word(cw.group("word") or cw.group("code"))
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
            and P.CHANGE_VERB_NEAR.search(self._left(start, 48))
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
                and read_year_shaped(text, start, end2, self._sentence_of(start)[0]).kind != COUNT
            ):
                return None  # "2013-14", "1990 to 1995": years; not "1500-1800 workers"
        if self._is_identifier(start, start, end) and final_unit is None:
            return None
        end = unit_end
        role = None
        if final_unit is None:
            yo = P.YEAR_OLD.match(text, end)
            if yo:
                final_unit, final_dim, role, end = "year", "time", "age", yo.end()
            elif P.AGE_BEFORE.search(self._left(start, 16)):
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
