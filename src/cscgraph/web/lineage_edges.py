"""Every lineage edge with its counts and the names and dates of its ends — the rows of canned query
`lineage-edges` — assembled without that query's joins over every evidence link in the store: the counts of the
article claims from the index kept beside the store (`SearchIndex.lineage_edges`), the curated edges of the
reference data (`lineage-curated`), the names of both ends from the entity catalogue the pages already hold
(`web.names`), and their dates from the read model's names (or one query over them while the index is not in
step)."""

from __future__ import annotations

from cscgraph.graph.namespaces import DCTERMS
from cscgraph.search import SearchIndex
from cscgraph.web.database import Database, Row
from cscgraph.web.names import Names
from cscgraph.web.search_index import SharedSearchIndex

__all__ = ["lineage_edges"]

_DATES = f"""SELECT ?entity (MIN(?when) AS ?date) WHERE {{
  VALUES ?entity {{ #ends }}
  ?entity <{DCTERMS}date> ?when
}} GROUP BY ?entity"""
"""The date of each end of the lineage edges that has one, as `lineage-edges` gives it (`#ends`: their IRIs): its
`dcterms:date`, not a government's start (the catalogue's date would be that)."""


def lineage_edges(database: Database, index: SharedSearchIndex, names: Names) -> list[Row]:
    """The rows of `lineage-edges`, in the query's order (from, relation, to)."""
    edges = {(e["from"], e["relation"], e["to"]): e | {"curated": "false"}
             for e in index.read(SearchIndex.lineage_edges)}
    for row in database.rows("lineage-curated"):
        edge = edges.setdefault((row["from"], row["relation"], row["to"]), {
            "from": row["from"], "relation": row["relation"], "to": row["to"], "claims": "0", "articles": "0",
            "sentences": "0"})
        edge["claims"] = str(int(edge["claims"]) + int(row["claims"]))
        edge["curated"] = "true"
    ends = sorted({edge[end] for edge in edges.values() for end in ("from", "to")})
    names.prefetch(ends)
    dates = _dates(database, index, ends)
    for edge in edges.values():
        for end in ("from", "to"):
            name, date = names.stated_label(edge[end]), dates.get(edge[end])
            edge |= ({f"{end}Name": name} if name else {}) | ({f"{end}Date": date} if date else {})
    return [edges[key] for key in sorted(edges)]


def _dates(database: Database, index: SharedSearchIndex, ends: list[str]) -> dict[str, str]:
    """The date of each end that has one: from the read model's names while the index is in step, else by one query
    over them."""
    if not ends:
        return {}
    kept = index.read_in_step(lambda read: read.dates(ends))
    if kept is not None:
        return kept
    return {row["entity"].value: row["date"].value for row in database.store.query(_DATES.replace(
        "#ends", " ".join(f"<{iri}>" for iri in ends))).rows}
