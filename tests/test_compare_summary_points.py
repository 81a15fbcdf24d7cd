"""Summaries set out as points, and the figures current LLMs put in them.

An LLM summary sets its points out under a title line or a bold heading, as
bullets or bold labels ("**Cargo:** 1,400 cars"), and restates figures by
combining them ("a lead of more than 58 points" for two shares), hedging them in
words ("nearly three-quarters" for 72.5%), counting what the source tells in two
parallel phrases ("the retirement of a consultant and the leave of another" ->
"Two consultants"), joining two ends the source gives with conversions into one
range, quoting a title the source names, or stating a maximum with a verb
("reaches 16cm" for "up to 16cm"). None of that is an error; the same moves with
the wrong figure stay flagged. Sentences are ours; the measured set is
bench/data/compare-summaries7.json.
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts
from factcheck.compare.reading import read_new

FLAGGED = ("conflict", "added")


def summary_flags(old: str, new: str, new_is: str = "summary") -> list[tuple[str, str]]:
    return [
        (f.status, f.new.text)
        for f in compare_texts(old, new, new_is=new_is)
        if f.status in FLAGGED and f.new is not None
    ]


# ---------------------------------------------------------------- set out as points

HARBOUR = (
    "Harbour officials in Porthleven said on Tuesday that 212 boats had been moored there "
    "over the summer, up from 180 last year. The harbour master, Jo Pengelly, said the new "
    "pontoon, which cost £420,000 and opened in May, had drawn visitors from as far as "
    "Brittany. A further 40 berths are planned for 2027, subject to funding, and the council "
    "will decide on the plans next month. Fishermen said the busier harbour had made the "
    "morning landings slower, and asked for two of the berths to be kept free for working "
    "boats between 04:00 and 08:00. The harbour trust, which has run the quay since 1994, "
    "said it would meet them in the autumn to agree a timetable. Visitors spent an estimated "
    "£1.3m in the town's shops and cafes, the chamber of trade said, and the car park by the "
    "quay was full on 31 days of the season. A survey of 600 residents found that most "
    "welcomed the boats, though many asked for more parking."
)


@pytest.mark.parametrize(
    "new",
    [
        "Porthleven harbour\n\n- 212 boats moored there this summer, up from 180 last year.\n"
        "- The new pontoon cost £420,000 and opened in May.\n- A further 40 berths are "
        "planned for 2027.",
        "**Porthleven's busy summer**\n\n* 212 boats moored there, up from 180 last year.\n"
        "* The pontoon cost £420,000 and opened in May.\n* Visitors spent about £1.3m.",
        "**Boats:** 212 moored there this summer, up from 180 last year.\n**Pontoon:** cost "
        "£420,000 and opened in May.\n**Berths:** 40 more planned for 2027, subject to funding.",
        "Four points from the report:\n1. 212 boats moored there this summer.\n2. That is up "
        "from 180 last year.\n3. The pontoon cost £420,000.\n4. 40 more berths are planned.",
    ],
)
def test_points_under_a_title_or_bold_labels_are_read_as_a_summary(new):
    reading = read_new(HARBOUR, new, "auto")
    assert reading.new_is == "summary", reading.why
    assert "list items or bold labels" in reading.why


def test_a_rewrite_set_out_as_points_keeps_too_many_words_to_be_a_summary():
    points = "\n".join(f"- {sentence.strip()}." for sentence in HARBOUR.split(". ") if sentence)
    assert read_new(HARBOUR, "Porthleven harbour\n\n" + points, "auto").new_is == "rewrite"
    # nor does one dash make a list (so short a NEW is condensed, its drops still flagged)
    one_dash = "Porthleven harbour\n\n- 212 boats moored there this summer, up from 180 " + (
        "last year. The new pontoon cost £420,000 and opened in May, and 40 berths are planned."
    )
    assert read_new(HARBOUR, one_dash, "auto").new_is != "summary"


# --------------------------------------------------------- the gap between two shares

POLL = (
    "Mayor Jo Kerr won 61.4% of the vote, with 98% of the ballots counted. Her nearest "
    "rival, Sam Odu, took 22.9%. Turnout was 41%."
)


@pytest.mark.parametrize(
    "new",
    [
        "Jo Kerr won 61.4% of the vote, a lead of more than 38 points over Sam Odu.",
        "Jo Kerr won 61.4%, a lead of almost 39 points over Sam Odu.",
        "Jo Kerr beat Sam Odu by 38.5 points.",
    ],
)
def test_a_gap_in_points_between_two_shares_is_derived(new):
    assert summary_flags(POLL, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "Jo Kerr won 61.4% of the vote, a lead of 45 points over Sam Odu.",
        "Jo Kerr won 61.4% of the vote, a lead of more than 40 points over Sam Odu.",
        "Jo Kerr won 61.4% of the vote, 38 points more than in 2019.",
    ],
)
def test_a_gap_the_shares_do_not_give_stays_flagged(new):
    assert {"45", "40", "38"} & {text for _, text in summary_flags(POLL, new)}


# ------------------------------------------------------------ a hedged share in words

SHARES = (
    "Mayor Jo Kerr won 72.5% of the vote, with 98% of the ballots counted. Her nearest "
    "rival, Sam Odu, took 19.2%. Turnout was 41%."
)


@pytest.mark.parametrize(
    "new",
    [
        "Jo Kerr won nearly three-quarters of the vote.",
        "Jo Kerr won nearly three-quarters of the vote (72.5%).",
        "Sam Odu took nearly a fifth of the vote.",
        "Jo Kerr won about three-quarters of the vote.",
    ],
)
def test_a_hedged_share_in_words_restates_a_percentage_near_it(new):
    assert summary_flags(SHARES, new) == []


@pytest.mark.parametrize(
    "new",
    [
        "Jo Kerr won about two-thirds of the vote.",
        "Jo Kerr won more than three-quarters of the vote.",
        "Jo Kerr won three-quarters of the vote.",
    ],
)
def test_a_share_in_words_the_percentage_does_not_give_stays_flagged(new):
    assert len(summary_flags(SHARES, new)) == 1


# ------------------------------------------- two of a kind told in two parallel phrases

BOARD = (
    "The ward will close at 18:00 from next month. The board blamed the retirement of a "
    "Truro paediatric consultant and the maternity leave of another. It meets on 3 May."
)


@pytest.mark.parametrize(
    "new",
    [
        "Two consultants are away: one has retired and another is on leave.",
        "The ward closes early because two consultants are away.",
    ],
)
def test_a_count_of_two_told_as_one_and_another_of_it_is_derived(new):
    assert summary_flags(BOARD, new) == []


def test_a_miscount_of_the_parallel_phrases_stays_flagged():
    assert summary_flags(BOARD, "Three consultants are away.") == [("added", "Three")]
    # "another" of another kind tells no second consultant
    other = BOARD.replace("leave of another.", "leave of another nurse.")
    assert summary_flags(other, "Two consultants are away.") == [("added", "Two")]


# ------------------------------------------------ a range whose ends carry conversions

SUSPECT = (
    "The man is described as 40-50 years of age, 5ft 7ins (1.70m) to 5ft 11ins (1.80m) tall "
    "with short fair hair. He wore a grey coat."
)


@pytest.mark.parametrize(
    "new", ["He is 1.70m-1.80m tall.", "He is between 1.70m and 1.80m tall, in a grey coat."]
)
def test_a_range_of_the_converted_ends_keeps_the_fact(new):
    for new_is in ("summary", "rewrite"):
        assert summary_flags(SUSPECT, new, new_is) == []


def test_a_range_with_another_end_stays_a_conflict():
    assert summary_flags(SUSPECT, "He is 1.60m-1.80m tall.") == [("conflict", "1.60m-1.80m")]


# ---------------------------------------------------------- a title the source names

FILMS = (
    "Fans renamed 8 Mile, a drama starring a rapper, 0 Mile and 8 Miles a Pied (translation: "
    "8 Miles on Foot). The strike entered its third week on Monday."
)


@pytest.mark.parametrize(
    "new",
    [
        '- Jokes included "The Fuel Monty", "Fuel Metal Jacket" and "0 Mile".',
        "Jokes included “0 Mile”.",
    ],
)
def test_a_quoted_title_the_source_names_is_no_figure(new):
    assert summary_flags(FILMS, new) == []


def test_a_quoted_title_the_source_does_not_name_stays_flagged():
    assert summary_flags(FILMS, 'Jokes included "3 Mile".') == [("added", "3 Mile")]


# ------------------------------------------------------------ a maximum stated by a verb

BEETLES = (
    "Thousands of the beetles, with a body length of up to 6cm (2in), swarmed a market in "
    "Ipoh last week. The council said 300 reports had come in."
)


@pytest.mark.parametrize(
    "new",
    ["The beetles, whose body length reaches 6cm, swarmed a market.", "The beetles can reach 6cm."],
)
def test_a_verb_that_states_a_maximum_keeps_up_to(new):
    for new_is in ("summary", "rewrite"):
        assert summary_flags(BEETLES, new, new_is) == []


@pytest.mark.parametrize(
    ("new", "flag"),
    [
        ("The beetles, whose body length reaches 8cm, swarmed a market.", "8cm"),
        ("The beetles, 6cm long, swarmed a market.", "6cm"),
    ],
)
def test_another_maximum_or_a_dropped_bound_stays_a_conflict(new, flag):
    assert summary_flags(BEETLES, new) == [("conflict", flag)]


# ------------------------------------------------- a weekday of another fact, by clause

FERRY = (
    "The 40,000-tonne ferry refloated itself unexpectedly at 15:00 GMT on Wednesday due to "
    "the high tide. It was towed three miles east of the bank. Speaking at a press "
    "conference on Thursday, the harbour master said the hull was sound."
)


def test_a_weekday_given_to_another_fact_in_that_facts_words_is_a_conflict():
    new = "The ferry refloated itself at 15:00 GMT on Thursday."
    assert summary_flags(FERRY, new) == [("conflict", "Thursday")]


@pytest.mark.parametrize(
    "new",
    [
        "The ferry refloated itself at 15:00 GMT on Wednesday.",
        "The ferry refloated itself on Wednesday; the harbour master spoke on Thursday.",
        "The harbour master spoke on Thursday.",
    ],
)
def test_each_weekday_in_its_own_facts_words_is_kept(new):
    assert summary_flags(FERRY, new) == []


# ------------------------------------ two counts swapped between the clubs OLD names

CAREER = (
    "The 29-year-old was released by Tranmere at the end of last season. Okafor made 212 "
    "appearances for Barnet, and was part of the side that beat Leeds in the FA Cup in "
    "January 2011. After moving to Tranmere in July 2012 he was made captain, and made 58 "
    "appearances before injuries interrupted his progress."
)


@pytest.mark.parametrize(
    "new",
    [
        "He made 58 appearances for Barnet and 212 for Tranmere.",
        "He played 58 games for Barnet and 212 for Tranmere.",
    ],
)
def test_two_counts_swapped_between_the_names_of_their_sentences_are_conflicts(new):
    assert summary_flags(CAREER, new) == [("conflict", "58"), ("conflict", "212")]


def test_counts_each_with_the_name_of_its_own_sentence_are_kept():
    new = "He made 212 appearances for Barnet and 58 for Tranmere."
    assert summary_flags(CAREER, new) == []


# ------------------------------- a round figure where OLD states that very value too

TURNOUT = (
    "The Greens, who had urged a boycott, claimed that more than 70% of voters had stayed at "
    "home. They were contradicted by the election office, which put turnout at 65.8%. The "
    "count ended on Monday."
)


def test_two_shares_swapped_are_conflicts_though_one_rounds_the_other():
    new = (
        "The Greens said 65.8% of voters had stayed at home, while the election office put "
        "turnout at 70%."
    )
    assert summary_flags(TURNOUT, new) == [("conflict", "65.8%"), ("conflict", "70%")]


def test_a_hedged_rounding_beside_the_value_it_rounds_is_kept():
    new = "The election office put turnout at about 66%, and the Greens said over 70% stayed home."
    assert summary_flags(TURNOUT, new) == []


# ---------------------------------------------- a span of years from listed seasons

TITLES = (
    "Harford Athletic were league champions three times, in 1921–22, 1935–36 and 1958–59, "
    "and won the Cup in 1912 and 1947. Their manager, Tom Eade, served from 1928 to 1947."
)


@pytest.mark.parametrize(
    "new",
    [
        "Harford won three league titles between 1922 and 1959.",
        "Harford won three league titles between 1921 and 1959.",
    ],
)
def test_a_span_of_years_ending_at_the_seasons_listed_keeps_them(new):
    for new_is in ("summary", "rewrite"):
        assert summary_flags(TITLES, new, new_is) == []


def test_a_span_the_seasons_do_not_give_stays_a_conflict():
    assert summary_flags(TITLES, "Harford won three league titles between 1925 and 1959.") == [
        ("conflict", "between 1925 and 1959")
    ]


# ------------------------- a year of another fact, its subject before a relative clause

SPEAKERS = (
    "Ann Lowe was also re-elected as another deputy to Tom Hale. The Commons Speaker, who "
    "has held the role since 2011, was himself re-elected without a formal vote two weeks "
    "ago. Deputy speakers, who stand in for Mr Hale in the main chamber and have a range of "
    "other duties, were elected for the first time in 2012."
)


def test_a_year_given_to_the_fact_a_relative_clause_separates_from_its_subject_is_a_conflict():
    flagged = summary_flags(SPEAKERS, "Deputy speakers were first elected in 2011.")
    assert ("conflict", "2011") in flagged


@pytest.mark.parametrize(
    "new",
    ["Deputy speakers were first elected in 2012.", "The Speaker has held the role since 2011."],
)
def test_each_year_with_its_own_subject_is_kept(new):
    assert summary_flags(SPEAKERS, new) == []


# ------------------------------- an ordinal of a narrated goal, said by someone else

GOALS = (
    "Rovers had a penalty appeal turned down before having Tom Lee sent off after 20 "
    "minutes. Town opened the scoring through Sam Odu - a goal Kerr felt might have been "
    "offside - before Ian Bell added a second for the hosts."
)


@pytest.mark.parametrize(
    "new",
    [
        "Sam Odu and Ian Bell scored, and Kerr thought the first goal might have been offside.",
        "Kerr thought the first goal was offside.",
    ],
)
def test_the_first_goal_named_by_a_non_scorer_is_the_narrated_opener(new):
    assert summary_flags(GOALS, new) == []


@pytest.mark.parametrize(
    "new", ["Ian Bell scored the first goal.", "Kerr thought the third goal was offside."]
)
def test_an_ordinal_the_narration_does_not_give_stays_flagged(new):
    assert len(summary_flags(GOALS, new)) == 1


# --------------------------- a swap one side of which only leans to the other's fact

DISPUTE = (
    "Kerr won 61.4% of the vote. The Front, which had urged voters to boycott the poll, "
    "alleged that more than 70% had abstained from voting. They were contradicted by the "
    "electoral office which put voter participation at 65.8%. The count ended on Monday."
)


def test_a_swap_clear_one_way_and_even_the_other_across_two_old_sentences_is_two_conflicts():
    new = (
        "The dispute over turnout: the opposition said 65.8% of voters had abstained, while "
        "the electoral office put participation at 70%."
    )
    assert summary_flags(DISPUTE, new) == [("conflict", "65.8%"), ("conflict", "70%")]


def test_the_same_two_shares_each_with_its_own_fact_are_kept():
    new = (
        "The opposition said more than 70% of voters had abstained, while the electoral "
        "office put participation at 65.8%."
    )
    assert summary_flags(DISPUTE, new) == []


# ---------------------------------------- a count of the kind named after its noun

REPORT = (
    "Fair Trials Watch and the Harbour Rights Network said in a joint report that detainees "
    "on the island were denied care. Their researchers interviewed 84 people last month. "
    "The ministry said it had not been consulted."
)


def test_a_count_whose_kind_follows_its_first_noun_counts_the_names_listed():
    new = "In summary, the two rights groups describe claims of poor care for detainees."
    assert summary_flags(REPORT, new) == []


def test_a_miscount_of_the_kind_stays_flagged():
    new = "In summary, the three rights groups describe claims of poor care for detainees."
    assert summary_flags(REPORT, new) == [("added", "three")]


MARKETS = (
    "The Harbour 100 fell 18.2 points to 9,412.6. The Quay Index was down 3.15 points to "
    "1,940.5. The Dock Composite slipped 6.4 points to 2,310.9. Energy shares fell."
)


def test_a_verb_moved_between_two_named_figures_is_no_swap():
    new = (
        "The Quay Index slipped 3.15 points to 1,940.5, and the Dock Composite fell 6.4 "
        "points to 2,310.9."
    )
    for new_is in ("summary", "rewrite"):
        assert summary_flags(MARKETS, new, new_is) == []
