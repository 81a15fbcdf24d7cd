"""Resume: which output file may be appended to, the ids already in it, and its lock.

The rule (docs/batch.md, "Resume"): ``--output`` is appended to only when it
is empty or every line of it is a result line this command writes,
``{"id":...,"findings":[...],"summary":{...}}`` (blank lines aside). A last
line without its newline is cut off only when it is the start of such a line
(a run killed mid-write); anything else, a text file or another tool's JSON
Lines with an "id", is refused with exit 2 and left as it was. A run holds an
exclusive lock on the output for its whole length, so that two runs on one
output never both write every item. An output that is not a regular file
(``/dev/stdout``, a pipe, ``/dev/null``) is written as a stream: nothing is
read from it, nothing is resumed or locked.
"""

from __future__ import annotations

import json
import os
import stat
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import IO

from factcheck.errors import FactcheckError, InputError

_ID_PREFIX = b'{"id":'
_FINDINGS_AFTER_ID = b',"findings":['
_SUMMARY = b'],"summary":{'
_DECODER = json.JSONDecoder()
_PIECE = 1 << 20
"""Output lines are read in pieces of this size: a line is judged by its
start (id and findings) and its end (summary), so that resuming from a
multi-gigabyte output, or from a huge file that is not one, takes bounded memory."""
_RESULT_KEYS = ["id", "findings", "summary"]


def _valid_id(ident: object) -> bool:
    return isinstance(ident, (str, int)) and not isinstance(ident, bool)


def _id_at_start(line: bytes) -> str | int | None:
    """The id of a line that starts as the worker writes it (``{"id":ID,"findings":[``)."""
    if not line.startswith(_ID_PREFIX):
        return None
    head = line[len(_ID_PREFIX) : len(_ID_PREFIX) + 8192].decode("utf-8", "ignore")
    try:
        ident, end = _DECODER.raw_decode(head)
    except ValueError:
        return None
    follows = head[end : end + len(_FINDINGS_AFTER_ID)].encode("utf-8")
    return ident if _valid_id(ident) and follows == _FINDINGS_AFTER_ID else None


def _ends_as_result(tail: bytes) -> bool:
    """Whether a line ends as the worker writes it (``],"summary":{...}}``)."""
    line = tail.rstrip(b"\r\n")
    return line.endswith(b"}}") and _SUMMARY in line[-4096:]


def result_id(raw: bytes) -> str | int:
    """The id of one output line, reading only its first bytes when it can.

    Result lines start with ``{"id":`` followed by the id and ``,"findings":[``
    (the worker writes them so); decoding just the id keeps resuming from a
    multi-gigabyte output fast. Any other shape is parsed whole and must have
    exactly the keys id, findings (a list) and summary (an object). Raises
    ValueError when the line is not a result line.
    """
    ident = _id_at_start(raw)
    if ident is not None and _ends_as_result(raw):
        return ident
    try:
        doc = json.loads(raw)
    except (ValueError, RecursionError):
        raise ValueError("not JSON") from None
    if (
        not isinstance(doc, dict)
        or sorted(doc) != sorted(_RESULT_KEYS)
        or not _valid_id(doc["id"])
        or not isinstance(doc["findings"], list)
        or not isinstance(doc["summary"], dict)
    ):
        raise ValueError("not a result line")
    return doc["id"]


def _could_start_result(head: bytes) -> bool:
    """Whether a line cut off by a kill is the start of a result line (then it is ours)."""
    if len(head) <= len(_ID_PREFIX):
        return _ID_PREFIX.startswith(head)
    rest = head[len(_ID_PREFIX) :].decode("utf-8", "ignore")
    if not rest or not (rest[0] in '"-' or rest[0].isdigit()):
        return False
    try:
        _, end = _DECODER.raw_decode(rest)
    except ValueError:
        return True  # cut inside the id
    follows = rest[end:]
    expected = _FINDINGS_AFTER_ID.decode("ascii")
    return expected.startswith(follows) or follows.startswith(expected)


def _lines(fh: IO[bytes]) -> Iterator[tuple[int, int, int, bytes, bytes, bool]]:
    """(number, start, end, head, tail, complete) for each line, in bounded memory.

    ``head`` is the line's first piece (the whole line when short), ``tail``
    its last 8 kB or so; ``complete`` is False for a last line without newline.
    """
    line_no, offset = 0, 0
    while True:
        head = fh.readline(_PIECE)
        if not head:
            return
        line_no += 1
        end, tail = offset + len(head), head
        while not tail.endswith(b"\n"):
            piece = fh.readline(_PIECE)
            if not piece:
                break
            end += len(piece)
            tail = tail[-4096:] + piece
        yield line_no, offset, end, head, tail, tail.endswith(b"\n")
        offset = end


def scan_results(fh: IO[bytes], name: str) -> tuple[set[str | int], int]:
    """(ids in an existing output, bytes to keep): where appending may start.

    Raises InputError naming the first line that is not a result line.
    """
    done: set[str | int] = set()
    keep = 0
    for line_no, start, end, head, tail, complete in _lines(fh):
        if not complete:
            if _could_start_result(head) and (done or len(head) >= len(_ID_PREFIX)):
                return done, start  # cut off by a kill: removed, its item redone
        elif not head.strip():
            keep = end
            continue
        else:
            try:
                if head is tail:
                    ident = result_id(head)
                elif (ident := _id_at_start(head)) is None or not _ends_as_result(tail):
                    raise ValueError("not a result line")
                done.add(ident)
                keep = end
                continue
            except ValueError:
                pass
        raise InputError(
            f"{name}:{line_no}: not a result line of 'factcheck batch'; "
            "refusing to append to it (choose another --output)"
        )
    return done, keep


def read_done_ids(path: str) -> set[str | int]:
    """Ids already in the batch output ``path`` (empty when it does not exist); read only."""
    try:
        with open(path, "rb") as fh:
            return scan_results(fh, path)[0]
    except FileNotFoundError:
        return set()
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not an output file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read output ({exc.strerror or exc})") from None


@dataclass
class Output:
    """Where results go: the stream, its name for messages, the ids already there."""

    stream: IO[str]
    name: str
    done: set[str | int] = field(default_factory=set)
    owned: bool = True
    """Whether the run closes the stream (False for the process's own stdout)."""

    def close(self) -> None:
        if self.owned:
            self.stream.close()


def open_output(path: str | None) -> Output:
    """Open ``--output`` for appending, after checking it may be, and lock it.

    No path: standard output. A path to this process's own standard output
    (``-o /dev/stdout``) is standard output too; another non-regular file is
    opened for writing as a stream.
    """
    if not path:
        if sys.stdout is None:  # started with >&-
            raise FactcheckError(
                "standard output is closed: nowhere to write results (--output FILE)"
            )
        return Output(sys.stdout, "<stdout>", owned=False)
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise InputError(f"{path}: cannot write output ({exc.strerror or exc})") from None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise InputError(f"{path}: is a directory, not an output file")
    if st is not None and not stat.S_ISREG(st.st_mode):
        return _open_stream(path, st)
    return _open_resumable(path)


def _open_stream(path: str, st: os.stat_result) -> Output:
    try:
        own = os.fstat(sys.stdout.fileno())
        if (own.st_dev, own.st_ino) == (st.st_dev, st.st_ino):
            return Output(sys.stdout, path, owned=False)
    except (OSError, ValueError, AttributeError):
        pass  # no usable standard output: open the path itself
    try:
        return Output(open(path, "w", encoding="utf-8", newline="\n"), path)  # noqa: SIM115
    except OSError as exc:
        raise InputError(f"{path}: cannot write output ({exc.strerror or exc})") from None


def _open_resumable(path: str) -> Output:
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        raise InputError(f"{path}: cannot write output ({exc.strerror or exc})") from None
    try:
        _lock(fd, path)
        with open(fd, "rb", closefd=False) as reader:
            done, keep = scan_results(reader, path)
            size = reader.seek(0, os.SEEK_END)
        if size > keep:
            os.ftruncate(fd, keep)
        stream = open(fd, "w", encoding="utf-8", newline="\n")  # noqa: SIM115
    except OSError as exc:
        os.close(fd)
        raise InputError(f"{path}: cannot use as output ({exc.strerror or exc})") from None
    except BaseException:
        os.close(fd)
        raise
    return Output(stream, path, done)


def _lock(fd: int, path: str) -> None:
    """An exclusive lock on the open output, held until it is closed (POSIX only)."""
    try:
        import fcntl
    except ImportError:  # no flock here: one run per output is then the user's care
        return
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise FactcheckError(
            f"{path}: another 'factcheck batch' is writing to this output; "
            "wait for it to finish (then run again to resume) or choose another --output"
        ) from None
