"""Cost that grows faster than the input: the shape of each algorithm, not its speed.

Timings live in bench/scaling.py. These tests count work (characters copied or
scanned, pairs considered) or feed inputs big enough that a quadratic or
cubic path would never return, and check the result.
"""

from __future__ import annotations

import pytest

from factcheck.extract.sentences import split_sentences
from factcheck.markup import _code_spans, directive_body, directives_in, prose_of


class CountingText(str):
    """A str that counts the characters its slices copy and its ``find`` scans."""

    copied = 0
    scanned = 0

    def __getitem__(self, key):
        part = str.__getitem__(self, key)
        CountingText.copied += len(part)
        return part

    def find(self, sub, start=None, end=None):
        at = str.find(self, sub, start, end)
        begin = start or 0
        CountingText.scanned += (len(self) if at < 0 else at) - begin
        return at


class CountingPattern:
    """A compiled pattern that counts the calls of one of its methods."""

    def __init__(self, rx, method: str):
        self.rx = rx
        self.method = method
        self.calls = 0

    def __getattr__(self, name):
        attr = getattr(self.rx, name)
        if name != self.method:
            return attr

        def counted(*args, **kwargs):
            self.calls += 1
            return attr(*args, **kwargs)

        return counted


@pytest.fixture
def counting():
    CountingText.copied = CountingText.scanned = 0
    return CountingText


# --------------------------------------------------------------------------- sentences


@pytest.mark.parametrize(
    "unit", ["U.S. ", "Mr. ", "No. ", "Jan. ", "a.b.c.d. ", "U.S.U.S.U.S.U.S.U.S.U.S.U.S.U.S.U.S. "]
)
def test_sentence_split_copies_linear_in_the_text(counting, unit):
    text = counting(unit * (40_000 // len(unit)))
    spans = split_sentences(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)
    assert counting.copied <= 60 * len(text)  # a window per stop, not the sentence so far


@pytest.mark.parametrize(
    "text", [" " * 200_000 + "x", "!" * 200_000 + " x", "a \t" * 70_000 + "\n", "?!" * 100_000]
)
def test_sentence_split_returns_on_long_runs(text):
    """Runs of spaces or stops: each boundary attempt starts where the last one stopped."""
    spans = split_sentences(text)
    assert spans[0][0] == 0 and spans[-1][1] == len(text)


def test_sentence_split_spaces_before_a_line_break_belong_to_the_boundary():
    text = "Floods in the north   \nThe river rose 3 metres.  \n\n  Third one."
    spans = split_sentences(text)
    assert [text[a:b] for a, b in spans] == [
        "Floods in the north   \n",
        "The river rose 3 metres.  ",
        "\n\n  Third one.",
    ]


# --------------------------------------------------------------------------- directives


def test_directives_scan_each_character_a_bounded_number_of_times(counting):
    text = counting("<!-- factcheck: disable  " * 4_000)  # none closed
    assert directives_in(text) == []
    assert counting.scanned <= 2 * len(text)


def test_directives_found_with_their_bodies():
    text = "A <!--factcheck: disable conversion --> b <!-- factcheck:enable-->\n<!-- x -->"
    found = directives_in(text)
    assert [body for _, _, body in found] == ["disable conversion", "enable"]
    assert text[found[0][0] : found[0][1]] == "<!--factcheck: disable conversion -->"
    assert directive_body("<!-- factcheck:   " + " " * 1000) is None
    assert directive_body("<!-- factcheck: disable weekday -->") == "disable weekday"


@pytest.mark.parametrize("path", [None, "a.md", "a.html"])
def test_unclosed_directive_followed_by_spaces_returns(path):
    text = "<!-- factcheck:" + " " * 200_000
    prose = prose_of(text, path)
    assert prose.directives == []


# --------------------------------------------------------------------------- markup


def test_code_spans_pair_runs_of_equal_length():
    text = "a `b` c ``d ` e`` f ``` g"
    spans = [text[a:b] for a, b in _code_spans(text, 0, len(text))]
    assert spans == ["`b`", "``d ` e``"]  # the lone ``` is literal


@pytest.mark.parametrize(
    "path,text",
    [
        ("a.md", "`" * 200_000),
        ("a.md", "~" * 200_000),
        ("a.md", "[" * 200_000),
        ("a.md", "![" * 100_000),
        ("a.md", "![](" * 50_000),
        ("a.md", "<a " * 70_000),
        ("a.md", "<http://" * 25_000),
        ("a.md", "<!--\n" * 40_000 + "x"),
        ("a.md", "---\n" * 50_000),
        ("a.html", "<a " * 70_000),
        ("a.html", '<a "' * 50_000),
        ("a.html", "<!" * 100_000),
        ("a.html", "<?" * 100_000),
    ],
)
def test_prose_of_runs_of_markup_returns(path, text):
    """Each markup pattern stops at the next place a later match may start."""
    prose = prose_of(text, path)
    assert len(prose.offsets) == len(prose.text) + 1


# --------------------------------------------------------------------------- compare


def _versions(old: str, new: str):
    import factcheck
    from factcheck.compare.context import prepare
    from factcheck.extract import split_sentences

    out = []
    for text in (old, new):
        sentences = split_sentences(text)
        out.append(prepare(text, factcheck.extract(text), sentences))
    return out


def _table(rows: int, changed_row: int | None = None) -> str:
    lines = ["| Pos | Team | Played | Won | Points |", "|---|---|---|---|---|"]
    for r in range(1, rows + 1):
        played = 37 if r == changed_row else 38
        lines.append(f"| {r} | Rovers {r} | {played} | {(r * 7) % 25} | {(r * 11) % 90} |")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    "old,new",
    [
        ("1 " * 1500, "1 " * 1500),  # one value everywhere: one huge value block
        (_table(150), _table(150, changed_row=70)),  # a table: few values, long blocks
        ("The 3 boats carried 12 people. " * 300, "The 3 boats carried 12 people. " * 300),
    ],
)
def test_long_versions_relate_a_bounded_number_of_pairs_per_figure(old, new):
    from factcheck.compare import blocking

    old_v, new_v = _versions(old, new)
    assert len(old_v.mentions) * len(new_v.mentions) > blocking.MAX_FULL_PAIRS
    n_pairs = sum(1 for _ in blocking.pairs(old_v, new_v))
    keys = 4  # value keys per mention: text, iso or value, magnitude
    bound = (1 + blocking.SIMILAR_SENTENCES + keys) * (blocking.PER_BLOCK + 1)
    assert n_pairs <= bound * len(old_v.mentions)


def test_a_table_with_one_changed_cell_aligns_the_rest_as_kept():
    import factcheck
    from factcheck.compare import blocking

    old, new = _table(150), _table(150, changed_row=70)
    old_v, new_v = _versions(old, new)
    kept = blocking.kept_figures(old_v, new_v)
    per_row = len(old_v.mentions) // 150
    assert len(kept) == len(old_v.mentions) - per_row  # every row but the changed one
    findings = factcheck.compare(old, new)
    conflicts = [f for f in findings if f.status == "conflict"]
    assert [(f.old.text, f.new.text) for f in conflicts] == [("38", "37")]
    assert all(f.status == "match" for f in findings if f.status != "conflict")


def test_expected_places_follow_an_inserted_paragraph():
    from factcheck.compare.blocking import expected_places

    body = "".join(f"Item {k} cost £{k * 13 + 100} in {1900 + k}.\n" for k in range(40))
    inserted = "Extra line with 7 and 8 and 9 figures.\n" * 5
    old_v, new_v = _versions(body, body[:400] + inserted + body[400:])
    places = expected_places(old_v, new_v)
    for i, m in enumerate(old_v.mentions):
        partner = next(
            j for j, n in enumerate(new_v.mentions) if n.text == m.text and n.start >= m.start
        )
        assert abs(places[i] - partner) <= 3


def test_derivations_are_worked_out_once_per_written_figure(monkeypatch):
    from factcheck.compare import derive
    from factcheck.compare.settings import compare_settings

    old_v, new_v = _versions("| 1 | 2 | 3 | 40 km |\n" * 200, "| 1 | 2 | 3 | 25 miles |\n" * 200)
    calls = []
    real = derive.Derivations._derive
    monkeypatch.setattr(
        derive.Derivations, "_derive", lambda self, m, *how: calls.append(1) or real(self, m, *how)
    )
    d = derive.Derivations(old_v.mentions, compare_settings())
    for m in new_v.mentions:
        d.of(m)
    assert len(calls) == len({derive._written_as(m) for m in new_v.mentions}) <= 4


def test_contexts_read_each_sentence_once(counting):
    import factcheck
    from factcheck.compare.context import build_contexts

    plain = "Results: " + ", ".join(f"ward {k} had {k * 37 % 900} votes" for k in range(2000)) + "."
    mentions = factcheck.extract(plain)
    text = counting(plain)
    contexts = build_contexts(text, mentions, [(0, len(text))])
    assert len(contexts) == len(mentions) >= 2000
    assert counting.copied <= 4 * len(text)
    assert contexts[5].before and contexts[5].sentence is contexts[900].sentence


# --------------------------------------------------------------------------- check


def test_article_hands_one_sentence_string_to_every_finding():
    from factcheck.article import Article, line_column_in, line_starts

    text = "On Monday 3 March 2025 and Monday 10 March 2025 and Monday 17 March 2025 it met"
    art = Article.from_text(text * 50)
    assert art.sentence_text(0) is art.sentence_text(0)
    source = "a\nbc\n\nd"
    starts = line_starts(source)
    for offset in range(len(source) + 1):
        line = source.count("\n", 0, offset) + 1
        column = offset - (source.rfind("\n", 0, offset) + 1) + 1
        assert line_column_in(starts, offset) == (line, column)


def test_arithmetic_reads_a_long_sentence_a_bounded_number_of_times(monkeypatch):
    """Clause breaks and multiples ("doubled") are looked for once per run of figures,
    over that run's stretch of text: the sentence's length, a few times over at most."""
    import factcheck
    from factcheck.checks import arithmetic

    scanned = []

    class Scanning:
        def __init__(self, rx):
            self.rx = rx

        def finditer(self, text, start=0, end=None):
            scanned.append((end if end is not None else len(text)) - start)
            return self.rx.finditer(text, start, end if end is not None else len(text))

        def __getattr__(self, name):
            return getattr(self.rx, name)

    monkeypatch.setattr(arithmetic, "_CLAUSE_BREAK", Scanning(arithmetic._CLAUSE_BREAK))
    monkeypatch.setattr(arithmetic, "_MULTIPLE", Scanning(arithmetic._MULTIPLE))
    parts = ", ".join(f"{(k * 37) % 900 + 10} in area {k} doubled" for k in range(600))
    text = f"Of the 5,000 homes surveyed, {parts} and 12% elsewhere were damaged."
    factcheck.check(text)
    assert sum(scanned) <= 8 * len(text)


def test_dates_select_keeps_the_longest_non_overlapping():
    import random

    from factcheck.extract.dates import _select

    class F:
        def __init__(self, start, end):
            self.start, self.end = start, end

    rnd = random.Random(5)
    for _ in range(300):
        cands = [F(a, a + rnd.randint(0, 6)) for a in (rnd.randint(0, 40) for _ in range(12))]
        expected, taken = sorted(cands, key=lambda f: (-(f.end - f.start), f.start)), []
        for f in expected:
            if all(f.end <= t.start or f.start >= t.end for t in taken):
                taken.append(f)
        taken.sort(key=lambda f: f.start)
        assert _select(list(cands)) == taken


def test_repeated_collects_the_articles_words_once(monkeypatch):
    import factcheck
    from factcheck.checks import repeated

    counted = CountingPattern(repeated._WORD, "findall")
    monkeypatch.setattr(repeated, "_WORD", counted)
    surnames = [f"Smith{chr(97 + k % 26)}{chr(97 + k // 26)}" for k in range(300)]
    text = "".join(f"Anna {name}, {20 + k % 50}, spoke. " for k, name in enumerate(surnames))
    factcheck.check(text + "later we met.")
    assert counted.calls == 1


def test_fingerprints_hash_a_bounded_part_of_a_long_sentence(monkeypatch):
    """Each finding's fingerprint hashed its whole sentence: 8,000 weekday findings in
    one 240 KB sentence hashed 2 GB. A sentence past fingerprint.LONG_SENTENCE enters
    as its digest, taken once; a sentence of news length hashes as it always did."""
    import hashlib

    import factcheck.fingerprint as fp
    from factcheck.finding import Finding

    hashed = []
    real = hashlib.sha256

    def counting(data=b""):
        hashed.append(len(data))
        return real(data)

    monkeypatch.setattr(fp.hashlib, "sha256", counting)
    fp._normalized_sentence.cache_clear()
    sentence = "On " + ", ".join(f"Tuesday {1 + i % 28} March 2025" for i in range(2_000)) + "."
    findings = [
        Finding(
            rule="weekday",
            level="error",
            status="conflict",
            message="",
            figure=f"Tuesday {1 + i % 28} March 2025",
            sentence=sentence,
        )
        for i in range(2_000)
    ]
    fp.assign_fingerprints(findings)
    assert len({f.fingerprint for f in findings}) == 2_000
    assert sum(hashed) < 2 * len(sentence) + 2_000 * 200
    short = Finding(
        rule="weekday",
        level="error",
        status="conflict",
        message="",
        figure="3 March",
        sentence="On Tuesday 3 March.",
    )
    fp.assign_fingerprints([short])
    raw = "\x1f".join(("weekday", "conflict", "3 march", "on tuesday 3 march.", "0"))
    assert short.fingerprint == real(raw.encode()).hexdigest()[:24]  # unchanged for news


@pytest.mark.parametrize("fmt", ["text", "json", "sarif", "github", "html", "markdown", "concise"])
def test_a_report_quotes_a_bounded_part_of_a_long_sentence_per_finding(tmp_path, capsys, fmt):
    """Each finding quoted its whole sentence: 2,000 wrong weekdays in one 45 KB list
    gave 80 MB of JSON, SARIF, GitHub annotations and HTML (the square of the text).
    A sentence past finding.QUOTE_LIMIT is quoted around its figure."""
    from factcheck.cli import main
    from factcheck.finding import QUOTE_LIMIT

    n = 400
    days = [f"Tuesday {1 + i % 28} March 2025" for i in range(n)]
    text = "On " + ", ".join(days) + ".\n"
    (tmp_path / "list.txt").write_text(text, encoding="utf-8")
    main(["check", str(tmp_path / "list.txt"), "-f", fmt, "--fail-on", "none", "--color", "never"])
    out = capsys.readouterr().out
    flagged = sum(1 for i in range(n) if (1 + i % 28) not in (4, 11, 18, 25))
    assert flagged > 300
    assert len(out) < 3 * len(text) + flagged * (2 * QUOTE_LIMIT + 1_500), len(out)
    if fmt == "json":
        import json

        for f in json.loads(out)["findings"]:
            assert len(f["sentence"]) <= QUOTE_LIMIT + 2
            assert f["sentence"].startswith("…") or f["sentence"].startswith("On ")
            assert text[f["start"] : f["end"]] in f["sentence"]


def test_a_sentence_of_news_length_is_quoted_whole(tmp_path, capsys):
    import json

    from factcheck.cli import main

    sentence = (
        "On Tuesday 3 March 2025 the board met, " + "and then it met again, " * 30 + "at last."
    )
    (tmp_path / "a.txt").write_text(sentence + "\n", encoding="utf-8")
    main(["check", str(tmp_path / "a.txt"), "-f", "json", "--fail-on", "none"])
    (finding,) = json.loads(capsys.readouterr().out)["findings"]
    assert finding["sentence"] == sentence


def test_a_sentence_is_searched_for_a_temperature_or_cricket_cue_once(monkeypatch):
    """ "30 degrees" and "took 4/27" ask whether their sentence speaks of the weather
    or of cricket: once per sentence, not once per figure of a long one."""
    import factcheck.extract.patterns as P
    from factcheck.extract import extract

    temperature = CountingPattern(P.TEMPERATURE_CUE, "search")
    cricket = CountingPattern(P.CRICKET_WORDS, "search")
    monkeypatch.setattr(P, "TEMPERATURE_CUE", temperature)
    monkeypatch.setattr(P, "CRICKET_WORDS", cricket)
    readings = ", ".join(f"{k % 40} degrees at station {k}" for k in range(300))
    figures = ", ".join(f"bowler {k} took {k % 9 + 1}/{k % 60 + 10}" for k in range(300))
    mentions = extract(f"Temperatures read {readings}. In the cricket, {figures}.")
    assert sum(m.unit == "degree Celsius" for m in mentions) > 200
    assert sum(bool(m.extra.get("bowling")) for m in mentions) > 200
    assert temperature.calls <= 2 and cricket.calls <= 2


def test_shares_of_totals_pairs_only_the_first_of_a_long_sentence():
    """A results line of shares and counts ("Ward 12 had 4,512 votes (45.2%), ...")
    pairs its shares with its counts up to ``MAX_PARTS``: all the pairs of the
    sentence (25 million for 5,000 of each) were built before the first
    ``MAX_PARTS`` were kept."""
    from factcheck.compare import derive
    from factcheck.mention import Mention

    old = []
    for k in range(5_000):
        share = Mention("quantity", "45%", 10 * k, 10 * k + 3, value=45.0, dimension="percentage")
        old.append(share)
        old.append(Mention("quantity", "4512", 10 * k + 4, 10 * k + 8, value=4512.0))
    pairs = derive._shares_of_totals(old)
    shares, totals = old[0::2], old[1::2]
    assert pairs == [(shares[0], t) for t in totals[: derive.MAX_PARTS]]


def test_a_sentence_and_a_clause_are_read_for_names_and_words_once(monkeypatch):
    """Each pair of a swap or a moved value asks for the names of its figures'
    sentences and clauses: a sentence of many figures is read once, not once per
    figure asked (that was quadratic in a dense sentence)."""
    from factcheck.compare import clauses

    reads = []
    real = clauses.name_runs
    monkeypatch.setattr(clauses, "name_runs", lambda *a: reads.append(a) or real(*a))
    line = "; ".join(f"Ward {k} of Leeds had {k + 100} votes" for k in range(300)) + "."
    (v, _) = _versions(line, line)
    figures = range(len(v.mentions))
    for _ in range(3):
        sentence = {clauses.sentence_names(v, k) for k in figures}
        words = [clauses.clause_words(v, k) for k in figures]
        names = [clauses.clause_names(v, k) for k in figures]
    assert sentence == {frozenset({"leed", "ward"})}
    assert words[1] == frozenset({"ward", "leed", "vote"}) and names[1] == {"ward", "leed"}
    assert len(reads) == 1 + len({clauses.clause_span(v, k) for k in figures})


def test_a_sentence_is_read_for_its_tense_markers_once(monkeypatch):
    """A sentence with a weekday in every clause (a diary, a list of fixtures) reads its
    tense markers once for all its weekdays, in extract (with a reference day) and in
    compare (a bare weekday's tense): once per weekday was quadratic in its length."""
    import factcheck
    import factcheck.extract.tense as T

    marker = CountingPattern(T._MARKER, "finditer")
    monkeypatch.setattr(T, "_MARKER", marker)
    diary = "Smith was arrested on Monday and will appear in court on Friday, " * 300
    mentions = factcheck.extract(diary + "he said.", "2025-03-05")
    assert sum(m.kind == "date" for m in mentions) == 600 and marker.calls == 1
    marker.calls = 0
    factcheck.compare(diary + "he said.", diary + "she said.")
    assert marker.calls <= 2


def test_a_sentence_is_read_for_what_follows_its_thes_once(monkeypatch):
    """Two figures of named people ("Smith, 34, and Jones, 41, ...") ask whether a name
    is a nickname after "the" in their sentence: the sentence is read for that once,
    not once per pair of figures (quadratic in a long one)."""
    import factcheck
    from factcheck.compare import context

    the = CountingPattern(context._THE, "finditer")
    monkeypatch.setattr(context, "_THE", the)
    context._after_the.cache_clear()
    line = "Smith, 34, and Jones, 41, were arrested; " * 400
    factcheck.compare(line + "police said.", line.replace("41", "42", 1) + "police said.")
    assert the.calls <= 2
