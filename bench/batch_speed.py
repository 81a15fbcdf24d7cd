"""``factcheck batch --jobs 2`` against ``--jobs 1`` on the same input.

Two measures, both printed:
- the command as a user runs it (fresh subprocess, start-up and worker warm-up
  included), wall time and pairs per second;
- steady-state throughput: ``run_batch`` in this process after warming it, so
  that forked workers start warm too and only the work itself is timed.
Target: >= 1.7x with 2 jobs on a 2-core machine. Each figure is the best of
``--repeat`` alternating runs; run it on an otherwise idle machine (the load
average is printed first).

    python bench/batch_speed.py                 # 904 pairs (the news pairs twice)
    python bench/batch_speed.py --pairs 300
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchkit import ROOT, machine, write_batch_input


def cli_run(inp: Path, out: Path, jobs: int) -> float:
    out.unlink(missing_ok=True)
    cmd = [sys.executable, "-m", "factcheck", "batch", str(inp), "-o", str(out), "-j", str(jobs)]
    start = time.perf_counter()
    res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    took = time.perf_counter() - start
    if res.returncode != 0:
        sys.exit(f"bench: {' '.join(cmd)} exited {res.returncode}: {res.stderr[-2000:]}")
    return took


def warm_run(inp: Path, out: Path, jobs: int) -> float:
    from factcheck.batch import Options, run_batch, warm

    warm(Options())
    out.unlink(missing_ok=True)
    start = time.perf_counter()
    stats = run_batch(str(inp), str(out), Options(), jobs=jobs, err=io.StringIO(), progress=False)
    took = time.perf_counter() - start
    if stats.skipped:
        sys.exit(f"bench: {stats.skipped} lines were skipped")
    return took


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=904, help="input size (default: 904)")
    ap.add_argument("--repeat", type=int, default=2, help="best of N runs each (default: 2)")
    args = ap.parse_args()
    print(machine())
    with tempfile.TemporaryDirectory() as tmp:
        inp = write_batch_input(Path(tmp) / "pairs.jsonl", args.pairs)
        out1, out2 = Path(tmp) / "out1.jsonl", Path(tmp) / "out2.jsonl"
        print(f"input: {args.pairs} news pairs, {inp.stat().st_size / 1e6:.1f} MB")
        for label, run in (("command line (cold)", cli_run), ("steady state (warm)", warm_run)):
            t1 = t2 = float("inf")
            for _ in range(args.repeat):  # alternate, so that a busy moment hits both
                t1 = min(t1, run(inp, out1, 1))
                t2 = min(t2, run(inp, out2, 2))
            same = out1.read_bytes() == out2.read_bytes()
            print(
                f"{label}: --jobs 1 {t1:6.1f} s ({args.pairs / t1:6.1f} pairs/s)   "
                f"--jobs 2 {t2:6.1f} s ({args.pairs / t2:6.1f} pairs/s)   "
                f"speed-up {t1 / t2:.2f}x (target >= 1.7x)   outputs identical: {same}"
            )


if __name__ == "__main__":
    main()
