"""One frozen Settings object, built at the edge (CLI flags, environment) and passed in.

Every field carries its help text in `metadata["help"]`; `Settings.from_env()` reads `CSCGRAPH_<FIELD>` variables.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

BASE_IRI = "https://w3id.org/cscgraph/"
"""Every IRI cscgraph mints lives under this base: `<BASE_IRI>person/andy-smith`, `<BASE_IRI>ontology#Measure`."""


def _default_store() -> str:
    return str(Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share")) / "cscgraph" / "store")


def _setting(default: Any, help: str, *, secret: bool = False) -> Any:  # noqa: A002 - "help" reads best here
    """A field with its help text; a `secret` one is left out of the object's repr (and so of tracebacks)."""
    if callable(default):
        return field(default_factory=default, metadata={"help": help}, repr=not secret)
    return field(default=default, metadata={"help": help}, repr=not secret)


@dataclass(frozen=True)
class Settings:
    """Run-time configuration of the library, the CLI and the web app."""

    store: str = _setting(_default_store, "Store location: a folder for the embedded Oxigraph store, or an "
                                          "http(s) URL of a SPARQL endpoint.")
    base_iri: str = _setting(BASE_IRI, "Base of every minted IRI.")
    query_timeout: float = _setting(10.0, "Seconds a SPARQL query may run before it is stopped.")
    result_limit: int = _setting(10_000, "Most rows the HTTP SPARQL endpoint returns for one query.")
    answer_bytes: int = _setting(16_000_000, "Most bytes one serialised answer of the HTTP SPARQL endpoint or of "
                                             "/queries may hold; a longer one is cut after the last whole row (or "
                                             "triple) that fits and marked `X-SPARQL-Truncated: true`.")
    query_memory: int = _setting(2048, "Megabytes of address space one HTTP SPARQL endpoint worker process may "
                                       "use; a query that needs more is stopped.")
    query_workers: int = _setting(2, "Worker processes answering HTTP SPARQL endpoint queries.")
    update_path: str = _setting("", "Remote store: SPARQL Update endpoint, a URL or a path (`/x` from the server "
                                    "root, `x` under the store URL, `.` the store URL itself); default <store>/update.")
    graph_store_path: str = _setting("", "Remote store: Graph Store Protocol endpoint, a URL or a path as for "
                                         "update_path (default <store>/store); `none` writes by SPARQL Update only.")
    query_path: str = _setting("", "Remote store: SPARQL query endpoint, a URL or a path as for update_path "
                                   "(default <store>/query).")
    store_user: str = _setting("", "Remote store: user name for a server that asks for one (e.g. Virtuoso's "
                                   "/sparql-auth and /sparql-graph-crud-auth), sent by HTTP Digest or Basic as the "
                                   "server's challenge asks; a store URL `http://USER:PASSWORD@HOST/` gives it too.")
    store_password: str = _setting("", "Remote store: the password of store_user.", secret=True)
    search_index: str = _setting("", "SQLite full-text index file; default: beside an embedded store "
                                     "(<store>.search.sqlite), or in the user data folder for a remote store.")
    workers: int = _setting(lambda: min(2, os.cpu_count() or 1), "Processes used for extraction during ingest.")
    fetch_delay: float = _setting(1.0, "Seconds between two requests to one host when ingesting URLs.")
    fetch_timeout: float = _setting(20.0, "Seconds one HTTP response may take in all when ingesting URLs.")
    fetch_max_bytes: int = _setting(10_000_000, "Largest HTTP response body read when ingesting URLs.")
    fetch_memory: str = _setting("", "SQLite file keeping each fetched URL's ETag and Last-Modified for conditional "
                                     "requests; default beside the store, as for search_index.")
    write_wait: float = _setting(60.0, "Seconds a writer (ingest, watch, migrate) waits for another writer to let go "
                                       "of an embedded store before giving up with a message.")
    host: str = _setting("127.0.0.1", "Address `serve` listens on.")
    port: int = _setting(8000, "Port `serve` listens on.")

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None, **overrides: Any) -> "Settings":
        """Settings from `CSCGRAPH_*` variables, then explicit overrides (None values are ignored)."""
        env = os.environ if environ is None else environ
        values: dict[str, Any] = {}
        for f in fields(cls):
            raw = env.get(f"CSCGRAPH_{f.name.upper()}")
            if raw is not None:
                kind = type(getattr(cls(), f.name)) if f.name != "store" else str
                values[f.name] = kind(raw)
        values.update({k: v for k, v in overrides.items() if v is not None})
        return replace(cls(), **values)

    @property
    def is_remote(self) -> bool:
        """True when `store` names a SPARQL endpoint rather than a folder."""
        return self.store.startswith(("http://", "https://"))

    def companion_path(self, suffix: str) -> Path:
        """A file that belongs to the store: beside an embedded one (`<store><suffix>`), or in the user data folder
        keyed by the endpoint URL for a remote one.

        >>> Settings(store="/data/csc").companion_path(".search.sqlite").as_posix()
        '/data/csc.search.sqlite'
        """
        if self.is_remote:
            key = hashlib.sha256(self.store.encode()).hexdigest()[:12]
            return Path.home() / ".local" / "share" / "cscgraph" / f"remote-{key}{suffix}"
        store = Path(self.store)
        return store.parent / f"{store.name}{suffix}"


def describe() -> list[tuple[str, str]]:
    """(environment variable, help) for every setting, for `--help` and the README."""
    return [(f"CSCGRAPH_{f.name.upper()}", f.metadata["help"]) for f in fields(Settings)]
