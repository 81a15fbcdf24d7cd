"""How often ``factcheck check`` gives the right verdict on sentences we wrote.

``bench/data/check-verdicts.jsonl`` holds invented sentences, one JSON object
a line: ``text``, ``expect`` ("conflict" or "ok"), ``category`` and an
optional reference ``date``. A sentence expected to be a ``conflict`` is right
when the default rules report a conflict; an ``ok`` sentence (a consistent
conversion, a correct weekday, a negative with nothing to contradict) is
right when they report none. A conflict on an ``ok`` sentence is a false
conflict, the error that costs an editor most.

    python bench/check_accuracy.py            # summary per category
    python bench/check_accuracy.py --verbose  # every wrong verdict
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "bench" / "data" / "check-verdicts.jsonl"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=str(DATA))
    parser.add_argument("--verbose", "-v", action="store_true")
    args = parser.parse_args(argv)

    from factcheck.checks import check_text

    lines = Path(args.data).read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines if line.strip()]
    per_cat: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    right = false_conflicts = detected_matches = positives_ok = 0
    wrong: list[str] = []
    t0 = time.perf_counter()
    for case in cases:
        findings = check_text(case["text"], reference_date=case.get("date"))
        conflicts = [f for f in findings if f.status == "conflict"]
        got = "conflict" if conflicts else "ok"
        ok = got == case["expect"]
        if case["expect"] == "ok" and conflicts:
            false_conflicts += 1
        if case["expect"] == "ok" and case["category"] != "negative":
            positives_ok += 1
            detected_matches += any(f.status == "match" for f in findings)
        right += ok
        per_cat[case["category"]][0] += ok
        per_cat[case["category"]][1] += 1
        if not ok:
            said = "; ".join(f"{f.rule}: {f.message}" for f in conflicts) or "no conflict"
            wrong.append(
                f"  [{case['id']}] expected {case['expect']}: {case['text']}\n      -> {said}"
            )
    elapsed = time.perf_counter() - t0

    print(f"check verdicts: {len(cases)} sentences from {Path(args.data).name}")
    for cat in sorted(per_cat):
        r, n = per_cat[cat]
        print(f"  {cat:<20} {r:>3}/{n:<3} {100 * r / n:5.1f}%")
    print(
        f"right verdicts:   {right}/{len(cases)} = {100 * right / len(cases):.1f}% (target >= 95%)"
    )
    print(f"false conflicts:  {false_conflicts} (target <= 1)")
    print(
        f"consistent claims reported as match: {detected_matches}/{positives_ok} "
        "(the rest pass because nothing was checked)"
    )
    print(f"time: {elapsed:.2f} s ({1000 * elapsed / len(cases):.1f} ms a sentence)")
    if args.verbose and wrong:
        print("wrong verdicts:")
        print("\n".join(wrong))
    return 0


if __name__ == "__main__":
    sys.exit(main())
