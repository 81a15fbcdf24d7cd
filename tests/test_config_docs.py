"""docs/config.md names every settings key the loader accepts."""

from pathlib import Path

from factcheck.config import KEYS


def test_every_settings_key_is_documented():
    docs = (Path(__file__).resolve().parent.parent / "docs" / "config.md").read_text("utf-8")
    for key in KEYS:
        assert f"{key}:" in docs, key
