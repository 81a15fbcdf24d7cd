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


# ------------------------------------------- a value given to another fact, in its words

MOVED = [
    # a championship place given to the race, whose clause NEW keeps
    (
        "Lewis Hart finished third in Monza, the last race of the season, and came fifth in "
        "the overall standings behind Max Holt. He apologised to the marshal on Sunday.",
        "Lewis Hart, who finished fifth at Monza, apologised to the marshal.",
        ("fifth", "third"),
    ),
    # the mayor's year given to the council's first election
    (
        "The town council was elected for the first time in 2004 and meets in the Guildhall. "
        "The mayor, who has held the post since 2001, was re-elected last week.",
        "The mayor was re-elected last week. The town council was first elected in 2001.",
        ("2001", "2004"),
    ),
]


@pytest.mark.parametrize("new_is", ["summary", "rewrite"])
@pytest.mark.parametrize("old,new,expected", MOVED)
def test_a_value_in_another_facts_clause_is_a_conflict_with_that_fact(old, new, expected, new_is):
    findings = compare_texts(old, new, new_is=new_is)
    assert [(f.new.text, f.old.text) for f in findings if f.status == "conflict"] == [expected]


NOT_MOVED = [
    # one shared word ("court") is no clause: the hearing's Thursday stays a match
    (
        "The hearing is due to conclude on Thursday. In court on Wednesday, the firm's "
        "barrister conceded that removing the images was possible.",
        "The outcome of the case is expected to be decided by the court on Thursday.",
    ),
    # "This year" for "The 2016 show": an unread date is no other value
    (
        "The 2016 show coincides with the Year of Food, and local produce features widely. "
        "One of this year's highlights is an edible garden.",
        "This year's show coincides with the Year of Food, with an edible garden.",
    ),
    # the other fact told in another clause of NEW's sentence ("after they vanished")
    (
        "Beavers had vanished from the Tarn by the 1750s and came back in 2009.",
        "Beavers returned to the Tarn in 2009, long after they vanished.",
    ),
    # a bare item of OLD's list has no clause of its own to compare
    (
        "Visitor numbers rose in 2017, 2018 and 2019, the trust said.",
        "Visitor numbers rose in 2019, the trust said.",
    ),
]


@pytest.mark.parametrize("old,new", NOT_MOVED)
def test_a_value_without_another_facts_clause_does_not_move(old, new):
    findings = compare_texts(old, new, new_is="summary")
    assert not [f for f in findings if f.status in ("conflict", "added")]


@pytest.mark.parametrize("new_is", ["summary", "rewrite"])
def test_two_counts_swapped_across_sentences_with_a_bound_are_conflicts(new_is):
    old = (
        "It took six people to haul the pony out of the ditch near Mill Lane on Sunday. "
        'A vet said: "If the pony was dead when it went in, it would have taken at least '
        'three people to get it into the ditch."'
    )
    new = (
        "A pony was hauled out of a ditch on Sunday. It took three people to haul the pony "
        "out. A vet said it would have taken at least six people to get it into the ditch."
    )
    findings = compare_texts(old, new, new_is=new_is)
    conflicts = {(f.new.text, f.old.text) for f in findings if f.status == "conflict"}
    assert conflicts == {("three", "six"), ("six", "three")}


# ----------------------------------------------------- scores moved inside a listing

RESULTS = "Results: Alton 2-1 Bexley, Carlow 0-3 Dunmore, Eastham 4-4 Fenwick."


@pytest.mark.parametrize("new_is", ["summary", "rewrite"])
def test_two_scores_swapped_inside_a_listing_are_conflicts(new_is):
    new = "Results: Alton 0-3 Bexley, Carlow 2-1 Dunmore, Eastham 4-4 Fenwick."
    findings = compare_texts(RESULTS, new, new_is=new_is)
    assert sorted((f.new.text, f.old.text) for f in findings if f.status == "conflict") == [
        ("0-3", "2-1"),
        ("2-1", "0-3"),
    ]


@pytest.mark.parametrize(
    "new",
    [
        "Results: Alton 2-1 Bexley, Carlow 0-3 Dunmore.",
        "Alton beat Bexley 2-1, and Dunmore won 3-0 at Carlow.",
    ],
)
def test_a_listing_kept_or_told_as_prose_keeps_its_scores(new):
    findings = compare_texts(RESULTS, new, new_is="summary")
    assert not [f for f in findings if f.status in ("conflict", "added")]


@pytest.mark.parametrize("new_is", ["summary", "rewrite"])
def test_two_scores_swapped_between_two_told_results_are_conflicts(new_is):
    # "3-0 and Dunmore won": the next clause's verb is not the first score's noun
    new = "Alton beat Bexley 3-0 and Dunmore won 2-1 at Carlow."
    findings = compare_texts(RESULTS, new, new_is=new_is)
    assert sorted((f.new.text, f.old.text) for f in findings if f.status == "conflict") == [
        ("2-1", "0-3"),
        ("3-0", "2-1"),
    ]
