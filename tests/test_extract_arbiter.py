"""The arbiter: one verdict per number (year, count, identifier, no figure) with evidence."""

from __future__ import annotations

import pytest

from factcheck.compare import compare_texts
from factcheck.extract import extract
from factcheck.extract.arbiter import identifier_cue, read_number


def _read(sentence: str, number: str):
    start = sentence.index(number)
    return read_number(sentence, start, start + len(number))


def _quantities(sentence: str):
    return [m for m in extract(sentence) if m.kind == "quantity"]


@pytest.mark.parametrize(
    ("sentence", "number", "value"),
    [
        ("A crowd of 1500 cheered.", "1500", 1500),
        ("An audience of 1200 watched the final.", "1200", 1200),
        ("Some 1800 turned up.", "1800", 1800),
        ("Membership rose to 1500 last year.", "1500", 1500),
        ("The plant built 1200 Jaguar cars.", "1200", 1200),
    ],
)
def test_a_four_digit_count_is_a_count(sentence, number, value):
    assert _read(sentence, number).kind == "count"
    found = [m for m in _quantities(sentence) if m.text.startswith(number)]
    assert [m.value for m in found] == [value]
    assert found[0].extra["reading"].startswith("count: ")


def test_a_unit_after_makes_a_four_digit_number_a_measure():
    sentence = "The engine makes 1200 hp."
    assert _read(sentence, "1200").kind == "count"
    [m] = _quantities(sentence)
    assert (m.value, m.text) == (1200, "1200 hp")
    assert m.unit == "horsepower"


@pytest.mark.parametrize(
    "sentence", ["Estimates run from 1200 to 2400 staff.", "The site has 1500-1800 workers."]
)
def test_a_range_of_counts_is_not_a_span_of_years(sentence):
    assert not [m for m in extract(sentence) if m.kind == "date"]
    [m] = _quantities(sentence)
    assert (m.low, m.high) == (int(m.text[:4]), int(m.text[-4:]))


def test_a_change_between_four_digit_counts_is_two_counts():
    """ "grew from X to Y" is a change: two figures (docs/extract.md)."""
    sentence = "The firm grew from 1200 to 2400 staff."
    assert not [m for m in extract(sentence) if m.kind == "date"]
    assert [m.value for m in _quantities(sentence)] == [1200, 2400]


@pytest.mark.parametrize(
    ("sentence", "evidence"),
    [
        ("The club was founded in 2017.", "year: 'in' before"),
        ("He has lived there since 1959.", "year: 'since' before"),
        ("The 2012 Olympics were a success.", "year: an event noun after"),
        ("The film (1990) was remade.", "year: in parentheses"),
        (
            "A modified version of the 2014 model failed.",
            "year: between a determiner and a singular noun",
        ),
        (
            "It is his best run since his 2011 triumph.",
            "year: between a determiner and a singular noun",
        ),
        # a possessive for the determiner, adjectives between
        (
            "The team's modified 2016 chassis passed.",
            "year: between a determiner and a singular noun",
        ),
        ("Harlow's 2019 logo was dropped.", "year: between a determiner and a singular noun"),
        ("He still drives his old 2009 van.", "year: between a determiner and a singular noun"),
    ],
)
def test_a_year_is_a_date_with_its_evidence(sentence, evidence):
    assert not _quantities(sentence)
    [d] = [m for m in extract(sentence) if m.kind == "date"]
    assert d.grain == "year"
    assert d.extra["reading"] == evidence


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("He paid 2000 for it.", "2000"),
        ("The 1500 who died were named.", "1500"),
        ("He paid the 2000 and left.", "2000"),
        # words that make it a count, a verb after it, "it's" is not a possessive
        ("The other 1500 went home.", "1500"),
        ("The remaining 2000 walked out.", "2000"),
        ("The crowd's angry 1500 marched off.", "1500"),
        ("That's 1500 quid.", "1500"),
    ],
)
def test_no_cue_either_way_is_no_figure(sentence, number):
    """Precision first: neither a year nor a count can be told apart here."""
    assert _read(sentence, number).kind == "none"
    assert not extract(sentence)


@pytest.mark.parametrize(
    ("sentence", "number"),
    [
        ("The shop at 14 W 52nd St moved.", "14"),
        ("Her office is at 350 Fifth Avenue in Manhattan.", "350"),
        ("They moved to the 10019 ZIP code area.", "10019"),
        ("Residents of zip code 90210 pay more.", "90210"),
        ("He bought the 911 Carrera last year.", "911"),
        ("Airlines grounded the 737 Max after the crash.", "737"),
        ("The goal came from striker Ana Ruiz (9) in the second half.", "9"),
    ],
)
def test_identifiers_are_no_figures(sentence, number):
    start = sentence.index(number)
    assert identifier_cue(sentence, start, start + len(number))
    assert not [m for m in _quantities(sentence) if m.text.startswith(number)]


@pytest.mark.parametrize(
    "sentence",
    [
        "The 300 Spartans held the pass.",
        "The 20 Premier League clubs voted.",
        "The Smiths (4) were all at home.",  # a count in brackets after a plural name
        "She ran 14 miles on Fifth Avenue.",
    ],
)
def test_counts_next_to_names_stay_counts(sentence):
    assert _quantities(sentence)


def test_a_changed_four_digit_count_is_a_conflict():
    findings = compare_texts("A crowd of 1500 cheered.", "A crowd of 1800 cheered.")
    conflicts = [f for f in findings if f.status == "conflict"]
    assert [(f.old.text, f.new.text) for f in conflicts] == [("1500", "1800")]


def test_extract_verbose_shows_the_evidence(tmp_path, capsys):
    from factcheck.cli import main

    article = tmp_path / "a.txt"
    article.write_text("A crowd of 1500 cheered in 2017.\n", encoding="utf-8")
    assert main(["extract", "--verbose", str(article)]) == 0
    out = capsys.readouterr().out
    assert "[count: 'a crowd of' before]" in out
    assert "[year: 'in' before]" in out
    assert main(["extract", str(article)]) == 0
    assert "[count:" not in capsys.readouterr().out
