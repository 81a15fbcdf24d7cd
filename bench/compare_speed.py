"""Throughput of factcheck.compare against bare quantulum3 over the news pairs.

Both run warm in the same process on the same pairs: quantulum3's
``parser.parse`` over the old and the new text (the floor any extractor built
on it pays), then the whole comparison (extract both, align, judge). Target:
compare at >= 3x the pairs per second of bare quantulum3.

    python bench/compare_speed.py               # all 452 pairs
    python bench/compare_speed.py --limit 100 --profile 30
"""

from __future__ import annotations

import argparse
import time

from benchkit import machine, news_pairs


def bare_quantulum(pairs: list[dict]) -> float:
    from quantulum3 import parser

    parser.parse(pairs[0]["original"])  # warm: loads the unit tables
    start = time.perf_counter()
    for p in pairs:
        parser.parse(p["original"])
        parser.parse(p["rewrite"])
    return time.perf_counter() - start


def factcheck_compare(pairs: list[dict]) -> float:
    from factcheck.compare import compare_texts

    compare_texts(pairs[0]["original"], pairs[0]["rewrite"])  # warm
    start = time.perf_counter()
    for p in pairs:
        compare_texts(p["original"], p["rewrite"])
    return time.perf_counter() - start


def profile(pairs: list[dict], top: int) -> None:
    import cProfile
    import pstats

    from factcheck.compare import compare_texts

    compare_texts(pairs[0]["original"], pairs[0]["rewrite"])
    prof = cProfile.Profile()
    prof.enable()
    for p in pairs:
        compare_texts(p["original"], p["rewrite"])
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
    q = bare_quantulum(pairs)
    c = factcheck_compare(pairs)
    print(f"bare quantulum3.parser.parse x2: {len(pairs) / q:8.1f} pairs/s  ({q:.2f} s)")
    print(f"factcheck.compare:               {len(pairs) / c:8.1f} pairs/s  ({c:.2f} s)")
    print(f"ratio compare / quantulum3:      {q / c:8.2f}x  (target >= 3x)")
    if args.profile:
        profile(pairs, args.profile)


if __name__ == "__main__":
    main()
