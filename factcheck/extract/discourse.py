"""Numbers that belong to the text, not to the world: list markers and counts of the text itself.

A summary opens "The article makes three points:" and goes on "1. ...",
"2. ...", or "The passage describes two people named Greta Holm. The first
is ...". None of these numbers states a fact of the story: "three" counts the
summary's own points, "1." numbers a line, "The first" stands for an item the
text lists. Compared with the source they are "added" figures that nothing
supports, and an editor who is shown them learns to ignore the checker.

- ``without_list_markers`` drops numbered-list markers from the mentions: "1.",
  "1)", "1/" or "(1)" opening a line (Markdown bold or a heading's "#" may stand
  before it: "**1. Approval:**"), or following a heading's colon ("Key points: 1."),
  a label that numbers an item ("Point 1 -", "Takeaway 2:"), a run "1 ...", "2 ..."
  of bare numbers opening lines,
  and the next numbers of the same run ("2." after a sentence of item 1). A
  marker that does not start a run (a lone "3." at a line start) must have a
  neighbour (its number minus or plus one) that does, so a figure that happens
  to open a wrapped line stays a figure.
- ``mark_text_meta`` gives ``role="text-meta"`` to counts and ordinals that
  describe the text: a small count of anything that a text noun counts with a
  text verb ("The article makes three points", "This passage contains two
  different places called Marlow Park", "The article lists 10 results": the
  summary tells what the source holds, and "the article" is its subject), a count of namesakes ("two people named ..."; "There
  are two Oskar Linds"), a count of items a heading introduces ("Three things
  stand out in the squad:", "Here are the 3 key takeaways:", "Key points (2):",
  "In short, there are two takeaways: ...", "Two key facts stand out: ..."), the
  size of the summary itself in a sentence about the text ("Here is a summary of
  the article in 3 sentences:", "a 2-sentence summary", "in 50 words"), and "The first is ..." / "the second one was ..."
  ("The first, ..." only after such a count: in a story "The third, which ..." ranks
  the story's items).
  Compare leaves such figures out (docs/compare.md); ``extract`` still lists
  them, with their role, for a reader who wants them.

The words are data (``discourse.*`` in ``factcheck/lang/en.yaml``). Both steps
read each sentence once with a few anchored patterns: linear in the text.
"""

from __future__ import annotations

import re

import factcheck.lang as lang
from factcheck.extract.screen import Endings
from factcheck.mention import Mention

TEXT_META = "text-meta"
"""The role of a count or ordinal that describes the text itself."""

_TEXT_NOUNS = lang.alternation("discourse.text_nouns")
_TEXT_VERBS = lang.alternation("discourse.text_verbs")
_COUNTED = lang.alternation("discourse.counted")
_NAMING = lang.alternation("discourse.naming")
_SPACERS = lang.alternation("discourse.spacers")
_ITEM_VERBS = lang.alternation("discourse.item_verbs")
_ORDINALS = lang.alternation([w for w, n in lang.table("numbers.ordinals").items() if n <= 10])

_MARKER = re.compile(r"(?<![\w.,/])(?:(\d{1,2})(?:[.)/]|\ufe0f?\u20e3)|\((\d{1,2})\))(?=[ \t]+\S)")
"""A list marker candidate: "N.", "N)", "N/", "(N)" or a keycap "1️⃣" before the item's text; what
stands before it (a line start, a colon, a sentence end) is read apart."""
_EMPHASIS = "*_#>"
"""Markdown around a marker at a line start ("**1. Approval:**", "## 1. Intro")."""
_BARE_MARKER = re.compile(r"(?m)^[ \t]*(\d{1,2})[ \t]+(?=[A-Z])")
"""A marker without its stop ("1 The council ..."): only in a run from 1 of two or more."""
_WORD_MARKER = re.compile(
    rf"(?im)^[ \t]*(?:[{_EMPHASIS}]+[ \t]*)?(?:{lang.alternation('discourse.marker_words')})"
    r"[ \t]+(\d{1,2})(?=[ \t]*[-–—:.)])"
)
"""A numbered item's label at a line start: "Point 1 - ...", "Takeaway 2: ..."."""

_SPACED = rf"(?:\s+(?:{_SPACERS}))*"
_TEXT_COUNT = re.compile(
    rf"(?i)\b(?:the|this|that|its|each)\s+(?:{_TEXT_NOUNS})\s+(?:also\s+|only\s+)?"
    rf"(?:{_TEXT_VERBS})(?:\s+to)?\s+(?:about\s+|some\s+|at\s+least\s+)?$"
)
"""Before the count: "The passage describes ", "This text refers to "."""
_THING_AFTER = re.compile(r"\s+[^\W\d_]")
"""After a count of the text: a word (" points", " grand prix", " results")."""
_NAMESAKES_AFTER = re.compile(rf"(?i){_SPACED}\s+(?:{_COUNTED})\s+(?:{_NAMING})\s+(?-i:[A-Z])")
"""After the count: " people named G...", " different places called M..."."""
_THERE_ARE = re.compile(r"(?:^|\b)There\s+(?:are|were)\s+$")
_PROPER_PLURAL = re.compile(r"\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*s\b")
"""After "There are two": a name in the plural ("Oskar Linds")."""
_HEADING_AFTER = re.compile(rf"(?i){_SPACED}\s+(?:{_COUNTED})\b[^.!?\n]*:\s*$")
"""A count of the items a heading introduces: "Three things stand out ...:"."""
_HEADING_LEAD = re.compile(
    rf"(?i)(?:^|[,;:])\s*(?:{lang.alternation('discourse.heading_leads')})\s+(?:the\s+)?$"
)
"""Before a heading's count: "Here are the 3 key takeaways:", "In short, there are two"."""
_INLINE_HEADING_AFTER = re.compile(rf"(?i){_SPACED}\s+(?:{_COUNTED})\b(?:\s+[^\W\d_]+){{0,3}}\s*:")
"""After such a count in a running sentence: "two takeaways: ..."."""
_PAREN_BEFORE = re.compile(r"\(\s*(?:in\s+)?$")
_PAREN_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*\)\s*:\s*$")
_PAREN_AFTER_NOUN = re.compile(rf"(?i)\b(?:{_COUNTED})\s*\(\s*$")
_PAREN_LINE_END = re.compile(r"\s*\)[ \t]*(?:\n|$)")
"""A heading line's count in brackets with no colon: "Key takeaways (3)"."""
"""A heading's count in brackets: "Key points (2):", "Summary (in 3 bullet points):"."""
_SIZE_NOUNS = lang.alternation("discourse.size_nouns")
_OWN_SIZE_AFTER = re.compile(rf"(?i)\s+(?:{_SIZE_NOUNS})\b(?P<heading>\)?\s*:)?")
_OWN_SIZE_WORD = re.compile(rf"(?i)\d+-(?:{_SIZE_NOUNS})")
"""A figure that is a summary's size: "3 sentences", "a 2-sentence summary"."""
_OWN_SIZE_BEFORE = re.compile(r"(?i)\b(?:in|an?)\s+$")
_ABOUT_THE_TEXT = re.compile(rf"(?i)\b(?:{lang.alternation('discourse.about_the_text')})\b")
"""The size of the summary itself: "in 3 sentences", "in 50 words", "a 2-sentence summary"
in a sentence about the text ("Here is a summary of the article in three points:") or
heading what follows ("In 50 words:")."""
_ITEM_BEFORE = re.compile(r"(?i)(?:^\s*|[;:,]\s*|\b(?:and|while)\s+)the\s+$")
_ITEM_AFTER = re.compile(rf"(?i)(?:\s+one)?(?:\s*,|\s+(?:{_ITEM_VERBS})\b)")
"""An ordinal standing for a listed item: "The first is", "; the second one was"."""
_APPOSITION_AFTER = re.compile(r"(?:\s+one)?\s*,")
"""After such an ordinal: a comma ("The third, which ...")."""

# What the patterns anchored at the end of the words before a figure may end with:
# each search runs only where its screen lets the words through (``screen.Endings``)
_TEXT_COUNT_ENDS = Endings([*lang.words("discourse.text_verbs"), "to", "about", "some", "least"])
_THERE_ARE_ENDS = Endings(["are", "were"])
_PAREN_BEFORE_ENDS = Endings(["(", "in"])
_PAREN_AFTER_NOUN_ENDS = Endings(["("])
_HEADING_LEAD_ENDS = Endings([*lang.words("discourse.heading_leads"), "the"])
_OWN_SIZE_BEFORE_ENDS = Endings(["in", "a", "an"])
_ITEM_BEFORE_ENDS = Endings(["the"])


def without_list_markers(text: str, mentions: list[Mention]) -> list[Mention]:
    """``mentions`` less the bare numbers that number the lines of a list."""
    markers = list_marker_spans(text)
    if not markers:
        return mentions
    return [m for m in mentions if (m.start, m.end) not in markers]


def list_marker_spans(text: str) -> set[tuple[int, int]]:
    """The (start, end) spans of the digits of each numbered-list marker in ``text``."""
    found: list[tuple[int, int, int, bool]] = []
    for m in _MARKER.finditer(text):
        group = 1 if m.group(1) else 2
        k = m.start()
        while k > 0 and text[k - 1] in " \t":
            k -= 1
        if k and text[k - 1] in _EMPHASIS:  # "**1. Approval:**" at a line start
            while k > 0 and text[k - 1] in _EMPHASIS + " \t":
                k -= 1
            if k and text[k - 1] not in "\n\r":
                continue
        before = text[k - 1] if k else "\n"
        if before in "\n\r:":
            opens = True  # a line's or a heading's first item
        elif before in ".!?;" and k < m.start():
            opens = False  # after a sentence: only as the next item of a run
        else:
            continue
        found.append((m.start(group), m.end(group), int(m.group(group)), opens))
    found += [(m.start(1), m.end(1), int(m.group(1)), True) for m in _WORD_MARKER.finditer(text)]
    bare = [(m.start(1), m.end(1), int(m.group(1))) for m in _BARE_MARKER.finditer(text)]
    for k, (_, _, n) in enumerate(bare):  # a run 1, 2, ... of bare markers
        if n == 1 and k + 1 < len(bare) and bare[k + 1][2] == 2:
            found += [(s, e, m, True) for s, e, m in _run_from_one(bare[k:])]
    found.sort()
    out: set[tuple[int, int]] = set()
    previous = 0
    for start, end, n, opens in found:
        # a run starts at 1 where a line or a heading opens, and goes on by one
        if (n == 1 and opens) or (previous and n == previous + 1):
            out.add((start, end))
            previous = n
        else:
            previous = 0
    # line-start markers next to a line-start marker (a list cut from its top)
    at_line = {n: (s, e) for s, e, n, opens in found if opens}
    for n, span in at_line.items():
        if n - 1 in at_line or n + 1 in at_line:
            out.add(span)
    return out


def _run_from_one(markers: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The markers 1, 2, 3, ... from the first of ``markers``, while they go on by one."""
    run = []
    for start, end, n in markers:
        if n != len(run) + 1:
            break
        run.append((start, end, n))
    return run


def mark_text_meta(text: str, mentions: list[Mention], sentences: list[tuple[int, int]]) -> None:
    """Set ``role`` to "text-meta" on the counts and ordinals that describe the text.

    An ordinal in apposition ("The first, ...") stands for an item of the text only
    after a count of the text's own ("The passage describes two people named ... The
    first, a painter, ..."); in a story ("Two of the new hotels will open this month.
    The third, which ...") it ranks the story's items and states a fact."""
    counted_text = False
    for m in sorted(mentions, key=lambda m: m.start):
        if m.kind != "quantity" or not 0 <= m.sentence < len(sentences):
            continue
        if m.role == "ordinal" and not counted_text and _APPOSITION_AFTER.match(text, m.end):
            continue
        if _describes_text(text, m, sentences[m.sentence]):
            m.role = TEXT_META
            counted_text = True


def _describes_text(text: str, m: Mention, sentence: tuple[int, int]) -> bool:
    s_start, s_end = sentence
    window = max(s_start, m.start - 80)
    before = text[window : m.start]
    end = min(s_end, m.end + 80)
    if m.role == "ordinal":
        lead = _ITEM_BEFORE_ENDS.may_end(before) and _ITEM_BEFORE.search(before)
        if not lead:
            return False
        opens = lead.group(0).lstrip()[:1] in ("t", "T")
        if opens and text[s_start:window].strip():
            return False  # "the" must open the sentence, not the window
        return bool(_ITEM_AFTER.match(text, m.end, end))
    if _own_size(text, m, before, end, sentence):
        return True  # "a summary of the article in 3 sentences:", "a 2-sentence summary"
    if m.value is None or m.unit is not None or m.value > 20:
        return False
    if (
        _TEXT_COUNT_ENDS.may_end(before)
        and _TEXT_COUNT.search(before)
        and _THING_AFTER.match(text, m.end, end)
    ):
        return True
    if _NAMESAKES_AFTER.match(text, m.end, end):
        return True
    if (
        _THERE_ARE_ENDS.may_end(before)
        and _THERE_ARE.search(before)
        and _PROPER_PLURAL.match(text, m.end, end)
    ):
        return True
    if (
        _PAREN_BEFORE_ENDS.may_end(before)
        and _PAREN_BEFORE.search(before)
        and _PAREN_AFTER.match(text, m.end, s_end)
    ):
        return True
    if (
        _PAREN_AFTER_NOUN_ENDS.may_end(before)
        and _PAREN_AFTER_NOUN.search(before)
        and _PAREN_LINE_END.match(text, m.end)
    ):
        return True
    # the lead read from the window: a heading's lead is a few words, and reading
    # the whole sentence before every figure would cost the square of a long one
    # (a paragraph with no full stop); "\0" keeps '^' off a window cut inside it
    lead = before if window == s_start else "\0" + before
    if _HEADING_LEAD_ENDS.may_end(lead) and _HEADING_LEAD.search(lead):
        return bool(
            _HEADING_AFTER.match(text, m.end, s_end)
            or _INLINE_HEADING_AFTER.match(text, m.end, s_end)
        )
    at_start = not before.strip() if window == s_start else False
    return at_start and bool(
        _HEADING_AFTER.match(text, m.end, s_end) or _INLINE_HEADING_AFTER.match(text, m.end, s_end)
    )


def _own_size(text: str, m: Mention, before: str, end: int, sentence: tuple[int, int]) -> bool:
    """A count of the summary's own sentences, words or points, in a sentence about
    the text or heading what follows ("In 50 words:")."""
    size = _OWN_SIZE_AFTER.match(text, m.end, end)
    if not (size or _OWN_SIZE_WORD.fullmatch(m.text)) or not (
        _OWN_SIZE_BEFORE_ENDS.may_end(before) and _OWN_SIZE_BEFORE.search(before)
    ):
        return False
    return bool(size and size.group("heading")) or bool(_ABOUT_THE_TEXT.search(text, *sentence))
