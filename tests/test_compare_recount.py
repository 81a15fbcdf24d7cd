"""Counts, ordinals and final scores NEW states and OLD lists or narrates (compare/recount.py).

Each class is held both ways: derived where OLD supports the figure exactly,
and still a flag where the count, the scorer, the verb, the period or the
goals after the last score do not fit. Sentences are invented.
"""

from __future__ import annotations

import pytest

from factcheck import compare


def status_of(old: str, new: str, surface: str) -> str:
    """The status of the NEW figure written ``surface``."""
    found = [f.status for f in compare(old, new) if f.side == "new" and f.new.text == surface]
    assert found, f"{surface!r} not compared: {compare(old, new)}"
    return found[0]


# -- counts of the people OLD lists ---------------------------------------------
@pytest.mark.parametrize(
    "old, new, surface",
    [
        (
            "Officers detained a teenager in Bath and a pensioner in Bristol.",
            "Two people were detained.",
            "Two",
        ),
        (
            "Marta Lund, 41, and Piet Haas, 38, were rescued from the ledge.",
            "The two climbers were rescued from the ledge.",
            "two",
        ),
        (
            "The letter was signed by Ms Okoro, Mr Bell and Dr Tan.",
            "Three people signed the letter.",
            "Three",
        ),
        (
            "Jon Vale and Ada Marsh lead the bid. Vale said the plan was sound.",
            "Two people lead the bid.",
            "Two",
        ),
        (
            "A driver was hurt on the bridge and another on the ramp.",
            "Two people were hurt.",
            "Two",
        ),
        (
            "Police named them as driver Tom Lee and passenger Kim Yu.",
            "Police named the two victims.",
            "two",
        ),
        (
            "The squad adds Rovers winger Ola Dunn and keeper Sam Roe, Town full-back Eli Park,"
            " Vale striker Ian Moss and United midfielder Joe Carr. Carr is 19.",
            "The squad adds five new players.",
            "five",
        ),
    ],
)
def test_a_count_of_the_people_old_lists_is_derived(old, new, surface):
    assert status_of(old, new, surface) == "derived"


def test_a_count_without_a_noun_needs_the_verb_of_the_list():
    old = "Police arrested Tom Lee, 30, and Kim Yu, 28, on Friday."
    assert status_of(old, "The two were arrested on Friday.", "two") == "derived"
    assert status_of(old, "The two were charged on Friday.", "two") == "added"


@pytest.mark.parametrize(
    "old, new, surface",
    [
        # the count is wrong
        (
            "Officers detained a teenager in Bath and a pensioner in Bristol.",
            "Three people were detained.",
            "Three",
        ),
        # places, not people
        (
            "The band played in New York and Los Angeles.",
            "Two people played in the band.",
            "Two",
        ),
        # another verb class: those listed were hurt, the count says killed
        (
            "Ana Pires, 30, and Rui Lopes, 28, were injured in the crash.",
            "Two people were killed in the crash.",
            "Two",
        ),
        # single names with nothing saying they are people
        (
            "Leeds and Bradford bid for the games.",
            "Two people bid for the games.",
            "Two",
        ),
    ],
)
def test_a_count_old_does_not_list_stays_added(old, new, surface):
    assert status_of(old, new, surface) == "added"


# -- a count of the names NEW lists with it, all named in one OLD sentence --------------
def test_a_count_of_the_names_its_own_sentence_lists_as_old_does():
    old = "Ms Hale, the former mayor Dan Ives and the banker Rob Stone are still in the running."
    new = "It is a three-way contest between Hale, Dan Ives and Rob Stone."
    assert status_of(old, new, "three") == "derived"
    old = "Wales meet Italy on Saturday and France a week later."
    assert (
        status_of(old, "Wales have two games left, against Italy and France.", "two") == "derived"
    )


@pytest.mark.parametrize(
    "old, new, surface",
    [
        # OLD lists three where NEW counts two of them
        (
            "Hale, Ives and Stone are still in the running.",
            "It is a two-way contest between Ives and Stone.",
            "two",
        ),
        # a name OLD does not give
        (
            "Wales meet Italy on Saturday and France a week later.",
            "Wales have two games left, against Italy and Spain.",
            "two",
        ),
        # the names are where, not what, the count counts
        (
            "Floods hit Leeds and York on Monday.",
            "Two people were hurt in Leeds and York.",
            "Two",
        ),
    ],
)
def test_a_count_next_to_names_old_does_not_list_so_stays_added(old, new, surface):
    assert status_of(old, new, surface) == "added"


# -- items of one kind, and runs of goals ------------------------------------------
def test_one_item_and_another_is_two_of_that_kind():
    old = "He kicked a penalty in the first half and another after the break."
    assert status_of(old, "He kicked two penalties.", "two") == "derived"
    assert status_of(old, "He kicked three penalties.", "three") == "added"


def test_another_of_a_different_kind_is_not_two_of_the_first():
    old = "He kicked a penalty in the first half and another drop goal after the break."
    assert status_of(old, "He kicked two penalties.", "two") == "added"


def test_ordinals_of_a_narrated_run_of_goals():
    old = "Mendes opened the scoring with a header and Silva added another from the spot."
    new = "Mendes scored the first goal and Silva the second."
    assert status_of(old, new, "first") == "derived"
    assert status_of(old, new, "second") == "derived"


def test_an_ordinal_given_to_the_wrong_scorer_or_beyond_the_run_is_added():
    old = "Mendes opened the scoring with a header and Silva added another from the spot."
    assert status_of(old, "Silva scored the first goal.", "first") == "added"
    assert status_of(old, "Mendes scored the third goal.", "third") == "added"


def test_ordinals_from_the_first_to_the_nth_list_n_items():
    old = "She won the first stage on Monday, the second on Tuesday and the third on Friday."
    assert status_of(old, "She won three stages.", "three") == "derived"
    assert status_of(old, "She won four stages.", "four") == "added"


def test_ordinals_with_a_gap_list_nothing():
    old = "She won the first stage on Monday and the third on Friday."
    assert status_of(old, "She won three stages.", "three") == "added"


# -- the k-th event from a count of k of the same frame ------------------------------
def test_the_latest_of_k_events_is_the_kth():
    old = "Police said there had been three deaths on the pass this winter."
    assert status_of(old, "It was the third death on the pass this winter.", "third") == "derived"
    assert status_of(old, "It was the second death on the pass this winter.", "second") == "added"


def test_the_kth_event_of_another_period_is_added():
    old = "Police said there had been three deaths on the pass this winter."
    assert status_of(old, "It was the third death on the pass this year.", "third") == "added"


# -- a final score from the last score and the goals after it ----------------------
def test_final_score_from_the_last_score_and_a_goal_for_the_side_behind():
    old = "Rovers led 2-0 at the break. Hart pulled one back in the 80th minute."
    assert status_of(old, "Rovers won 2-1.", "2-1") == "derived"
    assert status_of(old, "Rovers won 2-0.", "2-0") != "derived"
    assert status_of(old, "Rovers won 3-1.", "3-1") == "added"


def test_a_consolation_goal_with_its_verb_is_one_goal():
    old = "City were 4-0 up before Page netted a late consolation goal."
    assert status_of(old, "City won 4-1.", "4-1") == "derived"


def test_an_equaliser_levels_a_one_goal_lead():
    old = "United went 2-1 up after the break, but Hart equalised in the last minute."
    assert status_of(old, "The match finished 2-2.", "2-2") == "derived"
    assert status_of("United were 2-0 up when Hart equalised.", "It ended 2-1.", "2-1") != "derived"


@pytest.mark.parametrize(
    "old",
    [
        # a goal of either side after the last score: the final score is not known
        "Rovers led 2-0 before Hart scored again.",
        "Rovers led 2-0 until Hart pulled one back, and Cole then netted from a corner.",
        # two goals for the side behind in one sentence: how many is not sure
        "Rovers led 2-0 until Hart pulled one back, and in stoppage time Cole pulled another back.",
        # level: which side scored next is not said
        "It was 1-1 at the break. Hart pulled one back late on.",
    ],
)
def test_no_final_score_where_the_goals_after_the_last_score_are_unclear(old):
    for new, surface in (("Rovers won 2-1.", "2-1"), ("The game ended 2-2.", "2-2")):
        assert status_of(old, new, surface) != "derived"


def test_a_changed_score_in_the_same_sentence_is_a_conflict_not_derived():
    old = "Kerr made it 2-0 before Hart pulled one back for the visitors."
    new = "Kerr made it 2-1 before Hart pulled one back for the visitors."
    assert status_of(old, new, "2-1") == "conflict"


# -- a percentage of a total (derive.py) ----------------------------------------------
def test_a_percentage_of_a_total_in_one_sentence_is_derived():
    old = "The depot logged 412 complaints last year and 75% concerned late buses."
    assert status_of(old, "About 310 complaints concerned late buses.", "310") == "derived"
    assert status_of(old, "About 350 complaints concerned late buses.", "350") != "derived"


def test_a_percentage_and_a_total_of_different_sentences_or_things_derive_nothing():
    old = "The depot logged 412 complaints last year. Fares rose and 75% of riders paid more."
    assert status_of(old, "About 310 complaints concerned late buses.", "310") == "added"
    old = "The depot runs 412 buses and 75% of its drivers are full-time."
    assert status_of(old, "It has about 310 full-time drivers.", "310") == "added"
