"""Plain-prose summaries of encyclopedia passages (summaries set 8's classes): a year
for one end of a life's dates ("died in 1941"), an age at death from them, "as of" a
year and "today", a season for a period, "the following year", a span bounded at its
own precision ("well over a century"), a difference "by" a figure, a count of named
places, two decades for a range, "first lit", a year for a full date that a title also
gives, a round figure's hedge left out. Each is the same fact read as a summary (no
flag), and each has a near miss that stays flagged. Sentences are ours; the measured
set is bench/data/compare-summaries8.json.
"""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from tests.compare_helpers import summary_flags_read_as

flags = summary_flags_read_as


def flagged(old: str, new: str, new_is: str = "summary") -> set[str]:
    return {text for _, _, text in flags(old, new, new_is)}


# ------------------------------------------------------------ one end of a life's dates

LIFE = (
    "Ann Crale (14 March 1871 – 2 October 1939) was an English botanist. In 1905 she "
    "moved to Truro, where she ran the county herbarium."
)


@pytest.mark.parametrize(
    "new",
    [
        "Ann Crale, a botanist who died in 1939, moved to Truro in 1905.",
        "Ann Crale was born in 1871 and died in 1939.",
        "Ann Crale (1871-1939) moved to Truro in 1905 and died there in 1939.",
        "ann crale , a botanist who died at 68 , ran the herbarium in truro from 1905 .",
        "Ann Crale moved to Truro in 1905 and died in 1939, aged 68.",
    ],
)
def test_a_year_or_an_age_from_a_lifes_dates_is_no_flag_in_a_summary(new):
    assert flags(LIFE, new) == []


@pytest.mark.parametrize(
    "new,wrong",
    [
        ("Ann Crale, a botanist who died in 1938, moved to Truro in 1905.", "1938"),
        ("Ann Crale was born in 1872.", "1872"),
        ("Ann Crale moved to Truro in 1905 and died in 1939, aged 69.", "69"),
        ("ann crale , a botanist who died at 67 , ran the herbarium in truro .", "67"),
    ],
)
def test_a_wrong_end_or_age_of_a_life_is_flagged(new, wrong):
    assert wrong in flagged(LIFE, new)


def test_a_rewrite_that_gives_a_lifes_year_is_vaguer_not_added():
    found = flags(
        LIFE, "Ann Crale, a botanist who died in 1939, moved to Truro in 1905.", "rewrite"
    )
    assert found == [("conflict", "14 March 1871 – 2 October 1939", "1939")]


# ------------------------------------------------------------ "as of" a year, "today"

AS_OF = "The museum opened in 1952. As of 2022 it held some 40,000 objects and employed 85 staff."


def test_a_year_after_as_of_is_a_date():
    found = [(m.text, m.kind) for m in extract("As of 2022 it held some 40,000 objects.")]
    assert ("2022", "date") in found
    assert ("2022", "date") in [(m.text, m.kind) for m in extract("It had 85 staff as of 2022.")]


@pytest.mark.parametrize(
    "new",
    [
        "The museum, opened in 1952, held some 40,000 objects in 2022.",
        "Opened in 1952, the museum today holds some 40,000 objects.",
        "Today the museum employs 85 staff.",
    ],
)
def test_today_and_the_as_of_year_are_one_time(new):
    assert flags(AS_OF, new) == []


def test_another_year_for_the_as_of_year_is_flagged():
    assert "2012" in flagged(AS_OF, "The museum held some 40,000 objects in 2012.")


# ------------------------------------------------------------ a season for a period

OUTBREAK = (
    "The cholera outbreak in Wexmouth lasted from 12 July to 30 September 1849 and killed "
    "212 people. A board of health was set up in April 1850."
)


@pytest.mark.parametrize(
    "new",
    [
        "A cholera outbreak killed 212 people in Wexmouth in the summer of 1849.",
        "In the summer and early autumn of 1849 cholera killed 212 people in Wexmouth.",
        "Cholera killed 212 in Wexmouth in the summer of 1849; a board of health followed "
        "the following year.",
    ],
)
def test_a_season_that_takes_in_the_period_is_no_flag_in_a_summary(new):
    assert flags(OUTBREAK, new) == []


@pytest.mark.parametrize(
    "new,wrong",
    [
        ("A cholera outbreak killed 212 people in Wexmouth in the spring of 1849.", "spring"),
        ("A cholera outbreak killed 212 people in Wexmouth in the summer of 1848.", "1848"),
        ("In the spring and summer of 1849 cholera killed 212 people in Wexmouth.", "spring"),
    ],
)
def test_a_season_the_period_does_not_reach_is_flagged(new, wrong):
    assert any(wrong in text for text in flagged(OUTBREAK, new))


def test_the_following_year_after_a_season_is_the_calendar_year():
    (season, following) = extract(
        "In the autumn of 1926 the fever spread. An inquiry the following year blamed the well."
    )
    assert season.iso == "1926-FA"
    assert following.iso == "1927" and following.grain == "year"


def test_a_rewrite_that_gives_the_season_is_still_vaguer():
    new = "A cholera outbreak killed 212 people in Wexmouth in the summer of 1849."
    assert flags(OUTBREAK, new, "rewrite") == [
        ("conflict", "from 12 July to 30 September 1849", "the summer of 1849")
    ]


# ------------------------------------------------------------ spans at their own precision

PIT = "Harrowby pit was a lead mine that was worked from 1791 to 1904. It employed 340 men."


@pytest.mark.parametrize(
    "new",
    [
        "Harrowby pit was worked for well over a century, from 1791 to 1904.",
        "The lead mine at Harrowby was worked for over 100 years.",
        "The lead mine at Harrowby was worked for more than 110 years.",
    ],
)
def test_a_bound_on_a_span_of_years_at_its_own_precision_is_derived(new):
    assert flags(PIT, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "The lead mine at Harrowby was worked for more than 120 years.",
        "The lead mine at Harrowby was worked for over two centuries.",
    ],
)
def test_a_bound_the_span_does_not_reach_is_flagged(new):
    assert flags(PIT, new) != []


def test_a_larger_unit_of_time_with_a_bound_that_holds():
    old = "The ferry was withdrawn in 1997, after 162 years of service."
    assert flags(old, "The ferry ran for over a century and a half until 1997.") == []
    assert flags(old, "The ferry ran for over two centuries until 1997.") != []


def test_a_span_before_a_death_counts_no_dead():
    old = "Osric II ruled from 1102 until his death. His 31-year reign was peaceful."
    assert flags(old, "Osric II ruled for 31 years until his death.") == []
    assert flags(old, "Osric II ruled for 31 years until his death.", "rewrite") == []


# ------------------------------------------------------------ a difference "by" a figure

PROBE = "Built to last five years, the probe worked for eight years and sent 900 images."


def test_a_gap_stated_by_a_figure_after_a_verb_of_excess_is_derived():
    assert flags(PROBE, "The probe outlasted its five-year design life by three years.") == []
    assert flags(PROBE, "The probe exceeded its design life by three years.", "rewrite") == []


def test_a_wrong_gap_is_flagged():
    assert "four years" in flagged(PROBE, "The probe outlasted its design life by four years.")


# ------------------------------------------------------------ counts of named places

TREATY = "By the treaty Lenz ceded the castles of Orburg and Telm and paid 40,000 florins."


def test_a_count_of_the_places_a_sentence_names_is_derived():
    assert flags(TREATY, "Lenz paid 40,000 florins and gave up two castles.") == []


def test_a_wrong_count_of_named_places_is_flagged():
    assert "three" in flagged(TREATY, "Lenz paid 40,000 florins and gave up three castles.")


# ------------------------------------------------------------ two decades for a range

SURVEY = "The survey of the parish was made between 1884 and 1893 and lists 312 farms."


def test_the_decades_of_a_ranges_two_ends():
    assert flags(SURVEY, "The survey, made in the 1880s and 1890s, lists 312 farms.") == []
    assert flags(
        SURVEY, "The survey, made in the 1880s and 1890s, lists 312 farms.", "rewrite"
    ) == [
        ("conflict", "between 1884 and 1893", "the 1880s"),
        ("conflict", "between 1884 and 1893", "1890s"),
    ]


def test_a_decade_neither_end_is_in_is_flagged():
    assert flags(SURVEY, "The survey, made in the 1870s and 1890s, lists 312 farms.") != []


# ------------------------------------------------------------ "first lit": an adverb


@pytest.mark.parametrize(
    "text",
    [
        "The beacon, first lit in 1822, still stands.",
        "the beacon , first lit in 1822 , still stands .",
        "The beacon was first lit in 1822.",
        "The chapel was first set up in 1640.",
    ],
)
def test_an_ordinal_before_an_irregular_participle_is_an_adverb(text):
    assert [m.text for m in extract(text) if m.role == "ordinal"] == []


# ------------------------------------------------------------ the same lead word, the same date


def test_a_date_led_by_the_same_verb_keeps_its_same_valued_partner():
    old = (
        "Hallam Tower is an office block in Dunmore. Completed in 1934 for a bank, it was "
        "the tallest building in the county until 1970. In 2019 it became the third-tallest "
        "building in Dunmore."
    )
    new = (
        "Hallam Tower in Dunmore was completed in 1934 and was the tallest building in the county."
    )
    assert flags(old, new) == []


def test_a_date_moved_onto_another_fact_is_still_repinned():
    old = (
        "The hall was extended in 1926. By 1948, when it joined the national service, it "
        "had 410 beds."
    )
    assert ("conflict", "1948", "1926") in flags(
        old, "It had 410 beds when it joined the national service in 1926."
    )


# ------------------------------------------------------------ a year a title gives too


def test_a_month_of_the_full_date_is_paired_with_it_not_with_the_titles_year():
    old = (
        "The 1811 Carran flood struck the valley on 9 March 1811. It drowned 64 people "
        "and destroyed 200 houses."
    )
    assert flags(old, "In March 1811 a flood in the Carran valley drowned 64 people.") == []
    assert "May 1811" in flagged(old, "In May 1811 a flood in the Carran valley drowned 64 people.")


# ------------------------------------------------------------ a round figure's hedge left out

ARMY = "An army of some 8,000 men crossed the pass. It lost 1,243 horses."


def test_a_round_figures_hedge_left_out_is_no_flag_in_a_summary():
    assert flags(ARMY, "An army of 8,000 crossed the pass.") == []


@pytest.mark.parametrize(
    "old,new,new_is",
    [
        (ARMY, "An army of 8,000 crossed the pass.", "rewrite"),
        ("It lost about 1,243 horses.", "It lost 1,243 horses.", "summary"),
        (ARMY, "An army of 9,000 crossed the pass.", "summary"),
    ],
)
def test_a_hedge_left_out_elsewhere_is_still_flagged(old, new, new_is):
    assert flags(old, new, new_is) != []


# ------------------------------------------------------------ hours from clock times

CLINIC = (
    "Under the plan the clinic would open daily from 09:00 to 17:00 instead of 09:00 to "
    "23:00. Patients would be sent to Carmarthen."
)


def test_bare_hours_after_the_word_hours_are_the_gaps_between_clock_times():
    new = "The board wants to cut the clinic's opening hours from 14 to eight a day."
    assert flags(CLINIC, new, "auto") == []


def test_bare_hours_no_clock_times_give_are_flagged():
    new = "The board wants to cut the clinic's opening hours from 12 to eight a day."
    assert flagged(CLINIC, new, "auto") == {"12"}


# ------------------------------------------------------------ nights counted as days


@pytest.mark.parametrize(
    "text,norm",
    [
        ("It was seen on 3 June 1908 and again two nights later.", "2 days later"),
        ("It was seen on 3 June 1908 and again a night later.", "following day"),
        ("It was seen on 3 June 1908, three nights after the storm.", None),
    ],
)
def test_a_count_of_nights_from_a_date_is_a_count_of_days(text, norm):
    counted = [m for m in extract(text) if "night" in m.text]
    assert [m.extra.get("norm") for m in counted] == ([norm] if norm else [])


def test_two_days_later_keeps_two_nights_later():
    old = "Olsen saw the comet on 3 June 1908 and Price two nights later."
    assert flags(old, "Seen in June 1908 by Olsen and, two days later, by Price.") == []
    assert flags(old, "Seen in June 1908 by Olsen and, three days later, by Price.") != []


# ------------------------------------------------------------ two counts' nouns swapped

SURVEY_1961 = "A survey in 1961 recorded 46 native speakers in 17 villages of the dale."


@pytest.mark.parametrize("new_is", ["summary", "rewrite"])
def test_two_counts_that_swap_their_nouns_in_one_sentence_are_conflicts(new_is):
    new = "A 1961 survey found 17 native speakers in 46 villages."
    assert flagged(SURVEY_1961, new, new_is) == {"17", "46"}


@pytest.mark.parametrize(
    "new",
    [
        "A 1961 survey found 46 native speakers in 17 villages.",
        "In 17 villages of the dale a 1961 survey found 46 native speakers.",
    ],
)
def test_two_counts_that_keep_their_nouns_are_no_flag(new):
    assert flags(SURVEY_1961, new) == []


def test_a_noun_swap_where_one_count_was_paired_elsewhere_for_its_noun():
    old = (
        "A survey in 1961 recorded 46 native speakers in 17 villages. Most of the "
        "speakers were over 60, and the society has about 300 members."
    )
    new = (
        "A 1961 survey found 17 native speakers in 46 villages; the society has about 300 members."
    )
    assert flagged(old, new) == {"17", "46"}
