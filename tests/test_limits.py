"""The limits on one document (docs/limits.md): size, time, and only regular files."""

from __future__ import annotations

import os

import pytest

from factcheck.budget import OverBudget, time_budget
from factcheck.cli import main

STORY = "The 5,500-mile (8,900-km) border is long.\n"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_named_like_an_article_is_refused_not_waited_on(capsys, tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "story.txt").write_text(STORY, encoding="utf-8")
    code, _, err = run(capsys, "check", tmp_path / "pipe.txt", tmp_path / "story.txt")
    assert code == 2
    assert err.strip().splitlines() == [f"factcheck: {tmp_path / 'pipe.txt'}: not a regular file"]
    code, _, err = run(capsys, "check", tmp_path)  # found by walking a folder: skipped
    assert code == 0 and err == ""


def test_a_document_over_max_bytes_is_one_line_and_the_others_are_checked(capsys, tmp_path):
    (tmp_path / "big.txt").write_text(STORY * 100, encoding="utf-8")
    (tmp_path / "small.txt").write_text(STORY, encoding="utf-8")
    code, out, err = run(capsys, "check", "--max-bytes", 1000, "--format", "json", tmp_path)
    assert code == 2
    (line,) = err.strip().splitlines()
    assert "big.txt: file is 4,200 bytes, larger than the 1,000 bytes limit" in line
    assert "small.txt" in out


def test_the_time_budget_stops_a_block_that_would_not_end():
    with (
        pytest.raises(OverBudget, match="doc.txt: stopped after 0.05 s"),
        time_budget(0.05, "doc.txt"),
    ):
        while True:
            pass


def test_no_budget_and_a_finished_block_leave_no_timer_behind():
    import signal

    with time_budget(None, "a"):
        pass
    with time_budget(5, "b"):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


@pytest.mark.parametrize("value", ["-1", "nan", "inf", "x"])
def test_time_budget_refuses_nonsense(capsys, value):
    with pytest.raises(SystemExit) as exc:
        main(["check", "--time-budget", value, "x.txt"])
    assert exc.value.code == 2


def test_limits_are_in_the_help(capsys):
    for command in ("check", "compare", "extract"):
        with pytest.raises(SystemExit):
            main([command, "--help"])
        out = capsys.readouterr().out
        assert "--max-bytes" in out and "--time-budget" in out
