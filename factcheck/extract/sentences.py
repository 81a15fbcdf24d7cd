"""Sentence boundaries, as character spans, for news copy.

Why not a generic splitter: news is dense with full stops that end nothing
("U.S. officials", "Feb. 13", "Mr. Smith", "No. 10", "3.8 million") and with
quotes that close after the stop (``he said." The``). The rules, in order:

- a stop, "?" or "!" (and any closing quotes or brackets after it) followed by
  white space ends a sentence, unless the next text starts in lower case
  (``"Why?" she asked``) or the word before the stop is an abbreviation that
  does not end sentences here: a title ("Mr.", "Dr.", "Gov."), a month or
  "No." before a digit, or initials ("U.S.", "U.K.") before a word that is
  not a usual sentence opener;
- a blank line always ends a sentence (paragraphs, headlines);
- a single line break ends one only after closing punctuation, after a short
  line (a headline or dateline) standing alone or followed by a capital, at a
  list item or a table row, so hard-wrapped copy stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import factcheck.lang as lang

# never end a sentence: they stand before a name
_TITLES = frozenset(lang.words("sentences.titles"))
# end a sentence only when a usual opener follows
_SOFT = frozenset(
    (
        *lang.words("sentences.soft_abbreviations"),
        *lang.words("calendar.month_abbreviations"),
        *lang.words("calendar.weekday_abbreviations"),
    )
)
_OPENERS = frozenset(lang.words("sentences.openers"))
_BOUNDARY = re.compile(r"(?<![.!?])[.!?]+[\"'”’)\]]*[ \t\u00a0]+|\n[ \t]*(?:\n[ \t]*)*")
"""A stop (and closing quotes) before white space, or line breaks; the spaces
before a line break are added by ``_boundaries``. Written so that no attempt
scans past a place a later attempt starts from: ``[ \\t]*\\n`` tried at every
space of a long run of spaces was quadratic, and so was ``[.!?]+`` tried
inside a long run of "!"."""
_CLOSERS = '.!?:"”’)'
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")
_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.")
_WORD_WINDOW = 40
"""Characters before a stop read for its word: abbreviations and initials are shorter."""
_INITIALS = re.compile(r"(?:\b[A-Za-z]\.){2,}$|\b[A-Z]\.$")
# a list item or a table row opening a line: "- ", "* ", "• ", "1. ", "2) ", "| "
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*•][ \t]|\d{1,3}[.)][ \t]|\|)")
_NEXT_WORD = re.compile(r"[\"'“‘(]*([A-Za-z]+)")


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) spans covering the sentences of ``text`` in order.

    The spans tile the text: each starts where the previous one ended, so
    every offset belongs to exactly one sentence.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for sep_start, end in _boundaries(text):
        if end >= len(text):
            break
        if not _ends_sentence(text, start, sep_start, end):
            continue
        if text[start:end].strip():
            spans.append((start, end))
            start = end
    if text[start:].strip() or not spans:
        spans.append((start, len(text)))
    elif spans:
        spans[-1] = (spans[-1][0], len(text))
    return spans


def _boundaries(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each possible sentence boundary, in order, in linear time."""
    previous_end = 0
    for m in _BOUNDARY.finditer(text):
        start = m.start()
        if text[start] == "\n":
            while start > previous_end and text[start - 1] in " \t":
                start -= 1
        previous_end = m.end()
        yield start, previous_end


def _ends_sentence(text: str, start: int, sep_start: int, sep_end: int) -> bool:
    sep = text[sep_start:sep_end]
    nxt = text[sep_end : sep_end + 1]
    if "\n" in sep and sep.count("\n") >= 2:
        return True
    if sep.lstrip(" \t")[:1] == "\n":
        # single line break: after closing punctuation, or after a short line
        line_start = text.rfind("\n", 0, sep_start) + 1
        line = text[line_start:sep_start].rstrip()
        if not line:
            return True
        if line[-1] in _CLOSERS:
            return True
        if line[-1] == "|" and line.lstrip()[:1] == "|":
            return True  # a table row: each row states its own facts
        if _LIST_ITEM.match(line) or _LIST_ITEM.match(text, sep_end):
            return True  # a list item, or a list or table opening on the next line
        if len(line) < 50 and nxt.isupper():
            return True  # "Winds of 90mph hit the coast\nOfficials said": a headline
        # a short line standing on its own (headline, dateline, byline): the first
        # line, or one after a finished line; a wrapped line follows an unfinished one
        if len(line) >= 50:
            return False
        previous = _last_char_before(text, line_start)
        return not previous or previous in _CLOSERS or text.endswith("\n\n", 0, line_start)
    if nxt.islower() or nxt in ",;:":
        return False  # '"Why?" she asked', "the U.S. side"
    if sep[0] != ".":
        return True
    # the last word with its stop ("U.S."), read from a window: copying the
    # sentence so far made a sentence of many stops ("U.S. U.S. ...") quadratic
    window = max(start, sep_start - _WORD_WINDOW)
    before = text[window : sep_start + 1]
    word = _WORD_BEFORE.search(before, 0, len(before) - 1)
    if not word:
        return True  # "it rose 3.8." or a number before the stop
    cut = word.start() == 0 and window > start and text[window - 1] in _WORD_CHARS
    token = "" if cut else word.group(1).lower().rstrip(".")  # too long to be a title
    if token in _TITLES:
        return False
    opener = _NEXT_WORD.match(text, sep_end)
    opener_word = opener.group(1).lower() if opener else ""
    if token in ("no", "nos") and nxt.isdigit():
        return False  # "No. 10"
    if token in _SOFT:
        return nxt.isupper() and opener_word in _OPENERS
    if _INITIALS.search(before):
        return opener_word in _OPENERS or nxt in "\"“'‘"
    return True


def _last_char_before(text: str, end: int) -> str:
    """The last non-space character of ``text[:end]`` ("" if none), without copying it."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return text[i] if i >= 0 else ""
