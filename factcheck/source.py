"""Reading article files safely: one clear error per bad file, never a traceback.

Input files are only ever opened for reading. The size cap keeps memory
bounded: an article is at most a few hundred kilobytes, and a 50 MB "article"
is almost certainly a mistake (a dump, a binary), so it is refused with a
message rather than slowly processed.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from factcheck.errors import InputError

MAX_BYTES = 5 * 1024 * 1024
STDIN_CLOSED = "<stdin>: standard input is closed: pipe the text in, or give a file"
ARTICLE_SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm")


def read_text(
    path: str | os.PathLike[str], max_bytes: int = MAX_BYTES, allow_empty: bool = False
) -> str:
    """Return the UTF-8 text of ``path`` or raise InputError naming the problem."""
    name = str(path)
    if name == "-":
        import sys

        if sys.stdin is None:
            raise InputError(STDIN_CLOSED)
        data = sys.stdin.buffer.read(max_bytes + 1)
        name = "<stdin>"
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{name}: no such file")
        if p.is_dir():
            raise InputError(f"{name}: is a directory, not a file")
        if not p.is_file():
            # a FIFO, socket or device: opening one may block for ever
            raise InputError(f"{name}: not a regular file")
        try:
            size = p.stat().st_size
            if size > max_bytes:
                raise too_large(name, size, max_bytes)
            with open(p, "rb") as fh:
                data = fh.read(max_bytes + 1)
        except PermissionError:
            raise InputError(f"{name}: permission denied") from None
        except OSError as exc:
            raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from None
    return decode_text(data, name, max_bytes, allow_empty)


def too_large(name: str, size: int, max_bytes: int = MAX_BYTES) -> InputError:
    """The error for an article over the size cap, worded the same for every source."""
    return InputError(
        f"{name}: file is {_size(size)}, larger than the "
        f"{_size(max_bytes)} limit for one article (--max-bytes)"
    )


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def decode_text(
    data: bytes, name: str, max_bytes: int = MAX_BYTES, allow_empty: bool = False
) -> str:
    """Validate and decode an article's bytes (from a file, stdin or a git blob).

    The one place that decides what counts as readable article text, so
    that every way in reports a bad article with the same one-line messages.
    An empty file is an error where a user named it (``check empty.txt``
    is a mistake), and a version like any other with ``allow_empty``
    (``diff``: an article emptied by the change, or created empty).
    A UTF-8 byte order mark is dropped (offsets count the characters after it,
    as editors do), and a lone CR is read as a line break (``_LONE_CR``).
    """
    if len(data) > max_bytes:
        raise InputError(
            f"{name}: larger than the {_size(max_bytes)} limit for one article (--max-bytes)"
        )
    if not data.strip() and allow_empty:
        return data.decode("utf-8", "replace")
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    wide = wide_encoding(data)
    if wide:
        raise InputError(f"{name}: {wide}")
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: {not_utf8(data, exc)}") from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    return text


_LONE_CR = re.compile(r"\r(?!\n)")
"""A line end of classic Mac OS files and some CMS exports. Read as ``\n``, one
character for one, so offsets still index the file; without it such a file was
one line (every finding at line 1, where editors and SARIF count a CR as a line
break) and its paragraphs and headings ran into each other."""


_BYTE_ORDER_MARKS = (  # UTF-32 first: its little-endian mark starts with UTF-16's
    (b"\xff\xfe\x00\x00", "UTF-32"),
    (b"\x00\x00\xfe\xff", "UTF-32"),
    (b"\xff\xfe", "UTF-16"),
    (b"\xfe\xff", "UTF-16"),
)


def wide_encoding(data: bytes) -> str | None:
    """The problem with text saved as UTF-16 or UTF-32 (what Windows editors call
    "Unicode"), told by its byte-order mark, or None.

    Such a file is text, but every other byte of it is NUL, so without this it
    would be called binary or not UTF-8, and the user would not know what to do.
    Articles, rule files and settings are read as UTF-8 only: the offsets a
    report gives are then the same for every tool that reads the file."""
    for mark, encoding in _BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return (
                f"{encoding} text, not UTF-8 (it starts with a byte-order mark); save it as UTF-8"
            )
    return None


def not_utf8(data: bytes, exc: UnicodeDecodeError) -> str:
    """The one wording for bytes that are not UTF-8: which byte, where, or the wide
    encoding they are in."""
    return wide_encoding(data) or (
        f"not valid UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start})"
    )
