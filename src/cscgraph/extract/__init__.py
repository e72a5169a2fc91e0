"""Article → Extraction: pure functions, no I/O.

The steps run in this order because later ones read earlier findings: documents/statutes/measures and people/bodies
are found first; quotes are attributed to the people and bodies found and linked to what their sentence mentions;
funding and lineage read the same mentions.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

__all__ = ["extract_article", "Gazetteer"]

if TYPE_CHECKING:
    from cscgraph.extract.article import extract_article
    from cscgraph.extract.gazetteer import Gazetteer

_HOMES = {"extract_article": "cscgraph.extract.article", "Gazetteer": "cscgraph.extract.gazetteer"}


def __getattr__(name: str) -> object:
    """The extraction steps load on first use: a process that only reads the graph (the web explorer) imports a
    module of this package, such as `slugs`, without compiling every step's patterns."""
    if name in _HOMES:
        return getattr(importlib.import_module(_HOMES[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
