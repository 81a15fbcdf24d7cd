"""A summary's value of another fact (issue 12, summaries set 9): another period, another group.

Sentences are ours. The value is in the source, but for another fact: the count of
another period ("7,500 since January" given to the first half of August), or of the
other of two opposite groups ("men ... 19 years and women 21" given the other way
round, or to the other group alone).
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.compare_helpers import summary_flags as flags


def period(text: str, surface: str) -> str | None:
    return next(m for m in extract(text) if m.text == surface).frame.get("period")


# ------------------------------------------------------- a fronted period's scope


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        ("In 2016, about 40% of the applications were turned down.", "40%", "2016"),
        ("Since March, 4,200 visitors have come to the gallery.", "4,200", "march"),
        ("Last August, the council was fined £300 for the leak.", "£300", "last august"),
        ("In the first week of June, 1,300 visitors came.", "1,300", "june"),
        # a figure in the opening itself, a verb in it, or a clause naming its own period
        ("In 2016 and 2017, 40 staff left.", "40", None),
        ("When the mill closed in 1998, 300 jobs went.", "300", "1998"),
        ("In 2016, 12 people died, and in 2019 another 14 did.", "14", "2019"),
    ],
)
def test_a_fronted_date_gives_its_period_to_the_sentence(text, surface, expected):
    assert period(text, surface) == expected


def test_a_long_opening_or_one_with_a_verb_of_its_own_gives_no_period():
    assert period("After three people were injured in 2016, 40 staff left.", "40") is None
    long = "In the weeks after the floods of 2016 had finally gone, 40 staff left."
    assert period(long, "40") is None


GALLERY = (
    "Since March, 4,200 visitors have come to the new gallery, the trust said. In the "
    "first week of June, 1,300 visitors came to see the tapestry, which is on loan "
    "from a museum in Bruges. The gallery will stay open late on Fridays."
)


def test_another_months_count_is_a_conflict_with_that_months():
    assert flags(GALLERY, "The gallery drew 4,200 visitors in the first week of June.") == [
        ("conflict", "1,300", "4,200")
    ]
    assert flags(GALLERY, "The gallery drew 4,200 visitors in the months since March.") == []


def test_a_wrong_year_is_the_years_error_not_the_figures():
    old = (
        "In 2016, about 40% of the applications were turned down by the board. The "
        "board itself was set up in 2015 and meets four times a year."
    )
    assert flags(old, "About 40% of the applications were turned down in 2017.") == [
        ("conflict", "2016", "2017")
    ]


def test_a_date_of_another_form_in_the_clause_is_no_other_period():
    old = (
        "About 6,000 families were given shelter after the floods of 2012. The scheme "
        "was extended until March 2019 by the new minister."
    )
    assert flags(old, "Shelter for about 6,000 families was extended until March 2019.") == []


# ------------------------------------------------------- the other of two groups


def test_two_groups_values_swapped_in_one_sentence():
    old = (
        "Among those aged 70, men can expect to keep driving for another 11 years and "
        "women a further 13 years. The figures come from a survey of 2,000 drivers."
    )
    swapped = "At 70, men can expect another 13 years of driving and women another 11 years."
    assert flags(old, swapped) == [
        ("conflict", "11 years", "13 years"),
        ("conflict", "13 years", "11 years"),
    ]
    kept = "At 70, men can expect another 11 years of driving and women another 13 years."
    assert flags(old, kept) == []


def test_two_groups_swapped_where_one_clause_shares_a_word_with_both():
    old = (
        "After the trial, boys spent another 25 minutes a day reading and girls a "
        "further 32 minutes, the survey of 3,000 pupils found."
    )
    new = "After the trial boys read for another 32 minutes a day and girls another 25 minutes."
    assert flags(old, new) == [
        ("conflict", "25 minutes", "32 minutes"),
        ("conflict", "32 minutes", "25 minutes"),
    ]


NURSES = (
    "Male nurses in the trust earned an average of £31,200 last year and female nurses "
    "an average of £29,800, the report said."
)


def test_one_groups_value_given_to_the_other_group():
    assert flags(NURSES, "Female nurses in the trust earned an average of £31,200 last year.") == [
        ("conflict", "£29,800", "£31,200")
    ]
    assert flags(NURSES, "Male nurses earned an average of £31,200 last year.") == []
    assert flags(NURSES, "Female nurses earned an average of £29,800.") == []


def test_a_total_and_its_part_swapped_where_one_sentence_tells_both():
    old = (
        "The spinner took 17 wickets across the four matches, including 9 as the tourists "
        "won the opener in Galle. He has played for the county since 2019."
    )
    swapped = "The spinner took 9 wickets across the four-match series, and 17 in the opening win in Galle."
    assert flags(old, swapped) == [("conflict", "17", "9"), ("conflict", "9", "17")]
    kept = "The spinner took 17 wickets across the four-match series, and 9 in the opening win in Galle."
    assert flags(old, kept) == []


# ------------------------------------------------- two facts told apart, kept apart


def test_a_fact_box_label_before_a_colon_names_the_next_figure():
    from factcheck.compare.clauses import clause_words
    from factcheck.compare.context import prepare

    text = "Green majority: 1,204 Turnout 9,870 - 38.2% Swing: 4.1% from Labour to Green."
    mentions = extract(text)
    for m in mentions:
        m.sentence = 0
    version = prepare(text, mentions, [(0, len(text))])
    words = {m.text: clause_words(version, k) for k, m in enumerate(mentions)}
    assert "swing" not in words["38.2%"]
    assert "swing" in words["4.1%"]


def test_a_name_of_its_own_clause_keeps_a_figure_from_a_swap():
    old = (
        "The victory was a gain from Labour. Labour won Westford as part of its landslide "
        "election win in 2018 with a majority of just 312 votes, but was not able to hold "
        "on. In the end, the Greens took the seat with a majority of 1,204 - a 4% swing "
        "from Labour. The turnout was 38.2%."
    )
    new = (
        "In summary, the Greens won the Westford by-election with a majority of 1,204, "
        "gaining the seat from Labour, which had held it since 2018 with a majority of "
        "just 312."
    )
    assert flags(old, new) == []


def test_a_value_given_to_a_party_whose_own_figure_is_told_elsewhere():
    old = (
        "The Greens took Westford with a majority of 1,204. The Liberals came third, with "
        "Reform in fourth place. The Liberals saw their vote drop by 6% on the night. "
        'Reform candidate Joe Bell - whose party saw a 2% increase in its vote - added: "We '
        'will be back."'
    )
    given = "The Greens gained Westford with a 1,204 majority. The Liberals' vote rose by 2%."
    assert flags(old, given) == [("conflict", "6%", "2%")]
    kept = "The Greens gained Westford with a 1,204 majority. Reform's vote rose by 2%."
    assert flags(old, kept) == []
