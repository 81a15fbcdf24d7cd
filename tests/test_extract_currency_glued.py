"""Currency codes and local signs glued to the number (issue 11): "USD12m", "RM12.40",
"S$2m", "HK$5bn", "A$3m"; and glued letters that name a model instead."""

from __future__ import annotations

import pytest

from factcheck.extract import extract


def _quantities(sentence: str):
    return [(m.text, m.value, m.unit) for m in extract(sentence) if m.kind == "quantity"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "The lender charged USD12m in fees and EUR30m in penalties.",
            [("USD12m", 12_000_000, "US dollar"), ("EUR30m", 30_000_000, "euro")],
        ),
        ("Stalls sold fruit for RM12.40 a kilo.", [("RM12.40", 12.4, "Malaysian ringgit")]),
        ("The RM5bn plan was shelved.", [("RM5bn", 5_000_000_000, "Malaysian ringgit")]),
        ("He paid GBP500 for the ticket.", [("GBP500", 500, "pound sterling")]),
        ("A meal costs Rs500 there.", [("Rs500", 500, "Indian rupee")]),
        ("It raised SGD2.5 million.", [("SGD2.5 million", 2_500_000, "Singapore dollar")]),
        ("It cost almost S$2m.", [("S$2m", 2_000_000, "Singapore dollar")]),
        ("It cost almost S$2mil.", [("S$2mil", 2_000_000, "Singapore dollar")]),
        ("The plan costs RM2mil.", [("RM2mil", 2_000_000, "Malaysian ringgit")]),
        ("He earns $3 mil a year.", [("$3 mil", 3_000_000, "US dollar")]),
        ("The bridge cost HK$5bn.", [("HK$5bn", 5_000_000_000, "Hong Kong dollar")]),
        ("The deal is worth A$3m.", [("A$3m", 3_000_000, "Australian dollar")]),
        ("The CHF3.5bn deal closed.", [("CHF3.5bn", 3_500_000_000, "Swiss franc")]),
    ],
)
def test_a_glued_currency_code_is_read(sentence, expected):
    assert _quantities(sentence) == expected


@pytest.mark.parametrize(
    "sentence", ["The DM2 engine failed.", "The A380 landed.", "The RM5 gearbox broke."]
)
def test_letters_glued_to_a_model_number_are_no_currency(sentence):
    assert _quantities(sentence) == []


@pytest.mark.parametrize(
    ("text", "signs"),
    [
        ("RM5-RM8", ["RM", "RM"]),  # a range writes the sign on both ends
        ("the RM3 to RM6 fee", ["RM", "RM"]),  # after an article, before a price noun
        ("P240-P280", ["P", "P"]),
        ("USD12m and Rs.500", ["USD", "Rs."]),
        ("The DM2-DM3 engines", []),  # models
        ("RM27-04", []),
    ],
)
def test_the_signs_blanked_before_the_digits(text, signs):
    from factcheck.extract.lexicon import glued_currency_spans

    assert [text[a:b] for a, b in glued_currency_spans(text)] == signs
