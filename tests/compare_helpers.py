"""What the compare tests read of a comparison: the flags, as (status, old, new) texts.

One home for the helper the compare test files share, so each file says which flags
it asserts on (all three for two versions, or only those on a summary's side).
"""

from __future__ import annotations

from factcheck import compare
from factcheck.compare import compare_texts

FLAGS = ("conflict", "dropped", "added")
SUMMARY_FLAGS = ("conflict", "added")
"""A summary drops figures by design: its flags are the ones on its own side."""


def flags(
    old: str, new: str, statuses: tuple[str, ...] = FLAGS
) -> list[tuple[str, str | None, str | None]]:
    """The findings of ``compare(old, new)`` an editor must look at, in text order."""
    return [
        (f.status, f.old and f.old.text, f.new and f.new.text)
        for f in compare(old, new)
        if f.status in statuses
    ]


def summary_flags(old: str, new: str) -> list[tuple[str, str | None, str | None]]:
    """The flags on a summary's side: conflicts and added figures."""
    return flags(old, new, SUMMARY_FLAGS)


def summary_flags_read_as(
    old: str, new: str, new_is: str = "summary"
) -> list[tuple[str, str | None, str]]:
    """The flags on NEW's side (conflicts and added figures), NEW read as ``new_is``."""
    return [
        (f.status, f.old and f.old.text, f.new.text)
        for f in compare_texts(old, new, new_is=new_is)
        if f.status in SUMMARY_FLAGS and f.new is not None
    ]
