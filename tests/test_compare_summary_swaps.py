"""Two figures a summary (or a rewrite) swaps inside one sentence, and what is no swap.

Sentences are ours; the measured set is bench/data/compare-summaries6.json.
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts

SWAPPED = [
    # two shares of one OLD sentence, each given the other's place
    (
        "Courts in Lanark and Perth jailed nearly 15% of the men who appeared before them, "
        "compared with 9% in Inverness and 4% in Oban.",
        "Lanark and Perth courts jailed nearly 15% of men, compared with 4% in Inverness "
        "and 9% in Oban.",
        {("4%", "9%"), ("9%", "4%")},
    ),
    # two relative dates of two OLD sentences, joined in one NEW sentence
    (
        "Hundreds of jellyfish washed up on the beach at Porthmellon last week. More than 300 "
        "sightings were reported in neighbouring Cornwall last month, sparking concern.",
        "More than 300 sightings were reported in Cornwall last week, and hundreds of "
        "jellyfish washed up at Porthmellon last month.",
        {("last week", "last month"), ("last month", "last week")},
    ),
    # two years, each put in the other's clause
    (
        "The bakery, which Tom Price has run since 1991, has moved to Mill Lane. The old "
        "building was bought by the town council in 2012 and is being restored.",
        "Tom Price, who has run the bakery since 2012, had to move when the town council "
        "that bought the old building in 1991 began restoring it.",
        {("2012", "1991"), ("1991", "2012")},
    ),
]


@pytest.mark.parametrize("new_is", ["summary", "rewrite"])
@pytest.mark.parametrize("old,new,expected", SWAPPED)
def test_two_figures_swapped_in_one_sentence_are_conflicts(old, new, expected, new_is):
    findings = compare_texts(old, new, new_is=new_is)
    conflicts = {(f.new.text, f.old.text) for f in findings if f.status == "conflict"}
    assert conflicts == expected
    assert not [f for f in findings if f.status == "added"]


NOT_SWAPPED = [
    # the same two years listed the other way round: no clause of their own
    (
        "The storm was worse than the floods recorded in 2007 and 1998, she said.",
        "It was worse than the floods of 1998 and 2007.",
    ),
    # the verbs exchanged, each figure still in its own clause
    (
        "Shares in Apple fell 2% on Monday and factory output dropped 0.6% in May.",
        "Apple shares dropped 2% on Monday and factory output fell 0.6% in May.",
    ),
    # the clauses reworded, the figures in place
    (
        "Courts in Lanark jailed nearly 15% of the men before them, compared with 9% in "
        "Inverness and 4% in Oban.",
        "Lanark jailed nearly 15% of men, against 9% in Inverness and 4% in Oban.",
    ),
]


@pytest.mark.parametrize("new_is", ["summary", "rewrite"])
@pytest.mark.parametrize("old,new", NOT_SWAPPED)
def test_figures_kept_in_their_clauses_are_no_swap(old, new, new_is):
    findings = compare_texts(old, new, new_is=new_is)
    assert not [f for f in findings if f.status in ("conflict", "added")]
