"""How fast is ``factcheck.extract`` next to bare ``quantulum3.parser.parse``?

Both run warm (one call each first) on the same news texts: the originals and
rewrites of ../shared/corpora/rewrites/news-pairs.jsonl. One run, wall clock
and CPU time (the CPU-time ratio is the steadier one on a busy machine: the
two runs are not interleaved, and the load may change between them).
Also the cold start of ``factcheck extract examples/wire.txt`` (a new Python
process each time, best of N), and the one-off cost of quantulum3's unit
loader (``quantulum3.load.units()`` in a new process), which factcheck pays
once per install when a text has a glued unit symbol its own table lacks
("20kHz"), next to the cost of reading the index it keeps from it afterwards.

    python bench/extract_speed.py [--limit N] [--cold-runs N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAIRS = ROOT.parent / "shared" / "corpora" / "rewrites" / "news-pairs.jsonl"


def load_texts(limit: int | None) -> list[str]:
    if not PAIRS.exists():
        sys.exit(f"{PAIRS} not found: this benchmark needs ../shared")
    texts = []
    with PAIRS.open(encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            texts += [pair["original"], pair["rewrite"]]
    return texts[:limit] if limit else texts


def timed(fn, texts: list[str]) -> tuple[float, float]:
    """(wall, CPU) seconds of one warm run over ``texts``."""
    fn(texts[0])  # warm: caches, lazily compiled patterns
    t0, cpu = time.perf_counter(), time.process_time()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0, time.process_time() - cpu


def cold_start(runs: int) -> float:
    best = float("inf")
    cmd = [sys.executable, "-m", "factcheck", "extract", str(ROOT / "examples" / "wire.txt")]
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, capture_output=True)
        best = min(best, time.perf_counter() - t0)
    return best


def loader_cost() -> float:
    """Seconds for a new process's first ``quantulum3.load.units()`` (it imports inflect)."""
    code = (
        "import time; t = time.perf_counter(); from quantulum3 import load; "
        "load.units(); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip())


def kept_index_cost() -> float:
    """Seconds for a new process to get the unit index factcheck keeps from quantulum3's
    loader (built on the first call after an install, read from its cache afterwards)."""
    code = (
        "import time; from factcheck.extract import lexicon; lexicon._quantulum_index(); "
        "lexicon._quantulum_index.cache_clear(); t = time.perf_counter(); "
        "lexicon._quantulum_index(); print(time.perf_counter() - t)"
    )
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    return float(out.stdout.strip())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, default=None, help="first N texts only")
    ap.add_argument("--cold-runs", type=int, default=5)
    args = ap.parse_args()
    texts = load_texts(args.limit)
    chars = sum(map(len, texts))

    from factcheck.extract import extract

    warnings.simplefilter("ignore")
    from quantulum3 import parser

    ours, ours_cpu = timed(extract, texts)
    theirs, theirs_cpu = timed(parser.parse, texts)
    print(f"texts: {len(texts)} ({chars / 1e6:.2f} M characters), one warm run each")
    print(f"factcheck.extract      {ours:7.2f} s  {len(texts) / ours:8.1f} texts/s")
    print(f"quantulum3.parser.parse {theirs:6.2f} s  {len(texts) / theirs:8.1f} texts/s")
    print(f"time ratio extract/quantulum3: {ours / theirs:.3f}  (speed-up x{theirs / ours:.1f})")
    print(
        f"CPU time: {ours_cpu:.2f} s vs {theirs_cpu:.2f} s, "
        f"speed-up x{theirs_cpu / max(ours_cpu, 1e-9):.1f} on CPU time"
    )
    if args.cold_runs:
        print(
            f"cold start `factcheck extract examples/wire.txt`: "
            f"{cold_start(args.cold_runs):.3f} s (best of {args.cold_runs})"
        )
    print(f"quantulum3.load.units() in a new process: {loader_cost():.2f} s (once per install)")
    print(f"factcheck's kept unit index in a new process: {kept_index_cost() * 1000:.1f} ms")


if __name__ == "__main__":
    main()
