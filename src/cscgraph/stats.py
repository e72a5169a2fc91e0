"""What the graph holds, counted: quads, articles, their date range, and entities and facts by type (`cscgraph
stats`, the explorer's home page). Apart from the pipeline, so that a process that only reads (the web explorer)
does not load the extraction steps."""

from __future__ import annotations

from cscgraph.graph.namespaces import PREFIXES
from cscgraph.store import Store, graph_size

__all__ = ["STAT_PATTERNS", "graph_stats"]

# Counted by `stats`: label → SPARQL pattern over ?x (subclasses included through the ontology graph).
STAT_PATTERNS: dict[str, str] = {
    "articles": "?x a schema:NewsArticle",
    "people": "?x a schema:Person",
    "organisations": "?x a/rdfs:subClassOf* schema:Organization",
    "policy documents": "?x a/rdfs:subClassOf* csc:PolicyDocument",
    "statutes": "?x a/rdfs:subClassOf* csc:Statute",
    "measures": "?x a csc:Measure",
    "programmes": "?x a/rdfs:subClassOf* csc:Programme",
    "quotes": "?x a schema:Quotation",
    "roles held": "?x a org:Membership",
    "funding streams": "?x a csc:FundingStream",
    "lineage claims": "?x a csc:LineageClaim",
}


def graph_stats(store: Store, article_quads: int | None = None,
                published: tuple[str, str] | None = None, counted: dict[str, int] | None = None
                ) -> dict[str, int | str]:
    """What the graph holds: quads, articles, date range, and entities and facts by type.

    Counting the quads reads every quad (11.6 s of CPU at 30,261 articles). Given `article_quads`, the article
    graphs' quads as the search index counted them (`SearchIndex.article_quads`), only the graphs cscgraph writes
    besides articles (entities, reference, ontology, meta) are counted here. Given `published`, the first and last
    publication dates as the read model holds them (`SearchIndex.published_span`), they are not read from every
    article (1.5 s at 100,000). Given `counted`, counts of some of `STAT_PATTERNS`' labels as the read model holds
    them (`SearchIndex.counted`: articles, quotes, funding streams, lineage claims), those are not counted by
    SPARQL (0.9 s at 100,000).
    """
    prefixes = "".join(f"PREFIX {k}: <{v}>\n" for k, v in PREFIXES.items())
    stats: dict[str, int | str] = {}
    if article_quads is None:
        quads = store.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        stats["quads"] = int(quads.rows[0]["n"].value)
    else:
        minter = store.minter
        shared = [minter.entities_graph, minter.reference_graph, minter.ontology_graph, minter.meta_graph]
        stats["quads"] = article_quads + sum(graph_size(store, graph) for graph in shared)
    for label, pattern in STAT_PATTERNS.items():
        if counted is not None and label in counted:
            stats[label] = counted[label]
            continue
        answer = store.query(f"{prefixes}SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {pattern} }}")
        stats[label] = int(answer.rows[0]["n"].value)
    if published is None:
        span = store.query(f"{prefixes}SELECT (MIN(?d) AS ?first) (MAX(?d) AS ?last) WHERE "
                           "{ ?a a schema:NewsArticle ; schema:datePublished ?d }")
        if span.rows and "first" in span.rows[0]:
            published = (span.rows[0]["first"].value, span.rows[0]["last"].value)
    if published is not None:
        stats["published"] = f"{published[0][:10]} to {published[1][:10]}"
    return stats
