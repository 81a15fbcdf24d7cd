"""Resume: which output file may be appended to, and the ids already in it."""

from __future__ import annotations

import json
import os
from typing import IO

from factcheck.errors import InputError

_ID_PREFIX = b'{"id":'
_DECODER = json.JSONDecoder()


def result_id(raw: bytes) -> str | int:
    """The id of one output line, reading only its first bytes when it can.

    Result lines start with ``{"id":`` (the worker writes them so); decoding
    just the id keeps resuming from a multi-gigabyte output fast. Any other
    shape is parsed whole. Raises ValueError/KeyError/TypeError when the line
    is not a result line.
    """
    if raw.startswith(_ID_PREFIX) and raw.rstrip().endswith(b"}"):
        head = raw[len(_ID_PREFIX) : len(_ID_PREFIX) + 512].decode("utf-8", "ignore")
        try:
            ident, end = _DECODER.raw_decode(head)
        except ValueError:
            ident, end = None, 0
        if (
            isinstance(ident, (str, int))
            and not isinstance(ident, bool)
            and head[end : end + 1] == ","
        ):
            return ident
    doc = json.loads(raw)
    ident = doc["id"]
    if isinstance(ident, bool) or not isinstance(ident, (str, int)):
        raise TypeError("id")
    return ident


def read_done_ids(path: str) -> set[str | int]:
    """Ids already in an existing output file, so that a re-run skips them.

    A run killed while writing leaves a partial last line: it is cut off here
    (that item is simply redone). Any other line that is not a result line
    means the file is not this command's output, and nothing is appended to it.
    """
    done: set[str | int] = set()
    if not os.path.exists(path):
        return done
    if os.path.isdir(path):
        raise InputError(f"{path}: is a directory, not an output file")
    good_end = 0
    try:
        with open(path, "rb") as fh:
            for line_no, raw in enumerate(fh, 1):
                if not raw.endswith(b"\n"):
                    break  # partial last line of an interrupted run
                try:
                    ident = result_id(raw)
                except (ValueError, KeyError, TypeError):
                    if not raw.strip():
                        good_end += len(raw)
                        continue
                    raise InputError(
                        f"{path}:{line_no}: not a result line of 'factcheck batch'; "
                        "refusing to append to it (choose another --output)"
                    ) from None
                done.add(ident)
                good_end += len(raw)
            size = fh.seek(0, os.SEEK_END)
    except OSError as exc:
        raise InputError(f"{path}: cannot read output ({exc.strerror or exc})") from None
    if size > good_end:
        with open(path, "r+b") as fh:
            fh.truncate(good_end)
    return done


def open_output(path: str | None) -> tuple[IO[str], bool]:
    """(stream to write results to, whether the run must close it) for ``--output``."""
    import sys

    if not path:
        return sys.stdout, False
    try:
        return open(path, "a", encoding="utf-8", newline="\n"), True  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: cannot write output ({exc.strerror or exc})") from None
