"""The hedges between a cue and its figure are language data (qualifiers.hedges,
qualifiers.before, qualifiers.conversion_links), one list for the extractor and the
checks; a form one list had and another lacked is read by both. Sentences are ours."""

from __future__ import annotations

import pytest

import factcheck


def linked(text: str) -> list[tuple[str, str]]:
    ms = factcheck.extract(text)
    by_id = {m.id: m for m in ms}
    return [
        (m.text, by_id[m.linked].text)
        for m in ms
        if m.relation == "conversion" and m.start < by_id[m.linked].start
    ]


@pytest.mark.parametrize(
    "text, pair",
    [
        ("The trail is 5 miles (approx. 8 km) long.", ("5 miles", "8 km")),
        ("The trail is 5 miles (about 8 km) long.", ("5 miles", "8 km")),
        ("A 100-mile (estimated 160 km) trek across the moor.", ("100-mile", "160 km")),
        ("The dam is 300 feet (close to 91 metres) high.", ("300 feet", "91 metres")),
        ("The fare was $20 (equivalent to £15) a head.", ("$20", "£15")),
    ],
)
def test_a_hedged_conversion_in_brackets_is_linked(text, pair):
    assert pair in linked(text)


def test_the_conversion_check_reads_the_same_hedges():
    wrong = factcheck.check("A 100-mile (estimated 260 km) trek across the moor.")
    assert [f.status for f in wrong if f.rule == "conversion"] == ["conflict"]
    right = factcheck.check("A 100-mile (estimated 160 km) trek across the moor.")
    assert [f.status for f in right if f.rule == "conversion"] == ["match"]


@pytest.mark.parametrize(
    "text, change",
    [
        ("Sales rose by a further 5% in March.", "up"),
        ("Fares fell by only 2% last year.", "down"),
        ("The council tax rose by about 4% this year.", "up"),
        ("There was a rise of roughly 5% in the number of visitors.", "up"),
    ],
)
def test_the_words_between_a_change_and_its_figure_are_the_checks_own(text, change):
    pct = next(m for m in factcheck.extract(text) if m.unit == "percent")
    assert pct.change == change
