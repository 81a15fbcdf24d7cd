"""Peak memory of ``factcheck batch`` over 10,000 pairs, whole process tree.

The input is the news pairs cycled to 10,000 lines (about 50 MB). The batch
runs as a user runs it, in a subprocess; this script samples the resident
memory of that process and all its workers every 0.1 s (psutil, when
installed) and reads the kernel's peak RSS of the largest process
(``getrusage(RUSAGE_CHILDREN)``). Target: < 500 MB for the whole tree.

    python bench/batch_memory.py                # 10,000 pairs, --jobs 2
    python bench/batch_memory.py --pairs 2000 --jobs 1
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchkit import ROOT, machine, write_batch_input


def tree_rss(proc) -> tuple[int, int]:
    """(sum of RSS, sum of PSS or RSS) over ``proc`` and its descendants, in bytes."""
    import psutil

    rss = pss = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            info = p.memory_full_info()
            rss += info.rss
            pss += getattr(info, "pss", info.rss)
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            pass
    return rss, pss


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=10_000)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    print(machine())
    try:
        import psutil
    except ImportError:
        psutil = None
        print("(psutil not installed: only the largest single process is reported)")
    with tempfile.TemporaryDirectory() as tmp:
        inp = write_batch_input(Path(tmp) / "pairs.jsonl", args.pairs)
        out = Path(tmp) / "out.jsonl"
        print(f"input: {args.pairs:,} pairs, {inp.stat().st_size / 1e6:.1f} MB, --jobs {args.jobs}")
        cmd = [sys.executable, "-m", "factcheck", "batch", str(inp), "-o", str(out)]
        cmd += ["--jobs", str(args.jobs)]
        start = time.perf_counter()
        err_file = open(Path(tmp) / "stderr.txt", "w+", encoding="utf-8")  # noqa: SIM115
        proc = subprocess.Popen(cmd, cwd=ROOT, stderr=err_file)
        peak_rss = peak_pss = 0
        samples: list[int] = []
        if psutil is not None:
            ps = psutil.Process(proc.pid)
            while proc.poll() is None:
                rss, pss = tree_rss(ps)
                peak_rss, peak_pss = max(peak_rss, rss), max(peak_pss, pss)
                samples.append(rss)
                time.sleep(0.1)
        proc.wait()
        err_file.seek(0)
        err = err_file.read()
        err_file.close()
        took = time.perf_counter() - start
        if proc.returncode != 0:
            sys.exit(f"bench: batch exited {proc.returncode}: {err[-2000:]}")
        with open(out, encoding="utf-8") as fh:
            lines = sum(1 for _ in fh)
        largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"results: {lines:,} lines in {took:.0f} s ({args.pairs / took:.1f} pairs/s)")
    if psutil is not None:
        print(
            f"peak memory of the process tree: {peak_rss / 2**20:.0f} MB RSS summed "
            f"(shared pages counted in every process), {peak_pss / 2**20:.0f} MB PSS summed"
        )
        if len(samples) >= 10:  # flat, not growing with the input: the window bounds it
            at = [samples[len(samples) * k // 10] / 2**20 for k in (1, 3, 5, 7, 9)]
            print(
                "tree RSS at 10/30/50/70/90% of the run: "
                + " / ".join(f"{x:.0f}" for x in at)
                + " MB"
            )
    print(f"peak RSS of the largest single process: {largest:.0f} MB   (target: tree < 500 MB)")


if __name__ == "__main__":
    main()
