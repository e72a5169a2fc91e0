"""Entity-scoped queries read a page at a time: pages of two, read one after another, give the unpaged answer
(rows and order), for the entities with the most rows on the corpus and one with few."""

from __future__ import annotations

import pytest

from cscgraph.queries import load_query, run_query
from cscgraph.store import EmbeddedStore

SCOPED = ["entity-quotes", "entity-roles", "entity-claims", "entity-links", "entity-mentioned-in", "entity-funding",
          "quotes-by", "quotes-about", "measure-trace", "document-diff"]
ENTITIES = """SELECT DISTINCT ?e WHERE {
  VALUES ?p { <https://schema.org/creator> <https://schema.org/about> <https://schema.org/mentions>
              <https://w3id.org/cscgraph/ontology#speakerOrganisation> <http://www.w3.org/ns/org#member>
              <http://www.w3.org/ns/org#organization> <https://w3id.org/cscgraph/ontology#measure>
              <http://www.w3.org/1999/02/22-rdf-syntax-ns#object> <https://schema.org/funder>
              <https://w3id.org/cscgraph/ontology#recipient> <https://w3id.org/cscgraph/ontology#funds> }
  ?s ?p ?e FILTER(STRSTARTS(STR(?e), "https://w3id.org/cscgraph/"))
}"""
BASE = "https://w3id.org/cscgraph/policy/"
DIFFS = [("independent-review-of-childrens-social-care", "stable-homes-built-on-love"),
         ("stable-homes-built-on-love", "keeping-children-safe-helping-families-thrive"),
         ("independent-review-of-childrens-social-care", "childrens-wellbeing-and-schools-bill")]


def _rows(store: EmbeddedStore, name: str, params: dict[str, str]) -> list[tuple]:
    rows = run_query(store, load_query(name), params).rows
    return [tuple(sorted((k, v.value) for k, v in row.items())) for row in rows]


def _cases(store: EmbeddedStore, name: str) -> list[dict[str, str]]:
    """The parameters of the three entities (or document pairs) with the most rows, and of one with few."""
    if name == "document-diff":
        candidates = [{"from": BASE + a, "to": BASE + b} for a, b in DIFFS]
    else:
        param = load_query(name).parameters[0].name
        candidates = [{param: row["e"].value} for row in store.query(ENTITIES).rows]
    sized = sorted(((len(_rows(store, name, c)), sorted(c.items())) for c in candidates), reverse=True)
    sized = [(n, dict(c)) for n, c in sized if n]
    return [c for _, c in sized[:3]] + [c for _, c in sized[-1:]]


@pytest.mark.parametrize("name", SCOPED)
def test_pages_read_in_turn_are_the_unpaged_answer(corpus_store: EmbeddedStore, name: str) -> None:
    cases = _cases(corpus_store, name)
    assert cases, f"{name}: no entity of the corpus has rows, so paging proves nothing"
    several = 0
    for params in cases:
        whole = _rows(corpus_store, name, params)
        pages: list[tuple] = []
        for offset in range(0, len(whole) + 2, 2):
            page = _rows(corpus_store, name, {**params, "limit": "2", "offset": str(offset)})
            if not page:
                break
            pages += page
        assert pages == whole, f"{name} {params}"
        several += len(whole) > 2
    assert several, f"{name}: no case spans more than one page"


@pytest.mark.parametrize("name", SCOPED)
def test_a_page_stops_in_the_engine(corpus_store: EmbeddedStore, name: str) -> None:
    """The first page holds at most the rows of its first units; past the end there is nothing."""
    params = _cases(corpus_store, name)[0]
    whole = _rows(corpus_store, name, params)
    first = _rows(corpus_store, name, {**params, "limit": "1"})
    assert first and first == whole[:len(first)] and len(first) < len(whole)
    assert _rows(corpus_store, name, {**params, "limit": "1", "offset": str(len(whole))}) == []
