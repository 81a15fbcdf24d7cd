"""Shared fixtures: the bundled examples and the optional ../shared reference data.

Tests that read ../shared skip cleanly when it is absent (a clone on its own).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """Path under ../shared, skipping the calling test when it is not there."""
    p = SHARED.joinpath(*parts)
    if not p.exists():
        pytest.skip(f"../shared/{'/'.join(parts)} not present")
    return p


@pytest.fixture
def seed_pair() -> tuple[str, str]:
    """The seed wire story and its rewrite, read from ../shared/seeds."""
    wire = shared_path("seeds", "border-asylum-wire.txt").read_text(encoding="utf-8")
    rewrite = shared_path("seeds", "border-asylum-rewrite.txt").read_text(encoding="utf-8")
    return wire, rewrite


@pytest.fixture
def labelled_pairs() -> list[dict]:
    return json.loads(
        shared_path("corpora", "rewrites", "labelled-dev.json").read_text(encoding="utf-8")
    )


@pytest.fixture
def example_pair() -> tuple[str, str]:
    return (
        (EXAMPLES / "wire.txt").read_text(encoding="utf-8"),
        (EXAMPLES / "rewrite.txt").read_text(encoding="utf-8"),
    )
