"""The language the tool reads, as data: one home for every word list.

The words of English that the extractor, the checks and the comparison read
(number words, months, weekdays, direction verbs, qualifiers, ...) live in
``en.yaml`` beside this module, and unit and currency spellings in
``units.yaml``, in the manner of Recognizers-Text's ``Patterns/English/*.yaml``
and pint's ``default_en.txt``. Modules ask for them through the few functions
here and build their regexes from them once, at import; no Python module keeps
its own copy of a word list (``tests/test_lang.py`` holds them to that).
docs/language.md says what each key means and what a second language takes.

Loading is cheap: each file is parsed once per process (the C YAML parser when
PyYAML has it) and the parsed form is kept marshalled in the user's cache
folder (``$XDG_CACHE_HOME/factcheck``, else ``~/.cache/factcheck``), keyed by
the file's size and mtime, the way Python keeps bytecode: a cold start reads a
few kilobytes instead of parsing YAML. Not beside the package: pip records only
the files it installs, so a cache there outlived ``pip uninstall`` and the
folder it left (``site-packages/factcheck/lang/__pycache__``) shadowed a later
editable install (``pip install .`` then ``pip install -e .``, the README's
two commands: "module 'factcheck.lang' has no attribute 'words'").
"""

from __future__ import annotations

import functools
import hashlib
import marshal
import os
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

LANGUAGE = "en"
"""The language file the extractor reads (``<LANGUAGE>.yaml``)."""

_HERE = Path(__file__).resolve().parent
_CACHE_FORMAT = 1


@functools.cache
def load(name: str) -> dict[str, Any]:
    """The parsed data file ``name`` ("en", "units") of this package."""
    path = _HERE / f"{name}.yaml"
    stat = path.stat()
    stamp = (_CACHE_FORMAT, stat.st_size, stat.st_mtime_ns)
    cache = _HERE / "__pycache__" / f"{name}.yaml.marshal"
    return cached(cache, stamp, lambda: _parse(path.read_text(encoding="utf-8")))


def cached(cache: Path, stamp: tuple, build: Callable[[], Any]) -> Any:
    """``build()``, kept marshalled for the next process while ``stamp`` (a tuple of
    plain values saying what the data was built from) is unchanged; ``cache`` names
    the data (its folder, the package it belongs to), ``cache_location`` says where
    it is kept."""
    cache = cache_location(cache)
    try:
        cached_stamp, data = marshal.loads(cache.read_bytes())
        if tuple(cached_stamp) == stamp:
            return data
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = build()
    _write_cache(cache, stamp, data)
    return data


def cache_location(cache: Path) -> Path:
    """Where the cache named ``cache`` is kept: in the user's cache folder, one file
    per installed copy of the package (a digest of ``cache``'s folder), never inside
    the package, whose files pip alone should own."""
    home = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    digest = hashlib.sha1(str(cache.parent).encode("utf-8", "surrogatepass")).hexdigest()[:16]
    return Path(home) / "factcheck" / f"{digest}-{cache.name}"


def _parse(text: str) -> dict[str, Any]:
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(text, Loader=loader)


def _write_cache(cache: Path, stamp: tuple, data: dict[str, Any]) -> None:
    """Keep the parsed form for the next process; a read-only install just skips it."""
    try:
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps((stamp, data)))
        os.replace(tmp, cache)
    except (OSError, ValueError):
        pass


def get(key: str, name: str = LANGUAGE) -> Any:
    """The value at a dotted ``key`` ("calendar.months") of data file ``name``."""
    node: Any = load(name)
    for part in key.split("."):
        node = node[part]
    return node


def words(key: str, name: str = LANGUAGE) -> tuple[str, ...]:
    """The words of a list, or the keys of a mapping, at ``key``, in file order."""
    return tuple(get(key, name))


def table(key: str, name: str = LANGUAGE) -> dict[str, Any]:
    """A copy of the mapping at ``key`` (word -> value)."""
    return dict(get(key, name))


def alternation(
    *items: str | tuple[str, ...] | list[str], escape: bool = True, space: str = r"\s+"
) -> str:
    """A regex alternation of words, longest first, a space matching any run of spaces.

    Each item is a dotted key or a sequence of words. Longest first so that
    "sept" is tried before "sep" and "per cent" before "per". With ``escape``
    false the words are regex pieces ("plans? to") and kept as written. ``space``
    is what a space between words matches (``r"[ \t]+"``: not across a line).
    """
    found: list[str] = []
    for item in items:
        found.extend(words(item) if isinstance(item, str) else item)
    unique = sorted(set(found), key=lambda w: (-len(w), w))
    if escape:
        return "|".join(re.escape(w).replace(r"\ ", space) for w in unique)
    return "|".join(w.replace(" ", space) for w in unique)


def edge_characters(words, last: bool = False) -> frozenset[str]:
    """The characters ``words`` start with (or end with, when ``last``), each also
    lower-cased both ways ("K" and the Kelvin sign agree, as they do when ``re``
    ignores case).

    The cheap test before a long alternation of ``words``: a position whose
    character is in none of them is turned away at once, where ``re`` would try
    word by word (a lookahead class, ``first_characters``, before the words; a set
    lookup, ``patterns.may_end_in``, before words anchored at the end of a text).
    It may let through a position no word matches; it never turns away one where
    a word matches, in any case.
    """
    found: set[str] = set()
    for w in words:
        if w:
            c = w[-1] if last else w[0]
            found.update((c, c.lower(), c.upper().lower()))
    return frozenset(found)


def first_characters(words, as_written: bool = False) -> str:
    """A regex character class of ``edge_characters(words)`` ("[%CFcf]"), one that
    matches nothing when there are none: put in a lookahead before a long
    alternation, ``(?=[...])(?:...)``. ``as_written``: only the characters as the
    words write them ("[%CF]"), for a pattern that does not ignore case."""
    found = sorted({w[0] for w in words if w} if as_written else edge_characters(words))
    return f"[{''.join(re.escape(c) for c in found)}]" if found else "(?!)"
