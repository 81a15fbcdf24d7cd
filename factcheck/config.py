"""A project's settings: one schema, read from ``.factcheck.yaml`` or ``[tool.factcheck]``.

As with ruff, a project keeps its settings either in a file of their own
(``.factcheck.yaml``, the YAML the rule files are written in) or in the
``[tool.factcheck]`` table of its ``pyproject.toml``; both are read by the one
loader here, into the same keys, checked the same way. The nearest such file
at or above the checked article wins (in one folder, ``.factcheck.yaml`` before
``pyproject.toml``; a ``pyproject.toml`` without ``[tool.factcheck]`` does not
count), and ``--config FILE`` names one explicitly for the whole run.

Keys, in three groups:

- rules (read by ``factcheck.ruleset``): ``rules``, ``extends``, ``default-rules``,
  ``disable``, ``enable``, ``levels``, ``options``, ``fail-on``, ``new-is`` (how
  ``compare`` reads NEW: ``rewrite``, ``summary`` or ``auto``);
- files: ``exclude`` (gitignore-style globs, relative to the config's
  folder), ``extensions`` (the suffixes read as articles),
  ``respect-gitignore`` (default true);
- reporting: ``select`` and ``ignore`` (rule ids or statuses),
  ``per-file-ignores`` (glob -> rule ids or statuses), ``per-file-levels``
  (glob -> {rule id or status: level}, Vale's ``[*.md]`` sections), ``min-level``.

Rules and their options per folder come from a settings file in that folder:
the nearest one is the one read, as with ruff.

Settings may come from an untrusted pull request: YAML goes through the
bounded safe loader of ``factcheck.rulefile``, TOML is capped in size, and no
value is ever evaluated.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from factcheck.errors import InputError, RuleError
from factcheck.source import ARTICLE_SUFFIXES, not_utf8

YAML_NAMES = (".factcheck.yaml", ".factcheck.yml")
PYPROJECT = "pyproject.toml"
TOOL_TABLE = "tool.factcheck"

RULE_KEYS = (
    "rules",
    "extends",
    "default-rules",
    "disable",
    "enable",
    "levels",
    "options",
    "fail-on",
    "new-is",
)
FILE_KEYS = ("exclude", "extensions", "respect-gitignore")
REPORT_KEYS = ("select", "ignore", "per-file-ignores", "per-file-levels", "min-level")
KEYS = RULE_KEYS + FILE_KEYS + REPORT_KEYS

LEVELS = ("error", "warning", "info")
READINGS = ("rewrite", "summary", "condensed")
"""How ``compare`` can read NEW: a rewrite of OLD, a summary of it, or a condensed rewrite
between the two (its drops flagged, a true loosening not; compare/reading.py)."""
NEW_IS_CHOICES = ("auto", *READINGS)
"""What ``new-is`` (and ``--new-is``) may say: a reading, or ``auto`` to tell them apart."""
DEFAULT_EXTENSIONS = ARTICLE_SUFFIXES
MAX_TOML_BYTES = 256 * 1024


@dataclass
class Config:
    """The settings read from one file (or none: every default)."""

    path: Path | None = None
    data: dict[str, Any] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        """The folder relative paths and globs are read from."""
        return self.path.parent if self.path else Path.cwd()

    def where(self, key: str) -> tuple[str, int | None]:
        return str(self.path), self.lines.get(key)

    def fail(self, key: str, problem: str) -> RuleError:
        """The error for ``key`` ("per-file-levels.drafts/**.x" is on its setting's line)."""
        line = self.lines.get(key) or self.lines.get(key.split(".")[0])
        return RuleError(str(self.path), line, key, problem)

    # -- files ---------------------------------------------------------------

    @property
    def exclude(self) -> list[str]:
        return self.names("exclude", "a glob or a list of globs")

    @property
    def extensions(self) -> tuple[str, ...]:
        if "extensions" not in self.data:
            return DEFAULT_EXTENSIONS
        out = []
        for x in self.names("extensions", "a list of file suffixes such as .txt"):
            x = x.lower()
            out.append(x if x.startswith(".") else "." + x)
        return tuple(out)

    @property
    def respect_gitignore(self) -> bool:
        value = self.data.get("respect-gitignore", True)
        if not isinstance(value, bool):
            raise self.fail("respect-gitignore", "must be true or false")
        return value

    # -- reporting -------------------------------------------------------------

    @property
    def select(self) -> list[str] | None:
        return self.names("select", "rule ids or statuses") if "select" in self.data else None

    @property
    def ignore(self) -> list[str]:
        return self.names("ignore", "rule ids or statuses")

    @property
    def per_file_ignores(self) -> dict[str, list[str]]:
        value = self.data.get("per-file-ignores", {})
        if not isinstance(value, dict):
            raise self.fail("per-file-ignores", "must map globs to rule ids or statuses")
        out = {}
        for glob, names in value.items():
            if isinstance(names, str):
                names = split_names(names)
            if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
                raise self.fail(f"per-file-ignores.{glob}", "must be rule ids or statuses")
            out[str(glob)] = names
        return out

    @property
    def per_file_levels(self) -> dict[str, dict[str, str]]:
        """glob -> {rule id, rule type or status: level} for the files the glob matches."""
        value = self.data.get("per-file-levels", {})
        if not isinstance(value, dict):
            raise self.fail("per-file-levels", "must map globs to {rule or status: level}")
        out = {}
        for glob, levels in value.items():
            if not isinstance(levels, dict):
                raise self.fail(
                    f"per-file-levels.{glob}", "must map rule ids or statuses to levels"
                )
            for name, level in levels.items():
                if level not in LEVELS:
                    raise self.fail(
                        f"per-file-levels.{glob}.{name}", f"must be one of {', '.join(LEVELS)}"
                    )
            out[str(glob)] = {str(name): level for name, level in levels.items()}
        return out

    @property
    def min_level(self) -> str | None:
        value = self.data.get("min-level")
        if value is not None and value not in LEVELS:
            raise self.fail("min-level", f"must be one of {', '.join(LEVELS)}")
        return value

    def names(self, key: str, what: str) -> list[str]:
        value = self.data.get(key, [])
        if isinstance(value, str):
            value = split_names(value)
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise self.fail(key, f"must be {what}")
        return value


def split_names(value: str) -> list[str]:
    """``"a, b c"`` -> ``["a", "b", "c"]``: the comma-separated form of the command line."""
    return [x for x in re.split(r"[,\s]+", value) if x]


def find(start: str | os.PathLike[str] | None) -> Path | None:
    """The nearest settings file at or above ``start`` (a file or folder), or None."""
    if start is None:
        return None
    p = Path(start).resolve()
    here = p if p.is_dir() else p.parent
    for folder in (here, *here.parents):
        try:
            for n in YAML_NAMES:
                if (folder / n).is_file():
                    return folder / n
        except OSError as exc:  # a folder we may not look into: its settings are unknown
            raise InputError(f"{folder}: cannot read this folder ({exc.strerror or exc})") from None
        if _has_tool_table(folder / PYPROJECT):
            return folder / PYPROJECT
    return None


@lru_cache(maxsize=64)
def _has_tool_table(path: Path) -> bool:
    """Whether ``path`` is a pyproject.toml with a ``[tool.factcheck]`` table (cheap test first)."""
    try:
        if not path.is_file() or path.stat().st_size > MAX_TOML_BYTES:
            return False
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return re.search(r"^\s*\[\s*tool\s*\.\s*factcheck\s*[\].]", text, re.M) is not None


def load(path: str | os.PathLike[str] | None) -> Config:
    """Read and check a settings file (YAML, or pyproject.toml's ``[tool.factcheck]``)."""
    if path is None:
        return Config()
    path = Path(path)
    if path.is_dir():
        raise RuleError(str(path), None, None, "is a folder, not a settings file")
    if not path.is_file():
        raise RuleError(str(path), None, None, "no such settings file")
    if path.resolve().parent != path.parent.resolve():
        raise RuleError(
            str(path), None, None, "links out of its folder; config files are read only in place"
        )
    if path.suffix == ".toml":
        data, lines = _read_toml(path)
    else:
        data, lines = _read_yaml(path)
    config = Config(path, data, lines)
    _check(config)
    return config


def _read_yaml(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    from factcheck.rulefile import read_yaml

    doc = read_yaml(path)
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise RuleError(str(path), doc.line, None, "must be a YAML mapping")
    return data, {str(k): v for k, v in doc.lines.items()}


def _read_toml(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    try:
        import tomllib
    except ModuleNotFoundError:  # Python 3.10
        import tomli as tomllib  # type: ignore[no-redef]

    try:
        if path.stat().st_size > MAX_TOML_BYTES:
            raise RuleError(str(path), None, None, f"larger than {MAX_TOML_BYTES // 1024} KB")
        raw = path.read_bytes()
        text = raw.decode("utf-8")
        doc = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise RuleError(str(path), None, None, not_utf8(raw, exc)) from None
    except tomllib.TOMLDecodeError as exc:
        raise RuleError(str(path), None, None, f"not valid TOML ({exc})") from None
    except OSError as exc:
        raise RuleError(str(path), None, None, f"cannot read ({exc.strerror or exc})") from None
    data = doc.get("tool", {}).get("factcheck", {})
    if not isinstance(data, dict):
        raise RuleError(str(path), None, TOOL_TABLE, "must be a table")
    return data, _toml_key_lines(text)


def _toml_key_lines(text: str) -> dict[str, int]:
    """Line numbers of the keys of ``[tool.factcheck]`` (TOML parsers give none)."""
    lines: dict[str, int] = {}
    inside = False
    for n, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if s.startswith("["):
            header = s.strip("[] ").replace(" ", "")
            inside = header == TOOL_TABLE or header.startswith(TOOL_TABLE + ".")
            if inside and header != TOOL_TABLE:
                lines.setdefault(header[len(TOOL_TABLE) + 1 :].split(".")[0], n)
            continue
        m = re.match(r'["\']?([A-Za-z0-9_-]+)["\']?\s*=', s)
        if inside and m:
            lines.setdefault(m.group(1), n)
    return lines


def _check(config: Config) -> None:
    """Unknown keys and badly typed values are errors naming the file, line and key."""
    for key in config.data:
        if key not in KEYS:
            raise config.fail(str(key), f"unknown setting (known: {', '.join(KEYS)})")
    fail_on = config.data.get("fail-on")
    if fail_on is not None and fail_on not in (*LEVELS, "none"):
        raise config.fail("fail-on", "must be error, warning, info or none")
    new_is = config.data.get("new-is")
    if new_is is not None and new_is not in NEW_IS_CHOICES:
        raise config.fail("new-is", f"must be one of {', '.join(NEW_IS_CHOICES)}")
    if not isinstance(config.data.get("default-rules", True), bool):
        raise config.fail("default-rules", "true or false")
    # the file and reporting keys check themselves when read; read them once now
    config.exclude, config.extensions, config.respect_gitignore  # noqa: B018
    config.select, config.ignore, config.per_file_ignores, config.min_level  # noqa: B018
    config.per_file_levels  # noqa: B018
