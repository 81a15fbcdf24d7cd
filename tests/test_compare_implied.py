"""Figures written without a numeral pair with their numeral, and alone flag nothing.

"both cyclists" / "the two cyclists", "leg three" / "the third leg", "the
first half of the year" / "the first six months" (issue 12, item 3;
factcheck/extract/implied.py). Sentences are our own.
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.compare import compare_texts
from factcheck.compare.values import relate
from factcheck.extract.implied import implied_figures, is_implied
from tests.test_compare_equivalents import flags


def implied(text: str) -> list[tuple[str, float]]:
    return [(m.text, m.value) for m in implied_figures(text, extract(text))]


SAME_AMOUNT = [
    ("Both of the cyclists were taken to hospital.", "The two cyclists were taken to hospital."),
    ("Both cyclists were taken to hospital.", "The two cyclists were taken to hospital."),
    (
        "The pair were cautioned by officers in Hull.",
        "The two women were cautioned by officers in Hull.",
    ),
    ("The trio were cautioned by officers.", "All three were cautioned by officers."),
    (
        "Output grew in the first six months of the year.",
        "Output grew in the first half of the year.",
    ),
    ("Output grew in the first half of the year.", "Output grew over the first six months."),
    ("The pool shut for half a year for repairs.", "The pool shut for six months for repairs."),
    ("The bridge will close for a fortnight.", "The bridge will close for two weeks."),
    ("The shelter took in a dozen dogs.", "The shelter took in 12 dogs."),
    ("The dig lasted 20 years in all.", "The dig lasted two decades in all."),
    ("Ruiz hit a hat-trick against Lyon.", "Ruiz hit three goals against Lyon."),
    ("Ruiz hit a brace against Lyon.", "Ruiz hit two goals against Lyon."),
    ("Twins were delivered at the clinic.", "Two babies were delivered at the clinic."),
    # a unit and a half, a fraction of a unit
    ("The inquiry ran for a year and a half.", "The inquiry ran for 18 months."),
    ("The hearing lasted an hour and a half.", "The hearing lasted 90 minutes."),
    ("The lift was stuck for a quarter of an hour.", "The lift was stuck for 15 minutes."),
    ("The stall traded for three-quarters of a year.", "The stall traded for nine months."),
    ("The path runs for a quarter of a mile.", "The path runs for 400 metres."),
    # a position written after its stage
    ("Okoro went out in round three in Rome.", "Okoro went out in the third round in Rome."),
    ("Okoro went out in round 3 in Rome.", "Okoro went out in the third round in Rome."),
    (
        "The peloton split on stage 14 in the Alps.",
        "The peloton split on the 14th stage in the Alps.",
    ),
    ("The visitors took game two of the final.", "The visitors took the second game of the final."),
]


@pytest.mark.parametrize("old,new", SAME_AMOUNT)
def test_an_amount_without_a_numeral_pairs_with_the_numeral(old, new):
    assert flags(old, new) == []
    assert any(f.status == "match" for f in compare_texts(old, new))


CHANGED = [
    ("Ruiz hit a hat-trick against Lyon.", "Ruiz hit four goals against Lyon."),
    ("The inquiry ran for a year and a half.", "The inquiry ran for two years."),
    ("Both cyclists were taken to hospital.", "The three cyclists were taken to hospital."),
    ("Okoro went out in round three in Rome.", "Okoro went out in the fourth round in Rome."),
    (
        "Output grew in the first half of the year.",
        "Output grew in the first nine months of the year.",
    ),
]


@pytest.mark.parametrize("old,new", CHANGED)
def test_a_changed_amount_is_still_a_conflict(old, new):
    assert [f[0] for f in flags(old, new)] == ["conflict"], flags(old, new)


def test_an_implied_figure_alone_is_no_finding():
    assert (
        flags("Both cyclists were taken to hospital.", "The cyclists were taken to hospital.") == []
    )
    assert (
        flags("The cyclists were taken to hospital.", "Both cyclists were taken to hospital.") == []
    )
    assert flags("He lost in round two.", "He lost early.") == []


def test_a_numeral_dropped_next_to_an_implied_figure_is_still_dropped():
    assert flags("The two cyclists were taken to hospital.", "The cyclists were taken to hospital.")


def test_what_is_read_as_implied():
    assert implied("Both teams scored twice.") == [("Both", 2)]
    assert implied("Both the mayor and the council agreed.") == []
    assert implied("Both the county council and the water board agreed.") == []
    assert implied("The pair of boots cost £90.") == []
    assert implied("Hana Ito won Round Two easily.") == [("Round Two", 2)]
    assert implied("Profits rose in the second half-year.") == [("half-year", 0.5)]
    # a figure the extractor reads is not read again
    assert implied("She won the pair's third title.") == [("the pair", 2)]
    assert implied("The plant shut for half a year.") == []


def test_implied_figures_are_not_extracted():
    found = extract("Both cyclists were hurt in round three.")
    assert not any(is_implied(m) for m in found)
    assert [m.text for m in found] == []


def test_a_written_numeral_takes_its_partner_before_an_implied_figure():
    old = "The board cannot fund both wards, she said. The board cannot fund two wards, he said."
    new = "The board cannot fund two wards, they said."
    how = {f.old.text: f.extra.get("how") for f in compare_texts(old, new) if f.status == "match"}
    assert how == {"two": "same", "both": "repeated"}


def test_an_implied_count_never_pairs_with_a_vague_magnitude():
    [vague] = [m for m in extract("Tens of thousands of geese came.") if m.kind == "quantity"]
    text = "Both geese came."
    [both] = implied_figures(text, extract(text))
    assert relate(vague, both).kind == "incomparable"
    assert relate(both, vague).kind == "incomparable"


def test_an_implied_figure_needs_the_sentence_not_only_the_value():
    old = "The hosts go into Saturday's game having won three and drawn two under their new coach."
    new = "With both teams ready for Saturday's game, a tense contest is expected."
    assert ("dropped", "two", None) in flags(old, new)
