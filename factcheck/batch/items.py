"""The batch input format: JSON Lines read lazily, each line validated on its own.

Input line: ``{"id": ..., "text": ...}`` (one article, judged by
``factcheck.check``) or ``{"id": ..., "old": ..., "new": ...}`` (a pair,
judged by ``factcheck.compare``); optional ``"date": "YYYY-MM-DD"`` overrides
``--date`` for that line. A line that does not fit is a ``Malformed`` record
with its line number and the problem, never an exception: one bad line must
not stop an archive run.
"""

from __future__ import annotations

import datetime as _dt
import json
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO

from factcheck.errors import InputError
from factcheck.source import MAX_BYTES

MAX_LINE_BYTES = 2 * MAX_BYTES + 64 * 1024
"""A pair of two maximal articles plus JSON overhead; longer lines are skipped
unread, so that one runaway line cannot exhaust memory."""


@dataclass
class Item:
    """One valid input line: an article (``text``) or a pair (``old``, ``new``)."""

    line: int
    id: str | int
    text: str | None = None
    old: str | None = None
    new: str | None = None
    date: _dt.date | None = None


@dataclass
class Malformed:
    """An input line that cannot be processed, and why."""

    line: int
    problem: str


def parse_line(line_no: int, raw: bytes) -> Item | Malformed | None:
    """Validate one input line; None for a blank line (ignored, like most JSONL readers)."""

    def bad(problem: str) -> Malformed:
        return Malformed(line_no, problem)

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return bad(f"not valid UTF-8 (byte 0x{raw[exc.start]:02x} at column {exc.start + 1})")
    if line_no == 1 and text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        return None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as exc:
        return bad(f"not valid JSON ({exc.msg} at column {exc.colno})")
    if not isinstance(doc, dict):
        return bad(
            f"a JSON {type(doc).__name__}, not an object with 'id' and 'text' or 'old'/'new'"
        )
    if "id" not in doc:
        return bad("no 'id'")
    ident = doc["id"]
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        return bad(f"'id' must be a string or an integer, not {json.dumps(ident)[:40]}")
    has_text = "text" in doc
    has_pair = "old" in doc or "new" in doc
    if has_text and has_pair:
        return bad("has both 'text' and 'old'/'new'; give one article or one pair per line")
    if not has_text and not has_pair:
        return bad("needs 'text' (one article) or 'old' and 'new' (a pair)")
    fields = ("text",) if has_text else ("old", "new")
    for name in fields:
        if name not in doc:
            return bad(f"has '{'old' if name == 'new' else 'new'}' but no '{name}'")
        if not isinstance(doc[name], str):
            return bad(f"'{name}' must be a string, not {type(doc[name]).__name__}")
        if len(doc[name].encode("utf-8", "surrogatepass")) > MAX_BYTES:
            return bad(
                f"'{name}' is larger than the {MAX_BYTES / 1e6:.0f} MB limit for one article"
            )
    date = None
    if doc.get("date") is not None:
        try:
            date = _dt.date.fromisoformat(str(doc["date"]))
        except ValueError:
            return bad(
                f"'date' {json.dumps(doc['date'])[:40]} is not a date in the form YYYY-MM-DD"
            )
    return Item(
        line=line_no,
        id=ident,
        text=doc.get("text"),
        old=doc.get("old"),
        new=doc.get("new"),
        date=date,
    )


def iter_input(fh: IO[bytes]) -> Iterator[Item | Malformed]:
    """Parse a binary JSONL stream lazily, one line at a time, with its line number."""
    line_no = 0
    while True:
        raw = fh.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        line_no += 1
        if len(raw) > MAX_LINE_BYTES and not raw.endswith(b"\n"):
            while raw and not raw.endswith(b"\n"):  # skip the rest unread into memory
                raw = fh.readline(1 << 20)
            yield Malformed(line_no, f"longer than {MAX_LINE_BYTES / 1e6:.0f} MB")
            continue
        parsed = parse_line(line_no, raw)
        if parsed is not None:
            yield parsed


def open_input(path: str) -> tuple[IO[bytes], IO[bytes], int | None]:
    """(stream of lines, file on disk for progress, its size) for ``path``.

    A gzip-compressed file (archives often are) is read through gzip, found
    by its magic bytes rather than its name; progress then counts compressed
    bytes read. The file is only ever opened for reading.
    """
    if path == "-":
        return sys.stdin.buffer, sys.stdin.buffer, None
    if not os.path.exists(path):
        raise InputError(f"{path}: no such file")
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not a JSON Lines file")
    try:
        raw = open(path, "rb")  # noqa: SIM115 (closed by run_batch)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    size = os.fstat(raw.fileno()).st_size or None
    head = raw.peek(4096)[:4096]
    if head[:2] == b"\x1f\x8b":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb"), raw, size
    if b"\x00" in head:
        raw.close()
        raise InputError(f"{path}: looks like a binary file, not JSON Lines")
    return raw, raw, size
