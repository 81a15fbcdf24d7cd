"""Which files are articles: suffixes, ``exclude`` globs, ``.gitignore``, and never our own reports.

A folder given to ``check`` (and the changed files ``diff`` finds) are read as
articles when their suffix is one of the project's ``extensions``, unless:

- a glob of ``exclude`` (the settings file's, relative to its folder) or of
  ``--exclude`` (relative to the current folder) matches them; globs follow
  ``.gitignore`` syntax (``drafts/``, ``**/*.min.html``, ``!keep.md``), read by
  the ``pathspec`` library;
- git ignores them (``respect-gitignore``, on by default): inside a repository
  git itself lists the files (``git ls-files --cached --others
  --exclude-standard``), so ``node_modules/`` is never walked; outside one, the
  ``.gitignore`` files met on the way are read with ``pathspec``;
- they are a report factcheck wrote: the Markdown and HTML reports, and text
  reports written with ``--output``, carry ``REPORT_MARKER`` in their first
  bytes, so a CI step that writes ``comment.md`` or ``factcheck.html`` into
  the checkout never becomes the next step's article (the first 512 bytes are
  read to know). The ``--output`` file itself is thus never read: it is
  either such a report, or an article, and then the run refuses to write
  over it (exit 2).

Folders whose name starts with ``.`` are skipped (``.git``, ``.venv``), and
so is what a walk meets that is not a regular file inside the folder walked.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable
from pathlib import Path

from factcheck.errors import InputError

REPORT_MARKER = "<!-- factcheck report -->"
"""Written in the first bytes of every Markdown and HTML report; such files are never articles."""
MARKER_WINDOW = 512


def is_own_report(head: str | bytes) -> bool:
    """Whether the first bytes of a file say that factcheck wrote it."""
    if isinstance(head, bytes):
        head = head[:MARKER_WINDOW].decode("utf-8", "replace")
    return REPORT_MARKER in head[:MARKER_WINDOW]


def file_is_own_report(path: str | os.PathLike[str]) -> bool:
    try:
        with open(path, "rb") as fh:
            return is_own_report(fh.read(MARKER_WINDOW))
    except OSError:
        return False  # the reader reports it


def glob_matcher(globs: Iterable[str]):
    """A ``match(relative_path) -> bool`` for gitignore-style ``globs`` (None when empty)."""
    globs = [g for g in globs if g]
    if not globs:
        return None
    import pathspec

    spec = pathspec.GitIgnoreSpec.from_lines(globs)
    return spec.match_file


class ArticleFinder:
    """Decides, for a run, which files are read as articles (see the module docstring).

    ``settings_for(path)`` gives the ``factcheck.config.Config`` in force at a
    path; ``exclude`` are the command line's globs.
    """

    def __init__(self, settings_for, exclude: Iterable[str] = (),
                 respect_gitignore: bool | None = None):  # fmt: skip
        self.settings_for = settings_for
        self.cli_exclude = glob_matcher(exclude)
        self.respect_gitignore = respect_gitignore
        self._matchers: dict = {}
        self.empty_folders: list[str] = []
        """Folders named to ``paths`` in which no article was found (the command warns)."""

    # -- one file ---------------------------------------------------------------

    def excluded(self, path: str | os.PathLike[str]) -> bool:
        """Whether ``exclude`` (settings or command line) rules ``path`` out."""
        p = Path(path)
        if self.cli_exclude and self._match(self.cli_exclude, p, Path.cwd()):
            return True
        config = self.settings_for(p)
        key = config.path
        if key not in self._matchers:
            self._matchers[key] = glob_matcher(config.exclude)
        matcher = self._matchers[key]
        return bool(matcher and self._match(matcher, p, config.folder))

    def is_article(self, path: str | os.PathLike[str]) -> bool:
        """A file found in a folder or a diff: right suffix, not excluded, not our report."""
        name = os.fspath(path)
        if not name.lower().endswith(self.settings_for(Path(name)).extensions):
            return False
        return not self.excluded(name) and not file_is_own_report(name)

    @staticmethod
    def _match(matcher, path: Path, folder: Path) -> bool:
        absolute = path.resolve() if not path.is_absolute() else path
        try:
            rel = absolute.relative_to(folder.resolve())
        except ValueError:
            rel = path
        parts = rel.as_posix()
        return matcher(parts) or any(matcher(prefix + "/") for prefix in _prefixes(parts))

    # -- folders ---------------------------------------------------------------

    def paths(self, names: list[str]) -> list[str]:
        """Expand folders into their articles; keep files named on the command line.

        A named file is kept unless ``exclude`` matches it (so that pre-commit,
        which names files, agrees with a folder run) or it is a report
        factcheck wrote; a missing one is kept for the reader to report.
        """
        out: list[str] = []
        for name in names:
            p = Path(name)
            if p.is_dir():
                top = p.resolve()
                found = [f for f in self._walk(p) if _inside(f, top) and self.is_article(f)]
                if not found:
                    self.empty_folders.append(name)
                out.extend(found)
            elif name == "-" or not p.is_file():
                out.append(name)  # stdin, or missing or not a regular file: the reader says so
            elif self.excluded(name) or file_is_own_report(p):
                continue
            else:
                out.append(name)
        return _once(out)

    def _walk(self, folder: Path) -> list[str]:
        respect = self.respect_gitignore
        if respect is None:
            respect = self.settings_for(folder).respect_gitignore
        if respect:
            listed = _git_listed(folder)
            if listed is not None:
                return listed
        return _walk_folder(folder, respect)


def _once(paths: list[str]) -> list[str]:
    """Each file once, under the first name it was given by: a file named twice, or named
    and also inside a folder given, was checked, counted and annotated twice (ruff and
    yamllint read it once)."""
    seen: set[str] = set()
    out = []
    for name in paths:
        key = name if name == "-" else os.path.abspath(name)  # a link is a name of its own
        if key not in seen:
            seen.add(key)
            out.append(name)
    return out


def _prefixes(rel: str) -> list[str]:
    """``a/b/c.txt`` -> ``["a", "a/b"]``: a glob naming a folder excludes what is in it."""
    parts = rel.split("/")
    return ["/".join(parts[:i]) for i in range(1, len(parts))]


def _inside(path: str, top: Path) -> bool:
    """A regular file whose real path is inside the walked folder.

    A FIFO named ``x.txt`` would block the run for ever, and a link to
    ``/etc/...`` or ``.git/config`` would put that file in a report.
    """
    return os.path.isfile(path) and Path(path).resolve().is_relative_to(top)


def _hidden(rel: str) -> bool:
    """In a hidden folder (``.git``, ``.venv``); hidden files themselves are read."""
    return any(part.startswith(".") for part in rel.split("/")[:-1])


def _git_listed(folder: Path) -> list[str] | None:
    """The files git sees under ``folder`` (tracked, and untracked not ignored), or None outside git."""
    try:
        res = subprocess.run(
            ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard", "--", "."],
            cwd=folder,
            capture_output=True,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    if res.returncode != 0:
        return None
    out = set()
    for rel in res.stdout.decode("utf-8", "surrogateescape").split("\0"):
        if rel and not _hidden(rel):
            full = os.path.join(folder, rel)
            if os.path.isfile(full):  # --cached lists files deleted from the tree too
                out.add(full)
    return sorted(out)


def _walk_folder(folder: Path, respect_gitignore: bool) -> list[str]:
    """Every file under ``folder``, skipping hidden names and, if asked, what .gitignore files say."""
    ignores: list[tuple[str, object]] = []  # (folder, matcher) of each .gitignore met
    out: list[str] = []

    def unreadable(exc: OSError) -> None:  # os.walk would skip it, and its articles, silently
        where = exc.filename or str(folder)
        raise InputError(f"{where}: cannot read this folder ({exc.strerror or exc})")

    for root, dirs, files in os.walk(folder, onerror=unreadable):
        if respect_gitignore and ".gitignore" in files:
            try:
                lines = Path(root, ".gitignore").read_text("utf-8", "replace").splitlines()
            except OSError:
                lines = []
            matcher = glob_matcher(lines)
            if matcher:
                ignores.append((root, matcher))

        def ignored(path: str, is_dir: bool) -> bool:
            for base, match in ignores:
                if path.startswith(base + os.sep):
                    rel = Path(os.path.relpath(path, base)).as_posix()
                    if match(rel + "/" if is_dir else rel):
                        return True
            return False

        dirs[:] = sorted(
            d for d in dirs if not d.startswith(".") and not ignored(os.path.join(root, d), True)
        )
        for f in sorted(files):
            full = os.path.join(root, f)
            if not ignored(full, False):
                out.append(full)
    return out
