"""Summaries restate a fact in other words than the source: a general noun for the
counted one, counts of items the source lists over several sentences or rows, a
season or a golf score said another way. Each class is the same fact (no flag),
and each has a near miss that must stay flagged. Sentences are ours; the measured
set is bench/data/compare-summaries2.json.
"""

from __future__ import annotations

import pytest

from factcheck import compare


def flags(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return [
        (f.status, f.old and f.old.text, f.new and f.new.text)
        for f in compare(old, new)
        if f.status in ("conflict", "added")
    ]


# ------------------------------------------------------------ a general noun for a counted one


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "The farmer hired four men from Poland to pick fruit on his land near Ely. "
            "Later the four men told the tribunal they were never paid.",
            "The farmer hired four people from Poland to pick fruit near Ely. "
            "The four men told the tribunal they were never paid.",
        ),
        (
            "The council moved three children from the flooded school in Kendal to a hall.",
            "Three youngsters were moved from the flooded Kendal school to a hall.",
        ),
        (
            "Two women were rescued from the cliff path at Beachy Head by the coastguard.",
            "The coastguard rescued two people from the cliff path at Beachy Head.",
        ),
        (
            "Six boys from the academy were picked for the under-16 squad in Cardiff.",
            "The under-16 squad in Cardiff includes six youngsters from the academy.",
        ),
    ],
)
def test_a_general_noun_for_the_counted_one_keeps_the_figure(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "About 300 cars were stuck on the ferry at Dover overnight.",
            "About 300 passengers were stuck on the ferry at Dover overnight.",
        ),
        (
            "Four men were charged after the raid in Leeds. Police also seized 12 phones.",
            "Four women were charged after the raid in Leeds, and 12 phones were seized.",
        ),
    ],
)
def test_two_nouns_under_one_head_or_of_other_kinds_stay_two_facts(old, new):
    assert flags(old, new) != []


def test_a_general_noun_with_another_value_is_a_conflict():
    old = "The farmer hired four men from Poland to pick fruit on his land near Ely."
    new = "The farmer hired five people from Poland to pick fruit on his land near Ely."
    assert flags(old, new) == [("conflict", "four", "five")]
