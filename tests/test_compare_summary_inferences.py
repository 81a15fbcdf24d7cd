"""Figures a summary infers from what the source dates, counts or lists: how long a range
of days lasts, a true bound on a share, the rest of a whole, a count of listed years.
Each class is derived (no flag), and each has a near miss that must stay flagged.
Sentences are ours; the measured sets are bench/data/compare-summaries*.json.
"""

from __future__ import annotations

import pytest

from tests.compare_helpers import summary_flags as flags

# ------------------------------------------------ a duration from a range of days

RELAY = "The torch travels through Cumbria from 11-16 June, visiting 20 towns."


@pytest.mark.parametrize(
    "old,new",
    [
        # five days from the first to the last, six counting both ends: both readings hold
        (RELAY, "The relay spends six days in Cumbria."),
        (RELAY, "The relay spends five days in Cumbria."),
        ("The fair runs from 28 April to 3 May.", "The fair lasts six days."),
        ("The strike runs from Tuesday to Friday.", "The strike lasts four days."),
        ("The show ran from 2 to 9 March 2019 in Leeds.", "The show ran for a week in Leeds."),
    ],
)
def test_a_span_of_days_a_range_gives_either_way_is_derived(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        (RELAY, "The relay spends eight days in Cumbria."),
        ("The strike runs from Tuesday to Friday.", "The strike lasts two days."),
        # a range across the end of February without a year: a leap day may fall in it
        ("The fair runs from 27 February to 2 March.", "The fair lasts four days."),
    ],
)
def test_a_span_the_range_does_not_give_stays_flagged(old, new):
    assert flags(old, new) != []


# ------------------------------------------------ a true bound on a computed share

RECORD = "Harlow have won only five of their 13 league games this season."


@pytest.mark.parametrize(
    "new",
    [
        "Harlow have won five of their 13 league games, fewer than half.",
        "Harlow have won five of 13 league games this season, more than a third.",
        "Harlow have won under half of their 13 league games this season.",
    ],
)
def test_a_true_bound_on_a_share_of_counts_is_derived(new):
    assert flags(RECORD, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "Harlow have won five of their 13 league games, more than half.",
        "Harlow have won five of their 13 league games, fewer than a quarter.",
    ],
)
def test_a_false_bound_on_a_share_stays_flagged(new):
    assert flags(RECORD, new) != []


# ------------------------------------------------ the rest of a whole

SURVEY = (
    "The survey covered 400 ponds in the county. Only 12% of the ponds held no frogs, "
    "the trust said."
)


@pytest.mark.parametrize(
    "old,new",
    [
        (SURVEY, "Only 12% of the ponds held no frogs, so about 88% had some."),
        (SURVEY, "Frogs were found in 88% of the ponds surveyed."),
        (
            "In the ballot, 64% of members backed the offer.",
            "64% of members backed the offer and the remaining 36% rejected it.",
        ),
        (
            "Eleven of the 14 councillors voted for the budget.",
            "All but three councillors voted for the budget.",
        ),
    ],
)
def test_the_rest_of_a_whole_is_derived(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        # the same polarity: 88% with no frogs is not the rest of 12% with none
        (SURVEY, "About 88% of the ponds held no frogs."),
        (SURVEY, "Frogs were found in 78% of the ponds surveyed."),
        (
            "In the ballot, 64% of members backed the offer.",
            "64% of members backed the offer and the remaining 46% rejected it.",
        ),
        (
            "Eleven of the 14 councillors voted for the budget.",
            "All but four councillors voted for the budget.",
        ),
    ],
)
def test_a_rest_that_does_not_hold_stays_flagged(old, new):
    assert flags(old, new) != []


# ------------------------------------------------ a count of the years the source lists

HONOURS = "Her honours include the Player of the Year award in 2009, 2012 and 2015."


@pytest.mark.parametrize(
    "old,new",
    [
        (HONOURS, "She won three Player of the Year awards."),
        (
            "Ashby Town won the county cup in 1931 and 1958, and reached the final in 1990.",
            "Ashby Town have won two county cups.",
        ),
        (
            "Ashby were league champions in 1921–22 and 1948–49.",
            "Ashby have won two league titles as champions.",
        ),
    ],
)
def test_a_count_of_listed_years_is_derived(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        (HONOURS, "She won four Player of the Year awards."),
        (HONOURS, "She scored three goals in the final."),
        # a word of the clause, not of the thing counted
        ("He played for Leeds in 2001 and 2004.", "He scored two goals for Leeds."),
    ],
)
def test_a_count_of_other_years_or_things_stays_flagged(old, new):
    assert flags(old, new) != []


# ------------------------------------------------ tallies over a results listing

LISTING = "Ashby 2-0 Barton Carlow 1-1 Denby Eskdale 0-3 Frome Garston 4-1 Hexham Ilford 0-0 Jarrow"


@pytest.mark.parametrize(
    "new",
    [
        "The article lists the results of five matches.",
        "There were two home wins, one away win and two draws.",
        "There were three wins and two draws, with 12 goals in all.",
        "The five fixtures produced 12 goals.",
    ],
)
def test_a_tally_over_a_results_listing_is_derived(new):
    assert flags(LISTING, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "The article lists the results of six matches.",
        "There were three home wins and two draws.",
        "The five fixtures produced 14 goals.",
        # a side's own tally is not the listing's
        "Ashby have two wins this season.",
    ],
)
def test_a_tally_the_listing_does_not_give_stays_flagged(new):
    assert flags(LISTING, new) != []


def test_scores_of_one_match_told_in_prose_are_no_listing():
    old = "Leeds led 1-0 at the break. Hull levelled at 1-1 before Leeds won 2-1 at Elland Road."
    assert flags(old, "There were three matches.") != []


# ------------------------------------------------ times as figures


@pytest.mark.parametrize(
    "old,new",
    [
        ("She won the heat in a time of one minute 58.24 seconds.", "She won the heat in 1:58.24."),
        ("He finished in three hours 12 minutes.", "He finished in 192 minutes."),
        (
            "The alarm was raised at 03:04 on Sunday.",
            "Shortly after 3am on Sunday, the alarm was raised.",
        ),
        ("The blast came at 21:48 on Friday.", "The blast came at around 10pm on Friday."),
        ("The first ferry leaves at 06:00.", "The first ferry leaves at 6am."),
        ("Staff start work at six in the morning.", "Staff start work at 6 a.m."),
    ],
)
def test_a_time_written_another_way_is_kept(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        ("She won the heat in a time of one minute 58.24 seconds.", "She won the heat in 1:57.24."),
        ("He finished in three hours 12 minutes.", "He finished in 202 minutes."),
        # the wrong side of the time, or too far from it
        (
            "The alarm was raised at 03:04 on Sunday.",
            "Just before 3am on Sunday, the alarm was raised.",
        ),
        (
            "The alarm was raised at 03:50 on Sunday.",
            "Shortly after 3am on Sunday, the alarm was raised.",
        ),
        ("The first ferry leaves at 06:00.", "The first ferry leaves at 7am."),
    ],
)
def test_another_time_stays_flagged(old, new):
    assert flags(old, new) != []


# ------------------------------------------------ ordinals a summary infers


@pytest.mark.parametrize(
    "old,new",
    [
        # the same ordinal, another noun, in a sentence that shares words with OLD's
        (
            "Most economists expect the first cut in March, the bank's survey found.",
            "Most economists still expect the first rate reduction in March.",
        ),
        (
            "The first fault came at 08:10 on 3 May. Two lifts stopped at Kirby station.",
            "The first breakdown was logged at 8.10am, when two lifts stopped at Kirby station.",
        ),
        # an earlier step of a sequence the summary goes on with
        (
            "Nine Scottish riders will race on Sunday, the second day of the championships.",
            "On the first day of the championships the Scots rested; nine riders race on Sunday, "
            "the second day.",
        ),
        # a run counted from the periods the source names
        (
            "Car sales fell 2.1% in June, after a 1.4% drop in May.",
            "Car sales fell 2.1% in June, their second monthly fall in a row.",
        ),
        (
            "Visitor numbers rose in 2017, 2018 and 2019, the trust said.",
            "Visitor numbers rose in 2019 for the third year running.",
        ),
        # an item of the summary's own list
        (
            "One is the Tour of Flanders; the other is Paris-Roubaix.",
            "The writer names two races, the Tour of Flanders and Paris-Roubaix, and prefers the "
            "second.",
        ),
    ],
)
def test_an_ordinal_the_source_supports_is_derived(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        # a run longer than the periods the source names
        (
            "Car sales fell 2.1% in June, after a 1.4% drop in May.",
            "Car sales fell 2.1% in June, their third monthly fall in a row.",
        ),
        # a later step than the source gives
        (
            "Nine Scottish riders will race on Sunday, the second day of the championships.",
            "Nine riders race on the third day.",
        ),
        # more items picked than the summary counted
        (
            "One is the Tour of Flanders; the other is Paris-Roubaix.",
            "The writer names two races and prefers the third.",
        ),
    ],
)
def test_an_ordinal_the_source_does_not_support_stays_flagged(old, new):
    assert flags(old, new) != []


def test_the_same_ordinal_of_an_unrelated_sentence_is_no_support():
    from factcheck.compare.ordinals import Ordinals
    from factcheck.extract import extract, split_sentences

    old = "It was the second time the band had played in Leeds. The drummer joined in May."
    new = "Its drummer broke his wrist on the second night in Leeds."
    reading = Ordinals(old, split_sentences(old), extract(old))
    new_mentions = extract(new)
    second = next(m for m in new_mentions if m.role == "ordinal")
    assert reading.support(second, new, new_mentions) is None
    kept = "On the second visit the band had played in Leeds, the drummer said."
    assert reading.support(extract(kept)[0], kept, extract(kept)) is not None


# ------------------------------------------------ missed: scores swapped between matches


def test_scores_swapped_between_two_matches_are_conflicts():
    old = "Ashby beat Carlow 4-1, while Denby eliminated Frome 2-0."
    new = "Ashby beat Carlow 2-0, while Denby beat Frome 4-1."
    assert flags(old, new) == [("conflict", "4-1", "2-0"), ("conflict", "2-0", "4-1")]


@pytest.mark.parametrize(
    "new",
    [
        "Ashby beat Carlow 4-1. Denby beat Frome 2-0.",
        "Carlow lost 4-1 to Ashby, and Frome were beaten 2-0 by Denby.",
        # a score written the other way round is the same score
        "Ashby beat Carlow 1-4, while Denby beat Frome 0-2.",
    ],
)
def test_scores_kept_with_their_sides_stay_matches(new):
    assert flags("Ashby beat Carlow 4-1, while Denby eliminated Frome 2-0.", new) == []


# ------------------------------------------------ missed: a standing count given to an event


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "The ferry could carry 900 passengers and a crew of 160. When she sank in 1953, "
            "87 people died.",
            "The ferry sank in 1953 with the loss of 160 lives.",
        ),
        (
            "The club has 240 members. Police arrested 12 fans after the match.",
            "Police arrested 240 fans after the match.",
        ),
    ],
)
def test_a_standing_count_given_to_an_event_is_flagged(old, new):
    assert flags(old, new) != []


@pytest.mark.parametrize(
    "old,new",
    [
        ("The fire killed 87 people, the coroner said.", "Eighty-seven people died in the fire."),
        (
            "Of the 2,540 people on board, 212 lost their lives.",
            "The sinking cost 212 lives.",
        ),
        ("Both men were named by police on Friday.", "Two men died, police said on Friday."),
    ],
)
def test_a_count_whose_sentence_tells_the_event_is_kept(old, new):
    assert flags(old, new) == []


# ------------------------------------------------ missed: a value moved to another fact

TOWER = (
    "Harbour House is a 30-storey office building in Kelby. Completed in 1968, it stands "
    "112 metres tall to the top of its mast. The tower has a concrete frame and 9 lifts. "
    "Its viewing deck on the 28th floor, 97 metres above street level, opened in 1970."
)


def test_a_height_given_to_another_part_is_a_conflict():
    new = "Harbour House has 30 storeys, and its viewing deck on the 28th floor stands 112 metres above the street."
    assert ("conflict", "97 metres", "112 metres") in flags(TOWER, new)


def test_the_height_kept_with_its_part_stays_a_match():
    new = (
        "Harbour House has 30 storeys and stands 112 metres tall; its viewing deck is 97 metres up."
    )
    assert flags(TOWER, new) == []


def test_two_counts_exchanged_between_two_facts_are_conflicts():
    old = (
        "Inspectors found that 41 water samples had gone missing from the lab. "
        "Separately, twenty-three samples from the 2019 trials were sent for retesting."
    )
    new = (
        "- Missing: 23 water samples went missing from the lab, inspectors found.\n"
        "- Retests: 41 samples from the 2019 trials were sent for retesting."
    )
    assert flags(old, new) == [("conflict", "41", "23"), ("conflict", "twenty-three", "41")]


def test_a_value_of_another_period_does_not_move():
    old = (
        "Kelby had 3,120 residents in 1901. At the 2021 census the town had a population of 8,450."
    )
    assert flags(old, "Kelby had 8,450 residents at the 2021 census.") == []


# ------------------------------------------------ spans and totals said another way


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "The council will spend £40m on flood defences over the next decade.",
            "The council plans to spend £40m on flood defences over the next ten years.",
        ),
        (
            "Rents have doubled over the past two decades.",
            "Rents have doubled in the last 20 years.",
        ),
        (
            "In the first half of March, 1,200 people applied.",
            "In the first two weeks of March, 1,200 people applied.",
        ),
        (
            "In the second half of May, sales fell by 4%.",
            "In the last fortnight of May, sales fell by 4%.",
        ),
        (
            "Town go into Saturday's game having won four games and drawn three under their new coach.",
            "Town have won four and drawn three of their seven games under the new coach.",
        ),
    ],
)
def test_a_span_or_a_total_said_another_way_is_derived(old, new):
    assert flags(old, new) == []


@pytest.mark.parametrize(
    "old,new",
    [
        (
            "The council will spend £40m on flood defences over the next decade.",
            "The council has spent £40m on flood defences over the past ten years.",
        ),
        (
            "In the first half of March, 1,200 people applied.",
            "In the last two weeks of March, 1,200 people applied.",
        ),
        (
            "Town go into Saturday's game having won four games and drawn three under their new coach.",
            "Town have won four of their eight games under the new coach.",
        ),
        # wins and defeats are no count of wins
        (
            "Town have won four games and lost three this season.",
            "Town are a seven-time winner this season.",
        ),
    ],
)
def test_another_span_or_total_stays_flagged(old, new):
    assert flags(old, new) != []


# ------------------------------------------------ counts of a listing's rows, one clause of many

MOVES = (
    "Ann Lee [Unattached - Barnet] Tom Hale [Unattached - Barnet] Sam Ode [Unattached - Barnet] "
    "Raj Pal [Unattached - Bury] Ian Moss [Kelby - Barnet] Joe Dunn [Kelby - Bury] "
    "Lou Fenn [Crewe - Luton]"
)


@pytest.mark.parametrize(
    "new",
    [
        "Several free agents found clubs, including Raj Pal at Bury and three unattached "
        "players at Barnet.",
        "Lou Fenn joins Luton from Crewe, and Kelby sold two players, Ian Moss to Barnet and "
        "Joe Dunn to Bury.",
    ],
)
def test_a_count_of_rows_its_own_clause_picks_is_derived(new):
    assert flags(MOVES, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "Several free agents found clubs, including Raj Pal at Bury and four unattached "
        "players at Barnet.",
        "Lou Fenn joins Luton from Crewe, and Kelby sold three players, Ian Moss to Barnet and "
        "Joe Dunn to Bury.",
    ],
)
def test_a_count_of_other_rows_stays_flagged(new):
    assert flags(MOVES, new) != []
