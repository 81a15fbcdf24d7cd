"""Baselines: accepted findings stay hidden across unrelated edits; new ones still fail."""

from __future__ import annotations

import argparse
import json

import pytest

from factcheck import baseline
from factcheck.commands.common import emit, prepare
from factcheck.errors import FactcheckError, InputError
from tests.report_samples import NEW, OLD, compare_report


def args(**kw) -> argparse.Namespace:
    base = dict(format="json", output=None, quiet=True, fail_on="warning", color="never")
    base.update(kw)
    return argparse.Namespace(**base)


def fingerprints(report) -> dict[tuple[str, str], str]:
    prepare(report, argparse.Namespace())
    return {(f.status, f.old.text if f.old else f.new.text): f.fingerprint for f in report.findings}


def test_fingerprints_survive_unrelated_edits_elsewhere():
    before = fingerprints(compare_report())
    preface = "Editor's note: this story was updated twice, with 3 corrections.\n\n"
    after = fingerprints(compare_report(OLD, preface + NEW + "The port has 2 cranes.\n"))
    assert before == after  # offsets and lines moved; the fingerprints did not


def test_fingerprints_change_when_the_flagged_sentence_changes():
    before = fingerprints(compare_report())
    edited = NEW.replace("15 ferries would run", "15 ferries will run")
    after = fingerprints(compare_report(OLD, edited))
    assert before[("conflict", "14")] != after[("conflict", "14")]
    assert before[("dropped", "43 days")] == after[("dropped", "43 days")]


def test_same_figure_twice_in_the_same_sentence_gets_two_fingerprints():
    report = compare_report()
    fr = report.files[0]
    twin = type(fr.findings[0])(**{**fr.findings[0].__dict__, "fingerprint": ""})
    fr.findings.append(twin)
    prepare(report, argparse.Namespace())
    assert fr.findings[0].fingerprint != twin.fingerprint


def test_update_then_apply_a_baseline_fails_only_on_new_findings(tmp_path):
    path = tmp_path / "baseline.json"
    assert emit(compare_report(), args(baseline=str(path), update_baseline=True)) == 0
    doc = json.loads(path.read_text("utf-8"))
    assert doc["factcheck_baseline"] == 1
    assert {(e["status"], e["file"]) for e in doc["findings"]} == {
        ("conflict", "new.txt"),
        ("dropped", "new.txt"),
        ("added", "new.txt"),
    }
    # the same findings after an unrelated edit: all accepted, the run passes
    moved = compare_report(OLD, "A new first line, 2 words.\n" + NEW)
    out = tmp_path / "r.json"
    assert emit(moved, args(baseline=str(path), output=str(out))) == 0
    result = json.loads(out.read_text("utf-8"))
    assert result["baseline"]["suppressed"] == 3
    assert not [f for f in result["findings"] if f["status"] in ("conflict", "dropped")]
    # a new conflict is not in the baseline: it is shown and fails the run
    worse = compare_report()
    from tests.report_samples import compare_finding

    worse.files[0].findings.append(compare_finding(OLD, NEW, "2,300", "2,300", "conflict"))
    assert emit(worse, args(baseline=str(path), output=str(out))) == 1
    shown = json.loads(out.read_text("utf-8"))["findings"]
    assert [f["new"]["text"] for f in shown if f["status"] == "conflict"] == ["2,300"]


def test_baseline_file_problems_are_one_line_errors(tmp_path):
    missing = tmp_path / "none.json"
    with pytest.raises(InputError, match="no such baseline file"):
        emit(compare_report(), args(baseline=str(missing)))
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match="not a factcheck baseline"):
        emit(compare_report(), args(baseline=str(bad)))
    with pytest.raises(FactcheckError, match="needs --baseline"):
        emit(compare_report(), args(update_baseline=True))


def test_file_keys_are_relative_with_forward_slashes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert baseline.file_key(str(tmp_path / "a" / "b.txt")) == "a/b.txt"
    assert baseline.file_key("./a//b.txt") == "a/b.txt"


def flag_fingerprints(old: str, new: str) -> set[str]:
    from factcheck.compare import compare_texts
    from factcheck.report import FileReport, Report

    report = Report(
        "compare", [FileReport("new.txt", new, compare_texts(old, new), "old.txt", old)]
    )
    prepare(report, argparse.Namespace())
    return {f.fingerprint for f in report.findings if f.status not in ("match", "derived")}


def test_fingerprints_of_real_rewrites_survive_edits_around_them(labelled_pairs):
    """On the 24 labelled BBC pairs: a note added above and below keeps every flag accepted."""
    total = kept = 0
    for pair in labelled_pairs:
        old, new = pair["original"], pair["rewrite"]
        paragraphs = new.split("\n\n")
        edited = "\n\n".join(
            ["Editor's note: this story has been updated.", *paragraphs[:1]]
            + ["A reader wrote in about this story."]
            + paragraphs[1:]
        )
        before, after = flag_fingerprints(old, new), flag_fingerprints(old, edited)
        total += len(before)
        kept += len(before & after)
    print(f"fingerprints kept across unrelated edits: {kept}/{total}")
    assert total > 20 and kept == total


def cli(*argv: str, cwd=None):
    import subprocess
    import sys

    return subprocess.run(
        [sys.executable, "-m", "factcheck", *argv],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
    )


def test_check_and_compare_take_the_baseline_and_colour_options(tmp_path):
    article = tmp_path / "bridge.txt"
    article.write_text("The bridge is 180 metres (900 feet) long.\n", encoding="utf-8")
    accepted = tmp_path / "accepted.json"
    assert cli("check", str(article)).returncode == 1
    res = cli("check", str(article), "--baseline", str(accepted), "--update-baseline")
    assert res.returncode == 0, res.stderr
    assert cli("check", str(article), "--baseline", str(accepted), "-q").returncode == 0
    article.write_text(
        "Tolls start in May.\n\nThe bridge is 180 metres (900 feet) long.\n"
        "The tower is 90 metres (500 feet) tall.\n",
        encoding="utf-8",
    )
    res = cli("check", str(article), "--baseline", str(accepted), "--format", "json")
    assert res.returncode == 1
    shown = json.loads(res.stdout)["findings"]
    assert [f["mentions"][0]["text"] for f in shown if f["rule"] == "conversion"] == ["90 metres"]

    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("The council bought 14 buses.\n", encoding="utf-8")
    new.write_text("The council bought 15 buses.\n", encoding="utf-8")
    coloured = cli("compare", str(old), str(new), "--color", "always").stdout
    assert "\x1b[" in coloured
    assert "\x1b[" not in cli("compare", str(old), str(new)).stdout
