"""Every lineage edge with its counts and the names and dates of its ends — the rows of canned query
`lineage-edges` — assembled without that query's joins over every evidence link in the store: the counts of the
article claims from the index kept beside the store (`SearchIndex.lineage_edges`), the curated edges of the
reference data (`lineage-curated`), and the names and dates of both ends from one query over them."""

from __future__ import annotations

from cscgraph.graph.namespaces import DCTERMS, RDFS
from cscgraph.search import SearchIndex
from cscgraph.web.database import Database, Row
from cscgraph.web.search_index import SharedSearchIndex

__all__ = ["lineage_edges"]

_NAMES_AND_DATES = f"""SELECT ?entity (MIN(?label) AS ?name) (MIN(?when) AS ?date) WHERE {{
  VALUES ?entity {{ #ends }}
  OPTIONAL {{ ?entity <{RDFS}label> ?label }}
  OPTIONAL {{ ?entity <{DCTERMS}date> ?when }}
}} GROUP BY ?entity"""
"""The name and date of each end of the lineage edges, as `lineage-edges` gives them (`#ends`: their IRIs)."""


def lineage_edges(database: Database, index: SharedSearchIndex) -> list[Row]:
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
    names = {row["entity"].value: row for row in database.store.query(_NAMES_AND_DATES.replace(
        "#ends", " ".join(f"<{iri}>" for iri in ends))).rows} if ends else {}
    for edge in edges.values():
        for end in ("from", "to"):
            found = names.get(edge[end], {})
            edge |= {f"{end}{k.title()}": found[k].value for k in ("name", "date") if k in found}
    return [edges[key] for key in sorted(edges)]
