"""A value of the original given to another fact (issue 12 item 1): what a figure
counts and whom it belongs to decide the pairing, not the value alone.

Sentences are ours, with the kinds of figure summaries swap: a count of
occasions against a span of years, an age moved from one person to another.
"""

from __future__ import annotations

from factcheck import compare
from factcheck.extract import extract
from tests.test_compare_frames import flags, mention

# ------------------------------------------------------------------ occasions


def test_a_count_of_times_measures_occasions_not_a_factor():
    assert mention("She won the cup four times.", "four").frame["measure"] == "occasions"
    for sentence in ("Rents are four times as high.", "It is four times the size of Leeds."):
        factor = mention(sentence, "four")
        assert factor.dimension == "factor" and factor.frame.get("measure") != "occasions"


def test_occasions_and_years_swapped_are_two_conflicts():
    old = "Ana Ruiz won the club's cup four times and held the county title for six years."
    new = "Ana Ruiz won the club's cup six times and held the county title for four years."
    assert flags(old, new) == [("conflict", "four", "six"), ("conflict", "six years", "four years")]


def test_occasions_reworded_still_match():
    old = "Ana Ruiz won the club's cup four times."
    assert flags(old, "Ruiz has won the cup four times.") == []
    assert flags(old, "Ruiz is a four-time cup winner.") == []


# ------------------------------------------------------------------ whose age


def test_an_age_in_commas_takes_the_verb_after_it():
    frame = mention("Lena Dorsey, 41, died at the scene.", "41").frame
    assert frame["predicate"] == "harm.killed"
    assert mention("A 19-year-old woman is in custody.", "19-year-old").frame["predicate"] == (
        "law.arrested"
    )


VICTIM_AND_SUSPECT = (
    "Lena Dorsey, 41, died at the scene on Friday. A 19-year-old woman is in custody, police said."
)


def test_the_victims_age_given_to_the_person_arrested_is_flagged_and_says_whose():
    findings = compare(VICTIM_AND_SUSPECT, "A 41-year-old woman has been arrested after a death.")
    (flag,) = [f for f in findings if f.status in ("conflict", "added")]
    assert flag.new.text == "41-year-old"
    assert "the original's '41' is another fact: Dorsey, killed" in flag.message


def test_the_same_people_reworded_keep_their_ages():
    assert (
        flags(
            VICTIM_AND_SUSPECT,
            "Ms Dorsey, 41, was killed on Friday. Police arrested a 19-year-old woman.",
        )
        == []
    )
    # one person, the verb of another domain but no second person with an age
    assert flags("Lena Dorsey, 41, died.", "The 41-year-old was arrested.") == []


def test_injured_and_later_died_is_one_person():
    old = "Ray Cole, 63, died in hospital. A man, 30, was injured."
    assert flags(old, "A 63-year-old man was injured and later died in hospital.") == [
        ("dropped", "30", None)
    ]


# ------------------------------------------------------------------ what a total counts


def test_bare_numbers_do_not_add_up_to_a_count_of_something_else():
    old = "Ward over-hit his third and two putted for a six. His round featured seven birdies."
    assert ("conflict", "seven", "eight") in flags(old, "His round featured eight birdies.")


def test_bare_parts_of_the_same_verb_still_add_up():
    old = "Police arrested 40 in Leeds and 12 in York."
    assert flags(old, "Police arrested 52 people.") == [
        ("dropped", "40", None),
        ("dropped", "12", None),
    ]
    old = "There were 40 in Leeds and 12 in York, all of them pupils."
    assert [f.status for f in compare(old, "In all 52 pupils.") if f.new] == ["derived"]


# ------------------------------------------------------------------ whose age, by the word


def test_an_age_reads_the_word_of_its_person():
    text = "The victim, 38, was named. His wife, 35, was unhurt. A 41-year-old suspect was held."
    assert [m.frame.get("holder") for m in extract(text)] == ["victim", "wife", "suspect"]


STABBING = "Police said the victim, 38, was stabbed. A 24-year-old suspect was held."


def test_the_victims_age_given_to_the_suspect_says_whose_it_was():
    findings = compare(STABBING, "A 38-year-old suspect was held after the stabbing.")
    (flag,) = [f for f in findings if f.status in ("conflict", "added")]
    assert flag.new.text == "38-year-old"
    assert flag.message.endswith("(the original's '38' is another fact: victim)")


def test_a_person_described_in_other_words_keeps_the_age():
    assert flags(STABBING, "The 38-year-old man was stabbed and a man, 24, was held.") == []
    assert flags(STABBING, "A 38-year-old man was stabbed.") == [("dropped", "24-year-old", None)]


def test_a_wifes_age_given_to_a_man():
    old = "Jo Hale and his wife, 35, were hurt. A man, 40, was held."
    assert ("dropped", "35", None) in flags(old, "A 35-year-old man was held.")
    assert flags(old, "His 35-year-old wife was hurt and a man, 40, held.") == []
