"""A package that is also its own main function: ``factcheck.extract(text)``.

The public API names two functions after the subpackages that implement them
(``factcheck.extract`` and ``factcheck.compare``). A function bound under the
package's name would hide the package: ``import factcheck.extract.dateline as
d`` and ``factcheck.extract.dateline`` would fail, and the first import of a
submodule would silently rebind the name to the package. Instead the name is
the package itself, and calling the package calls its main function.
"""

from __future__ import annotations

import sys
import types
from collections.abc import Callable
from typing import Any


class CallablePackage(types.ModuleType):
    """A module whose call is its ``__main_function__``."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.__main_function__(*args, **kwargs)


def make_callable(module_name: str, main: Callable[..., Any]) -> None:
    """Make the (already imported) module ``module_name`` call ``main`` when called."""
    module = sys.modules[module_name]
    module.__main_function__ = main
    module.__class__ = CallablePackage
