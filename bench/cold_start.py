"""Cold start of the command line: one article, in a fresh interpreter each time.

Prints the best of N wall times of ``factcheck check examples/wire.txt`` and
``factcheck extract examples/wire.txt`` (with a bare ``python -c pass`` and
``factcheck --help`` for reference), then the top import-time offenders of
``check`` from ``python -X importtime`` (cumulative microseconds, the time to
import a module and everything it pulls in).

    python bench/cold_start.py
    python bench/cold_start.py --runs 10 --top 25
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time

from benchkit import ROOT, machine

ARTICLE = "examples/wire.txt"
COMMANDS = {
    "python -c pass": [sys.executable, "-c", "pass"],
    "factcheck --help": [sys.executable, "-m", "factcheck", "--help"],
    f"factcheck extract {ARTICLE}": [sys.executable, "-m", "factcheck", "extract", ARTICLE],
    f"factcheck check {ARTICLE}": [sys.executable, "-m", "factcheck", "check", ARTICLE],
}


def best_of(cmd: list[str], runs: int) -> tuple[float, str]:
    """Best wall time of ``runs`` fresh runs, and a note when the command failed."""
    best = float("inf")
    note = ""
    for _ in range(runs):
        start = time.perf_counter()
        res = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        best = min(best, time.perf_counter() - start)
        if res.returncode not in (0, 1) or "Traceback" in res.stderr:
            last = (res.stderr.strip().splitlines() or ["?"])[-1]
            note = f"   (FAILED, exit {res.returncode}: {last[:80]})"
    return best, note


def import_offenders(cmd: list[str], top: int) -> list[tuple[int, int, str]]:
    """(cumulative us, self us, module) of the slowest top-level imports of ``cmd``.

    Only modules imported directly by the interpreter start-up or by our code
    (nesting depth 0 and 1) are listed, so that one slow package shows once
    rather than as a chain of its own submodules.
    """
    res = subprocess.run(
        [cmd[0], "-X", "importtime", *cmd[1:]], cwd=ROOT, capture_output=True, text=True
    )
    rows = []
    for line in res.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        self_us, cum_us, name = line[len("import time:") :].split("|", 2)
        name = name.rstrip()[1:]  # one space after the bar, then two per nesting level
        depth = (len(name) - len(name.lstrip())) // 2
        if depth <= 1:
            rows.append((int(cum_us), int(self_us), name))
    rows.sort(reverse=True)
    return rows[:top]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5, help="best of RUNS (default 5)")
    ap.add_argument("--top", type=int, default=20, help="import offenders to list")
    args = ap.parse_args()
    print(machine())
    for label, cmd in COMMANDS.items():
        took, note = best_of(cmd, args.runs)
        print(f"{label:<40} best of {args.runs}: {took * 1000:7.0f} ms{note}")
    for command in ("check", "extract"):
        cmd = COMMANDS[f"factcheck {command} {ARTICLE}"]
        rows = import_offenders(cmd, args.top)
        print(f"\nslowest imports of 'factcheck {command} {ARTICLE}' (cumulative / self, ms):")
        for cum, own, name in rows:
            print(f"  {cum / 1000:8.1f} {own / 1000:8.1f}  {name}")


if __name__ == "__main__":
    main()
