"""Writing reports and baselines without ever losing or overwriting an input.

Two promises, kept here for every command (docs/security.md):

- An input is never modified. ``refuse_inputs`` compares an output path with
  every file the run reads (articles, the baseline, the config, rule files
  and their data files) by identity (device and inode, as
  ``os.path.samefile`` does), not by name, so ``./a.txt``, ``a.txt``, a hard
  link or a symlink to one are all recognised and refused before anything
  is written.
- A project's own settings are never written over, whether this run read
  them or not: an output named ``.gitignore``, ``pyproject.toml`` (with or
  without a ``[tool.factcheck]`` table) or ``.factcheck.yaml``/``.yml``, or a
  link to one, is refused. Git reads ``.gitignore`` itself, and a pyproject
  without our table is still the project's build file.
- A write is all or nothing. ``write_text`` writes a regular file through a
  temporary file in the same folder and ``os.replace``: an interrupted run,
  a full disk or a rendering error leaves the old file as it was. Targets
  that are not regular files (``/dev/stdout``, a pipe, ``/dev/null``) are
  written in place: replacing them would swap a device for a file.

Every failure is one ``FactcheckError`` line naming the file (exit 2).
"""

from __future__ import annotations

import contextlib
import os
import stat
import tempfile
from collections.abc import Iterable

from factcheck.errors import FactcheckError


def _identity(path: str) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except (OSError, ValueError):
        return None
    return (st.st_dev, st.st_ino)


PROJECT_FILES = (".gitignore", "pyproject.toml", ".factcheck.yaml", ".factcheck.yml")
"""Names an output never takes: the files a project's settings and git's ignores live in."""


def refuse_inputs(
    output: str | None, inputs: Iterable[str | os.PathLike[str]], option: str = "--output"
) -> None:
    """Raise a one-line error when ``output`` is the same file as one of ``inputs``.

    ``inputs`` is every path the run reads: articles, the baseline, and the
    rule set's ``files_read`` (config, rule files, their data files). An
    output named as one of ``PROJECT_FILES`` (or linked to one) is refused too.
    """
    if not output or output == "-":
        return
    target = _identity(output)
    for name in inputs if target is not None else ():  # a new file cannot be an input
        if name and name != "-" and _identity(os.fspath(name)) == target:
            raise FactcheckError(
                f"{output}: {option} would overwrite {os.fspath(name)}, which this run reads; "
                "inputs are never modified, choose another file"
            )
    for name in {os.path.basename(output), os.path.basename(os.path.realpath(output))}:
        if name in PROJECT_FILES:
            raise FactcheckError(
                f"{output}: {option} would overwrite the project's {name}; "
                "a report never replaces a project's settings, choose another file"
            )


def silence_stdout() -> None:
    """After a write error on standard output (a closed pipe, a full disk), send what is
    left nowhere.

    Otherwise the interpreter's last flush at exit fails again and prints a
    traceback-like "Exception ignored" message.
    """
    import sys

    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):
        pass


def write_text(path: str, text: str, what: str = "output") -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically; one line naming the file on failure."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        st = None
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot write {what} ({exc.strerror or exc})") from None
    try:
        if st is not None and not stat.S_ISREG(st.st_mode):
            if stat.S_ISDIR(st.st_mode):
                raise FactcheckError(f"{path}: is a folder, cannot write {what} there")
            with open(path, "w", encoding="utf-8") as fh:  # a device or a pipe
                fh.write(text)
            return
        _replace(path, text, st)
    except OSError as exc:
        raise FactcheckError(f"{path}: cannot write {what} ({exc.strerror or exc})") from None


def _replace(path: str, text: str, old: os.stat_result | None) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=".factcheck-", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        if old is not None:
            os.chmod(tmp, stat.S_IMODE(old.st_mode))
        else:  # what open(path, "w") would have given: 0666 less the umask
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
