"""The one type every stage of factcheck passes around: a figure found in text.

Extraction produces Mentions, checks and comparison read them, reports render
them. Keeping a single flat record (rather than one class per kind) lets the
JSON schema, the rules and the aligner treat quantities, dates and times alike:
they all have a surface, a span and a value that can be compared.
"""

from __future__ import annotations

import copy
import functools
import math
import re
from dataclasses import dataclass, field, fields
from typing import Any

KINDS = ("quantity", "date", "time")

LARGEST_FIGURE = 1e250
"""Above this a figure carries no value. Checks compute in floats (ratios, sums,
unit conversions) and float stops at about 1.8e308; a figure of 309 digits
cannot become one, and one close to it overflows once multiplied. No real
figure comes near either: the headroom (1e58) covers any product of two."""


def computable(value: Any) -> Any:
    """``value`` when checks can compute with it in floats, else None (see LARGEST_FIGURE)."""
    if value is None:
        return None
    try:
        as_float = float(value)
    except (OverflowError, ValueError):
        return None
    return value if math.isfinite(as_float) and abs(as_float) < LARGEST_FIGURE else None


QUALIFIERS = ("exact", "approximate", "at_least", "at_most")


@dataclass
class Mention:
    """A quantity, date or time in a text, with its exact span and its meaning.

    ``text == source[start:end]`` always holds. ``value`` is the number as
    written after scaling ("1.2 million" -> 1200000); ``low``/``high`` carry
    ranges and vague magnitudes ("hundreds" -> 100..1000). ``unit`` is a
    canonical unit name (None for a bare count), ``noun`` the counted thing.
    ``linked`` holds the ``id`` of another mention in the same result that
    states the same figure in another unit (a conversion in parentheses), and
    ``relation`` says how they are linked ("conversion").
    """

    kind: str
    text: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    dimension: str | None = None
    noun: str | None = None
    qualifier: str = "exact"
    change: str | None = None
    iso: str | None = None
    grain: str | None = None
    sentence: int = 0
    id: str = ""
    linked: str | None = None
    relation: str | None = None
    role: str | None = None
    """What the figure is in its sentence beyond its unit: "age", "score",
    "ordinal", "year", "weekday", ... (None when nothing special)."""
    decimals: int | None = None
    """Digits after the decimal point as written ("3.80" -> 2); None for words."""
    sig_figs: int | None = None
    """Significant figures as written ("8,900" -> 2, "5,525" -> 4)."""
    reading: str | None = None
    """How the extractor read a number that could be something else
    (extract/arbiter.py): "count" for a "1500" a cue makes a count, or a "one" that
    is the object of a verb of record or the subject of an event ("drew one", "One
    man died"), where a "one" is otherwise as often a pronoun; the cue that decided
    it in ``extra["reading"]``. None when nothing needed deciding."""
    frame: dict[str, str] = field(default_factory=dict)
    """Which fact the figure states, beyond its value (extract/frame.py): what it
    counts or measures (``measure``), the verb class it belongs to
    (``predicate``, "harm.killed"), whose it is (``entity``) and when
    (``period``); a field the sentence does not give is left out."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Anything a stage wants to keep that has no field of its own."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict; the field names are a public contract (docs/json.md)."""
        # built by hand: dataclasses.asdict deep-copies recursively and was
        # 12% of a batch item's time
        d = {name: getattr(self, name) for name in _FIELD_NAMES}
        d["frame"] = dict(self.frame)
        if self.extra:
            d["extra"] = copy.deepcopy(self.extra)
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Mention:
        known = {f for f in cls.__dataclass_fields__}
        return cls(**{k: v for k, v in d.items() if k in known})


_FIELD_NAMES = tuple(f.name for f in fields(Mention) if f.name != "extra")


def written_span(m: Mention, text: str) -> tuple[int, int]:
    """``(start, end)`` of ``m`` in ``text`` with the qualifier the extractor read for it
    (``extra["qualifier_text"]``): "about 18 months", "over the age of 50", "~30,000",
    "50 or so", "90k+". ``m.start``/``m.end`` stay the figure alone (JSON's
    offsets, fingerprints); this wider span is what an editor reads as the figure, so
    messages quote it, reports highlight it and the places they show beside it
    (line:column, SARIF regions, GitHub annotations) point at it
    (``report.layout.shown_sides``). A mention with no qualifier read, or whose words
    are not found beside it, keeps its own span."""
    word = m.extra.get("qualifier_text") if m.extra else None
    if not word or not (0 <= m.start <= m.end <= len(text)):
        return m.start, m.end
    before, after = _qualifier_patterns(word)
    lo = max(0, m.start - _QUALIFIER_REACH)
    found = before.search(text[lo : m.start])
    if found:
        return lo + found.start("q"), m.end
    found = after.match(text, m.end, min(len(text), m.end + _QUALIFIER_REACH))
    if found:
        return m.start, found.end("q")
    return m.start, m.end


_QUALIFIER_REACH = 64
"""How far from the figure its qualifier may stand ("over the ages of" and spaces)."""


@functools.lru_cache(maxsize=256)
def _qualifier_patterns(word: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The searches for ``word`` right before a figure (the words that may stand
    between, "over the age of 50", and a decoding error's "Â" allowed) and right
    after it ("50 or so", "20-odd", "90k+")."""
    import factcheck.lang as lang

    words = r"[\s\u00a0]+".join(re.escape(w) for w in word.split())
    edge = r"(?<![\w])" if word[0].isalnum() else ""
    between = lang.alternation("qualifiers.between_qualifier_and_figure")
    junk = "|".join(re.escape(j) for j in lang.words("qualifiers.mojibake_before_figure"))
    before = re.compile(
        rf"{edge}(?P<q>{words})[\s\u00a0]*(?:(?i:{between})[\s\u00a0]+)?(?:{junk})?\Z",
        re.IGNORECASE,
    )
    end = r"(?![\w])" if word[-1].isalnum() else ""
    after = re.compile(rf"[\s\u00a0]*(?P<q>{words}){end}", re.IGNORECASE)
    return before, after
