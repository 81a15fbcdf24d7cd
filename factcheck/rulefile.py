"""What a rule file may contain, and how it is read safely.

Rules and configuration may come from an untrusted pull request in CI, so YAML
is composed with PyYAML's SafeLoader (plain data only), files are capped in
size, aliases and anchors are refused and nesting and node counts are bounded.
The option type markers (``Regex``, ``FilePath``) live here too: rule types
declare their options with them and read their data files with ``read_yaml``,
and none of that needs the rule loader (``factcheck.ruleset``), which imports
the rule types; keeping these below both is what keeps the import graph acyclic.
"""

from __future__ import annotations

import functools
import os
import re
import stat
from dataclasses import dataclass, field
from typing import Any

from factcheck.errors import RuleError
from factcheck.source import not_utf8

MAX_FILE_BYTES = 256 * 1024
MAX_NODES = 20_000
MAX_DEPTH = 32


class Regex(str):
    """Option type marker: a regular expression, compiled safely at load time.

    Declare ``OPTIONS = {"pattern": (Regex, None)}``; the rule then holds a
    compiled ``re.Pattern`` (or the default).
    """


class NonNegative(float):
    """Option type marker: a number >= 0, such as a slack, a tolerance or a share.

    Declare ``OPTIONS = {"slack": (NonNegative, 0.005)}``; the rule then holds a
    float. A negative one would not loosen a test but break it (a slack of -5 makes
    every correct conversion a conflict), so it is refused at load time.
    """


class FilePath(str):
    """Option type marker: a file path, relative to the file that sets it.

    The rule then holds an absolute ``Path``. The path must stay inside the
    folder of the rule set (or of ``.factcheck.yaml``) that names it, so a rule
    from a pull request cannot read arbitrary files of the CI machine.
    """


# --------------------------------------------------------------------------- YAML


def _yaml_loader_class() -> type:
    import yaml

    class BoundedLoader(yaml.SafeLoader):
        """SafeLoader that refuses aliases and bounds node count and depth."""

        def __init__(self, stream: str, name: str):
            super().__init__(stream)
            self.name = name
            self._nodes = 0
            self._depth = 0

        def compose_node(self, parent, index):  # type: ignore[override]
            if self.check_event(yaml.AliasEvent):
                event = self.peek_event()
                raise RuleError(
                    self.name,
                    event.start_mark.line + 1,
                    None,
                    "YAML aliases (*name) are not allowed in rule files",
                )
            event = self.peek_event()
            if getattr(event, "anchor", None):
                raise RuleError(
                    self.name,
                    event.start_mark.line + 1,
                    None,
                    "YAML anchors (&name) are not allowed in rule files",
                )
            self._nodes += 1
            if self._nodes > MAX_NODES:
                raise RuleError(self.name, event.start_mark.line + 1, None, "too many YAML nodes")
            self._depth += 1
            if self._depth > MAX_DEPTH:
                raise RuleError(
                    self.name, event.start_mark.line + 1, None, "YAML nested too deeply"
                )
            try:
                return super().compose_node(parent, index)
            finally:
                self._depth -= 1

    return BoundedLoader


@functools.lru_cache(maxsize=1)
def _loader() -> type:
    return _yaml_loader_class()


@dataclass
class YamlDoc:
    """A parsed YAML document plus the line of each top-level key (1-based)."""

    data: Any
    lines: dict[str, int] = field(default_factory=dict)
    line: int = 1


_NOT_PLAIN_TEXT = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]"
)
"""What YAML forbids in a stream (NUL, other control characters): PyYAML's own set."""


def read_bytes_capped(path: str | os.PathLike[str], max_bytes: int, what: str) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``, or a RuleError naming it.

    The size is checked on what is actually read, not on what ``stat`` says:
    ``/dev/zero`` reports size 0 and never ends, a FIFO blocks. The file is
    opened without blocking and must be a regular file.
    """
    name = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise RuleError(name, None, None, f"cannot read ({exc.strerror or exc})") from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise RuleError(
                name, None, None, f"not a regular file; {what} are read only from files"
            )
        chunks, size = [], 0
        while size <= max_bytes:
            chunk = os.read(fd, max_bytes + 1 - size)
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as exc:
        raise RuleError(name, None, None, f"cannot read ({exc.strerror or exc})") from None
    finally:
        os.close(fd)
    if size > max_bytes:
        raise RuleError(name, None, None, f"file is over the {max_bytes}-byte limit for {what}")
    return b"".join(chunks)


def read_yaml(path: str | os.PathLike[str], max_bytes: int = MAX_FILE_BYTES) -> YamlDoc:
    """Parse one YAML file safely; any problem is a RuleError naming file and line.

    Error messages name the file, line and problem but never quote the
    file's bytes beyond a key or value of the file itself.
    """
    import yaml

    name = str(path)
    raw = read_bytes_capped(path, max_bytes, "rules")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RuleError(name, None, None, not_utf8(raw, exc)) from None
    bad = _NOT_PLAIN_TEXT.search(text)
    if bad:
        line = text.count("\n", 0, bad.start()) + 1
        column = bad.start() - (text.rfind("\n", 0, bad.start()) + 1) + 1
        raise RuleError(
            name,
            line,
            None,
            f"control character U+{ord(bad.group()):04X} at column {column}; "
            "rule and config files are plain text",
        )
    try:
        loader = _loader()(text, name)
    except yaml.YAMLError as exc:  # the reader refuses a stream before any node
        raise RuleError(name, None, None, f"YAML error: {exc}") from None
    try:
        node = loader.get_single_node()
        if node is None:
            return YamlDoc(None)
        lines: dict[str, int] = {}
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key_node, value_node in node.value:
                key = str(key_node.value)
                if key in seen:
                    raise RuleError(
                        name, key_node.start_mark.line + 1, key, "key given twice in this mapping"
                    )
                seen.add(key)
                lines[key] = value_node.start_mark.line + 1
        data = loader.construct_document(node)
        return YamlDoc(data, lines, node.start_mark.line + 1)
    except RuleError:
        raise
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or exc.context or "invalid YAML"
        raise RuleError(name, line, None, f"YAML syntax error: {problem}") from None
    except yaml.YAMLError as exc:
        raise RuleError(name, None, None, f"YAML error: {exc}") from None
    except RecursionError:
        raise RuleError(name, None, None, "YAML nested too deeply") from None
    finally:
        loader.dispose()
