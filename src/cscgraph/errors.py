"""The exception hierarchy of cscgraph.

    CscgraphError                 every error the library raises on purpose
    ├── ReadError                 a file or feed item could not be read (names the file/item and the reason)
    ├── StoreError                the store could not be opened, read or written
    │   ├── StoreBusy             another process holds the store for writing, and waiting for it ran out
    │   └── StoreVersionError     the store was written by an incompatible version
    ├── QueryError                a canned query is unknown, malformed, or misses a parameter
    │   └── QueryTimeout          a query ran past its time limit
    └── ValidationError           the graph violates the SHACL shapes

The CLI turns each into a one-line message and a non-zero exit; the web app into a 4xx/5xx answer.
"""

from __future__ import annotations

__all__ = ["CscgraphError", "ReadError", "StoreError", "StoreBusy", "StoreVersionError", "QueryError",
           "QueryTimeout", "ValidationError"]


class CscgraphError(Exception):
    """Base of every error cscgraph raises on purpose."""


class ReadError(CscgraphError):
    """A file or feed item could not be read: `source: item N: reason`."""

    def __init__(self, source: str, reason: str, item: int | None = None) -> None:
        self.source, self.reason, self.item = source, reason, item
        where = f"{source}: item {item}" if item is not None else source
        super().__init__(f"{where}: {reason}")


class StoreError(CscgraphError):
    """The store could not be opened, read or written."""


class StoreBusy(StoreError):
    """Another process holds the embedded store for writing, and waiting for it ran out."""


class StoreVersionError(StoreError):
    """The store on disk was written by an incompatible version of cscgraph."""


class QueryError(CscgraphError):
    """A canned query is unknown or malformed, or a parameter is missing or invalid."""


class QueryTimeout(QueryError):
    """A query ran past its time limit."""


class ValidationError(CscgraphError):
    """The graph violates the SHACL shapes; the message lists the violations."""
