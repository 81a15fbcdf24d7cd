"""Summary mode where users meet it: a batch line's ``new_is``, the served page's choice,
and the HTML report of a summary. Every text here is invented."""

from __future__ import annotations

import json
import urllib.parse
import urllib.request

import pytest

from factcheck.batch.items import Item, Malformed, parse_line
from tests.cli_helpers import cli

OLD = "The mill burned down on 3 October 1871, records show, and 40 homes were lost.\n"
NEW = "The mill burned down in 1871, records show.\n"


def _line(**fields) -> bytes:
    return json.dumps({"id": "a", **fields}).encode("utf-8")


def test_a_batch_line_says_how_its_new_is_read():
    item = parse_line(1, _line(old=OLD, new=NEW, new_is="summary"))
    assert isinstance(item, Item) and item.new_is == "summary"
    assert parse_line(1, _line(old=OLD, new=NEW)).new_is is None


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"old": OLD, "new": NEW, "new_is": "precis"}, "'new_is' must be one of"),
        ({"old": OLD, "new": NEW, "new_is": 3}, "not a JSON number"),
        ({"text": OLD, "new_is": "summary"}, "has 'new_is' but no 'old'/'new'"),
    ],
)
def test_a_bad_new_is_on_a_batch_line_skips_that_line(fields, problem):
    bad = parse_line(4, _line(**fields))
    assert isinstance(bad, Malformed) and bad.line == 4 and problem in bad.problem


def test_batch_reads_each_pair_as_its_line_says_and_names_a_bad_line(tmp_path):
    rows = [
        {"id": "asked", "old": OLD, "new": NEW, "new_is": "summary"},
        {"id": "default", "old": OLD, "new": NEW},
        {"id": "bad", "old": OLD, "new": NEW, "new_is": "precis"},
    ]
    inp = tmp_path / "in.jsonl"
    inp.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    before = inp.read_bytes()
    res = cli("batch", "--new-is", "rewrite", "-j", "1", str(inp), cwd=tmp_path)
    assert res.returncode == 2 and "Traceback" not in res.stderr
    (problem,) = [ln for ln in res.stderr.splitlines() if "new_is" in ln]
    assert "in.jsonl:3:" in problem and "precis" in problem
    lines = {d["id"]: d for d in map(json.loads, res.stdout.splitlines())}
    assert lines["asked"]["new_is"]["new_is"] == "summary"
    assert lines["asked"]["summary"] == {"derived": 1}
    assert lines["default"]["new_is"]["new_is"] == "rewrite"  # --new-is for the others
    assert set(lines) == {"asked", "default"}
    assert inp.read_bytes() == before


def test_html_report_of_a_summary_says_so_in_its_own_row_and_claims_no_more(tmp_path):
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "new.txt").write_text(NEW, encoding="utf-8")
    res = cli("compare", "--new-is", "summary", "--format", "html", "old.txt", "new.txt",
              cwd=tmp_path)  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert '<p class="reading">read as a summary (as asked)' in res.stdout
    assert "section.file > p.reading {" in res.stdout  # padded like the counts row
    # the drop of '40' is not reported, so the page must not say every figure matches
    assert "every figure matches" not in res.stdout
    assert "every figure the summary gives agrees with the original" in res.stdout
    res = cli("compare", "--new-is", "rewrite", "--format", "html", "old.txt", "old.txt",
              cwd=tmp_path)  # fmt: skip
    assert "No flags: every figure matches." in res.stdout


def test_the_served_pages_form_says_how_new_is_read():
    pytest.importorskip("starlette")
    pytest.importorskip("uvicorn")
    from tests.serve_helpers import post, running_server

    with running_server() as base:
        for choice, reading in (("summary", "summary"), ("rewrite", "rewrite"), ("", "rewrite")):
            fields = {"old": OLD, "new": OLD.replace("40", "40 or more"), "download": "json"}
            form = urllib.parse.urlencode({**fields, "new_is": choice}).encode()
            status, doc = post(base + "/report", form, "application/x-www-form-urlencoded")
            assert status == 200, doc
            assert doc["files"][0]["new_is"]["new_is"] == reading, choice
        form = urllib.parse.urlencode({"old": OLD, "new": NEW, "new_is": "precis"}).encode()
        status, page = post(base + "/report", form, "application/x-www-form-urlencoded")
        assert status == 400 and "new_is&#x27; must be one of" in page
        with urllib.request.urlopen(base + "/") as res:
            page = res.read().decode("utf-8")
    assert '<select id="new_is" name="new_is">' in page


def test_serve_with_a_bad_new_is_in_its_settings_stops_before_saying_it_serves(tmp_path):
    pytest.importorskip("starlette")
    pytest.importorskip("uvicorn")
    from tests.cli_helpers import assert_one_line_error

    (tmp_path / ".factcheck.yaml").write_text("new-is: precis\n", encoding="utf-8")
    res = cli("serve", "--port", "1", cwd=tmp_path)
    assert_one_line_error(res, ".factcheck.yaml")
    assert "serving on" not in res.stdout
    (tmp_path / ".factcheck.yaml").write_text("new-is: summary\n", encoding="utf-8")
    res = cli("serve", "--port", "8000", "--new-is", "precis", cwd=tmp_path)
    assert_one_line_error(res, "--new-is")
    assert "serving on" not in res.stdout
