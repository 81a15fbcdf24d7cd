"""False-alarm classes of summaries set 10 (news and encyclopedia passages in five
forms; issue 12).

Each class is a figure a summary keeps or computes that the comparison flagged.
Sentences, names and figures are ours.
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts
from factcheck.compare.reading import read_new
from factcheck.extract import extract


def summary_flags(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    """The flags on NEW's side, NEW read as a summary."""
    return [
        (f.status, f.old and f.old.text, f.new and f.new.text)
        for f in compare_texts(old, new, new_is="summary")
        if f.status in ("conflict", "added")
    ]


def _figures(text: str) -> list[tuple[str, float | None]]:
    return [(m.text, m.value) for m in extract(text) if m.kind == "quantity"]


# -- a full stop after an identifier noun ends the sentence --------------------------


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The town lies 210 metres above sea level. Nine streams feed its reservoir.", "Nine"),
        ("Prices reached a new level. 14 shops closed in the spring.", "14"),
        ("The plan moved to its second stage. Twelve firms bid for the work.", "Twelve"),
        ("Fans were moved to another tier. 300 seats were left empty.", "300"),
    ],
)
def test_a_number_opening_a_sentence_after_an_identifier_noun_is_a_figure(text, figure):
    assert figure in [t for t, _ in _figures(text)]


@pytest.mark.parametrize(
    "text",
    [
        "The results are shown in Fig. 3 of the report.",
        "He wore the No. 10 shirt for the club.",
        "The duty is set out in para. 4 of the code.",
        "The lift stopped at level 4 of the car park.",
    ],
)
def test_an_identifier_after_its_abbreviated_noun_is_still_no_figure(text):
    assert _figures(text) == []


def test_a_count_after_a_sentence_ending_in_an_identifier_noun_is_kept_in_a_summary():
    old = (
        "The valley floor lies 240 metres above sea level. Seven streams feed the marsh, "
        "and its only outflow is the River Dorn."
    )
    new = "Fed by seven streams, the marsh drains only into the Dorn."
    assert summary_flags(old, new) == []


# -- a measure named with 'number' ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Tantalum is a chemical element with atomic number 73.", 73),
        ("The isotope has mass number 181 and is stable.", 181),
    ],
)
def test_a_number_after_a_measure_named_number_is_a_figure(text, value):
    assert value in [v for _, v in _figures(text)]


def test_an_element_named_by_its_atomic_number_in_a_summary_is_kept():
    old = "Tantalum is a chemical element with atomic number 73. It was found in 1802."
    assert summary_flags(old, "tantalum , element 73 , was found in 1802 .") == []
    changed = summary_flags(old, "tantalum , element 74 , was found in 1802 .")
    assert any(status in ("conflict", "added") and new == "74" for status, _, new in changed)


# -- a bound looser than OLD's bound of the same side --------------------------------


@pytest.mark.parametrize(
    ("old", "new"),
    [
        (
            "At least 212 people died when the ferry sank, most of them children.",
            "More than 200 people died when the ferry sank.",
        ),
        (
            "The fire destroyed more than 1,450 homes across the county.",
            "Over 1,000 homes were destroyed by the fire.",
        ),
        (
            "Fewer than 38 boats took part in the race this year.",
            "Under 40 boats entered the race.",
        ),
    ],
)
def test_a_looser_bound_of_the_same_side_holds(old, new):
    assert summary_flags(old, new) == []


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # the other side: "at least 212" does not say "fewer than 250"
        (
            "At least 212 people died when the ferry sank.",
            "Fewer than 250 people died when the ferry sank.",
        ),
        # tighter than OLD's bound: not known
        (
            "At least 212 people died when the ferry sank.",
            "More than 220 people died when the ferry sank.",
        ),
        # further than one step of its precision
        (
            "At least 212 people died when the ferry sank.",
            "More than 100 people died when the ferry sank.",
        ),
    ],
)
def test_a_bound_of_the_other_side_or_tighter_stays_a_flag(old, new):
    assert summary_flags(old, new) != []


# -- a date counted on in years between two years of the original ------------------


@pytest.mark.parametrize(
    "new",
    [
        "The metal was predicted in 1869 but isolated only 54 years later, in 1923.",
        "The metal was predicted in 1869 and isolated 54 years later.",
        "Predicted in 1869, the metal was isolated 54 years after.",
    ],
)
def test_a_date_counted_on_in_years_the_original_encloses_is_derived(new):
    old = (
        "The metal's existence was predicted in 1869, but it was not isolated until 1923, "
        "when two chemists found it in an ore from Norway."
    )
    assert summary_flags(old, new) == []


def test_a_date_counted_on_by_the_wrong_number_of_years_stays_a_flag():
    old = (
        "The metal's existence was predicted in 1869, but it was not isolated until 1923, "
        "when two chemists found it in an ore from Norway."
    )
    new = "The metal was predicted in 1869 but isolated only 44 years later."
    assert summary_flags(old, new) != []


# -- the counted noun of a figure ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The trust protects two very significant sites near the river.", "sites"),
        ("The club signed three highly rated players in June.", "players"),
        ("Four extremely rare coins were found at the farm.", "coins"),
    ],
)
def test_a_degree_adverb_before_the_adjective_leaves_the_noun_counted(text, noun):
    assert [m.noun for m in extract(text) if m.kind == "quantity"] == [noun]


def test_a_count_whose_noun_has_a_degree_adverb_is_kept_in_a_summary():
    old = (
        "Officials said they were glad to be protecting two very significant sites of "
        "the campaign, which were opened to the public last year."
    )
    new = "Two wartime sites are now protected."
    assert summary_flags(old, new) == []


@pytest.mark.parametrize(
    "new", ["The bakery began with eight staff.", "It began with eight workers."]
)
def test_staff_workers_and_employees_count_one_thing(new):
    old = "The firm began as a bakery with eight employees, and by 1900 it employed 900 people."
    assert summary_flags(old, new) == []


# -- a bound the whole of OLD's range keeps -----------------------------------------

_RANGE = "Deaths in the famine are estimated at 41,000 to 46,000, most of them children."


@pytest.mark.parametrize(
    "new",
    [
        "More than 40,000 people died in the famine.",
        "At least 41,000 people died in the famine.",
        "Fewer than 50,000 people died in the famine.",
    ],
)
def test_a_bound_that_the_whole_range_keeps_holds(new):
    assert summary_flags(_RANGE, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "More than 45,000 people died in the famine.",  # not for all of the range
        "More than 10,000 people died in the famine.",  # true, but says another thing
        "Fewer than 45,000 people died in the famine.",
    ],
)
def test_a_bound_the_range_breaks_or_far_from_it_stays_a_flag(new):
    assert summary_flags(_RANGE, new) != []


# -- a value does not move between the two ends of a period -------------------------


def test_a_year_a_period_runs_from_is_not_the_year_another_period_ends():
    old = (
        "She ran 49.38 seconds at the 2015 World Championships, a national record that "
        "stood until 2023."
    )
    new = "She won world gold in 2015. Her 49.38 s from 2015 stood as the national record."
    assert summary_flags(old, new) == []
    moved = "She won world gold in 2015. Her 49.38 s from 2016 stood as the national record."
    assert summary_flags(old, moved) != []


# -- a count of the landmarks OLD lists by name -------------------------------------

_CEDED = "Under the settlement, Varnia ceded the Kessel and Orm passes but kept the fort at Dallin."


def test_a_count_of_the_passes_old_names_is_derived():
    assert summary_flags(_CEDED, "Under the settlement Varnia gave up two passes.") == []


def test_a_count_of_passes_old_does_not_list_stays_a_flag():
    assert summary_flags(_CEDED, "Under the settlement Varnia gave up three passes.") != []


# -- the other part of a whole OLD splits -------------------------------------------

_SPLIT = "In her career the swimmer won 31 national titles, nine of them indoors, for her club."


@pytest.mark.parametrize(
    "new",
    [
        "She won 31 national titles, 22 of them outdoors.",
        "She won 31 national titles, 22 of which were not indoors.",
    ],
)
def test_the_other_part_of_a_whole_old_splits_is_derived(new):
    assert summary_flags(_SPLIT, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "She won 31 national titles, 21 of them outdoors.",  # 31 less nine is 22
        "She won 31 national titles, 22 of them indoors.",  # the same side as OLD's part
    ],
)
def test_a_wrong_other_part_or_the_same_side_stays_a_flag(new):
    assert summary_flags(_SPLIT, new) != []


# -- a lower bound on the years since a date, to now --------------------------------

_SINCE = (
    "The village had 2,140 people at the 2021 census. A ferry has crossed the sound "
    "from its harbour since 1866."
)


@pytest.mark.parametrize(
    "new",
    ["A ferry has crossed the sound for over 150 years.", "It has run for more than 100 years."],
)
def test_a_lower_bound_on_the_years_since_a_date_holds(new):
    assert summary_flags(_SINCE, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "A ferry has crossed the sound for 155 years.",  # an exact span depends on the day
        "A ferry has crossed the sound for more than 160 years.",  # 2021 - 1866 is 155
    ],
)
def test_an_exact_span_or_a_bound_beyond_the_latest_year_stays_a_flag(new):
    assert summary_flags(_SINCE, new) != []


# -- a summary set out as questions and answers -------------------------------------

_ARTICLE = (
    "The council approved a new library for the town centre on Monday. The building will "
    "cost £4.2m and open in 2027, with space for 60,000 books. Councillors voted 31 to 9 "
    "in favour after a debate that lasted three hours. Opponents said the money should "
    "go to the swimming pool, which closed in 2022."
)


@pytest.mark.parametrize(
    "new",
    [
        "What happened? The council approved a £4.2m library. When will it open? In 2027.",
        "What is planned? A library for 60,000 books. Who objected? Supporters of the pool.",
    ],
)
def test_questions_and_answers_are_read_as_a_summary(new):
    assert read_new(_ARTICLE, new).new_is == "summary"


@pytest.mark.parametrize(
    ("old", "new"),
    [
        # one question is a rewrite's rhetorical opening, not a layout
        (
            _ARTICLE,
            "What next for the town? The council approved a £4.2m library on Monday, "
            "to open in 2027 with space for 60,000 books, after a vote of 31 to 9.",
        ),
        # an original that asks questions itself
        (
            "What will the town get? A library. Who pays? The council, which approved £4.2m "
            "for it on Monday after a vote of 31 to 9.",
            "What will the town get? A library. Who pays? The council, which approved £4.2m "
            "on Monday after a 31-9 vote.",
        ),
    ],
)
def test_one_question_or_an_original_that_asks_is_no_sign(old, new):
    assert (
        read_new(old, new).why != "set out as questions and answers, where the original asks none"
    )


# -- a count of people and one more after it ----------------------------------------

_GROUP_AND_ONE = (
    "The inspectors said two officers, one of whom has since left, and a care worker "
    "could face charges over the death."
)


@pytest.mark.parametrize(
    "new",
    [
        "Three people, two officers and a care worker, could face charges.",
        "Three people could face charges over the death.",
    ],
)
def test_a_count_of_a_group_and_one_more_person_is_derived(new):
    assert summary_flags(_GROUP_AND_ONE, new) == []


def test_a_count_past_the_group_and_one_stays_a_flag():
    assert summary_flags(_GROUP_AND_ONE, "Four people could face charges over the death.") != []


# -- a year counted on from a finer date, and a span between two full dates ---------

_FIRE = "The fire of 14 March 1890 destroyed the mill, which was rebuilt in 1893."


def test_years_counted_on_from_a_month_meet_the_year_old_gives():
    new = "The mill burned in March 1890 and was rebuilt three years later."
    assert summary_flags(_FIRE, new) == []
    wrong = "The mill burned in March 1890 and was rebuilt two years later."
    assert summary_flags(_FIRE, wrong) != []


_SIEGE = "The siege began on 3 April 1702 and ended with a treaty signed on 11 September 1709."


@pytest.mark.parametrize(
    "new",
    [
        "The siege ended in 1709 after more than seven years.",
        "The siege ended in 1709 after about seven years.",
        "The siege ended in 1709 after nearly seven and a half years.",
    ],
)
def test_a_span_between_two_full_dates_is_counted_to_the_day(new):
    assert summary_flags(_SIEGE, new) == []


def test_a_span_two_full_dates_do_not_give_stays_a_flag():
    assert summary_flags(_SIEGE, "The siege ended in 1709 after more than eight years.") != []


# -- a counted noun after a name, and memorials for monuments -----------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("Two New Zealand First World War memorials were listed.", "memorials"),
        ("Two Labour MPs said the plans were wrong.", "MPs"),
        ("It opened two New York offices last year.", "offices"),
    ],
)
def test_a_counted_noun_after_the_words_of_a_name(text, noun):
    assert [m.noun for m in extract(text) if m.kind == "quantity"] == [noun]


def test_memorials_and_monuments_count_one_thing():
    old = "The trust said the two monuments honour the regiment's dead."
    new = "Two Great War memorials to the regiment are now protected."
    assert summary_flags(old, new) == []


# -- a year after "that of", "the edition of", "the census of" ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "The wettest summer on record was that of 1912, when 380 mm of rain fell.",
        "The fastest was the edition of 2019.",
        "The census of 2011 counted 4,100 people in the parish.",
    ],
)
def test_a_year_after_that_of_or_an_edition_of_is_a_date(text):
    assert any(m.kind == "date" and m.iso and m.iso[:4] in text for m in extract(text))


def test_a_count_after_that_of_stays_a_count():
    found = [(m.text, m.kind) for m in extract("The crowd outnumbered that of 2000 people.")]
    assert found == [("2000", "quantity")]
