"""Classes found by blind set 5 (bench/data/quantities-pairs-blind3.jsonl) and the
leftovers of the last closing note, as sentences of our own.

Each class is tested with several forms; none of these sentences is from the corpus.
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.test_extract_quantities import quantities, the


def surfaces(text: str) -> list[str]:
    return [m.text for m in quantities(text)]


# -- code debt: one pattern in every process, ages listed after any age lead ----------
def test_the_range_and_subunit_patterns_are_the_same_in_every_process():
    code = (
        "import hashlib, factcheck.extract.patterns as P, factcheck.extract.lexicon as L;"
        "print(hashlib.md5((P.RANGE_SEP.pattern + P.SUBUNIT.pattern"
        " + L.unit_regex().pattern).encode()).hexdigest())"
    )
    seen = set()
    for seed in ("1", "2", "3"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        assert out.returncode == 0, out.stderr
        seen.add(out.stdout.strip())
    assert len(seen) == 1


@pytest.mark.parametrize(
    "sentence, middle",
    [
        ("The survey covered ages 40, 50 and 60 in every region.", "50"),
        ("Pupils aged 11, 12 and 13 sat the test.", "12"),
        ("Grants go to people of ages 18, 21, or 25 only.", "21"),
    ],
)
def test_the_middle_of_a_list_of_ages_is_an_age_after_any_age_lead(sentence, middle):
    assert the(sentence, middle).role == "age"
