"""Throughput of factcheck.compare against bare quantulum3 over the news pairs.

Both run warm in the same process on the same pairs, interleaved pair by pair:
quantulum3's ``parser.parse`` over the old and the new text (the floor any
extractor built on it pays) and the whole comparison through the public API
``factcheck.compare`` (extract both, align, judge). Throughput is printed on
wall time and on this process's CPU time (steadier on a shared machine).
Target (issue 12): compare at >= 8x the pairs per second of bare quantulum3.

    python bench/compare_speed.py               # all 452 pairs
    python bench/compare_speed.py --limit 100 --profile 30
"""

from __future__ import annotations

import argparse
import time

from benchkit import machine, news_pairs


def measure(pairs: list[dict]) -> dict[str, tuple[float, float]]:
    """Wall and CPU seconds of each contender over all pairs, interleaved pair by pair.

    Interleaving makes both sides see the same machine: on a shared machine a
    busy minute would otherwise slow only whichever side ran during it.
    """
    from quantulum3 import parser

    import factcheck

    def quantulum(p: dict) -> None:
        parser.parse(p["original"])
        parser.parse(p["rewrite"])

    def compare(p: dict) -> None:
        factcheck.compare(p["original"], p["rewrite"])

    contenders = {"quantulum3": quantulum, "compare": compare}
    # Warm: unit tables and rules. pint builds its own unit table only when a
    # pair first needs a conversion (about 0.35 s, once per process); that
    # one-time cost stays inside the timed run, as a batch of pairs pays it.
    for run in contenders.values():
        run(pairs[0])
    totals = {name: [0.0, 0.0] for name in contenders}
    for p in pairs:
        for name, run in contenders.items():
            wall, cpu = time.perf_counter(), time.process_time()
            run(p)
            totals[name][0] += time.perf_counter() - wall
            totals[name][1] += time.process_time() - cpu
    return {name: (w, c) for name, (w, c) in totals.items()}


def profile(pairs: list[dict], top: int) -> None:
    import cProfile
    import pstats

    import factcheck

    factcheck.compare(pairs[0]["original"], pairs[0]["rewrite"])
    prof = cProfile.Profile()
    prof.enable()
    for p in pairs:
        factcheck.compare(p["original"], p["rewrite"])
    prof.disable()
    stats = pstats.Stats(prof)
    stats.strip_dirs()
    print(f"\n--- profile of compare over {len(pairs)} pairs: by own time ---")
    stats.sort_stats("tottime").print_stats(top)
    print("--- by cumulative time ---")
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="use only the first N pairs")
    ap.add_argument(
        "--profile", type=int, metavar="TOP", help="also profile compare, show TOP rows"
    )
    args = ap.parse_args()
    pairs = news_pairs(args.limit)
    print(machine())
    chars = sum(len(p["original"]) + len(p["rewrite"]) for p in pairs)
    print(f"corpus: {len(pairs)} pairs, {chars / len(pairs):,.0f} characters per pair on average")
    t = measure(pairs)
    n = len(pairs)
    for label, name in (
        ("bare quantulum3.parser.parse x2", "quantulum3"),
        ("factcheck.compare", "compare"),
    ):
        wall, cpu = t[name]
        print(
            f"{label:<32} {n / wall:8.1f} pairs/s wall ({wall:.2f} s), {n / cpu:8.1f} on CPU time"
        )
    ratio_wall = t["quantulum3"][0] / t["compare"][0]
    ratio_cpu = t["quantulum3"][1] / t["compare"][1]
    print(
        f"ratio compare / quantulum3:      {ratio_wall:8.2f}x wall, {ratio_cpu:.2f}x CPU (target >= 8x)"
    )
    if args.profile:
        profile(pairs, args.profile)


if __name__ == "__main__":
    main()
