"""A summary's figure whose verb says what it is (issue 12, summaries).

Sentences are ours. A factor in a verb's base form: "The number is set to treble" ->
"set to double" changes the factor; the past forms ("has doubled") were read
already, the base form only after a word that makes it a verb, since alone "double"
is as often an adjective ("a double Olympic champion") or another verb ("to double
as a venue"). Results added up: "won three and drawn two" are five games, not five
wins.
"""

from __future__ import annotations

import pytest

from factcheck.extract.implied import implied_figures
from tests.compare_helpers import summary_flags as flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The number on the wage floor is set to treble by 2030.", [("treble", 3.0)]),
        ("Costs will double next year.", [("double", 2.0)]),
        ("Fares could more than double.", [("more than double", 2.0)]),
        ("The queue is expected to halve.", [("halve", 0.5)]),
        ("The hall is to double as a venue.", []),
        ("She had to double back to the road.", []),
        ("She won the triple jump.", []),
    ],
)
def test_a_factor_verb_in_its_base_form_after_a_verbal_lead(text, expected):
    assert [(m.text, m.value) for m in implied_figures(text, [])] == expected


PAY = (
    "Ministers said the number of workers on the wage floor is set to treble over the "
    "next four years, to about 3.5 million, as the rate rises each April."
)


def test_another_factor_is_a_conflict():
    new = "The number of workers on the wage floor is set to {} over the next four years."
    assert flags(PAY, new.format("double")) == [("conflict", "treble", "double")]
    assert flags(PAY, new.format("treble")) == []
    assert flags(PAY, new.format("triple")) == []


RESULTS = (
    "The visitors go into Saturday's derby having won three games and drawn two under "
    "their new head coach, and are 12 points behind the leaders."
)


def test_results_added_up_are_games_not_wins():
    # "five games" unbeaten is the total of three won and two drawn; "won five games"
    # gives the total to the wins
    assert flags(RESULTS, "The visitors are unbeaten in five games under their new coach.") == []
    assert flags(RESULTS, "The visitors have won five games under their new coach.") == [
        ("conflict", "three", "five")
    ]


def test_results_told_beside_the_total_keep_it():
    new = "The visitors have won three and drawn two of their five games under the new coach."
    assert flags(RESULTS, new) == []
