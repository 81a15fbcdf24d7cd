"""One fact written another way pairs; added detail and wrong arithmetic are flagged (issue 12).

Sentences are our own, with the kinds of figures the shared cases map.
"""

from __future__ import annotations

import pytest

from factcheck import extract
from factcheck.compare import compare_texts

FLAGS = ("conflict", "dropped", "added")


def flags(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(
        (f.status, f.old.text if f.old else None, f.new.text if f.new else None)
        for f in compare_texts(old, new)
        if f.status in FLAGS
    )


def statuses(old: str, new: str) -> list[str]:
    return sorted(f.status for f in compare_texts(old, new))


# -- the same fact written another way ----------------------------------------

SAME_FACT = [
    ("The depot stayed shut for 30 years.", "The depot stayed shut for three decades."),
    ("The survey will be published next week.", "The survey will be published in the coming week."),
    ("Exports slowed in the third quarter.", "Third-quarter exports slowed."),
    ("The mayor held 9 of the assembly's 21 posts.", "The mayor held 9 out of 21 posts."),
    ("Mira Sand (4 April 1902 - 9 August 1977) was a poet.", "Mira Sand (1902-1977) was a poet."),
    ("The kite flew up to 120m (390ft).", "The kite flew up to 390 feet."),
    (
        "The ward may stay closed for up to six weeks.",
        "The ward may stay closed for as long as six weeks.",
    ),
    (
        "The levy could bring in about Â£3m a year.",
        "The levy could bring in approximately £3 million a year.",
    ),
    ("A late rally carried the visitors up to 310 all out.", "The visitors reached 310 all out."),
    (
        "The line opened from 09:00 to 1700 GMT, not 09:00 to 21:00.",
        "The line opened from 09:00 to 17:00 GMT, not 09:00 to 21:00 GMT.",
    ),
]


@pytest.mark.parametrize("old,new", SAME_FACT)
def test_the_same_fact_reworded_is_not_flagged(old, new):
    assert [f for f in flags(old, new) if f[0] != "dropped" or f[1] is None] == [], flags(old, new)


def test_a_range_and_its_endpoints_pair_both_ways():
    old, new = (
        "The survey ran between 2012 and 2018.",
        "The survey began in 2012 and ended in 2018.",
    )
    assert flags(old, new) == []
    assert flags(new, old) == []


def test_a_bracketed_conversion_is_kept_by_either_unit():
    old = "The ridge rises to 900m (2,950ft) above the valley."
    assert flags(old, "The ridge rises to 2,950 feet above the valley.") == []
    assert flags(old, "The ridge rises to 900 metres above the valley.") == []


def test_up_to_after_a_motion_verb_is_not_a_bound():
    (m,) = extract("A strong finish moved the hosts up to 275 all out.")
    assert m.qualifier == "exact"
    (m,) = extract("The fund could pay up to 275 families.")
    assert m.qualifier == "at_most"


def test_mojibake_before_a_currency_sign_keeps_the_qualifier():
    (m,) = extract("It could raise about Â£4m.")
    assert m.qualifier == "approximate"


# -- added detail is a flag ---------------------------------------------------

ADDED_DETAIL = [
    ("The ferry sailed on 9 May after repairs.", "The ferry sailed on May 9, 2020 after repairs."),
    (
        "The hearing began at 10:15 in the town hall.",
        "The hearing began at 10:15 BST in the town hall.",
    ),
    ("Voting ends at 21:00 local time.", "Voting ends at 21:00 GMT."),
    ("The quake struck at 07:40 (06:40 GMT) offshore.", "The quake struck at 07:40 GMT offshore."),
]


@pytest.mark.parametrize("old,new", ADDED_DETAIL)
def test_a_year_or_zone_the_source_does_not_give_is_flagged(old, new):
    assert any(f[0] in ("conflict", "added") for f in flags(old, new)), flags(old, new)


def test_utc_and_gmt_are_one_zone():
    assert flags("The polls shut at 20:00 GMT.", "The polls shut at 20:00 UTC.") == []


# -- derived only from figures of one frame -----------------------------------

UNRELATED_ARITHMETIC = [
    ("She has 6 titles, 3 finals lost and 2 walkovers.", "She is an eight-time champion."),
    ("They needed 42 from the last five overs.", "They lost by 37 runs."),
]


@pytest.mark.parametrize("old,new", UNRELATED_ARITHMETIC)
def test_no_total_or_difference_across_unrelated_figures(old, new):
    assert "derived" not in statuses(old, new)


def test_a_total_of_one_kind_of_thing_is_derived():
    old = "The club signed 4 strikers in June and 3 strikers in August."
    new = "The club signed 7 strikers over the summer."
    assert "derived" in statuses(old, new)


# -- a vague word in the figure's place ----------------------------------------


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "She was picked for next week's trials in Cardiff.",
            "She was picked for the upcoming trials in Cardiff.",
        ),
        ("Hundreds of runners crossed the bridge.", "Countless runners crossed the bridge."),
    ],
)
def test_a_vague_word_in_the_figures_place_is_vaguer_not_dropped(old, new):
    findings = compare_texts(old, new)
    assert [f.status for f in findings if f.status in FLAGS] == ["conflict"]
    (conflict,) = [f for f in findings if f.status == "conflict"]
    assert conflict.extra["change"] == "vaguer"
    assert new[conflict.start : conflict.end].lower() in ("upcoming", "countless")


def test_a_cut_figure_with_other_words_stays_dropped():
    old = "She was picked for next week's trials in Cardiff."
    new = "She was picked for the trials, held soon after in Swansea."
    assert [f.status for f in compare_texts(old, new) if f.status in FLAGS] == ["dropped"]
