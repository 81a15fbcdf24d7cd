"""Cost that grows faster than the input: the shape of each algorithm, not its speed.

Timings live in bench/scaling.py. These tests count work (characters copied or
scanned, pairs considered) or feed inputs big enough that a quadratic or
cubic path would never return, and check the result.
"""

from __future__ import annotations

import pytest

from factcheck.extract.sentences import split_sentences
from factcheck.markup import _code_spans, directive_body, directives_in, prose_of


class CountingText(str):
    """A str that counts the characters its slices copy and its ``find`` scans."""

    copied = 0
    scanned = 0

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        CountingText.copied += len(part)
        return part

    def find(self, sub, start=None, end=None):
        at = str.find(self, sub, start, end)
        begin = start or 0
        CountingText.scanned += (len(self) if at < 0 else at) - begin
        return at


@pytest.fixture
def counting():
    CountingText.copied = CountingText.scanned = 0
    return CountingText


# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    "unit", ["U.S. ", "Mr. ", "No. ", "Jan. ", "a.b.c.d. ", "U.S.U.S.U.S.U.S.U.S.U.S.U.S.U.S.U.S. "]
)
def test_sentence_split_copies_linear_in_the_text(counting, unit):
    text = counting(unit * (40_000 // len(unit)))
    spans = split_sentences(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert counting.copied <= 60 * len(text)  # a window per stop, not the sentence so far


@pytest.mark.parametrize(
    "text", [" " * 200_000 + "x", "!" * 200_000 + " x", "a \t" * 70_000 + "\n", "?!" * 100_000]
)
def test_sentence_split_returns_on_long_runs(text):
    """Runs of spaces or stops: each boundary attempt starts where the last one stopped."""
    spans = split_sentences(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_sentence_split_spaces_before_a_line_break_belong_to_the_boundary():
    text = "Floods in the north   \nThe river rose 3 metres.  \n\n  Third one."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Floods in the north   \n",
        "The river rose 3 metres.  ",
        "\n\n  Third one.",
    ]


# --------------------------------------------------------------------------- directives


def test_directives_scan_each_character_a_bounded_number_of_times(counting):
    text = counting("<!-- factcheck: disable  " * 4_000)  # none closed
    assert directives_in(text) == []
    assert counting.scanned <= 2 * len(text)


def test_directives_found_with_their_bodies():
    text = "A <!--factcheck: disable conversion --> b <!-- factcheck:enable-->\n<!-- x -->"
    found = directives_in(text)
    assert [body for _, _, body in found] == ["disable conversion", "enable"]
    assert text[found[0][0] : found[0][1]] == "<!--factcheck: disable conversion -->"
    assert directive_body("<!-- factcheck:   " + " " * 1000) is None
    assert directive_body("<!-- factcheck: disable weekday -->") == "disable weekday"


@pytest.mark.parametrize("path", [None, "a.md", "a.html"])
def test_unclosed_directive_followed_by_spaces_returns(path):
    text = "<!-- factcheck:" + " " * 200_000
    prose = prose_of(text, path)
    assert prose.directives == []


# --------------------------------------------------------------------------- markup


def test_code_spans_pair_runs_of_equal_length():
    text = "a `b` c ``d ` e`` f ``` g"
    spans = [text[a:b] for a, b in _code_spans(text, 0, len(text))]
    assert spans == ["`b`", "``d ` e``"]  # the lone ``` is literal


@pytest.mark.parametrize(
    "path,text",
    [
        ("a.md", "`" * 200_000),
        ("a.md", "~" * 200_000),
        ("a.md", "[" * 200_000),
        ("a.md", "![" * 100_000),
        ("a.md", "![](" * 50_000),
        ("a.md", "<a " * 70_000),
        ("a.md", "<http://" * 25_000),
        ("a.md", "<!--\n" * 40_000 + "x"),
        ("a.md", "---\n" * 50_000),
        ("a.html", "<a " * 70_000),
        ("a.html", '<a "' * 50_000),
        ("a.html", "<!" * 100_000),
        ("a.html", "<?" * 100_000),
    ],
)
def test_prose_of_runs_of_markup_returns(path, text):
    """Each markup pattern stops at the next place a later match may start."""
    prose = prose_of(text, path)
    assert len(prose.offsets) == len(prose.text) + 1
