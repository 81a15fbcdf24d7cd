"""Each entry of the quantity scanner's table (``quantities.READERS``) on sentences we write."""

from __future__ import annotations

import pytest

from factcheck.extract import extract
from factcheck.extract.patterns import CORE
from factcheck.extract.quantities import READERS

# kind of number core -> (sentence, the figure read, its value or (low, high)), several forms each
EXAMPLES = {
    "num": [
        ("About 1,500 people marched.", "1,500", 1500),
        ("The fund lost £20m last year.", "£20m", 20_000_000),
        ("It was -3.5C overnight.", "-3.5C", -3.5),
        ("The centre is 6ft 4in tall.", "6ft 4in", 76),
    ],
    "dfrac": [
        ("He ran 3/4 of a mile.", "3/4 of a mile", 0.75),
        ("Mix 1\u20448 of a pint.", "1\u20448 of a pint", 0.125),
        ("Add ½ cup of sugar.", "½ cup", 0.5),
        ("The pipe is 3/4 inch wide.", "3/4 inch", 0.75),
        ("He walked 10 1/2 miles.", "10 1/2 miles", 10.5),
    ],
    "words": [
        ("Twenty-one people were hurt.", "Twenty-one", 21),
        ("The bill came to two million pounds.", "two million pounds", 2_000_000),
        ("The talks lasted six hours.", "six hours", 6),
    ],
    "vague": [
        ("Hundreds of people queued.", "Hundreds", (100, 1000)),
        ("Tens of thousands of fans came.", "Tens of thousands", (10_000, 100_000)),
    ],
    "several": [("The search took several hours.", "several hours", None)],
    "adur": [("He stayed for almost a week.", "a week", 1)],
    "decw": [("She is in her twenties.", "twenties", (20, 29))],
    "frac": [
        ("Two-thirds of voters agreed.", "Two-thirds", 2 / 3),
        ("The firm is worth half a million pounds.", "half a million pounds", 500_000),
    ],
    "fold": [
        ("Revenue grew threefold.", "threefold", 3),
        ("a 10-fold increase", "10-fold", 10),
        ("a twenty-fold rise", "twenty-fold", 20),
    ],
    "ordd": [("She finished 3rd in the final.", "3rd", 3)],
    "ordw": [("It was his third title.", "third", 3)],
    "times": [
        ("The winger has started twice for Peru.", "twice", 2),
        ("The lift failed more than once.", "once", 1),
        ("The ferry sails once a fortnight.", "once", 1),
    ],
    "century": [
        ("Patel's century set up a win by six wickets.", "century", 100),
        ("She made a maiden half-century in her second Test.", "half-century", 50),
    ],
    "factor": [
        ("The ward ran at double its capacity.", "double", 2),
        ("Fees could treble the cost of a degree.", "treble", 3),
    ],
    "roman": [
        ("A Category IV storm hit the coast.", "Category IV", 4),
        ("He was told he had stage III cancer.", "stage III", 3),
    ],
}
# kind -> (sentence, a core that reader reads as no figure)
NOT_FIGURES = {
    "num": [
        ("COVID-19 spread.", "19"),
        ("He dialled 007.", "007"),
        ("The 7-Eleven shut.", "7"),
        ("After 9/11 it changed.", "9"),
    ],
    "words": [("One of the men left.", "One"), ("It aired on BBC One.", "One")],
    "vague": [("They came in their hundreds.", "hundreds")],
    "adur": [("It costs £5 a week.", "a week")],
    "decw": [("The sixties were loud.", "sixties")],
    "ordw": [("The First Minister spoke.", "First"), ("It rained on the 13th of May.", "13th")],
    "century": [
        ("The 19th century saw the county grow.", "century"),
        ("The cricket club is a century old.", "century"),
    ],
    "times": [
        ("The mill was once a school.", "once"),
        ("Prices will fall once the war ends.", "once"),
        ("Voters should think twice.", "twice"),
        ("She visits once or twice.", "once"),
    ],
}


def test_every_kind_of_core_has_a_reader_with_a_docstring():
    assert set(READERS) == set(CORE.groupindex)
    for reader in READERS.values():
        assert reader.__doc__ and '"' in reader.__doc__.splitlines()[0]


def test_every_reader_has_examples():
    assert set(EXAMPLES) == set(READERS)


@pytest.mark.parametrize(
    ("kind", "sentence", "surface", "value"),
    [(k, *case) for k, cases in EXAMPLES.items() for case in cases],
)
def test_reader_reads_its_examples(kind, sentence, surface, value):
    start = sentence.index(surface)
    cores = [m.lastgroup for m in CORE.finditer(sentence.lower()) if m.start() >= start]
    assert cores[0] == kind
    found = [m for m in extract(sentence) if m.kind == "quantity" and m.text == surface]
    assert len(found) == 1, [m.text for m in extract(sentence)]
    m = found[0]
    if isinstance(value, tuple):
        assert (m.low, m.high) == value
    else:
        assert m.value == value


@pytest.mark.parametrize(
    ("sentence", "surface"), [case for cases in NOT_FIGURES.values() for case in cases]
)
def test_reader_finds_no_figure(sentence, surface):
    start = sentence.index(surface)
    found = [m for m in extract(sentence) if m.kind == "quantity"]
    assert not [m for m in found if m.start <= start < m.end]
