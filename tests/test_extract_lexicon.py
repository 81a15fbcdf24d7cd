"""The unit lexicon and the labelled news sets stay consistent with the code."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from factcheck.extract import extract
from factcheck.extract.lexicon import CURRENCIES, quantulum_unit, unit_table
from factcheck.units import PINT_NAMES, convert

DATA = Path(__file__).resolve().parent.parent / "bench" / "data"
NOT_PINT = {"percent", "percentage point", "basis point", "litre per 100 kilometres"}


def test_every_physical_unit_the_extractor_names_converts():
    lower, exact = unit_table()
    for unit, _dimension in {*lower.values(), *exact.values()}:
        if unit in NOT_PINT:
            continue
        assert unit in PINT_NAMES, unit
        assert convert(1.0, unit, unit) == 1.0


def test_conversions_between_news_units():
    assert math.isclose(convert(5500, "mile", "kilometre"), 8851.39, rel_tol=1e-4)
    assert math.isclose(convert(40, "degree Celsius", "degree Fahrenheit"), 104.0)


def test_currency_codes_are_unique():
    codes = [iso for _symbols, _words, iso in CURRENCIES.values()]
    assert len(codes) == len(set(codes))


def test_quantulum_fallback_ignores_lone_letters_and_knows_physical_symbols():
    assert quantulum_unit("G") is None  # "5G" is a name
    assert quantulum_unit("kHz") is not None


def test_quantulum_fallback_names_prefixed_units_as_its_loader_does():
    """quantulum3's public loader expands every SI prefix, not only the common ones."""
    assert quantulum_unit("kHz") == ("kilohertz", "frequency")
    assert quantulum_unit("nW") == ("nanowatt", "power")
    assert quantulum_unit("kilopascals") == ("kilopascal", "pressure")


def test_quantulum_index_is_built_once_and_read_from_its_cache(tmp_path, monkeypatch):
    """quantulum3's loader costs seconds: a later process reads the kept index."""
    from factcheck.extract import lexicon

    builds = []

    def build():
        builds.append(1)
        return {"kHz": ("kilohertz", "frequency")}

    monkeypatch.setattr(lexicon, "_QUANTULUM_CACHE", tmp_path / "q.marshal")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(lexicon, "_build_quantulum_index", build)
    lexicon._quantulum_index.cache_clear()
    try:
        assert lexicon._quantulum_index()["kHz"] == ("kilohertz", "frequency")
        lexicon._quantulum_index.cache_clear()  # as a new process would
        assert lexicon._quantulum_index()["kHz"] == ("kilohertz", "frequency")
        assert builds == [1]
    finally:
        lexicon._quantulum_index.cache_clear()


@pytest.mark.parametrize("name", ["quantities-news", "quantities-hard"])
def test_labelled_sets_have_exact_offsets(name):
    for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        for q in row["quantities"]:
            assert row["text"][q["start"] : q["end"]] == q["text"]


@pytest.mark.parametrize("name", ["quantities-news", "quantities-hard"])
def test_labelled_sets_stay_found(name):
    """A regression guard, not a benchmark: every gold value is still found and
    almost nothing else is (bench/extract_accuracy.py prints the figures)."""
    hits = gold = predicted = correct = 0
    for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        found = [m for m in extract(row["text"]) if m.kind == "quantity"]
        predicted += len(found)
        for q in row["quantities"]:
            gold += 1
            hits += any(m.start < q["end"] and q["start"] < m.end for m in found)
        correct += sum(
            any(m.start < q["end"] and q["start"] < m.end for q in row["quantities"]) for m in found
        )
    assert hits / gold >= 0.95 and correct / predicted >= 0.95


def test_square_km_and_dotted_sq_are_areas():
    from factcheck import extract

    old, new = extract("The reserve covers 2,000 square miles (5,200 square km).")
    assert (old.unit, new.unit) == ("square mile", "square kilometre")
    assert old.linked == new.id and new.text == "5,200 square km"
    (m,) = extract("Fire crews fought flames across 40 sq. miles of moorland.")
    assert (m.value, m.unit) == (40, "square mile")
