"""Paragraphs not written in English, whose figures English words cannot read.

An original in Welsh ("bydd y cynllun yn costio hyd at £40m") and its
English rewrite ("the plan will cost up to £40m") state the same figures,
but the extractor reads the Welsh as English: "hyd at" is not read as "up
to", "£3 biliwn" is "£3", "yn 2019" is no year. Comparing such figures flags changes
nobody made. ``foreign_spans`` finds the paragraphs (lines) that are not in
English, so that a comparison does not judge their figures.

A paragraph is foreign when it has at least ``MIN_WORDS`` lower-case words
(names, tables, score lines and headlines have few, and are left alone) and
fewer than ``MAX_SHARE`` of them are English function words
(``language.function_words`` in the language file). English news prose holds a
fifth or more; on the 1,000 news pairs the least English paragraph held a
ninth, and the Welsh ones none. An English sentence inside a foreign line
(an edit put it there) is not foreign.

    >>> foreign_spans("Mae'r tywydd yn braf heddiw ac mae'r plant yn chwarae yn yr ardd gyda'r ci bach.")
    [(0, 80)]
    >>> foreign_spans("The weather is fine today and the children are playing in the garden.")
    []
"""

from __future__ import annotations

import re

import factcheck.lang as lang

FUNCTION_WORDS = frozenset(lang.words("language.function_words"))
MIN_WORDS = 12
MAX_SHARE = 0.05
SENTENCE_WORDS = 5
ENGLISH_SHARE = 0.2
"""A sentence of a foreign line with this many lower-case words, this share of them
English function words, is English (news prose holds a fifth or more)."""
_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+|$)")
_WORD = re.compile(r"(?<![\w'’-])[^\W\d_]+(?:['’][^\W\d_]+)?(?![\w-])")


def foreign_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line of ``text`` that is not written in English, in order;
    an English sentence inside such a line (one an edit put there) is left out of it."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _share(line, MIN_WORDS) < MAX_SHARE:
            for sentence in _SENTENCE.finditer(line):
                if _share(sentence.group(), SENTENCE_WORDS) < ENGLISH_SHARE:
                    a, b = start + sentence.start(), start + sentence.end()
                    if out and out[-1][1] >= a - 1:
                        a = out.pop()[0]  # sentences of one run are one span
                    out.append((a, b))
        start = end + 1
    return out


def _share(text: str, at_least: int) -> float:
    """The share of English function words among the lower-case words of ``text``;
    1.0 (English enough) when it has fewer than ``at_least`` such words."""
    words = [w.lower() for w in _WORD.findall(text) if w.islower()]
    if len(words) < at_least:
        return 1.0
    return sum(w in FUNCTION_WORDS for w in words) / len(words)
