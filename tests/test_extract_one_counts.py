""" "one" as a count a reader would miss, and "one" as a pronoun (issue 11, issue 12).

"won four and drew one", "lost one", "scored one and made another" (the object of a
verb of record) and "One climber was injured", "One man died" (the subject of an
event) are counts: the extractor says so in ``Mention.reading`` (its evidence in
``extra["reading"]``) and compare flags them like any figure. "one of the", "no one", "one analyst said" and
"One woman was arrested and another ..." keep the readings docs/extract.md gives.
Every sentence is ours.
"""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts
from factcheck.extract import extract


def ones(text: str):
    return [m for m in extract(text) if m.kind == "quantity" and m.text.lower() == "one"]


@pytest.mark.parametrize(
    ("text", "evidence"),
    [
        ("They won four and drew one.", "after 'drew'"),
        ("They won four and drew one of their last five games.", "after 'drew'"),
        ("The side lost one and won two in May.", "after 'lost'"),
        ("She scored one and made another.", "after 'scored'"),
        ("The keeper saved one, but conceded three.", "after 'saved'"),
        ("Rovers have won one in seven.", "after 'won'"),
        ("One climber was injured in the rockfall.", "the subject of an event"),
        ("One man died at the scene.", "the subject of an event"),
        ("One teenager has been arrested.", "the subject of an event"),
        ("One young driver was later charged with dangerous driving.", "the subject of an event"),
    ],
)
def test_one_after_a_verb_of_record_or_as_the_subject_of_an_event_counts(text, evidence):
    found = ones(text)
    assert len(found) == 1 and found[0].value == 1
    assert found[0].reading == "count"
    reading = found[0].extra["reading"]
    assert reading.startswith("count: ") and reading.endswith(evidence)


@pytest.mark.parametrize(
    "text",
    [
        "One of the men died in hospital.",
        "No one was hurt in the fire.",
        "One analyst said the deal was off.",
        "She won one of the closest races of the year.",
        "He is the one who scored.",
    ],
)
def test_one_as_a_pronoun_is_no_figure(text):
    assert ones(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "One woman was arrested and another was released.",  # one of a pair
        "One man is in hospital.",  # a count, but no verb of an event: compare reads it loosely
        "The fans came from one town.",
    ],
)
def test_one_without_the_evidence_of_a_count_carries_no_reading(text):
    assert all("reading" not in m.extra and m.reading is None for m in ones(text))


@pytest.mark.parametrize(
    ("old", "new", "status"),
    [
        ("They won four and drew one of their last five games.",
         "They won four of their last five games.", "dropped"),
        ("A rockfall blocked the mountain path.",
         "One climber was injured in the rockfall.", "added"),
        ("The side lost one and won two.", "The side won two.", "dropped"),
    ],
)  # fmt: skip
def test_compare_flags_a_counted_one(old, new, status):
    assert status in [f.status for f in compare_texts(old, new)]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("Police spoke to witnesses.", "One witness said the car was speeding."),
        ("The council met on Monday.", "One of the councillors left early."),
        ("Two women were held.", "One woman was arrested and another was released."),
    ],
)
def test_compare_does_not_flag_one_as_a_pronoun_or_one_of_a_pair(old, new):
    assert "added" not in [f.status for f in compare_texts(old, new)]
