"""What every page of the explorer shares: the store, canned queries, names for IRIs, links, the search index;
values computed from the store are kept by `web.values.StoreValues` (`Explorer.values`).

Pages never write SPARQL: they run the canned queries in `queries/` (parameters bound as RDF terms) through
`Explorer.rows`, and turn IRIs into names and local links with `Explorer.label` and `Explorer.href`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

from cscgraph.errors import QueryError
from cscgraph.graph.namespaces import DCTERMS, RDFS
from cscgraph.pipeline import graph_stats
from cscgraph.queries import PAGING, CannedQuery, bind_parameter, list_queries, load_query, paged, run_query
from cscgraph.search import SearchHit, SearchIndex, search_path
from cscgraph.settings import Settings
from cscgraph.store import Results, Store, Term
from cscgraph.web.values import CACHED_VALUES, REMOTE_REFRESH, StoreValues

__all__ = ["Explorer", "ENTITY_PATHS", "Row", "linkable"]

ENTITY_PATHS = ("person", "organisation", "policy", "measure", "statute", "programme", "funding", "role",
                "membership", "claim")
"""First path segments of the IRIs the pipeline mints for things (not articles), each served by the entity view."""

KIND_NAMES = {"person": "Person", "organisation": "Body", "policy": "Document", "measure": "Measure",
              "statute": "Statute", "programme": "Programme", "funding": "Funding stream", "role": "Role",
              "membership": "Role held", "claim": "Lineage claim", "article": "Article"}

LINK_SCHEMES = frozenset({"http", "https"})
"""Schemes a page links to; `javascript:`, `data:`, `vbscript:` and the rest are shown as text, never as links."""

Row = dict[str, str]
"""A result row as plain strings (IRIs and literal values alike), which is what templates and JSON want."""

_PAGE_QUERY_SECONDS = 30.0
"""Least time a page's own (canned, trusted) query may take, whatever the endpoint's limit for user queries."""
_NAMES_AND_DATES = f"""SELECT ?entity (MIN(?label) AS ?name) (MIN(?when) AS ?date) WHERE {{
  VALUES ?entity {{ #ends }}
  OPTIONAL {{ ?entity <{RDFS}label> ?label }}
  OPTIONAL {{ ?entity <{DCTERMS}date> ?when }}
}} GROUP BY ?entity"""
"""The name and date of each end of the lineage edges, as `lineage-edges` gives them (`#ends`: their IRIs)."""
T = TypeVar("T")


@dataclass(frozen=True)
class Name:
    label: str
    date: str
    curated: bool = False
    """Reference data curates the entity; False for what only article text names (a discovered document)."""


class Explorer:
    """The state behind the web app: one per app, shared by every request thread."""

    def __init__(self, settings: Settings, store: Store, cached_values: int = CACHED_VALUES) -> None:
        self.settings = settings
        self.store = store
        self.base = store.minter.base
        self.values = StoreValues(store, cached_values)
        """Values computed from the store, kept until it is next written (`StoreValues.cached`)."""
        self._lock = threading.Lock()
        self._names: dict[str, Name] = {}
        self._names_at: tuple[int, float] = (-1, 0.0)
        self._search_lock = threading.Lock()
        # The web process reads: an embedded store's index is kept in step by its writers (ingest, watch,
        # migrate). A remote store's index is this machine's own cache of a store others write, so it syncs it.
        self._search = SearchIndex(search_path(settings), read_only=not settings.is_remote)
        self._search_at = float("-inf")
        self.sync_search()

    def public_message(self, error: Exception) -> str:
        """`error` as a page or answer may show it: where the store lives (its folder, its files beside it, a
        remote store's URLs) is written "the store", since a visitor has no business knowing the server's paths.

        The message is the library's own text, not a request's, so replacing known locations in it is exact."""
        message = str(error)
        places = {self.settings.store, str(getattr(self.store, "path", "") or ""),
                  getattr(self.store, "query_url", "") or ""}
        places |= {str(Path(place).resolve()) for place in set(places) if place and "://" not in place}
        for place in sorted((p for p in places if len(p) > 1), key=len, reverse=True):
            message = message.replace(place, "the store")
        return message

    def stats(self) -> dict[str, int | str]:
        """What the graph holds (`cscgraph.pipeline.graph_stats`), kept until the store is written."""
        return self.values.cached("stats", lambda: graph_stats(self.store, self._indexed(SearchIndex.article_quads)))

    # --- queries ---------------------------------------------------------------------------------------------

    def canned(self, name: str) -> CannedQuery:
        return load_query(name)

    def queries(self) -> list[CannedQuery]:
        return list_queries()

    def results(self, name: str, **params: str) -> Results:
        """Run canned query `name` with IRIs or values bound to its parameters. Page queries are ours: they get
        the time limit but not the endpoint's result cap, so a page never silently drops rows."""
        try:
            return run_query(self.store, load_query(name), params, timeout=max(self.settings.query_timeout,
                                                                               _PAGE_QUERY_SECONDS))
        except QueryError as exc:
            # The traceback holds the store's half-read answer, which pyoxigraph will only let this thread free:
            # drop it here rather than in the event loop's error handler.
            error = type(exc)(f"{name}: {exc}")
            exc.__traceback__ = None
        raise error

    def rows(self, name: str, **params: str) -> list[Row]:
        """`results` as rows of plain strings."""
        return [{k: v.value for k, v in row.items()} for row in self.results(name, **params).rows]

    def bind(self, query: CannedQuery, params: dict[str, str]) -> dict[str, Term]:
        """Parameter text resolved to RDF terms (names and aliases to entity IRIs) for a run elsewhere; paging
        parameters are not bound (see `prepare`)."""
        declared = {p.name: p for p in query.parameters}
        return {name: bind_parameter(self.store, declared[name], value)
                for name, value in params.items() if name in declared and name not in PAGING and value.strip()}

    def prepare(self, query: CannedQuery, params: dict[str, str]) -> tuple[str, dict[str, Term]]:
        """The query's text with its page written in, and its other parameters bound, for a run elsewhere."""
        return paged(query, params.get("limit"), params.get("offset")), self.bind(query, params)

    # --- names and links -------------------------------------------------------------------------------------

    def _catalogue(self) -> dict[str, Name]:
        generation = self.values.generation()
        with self._lock:
            seen_generation, seen_at = self._names_at
            fresh = seen_generation == generation and (self.values.store_path is not None
                                                       or time.monotonic() - seen_at < REMOTE_REFRESH)
            if not fresh:
                rows = self.rows("entity-catalogue")
                self._names = {r["entity"]: Name(r.get("label", ""), r.get("date", ""), r.get("curated") == "true")
                               for r in rows}
                self._names_at = (generation, time.monotonic())
            return self._names

    def label(self, iri: str) -> str:
        """A name for any IRI: its label or headline, else one made from the IRI (never the bare IRI if ours).

        >>> # person/andy-smith without a label reads "andy smith"
        """
        if not iri:
            return ""
        name = self._catalogue().get(iri)
        if name and name.label:
            return name.label
        return self.fallback_label(iri)

    def fallback_label(self, iri: str) -> str:
        if not iri.startswith(self.base):
            for sep in ("#", "/"):
                if sep in iri.rstrip("/"):
                    tail = iri.rstrip("/").rsplit(sep, 1)[1]
                    if tail:
                        return tail
            return iri
        path = iri[len(self.base):]
        kind, _, rest = path.partition("/")
        if kind == "article" and "/" in rest:
            article, _, node = rest.partition("/")
            what, _, n = node.partition("/")
            return f"{what} {n} in “{self.label(self.base + 'article/' + article)}”"
        if kind == "membership":
            parts = rest.split("--")
            if len(parts) == 3:
                person, role, body = (self.label(f"{self.base}{k}/{s}") for k, s in
                                      zip(("person", "role", "organisation"), parts))
                return f"{person}, {role}" + (f", {body}" if parts[2] != "none" else "")
        return rest.replace("-", " ") if rest else path

    def entities_of(self, kind: str) -> list[tuple[str, str, str]]:
        """(IRI, name, date) of every named entity of one kind (`person`, `measure`, …), by name."""
        prefix = f"{self.base}{kind}/"
        return sorted(((iri, name.label, name.date[:10]) for iri, name in self._catalogue().items()
                       if iri.startswith(prefix) and "/" not in iri[len(prefix):]), key=lambda e: e[1].lower())

    def date(self, iri: str) -> str:
        """The entity's date (YYYY-MM-DD) where it has one, else ''."""
        name = self._catalogue().get(iri)
        return name.date[:10] if name else ""

    def curated(self, iri: str) -> bool:
        """Reference data curates the entity (documents, measures and programmes found only in article text are
        not)."""
        name = self._catalogue().get(iri)
        return bool(name and name.curated)

    def kind(self, iri: str) -> str:
        """First path segment of one of our IRIs (`person`, `article`, …), '' for others."""
        if not iri.startswith(self.base):
            return ""
        return iri[len(self.base):].split("/", 1)[0]

    def kind_name(self, iri: str) -> str:
        return KIND_NAMES.get(self.kind(iri), "")

    def href(self, iri: str) -> str:
        """Where an IRI is shown: our IRIs map to local paths (quote and sentence nodes to their place in the
        article); other http(s) IRIs are returned as they are (external links), any other IRI gives '' (no link)."""
        if not iri.startswith(self.base):
            return linkable(iri)
        path = iri[len(self.base):]
        if path.startswith("article/") and path.count("/") >= 3:
            article, node, rest = path[len("article/"):].split("/", 2)
            if node == "sentence" and "/" not in rest:
                return f"/article/{article}?highlight={rest}#s-{rest}"
            if node in ("quote", "mention"):
                return f"/article/{article}#{node}-{rest.replace('/', '-')}"
        return "/" + path

    def iri_of(self, path: str) -> str:
        """The IRI a local path names (the inverse of `href` for entity and article paths)."""
        return self.base + path.lstrip("/")

    def evidence_href(self, article: str, start: str | int | None, end: str | int | None) -> str:
        """Link to a sentence (or any span) highlighted in its article."""
        page = self.href(article)
        if start in (None, "") or end in (None, ""):
            return page
        return f"{page}?highlight={start}-{end}#s-{start}-{end}"

    # --- search ----------------------------------------------------------------------------------------------

    def sync_search(self) -> None:
        """A remote store's index: bring it in step with the store at most every `_REMOTE_REFRESH` seconds. An
        embedded store's index is its writers' to keep; this only reads it."""
        if not self.settings.is_remote:
            return
        with self._search_lock:
            if time.monotonic() - self._search_at > REMOTE_REFRESH:
                self._search.sync(self.store)
                self._search_at = time.monotonic()

    def lineage_edges(self) -> list[Row]:
        """The rows of canned query `lineage-edges`, without its joins over every evidence link in the store: the
        counts of the article claims from the index kept beside the store (`SearchIndex.lineage_edges`), the
        curated edges of the reference data (`lineage-curated`), the names and dates of both ends from one query
        over them (`_NAMES_AND_DATES`). In the query's order (from, relation, to)."""
        edges = {(e["from"], e["relation"], e["to"]): e | {"curated": "false"}
                 for e in self._indexed(SearchIndex.lineage_edges)}
        for row in self.rows("lineage-curated"):
            edge = edges.setdefault((row["from"], row["relation"], row["to"]), {
                "from": row["from"], "relation": row["relation"], "to": row["to"], "claims": "0", "articles": "0",
                "sentences": "0"})
            edge["claims"] = str(int(edge["claims"]) + int(row["claims"]))
            edge["curated"] = "true"
        ends = sorted({edge[end] for edge in edges.values() for end in ("from", "to")})
        names = {row["entity"].value: row for row in self.store.query(_NAMES_AND_DATES.replace(
            "#ends", " ".join(f"<{iri}>" for iri in ends))).rows} if ends else {}
        for edge in edges.values():
            for end in ("from", "to"):
                found = names.get(edge[end], {})
                edge |= {f"{end}{k.title()}": found[k].value for k in ("name", "date") if k in found}
        return [edges[key] for key in sorted(edges)]

    def search(self, text: str, limit: int = 50, kind: str | None = None, offset: int = 0) -> list[SearchHit]:
        return self._indexed(lambda index: index.search(text, limit=limit, kind=kind, offset=offset))

    def _indexed(self, read: Callable[[SearchIndex], T]) -> T:
        """`read(index)` on the index beside the store, once it is in step with the store."""
        self.sync_search()
        with self._search_lock:
            return read(self._search)

    def close(self) -> None:
        self.values.close(timeout=_PAGE_QUERY_SECONDS)
        with self._search_lock:
            self._search.close()


def linkable(url: str) -> str:
    r"""`url` if a page may link to it — an http(s) URL with a host, or a path on this site — else ''. Decided on
    the URL as `urllib.parse` splits it (tabs and line breaks removed, leading controls and spaces stripped, as a
    browser reads an href), never by a prefix test of the raw text.

    >>> linkable("https://news.example.org/a"), linkable("/person/x"), linkable(" java\tscript:alert(1)")
    ('https://news.example.org/a', '/person/x', '')
    >>> linkable("//evil.example/"), linkable("/\\evil.example/"), linkable("data:text/html,x")
    ('', '', '')
    """
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme:
        return url if parts.scheme.lower() in LINK_SCHEMES and parts.hostname else ""
    local = parts.path.startswith("/") and not parts.netloc and parts.path[1:2] not in ("/", "\\")
    return url if local and url == url.strip() else ""
