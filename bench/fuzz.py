"""The long robustness campaign: random mutations of real news text for N minutes.

    python bench/fuzz.py --minutes 10 [--seed S]

Draws texts from ../shared/corpora/ (every news pair, labelled pair and
Recognizers-Text spec input; one text, a pair, or several concatenated),
mutates them (tests/campaign.py: numbers and dates swapped, whitespace and
punctuation noise, NBSP and thin spaces, full-width and Arabic-Indic digits,
RTL and zero-width marks, CRLF, BOM, lone surrogates, very long lines), picks a
reference date (none, the calendar's edges, or any day), and asserts the
campaign's properties: extract, check and compare return; every mention's text
is its span; compare(A, A) is all matches. It first runs every corpus pair
once unmutated (``--no-plain`` skips that). Prints each distinct failure (by
exception type and the innermost factcheck frame) with a replayable case, and
a summary. Exit 1 when anything failed. CI runs a bounded deterministic slice
of the same campaign (tests/test_campaign.py).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import random
import signal
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.campaign import (  # noqa: E402
    EDGE_DATES,
    MUTATIONS,
    corpus_pairs,
    corpus_texts,
    mutate,
    properties,
)


class TooSlow(Exception):
    """A case that ran longer than --case-seconds: a hang or a cost that is not linear."""


def _alarm(_signum, frame) -> None:
    raise TooSlow(f"over the time limit; last in {frame.f_code.co_filename}:{frame.f_lineno}")


def _signature(exc: BaseException) -> str:
    """Exception type and the innermost frame inside factcheck: one bug, one line."""
    if isinstance(exc, TooSlow):
        return "TooSlow"
    while exc.__cause__ is not None:  # CheckFailed wraps the rule's own exception
        exc = exc.__cause__
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/factcheck/" in f.filename]
    where = f"{Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else "?"
    return f"{type(exc).__name__} at {where}"


def _case(rng: random.Random, texts: list[str], pairs: list) -> tuple[str, str, object, list]:
    shape = rng.random()
    if shape < 0.4:
        _id, old, new = rng.choice(pairs)
    elif shape < 0.7:
        old = new = rng.choice(texts)
    else:
        old = "\n\n".join(rng.choice(texts) for _ in range(rng.randint(2, 5)))
        new = "\n\n".join(rng.choice(texts) for _ in range(rng.randint(1, 4)))
    steps = [
        (rng.randrange(len(MUTATIONS)), rng.randrange(2**32)) for _ in range(rng.randint(1, 3))
    ]
    r = rng.random()
    if r < 0.3:
        ref = None
    elif r < 0.6:
        ref = rng.choice(EDGE_DATES)
    else:
        ref = _dt.date.fromordinal(rng.randint(1, _dt.date(9999, 12, 31).toordinal()))
    return old, new, ref, steps


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--minutes", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=None, help="default: from the clock")
    parser.add_argument("--no-plain", action="store_true", help="skip the unmutated pass")
    parser.add_argument(
        "--case-seconds", type=int, default=30, help="a case slower than this is a finding"
    )
    args = parser.parse_args()
    texts, pairs = corpus_texts(), corpus_pairs()
    if not texts:
        print("../shared/corpora not present: nothing to do")
        return 0
    seed = args.seed if args.seed is not None else int(time.time())
    failures: dict[str, tuple[int, str]] = {}
    ran = 0

    def record(label: str, exc: BaseException) -> None:
        key = _signature(exc)
        count, first = failures.get(key, (0, label))
        failures[key] = (count + 1, first)
        if count == 0:
            detail = " ".join(str(exc).split())[:200]
            print(f"FOUND {key}: {detail}\n  replay: {label}", flush=True)

    signal.signal(signal.SIGALRM, _alarm)
    start = time.monotonic()
    if not args.no_plain:
        for pid, old, new in pairs:
            try:
                properties(old, new, None)
            except Exception as exc:
                record(f"plain pair {pid}", exc)
            ran += 1
        print(f"plain pass: {len(pairs)} pairs in {time.monotonic() - start:.0f} s", flush=True)
    rng = random.Random(seed)
    deadline = start + args.minutes * 60
    i = 0
    while time.monotonic() < deadline:
        old, new, ref, steps = _case(rng, texts, pairs)
        old, new = mutate(old, steps), mutate(new, steps[::-1])
        signal.alarm(args.case_seconds)
        try:
            properties(old, new, ref)
        except Exception as exc:
            record(f"--seed {seed}, case {i} (ref {ref}, steps {steps})", exc)
        finally:
            signal.alarm(0)
        i += 1
        ran += 1
    elapsed = time.monotonic() - start
    print(
        f"seed {seed}: {ran} cases ({i} mutated) in {elapsed / 60:.1f} min, "
        f"{sum(c for c, _ in failures.values())} failures, {len(failures)} distinct"
    )
    for key, (count, first) in sorted(failures.items(), key=lambda kv: -kv[1][0]):
        print(f"  {count:5d}  {key}  (first: {first})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
