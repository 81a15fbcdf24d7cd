"""``factcheck batch --scheduler``: the same results on a Dask cluster as on one machine.

The test starts its own small local cluster (two single-thread worker processes, no
dashboard) on a TCP port of this machine, and runs the command line in a
separate process, as a user would against a real scheduler.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from factcheck.cli import main
from tests.test_batch import BAD_CONVERSION, example_rows, house_rules, write_jsonl

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def scheduler_address():
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        protocol="tcp",
        host="127.0.0.1",
        dashboard_address=None,
    ) as cluster:
        yield cluster.scheduler_address


def run_cli(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "factcheck", "batch", *args],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, **env},
    )


def test_cluster_results_are_identical_to_the_single_machine_run(
    tmp_path, capsys, scheduler_address
):
    rows = [dict(r, id=f"{r['id']}-{i}") for i in range(3) for r in example_rows()]
    rows.append({"id": "house", "text": BAD_CONVERSION})
    inp = write_jsonl(tmp_path / "in.jsonl", [*rows[:4], "{broken", *rows[4:]])
    local, cluster = tmp_path / "local.jsonl", tmp_path / "cluster.jsonl"
    options = ["--date", "2019-05-01", "--rules", str(house_rules(tmp_path))]
    assert main(["batch", str(inp), "-o", str(local), "-j", "1", *options]) == 2
    res = run_cli(str(inp), "-o", str(cluster), *options, "--scheduler", scheduler_address)
    assert res.returncode == 2, res.stderr  # the broken line, reported and skipped
    assert f"{inp}:5: not valid JSON" in res.stderr
    assert cluster.read_bytes() == local.read_bytes()
    lines = cluster.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(rows) and "house-conversion" in lines[-1]
    capsys.readouterr()


def test_cluster_run_resumes_like_a_local_one(tmp_path, scheduler_address):
    rows = example_rows()
    out = tmp_path / "out.jsonl"
    first = run_cli(
        str(write_jsonl(tmp_path / "a.jsonl", rows[:2])),
        "-o",
        str(out),
        "--scheduler",
        scheduler_address,
    )
    assert first.returncode == 0, first.stderr
    second = run_cli(
        str(write_jsonl(tmp_path / "b.jsonl", rows)),
        "-o",
        str(out),
        "--scheduler",
        scheduler_address,
    )
    assert second.returncode == 0, second.stderr
    ids = [line.split('"id":', 1)[1].split(",", 1)[0] for line in out.read_text().splitlines()]
    assert len(ids) == len(rows) == len(set(ids))


def test_unreachable_scheduler_is_one_line_exit_2(tmp_path):
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:1])
    res = run_cli(
        str(inp),
        "--scheduler",
        "tcp://127.0.0.1:9",
        DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT="1s",
    )
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and "tcp://127.0.0.1:9" in res.stderr


def test_a_scheduler_file_works_as_the_address(tmp_path, scheduler_address):
    import json

    scheduler_file = tmp_path / "scheduler.json"
    scheduler_file.write_text(json.dumps({"address": scheduler_address}), encoding="utf-8")
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:2])
    res = run_cli(str(inp), "--scheduler", str(scheduler_file))
    assert res.returncode == 0, res.stderr
    assert len(res.stdout.splitlines()) == 2


@pytest.mark.parametrize(
    "address, problem",
    [("localhost", "not a Dask scheduler address"), ("FILE", "not a Dask scheduler file")],
)
def test_malformed_scheduler_address_is_one_line_exit_2(tmp_path, address, problem):
    if address == "FILE":
        address = str(tmp_path / "scheduler.json")
        Path(address).write_text("{}", encoding="utf-8")
    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:1])
    res = run_cli(str(inp), "--scheduler", address)
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and problem in res.stderr


@pytest.mark.parametrize(
    "address, problem",
    [
        ("tls://127.0.0.1:8786", "TLS settings"),
        ("inproc://scheduler", "inproc:// cannot reach"),
        ("SILENT", "no answer within 2 s"),
    ],
    ids=["tls-without-settings", "inproc", "accepts-but-never-answers"],
)
def test_scheduler_address_that_cannot_work_is_one_line_exit_2_without_hang(
    tmp_path, address, problem
):
    """Was: an error, a 60 s hang and a traceback at exit (a half-built Dask client)."""
    import socket

    inp = write_jsonl(tmp_path / "in.jsonl", example_rows()[:1])
    with socket.socket() as silent:  # listens on this machine, never accepts nor answers
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        address = address.replace("SILENT", f"tcp://127.0.0.1:{silent.getsockname()[1]}")
        res = subprocess.run(
            [sys.executable, "-m", "factcheck", "batch", str(inp), "--scheduler", address],
            capture_output=True,
            text=True,
            timeout=45,  # the old hang alone was 60 s
            env={**os.environ, "DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "2s"},
        )
    assert res.returncode == 2
    assert res.stderr.count("\n") == 1 and problem in res.stderr, res.stderr
    assert "Traceback" not in res.stderr and "Exception ignored" not in res.stderr
