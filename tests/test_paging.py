"""Paging: `limit`/`offset` become LIMIT/OFFSET in the query text, applied by the engine, validated first."""

from __future__ import annotations

import pytest

from cscgraph.errors import QueryError
from cscgraph.queries import PAGING, list_queries, load_query, paged, parse_query, run_query
from cscgraph.store import EmbeddedStore, Term
from cscgraph.store.binding import inline_bindings

PAGED = [q for q in list_queries() if {p.name for p in q.parameters} >= set(PAGING)
         and all("(optional)" in p.description for p in q.parameters)]
"""The whole-graph listings that page. Scoped queries that page need their entity or article, which these tests do
not give: they must test their pages with it."""


def _rows(results) -> list[tuple]:
    return [tuple(sorted((k, v.value) for k, v in row.items())) for row in results.rows]


def _multiset(rows: list[tuple]) -> list[tuple]:
    return sorted(rows)


def test_the_listings_page() -> None:
    names = {q.name for q in PAGED}
    assert {"who-said-what", "quote-finder", "article-list"} <= names


@pytest.mark.parametrize("query", PAGED, ids=lambda q: q.name)
def test_pages_put_together_are_the_whole_answer(corpus_store: EmbeddedStore, query) -> None:
    whole = _rows(run_query(corpus_store, query))
    assert whole, f"{query.name}: no rows on the corpus, so paging proves nothing"
    pages: list[tuple] = []
    for offset in range(0, 10_000, 7):
        page = _rows(run_query(corpus_store, query, {"limit": "7", "offset": str(offset)}))
        if not page:
            break
        pages += page
    assert _multiset(pages) == _multiset(whole)


@pytest.mark.parametrize("query", PAGED, ids=lambda q: q.name)
def test_an_offset_past_the_end_gives_no_rows(corpus_store: EmbeddedStore, query) -> None:
    assert run_query(corpus_store, query, {"limit": "5", "offset": "100000"}).rows == ()


def test_a_limit_cuts_the_answer_in_the_engine(corpus_store: EmbeddedStore) -> None:
    query = load_query("article-list")
    first = run_query(corpus_store, query, {"limit": "3"})
    assert len(first.rows) == 3 and not first.truncated
    assert _rows(first) == _rows(run_query(corpus_store, query))[:3]


@pytest.mark.parametrize("value", ["0", "-1", "ten", "1.5", "1e3"])
def test_a_bad_limit_is_a_one_line_error_naming_it(corpus_store: EmbeddedStore, value: str) -> None:
    with pytest.raises(QueryError) as caught:
        run_query(corpus_store, load_query("who-said-what"), {"limit": value})
    assert "limit" in str(caught.value) and "\n" not in str(caught.value)


def test_a_bad_offset_is_refused(corpus_store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="offset"):
        run_query(corpus_store, load_query("who-said-what"), {"offset": "-3"})


def test_a_query_that_does_not_page_refuses_a_limit(corpus_store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="limit"):
        run_query(corpus_store, load_query("ontology-terms"), {"limit": "3"})


def test_the_page_mark_takes_the_modifiers_in_a_subquery() -> None:
    query = parse_query("# param: limit integer — things (optional)\n"
                        "SELECT * { { SELECT ?s { ?s ?p ?o } ORDER BY ?s\n  #page\n } ?s ?q ?v }")
    text = paged(query, limit=4, offset=None)
    assert "ORDER BY ?s\nLIMIT 4\n }" in text and "#page" not in text


def test_paging_survives_binding_for_a_remote_store(corpus_store: EmbeddedStore) -> None:
    """A remote store gets the paged text with parameters written in as terms (no SEP-0007 there)."""
    query = parse_query("# param: a article — the article\n# param: limit integer — rows (optional)\n"
                        "PREFIX schema: <https://schema.org/>\n"
                        "SELECT ?a ?q WHERE { ?a schema:citation ?q } ORDER BY ?q")
    article = corpus_store.query("SELECT ?a WHERE { ?a <https://schema.org/citation> ?q } LIMIT 1").rows[0]["a"]
    bound = {"a": Term("uri", article.value)}
    text = inline_bindings(paged(query, limit=2), bound)
    remote_like = _rows(corpus_store.query(text))
    embedded = _rows(run_query(corpus_store, query, {"a": article.value, "limit": "2"}))
    assert remote_like == embedded and len(embedded) == 2
