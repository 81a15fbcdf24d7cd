"""A result written another way is the same result; a changed one is flagged (issue 12).

A listing gives the home side's goals first ("Hollins 0-6 Marford"); prose
puts the winner first ("Marford won 6-0 at Hollins", "a 6-0 win for
Marford", "Hollins lost 0-6"). Sentences and teams are ours.
"""

from __future__ import annotations

import pytest

from factcheck import compare
from factcheck.extract import extract
from tests.test_compare_frames import flags

LISTING = (
    "Aldwick 1-0 Hollins Brackley 0-1 Corrin Dunmore 2-2 Eastfield "
    "Fenwick 0-6 Marford Gorton 3-1 Penhale Tarrow 0-4 Ulverby"
)


def scores(text: str) -> list[str]:
    return [m.text for m in extract(text) if m.role == "score"]


def test_every_result_of_a_listing_is_a_score_whichever_side_won():
    assert scores(LISTING) == ["1-0", "0-1", "2-2", "0-6", "3-1", "0-4"]


def test_a_listing_one_result_to_a_line_is_read_too():
    assert scores(LISTING.replace(" Brackley", "\nBrackley").replace(" Tarrow", "\nTarrow")) == [
        "1-0",
        "0-1",
        "2-2",
        "0-6",
        "3-1",
        "0-4",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Read chapters 3-7 Monday and pages 10-12 Tuesday.",
        "The Ridgeway 2-5 Hillside route is closed.",
        "Children aged 5-11 Attend the club.",
    ],
)
def test_a_pair_between_two_names_alone_is_no_result(text):
    assert scores(text) == []


@pytest.mark.parametrize(
    "new",
    [
        "Marford won 6-0 at Fenwick, and Ulverby won 4-0 at Tarrow.",
        "Fenwick went down 0-6 at home to Marford and Tarrow suffered a 0-4 loss to Ulverby.",
        "A 6-0 win for Marford at Fenwick; Ulverby beat Tarrow 4-0.",
    ],
)
def test_a_result_of_a_listing_told_in_prose_is_kept(new):
    assert [f for f in flags(LISTING, new) if f[0] != "dropped"] == []


# ------------------------------------------------------------------ the sides of a result


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "Marford beat Fenwick 6-0 on Saturday.",
            "Fenwick were beaten 6-0 by Marford on Saturday.",
        ),
        ("Marford beat Fenwick 6-0 on Saturday.", "Fenwick lost 0-6 to Marford on Saturday."),
        ("Marford beat Fenwick 6-0 on Saturday.", "A 6-0 win for Marford at Fenwick on Saturday."),
        (
            "Marford beat Fenwick 6-0 on Saturday.",
            "Marford's 6-0 win over Fenwick came on Saturday.",
        ),
        ("Marford beat Fenwick 4-0 on Saturday.", "Marford won 0-4 on Saturday."),
    ],
)
def test_the_same_winner_written_either_way_round_is_a_match(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old, new",
    [
        ("Marford beat Fenwick 6-0 on Saturday.", "Fenwick beat Marford 6-0 on Saturday."),
        ("Marford beat Fenwick 6-0 on Saturday.", "Marford lost 0-6 to Fenwick on Saturday."),
        (LISTING, "Fenwick won 6-0 at home to Marford, and Ulverby won 4-0 at Tarrow."),
    ],
)
def test_the_other_side_winning_is_a_conflict_naming_both_winners(old, new):
    found = [f for f in compare(old, new) if f.status == "conflict"]
    assert len(found) == 1
    assert found[0].rule == "compare-winner"
    assert "Marford won, now Fenwick" in found[0].message


def test_a_changed_score_is_still_a_value_conflict():
    found = [f for f in compare("Marford won 6-0 at Fenwick.", "Marford won 5-0 at Fenwick.")]
    assert [(f.status, f.rule) for f in found] == [("conflict", "compare-conflict")]


@pytest.mark.parametrize(
    "old, new",
    [
        # one version does not say who lost: the numbers swapped stay the same score
        ("Marford beat Fenwick 6-0 on Saturday.", "Fenwick won 6-0 on Saturday."),
        # "saw X defeat Y": no side read, as today
        ("Marford beat Fenwick 6-0 on Saturday.", "Saturday saw Fenwick defeat Marford 6-0."),
    ],
)
def test_a_result_whose_sides_are_not_both_read_stays_as_it_was(old, new):
    assert [f for f in flags(old, new) if f[0] == "conflict"] == []
