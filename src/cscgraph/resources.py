"""Where the shipped data folders (`ontology/`, `queries/`, `web/`) are at run time.

An installed wheel carries them inside the package as `cscgraph/_data/<name>`; a source checkout (editable
install, tests) has them at the repository's top level.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """Path of a shipped folder: `ontology`, `queries` or `web`.

    >>> data_dir("queries").name
    'queries'
    """
    for candidate in (_PACKAGE / "_data" / name, _PACKAGE.parent.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"cscgraph data folder {name!r} is missing from this installation")
