"""Data files that rules name (exchange rates, standing facts), read once per version.

A batch checks thousands of articles with the same rules; re-reading and
re-validating a rates file for each would cost more than the check itself.
The cache key includes the file's modification time and size, so an edited
file is read again.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from typing import Any


def load_cached(loader: Callable[[Any], Any], path: str | os.PathLike[str]) -> Any:
    """``loader(path)``, reused while the file is unchanged."""
    st = os.stat(path)
    return _load(loader, str(path), st.st_mtime_ns, st.st_size)


@functools.lru_cache(maxsize=64)
def _load(loader: Callable[[Any], Any], path: str, _mtime_ns: int, _size: int) -> Any:
    return loader(path)
