"""False-alarm classes of summaries set 9 (LLM prose summaries of news; issue 12).

Each class is a figure a summary keeps, written or placed another way, that the
comparison flagged. Sentences, names and figures are ours.
"""

from __future__ import annotations

import pytest

from tests.compare_helpers import flags, summary_flags

# -- one written figure read the same way on both sides ------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Patel replaced Hughes at the top of the bowling rankings after taking 6-71 "
            "in the second match of the series.",
            "Patel went top of the bowling rankings after taking 6-71 against Kent.",
        ),
        (
            "The seamer returned 4-38 in the opening game as the county side won.",
            "The seamer returned 4-38 against Surrey, a bowling display the club praised.",
        ),
    ],
)
def test_a_bowlers_figures_kept_are_kept_whatever_words_stand_near(old, new):
    assert summary_flags(old, new) == []


def test_a_bowlers_figures_changed_are_still_a_conflict():
    old = "Patel went top of the bowling rankings after taking 6-71 in the second match."
    new = "Patel went top of the bowling rankings after taking 6-17 against Kent."
    assert ("conflict", "6-71", "6-17") in flags(old, new)


# -- a total of two counts, the second leaving its noun out --------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "The trust said the new fund would create 40 jobs and protect 25 more.",
            "The trust expects 65 jobs to be created or protected.",
        ),
        (
            "The school hired 14 teachers this year and plans to hire 6 more.",
            "The school is hiring 20 teachers.",
        ),
        (
            "The council will build 120 homes at the depot and 80 more at the old mill.",
            "The council will build 200 homes.",
        ),
    ],
)
def test_a_total_of_a_count_and_an_elliptic_one_is_derived(old, new):
    assert summary_flags(old, new) == []


def test_a_wrong_total_of_a_count_and_an_elliptic_one_is_still_flagged():
    old = "The trust said the new fund would create 40 jobs and protect 25 more."
    new = "The trust expects 75 jobs to be created or protected."
    assert summary_flags(old, new) != []


# -- "N times the limit": a factor, as "twice the limit" is --------------------------


@pytest.mark.parametrize(
    ("sentence", "dimension"),
    [
        ("The reading was more than three times the legal limit.", "factor"),
        ("Rents are 4 times as high as in 2010.", "factor"),
        ("Sales were five times higher than in May.", "factor"),
        ("The site grew to 10 times its size.", "factor"),
        ("She trains three times a week.", "count"),
        ("He scored three times the following season.", "count"),
        ("She won it 3 times as a junior.", "count"),
    ],
)
def test_a_count_before_times_and_what_it_multiplies_is_a_factor(sentence, dimension):
    from factcheck.extract import extract

    counts = [m for m in extract(sentence) if m.kind == "quantity" and m.dimension != "time"]
    assert [m.dimension for m in counts][:1] == [dimension], counts


@pytest.mark.parametrize(
    ("old", "new", "flagged"),
    [
        (
            "The driver gave a reading of 61mg - the legal limit is 18.",
            "The driver was over three times the legal limit.",
            False,
        ),
        (
            "The driver gave a reading of 61mg - the legal limit is 18.",
            "The driver was more than four times the legal limit.",
            True,
        ),
    ],
)
def test_n_times_a_limit_is_the_ratio_of_two_figures_the_original_gives(old, new, flagged):
    assert bool(summary_flags(old, new)) is flagged


# -- "from X to Y": a change whose ends the original gives apart ----------------------


@pytest.mark.parametrize(
    "old",
    [
        "Visitor numbers more than doubled between May and June to 4,310 from 1,950.",
        "Visitor numbers rose sharply from 1,950 to 4,310 between May and June.",
    ],
)
def test_a_from_to_range_whose_ends_the_original_gives_is_kept(old):
    new = "Visitor numbers more than doubled in a month, from 1,950 to 4,310, the trust said."
    assert summary_flags(old, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "Visitor numbers more than doubled in a month, from 1,950 to 4,800, the trust said.",
        "Visitor numbers more than doubled in a month, from 1,590 to 4,310, the trust said.",
    ],
)
def test_a_from_to_range_with_an_end_changed_is_still_flagged(new):
    old = "Visitor numbers more than doubled between May and June to 4,310 from 1,950."
    assert summary_flags(old, new) != []


# -- "the next ten years" for "the next decade", another span of years near -----------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "Floods may come every five to 10 years. The state plans to spend £3bn "
            "over the next decade on defences.",
            "The state plans to spend £3bn over the next ten years on defences.",
        ),
        (
            "Repairs take eight to 12 years. The city has spent $40m over the past "
            "decade on the bridge.",
            "The city has spent $40m over the past 10 years on the bridge.",
        ),
    ],
)
def test_a_span_counted_from_now_that_the_original_names_as_a_period_is_kept(old, new):
    assert summary_flags(old, new) == []


def test_a_span_counted_from_now_of_another_length_is_still_flagged():
    old = (
        "Floods may come every five to 10 years. The state plans to spend £3bn "
        "over the next decade on defences."
    )
    new = "The state plans to spend £3bn over the next eight years on defences."
    assert summary_flags(old, new) != []


# -- "the 3-2 cup final": a score, not a range of cups -------------------------------


@pytest.mark.parametrize(
    ("sentence", "score"),
    [
        ("He scored the winner in the 3-2 cup final against Hollins.", "3-2"),
        ("They went out in a 2-1 cup tie at Marford.", "2-1"),
        ("Their 4-0 cup win was their best of the season.", "4-0"),
    ],
)
def test_a_pair_before_cup_and_a_contest_word_is_a_score(sentence, score):
    from factcheck.extract import extract

    assert [m.text for m in extract(sentence) if m.role == "score"] == [score]


def test_a_range_of_cups_is_still_a_measure():
    from factcheck.extract import extract

    assert [(m.text, m.unit) for m in extract("Add 2-3 cups of flour.")] == [("2-3 cups", "cup")]


def test_a_cup_final_score_kept_in_a_summary_is_no_flag():
    old = "Dunn scored twice, including the winner, in the 3-2 County Cup final win over Hollins."
    new = "Dunn scored twice in the 3-2 cup final win over Hollins."
    assert summary_flags(old, new) == []


# -- "requiring employers to pay at least £9.10": the floor is the figure -------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "The new rule came in on Monday, requiring firms to pay at least £9.10 an hour "
            "to staff aged 23 and over.",
            "The new hourly floor of £9.10 for over-23s came in on Monday.",
        ),
        (
            "Under the scheme, trainee nurses must earn at least £24,000 a year.",
            "Trainee nurses will earn £24,000 a year under the scheme.",
        ),
    ],
)
def test_the_floor_an_obligation_sets_given_exactly_is_kept(old, new):
    assert summary_flags(old, new) == []


@pytest.mark.parametrize(
    "new",
    [
        # the same floor, for another group than the one the original names
        "Staff aged 18 to 22 are entitled to £9.10 an hour under the new rule.",
        # a hedge dropped where no obligation sets a floor
        "The storm killed 40 people on Monday.",
    ],
)
def test_a_floor_for_another_group_or_a_plain_hedge_dropped_is_still_flagged(new):
    old = (
        "The new rule came in on Monday, requiring firms to pay at least £9.10 an hour "
        "to staff aged 23 and over. The storm killed at least 40 people on Monday."
    )
    assert summary_flags(old, new) != []
