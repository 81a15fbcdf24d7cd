"""Which capitalised words make a name, and the runs they form (extract/names.py),
the one reading extract/frame.py, compare/sides.py and compare/recount.py share.
Every sentence is ours."""

from __future__ import annotations

import pytest

from factcheck.extract.names import is_name_word, name_runs


@pytest.mark.parametrize("word", ["Marford", "Rovers'", "Gen.", "Okafor’s", "PSG"])
def test_a_capitalised_word_that_is_no_common_word_is_a_name_word(word):
    assert is_name_word(word)


@pytest.mark.parametrize("word", ["marford", "The", "Monday", "March", "However", ""])
def test_a_lower_case_word_an_opener_a_month_or_a_weekday_is_none(word):
    assert not is_name_word(word)


def test_runs_keep_their_words_and_the_word_before_them():
    text = "Fenwick Albion lost 0-6 to Marford's reserves on Monday."
    runs = name_runs(text, 0, len(text))
    assert [(r.text, r.words, r.lead) for r in runs] == [
        ("Fenwick Albion", ["fenwick", "albion"], ""),
        ("Marford", ["marford"], "to"),
    ]
    assert text[runs[1].start : runs[1].end] == "Marford's"


def test_a_run_is_read_only_inside_the_span_it_is_given():
    text = "Kerr scored. Then Doyle pulled one back."
    assert [r.text for r in name_runs(text, 13, len(text))] == ["Doyle"]
