"""Flags on figures of a paragraph not in English: only numbers in digits are judged.

An original in Welsh and its English rewrite (or a Welsh rewrite of a
Welsh story) state the same figures, but the extractor reads the Welsh as
English: "hyd at 500" (up to 500) is a bare 500, "£3 biliwn" is £3, "y
llynedd" (last year) and "yn 2019" are no dates. Its qualifiers, units and
words for numbers cannot be trusted; the digits it writes can. So where a
flag touches a paragraph ``extract.language.foreign_spans`` finds:

- a conflict stands only where the two figures write different numbers in
  digits ("500" / "508"; not "£3bn" / "£3 biliwn", nor "500" / "up to 500");
- a figure dropped from (or added to) the foreign text stands only where it
  writes a number in digits the other version nowhere writes.

A figure of the English text is judged as ever, except that it is not called
added (or dropped) where the other version's foreign paragraphs write its
number in digits, nor at all where the other version is mostly foreign (an
English rewrite of a Welsh story translates "y llynedd" as "last year").
"""

from __future__ import annotations

import re
from typing import Any

from factcheck.extract.language import foreign_spans
from factcheck.finding import Finding

_NUMBER = re.compile(r"\d(?:[\d,.]*\d)?")


def _digits(m: Any) -> str | None:
    """The number a figure writes in digits ("2" of "£2bn"), or None."""
    found = _NUMBER.search(m.text) if m is not None else None
    return found.group() if found else None


def _writes(text: str, number: str) -> bool:
    return re.search(rf"(?<![\d.,]){re.escape(number)}(?![\d]|[.,]\d)", text) is not None


def without_foreign_flags(findings: list[Finding], old: str, new: str) -> list[Finding]:
    """``findings`` less the flags a paragraph not in English would raise (see above)."""
    if not any(f.is_flag for f in findings):
        return findings  # nothing to take back: the texts need no reading for language
    foreign = {"old": foreign_spans(old), "new": foreign_spans(new)}
    if not (foreign["old"] or foreign["new"]):
        return findings
    texts = {"old": old, "new": new}
    foreign_text = {
        side: " ".join(texts[side][a:b] for a, b in spans) for side, spans in foreign.items()
    }

    def inside(side: str, m: Any) -> bool:
        return m is not None and any(a <= m.start < b for a, b in foreign[side])

    def stands(f: Finding) -> bool:
        touches = inside("old", f.old) or inside("new", f.new)
        if f.status == "conflict":
            a, b = _digits(f.old), _digits(f.new)
            return not touches or (a is not None and b is not None and a != b)
        side, m = ("old", f.old) if f.status == "dropped" else ("new", f.new)
        other = "new" if side == "old" else "old"
        number = _digits(m)
        if touches:
            return number is not None and not _writes(texts[other], number)
        if number is not None:
            return not _writes(foreign_text[other], number)
        return 2 * len(foreign_text[other]) < len(texts[other].strip())

    return [f for f in findings if not f.is_flag or stands(f)]
