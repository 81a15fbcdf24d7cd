"""The change verb governing two figures is read by the extractor, once."""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def _verbs(text: str) -> dict[str, dict | None]:
    return {m.text: m.extra.get("change_verb") for m in extract(text) if m.kind == "quantity"}


@pytest.mark.parametrize(
    ("text", "figure", "word", "direction"),
    [
        ("Membership dropped from 3,150 to 2,780 over the year.", "2,780", "dropped", "down"),
        ("Orders climbed sharply from 410 to 655 in March.", "410", "climbed", "up"),
        ("The fleet stood at 86 vessels, up from 71.", "71", "up", "up"),
    ],
)
def test_a_verb_before_from_or_to_governs_the_figures_after_it(text, figure, word, direction):
    verb = _verbs(text)[figure]
    assert verb == {"word": word, "direction": direction, "governs": True}


def test_the_verb_of_one_clause_does_not_reach_the_next():
    verbs = _verbs("Exports fell to 300 tonnes; the port handled 5,200 ships.")
    assert verbs["300 tonnes"]["word"] == "fell"
    assert verbs["5,200"] is None


def test_no_direction_word_no_field():
    assert _verbs("The hall seats 1,400 people.") == {"1,400": None}
