"""Which graph layout a store holds (`FORMAT_VERSION`, recorded in its meta graph), and how many times an embedded
store has been written (its generation, kept in a file beside it for read-only snapshots to follow)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox

from cscgraph.graph.namespaces import CSC, XSD, Minter

FORMAT_VERSION = 5
"""Version of the graph layout in the store; bumped when MAPPING.md changes incompatibly. 2: one selector node per
evidence sentence, mentions without rdf:type; 3: mentions without text of their own (ontology/MAPPING.md,
"Evidence"); 4: article ids keep the URL's identifying query ("IRIs"); 5: article ids keep the URL's host."""


def version_quad(minter: Minter) -> ox.Quad:
    """The quad that records which graph layout (`FORMAT_VERSION`) a store holds."""
    return ox.Quad(ox.NamedNode(minter.base), ox.NamedNode(f"{CSC}formatVersion"),
                   ox.Literal(str(FORMAT_VERSION), datatype=ox.NamedNode(f"{XSD}integer")),
                   ox.NamedNode(minter.meta_graph))


def store_generation(path: Path) -> int:
    """How many times the embedded store in `path` has been written (0 if never): readers that opened it
    read-only (a snapshot) compare this with the number they opened at, and reopen when it has grown."""
    try:
        return int((path.parent / f"{path.name}.generation").read_text(encoding="ascii") or 0)
    except (OSError, ValueError):
        return 0


def bump_generation(path: Path) -> None:
    target = path.parent / f"{path.name}.generation"
    scratch = target.with_name(target.name + ".tmp")
    scratch.write_text(str(store_generation(path) + 1), encoding="ascii")
    scratch.replace(target)  # atomic, so a reader never sees a half-written number
