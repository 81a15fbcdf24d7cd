"""``factcheck batch``: one result line per input line, resumable, parallel, forgiving.

Articles and pairs are invented here (the same kinds of figures as news copy).
Results are compared with what the public API returns for the same text, so
these tests hold whatever the extraction and the rules find.
"""

from __future__ import annotations

import io
import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

import factcheck
from factcheck.batch import Malformed, Options, ordered_window, parse_line, run_batch
from factcheck.cli import main
from factcheck.report import FileReport
from factcheck.report.json_format import finding_dict
from tests.conftest import EXAMPLES

STORM_OLD = (
    "The storm dropped 12 inches of snow on Denver on Tuesday, closing 40 schools. "
    "Crews cleared 300 miles (480 km) of road, and about 2,500 homes lost power."
)
STORM_NEW = (
    "The storm dropped 12 inches of snow on Denver on Tuesday and closed 45 schools. "
    "Crews cleared 300 miles of road; some 2,500 homes lost power."
)
BUDGET = (
    "The council approved a budget of $4.2 million in 2019. About 1,200 residents "
    "attended, up 15 percent from the year before, and 3 of the 9 members voted no."
)
HARBOUR_OLD = "The ferry carried 1,450 passengers across the 26-mile crossing in 2 hours."
HARBOUR_NEW = "The ferry carried 1,500 passengers across the 26-mile (42 km) crossing."


def example_rows() -> list[dict]:
    wire = (EXAMPLES / "wire.txt").read_text(encoding="utf-8")
    rewrite = (EXAMPLES / "rewrite.txt").read_text(encoding="utf-8")
    return [
        {"id": "storm", "old": STORM_OLD, "new": STORM_NEW},
        {"id": "budget", "text": BUDGET},
        {"id": 7, "old": HARBOUR_OLD, "new": HARBOUR_NEW},
        {"id": "wire", "old": wire, "new": rewrite},
        {"id": "harbour-text", "text": HARBOUR_NEW},
    ]


def write_jsonl(path: Path, rows: list) -> Path:
    """Rows as JSON lines; a str row is written verbatim (for malformed lines)."""
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write((row if isinstance(row, str) else json.dumps(row)) + "\n")
    return path


def batch(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["batch", *args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def read_results(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def expected_result(row: dict) -> dict:
    if "text" in row:
        findings = factcheck.check(row["text"])
    else:
        findings = factcheck.compare(row["old"], row["new"])
    texts = FileReport("", text=row.get("text", row.get("new")), old_text=row.get("old"))
    out = {
        "id": row["id"],
        "findings": [finding_dict(texts, f) for f in findings],
        "summary": dict(Counter(f.status for f in findings)),
    }
    if "old" in row:  # a pair's line says how its NEW was read
        out["new_is"] = factcheck.compare.compare_read(row["old"], row["new"])[1].to_dict()
    return out


def test_pairs_and_articles_give_one_result_line_each_in_input_order(tmp_path, capsys):
    rows = example_rows()
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    code, stdout, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")
    assert (code, stdout, err) == (0, "", "")
    results = read_results(out)
    assert [r["id"] for r in results] == [r["id"] for r in rows]
    for row, result in zip(rows, results):
        assert list(result) == list(expected_result(row))
        assert result == json.loads(json.dumps(expected_result(row)))


def test_a_line_carries_the_fields_of_format_json_shown_included(tmp_path, capsys):
    """docs/json.md: a batch line's findings are those of ``check``/``compare --format
    json`` on the same text as plain-text files, ``shown`` (the figure with its
    qualifier: "about 2,500") included; only ``file`` differs (a line has no file)."""
    (tmp_path / "old.txt").write_text(STORM_OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(STORM_NEW, encoding="utf-8")
    trail = "The trail, about 100 miles (260 km) long, opened on Friday, 3 March 2017."
    (tmp_path / "trail.txt").write_text(trail, encoding="utf-8")
    rows = [example_rows()[0], {"id": "trail", "text": trail}]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    code, stdout, _ = batch(capsys, str(inp), "-j", "1")
    assert code == 0
    lines = [json.loads(line) for line in stdout.splitlines()]
    for line, argv in zip(lines, (["compare", "old.txt", "new.txt"], ["check", "trail.txt"])):
        main([*(str(tmp_path / a) if a.endswith(".txt") else a for a in argv), "--format", "json"])
        report = json.loads(capsys.readouterr().out)
        batch_findings = [{**f, "file": None} for f in line["findings"]]
        cli_findings = [{**f, "file": None} for f in report["findings"]]
        if argv[0] == "check":  # batch keeps matches, as --matches would
            batch_findings = [f for f in batch_findings if f["status"] != "match"]
        assert batch_findings == cli_findings and cli_findings
        assert all("shown" in f for f in line["findings"])
    shown = [f["shown"]["text"] for f in lines[0]["findings"]]
    assert any(text.startswith(("about", "some")) for text in shown), shown


def test_results_go_to_stdout_without_output(tmp_path, capsys):
    rows = example_rows()[:2]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    code, stdout, _ = batch(capsys, str(inp), "-j", "1")
    assert code == 0
    assert [json.loads(line)["id"] for line in stdout.splitlines()] == ["storm", "budget"]


def test_malformed_lines_are_reported_with_their_line_number_and_skipped(tmp_path, capsys):
    inp = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "first", "text": BUDGET},
            "{not json",
            {"text": BUDGET},
            {"id": "no-text"},
            {"id": ["a"], "text": BUDGET},
            {"id": "half-pair", "old": STORM_OLD},
            "",
            {"id": "last", "old": STORM_OLD, "new": STORM_NEW},
        ],
    )
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")
    assert code == 2  # the run went on, but not every line has its result
    assert [r["id"] for r in read_results(out)] == ["first", "last"]
    problems = [line for line in err.splitlines() if line.startswith(f"factcheck: {inp}:")]
    assert [p.split(":")[2] for p in problems] == ["2", "3", "4", "5", "6"]
    assert all(p.endswith("line skipped") for p in problems)
    assert "not valid JSON" in problems[0] and "'id'" in problems[1]
    assert "Traceback" not in err


@pytest.mark.parametrize(
    "raw, problem",
    [
        (b"[1, 2]", "not an object"),
        (b'{"id": true, "text": "x"}', "string or an integer"),
        (b'{"id": 1, "text": 5}', "'text' must be a string"),
        (b'{"id": 1, "text": "x", "old": "y", "new": "z"}', "both"),
        (b'{"id": 1, "new": "x"}', "no 'old'"),
        (b'{"id": 1, "text": "x", "date": "March 3"}', "YYYY-MM-DD"),
        (b'{"id": 1, "text": "x", "path": 5}', "'path' must be a string"),
        (b'{"id": 1, "text": "caf\xe9"}', "not valid UTF-8"),
    ],
)
def test_each_kind_of_malformed_line_is_named(raw, problem):
    parsed = parse_line(9, raw)
    assert isinstance(parsed, Malformed) and parsed.line == 9
    assert problem in parsed.problem


def test_a_line_may_carry_its_own_reference_date():
    item = parse_line(1, b'\xef\xbb\xbf{"id": "a", "text": "x", "date": "2017-03-01"}')
    assert item.date.isoformat() == "2017-03-01" and item.id == "a"
    assert parse_line(2, b"   \n") is None


def test_duplicate_id_is_reported_and_skipped(tmp_path, capsys):
    inp = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "a", "text": BUDGET},
            {"id": "b", "text": BUDGET},
            {"id": "a", "text": HARBOUR_NEW},
        ],
    )
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")
    assert code == 2
    assert f'{inp}:3: id "a" appeared earlier' in err
    assert [r["id"] for r in read_results(out)] == ["a", "b"]
    code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")  # resumed: same verdict
    assert code == 2 and f'{inp}:3: id "a" appeared earlier' in err
    assert [r["id"] for r in read_results(out)] == ["a", "b"]


def test_rerun_skips_ids_already_in_the_output_and_appends(tmp_path, capsys):
    rows = example_rows()
    out = tmp_path / "out.jsonl"
    code, _, _ = batch(capsys, str(write_jsonl(tmp_path / "half.jsonl", rows[:2])), "-o", str(out))
    assert code == 0
    # mark the first result so that we can see it is kept, not computed again
    lines = out.read_text(encoding="utf-8").splitlines()
    lines[0] = json.dumps({"id": "storm", "findings": [], "summary": {"kept": 1}})
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")

    full = write_jsonl(tmp_path / "full.jsonl", rows)
    code, _, _ = batch(capsys, str(full), "-o", str(out), "-j", "1")
    assert code == 0
    results = read_results(out)
    assert [r["id"] for r in results] == [r["id"] for r in rows]
    assert results[0]["summary"] == {"kept": 1}
    fresh = tmp_path / "fresh.jsonl"
    batch(capsys, str(full), "-o", str(fresh), "-j", "1")
    assert results[1:] == read_results(fresh)[1:]


def test_partial_last_line_of_an_interrupted_run_is_redone(tmp_path, capsys):
    rows = example_rows()[:3]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    batch(capsys, str(inp), "-o", str(out), "-j", "1")
    complete = out.read_text(encoding="utf-8")
    first, second = complete.splitlines()[:2]
    out.write_text(first + "\n" + second[: len(second) // 2], encoding="utf-8")  # killed mid-write
    code, _, _ = batch(capsys, str(inp), "-o", str(out), "-j", "1")
    assert code == 0
    assert out.read_text(encoding="utf-8") == complete


def test_refuses_to_append_to_a_file_that_is_not_batch_output(tmp_path, capsys):
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:1])
    notes = tmp_path / "notes.txt"
    notes.write_text("my notes\n", encoding="utf-8")
    code, _, err = batch(capsys, str(inp), "-o", str(notes))
    assert code == 2
    assert err.count("\n") == 1 and f"{notes}:1" in err
    assert notes.read_text(encoding="utf-8") == "my notes\n"


@pytest.mark.parametrize("make, problem", [(None, "no such file"), ("dir", "directory")])
def test_unusable_input_is_one_line_exit_2(tmp_path, capsys, make, problem):
    inp = tmp_path / "in.jsonl"
    if make == "dir":
        inp.mkdir()
    code, _, err = batch(capsys, str(inp))
    assert code == 2
    assert err.count("\n") == 1 and problem in err and str(inp) in err


def test_two_jobs_give_the_same_output_as_one(tmp_path, capsys):
    rows = [dict(r, id=f"{r['id']}-{i}") for i in range(4) for r in example_rows()]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert batch(capsys, str(inp), "-o", str(one), "-j", "1")[0] == 0
    assert batch(capsys, str(inp), "-o", str(two), "-j", "2")[0] == 0
    assert one.read_bytes() == two.read_bytes()
    assert len(one.read_text(encoding="utf-8").splitlines()) == len(rows)


def test_input_is_read_only_a_window_ahead_of_the_results():
    pulled = []

    def chunks():
        for i in range(1000):
            pulled.append(i)
            yield [i]

    results = ordered_window(chunks(), submit=lambda c: c, wait=lambda c, h: h, window=4)
    assert next(results) == [0]
    assert len(pulled) == 4
    assert [r[0] for r in results] == list(range(1, 1000))


def test_progress_line_only_on_a_terminal(tmp_path):
    from factcheck.commands.batch import Progress

    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:2])
    shown, hidden = io.StringIO(), io.StringIO()
    for stream, out in ((shown, "a.jsonl"), (hidden, "b.jsonl")):
        bar = Progress(stream, enabled=stream is shown)  # hidden: not a terminal
        run_batch(str(inp), str(tmp_path / out), Options(), 1, None, bar.note, bar.update)
        bar.close()
    assert "\r" in shown.getvalue() and "2 done" in shown.getvalue()
    assert hidden.getvalue() == ""


def test_reads_standard_input_from_the_command_line(tmp_path):
    rows = example_rows()[:2]
    data = "".join(json.dumps(r) + "\n" for r in rows).encode("utf-8")
    res = subprocess.run(
        [sys.executable, "-m", "factcheck", "batch", "-", "--jobs", "1", "--date", "2019-05-01"],
        input=data,
        capture_output=True,
        timeout=120,
    )
    assert res.returncode == 0, res.stderr
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["storm", "budget"]


def house_rules(tmp_path: Path) -> Path:
    """A rules folder with one extra rule, to see that --rules reaches the workers."""
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "house.yaml").write_text(
        "id: house-conversion\ntype: conversion\nlevel: warning\n"
        'message: "house style: {first} is {value}, not {second}"\n',
        encoding="utf-8",
    )
    return rules


BAD_CONVERSION = "The trail is 5,500 miles (3,000 km) long, the guide said."


def test_rules_folder_reaches_every_worker(tmp_path, capsys):
    rules = house_rules(tmp_path)
    inp = write_jsonl(tmp_path / "in.jsonl", [{"id": i, "text": BAD_CONVERSION} for i in range(6)])
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "2", "--rules", str(rules))
    assert code == 0, err
    for result in read_results(out):
        assert "house-conversion" in {f["rule"] for f in result["findings"]}


def test_broken_rules_folder_stops_before_any_work(tmp_path, capsys):
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "bad.yaml").write_text("id: bad\ntype: no-such-type\nlevel: error\n", encoding="utf-8")
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:1])
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(inp), "-o", str(out), "--rules", str(rules))
    assert code == 2
    assert err.count("\n") == 1 and "bad.yaml" in err
    assert not out.exists()


def test_gzip_compressed_input_is_read_as_is(tmp_path, capsys):
    import gzip

    rows = example_rows()
    plain = write_jsonl(tmp_path / "in.jsonl", rows)
    packed = tmp_path / "archive.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert batch(capsys, str(plain), "-o", str(a), "-j", "1")[0] == 0
    assert batch(capsys, str(packed), "-o", str(b), "-j", "1")[0] == 0
    assert a.read_bytes() == b.read_bytes()

    truncated = tmp_path / "cut.jsonl.gz"
    truncated.write_bytes(packed.read_bytes()[: packed.stat().st_size // 2])
    code, _, err = batch(capsys, str(truncated), "-o", str(tmp_path / "c.jsonl"), "-j", "1")
    assert code == 2 and err.count("\n") == 1 and f"{truncated}: cannot read further" in err


@pytest.mark.parametrize(
    "line, ident",
    [
        ('{"id":"a,b","findings":[],"summary":{}}', "a,b"),
        ('{"id":7,"findings":[],"summary":{}}', 7),
        (
            '{"findings": [], "id": "reordered by another tool", "summary": {}}',
            "reordered by another tool",
        ),
        ('{"id":"' + "é" * 400 + '","findings":[],"summary":{}}', "é" * 400),
    ],
)
def test_result_ids_are_read_from_the_start_of_the_line_or_the_whole(line, ident):
    from factcheck.batch import result_id

    assert result_id((line + "\n").encode("utf-8")) == ident


def _children(pid: int) -> list[int]:
    """Pids whose parent is ``pid`` (Linux /proc)."""
    kids = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            kids.append(int(stat.parent.name))
    return kids


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs Linux /proc")
def test_sigterm_stops_workers_and_leaves_a_resumable_output(tmp_path):
    import os
    import signal
    import time

    rows = [dict(r, id=f"{r['id']}-{i}") for i in range(400) for r in example_rows()]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "factcheck", "batch", str(inp), "-o", str(out), "-j", "2"]
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, text=True)
    while proc.poll() is None and not (out.exists() and out.stat().st_size):
        time.sleep(0.05)  # until the first results are written
    workers = _children(proc.pid)
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and "interrupted" in err
    assert workers and not [w for w in workers if os.path.exists(f"/proc/{w}")]
    written = read_results(out)  # every line whole
    assert 0 < len(written) < len(rows)
    assert [r["id"] for r in written] == [r["id"] for r in rows[: len(written)]]


def test_an_original_compared_with_many_rewrites_gives_what_compare_gives(tmp_path, capsys):
    """The worker remembers recent texts' figures; results must not notice."""
    rewrites = [STORM_NEW, STORM_OLD, HARBOUR_NEW, STORM_NEW.replace("45", "50"), STORM_NEW]
    rows = [{"id": f"r{i}", "old": STORM_OLD, "new": new} for i, new in enumerate(rewrites)]
    rows.append({"id": "dated", "old": STORM_OLD, "new": STORM_NEW, "date": "2019-05-01"})
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    out = tmp_path / "out.jsonl"
    assert batch(capsys, str(inp), "-o", str(out), "-j", "1")[0] == 0
    for row, result in zip(rows, read_results(out)):
        findings = factcheck.compare(row["old"], row["new"], row.get("date"))
        texts = FileReport("", text=row["new"], old_text=row["old"])
        expected = [finding_dict(texts, f) for f in findings]
        assert result["findings"] == json.loads(json.dumps(expected))


def test_batch_package_modules_import_only_the_ones_before_them():
    """No import cycle in factcheck/batch/, deferred imports included."""
    import ast

    import factcheck.batch as package

    order = ["items", "worker", "window", "local", "dask_cluster", "resume", "run"]
    folder = Path(package.__file__).parent
    assert sorted(p.stem for p in folder.glob("*.py")) == sorted([*order, "__init__"])
    for i, name in enumerate(order):
        tree = ast.parse((folder / f"{name}.py").read_text(encoding="utf-8"))
        used = {
            node.module.rsplit(".", 1)[1]
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
            and (node.module or "").startswith("factcheck.batch.")
        }
        assert used <= set(order[:i]), f"{name} imports {used - set(order[:i])}"


# ------------------------------------------------------------------ hardening (issue 15)


def problem_lines(err: str, inp: Path) -> dict[int, str]:
    """Line number -> message of each per-line problem on stderr (one line each)."""
    out = {}
    for line in err.splitlines():
        if line.startswith(f"factcheck: {inp}:"):
            out[int(line.split(":")[2])] = line
    return out


def test_lone_surrogate_escape_in_text_or_id_skips_the_line_and_resume_works(tmp_path, capsys):
    inp = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "first", "text": BUDGET},
            '{"id": "s1", "text": "Sales rose 5% \\ud800 in May."}',
            '{"id": "bad\\udfff", "text": "Sales rose 5% in May."}',
            {"id": "last", "text": HARBOUR_NEW},
        ],
    )
    before = inp.read_bytes()
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")
    assert code == 2 and "Traceback" not in err
    problems = problem_lines(err, inp)
    assert sorted(problems) == [2, 3]
    assert "'text'" in problems[2] and "\\ud800" in problems[2] and "surrogate" in problems[2]
    assert "'id'" in problems[3] and "\\udfff" in problems[3]
    assert [r["id"] for r in read_results(out)] == ["first", "last"]
    written = out.read_bytes()
    code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")  # resume is not blocked
    assert code == 2 and sorted(problem_lines(err, inp)) == [2, 3]
    assert out.read_bytes() == written
    assert inp.read_bytes() == before


@pytest.mark.parametrize(
    "bad, problem",
    [
        ('{"id": ' + "9" * 4301 + ', "text": "x"}', "more than 4,300 digits"),
        ('{"id": ' + "9" * 4300 + ', "text": "x"}', "beyond 64 bits"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
        ('{"id": "deep", "text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested"),
        ('{"id": "' + "x" * 5000 + '", "text": "x"}', "longer than 1,000 characters"),
        ('{"id": "d", "text": "x", "date": {"y": 2017}}', "YYYY-MM-DD"),
        ('{"id": "nul", "text": "a\x00b"}', "not valid JSON"),
    ],
    ids=[
        "int-4301-digits",
        "int-4300-digits",
        "deep-array",
        "deep-field",
        "long-id",
        "date-object",
        "nul",
    ],
)
def test_malformed_line_classes_are_one_line_naming_file_and_line_and_skipped(
    tmp_path, capsys, bad, problem
):
    inp = write_jsonl(
        tmp_path / "in.jsonl", [{"id": "a", "text": BUDGET}, bad, {"id": "b", "text": BUDGET}]
    )
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")
    assert code == 2 and "Traceback" not in err
    problems = problem_lines(err, inp)
    assert list(problems) == [2] and problem in problems[2]
    assert len(problems[2]) < 400  # the line's content is not echoed
    assert [r["id"] for r in read_results(out)] == ["a", "b"]


def test_nul_byte_in_the_first_4kb_rejects_only_its_line(tmp_path, capsys):
    inp = tmp_path / "in.jsonl"
    inp.write_bytes(
        b'{"id": "a", "text": "Prices rose 4%."}\n'
        b'{"id": "b", "text": "x"}\x00\n'
        b'{"id": "c", "text": "About 1,200 people came."}\n'
    )
    out = tmp_path / "out.jsonl"
    code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")
    assert code == 2 and list(problem_lines(err, inp)) == [2]
    assert [r["id"] for r in read_results(out)] == ["a", "c"]


@pytest.mark.parametrize(
    "content",
    [
        b"my notes",  # one line without final newline: was truncated
        b"my notes\n",
        b'{"id": 1, "name": "another tool"}\n',  # JSON Lines with an id: was appended to
        b'{"id": 5, "note": "no final newline"}',
        b'{"id":1,"findings":[],"summary":{}}\n{"id": 2, "name": "x"}\n',
        b'{\n  "id": 1\n}\n',
    ],
    ids=["text-no-newline", "text", "jsonl-with-id", "json-no-newline", "mixed", "pretty-json"],
)
def test_output_that_is_not_a_batch_output_is_never_truncated_or_appended(
    tmp_path, capsys, content
):
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:1])
    other = tmp_path / "other.txt"
    other.write_bytes(content)
    code, _, err = batch(capsys, str(inp), "-o", str(other), "-j", "1")
    assert code == 2
    assert err.count("\n") == 1 and f"{other}:" in err and "not a result line" in err
    assert other.read_bytes() == content


def test_empty_file_is_a_fresh_output(tmp_path, capsys):
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:2])
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"")
    assert batch(capsys, str(inp), "-o", str(out), "-j", "1")[0] == 0
    assert [r["id"] for r in read_results(out)] == ["storm", "budget"]


def test_second_run_on_an_output_in_use_exits_2_with_one_line(tmp_path, capsys):
    fcntl = pytest.importorskip("fcntl")
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:2])
    out = tmp_path / "out.jsonl"
    out.write_bytes(b"")
    with open(out, "rb") as held:  # what a first run holds while it writes
        fcntl.flock(held.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        code, _, err = batch(capsys, str(inp), "-o", str(out), "-j", "1")
    assert code == 2 and err.count("\n") == 1 and "another 'factcheck batch'" in err
    assert out.read_bytes() == b""
    assert batch(capsys, str(inp), "-o", str(out), "-j", "1")[0] == 0  # lock released


def run_batch_cli(*args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "batch", *args],
        capture_output=True,
        timeout=120,
        **kwargs,
    )


def test_output_to_this_process_own_stdout_pipe_does_not_hang(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:2])
    res = run_batch_cli(str(inp), "-o", "/dev/stdout", "-j", "1")
    assert res.returncode == 0, res.stderr
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == ["storm", "budget"]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/zero and /dev/full")
def test_device_outputs_are_streamed_never_read(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:2])
    zero = run_batch_cli(str(inp), "-o", "/dev/zero", "-j", "1")
    assert zero.returncode == 0, zero.stderr
    full = run_batch_cli(str(inp), "-o", "/dev/full", "-j", "1")
    err = full.stderr.decode()
    assert full.returncode == 2 and err.count("\n") == 1
    assert "/dev/full: cannot write output" in err and "Traceback" not in err


def test_write_error_on_a_closed_pipe_is_one_line_exit_2(tmp_path):
    rows = [{"id": i, "text": BUDGET} for i in range(300)]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    proc = subprocess.Popen(
        [sys.executable, "-m", "factcheck", "batch", str(inp), "-j", "1"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    proc.stdout.readline()  # the first result, then the reader goes away
    proc.stdout.close()
    err = proc.stderr.read().decode()
    assert proc.wait(timeout=120) == 2
    assert err.count("\n") == 1 and "<stdout>: cannot write output" in err, err


def test_jobs_is_capped_at_a_few_processes_per_core(tmp_path, capsys):
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:1])
    with pytest.raises(SystemExit) as stop:
        main(["batch", str(inp), "-j", "1000000"])
    assert stop.value.code == 2
    assert "per core" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["batch", "--help"])
    assert "at most 4 per core" in capsys.readouterr().out


# ------------------------------------------------- the options check and compare have


def test_batch_shares_check_s_definitions_of_the_selection_and_config_options():
    """--config, --select, --ignore, --min-level and --statistics: one definition each."""
    from factcheck.cli import build_parser

    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command").choices

    def options(name: str) -> dict:
        return {a.dest: (a.option_strings, a.help, a.choices) for a in commands[name]._actions}

    check, batch_ = options("check"), options("batch")
    for dest in ("config", "select", "ignore", "min_level", "statistics"):
        assert batch_[dest] == check[dest], dest
    for files_only in ("exclude", "respect_gitignore", "stdin_filename", "format", "baseline"):
        assert files_only not in batch_  # an archive has no files, formats or baseline


SELECTION_ROWS = [
    {"id": "trail", "text": BAD_CONVERSION + " The talks opened on Monday, 3 March 2015."},
    {"id": "storm", "old": STORM_OLD, "new": STORM_NEW},
]


def _rules_of(result: dict) -> list[str]:
    return sorted(f["rule"] for f in result["findings"])


def test_select_ignore_and_min_level_choose_what_each_line_reports(tmp_path, capsys):
    inp = write_jsonl(tmp_path / "in.jsonl", SELECTION_ROWS)
    _, stdout, _ = batch(capsys, str(inp), "-j", "1")
    full = {r["id"]: r for r in map(json.loads, stdout.splitlines())}
    assert {"conversion", "weekday"} <= set(_rules_of(full["trail"]))
    levels = Counter(f["level"] for f in full["storm"]["findings"])
    assert levels["error"] and len(levels) > 1  # so that --min-level error hides some

    code, stdout, err = batch(capsys, str(inp), "-j", "1", "--select", "conversion,dropped")
    assert code == 0, err
    chosen = {r["id"]: r for r in map(json.loads, stdout.splitlines())}
    assert set(_rules_of(chosen["trail"])) == {"conversion"}
    assert {f["status"] for f in chosen["storm"]["findings"]} <= {"dropped", "match", "derived"}
    assert chosen["storm"]["summary"] == dict(
        Counter(f["status"] for f in chosen["storm"]["findings"])
    )
    assert "hidden" not in chosen["trail"]

    code, stdout, _ = batch(capsys, str(inp), "-j", "1", "--ignore", "weekday")
    trail = json.loads(stdout.splitlines()[0])
    assert "weekday" not in _rules_of(trail) and "conversion" in _rules_of(trail)

    code, stdout, _ = batch(capsys, str(inp), "-j", "1", "--min-level", "error")
    storm = json.loads(stdout.splitlines()[1])
    assert {f["level"] for f in storm["findings"]} == {"error"}
    assert storm["hidden"] == len(full["storm"]["findings"]) - len(storm["findings"]) > 0


def test_config_file_gives_rule_settings_select_ignore_and_min_level(tmp_path, capsys):
    inp = write_jsonl(tmp_path / "in.jsonl", SELECTION_ROWS)
    house = tmp_path / "house.yaml"
    house.write_text(
        "ignore: [weekday]\nmin-level: warning\nlevels: {conversion: info}\n", encoding="utf-8"
    )
    code, stdout, err = batch(capsys, str(inp), "-j", "1", "--config", str(house))
    assert code == 0, err
    trail, storm = map(json.loads, stdout.splitlines())
    assert _rules_of(trail) == [] and trail["hidden"] >= 1  # conversion now info: hidden
    assert storm["findings"] and "hidden" in storm
    code, stdout, _ = batch(
        capsys, str(inp), "-j", "1", "--config", str(house), "--min-level", "info"
    )
    trail = json.loads(stdout.splitlines()[0])
    assert {f["level"] for f in trail["findings"]} == {"info"}  # the command line wins
    assert "conversion" in _rules_of(trail) and "weekday" not in _rules_of(trail)


def test_per_file_settings_apply_to_a_line_by_its_path_as_check_applies_them(tmp_path, capsys):
    """A line's "path" names the article as --stdin-filename does for check: the
    settings' per-file-ignores and per-file-levels then apply to it; a line
    without one gets none of them."""
    text = SELECTION_ROWS[0]["text"]
    house = tmp_path / "house.yaml"
    house.write_text(
        "per-file-ignores:\n  'drafts/**': [weekday]\n"
        "per-file-levels:\n  'drafts/**': {conversion: info}\n  '*.md': {weekday: warning}\n",
        encoding="utf-8",
    )
    rows = [
        {"id": "draft", "text": text, "path": "drafts/trail.txt"},
        {"id": "story", "text": text, "path": "news/trail.md"},
        {"id": "nowhere", "text": text},
    ]
    inp = write_jsonl(tmp_path / "in.jsonl", rows)
    code, stdout, err = batch(capsys, str(inp), "-j", "1", "--config", str(house))
    assert code == 0, err
    got = {
        r["id"]: sorted((f["rule"], f["level"]) for f in r["findings"])
        for r in map(json.loads, stdout.splitlines())
    }
    assert got["draft"] == [("conversion", "info")]
    assert got["story"] == [("conversion", "error"), ("weekday", "warning")]
    assert got["nowhere"] == sorted((f.rule, f.level) for f in factcheck.check(text))
    for row in rows[:2]:  # check on that file under the same settings reports the same
        article = tmp_path / row["path"]
        article.parent.mkdir(exist_ok=True)
        article.write_text(text, encoding="utf-8")
        main(["check", str(article), "--config", str(house), "--format", "json"])
        report = json.loads(capsys.readouterr().out)
        assert sorted((f["rule"], f["level"]) for f in report["findings"]) == got[row["id"]]


def test_statistics_replace_the_results_or_count_the_whole_output(tmp_path, capsys):
    inp = write_jsonl(tmp_path / "in.jsonl", SELECTION_ROWS)
    _, stdout, _ = batch(capsys, str(inp), "-j", "1")
    expected = Counter(
        (f["rule"], f["level"], f["status"])
        for r in map(json.loads, stdout.splitlines())
        for f in r["findings"]
    )

    def table(text: str) -> Counter:
        rows = Counter()
        for line in text.splitlines():
            n, rule, level, status = line.split()
            rows[(rule, level, status)] = int(n)
        return rows

    code, stdout, err = batch(capsys, str(inp), "-j", "1", "--statistics")
    assert (code, err) == (0, "")
    assert table(stdout) == expected  # instead of the results
    out = tmp_path / "out.jsonl"
    write_jsonl(inp, SELECTION_ROWS[:1])
    batch(capsys, str(inp), "-o", str(out), "-j", "1")
    write_jsonl(inp, SELECTION_ROWS)
    code, stdout, _ = batch(capsys, str(inp), "-o", str(out), "-j", "1", "--statistics")
    assert code == 0 and len(read_results(out)) == 2
    assert table(stdout) == expected  # the resumed line is counted too


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["--select", "convrsion"], "'convrsion'"),
        (["--ignore", "nothing-such"], "'nothing-such'"),
        (["--config", "missing.yaml"], "missing.yaml: no such settings file"),
        (["--config", "bad.yaml"], "bad.yaml:1: selct"),
        (["--config", "typo.yaml"], "typo.yaml"),
        (["--config", "perfile.yaml"], "per-file-levels of perfile.yaml: no rule"),
        (["--config", "."], ".: is a folder, not a settings file"),
    ],
)
def test_bad_selection_or_config_is_one_line_exit_2_before_any_output(tmp_path, args, named):
    from tests.cli_helpers import assert_one_line_error, cli

    write_jsonl(tmp_path / "in.jsonl", SELECTION_ROWS)
    (tmp_path / "bad.yaml").write_text("selct: [conversion]\n", encoding="utf-8")
    (tmp_path / "typo.yaml").write_text("ignore: [convrsion]\n", encoding="utf-8")
    (tmp_path / "perfile.yaml").write_text(
        "per-file-levels:\n  'drafts/**': {convrsion: info}\n", encoding="utf-8"
    )
    res = cli("batch", "in.jsonl", "-o", "out.jsonl", *args, cwd=tmp_path)
    assert_one_line_error(res, named)
    assert not (tmp_path / "out.jsonl").exists()
