"""How the cost of extract, check and compare grows with the input, shape by shape.

Each shape is an input that once made some path super-linear (issue 15's
table) or that a newsroom sends every day (a results table, long real
articles). Each runs through the public API at size n and at 4n, in a
forked child of a warm process (rules, unit tables and quantulum3 loaded), and
the bench prints CPU seconds at both sizes, their ratio (linear is about 4,
the target is at most 6) and the peak memory the larger run added.

A run that exceeds ``--timeout`` seconds is stopped and shown as such. Small
inputs have a fixed cost that flatters the ratio, so each n is chosen to take
a measurable time; ratios are noisy on a shared machine, the worst one most.

    python bench/scaling.py                 # every shape (about 2 minutes)
    python bench/scaling.py --only table    # shapes whose name holds "table"
"""

from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import resource
import time
from collections.abc import Callable
from dataclasses import dataclass

from benchkit import NEWS_PAIRS, machine


@dataclass
class Shape:
    name: str
    command: str  # extract | check | check.md | check.html | compare
    n: int
    build: Callable[[int], object]
    """Input of size ``n``: a text, or (old, new) for compare."""


# --------------------------------------------------------------------------- inputs


def _repeat_to(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def league_table(rows: int) -> tuple[str, str]:
    """A Markdown football table of ``rows`` rows; NEW changes one cell of the middle row."""
    lines = [
        "| Pos | Club | P | W | D | L | GF | GA | GD | Pts |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for r in range(1, rows + 1):
        w, d = (r * 7) % 25, (r * 3) % 12
        lost = 38 - w - d if w + d <= 38 else 0
        gf, ga = 40 + (r * 13) % 50, 30 + (r * 11) % 45
        pts = 3 * w + d
        lines.append(
            f"| {r} | Club {r} FC | 38 | {w} | {d} | {lost} | {gf} | {ga} | {gf - ga} | {pts} |"
        )
    old = "\n".join(lines) + "\n"
    mid = rows // 2 + 2
    new_lines = list(lines)
    new_lines[mid] = new_lines[mid].replace("| 38 |", "| 37 |", 1)
    return old, "\n".join(new_lines) + "\n"


def html_table(rows: int) -> str:
    """An HTML table of ports and their boats, one figure to a cell (markup writes it as
    a pipe table, so every cell takes its column's header)."""
    body = "".join(
        f"<tr>\n  <td>Port {r}</td>\n  <td>{(r * 37) % 900 + 10}</td>\n</tr>\n" for r in range(rows)
    )
    return (
        f"<p>Landings by port.</p>\n<table><tr><th>Port</th><th>Boats</th></tr>\n{body}</table>\n"
    )


def markdown_table(rows: int) -> str:
    """The same table in Markdown."""
    body = "".join(f"| Port {r} | {(r * 37) % 900 + 10} |\n" for r in range(rows))
    return f"Landings by port.\n\n| Port | Boats |\n| --- | --- |\n{body}"


def results_table(rows: int) -> str:
    """An election results table in plain text: candidate, party, votes, share, change."""
    parties = ["Labour", "Conservative", "Liberal Democrat", "Green", "Reform UK"]
    out = ["Results, ward by ward:"]
    for r in range(rows):
        p = parties[r % 5]
        votes = 1200 + (r * 379) % 9000
        out.append(
            f"Ward {r + 1}: {p} {votes:,} votes ({(r * 7) % 60 + 5}.{r % 10}%), up {r % 9}.{r % 7} points"
        )
    return "\n".join(out) + "\n"


def five_figure_sentences(size: int) -> tuple[str, str]:
    unit = (
        "The council spent £4.5m on 12 schools, 300 teachers and 45 buses in 2019, "
        "up 8% on the year before. "
    )
    old = _repeat_to(unit, size)
    mid = len(old) // 2
    at = old.find("300 teachers", mid)
    new = old[:at] + "310 teachers" + old[at + 12 :] if at >= 0 else old
    return old, new


def weekday_sentences(size: int) -> str:
    days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
    units = [
        f"On {days[i % 5]} {1 + i % 28} March 2025 the board met for {i % 9 + 2} hours. "
        for i in range(40)
    ]
    return _repeat_to("".join(units), size)


def months_list(size: int) -> str:
    months = "January, February, March, April, May, June, July, August, September, October, November, December, "
    return _repeat_to(months, size)


def figures_in_sentence(count: int) -> str:
    parts = ", ".join(f"{(i * 37) % 900 + 10} in area {i}" for i in range(count))
    return f"Of the 5,000 homes surveyed, {parts} and 12% elsewhere were damaged.\n"


def dense_line(size: int) -> str:
    """One line of ``size`` characters packed with figures (about 90 a KB) and no full
    stop: a results line, or a feed flattened into one paragraph."""
    return _repeat_to("Ward 12 had 4,512 votes (45.2%), ", size)


def dense_line_pair(size: int) -> tuple[str, str]:
    """The dense line against itself with one figure of its middle changed."""
    old = dense_line(size)
    at = old.find("4,512", len(old) // 2)
    return old, old[:at] + "4,513" + old[at + 5 :]


def named_ages_pair(size: int) -> tuple[str, str]:
    """One sentence of named people and their ages, one age changed in its middle."""
    old = _repeat_to("Smith, 34, and Jones, 41, were arrested; ", size) + " police said."
    at = old.find("41", len(old) // 2)
    return old, old[:at] + "42" + old[at + 2 :]


def diary_pair(size: int) -> tuple[str, str]:
    """One sentence with a verb and a weekday in every clause, one weekday changed."""
    old = _repeat_to("Smith was arrested on Monday and will appear in court on Friday, ", size)
    old += " he said."
    at = old.find("Friday", len(old) // 2)
    return old, old[:at] + "Sunday" + old[at + 6 :]


_NEWS: list[str] = []


def news_text(size: int) -> str:
    """Real articles (../shared) concatenated to ``size`` characters, whole paragraphs."""
    if not _NEWS:
        with open(NEWS_PAIRS, encoding="utf-8") as fh:
            _NEWS.extend(json.loads(line)["original"] for line in fh if line.strip())
    parts, total = [], 0
    for a in _NEWS * (size // 500_000 + 1):
        parts.append(a)
        total += len(a) + 2
        if total >= size:
            break
    return "\n\n".join(parts)[:size]


def news_pair(size: int) -> tuple[str, str]:
    """Originals and their rewrites concatenated, each to about ``size`` characters."""
    with open(NEWS_PAIRS, encoding="utf-8") as fh:
        pairs = [json.loads(line) for line in fh if line.strip()]
    old, new, total = [], [], 0
    for p in pairs:
        old.append(p["original"])
        new.append(p["rewrite"])
        total += len(p["original"])
        if total >= size:
            break
    return "\n\n".join(old), "\n\n".join(new)


SHAPES = [
    Shape("directive unclosed, spaces", "check", 50_000, lambda n: "<!-- factcheck:" + " " * n),
    Shape(
        "directive unclosed, spaces (.md)",
        "check.md",
        50_000,
        lambda n: "<!-- factcheck:" + " " * n,
    ),
    Shape(
        "directive unclosed, spaces (.html)",
        "check.html",
        50_000,
        lambda n: "<!-- factcheck:" + " " * n,
    ),
    Shape("league table (rows), one cell changed", "compare", 100, league_table),
    Shape("five-figure sentence repeated", "compare", 5_000, five_figure_sentences),
    Shape("'U.S. U.S. ...'", "extract", 100_000, lambda n: _repeat_to("U.S. ", n)),
    Shape("'Mr. Mr. ...'", "extract", 100_000, lambda n: _repeat_to("Mr. ", n)),
    Shape("'U.S. U.S. ...'", "check", 100_000, lambda n: _repeat_to("U.S. ", n)),
    Shape("weekday-dated sentences", "check", 50_000, weekday_sentences),
    Shape("list of months", "extract", 40_000, months_list),
    Shape("list of months", "check", 40_000, months_list),
    Shape("figures in one sentence (count)", "check", 400, figures_in_sentence),
    Shape("real news text", "check", 250_000, news_text),
    Shape("real news text", "extract", 250_000, news_text),
    Shape("real news, originals vs rewrites", "compare", 150_000, news_pair),
    Shape("'1 1 1 ...' against a copy", "compare", 1_000, lambda n: (_repeat_to("1 ", n),) * 2),
    Shape("election results table (rows)", "check", 200, results_table),
    Shape("election results table (rows), copy", "compare", 200, lambda n: (results_table(n),) * 2),
    Shape("Markdown backticks", "check.md", 50_000, lambda n: "`" * n),
    Shape("Markdown '`a' runs", "check.md", 50_000, lambda n: _repeat_to("`a ", n)),
    Shape("Markdown brackets", "check.md", 50_000, lambda n: "[" * n),
    Shape("Markdown '[a](' runs", "check.md", 50_000, lambda n: _repeat_to("[a](", n)),
    Shape("Markdown '*a' runs", "check.md", 50_000, lambda n: _repeat_to("*a_ ", n)),
    Shape("HTML table (rows)", "check.html", 400, lambda n: html_table(n)),
    Shape("Markdown table (rows)", "check.md", 400, lambda n: markdown_table(n)),
    Shape("HTML '<a ' runs", "check.html", 50_000, lambda n: _repeat_to("<a ", n)),
    Shape("HTML '<!' runs", "check.html", 50_000, lambda n: _repeat_to("<!", n)),
    Shape("HTML '<a \"' runs", "check.html", 50_000, lambda n: _repeat_to('<a "', n)),
    Shape("Markdown '~~~' line", "check.md", 50_000, lambda n: "~" * n),
    Shape("Markdown '![](' runs", "check.md", 50_000, lambda n: _repeat_to("![](", n)),
    Shape("Markdown autolink runs", "check.md", 50_000, lambda n: _repeat_to("<http://", n)),
    Shape(
        "Markdown comments and rules", "check.md", 50_000, lambda n: _repeat_to("<!--\n---\n", n)
    ),
    Shape(
        "paragraph with no full stop",
        "extract",
        50_000,
        lambda n: _repeat_to("the council spent 4 million pounds on twelve buses and ", n),
    ),
    Shape(
        "wrong weekdays in one sentence (count)",
        "check",
        2_000,
        lambda n: "On " + ", ".join(f"Tuesday {1 + i % 28} March 2025" for i in range(n)) + ".",
    ),
    Shape(
        "sums of money in one sentence (count), copy",
        "compare",
        2_000,
        lambda n: (" ".join(f"£{i}m" for i in range(n)) + ".",) * 2,
    ),
    Shape(
        "bulleted list (items) against the same as prose",
        "compare",
        500,
        lambda n: (
            "".join(f"- Town {i} has {i * 7} homes.\n" for i in range(n)),
            " ".join(f"Town {i} has {i * 7} homes." for i in range(n)),
        ),
    ),
    Shape("dense line of figures (one line)", "extract", 50_000, dense_line),
    Shape("dense line of figures (one line)", "check", 50_000, dense_line),
    Shape("dense line of figures, one changed", "compare", 20_000, dense_line_pair),
    Shape("named ages in one sentence, one changed", "compare", 10_000, named_ages_pair),
    Shape("a weekday in every clause, one changed", "compare", 10_000, diary_pair),
    Shape("spaces", "check", 50_000, lambda n: " " * n + "x"),
    Shape("'!!!' run", "check", 50_000, lambda n: "!" * n + " x"),
]


# --------------------------------------------------------------------------- running


def run_once(shape: Shape, n: int) -> None:
    import factcheck
    from factcheck.checks import check_text

    data = shape.build(n)
    if shape.command == "extract":
        factcheck.extract(data)
    elif shape.command == "check":
        factcheck.check(data)
    elif shape.command.startswith("check."):
        check_text(data, path="article" + shape.command[5:])
    elif shape.command == "compare":
        factcheck.compare(*data)
    else:
        raise ValueError(shape.command)


def _peak_reset() -> bool:
    """Reset this process's peak resident size (Linux); False where it cannot."""
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return True
    except OSError:
        return False


def _rss_kb(field: str) -> int:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    return 0


def _child(shape: Shape, n: int, out) -> None:
    data_size = len(json.dumps(shape.build(n)))
    exact = _peak_reset()
    base = _rss_kb("VmRSS")
    cpu = time.process_time()
    run_once(shape, n)
    cpu = time.process_time() - cpu
    peak = (
        _rss_kb("VmHWM") if exact else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    ) - base
    out.send((cpu, max(peak, 0) / 1024, data_size))


def measure(shape: Shape, n: int, timeout: float) -> tuple[float | None, float, int]:
    ctx = mp.get_context("fork")
    recv, send = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_child, args=(shape, n, send))
    proc.start()
    if recv.poll(timeout):
        result = recv.recv()
        proc.join()
        return result
    proc.kill()
    proc.join()
    return None, 0.0, 0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--only", help="run the shapes whose name or command holds this text")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per run (default 30)")
    ap.add_argument("--scale", type=float, default=1.0, help="multiply every n by this")
    args = ap.parse_args()
    print(machine())
    import factcheck

    factcheck.compare("It cost £5m on 3 May 2020.", "It cost £6m on 3 May 2020.")  # warm
    factcheck.check("On Monday 3 March 2025 it rose 5% to 12 from 10.")
    from factcheck.checks import check_text

    check_text("<p>x</p>", path="a.html")
    check_text("*x*", path="a.md")
    if NEWS_PAIRS.exists():  # unit tables, pint and every rule's lazy state
        factcheck.check(news_text(60_000))
        factcheck.compare(*news_pair(20_000))
    print(
        f"{'shape':44} {'command':10} {'n':>8} {'s at n':>8} {'s at 4n':>8} {'ratio':>6} {'peak MB':>8}"
    )
    worst = (0.0, "")
    started = time.perf_counter()
    for shape in SHAPES:
        if args.only and args.only not in shape.name and args.only not in shape.command:
            continue
        n = max(1, int(shape.n * args.scale))
        small, _, _ = measure(shape, n, args.timeout)
        large, peak, size = (
            measure(shape, 4 * n, args.timeout) if small is not None else (None, 0.0, 0)
        )
        if small is None or large is None:
            shown = f"{'>' + str(int(args.timeout)) if small is None else f'{small:.3f}':>8} " + (
                f"{'>' + str(int(args.timeout)):>8} {'-':>6} {'-':>8}"
                if small is not None
                else f"{'-':>8} {'-':>6} {'-':>8}"
            )
            print(f"{shape.name:44} {shape.command:10} {n:>8} {shown}  TIMEOUT", flush=True)
            worst = (float("inf"), shape.name)
            continue
        ratio = large / max(small, 1e-3)
        flag = "" if ratio <= 6 else "  OVER 6"
        print(
            f"{shape.name:44} {shape.command:10} {n:>8} {small:8.3f} {large:8.3f} {ratio:6.1f} {peak:8.1f}{flag}",
            flush=True,
        )
        if ratio > worst[0]:
            worst = (ratio, f"{shape.name} ({shape.command})")
    print(
        f"worst ratio n -> 4n: {worst[0]:.1f} ({worst[1]}); total {time.perf_counter() - started:.0f} s"
    )
    if not args.only:
        # best of three runs: one run on a shared machine swings by a third
        table = Shape("400-row league table", "compare", 400, league_table)
        runs = [measure(table, 400, args.timeout)[0] for _ in range(3)]
        timed = [r for r in runs if r is not None]
        old, new = league_table(400)
        wall = time.perf_counter()
        factcheck.compare(old, new)
        wall = time.perf_counter() - wall
        extract_cpu = float("inf")
        for _ in range(3):
            started_cpu = time.process_time()
            factcheck.extract(old)
            factcheck.extract(new)
            extract_cpu = min(extract_cpu, time.process_time() - started_cpu)
        each = ", ".join("timeout" if r is None else f"{r:.2f}" for r in runs)
        shown = f"{min(timed):.2f} s CPU, best of 3 ({each})" if timed else "timeout"
        print(
            f"400-row league table, one cell changed, compare: {shown}; "
            f"{extract_cpu:.2f} s of it extracting both versions, {wall:.2f} s wall; "
            f"target < 1 s"
        )


if __name__ == "__main__":
    main()
