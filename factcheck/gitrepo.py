"""Git plumbing for ``factcheck diff``: the real ``git`` through subprocess, nothing cached.

Only read-only commands are run (rev-parse, diff, ls-files, show), so that
running factcheck in a repository never changes it. Every failure a user can
cause (not a repository, a revision that does not exist, git missing) becomes
one FactcheckError line; paths are repository-relative with forward slashes,
as git prints them and as SARIF and GitHub annotations expect.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass

from factcheck.errors import FactcheckError, InputError


@dataclass
class Change:
    """One changed file: ``status`` is git's letter (A added, M modified, R renamed, D deleted)."""

    status: str
    path: str
    old_path: str | None = None
    submodule: bool = False
    """A gitlink (mode 160000): another repository, never an article, whatever its name."""


def _git(args: list[str], cwd: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, GIT_TERMINAL_PROMPT="0", LC_ALL="C")
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, env=env, timeout=120, check=False
        )
    except FileNotFoundError:
        raise FactcheckError("git: command not found (factcheck diff needs git)") from None
    except subprocess.TimeoutExpired:
        raise FactcheckError(f"git {' '.join(args[:2])}: timed out") from None


def repo_root(folder: str = ".") -> str:
    """The top folder of the repository holding ``folder``, or a one-line error."""
    if not os.path.isdir(folder):
        raise FactcheckError(f"{folder}: no such folder")
    res = _git(["rev-parse", "--show-toplevel"], cwd=folder)
    if res.returncode != 0:
        where = os.path.abspath(folder)
        bare = _git(["rev-parse", "--is-bare-repository"], cwd=folder)
        if bare.returncode == 0 and bare.stdout.strip() == b"true":
            raise FactcheckError(
                f"{where}: a bare repository has no working tree; run factcheck diff "
                "in a checkout (git clone, or git worktree add)"
            )
        raise FactcheckError(f"{where}: not a git repository (factcheck diff runs inside one)")
    return res.stdout.decode("utf-8", "replace").strip()


GITLINK = "160000"
"""The mode git gives a submodule's entry."""

EMPTY_TREE = "4b825dc642cb6eb9a060e54bf8d69288fbee4904"
"""Git's empty tree: the base of a repository's first commit, where every file is new."""


def has_commits(root: str) -> bool:
    return _git(["rev-parse", "--verify", "--quiet", "HEAD^{commit}"], root).returncode == 0


def resolve(root: str, rev: str, option: str = "--base") -> str:
    """The commit id ``rev`` names, or a one-line error naming the option and the repository."""
    if not rev or rev.startswith("-"):
        raise FactcheckError(f"{option} {rev!r}: not a revision")
    res = _git(["rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}"], root)
    if res.returncode != 0:
        hint = ""
        shallow = _git(["rev-parse", "--is-shallow-repository"], root).stdout.strip() == b"true"
        if shallow:
            hint = " (this clone is shallow: fetch the history, e.g. fetch-depth: 0 in CI)"
        elif "/" in rev:
            hint = f" (fetch it first: git fetch {rev.replace('/', ' ', 1)})"
        raise FactcheckError(f"{option} {rev}: not a revision in the repository {root}{hint}")
    return res.stdout.decode().strip()


def changed_files(
    root: str, base: str, head: str | None = None, paths: list[str] | tuple = ()
) -> list[Change]:
    """Files that differ between ``base`` and ``head`` (or the working tree when None).

    In working-tree mode, untracked files that git does not ignore count as
    added, so that a new article is checked before anyone runs ``git add``.
    ``paths`` limits the search (folders or files, relative to the current folder).
    """
    cwd = os.getcwd()
    top = os.path.realpath(root)
    for p in paths:  # git's own words for this are two lines of "fatal: ..."
        if os.path.commonpath([top, os.path.realpath(p)]) != top:
            raise InputError(f"{p}: outside the repository {root}; diff compares its articles only")
    spec = ["--", *paths] if paths else []
    args = ["diff", "--raw", "-z", "-M", base]
    if head:
        args.append(head)
    res = _git([*args, *spec], cwd)
    if res.returncode != 0:
        raise FactcheckError("git diff: " + _first_line(res.stderr))
    # --raw -z: ":OLDMODE NEWMODE OLDSHA NEWSHA STATUS\0PATH\0[NEWPATH\0]"
    fields = res.stdout.decode("utf-8", "surrogateescape").split("\0")
    changes: list[Change] = []
    i = 0
    while i < len(fields) and fields[i].startswith(":"):
        old_mode, new_mode, _, _, status = fields[i][1:].split(" ", 4)
        gitlink = GITLINK in (old_mode, new_mode)
        letter = status[:1]
        if letter in ("R", "C"):
            changes.append(Change(letter, fields[i + 2], fields[i + 1], gitlink))
            i += 3
        else:
            changes.append(Change(letter, fields[i + 1], submodule=gitlink))
            i += 2
    if head is None:
        res = _git(["ls-files", "--others", "--exclude-standard", "--full-name", "-z", *spec], cwd)
        if res.returncode == 0:
            seen = {c.path for c in changes}
            for name in res.stdout.decode("utf-8", "surrogateescape").split("\0"):
                if name and name not in seen:
                    changes.append(Change("A", name))
    changes.sort(key=lambda c: c.path)
    return changes


def show(root: str, rev: str, path: str, allow_empty: bool = False, label: str = "") -> str:
    """The text of ``path`` at ``rev``, validated as an article file is.

    The blob's size is asked first so that a huge file is refused before it
    is read; the bytes then go through ``source.decode_text``, the same
    checks (binary, UTF-8, empty) as a file on disk, with errors naming
    ``REV:path``, REV as the user wrote it (``label``: ``HEAD``, ``origin/main``)
    rather than the commit it resolved to. A symlink's blob is its target's
    name, never the target.
    """
    from factcheck.source import MAX_BYTES, decode_text, too_large

    blob = f"{rev}:{path}"
    name = f"{label or rev}:{path}"
    size = _git_bytes(root, ["cat-file", "-s", blob], name).strip()
    if size.isdigit() and int(size) > MAX_BYTES:
        raise too_large(name, int(size))
    return decode_text(_git_bytes(root, ["show", blob], name), name, allow_empty=allow_empty)


def read_worktree(root: str, path: str, allow_empty: bool = False) -> str:
    """The text of ``path`` in the working tree, read as git would store it.

    A symlink is read as its blob is, the text of its target's name, and is
    never followed: a link to ``/etc/...`` or to ``.git/config`` (where CI
    checkouts keep the job token) must never put that file into a report.
    A regular file is read only when its real path is the path inside the
    repository (no linked folder on the way); anything else is refused.
    Errors name the repository path, not the absolute one.
    """
    import stat

    from factcheck.source import decode_text, read_text

    full = os.path.join(root, path)
    try:
        st = os.lstat(full)
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if stat.S_ISLNK(st.st_mode):
        return decode_text(os.fsencode(os.readlink(full)), path, allow_empty=allow_empty)
    real_root = os.path.realpath(root)
    if os.path.realpath(full) != os.path.join(real_root, os.path.normpath(path)):
        raise InputError(f"{path}: reached through a symbolic link; not read")
    if not stat.S_ISREG(st.st_mode):
        raise InputError(f"{path}: not a regular file")
    try:
        return read_text(full, allow_empty=allow_empty)
    except InputError as exc:
        raise InputError(str(exc).replace(full, path, 1)) from None


def _git_bytes(root: str, args: list[str], name: str) -> bytes:
    try:
        res = subprocess.run(["git", *args], cwd=root, capture_output=True, timeout=120)
    except (FileNotFoundError, subprocess.TimeoutExpired):
        raise FactcheckError(f"{name}: git {args[0]} failed") from None
    if res.returncode != 0:
        raise InputError(f"{name}: {_first_line(res.stderr)}")
    return res.stdout


def _first_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0] if lines else "failed"
