"""The lineage edges assembled from the index beside the store are the rows of the canned query."""

from __future__ import annotations

from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore
from cscgraph.web.explorer import Explorer
from cscgraph.web.lineage_edges import lineage_edges


def test_lineage_edges_from_the_index_are_the_rows_of_the_canned_query(corpus_settings: Settings,
                                                                       corpus_store: EmbeddedStore) -> None:
    """Two ways to the same rows: `lineage-edges` joins every evidence link in the store; `web.lineage_edges`
    groups the claims kept beside it and adds the curated edges and the names. Same rows, same order."""
    explorer = Explorer(corpus_settings, corpus_store)
    try:
        canned = explorer.db.rows("lineage-edges")
        assert any(r["curated"] == "true" for r in canned) and any(int(r["sentences"]) > 1 for r in canned)
        assert any("fromDate" in r for r in canned) and any("toDate" in r for r in canned)
        assert lineage_edges(explorer.db, explorer.index, explorer.names) == canned
        # the ends' dates by SPARQL while the index is not in step: the same rows
        in_step, explorer.index.read_in_step = explorer.index.read_in_step, lambda read: None  # type: ignore
        try:
            assert lineage_edges(explorer.db, explorer.index, explorer.names) == canned
        finally:
            explorer.index.read_in_step = in_step  # type: ignore
    finally:
        explorer.close()



def test_chain_steps_of_equal_dates_are_in_the_order_of_their_iris() -> None:
    """By the later document's date, the earlier's, then their IRIs: steps of equal dates never come in the order a
    set of pairs happens to iterate (which changed from one server start to the next)."""
    from types import SimpleNamespace

    from cscgraph.lineage_views import document_chain, lineage_graph
    from cscgraph.web.links import Links
    from cscgraph.web.views.lineage import chain_steps

    p, m = "https://w3id.org/cscgraph/policy/", "https://w3id.org/cscgraph/measure/"
    later = [f"{p}strategy-{n}" for n in "fbdaec"]
    rows = [{"from": p + "review", "relation": "recommends", "to": m + "hubs"}]
    rows += [{"from": doc, "relation": r, "to": to} for doc in later
             for r, to in (("basedOn", p + "review"), ("adopts", m + "hubs"))]
    names = SimpleNamespace(date=lambda iri: "2024-01-01", label=lambda iri: iri.rsplit("/", 1)[1])
    explorer = SimpleNamespace(names=names, links=Links("https://w3id.org/cscgraph/"))
    graph = lineage_graph(rows)
    steps = chain_steps(explorer, graph, document_chain(graph))  # type: ignore[arg-type]
    assert [s["to"] for s in steps] == sorted(later) and {s["from"] for s in steps} == {p + "review"}


def test_an_entity_pages_statements_are_named_in_a_statement_per_500_not_one_each(corpus_settings: Settings,
                                                                                  corpus_store: EmbeddedStore) -> None:
    """The statements table names each value, property and source article: looked up together (at 100,000
    articles a body's page asked the index 717 times, a quarter of a second)."""
    from cscgraph.web.views.entity import facts, statements

    explorer = Explorer(corpus_settings, corpus_store)
    dfe = "https://w3id.org/cscgraph/organisation/department-for-education"
    try:
        links = statements(explorer, dfe, explorer.db.rows("entity-link-counts", entity=dfe))
        asked: list[int] = []
        names = explorer.index.names
        explorer.index.names = lambda entities, checked=True: asked.append(len(entities)) or names(  # type: ignore
            entities, checked)
        found, given = facts(explorer, links, {})
        assert len(links) > 10 and found and given and len(asked) <= 2
    finally:
        explorer.close()
