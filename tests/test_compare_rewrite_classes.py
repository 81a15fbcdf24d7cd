"""False-alarm classes the hand audits left on real rewrites (issue 12).

Each test is one class of the false alarms ``python bench/compare_audit.py`` still
listed, on sentences we invent: a counted noun a rewrite swaps for a synonym, people
listed by name, age and address, a squad listed by position, and a part of a month
in other words.
"""

from __future__ import annotations

import pytest

from factcheck import compare
from tests.compare_helpers import FLAGS, flags

# ------------------------------------------------------------------ synonym nouns


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "The council has had three opportunities to rule out the cuts, Ms Hale said. "
            "She met three union leaders on Monday.",
            "Ms Hale said the council had three chances to rule out the cuts. She met "
            "three union leaders on Monday.",
        ),
        (
            "During the raid, four blasts shook the depot at dawn. Guards later found four "
            "more devices near the gate.",
            "Four bombs went off at the depot at dawn. Guards later found four more devices "
            "near the gate.",
        ),
        (
            "Lowe, who has had two operations, is five shots off the lead. He made five "
            "birdies on the back nine.",
            "Lowe, back after two operations, finished five strokes behind the leader, "
            "with five birdies on the back nine.",
        ),
    ],
)
def test_a_count_kept_with_a_synonym_of_its_noun_pairs(old, new):
    assert flags(old, new) == []


def test_a_synonym_changed_in_value_is_still_flagged():
    old = (
        "The council has had three opportunities to rule out the cuts, Ms Hale said. "
        "She met three union leaders on Monday."
    )
    new = (
        "Ms Hale said the council had four chances to rule out the cuts. She met "
        "three union leaders on Monday."
    )
    assert flags(old, new) != []


def test_the_figure_of_the_noun_itself_pairs_before_a_synonym():
    # NEW's "seven bombs" sits in the sentence of OLD's seven drums: it keeps that
    # figure, and OLD's seven blasts of another sentence is the one cut
    old = (
        "During the attack, seven blasts tore through the market. The bombs had been "
        "packed into seven oil drums left by the stalls."
    )
    new = "The attack involved seven bombs packed into oil drums left by the stalls."
    dropped = [f.old for f in compare(old, new) if f.status in FLAGS]
    assert [(m.text, m.start) for m in dropped] == [("seven", old.index("seven"))]


# ------------------------------------------------------------------ people listed by name, age, address

CHARGED = (
    "Amy Clarke, 24, of Mill Lane, Otley, and Ben Hurst, 31, of Station Road, Ilkley, were "
    "charged on Friday. They will appear before magistrates next month."
)


def test_a_count_of_people_listed_with_ages_and_addresses_is_derived():
    new = "Two people were charged on Friday and will appear before magistrates next month."
    assert [old for _, old, _ in flags(CHARGED, new)] == ["24", "31"]  # the ages are cut
    new = (
        "Two women, Amy Clarke, 24, from Mill Lane in Otley, and Ben Hurst, 31, from "
        "Station Road in Ilkley, were charged on Friday. They will appear before "
        "magistrates next month."
    )
    assert flags(CHARGED, new) == []


def test_a_miscount_of_people_listed_with_addresses_is_flagged():
    new = "Three people were charged on Friday and will appear before magistrates next month."
    assert any(new_text == "Three" for _, _, new_text in flags(CHARGED, new))


def test_people_of_two_clauses_are_no_list():
    old = (
        "Amy Clarke, 24, was charged on Friday and Ben Hurst, 31, was released. Both live in Otley."
    )
    new = "Two people were charged on Friday. Both live in Otley."
    assert any(new_text == "Two" for _, _, new_text in flags(old, new))


# ------------------------------------------------------------------ a squad listed by position

SQUAD = """Coach Ann Roe has named her squad for the finals.
Goalkeepers: Bo Ure (Leeds), Cy de Vos (York)
Defenders: Di Wu (Hull), Ed Xi (Bath), Flo Yu (Derby)
Forwards: Gus Zed (Ayr) and Hal Ash (Troon)."""


@pytest.mark.parametrize(
    "new",
    [
        "Ann Roe has named a seven-man squad for the finals.",
        "Ann Roe has named a squad of seven players for the finals.",
    ],
)
def test_a_squad_size_is_the_count_of_the_players_listed_by_position(new):
    assert flags(SQUAD, new) == []


def test_a_squad_size_the_listing_does_not_give_is_flagged():
    new = "Ann Roe has named an eight-man squad for the finals."
    assert ("added", None, "eight-man") in flags(SQUAD, new)


def test_one_heading_alone_is_no_squad_listing():
    old = "Coach Ann Roe has named her squad.\nDefenders: Di Wu (Hull), Ed Xi (Bath)."
    assert ("added", None, "two-man") in flags(old, "Ann Roe has named a two-man squad.")


# ------------------------------------------------------------------ a part of a month in other words


@pytest.mark.parametrize(
    "old, new",
    [
        (
            "The festival will be held in the middle of May, organisers said.",
            "The festival will be held in mid-May, organisers said.",
        ),
        (
            "Work on the bridge starts in mid-2026, the council said.",
            "The council said work on the bridge starts in the middle of 2026.",
        ),
    ],
)
def test_the_middle_of_a_period_is_mid_period(old, new):
    assert flags(old, new) == []


def test_another_part_of_the_month_is_still_a_conflict():
    old = "The festival will be held in mid-May, organisers said."
    new = "The festival will be held in early May, organisers said."
    assert [status for status, _, _ in flags(old, new)] == ["conflict"]


# ------------------------------------------------------------------ the first goal, told as an ordinal

GOALS = "Leeds opened the scoring through Ada Obi before Cy Hart added a second for the hosts."


def test_scored_first_restates_who_opened_the_scoring():
    new = "Leeds scored first through Ada Obi, and Cy Hart added a second goal for the hosts."
    assert flags(GOALS, new) == []


def test_scored_first_by_the_other_scorer_is_flagged():
    new = "Cy Hart scored first for Leeds, and Ada Obi added a second goal for the hosts."
    assert ("added", None, "first") in flags(GOALS, new)
