"""The public API's names: ``factcheck.extract`` and ``factcheck.compare`` are both
functions to call and packages to import from."""

from __future__ import annotations

import subprocess
import sys

import factcheck
from tests.conftest import ROOT

TEXT = "Tallow, Monday (Wire) - The council spent $4.5 million on 12 new buses."


def test_extract_is_callable_and_a_package():
    import factcheck.extract.dateline as dateline

    assert [m.text for m in factcheck.extract(TEXT) if m.kind == "quantity"]
    assert factcheck.extract.dateline is dateline
    assert callable(dateline.find_dateline)


def test_compare_is_callable_and_a_package():
    import factcheck.compare.values as values

    statuses = {f.status for f in factcheck.compare(TEXT, TEXT.replace("12", "14"))}
    assert "conflict" in statuses
    assert factcheck.compare.values is values


def test_a_fresh_interpreter_imports_the_submodules_first():
    """Importing a submodule before anything else must not rebind the API names."""
    code = (
        "import factcheck.extract.dateline as d, factcheck.compare.values as v, factcheck; "
        "assert factcheck.extract.dateline is d; "
        "print(len(factcheck.extract('It cost $5 million.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() != "0"
