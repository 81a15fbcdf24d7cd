"""Item 7 of issue 2: bad input never reaches the extractor as a traceback.

A 50 MB file is refused before it is read (bounded memory), with one line
naming the file and the limit; a directory is named as such.
"""

from __future__ import annotations

import subprocess
import sys

from factcheck.source import MAX_BYTES, read_text


def run_extract(*paths: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "extract", *paths],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_50_mb_file_is_refused_with_a_clear_message(tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as fh:  # sparse-ish: written in chunks, never held whole
        chunk = b"Some 3,800 people crossed the border.\n" * 1000
        while fh.tell() < 50 * 1024 * 1024:
            fh.write(chunk)
    res = run_extract(str(big))
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert str(big) in res.stderr and "MB" in res.stderr and "limit" in res.stderr


def test_the_limit_is_checked_before_reading(tmp_path):
    big = tmp_path / "big.txt"
    big.write_bytes(b"1" * (MAX_BYTES + 1))
    try:
        read_text(big)
    except Exception as exc:  # InputError
        assert "larger than" in str(exc) and str(big) in str(exc)
    else:  # pragma: no cover
        raise AssertionError("an oversized file was read")


def test_a_directory_is_named_as_one(tmp_path):
    res = run_extract(str(tmp_path))
    # a folder is expanded into its articles; an empty one has nothing to read
    assert res.returncode in (0, 2)
    assert "Traceback" not in res.stderr


def test_a_good_file_next_to_a_bad_one_is_still_reported(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("Police said 143 people crossed.", encoding="utf-8")
    res = run_extract(str(good), str(tmp_path / "missing.txt"))
    assert res.returncode == 2
    assert "missing.txt" in res.stderr and "Traceback" not in res.stderr
