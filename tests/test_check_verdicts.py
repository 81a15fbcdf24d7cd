"""Our own verdict set (bench/data/check-verdicts.jsonl) must stay above the issue's bar.

The bench script prints the figures per category; this test keeps them from
sliding: at least 95% right verdicts and at most one false conflict.
"""

from __future__ import annotations

import json
from pathlib import Path

from factcheck.checks import check_text

DATA = Path(__file__).resolve().parent.parent / "bench" / "data" / "check-verdicts.jsonl"


def cases() -> list[dict]:
    return [json.loads(x) for x in DATA.read_text(encoding="utf-8").splitlines() if x.strip()]


def test_the_set_is_wide():
    all_cases = cases()
    assert len(all_cases) >= 120
    categories = {c["category"].rsplit("-", 1)[0] for c in all_cases}
    assert {"conversion", "temperature", "weekday", "change", "share", "total", "age"} <= categories
    assert sum(c["category"] == "negative" for c in all_cases) >= 40
    assert sum(c["expect"] == "conflict" for c in all_cases) >= 40


def test_right_verdicts_and_false_conflicts():
    right = false_conflicts = 0
    wrong = []
    all_cases = cases()
    for case in all_cases:
        findings = check_text(case["text"], reference_date=case.get("date"))
        got = "conflict" if any(f.status == "conflict" for f in findings) else "ok"
        right += got == case["expect"]
        false_conflicts += got == "conflict" and case["expect"] == "ok"
        if got != case["expect"]:
            wrong.append(case["id"])
    assert right / len(all_cases) >= 0.95, wrong
    assert false_conflicts <= 1, wrong
