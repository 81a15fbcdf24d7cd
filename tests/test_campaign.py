"""The robustness campaign's CI slice (issue 15, item 3; issue 11, item 1).

Real text from ../shared/corpora/, alone, concatenated and mutated (tests/campaign.py),
with edge reference dates, through extract, check and compare: they return, every
mention's text is its span, and compare(A, A) is all matches. Hypothesis runs
derandomized with a fixed number of examples, so the slice is the same on every run
and bounded in time; ``bench/fuzz.py --minutes N`` runs the long random campaign.
Skips cleanly without ../shared.
"""

from __future__ import annotations

import datetime as _dt
import functools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.campaign import EDGE_DATES, MUTATIONS, corpus_pairs, corpus_texts, mutate, properties

SLICE = settings(
    max_examples=60,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


@functools.lru_cache(maxsize=1)
def _texts() -> tuple[str, ...]:
    return tuple(corpus_texts())


def _corpus() -> tuple[str, ...]:
    texts = _texts()
    if not texts:
        pytest.skip("../shared/corpora not present")
    return texts


reference_dates = st.one_of(
    st.none(),
    st.sampled_from(EDGE_DATES),
    st.dates(min_value=_dt.date(1, 1, 1), max_value=_dt.date(9999, 12, 31)),
)
mutation_steps = st.lists(
    st.tuples(st.integers(0, len(MUTATIONS) - 1), st.integers(0, 2**32 - 1)),
    min_size=1,
    max_size=3,
)


@SLICE
@given(data=st.data(), steps=mutation_steps, ref=reference_dates)
def test_mutated_corpus_text_keeps_the_properties(data, steps, ref):
    texts = _corpus()
    text = data.draw(st.sampled_from(texts), label="text")
    properties(mutate(text, steps), mutate(text, steps[::-1]), ref)


@SLICE
@given(data=st.data(), steps=mutation_steps, ref=reference_dates)
def test_concatenated_mutated_corpus_texts_keep_the_properties(data, steps, ref):
    texts = _corpus()
    picked = data.draw(st.lists(st.sampled_from(texts), min_size=2, max_size=4), label="texts")
    old = mutate("\n\n".join(picked), steps)
    new = mutate("\n\n".join(reversed(picked)), steps)
    properties(old, new, ref)


@pytest.mark.parametrize("ref", [None, _dt.date(2017, 3, 1)], ids=str)
def test_whole_corpus_as_one_document(ref):
    """Every corpus text concatenated into one document once crashed extract (issue 11)."""
    from factcheck.extract import extract

    text = "\n\n".join(_corpus())
    for m in extract(text, ref):
        assert m.text == text[m.start : m.end]


def test_every_corpus_pair_unmutated():
    """Every news pair and labelled pair once, as they are (the plain pass)."""
    pairs = corpus_pairs()
    if not pairs:
        pytest.skip("../shared/corpora not present")
    for _id, old, new in pairs:
        properties(old, new, None)
