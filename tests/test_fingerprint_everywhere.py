"""One fingerprint per finding: the API, every format that shows one, batch and baselines agree.

The fingerprint has one home (factcheck/fingerprint.py) and is set by the
producers (the check engine, compare), so no layer computes its own.
"""

from __future__ import annotations

import json
from pathlib import Path

import factcheck
from factcheck.cli import main

# invented copy: a conversion that does not agree, a conflict, a drop, an addition
ARTICLE = (
    "The new bridge is 180 metres (900 feet) long and opened on Monday, March 3, 2025.\n"
    "About 2,300 cars crossed it on the first day.\n"
)
OLD = (
    "The harbour authority said 14 ferries would run this summer, carrying about 2,300 "
    "passengers a day. Repairs to the old pier took 43 days.\n"
)
NEW = (
    "The harbour authority said 15 ferries would run this summer, carrying about 2,300 "
    "passengers a day. The pier reopened on 4 May.\n"
)


def run(capsys, *argv: str) -> str:
    main(list(argv))
    return capsys.readouterr().out


def flags(findings) -> set[tuple[str, str, str]]:
    return {(f.rule, f.status, f.fingerprint) for f in findings if f.status != "match"}


def from_json(out: str) -> set[tuple[str, str, str]]:
    return {
        (f["rule"], f["status"], f["fingerprint"])
        for f in json.loads(out)["findings"]
        if f["status"] != "match"
    }


def from_sarif(out: str) -> set[tuple[str, str, str]]:
    results = json.loads(out)["runs"][0]["results"]
    return {
        (r["ruleId"], r["properties"]["status"], r["partialFingerprints"]["factcheck/v1"])
        for r in results
    }


def from_batch(out: str) -> dict[str, set[tuple[str, str, str]]]:
    lines = [json.loads(line) for line in out.splitlines()]
    return {
        line["id"]: {
            (f["rule"], f["status"], f["fingerprint"])
            for f in line["findings"]
            if f["status"] != "match"
        }
        for line in lines
    }


def write(folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_check_fingerprints_agree_across_the_api_formats_and_batch(tmp_path, capsys):
    api = flags(factcheck.check(ARTICLE))
    assert api and all(fp for _r, _s, fp in api)
    path = write(tmp_path, "bridge.txt", ARTICLE)
    assert from_json(run(capsys, "check", path, "--format", "json")) == api
    assert from_sarif(run(capsys, "check", path, "--format", "sarif")) == api
    items = write(tmp_path, "in.jsonl", json.dumps({"id": "a", "text": ARTICLE}) + "\n")
    assert from_batch(run(capsys, "batch", items, "-j", "1"))["a"] == api


def test_compare_fingerprints_agree_across_the_api_formats_and_batch(tmp_path, capsys):
    api = flags(factcheck.compare(OLD, NEW))
    assert {"conflict", "dropped"} <= {s for _r, s, _fp in api}
    old, new = write(tmp_path, "old.txt", OLD), write(tmp_path, "new.txt", NEW)
    assert from_json(run(capsys, "compare", old, new, "--format", "json")) == api
    assert from_sarif(run(capsys, "compare", old, new, "--format", "sarif")) == api
    items = write(tmp_path, "in.jsonl", json.dumps({"id": "p", "old": OLD, "new": NEW}) + "\n")
    assert from_batch(run(capsys, "batch", items, "-j", "1"))["p"] == api


def test_a_baseline_written_from_json_fingerprints_hides_exactly_those(tmp_path, capsys):
    old, new = write(tmp_path, "old.txt", OLD), write(tmp_path, "new.txt", NEW)
    baseline = str(tmp_path / "baseline.json")
    run(capsys, "compare", old, new, "--baseline", baseline, "--update-baseline")
    stored = {row["fingerprint"] for row in json.loads(Path(baseline).read_text())["findings"]}
    assert stored == {fp for _r, _s, fp in flags(factcheck.compare(OLD, NEW))}


def test_sarif_describes_the_rules_of_the_project_config(tmp_path, capsys):
    """SARIF's rule metadata comes from the RuleSet that ran, .factcheck.yaml included."""
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "conversion.yaml").write_text(
        "id: conversion\ntype: conversion\nlevel: error\n"
        "description: House rule - every converted figure is checked against its original.\n",
        encoding="utf-8",
    )
    (tmp_path / ".factcheck.yaml").write_text(
        "rules: [house]\nlevels: {conversion: warning}\n", encoding="utf-8"
    )
    path = write(tmp_path, "bridge.txt", ARTICLE)
    doc = json.loads(run(capsys, "check", path, "--format", "sarif"))
    (rule,) = [r for r in doc["runs"][0]["tool"]["driver"]["rules"] if r["id"] == "conversion"]
    assert rule["fullDescription"]["text"].startswith("House rule")
    assert rule["defaultConfiguration"]["level"] == "warning"
