"""Names in running text: which capitalised words make one, and the runs they form.

News capitalises a word for many reasons besides a name: it opens a sentence,
it is a month or a weekday, a title or a common word of a headline ("Police",
"Minister"). A capitalised word makes a name only when it is none of those
(``NOT_NAMES``, words of ``factcheck/lang/en.yaml``). Three readers ask, each
for its own purpose, and all ask here:

- extract/frame.py: the name a figure belongs to ("Arsenal scored 3 goals");
- compare/sides.py: the sides of a result ("Marford won 6-0 at Fenwick"),
  through ``name_runs``;
- compare/recount.py: the people a list names, and the surnames a text uses
  on their own.
"""

from __future__ import annotations

import re

import factcheck.lang as lang

NOT_NAMES = frozenset(
    (
        *lang.words("names.common_capitalised"),
        *lang.words("nouns.stopwords"),
        *lang.words("sentences.openers"),
        *lang.words("calendar.months"),
        *lang.words("calendar.weekdays"),
        *lang.words("names.capitalised_nouns"),
    )
)
"""Capitalised words that do not make a name (lower case)."""


def is_name_word(word: str) -> bool:
    """Whether ``word`` is capitalised and no word of ``NOT_NAMES`` (a full stop or an
    apostrophe after it aside: "Rovers'", "Gen.")."""
    return word[:1].isupper() and word.lower().rstrip(".'’") not in NOT_NAMES


_RUN_WORD = re.compile(r"[A-Za-z][\w'’&.-]*")
_POSSESSIVE = re.compile(r"['’]s?$")


class NameRun:
    """Name words next to each other ("Marford Town"), with the lower-case word that
    stands before the first ("lost to Marford Town": "to")."""

    __slots__ = ("start", "end", "words", "lead", "text")

    def __init__(self, start: int, end: int, words: list[str], lead: str, text: str):
        self.start, self.end, self.lead, self.text = start, end, lead, text
        self.words = words
        """The words of the run, lower case, without possessives or trailing dots."""


def name_runs(text: str, start: int, end: int) -> list[NameRun]:
    """The runs of name words in ``text[start:end]``, in order.

    A word that is one of ``NOT_NAMES`` once its possessive is cut ("Police's") is
    left out of the run's words; a run of such words only is no name. One pass
    over the span.
    """
    out: list[NameRun] = []
    run: list[re.Match[str]] = []
    prev = ""
    lead = ""

    def close() -> None:
        words = [_POSSESSIVE.sub("", m.group()).rstrip(".").lower() for m in run]
        words = [w for w in words if w not in NOT_NAMES]  # "Police's" -> "police"
        if words:
            a, b = run[0].start(), run[-1].end()
            out.append(NameRun(a, b, words, lead, _POSSESSIVE.sub("", text[a:b])))

    last_end = start
    for m in _RUN_WORD.finditer(text, start, end):
        w = m.group()
        gap = text[last_end : m.start()]
        capital = is_name_word(w)
        if run and (not capital or gap.strip()):
            close()
            run = []
        if capital:
            if not run:
                lead = prev
            run.append(m)
        prev = w.lower()
        last_end = m.end()
    if run:
        close()
    return out


_LONG_WORD = re.compile(r"\b[A-Za-z][A-Za-z'’-]{3,}")


def title_case(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is written in title case, as headlines are ("Higgins
    Eyes First World Title in 9 Years!"): of its words of four letters or more after
    the first, at least three, and six in ten of them, are capitalised. There a
    capital says nothing of a name: "9 Years" is a span, "Three Young People" a count."""
    words = [w.group() for w in _LONG_WORD.finditer(text, start, end)][1:]
    capitals = sum(w[0].isupper() for w in words)
    return capitals >= 3 and capitals * 10 >= len(words) * 6
