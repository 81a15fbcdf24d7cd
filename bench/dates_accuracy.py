"""How well dates and times are found and resolved; prints figures, asserts nothing.

Two sources:

* ``../shared/corpora/recognizers-text/DateTime/`` (a peer's test suite, read in
  place): DateExtractor and DatePeriodExtractor by span agreement, DateParser by
  ISO agreement with the reference date each case gives
  (``Context.ReferenceDateTime``), DurationExtractor as a negative (durations
  are quantities here, so no date should be reported inside them). Cases the
  peer marks ``NotSupported`` for Python are counted separately.
* ``bench/data/dates-*.jsonl``: our own invented news sentences, each with a
  reference date (or null), the expected dates and strings that must not be
  dates ("2000 people", "$42.10", "Euro 2016"). ``dates-news.jsonl`` is the
  development set; ``dates-news-holdout*.jsonl`` were written afterwards without
  running the extractor on them, to estimate accuracy on unseen copy (they have
  been looked at since, so treat later figures on them as optimistic too).

Run: ``python bench/dates_accuracy.py [-v] [--no-speed]`` (``-v`` lists every miss).
The last section times ``find_dates`` against a bare ``quantulum3.parser.parse``
on the same news articles, both warm.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from factcheck.extract import extract  # noqa: E402
from factcheck.extract.dates import find_dates  # noqa: E402
from factcheck.extract.sentences import split_sentences  # noqa: E402

PEER = ROOT.parent / "shared" / "corpora" / "recognizers-text" / "DateTime"
NEWS_FILES = sorted((ROOT / "bench" / "data").glob("dates-*.jsonl"))
VERBOSE = "-v" in sys.argv


def dates_of(text: str, ref: _dt.date | None):
    return [m for m in find_dates(text, split_sentences(text), ref) if m.kind == "date"]


def _python_supported(case: dict) -> bool:
    return "python" not in case.get("NotSupported", "").lower()


def _ref(case: dict) -> _dt.date | None:
    ctx = case.get("Context") or {}
    stamp = ctx.get("ReferenceDateTime")
    return _dt.date.fromisoformat(stamp[:10]) if stamp else None


def _row(name: str, ok: int, n: int, extra: str = "") -> str:
    share = f"{100 * ok / n:5.1f}%" if n else "   n/a"
    return f"  {name:<44} {ok:4d}/{n:<4d} {share}  {extra}"


def peer_spans(fname: str) -> None:
    """Share of cases whose date spans equal the peer's exactly, plus span P/R."""
    cases = json.loads((PEER / fname).read_text(encoding="utf-8"))
    for label, subset in (
        ("supported for python", [c for c in cases if _python_supported(c)]),
        ("all cases", cases),
    ):
        ok = tp = n_gold = n_ours = 0
        for c in subset:
            gold = {(r["Start"], r["Start"] + r["Length"]) for r in c["Results"]}
            ours = {(m.start, m.end) for m in dates_of(c["Input"], _ref(c))}
            ok += gold == ours
            tp += len(gold & ours)
            n_gold += len(gold)
            n_ours += len(ours)
            if VERBOSE and gold != ours and label.startswith("supported"):
                print(
                    f"    miss {c['Input']!r}: gold {_texts(c['Input'], gold)} ours {_texts(c['Input'], ours)}"
                )
        p = tp / n_ours if n_ours else 0.0
        r = tp / n_gold if n_gold else 0.0
        print(_row(f"{fname} ({label})", ok, len(subset), f"span P {p:.2f} R {r:.2f}"))


def _texts(text: str, spans) -> list[str]:
    return [text[s:e] for s, e in sorted(spans)]


def _peer_isos(result: dict) -> set[str]:
    v = result.get("Value") or {}
    out = set()
    timex = v.get("Timex", "")
    if timex and "X" not in timex:
        out.add(timex)
    for key in ("FutureResolution", "PastResolution"):
        d = (v.get(key) or {}).get("date")
        if d:
            out.add(d)
    return out


def peer_parser(fname: str = "DateParser.json") -> None:
    """Share of expected dates for which a mention with the same span has a peer ISO value."""
    cases = json.loads((PEER / fname).read_text(encoding="utf-8"))
    for label, subset in (
        ("supported for python", [c for c in cases if _python_supported(c)]),
        ("all cases", cases),
    ):
        n = same_span = iso_ok = overlap_iso_ok = 0
        for c in subset:
            ours = dates_of(c["Input"], _ref(c))
            for r in c["Results"]:
                n += 1
                s, e = r["Start"], r["Start"] + r["Length"]
                want = _peer_isos(r)
                exact = [m for m in ours if (m.start, m.end) == (s, e)]
                near = [m for m in ours if m.start < e and s < m.end]
                same_span += bool(exact)
                iso_ok += any(m.iso in want for m in exact)
                hit = any(m.iso in want for m in near)
                overlap_iso_ok += hit
                if VERBOSE and not hit and label.startswith("supported"):
                    got = [(m.text, m.iso) for m in near]
                    print(f"    miss {c['Input']!r}: want {sorted(want)} got {got}")
        print(_row(f"{fname} ({label}) iso, same span", iso_ok, n))
        print(
            _row(
                f"{fname} ({label}) iso, overlapping span",
                overlap_iso_ok,
                n,
                f"spans equal {same_span}/{n}",
            )
        )


def peer_durations(fname: str = "DurationExtractor.json") -> None:
    """Durations are quantities: count cases where a date is reported inside one."""
    cases = json.loads((PEER / fname).read_text(encoding="utf-8"))
    wrong = 0
    for c in cases:
        spans = [(r["Start"], r["Start"] + r["Length"]) for r in c["Results"]]
        ours = dates_of(c["Input"], None)
        bad = [m for m in ours if any(m.start < e and s < m.end for s, e in spans)]
        wrong += bool(bad)
        if VERBOSE and bad:
            print(f"    dated duration {c['Input']!r}: {[m.text for m in bad]}")
    print(
        _row(
            f"{fname}: cases with a date inside a duration",
            wrong,
            len(cases),
            "(not ours: target 0)",
        )
    )


def _find(text: str, needle: str, occ: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occ):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def news(path: Path) -> tuple[int, int, int, int]:
    """Our sentences: expected dates found with the right ISO; dates inside quantities.

    Returns (right, expected, dated negatives, negatives) for the total line."""
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    n = found = right = exact_span = 0
    negatives = in_negative = spurious = 0
    for row in rows:
        text = row["text"]
        ref = _dt.date.fromisoformat(row["ref"]) if row["ref"] else None
        ours = [m for m in extract(text, ref) if m.kind in ("date", "time")]
        claimed = []
        for g in row["dates"]:
            n += 1
            s, e = _find(text, g["text"], g.get("occ", 1))
            near = [m for m in ours if m.start < e and s < m.end]
            claimed += near
            found += bool(near)
            ok = any(m.iso == g["iso"] for m in near)
            right += ok
            exact_span += any((m.start, m.end) == (s, e) for m in near)
            if VERBOSE and not ok:
                print(
                    f"    miss [{row['ref']}] {text!r}: want {g['text']!r} {g['iso']} got {[(m.text, m.iso) for m in near]}"
                )
        for neg in row["negatives"]:
            negatives += 1
            s, e = _find(text, neg)
            bad = [m for m in ours if m.start < e and s < m.end]
            in_negative += bool(bad)
            if VERBOSE and bad:
                print(f"    DATE IN QUANTITY {text!r}: {neg!r} -> {[m.text for m in bad]}")
        extra = [m for m in ours if m not in claimed]
        spurious += len(extra)
        if VERBOSE and extra:
            print(f"    unexpected {text!r}: {[(m.text, m.iso) for m in extra]}")
    print(f"  {len(rows)} sentences, {n} expected dates and times, {negatives} negatives")
    print(_row("expected dates found with the right iso", right, n, "(target >= 90%)"))
    print(_row("expected dates found (any iso)", found, n))
    print(_row("  of which the span is exactly the expected one", exact_span, n))
    print(_row("dates reported inside quantities / names", in_negative, negatives, "(target 0)"))
    print(f"  {'dates reported where none was expected':<44} {spurious:4d}")
    return right, n, in_negative, negatives


_DATE_LIKE = re.compile(
    r"(?i)\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|today|yesterday|"
    r"tomorrow|ago|(?:this|last|next)\s+(?:week|month|year))\b|\b\d{1,2}[:.]\d\d\b|"
    r"\b(?:1[5-9]|20)\d\d\b(?!-year)|\d\s*[ap]\.?m\b"
)

_DURATION = re.compile(r"(?i)year-old|-year|-month|\b(?:seconds?|minutes?|hours?)\b")


def labelled_pairs() -> None:
    """Real copy: the date-like figures of the 24 labelled BBC pairs, and what else we date.

    A labelled figure is date-like when it names a weekday, month, relative day,
    clock time or year ("seven-year low" and "four-month ban" are durations and
    are not counted). Found = a date or time mention overlaps it. Unlabelled =
    our date mentions that overlap no labelled figure at all.
    """
    path = ROOT.parent / "shared" / "corpora" / "rewrites" / "labelled-dev.json"
    if not path.exists():
        print("labelled pairs: not present, skipped")
        return
    pairs = json.loads(path.read_text(encoding="utf-8"))
    n = found = ours_total = unlabelled = 0
    for pair in pairs:
        for side, key, occ_key in (
            ("original", "original", "o_occ"),
            ("rewrite", "rewrite", "r_occ"),
        ):
            text = pair[side]
            ours = dates_of(text, None) + [
                m for m in find_dates(text, split_sentences(text), None) if m.kind == "time"
            ]
            spans = []
            for fact in pair["facts"]:
                surface = fact.get(key)
                if not surface:
                    continue
                try:
                    s, e = _find(text, surface, fact.get(occ_key) or 1)
                except ValueError:
                    continue
                spans.append((s, e))
                if not _DATE_LIKE.search(surface) or _DURATION.search(surface):
                    continue
                n += 1
                hit = any(m.start < e and s < m.end for m in ours)
                found += hit
                if VERBOSE and not hit:
                    print(f"    miss {surface!r} in {pair['id']} {side}")
            for m in ours:
                ours_total += 1
                if not any(m.start < e and s < m.end for s, e in spans):
                    unlabelled += 1
                    if VERBOSE:
                        print(f"    unlabelled {m.text!r} in {pair['id']} {side}")
    print(_row("date-like labelled figures found", found, n))
    print(
        _row("our dates/times on no labelled figure", unlabelled, ours_total, "(lower is better)")
    )


def speed(limit: int = 60) -> None:
    """Cost of find_dates on whole news articles, next to a bare quantulum3 parse."""
    pairs_path = ROOT.parent / "shared" / "corpora" / "rewrites" / "news-pairs.jsonl"
    if not pairs_path.exists():
        print("speed: news pairs not present, skipped")
        return
    texts = []
    with open(pairs_path, encoding="utf-8") as fh:
        for line in fh:
            pair = json.loads(line)
            texts += [pair["original"], pair["rewrite"]]
            if len(texts) >= 2 * limit:
                break
    sentences = [split_sentences(t) for t in texts]
    ref = _dt.date(2017, 3, 6)

    def run_dates() -> None:
        for t, s in zip(texts, sentences):
            find_dates(t, s, ref)

    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from quantulum3 import parser

    def run_quantulum() -> None:
        for t in texts:
            parser.parse(t)

    run_dates()
    run_quantulum()
    d = _best(run_dates)
    q = _best(run_quantulum, repeat=1)
    n = len(texts)
    print(f"speed on {n} news articles (warm, best of runs):")
    print(f"  find_dates            {1000 * d / n:7.2f} ms per article")
    print(f"  quantulum3.parse      {1000 * q / n:7.2f} ms per article")
    print(f"  dates cost {100 * d / q:.1f}% of a bare quantulum3 parse")


def _best(fn, repeat: int = 3) -> float:
    import time

    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t0)
    return best


def main() -> None:
    print("dates and times: accuracy")
    if PEER.exists():
        print(f"peer suite: {PEER}")
        peer_spans("DateExtractor.json")
        peer_spans("DatePeriodExtractor.json")
        peer_parser()
        peer_durations()
    else:
        print(f"peer suite: {PEER} not present, skipped")
    totals = [0, 0, 0, 0]
    for path in NEWS_FILES:
        print(f"news sentences: {path.relative_to(ROOT)}")
        totals = [a + b for a, b in zip(totals, news(path))]
    print("news sentences, all files:")
    print(_row("expected dates found with the right iso", totals[0], totals[1], "(target >= 90%)"))
    print(_row("dates reported inside quantities / names", totals[2], totals[3], "(target 0)"))
    print("labelled BBC pairs: ../shared/corpora/rewrites/labelled-dev.json")
    labelled_pairs()
    if "--no-speed" not in sys.argv:
        speed()


if __name__ == "__main__":
    main()
