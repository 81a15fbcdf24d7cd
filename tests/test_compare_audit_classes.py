"""False-alarm classes of the hand audit of compare flags (issue 12).

bench/data/compare-audit-even.json judges a random sample of the flags
``factcheck compare`` gives on unlabelled LLM rewrites; each test here is one
class of its false alarms, on sentences we invent (``python
bench/compare_audit.py`` re-measures the audit).
"""

from __future__ import annotations

from factcheck.extract import extract
from tests.test_compare_frames import flags


def figures(text: str) -> list[str]:
    return [m.text for m in extract(text)]


# ------------------------------------------------------------------ ordinals that rank nothing


def test_a_conditional_first_to_is_eagerness_not_a_rank():
    for text in (
        "If she wins, I would be the first one to congratulate her.",
        "I'd be the first to admit the plan has flaws.",
        "He said he would always be the first person to help.",
        "She might be the first to complain about the noise.",
        "If he wins, I'll be the first to cheer him on.",
    ):
        assert figures(text) == [], text


def test_a_first_to_stated_as_fact_stays_a_rank():
    assert figures("She was the first woman to climb the north face.") == ["first"]
    assert figures("He would be the first player to score 50 goals.")[:1] == ["first"]


def test_first_choice_and_first_team_are_adjectives():
    for text in (
        "They must work hard to become first-choice players.",
        "The keeper is now second-choice at the club.",
        "They must prove they deserve to be first choice.",
        "He made his first-team debut against Leeds.",
    ):
        assert figures(text) == [], text
    old = "The defender wants to be a first-choice player. He made his first-team debut in May."
    new = "The defender wants a regular place. He made his debut in May."
    assert flags(old, new) == []


def test_a_first_team_to_win_is_still_a_rank():
    assert figures("They became the first team to win the trophy twice.")[:1] == ["first"]


# ------------------------------------------------------------------ relative days reworded


def test_the_subsequent_day_is_the_next_day():
    old = "The hosts play on 12 March before they travel north a day later."
    for new in (
        "The hosts play on 12 March and travel north on the subsequent day.",
        "The hosts play on 12 March and travel north the next day.",
    ):
        assert flags(old, new) == [], new
    assert (
        flags(
            "The hosts play on 12 March and rest the next day.",
            "The hosts play on 12 March and rest the previous day.",
        )
        != []
    )


# ------------------------------------------------------------------ times of day in words


def test_an_hour_in_words_with_its_part_of_the_day_is_a_time():
    read = {
        m.text: m.extra.get("iso") or m.iso
        for m in extract(
            "She slept at six in the morning, woke by 4 in the afternoon, left at ten at night "
            "and was home until twelve at night."
        )
        if m.kind == "time"
    }
    assert read == {
        "six in the morning": "T06:00",
        "4 in the afternoon": "T16:00",
        "ten at night": "T22:00",
        "twelve at night": "T00:00",
    }


def test_an_hour_in_words_matches_its_digits():
    old = "The crew worked until two in the morning and slept at 9am."
    new = "The crew worked until 2am and slept at nine in the morning."
    assert flags(old, new) == []
    assert flags("They met at six in the evening.", "They met at 6am.") != []


def test_a_count_before_a_part_of_the_day_stays_a_count():
    assert figures("Police held six in the morning raid.") == ["six"]


# ------------------------------------------------------------------ spans in larger units


def test_decades_and_centuries_are_their_years():
    for old, new in (
        ("A decade later, the mill closed.", "Ten years later, the mill closed."),
        ("The mill closed two decades ago.", "The mill closed 20 years ago."),
        ("One hundred years on, the town remembers.", "A century later, the town remembers."),
        ("A hundred years later, the town remembers.", "A century later, the town remembers."),
        ("Two centuries later, the wall still stands.", "200 years later, the wall still stands."),
    ):
        assert flags(old, new) == [], (old, new)


def test_a_decade_is_not_twenty_years():
    assert flags("The mill closed a decade ago.", "The mill closed 20 years ago.") != []
    assert flags("A century later, it stands.", "Ninety years later, it stands.") != []


# ------------------------------------------------------------------ a pair named before


def test_between_the_two_points_back_at_a_pair():
    for text in (
        "There was little to choose between the two until the final set.",
        "Relations between the two have cooled since May.",
    ):
        assert "two" not in figures(text), text
    old = "Ortiz and Lamb met in the final. Nothing separated the pair until a point between the two decided it."
    new = "Ortiz and Lamb met in the final, which a single point decided."
    assert ("dropped", "two", None) not in flags(old, new)
    old = "Ortiz and Lamb traded points, with little between the two until the last game."
    new = "Ortiz and Lamb traded points, little separating the two rivals until the last game."
    assert flags(old, new) == []


def test_a_pair_with_its_noun_stays_a_count():
    assert figures("Talks between the two sides resumed.") == ["two"]
    assert figures("The two were charged on Friday.")[:1] == ["two"]


def test_not_someones_first_is_again_not_a_rank():
    for text in (
        "This is not Jones's first offence.",
        "It was not her first visit to the club.",
        "It is not the first time the roof has leaked.",
    ):
        assert figures(text) == [], text
    assert figures("It was Jones's first offence.") == ["first"]


# ------------------------------------------------------------------ a repeated value, its own fact


def test_a_light_verb_does_not_pair_a_repeat_with_another_event():
    from factcheck.compare import compare_texts

    old = (
        "The ferry route will stay shut until Friday. Port staff apologised and said crews hope "
        "to get the pipe mended by Friday afternoon. New port minister Ann Cole will appear before "
        "a harbour board on Friday to explain the delay."
    )
    new = (
        "The ferry route stays shut until Friday. The new port minister is even getting grilled "
        "about it by MPs on Friday."
    )
    dropped = [f.old.start for f in compare_texts(old, new) if f.status == "dropped"]
    assert dropped == [old.index("Friday afternoon")]  # the repeat, not the minister's day


# ------------------------------------------------------------------ a count kept as the names it counts


def test_a_count_of_named_people_is_kept_by_naming_them():
    old = "Two councillors, Ann Roe and Ben Ure, said they would vote against the plan."
    for new in (
        "Councillors Ann Roe and Ben Ure said they would vote against the plan.",
        "Ann Roe and Ben Ure, both councillors, will vote against the plan.",
    ):
        assert flags(old, new) == [], new
    old = "Three players, Ann Roe, Ben Ure and Cal Fry, were left out of the squad."
    assert flags(old, "Ann Roe, Ben Ure and Cal Fry were left out of the squad.") == []


def test_a_count_whose_names_are_not_all_kept_is_dropped():
    old = "Two councillors, Ann Roe and Ben Ure, said they would vote against the plan."
    assert flags(old, "Councillor Ann Roe said she would vote against the plan.") == [
        ("dropped", "Two", None)
    ]
    # common words are no names: "a man and a woman" elsewhere keeps no count
    old = "Two people, a man and a woman, were hurt. A man and a woman were later seen nearby."
    assert ("dropped", "Two", None) in flags(old, "A man and a woman were later seen nearby.")
