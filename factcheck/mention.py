"""The one type every stage of factcheck passes around: a figure found in text.

Extraction produces Mentions, checks and comparison read them, reports render
them. Keeping a single flat record (rather than one class per kind) lets the
JSON schema, the rules and the aligner treat quantities, dates and times alike:
they all have a surface, a span and a value that can be compared.
"""

from __future__ import annotations

import copy
import math
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
