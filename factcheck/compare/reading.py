"""How ``compare`` reads NEW: a rewrite of OLD, or a summary of it (``--new-is``).

A summary's NEW is a faithful condensation: it cuts figures, writes a year for a
full date and hedges an exact figure, and none of that is an error there
(docs/compare.md, "Summary mode"). A rewrite's NEW keeps every fact, so the
same changes are flags. ``--new-is rewrite|summary|condensed`` says which; ``auto`` (the
default) tells them apart from the two texts, precision first, since a rewrite
read as a summary has its drops and loosenings go unreported:

- NEW opens as an LLM's summary does ("The article reports ...", "Sure! Here is
  a summary", "In summary"; ``compare.summary_openings`` in the language data),
  has a "Key points:" heading (``compare.summary_headings``), or opens with a
  list item ("- ", "* ", "1. ") where OLD does not;
- NEW is tokenised ("the bbc 's awards , first held in 1839 .") and OLD is not,
  as older summarisers write (``compare.tokenised_marks``);
- NEW is set out as questions and answers ("What happened? ... Why does it matter?
  ...": it opens with a question and asks another, ``compare.summary_question_words``)
  where OLD asks none;
- NEW sets out points (at least ``LIST_POINTS`` list items or bold labels, "**Cargo:**",
  under a title line or not) where OLD has none, in at most ``LIST_SUMMARY_SHARE`` of
  OLD's words: LLM rewrites set out as lists keep more (0.32 of OLD's words at least);
- NEW has at most ``SUMMARY_SHARE`` of OLD's words. On the 476 LLM rewrites we
  have, NEW never has less than 18% of OLD's words (``bench/new_is_detector.py``
  prints the table); NEW's length in words on its own told nothing more.

A plain-prose summary shows none of those signs, and no sign we measured tells it
from the LLM rewrites that compress their original as much (GPT-3-Turbo and Llama
tell 200-500 words in 3-5 sentences too). So ``auto`` has a reading between the
two, ``condensed``: NEW in at most ``compare.condensed.share`` of OLD's words and at
most ``compare.condensed.sentences`` sentences (language data). It is compared as
a rewrite, its drops flagged, but a coarser date or a hedge that holds is not a
flag, as in a summary: the summary-only false alarms go, and a compressed rewrite
read so loses only those loosenings, which no labelled compressed rewrite has
(docs/compare.md, "Summary mode").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import factcheck.lang as lang
from factcheck.config import NEW_IS_CHOICES
from factcheck.extract import split_sentences

SUMMARY_SHARE = 0.15
"""NEW with at most this share of OLD's words is a summary (rewrites: 0.18 at least)."""

LIST_SUMMARY_SHARE = 0.25
"""NEW set out as points with at most this share of OLD's words is a summary (rewrites
set out as lists: 0.32 at least)."""

LIST_POINTS = 2
"""How many list items or bold labels set a text out as points (one may be a dash)."""

OPENING_CHARS = 300
"""How far into NEW an opening is looked for (a title line may come first)."""

_OPENINGS = re.compile(
    r"\A\W{0,3}(?:[^\n]{0,120}\n\s*)?(?:" + "|".join(lang.words("compare.summary_openings")) + ")",
    re.IGNORECASE,
)
_HEADINGS = re.compile(
    r"(?m)^\W{0,3}(?:" + "|".join(lang.words("compare.summary_headings")) + r")\W{0,4}$",
    re.IGNORECASE,
)
_LIST_OPENING = re.compile(r"\A\s*(?:[-*•]|\d{1,2}[.)])[ \t]+\S")
"""A text that opens with a list item ("- ", "* ", "1. "): a summary's points."""
_POINT = re.compile(r"(?m)^[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+\S|\*\*[^*\n]{1,40}\*\*)")
"""A line that is a list item or opens with a bold label ("**Cargo:** 1,400 cars")."""
_QUESTION = re.compile(
    r"(?:\A|(?<=[.!?])[ \t]+|\n)[ \t*#]*(?i:"
    + lang.alternation("compare.summary_question_words")
    + r")\b[^?.!\n]{0,80}\?"
)
"""A sentence that asks a question ("What happened?", "Where is Marrowgate?")."""
QA_QUESTIONS = 2
"""Questions a NEW that opens with one asks, at least, to be set out as questions and answers."""
_TOKENISED = re.compile("|".join(lang.words("compare.tokenised_marks")))
_CONDENSED = lang.table("compare.condensed")
CONDENSED_SHARE = float(_CONDENSED["share"])
"""NEW with at most this share of OLD's words, in few sentences, is condensed."""
CONDENSED_SENTENCES = int(_CONDENSED["sentences"])
"""A condensed NEW tells OLD in at most this many sentences, as a summary does."""
_WORD = re.compile(r"\w+")
_LETTER = re.compile(r"[^\W\d_]")
TOKENISED_MARKS = 2
"""A text with this many tokenisation marks is tokenised (one may be a typo)."""


@dataclass(frozen=True)
class Reading:
    """How NEW was read, and why: what a report says in its header."""

    new_is: str
    """``rewrite``, ``summary`` or ``condensed``."""
    asked: str
    """What was asked: ``auto``, ``rewrite`` or ``summary``."""
    why: str
    """Why (for ``auto``): the sign of a summary found, or that none was."""

    def to_dict(self) -> dict[str, str]:
        return {"new_is": self.new_is, "asked": self.asked, "why": self.why}


def check_new_is(value: str | None) -> str:
    """``value`` when it is a reading ``--new-is`` knows (None: ``auto``), else ValueError."""
    if value is None:
        return "auto"
    if value not in NEW_IS_CHOICES:
        raise ValueError(f"new-is must be one of {', '.join(NEW_IS_CHOICES)}, not {value!r}")
    return value


def asked_new_is(new_is: str | None, rules: object = None) -> str:
    """The reading asked for: ``new_is`` when given, else the rules' ``new-is`` setting
    (``.factcheck.yaml``), else ``auto``."""
    return check_new_is(new_is if new_is is not None else getattr(rules, "new_is", None))


def read_new(old: str, new: str, asked: str | None = "auto") -> Reading:
    """How to read ``new`` against ``old``: as asked, or (``auto``) as the texts say."""
    asked = check_new_is(asked)
    if asked != "auto":
        return Reading(asked, asked, "given")
    counts = _words(old), _words(new)
    why = summary_sign(old, new, counts)
    if why:
        return Reading("summary", asked, why)
    why = condensed_sign(old, new, counts)
    if why:
        return Reading("condensed", asked, why)
    return Reading("rewrite", asked, "no sign of a summary")


def summary_sign(old: str, new: str, counts: tuple[int, int] | None = None) -> str:
    """What in the two texts says NEW is a summary of OLD, or "" when nothing does
    (``counts``: the words of OLD and NEW, when counted already)."""
    opening = _OPENINGS.search(new[:OPENING_CHARS])
    if opening:
        return f"opens as a summary: '{_shown(opening.group(0))}'"
    heading = _HEADINGS.search(new)
    if heading:
        return f"a summary's heading: '{_shown(heading.group(0))}'"
    if _LIST_OPENING.match(new) and not _LIST_OPENING.match(old):
        return "its first line is a list item, where the original's is not"
    if _tokenised(new) and not _tokenised(old):
        return "tokenised, as older summarisers write, where the original is not"
    if _questions_and_answers(new) and not _QUESTION.search(old):
        return "set out as questions and answers, where the original asks none"
    old_words, new_words = counts or (_words(old), _words(new))
    if new_words and new_words <= SUMMARY_SHARE * old_words:
        # an emptied NEW is no summary: every figure it had is dropped
        return f"{new_words} words for the original's {old_words}"
    if new_words <= LIST_SUMMARY_SHARE * old_words and _points(new) and not _points(old):
        return f"set out as list items or bold labels in {new_words} words for the original's {old_words}"
    return ""


def condensed_sign(old: str, new: str, counts: tuple[int, int] | None = None) -> str:
    """What says NEW condenses OLD as a summary does, though no sign says it is one
    (``summary_sign``), or "": at most ``CONDENSED_SHARE`` of OLD's words told in at
    most ``CONDENSED_SENTENCES`` sentences (``counts`` as for ``summary_sign``)."""
    old_words, new_words = counts or (_words(old), _words(new))
    if not new_words or new_words > CONDENSED_SHARE * old_words:
        return ""
    # sentences are counted only for a NEW short enough: no work on most pairs; a list
    # marker split off as its own "sentence" ("1. ") has no word and is not one
    sentences = sum(1 for a, b in split_sentences(new) if _LETTER.search(new, a, b))
    if sentences > CONDENSED_SENTENCES:
        return ""
    return (
        f"condensed: {new_words} words for the original's {old_words}, "
        f"in {sentences} sentence{'s' if sentences != 1 else ''}"
    )


def _points(text: str) -> bool:
    return sum(1 for _ in zip(range(LIST_POINTS), _POINT.finditer(text))) >= LIST_POINTS


def _questions_and_answers(text: str) -> bool:
    """Whether a text opens with a question and asks at least ``QA_QUESTIONS``."""
    if not _QUESTION.match(text.lstrip()):
        return False
    return sum(1 for _ in zip(range(QA_QUESTIONS), _QUESTION.finditer(text))) >= QA_QUESTIONS


def _tokenised(text: str) -> bool:
    return sum(1 for _ in zip(range(TOKENISED_MARKS), _TOKENISED.finditer(text))) >= (
        TOKENISED_MARKS
    )


def _words(text: str) -> int:
    return len(_WORD.findall(text))


def _shown(text: str) -> str:
    return " ".join(text.split())[-60:]
