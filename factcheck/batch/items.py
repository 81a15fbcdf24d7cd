"""The batch input format: JSON Lines read lazily, each line validated on its own.

Input line: ``{"id": ..., "text": ...}`` (one article, judged by
``factcheck.check``) or ``{"id": ..., "old": ..., "new": ...}`` (a pair,
judged by ``factcheck.compare``); optional ``"date": "YYYY-MM-DD"`` overrides
``--date`` for that line, optional ``"new_is": "auto"|"rewrite"|"summary"``
overrides ``--new-is`` for that pair (as the field of ``POST /api/compare``), and
optional ``"path"`` names the article for the settings' ``per-file-ignores`` and
``per-file-levels`` (as ``--stdin-filename`` does for ``check -``). A line that does not fit is a ``Malformed`` record
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

from factcheck.config import NEW_IS_CHOICES
from factcheck.errors import InputError
from factcheck.source import MAX_BYTES, wide_encoding

MAX_LINE_BYTES = 2 * MAX_BYTES + 64 * 1024
"""A pair of two maximal articles plus JSON overhead; longer lines are skipped
unread, so that one runaway line cannot exhaust memory."""

MAX_ID_CHARS = 1000
"""Ids are kept in memory for the whole run (resume, duplicates): a bound per
id keeps that set at about 100 bytes per line for real ids (a URL, a slug)."""

MAX_INT_ID = 2**63 - 1
"""Integer ids must fit in 64 bits, as in every database an archive comes
from; larger ones (thousands of digits) are refused, not converted."""


@dataclass
class Item:
    """One valid input line: an article (``text``) or a pair (``old``, ``new``)."""

    line: int
    id: str | int
    text: str | None = None
    old: str | None = None
    new: str | None = None
    date: _dt.date | None = None
    new_is: str | None = None
    """How this pair's NEW is read (``config.NEW_IS_CHOICES``); None for ``--new-is``."""
    path: str | None = None
    """Where the article lives, relative to the settings file's folder ("sport/a.md"):
    what ``per-file-ignores`` and ``per-file-levels`` globs are matched against."""


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
        what = exc.msg.removesuffix(" at")  # "Invalid control character at"
        if what == "Extra data" and "\r" in text.rstrip("\r\n"):  # a classic-Mac export
            return bad("lines end in a lone CR: JSON Lines needs a line feed after each object")
        return bad(f"not valid JSON ({what} at column {exc.colno})")
    except RecursionError:
        return bad("JSON nested too deeply to read")
    except ValueError as exc:  # Python reads integers of at most 4,300 digits
        if "digits" in str(exc):
            return bad("holds a number too long to read (more than 4,300 digits)")
        return bad(f"not readable as JSON ({one_line(str(exc), 120)})")
    if not isinstance(doc, dict):
        return bad(
            f"a JSON {type(doc).__name__}, not an object with 'id' and 'text' or 'old'/'new'"
        )
    if "id" not in doc:
        return bad("no 'id'")
    ident = doc["id"]
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        return bad(f"'id' must be a string or an integer, not a JSON {_json_type(ident)}")
    if isinstance(ident, int) and not -MAX_INT_ID <= ident <= MAX_INT_ID:
        return bad("'id' is an integer beyond 64 bits; give such an id as a string")
    if isinstance(ident, str):
        if len(ident) > MAX_ID_CHARS:
            return bad(f"'id' is longer than {MAX_ID_CHARS:,} characters")
        if _lone_surrogate(ident) is not None:
            return bad(f"'id' {_surrogate_problem(ident)}")
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
            return bad(f"'{name}' must be a string, not a JSON {_json_type(doc[name])}")
        if len(doc[name].encode("utf-8", "surrogatepass")) > MAX_BYTES:
            return bad(
                f"'{name}' is larger than the {MAX_BYTES / 1e6:.0f} MB limit for one article"
            )
        if _lone_surrogate(doc[name]) is not None:
            return bad(f"'{name}' {_surrogate_problem(doc[name])}")
    date = None
    if doc.get("date") is not None:
        given = doc["date"]
        try:
            if not isinstance(given, str):
                raise ValueError(given)
            date = _dt.date.fromisoformat(given)
        except ValueError:
            shown = (
                json.dumps(given)[:40] if isinstance(given, str) else f"a JSON {_json_type(given)}"
            )
            return bad(f"'date' {shown} is not a date in the form YYYY-MM-DD")
    new_is = doc.get("new_is")
    if new_is is not None:
        if has_text:
            return bad("has 'new_is' but no 'old'/'new'; it says how a pair's NEW is read")
        if new_is not in NEW_IS_CHOICES:
            shown = json.dumps(new_is)[:40] if isinstance(new_is, str) else None
            shown = shown or f"a JSON {_json_type(new_is)}"
            return bad(f"'new_is' must be one of {', '.join(NEW_IS_CHOICES)}, not {shown}")
    path = doc.get("path")
    if path is not None and not isinstance(path, str):
        return bad(f"'path' must be a string, not a JSON {_json_type(path)}")
    if path is not None and len(path) > MAX_ID_CHARS:
        return bad(f"'path' is longer than {MAX_ID_CHARS:,} characters")
    return Item(
        line=line_no,
        id=ident,
        text=doc.get("text"),
        old=doc.get("old"),
        new=doc.get("new"),
        date=date,
        new_is=new_is,
        path=path,
    )


def _lone_surrogate(s: str) -> int | None:
    """Index of the first lone surrogate (``"\\ud800"`` escapes decode to one), or None.

    Such a string is not Unicode text: it cannot be written as UTF-8, so an
    item carrying one could never get a result line (nor be resumed).
    """
    try:
        s.encode("utf-8")
    except UnicodeEncodeError as exc:
        return exc.start
    return None


def _surrogate_problem(s: str) -> str:
    at = _lone_surrogate(s) or 0
    return (
        f"holds a lone surrogate escape (\\u{ord(s[at]):04x} at character {at + 1}), "
        "which is not Unicode text"
    )


def _json_type(value: object) -> str:
    """The JSON name of a decoded value's type (never its content: it may be huge)."""
    names = {dict: "object", list: "array", str: "string", bool: "boolean", type(None): "null"}
    return names.get(type(value), "number")


def one_line(message: str, limit: int = 300) -> str:
    """A message as one short printable line: control characters and line breaks become spaces.

    Exception texts and ids come from the input; a line break or a terminal
    escape in them must not break the one-line-per-problem promise.
    """
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in message).split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


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
        if sys.stdin is None:
            from factcheck.source import STDIN_CLOSED

            raise InputError(STDIN_CLOSED)
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
    if raw.peek(2)[:2] == b"\x1f\x8b":
        import gzip

        return gzip.GzipFile(fileobj=raw, mode="rb"), raw, size
    wide = wide_encoding(raw.peek(4)[:4])
    if wide:  # every line of it would be malformed, each with a message of its own
        raw.close()
        raise InputError(f"{path}: {wide}")
    head = raw.peek(8192)[:8192]
    if b"\x00" in head and not head.lstrip().startswith(b"{"):
        # an image, an archive, a database: hundreds of "line skipped" would bury the cause
        raw.close()
        raise InputError(f"{path}: looks like a binary file, not JSON Lines")
    # a stray NUL byte in a file of JSON objects is one malformed line
    return raw, raw, size
