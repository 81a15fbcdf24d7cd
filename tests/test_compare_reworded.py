"""A figure kept while its counted noun is reworded: one fact, not a drop plus an add.

"killed 11 people" / "11 lives were lost" share the value and little else.
Two kinds of evidence pair them (align.py, context.py): nouns that all count
people are the same noun, and an exact value that occurs once on each side,
with no other figure claiming either, pairs on little context. Precision
guards: a changed figure in the same role stays a conflict, and a unique
value does not pull a figure away from its same-role partner.
"""

from __future__ import annotations

from factcheck.compare import compare_mentions, compare_texts
from factcheck.compare.context import same_noun, stem
from tests.test_compare_align import mentions, statuses


def compared(old: str, old_specs: list, new: str, new_specs: list) -> list[tuple]:
    """Statuses of comparing ``old`` and ``new`` with hand-built mentions (see ``mentions``)."""
    return statuses(
        compare_mentions(old, mentions(old, *old_specs), new, mentions(new, *new_specs))
    )


def test_nouns_counting_people_are_one_noun():
    people = stem("people")
    for word in ("lives", "victims", "deaths", "dead", "persons", "residents", "fatalities"):
        assert same_noun(people, stem(word)), word
    assert not same_noun(stem("men"), stem("women"))
    assert not same_noun(people, stem("vessels"))


def test_people_reworded_as_lives_is_a_match():
    old = (
        "Floodwater swept through the valley overnight. "
        "Rescuers said the storm killed 11 people near the old mill on Tuesday."
    )
    new = (
        "After the storm reached the valley, 11 lives were lost close to the mill, teams reported."
    )
    assert compared(
        old,
        [("11", {"value": 11, "noun": "people"})],
        new,
        [("11", {"value": 11, "noun": "lives"})],
    ) == [("match", "11", "11")]


def test_sole_exact_value_with_a_reworded_noun_is_a_match():
    """No noun list needed: nothing else on either side claims the 11."""
    old = (
        "The harbour master said on Friday that ice had closed the northern bay. "
        "In all, 11 trawlers were stuck there all winter, he added."
    )
    new = "Through the winter the frozen bay held 11 boats, port officials explained."
    assert compared(
        old,
        [("11", {"value": 11, "noun": "trawlers"})],
        new,
        [("11", {"value": 11, "noun": "boats"})],
    ) == [("match", "11", "11")]


def test_changed_count_of_people_is_still_a_conflict():
    old = "Rescuers said the storm killed 11 people near the old mill."
    new = "Rescuers said the storm killed 12 people near the old mill."
    assert compared(
        old,
        [("11", {"value": 11, "noun": "people"})],
        new,
        [("12", {"value": 12, "noun": "people"})],
    ) == [("conflict", "11", "12")]


def test_unique_value_does_not_take_a_figure_from_its_same_role_partner():
    """The OLD 11 has a changed partner in the same role: the NEW 11 is another fact."""
    old = "The storm killed 11 people near the old mill, the town council said."
    new = (
        "The storm killed 14 people near the old mill. "
        "The town council, whose 11 members met at the mill, said so."
    )
    assert compared(
        old,
        [("11", {"value": 11, "noun": "people"})],
        new,
        [("14", {"value": 14, "noun": "people"}), ("11", {"value": 11, "noun": "members"})],
    ) == [("added", None, "11"), ("conflict", "11", "14")]


def test_repeated_value_with_another_noun_is_not_paired_on_little_context():
    """Not unique: two 11s in NEW, neither in the role of the OLD one."""
    old = "Rescuers said the storm killed 11 people near the old mill."
    new = (
        "The mill, closed for 11 years, was owned by a family of bakers. "
        "Its chimney is 11 metres taller than the church."
    )
    assert compared(
        old,
        [("11", {"value": 11, "noun": "people"})],
        new,
        [("11", 1, {"value": 11, "noun": "years"}), ("11 metres", {"value": 11, "unit": "metre"})],
    ) == [
        ("added", None, "11"),
        ("added", None, "11 metres"),
        ("dropped", "11", None),
    ]


def test_end_to_end_people_and_lives_and_the_same_text():
    old = (
        "Floodwater swept through the valley overnight. "
        "Rescuers said the storm killed 11 people near the old mill."
    )
    new = "After the storm reached the valley, 11 lives were lost close to the mill."
    found = compare_texts(old, new)
    assert [(f.status, f.old.text, f.new.text) for f in found] == [("match", "11", "11")]
    assert (found[0].old.noun, found[0].new.noun) == ("people", "lives")
    assert {f.status for f in compare_texts(old, old)} == {"match"}
    assert {f.status for f in compare_texts(new, new)} == {"match"}


def test_compound_with_the_same_noun_word_is_one_noun():
    """'one-table set up' / 'one-table setup': the noun taken differs, the span agrees."""
    old = "He never thought he would return to that one-table set up, he said."
    new = "Returning to the one-table setup was, he said, beyond his hopes."
    assert compared(
        old,
        [("one-table", {"value": 1, "noun": "set"})],
        new,
        [("one-table", {"value": 1, "noun": "setup"})],
    ) == [("match", "one-table", "one-table")]
