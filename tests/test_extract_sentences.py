"""Sentence spans for news copy: abbreviations, decimals, quotes, line breaks."""

from __future__ import annotations

import pytest

from factcheck.extract import extract, split_sentences


def sentences(text: str) -> list[str]:
    spans = split_sentences(text)
    # the spans tile the text: nothing lost, nothing overlapping
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(spans, spans[1:]))
    return [text[s:e].strip() for s, e in spans]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The U.S. Senate voted 52-48. Mr. Smith said no.",
            ["The U.S. Senate voted 52-48.", "Mr. Smith said no."],
        ),
        ("He left on Feb. 13, 2017. Prices rose.", ["He left on Feb. 13, 2017.", "Prices rose."]),
        (
            "Output rose 3.8 per cent. It was a record.",
            ["Output rose 3.8 per cent.", "It was a record."],
        ),
        ("He lives at No. 10 now. She does not.", ["He lives at No. 10 now.", "She does not."]),
        ('"Why?" she asked. "Because," he said.', ['"Why?" she asked.', '"Because," he said.']),
        ('He said: "It is over." The crowd left.', ['He said: "It is over."', "The crowd left."]),
        (
            "Talks were held in the U.S. The deal failed.",
            ["Talks were held in the U.S.", "The deal failed."],
        ),
        (
            "Apple Inc. said sales rose. Shares fell.",
            ["Apple Inc. said sales rose.", "Shares fell."],
        ),
        (
            "Dr. Jones met J. K. Rowling. They spoke.",
            ["Dr. Jones met J. K. Rowling.", "They spoke."],
        ),
    ],
)
def test_news_abbreviations_and_quotes(text, expected):
    assert sentences(text) == expected


def test_paragraphs_headlines_and_wrapped_lines():
    text = (
        "Lobster deal agreed\n"
        "HALIFAX (Northwire) - Crews from two countries agreed a plan that\n"
        "covers 14 vessels. Officials welcomed it.\n\n"
        "A new paragraph starts here."
    )
    assert sentences(text) == [
        "Lobster deal agreed",
        "HALIFAX (Northwire) - Crews from two countries agreed a plan that\ncovers 14 vessels.",
        "Officials welcomed it.",
        "A new paragraph starts here.",
    ]


def test_mentions_carry_their_sentence_index():
    text = "Police said 143 people crossed. Some 3,800 claims were made."
    got = {m.text: m.sentence for m in extract(text) if m.kind == "quantity"}
    assert got == {"143": 0, "3,800": 1}


def test_empty_text_is_one_empty_sentence():
    assert split_sentences("") == [(0, 0)]
