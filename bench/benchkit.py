"""What every benchmark here shares: the machine it ran on and the news pairs it reads.

Benchmarks print figures; they never assert on time (tests do not time anything).
The corpus is read from ../shared (never copied into the repository).
"""

from __future__ import annotations

import itertools
import json
import os
import platform
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEWS_PAIRS = ROOT.parent / "shared" / "corpora" / "rewrites" / "news-pairs.jsonl"


def machine() -> str:
    """One line naming the machine: cores, CPU model, Python, OS."""
    model = platform.processor() or "unknown CPU"
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    line = (
        f"machine: {usable} usable cores ({os.cpu_count()} total), {model}, "
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"{platform.system()} {platform.release()}"
    )
    if hasattr(os, "getloadavg"):
        load = os.getloadavg()[0]
        line += f"\nload average (1 min) at start: {load:.2f}"
        if load > 0.5:
            line += "  (the machine is busy: figures below are lower than on an idle one)"
    return line


def news_pairs(limit: int | None = None) -> list[dict]:
    """The news article pairs (``original``, ``rewrite``), or exit with a message."""
    if not NEWS_PAIRS.exists():
        sys.exit(f"bench: {NEWS_PAIRS} not found (the ../shared reference data)")
    with open(NEWS_PAIRS, encoding="utf-8") as fh:
        pairs = [json.loads(line) for line in fh if line.strip()]
    return pairs[:limit] if limit else pairs


def batch_lines(n: int) -> Iterator[str]:
    """``n`` batch input lines ``{"id", "old", "new"}``, cycling the news pairs."""
    pairs = news_pairs()
    for i, p in zip(range(n), itertools.cycle(pairs)):
        yield json.dumps({"id": f"{p['id']}#{i}", "old": p["original"], "new": p["rewrite"]})


def write_batch_input(path: Path, n: int) -> Path:
    with open(path, "w", encoding="utf-8") as fh:
        for line in batch_lines(n):
            fh.write(line + "\n")
    return path
