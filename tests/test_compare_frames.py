"""A figure's frame (extract/frame.py) and what compare does with it; figures of the text itself.

Sentences are ours. ../shared/cases/compare-cases.json maps the classes; its
frame classes are checked at the end (skipped without ../shared).
"""

from __future__ import annotations

import json

import pytest

from factcheck import compare
from factcheck.extract import extract
from factcheck.extract.discourse import TEXT_META, list_marker_spans
from tests.compare_helpers import flags
from tests.conftest import shared_path


def mention(text: str, surface: str, occurrence: int = 0):
    found = [m for m in extract(text) if m.text == surface]
    return found[occurrence]


# ------------------------------------------------------------------ the frame


def test_frame_predicate_groups_synonyms_and_reads_the_counted_noun():
    assert mention("The storm killed 12 hikers.", "12").frame["predicate"] == "harm.killed"
    assert mention("Twelve hikers died in the storm.", "Twelve").frame["predicate"] == "harm.killed"
    assert mention("Nine lives were lost at sea.", "Nine").frame["predicate"] == "harm.killed"
    text = "The storm killed 12 hikers and injured 30 others."
    assert mention(text, "30").frame["predicate"] == "harm.injured"


def test_frame_predicate_only_within_reach():
    # "played" is six words from "three": not the figure's verb (not "caps": a count of
    # caps names its predicate itself, frames.predicate_nouns)
    text = "She played for Fulham and later, to everyone's surprise, earned three medals."
    assert "predicate" not in mention(text, "three").frame


def test_frame_measure_entity_and_period():
    out = mention("She was sidelined for 11 months.", "11 months").frame
    assert out["measure"] == "time"
    cars = mention("The ferry holds 300 cars.", "300").frame
    assert cars["measure"] == "vehicles"
    riders = mention("The ferry holds 300 riders.", "300").frame
    assert riders["measure"] == "riders"  # a noun no class knows, kept as written
    goals = mention("Fans saw Rovers score 40 goals in 2023.", "40").frame
    assert goals["entity"] == "Rovers" and goals["period"] == "2023"
    age = mention("The squad includes Ines Kolar, 24, and Maya Lund, 31.", "31").frame
    assert age["entity"] == "Maya Lund"


def test_frame_name_opening_a_sentence_needs_to_be_capitalised_elsewhere():
    text = "Heavy snow closed 14 schools."
    assert "entity" not in mention(text, "14").frame
    text = "Rovers won 14 games. Fans of Rovers cheered."
    assert mention(text, "14").frame["entity"] == "Rovers"


def test_frame_in_json_and_one_clause_each():
    m = mention("The fund raised £4,500, and 20 volunteers helped.", "20")
    assert m.to_dict()["frame"] == {"measure": "people"}  # "raised" is another clause
    money = mention("The fund raised £4,500, and 20 volunteers helped.", "£4,500")
    assert money.frame == {"measure": "currency", "predicate": "money.raised"}


def test_frame_is_linear_on_a_long_sentence():
    row = "Ames got 12 points, Bury got 14 points, "
    text = "In the table " + row * 2000 + "and Eyre got 2 points."
    mentions = extract(text)
    assert len(mentions) > 4000
    assert mentions[0].frame.get("entity") == "Ames"
    assert mentions[-1].frame.get("entity") == "Eyre"


# ------------------------------------------------------------------ pairing by it


def test_same_value_of_another_measure_is_added_not_a_match():
    old = "The striker was sidelined for 11 months. His club has played 20 games."
    new = "The striker has scored 11 goals this season."
    assert ("added", None, "11") in flags(old, new)


def test_same_value_of_another_class_of_thing():
    assert ("added", None, "300") in flags(
        "The new ferry carries 300 cars.", "The new ferry carries 300 passengers."
    )
    assert flags("The yard builds 11 trawlers.", "The yard builds 11 boats.") == []


def test_reused_value_for_another_event_is_added():
    old = "The landslide killed 23 villagers."
    new = "The landslide killed 23 villagers and injured 23 more."
    assert flags(old, new) == [("added", None, "23")]


def test_only_the_predicate_changed_is_a_conflict_that_says_so():
    findings = compare("The landslide killed 23 villagers.", "The landslide injured 23 villagers.")
    (conflict,) = [f for f in findings if f.status == "conflict"]
    assert conflict.rule == "compare-predicate"
    assert conflict.extra["change"] == "predicate"
    assert conflict.message == "'23' injured where the original has 23 killed"


def test_reworded_verb_still_matches():
    assert flags("The landslide killed 23 villagers.", "Twenty-three villagers died.") == []
    assert flags("Police detained 6 fans.", "6 fans were arrested by police.") == []


def test_rounded_repeat_in_the_same_sentence_is_not_a_restatement():
    old = "Profits reached £3.7m last year."
    new = "Profits reached £3.7m last year, up from £3m."
    assert flags(old, new) == [("added", None, "£3m")]


def test_same_fact_repeated_is_still_supported():
    old = "The bridge cost £12m."
    new = "The bridge cost £12m. At £12m, it was the council's largest project."
    assert flags(old, new) == []


def test_a_name_swapped_between_ages():
    old = "The squad includes Ines Kolar, 24, and Maya Lund, 31."
    new = "The squad includes Ines Kolar, 31."
    assert flags(old, new) == [("conflict", "24", "31"), ("dropped", "31", None)]


# ------------------------------------------------------------------ not figures


def test_list_markers_are_not_mentions():
    text = "Main points:\n1. The pier reopened.\n2. It cost £9m.\n3) Tolls rise."
    assert [m.text for m in extract(text)] == ["£9m"]
    inline = "In short: 1. The pier reopened. 2. It cost £9m."
    assert [m.text for m in extract(inline)] == ["£9m"]


def test_a_number_at_a_line_start_that_starts_no_list_stays_a_figure():
    text = "Ticket sales reached\n4. The rest were returned."
    assert [m.text for m in extract(text)] == ["4"]
    assert list_marker_spans("Rates rose 2. 3. Then fell.") == set()


def test_list_cut_from_its_top_is_still_a_list():
    text = "... and more.\n4. The pier reopened.\n5. It cost £9m."
    assert [m.text for m in extract(text)] == ["£9m"]


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The article makes four points about the budget.", "four"),
        ("This passage describes two people named Ada Brook.", "two"),
        ("The text covers three unrelated subjects.", "three"),
        ("Two things stand out in the report:", "Two"),
        ("There are two Ada Brooks.", "two"),
        ("The first is a painter; the second is a rower.", "first"),
        ("The first is a painter; the second is a rower.", "second"),
        ("In summary, the second one was a judge.", "second"),
    ],
)
def test_counts_of_the_text_itself(text, surface):
    assert mention(text, surface).role == TEXT_META


@pytest.mark.parametrize(
    "text,surface",
    [
        ("The report says two people died.", "two"),
        ("The article mentions 40 deaths.", "40"),
        ("Police arrested two men called to the scene.", "two"),
        ("The first train leaves at six.", "first"),
        ("Two men stand accused.", "Two"),
    ],
)
def test_counts_of_the_world_stay_figures(text, surface):
    assert mention(text, surface).role != TEXT_META


def test_compare_skips_figures_of_the_text_itself():
    old = "Ada Brook is a painter. Ada Brook is also a rower from Leeds."
    new = "The passage describes two people named Ada Brook. The first is a painter."
    assert flags(old, new) == []
    old = "The pier reopened on Friday. Tolls rise by 20p."
    new = "Key points:\n1. The pier reopened on Friday.\n2. Tolls rise by 20p."
    assert flags(old, new) == []


# ------------------------------------------------------------------ the case map

FRAME_CLASSES = (
    "list-markers",
    "counts-about-the-text",
    "list-markers-in-rewrite",
    "one-old-figure-supports-many",
)


@pytest.mark.parametrize("name", FRAME_CLASSES)
def test_frame_classes_of_the_case_map(name):
    cases = json.loads(shared_path("cases", "compare-cases.json").read_text(encoding="utf-8"))
    for old, new in cases[name]["pairs"]:
        got = flags(old, new)
        if name == "one-old-figure-supports-many":
            assert [s for s, _, _ in got] == ["added"], (new, got)
        else:
            assert not [g for g in got if g[0] != "dropped"], (new, got)


def test_a_repeat_in_the_kept_figures_sentence_must_count_the_same_thing():
    old = "The trust will open nine clinics in Kenya."
    new = "The trust will open nine clinics in Kenya and has won nine Regional Health awards."
    assert flags(old, new) == [("added", None, "nine")]


def test_the_repeat_in_a_short_quote_is_the_one_dropped():
    old = (
        'The bank forecasts a weak fourth quarter. "We are saving for the fourth quarter," it said.'
    )
    new = "The bank forecasts a poor fourth quarter and is saving."
    findings = [f for f in compare(old, new) if f.status == "dropped"]
    assert [f.old.start for f in findings] == [old.index("the fourth quarter")]


def test_a_conversion_whose_other_unit_is_kept_is_not_dropped():
    assert flags("The kite flew up to 150m (490ft).", "The kite flew up to 490 feet.") == []
    old = "The trail is 1,200km (746 miles) long."
    assert ("dropped", "746 miles", None) in flags(old, "The trail is 1,200km (741 miles) long.")


def test_an_age_belongs_only_to_a_name_next_to_it():
    old = "Rovers signed Jo Vale on Monday. The 26-year-old joined from Ayr United."
    new = "Rovers signed 26-year-old Jo Vale on Monday from Ayr United."
    assert "entity" not in mention(old, "26-year-old").frame
    assert mention(new, "26-year-old").frame["entity"] == "Jo Vale"
    assert flags(old, new) == []
