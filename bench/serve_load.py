"""``factcheck serve`` under load: 200 compare requests of real pairs, 20 at a time.

Starts the server as a user does (a subprocess on a free local port), sends
the news pairs of ../shared/corpora/rewrites/news-pairs.jsonl to
POST /api/compare from 20 client threads, and reports throughput, p50/p95
latency and whether every response was right: each one is compared with the
in-process result of the same pair (``commands.compare.pair_findings``, the
code ``factcheck compare`` runs), so a lost, failed or mixed-up response
counts as wrong. Target: 200 of 200 right.

    python bench/serve_load.py
    python bench/serve_load.py --requests 400 --concurrency 40 --jobs 2
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from concurrent.futures import ThreadPoolExecutor

from benchkit import ROOT, machine, news_pairs

sys.path.insert(0, str(ROOT))

from tests.serve_helpers import post, running_server  # noqa: E402


def expected(pair: dict, rules) -> list[tuple]:
    from factcheck.commands.compare import pair_findings

    findings = pair_findings(
        pair["original"], pair["rewrite"], rules, old_path="old.txt", new_path="new.txt"
    )
    return sorted((f.rule, f.status, f.start, f.end, f.side or "", f.message) for f in findings)


def got(doc: dict) -> list[tuple]:
    return sorted(
        (f["rule"], f["status"], f["start"], f["end"], f["side"] or "", f["message"])
        for f in doc["findings"]
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--requests", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=20)
    parser.add_argument("--jobs", type=int, default=2, help="server worker processes")
    args = parser.parse_args()

    from factcheck.ruleset import load_ruleset

    pairs = news_pairs()
    chosen = [pairs[i % len(pairs)] for i in range(args.requests)]
    rules = load_ruleset([], start=str(ROOT))
    truth = {p["id"]: expected(p, rules) for p in {p["id"]: p for p in chosen}.values()}

    with running_server("--jobs", str(args.jobs)) as base:

        def one(pair: dict) -> tuple[str, float, int, list | None]:
            t0 = time.perf_counter()
            status, doc = post(
                base + "/api/compare", {"old": pair["original"], "new": pair["rewrite"]}
            )
            took = time.perf_counter() - t0
            return pair["id"], took, status, got(doc) if status == 200 else None

        start = time.perf_counter()
        with ThreadPoolExecutor(args.concurrency) as pool:
            results = list(pool.map(one, chosen))
        wall = time.perf_counter() - start

    latencies = sorted(r[1] for r in results)
    right = sum(
        1 for ident, _, status, findings in results if status == 200 and findings == truth[ident]
    )
    print(machine())
    print(
        f"{len(results)} compare requests, {args.concurrency} at a time, "
        f"{args.jobs} server workers: {wall:.1f} s, {len(results) / wall:.1f} requests/s"
    )
    print(
        f"latency p50 {statistics.median(latencies) * 1000:.0f} ms, "
        f"p95 {latencies[int(0.95 * (len(latencies) - 1))] * 1000:.0f} ms, "
        f"max {latencies[-1] * 1000:.0f} ms"
    )
    print(f"right: {right} of {len(results)} (same findings as in-process compare)")
    if right != len(results):
        sys.exit(1)


if __name__ == "__main__":
    main()
