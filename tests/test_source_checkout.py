"""A clone that was never installed runs: ``PYTHONPATH=. python -m factcheck``.

Installing maps the top-level ``rules/`` folder to the package
``factcheck.rules``; a checkout has no such package, and the default rules must
still be found. The subprocess runs without ``site`` (``-S``) so the editable
install of the test environment (a ``.pth`` hook that would map
``factcheck.rules``) is not loaded; the third-party dependencies are put on
``PYTHONPATH`` as plain folders.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pint
import quantulum3
import yaml

from tests.conftest import ROOT


def run_uninstalled(*args: str) -> subprocess.CompletedProcess[str]:
    folders = {str(Path(m.__file__).resolve().parent.parent) for m in (yaml, pint, quantulum3)}
    env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(ROOT), *sorted(folders)]))
    return subprocess.run(
        [sys.executable, "-S", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )


def test_the_subprocess_does_not_see_the_installed_package():
    probe = run_uninstalled(
        "-c", "import importlib.util as u; print(u.find_spec('factcheck.rules') is None)"
    )
    assert probe.stdout.strip() == "True", probe.stderr


def test_check_runs_from_a_checkout_that_was_never_installed():
    done = run_uninstalled("-m", "factcheck", "check", "examples/wire.txt", "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr
    assert '"findings"' in done.stdout


def test_the_default_rules_are_the_checkout_rules_folder():
    code = "from factcheck.ruleset import default_rules_dir; print(default_rules_dir())"
    done = run_uninstalled("-c", code)
    assert Path(done.stdout.strip()) == ROOT / "rules", done.stderr
