"""What ``factcheck check`` says about real copy: a false-alarm sweep.

Runs the default rules over every distinct text of the rewrite corpus
(``../shared/corpora/rewrites/news-pairs.jsonl``: BBC articles and LLM
rewrites) and prints the findings per rule and status, every conflict with
its sentence (to be read by a person: each one is either a real error in the
copy or a false alarm to fix), and the time taken.

    python bench/check_corpus.py
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpora" / "rewrites" / "news-pairs.jsonl"


def main() -> int:
    if not CORPUS.exists():
        print(f"{CORPUS} not present; nothing to measure")
        return 0
    from factcheck.checks import check_text

    texts: dict[str, str] = {}
    for line in CORPUS.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        for side in ("original", "rewrite"):
            text = pair.get(side) or ""
            texts.setdefault(text, f"{pair['id']}:{side}")
    counts: Counter = Counter()
    conflicts = []
    t0 = time.perf_counter()
    for text, name in texts.items():
        for f in check_text(text):
            counts[(f.rule, f.status)] += 1
            if f.status == "conflict":
                conflicts.append((name, f))
    elapsed = time.perf_counter() - t0
    chars = sum(len(t) for t in texts)
    print(f"check sweep: {len(texts)} distinct texts, {chars / 1e6:.2f} M characters")
    for (rule, status), n in sorted(counts.items()):
        print(f"  {rule:<14} {status:<13} {n:>4}")
    print(f"conflicts: {len(conflicts)} (read each: a real error in the copy, or a false alarm)")
    for name, f in conflicts:
        print(f"  {name}: {f.rule}: {f.message}\n      {f.sentence[:160]}")
    print(f"time: {elapsed:.2f} s ({1000 * elapsed / len(texts):.1f} ms a text)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
