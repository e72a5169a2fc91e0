"""Endpoint queries recognised as canned queries written out with their parameters, by parsed structure alone."""

from __future__ import annotations

from cscgraph.queries import list_queries, load_query, paged
from cscgraph.store import Term
from cscgraph.store.binding import inline_bindings
from cscgraph.web.canned_match import LONGEST_TRIED, CannedMatcher

OFSTED = "https://w3id.org/cscgraph/organisation/ofsted"
BASE = "http://127.0.0.1:8000/sparql"
MATCHER = CannedMatcher(list_queries)


def _written(name: str, entity: str = OFSTED, **page: int) -> str:
    return inline_bindings(paged(load_query(name), **page), {"entity": Term("uri", entity)})  # type: ignore[arg-type]


def _recognised(text: str) -> tuple[str, dict[str, str]] | None:
    found = MATCHER.recognise(text, BASE)
    return None if found is None else (found.query.name, found.params)


def test_a_canned_query_with_its_entity_and_page_written_in_is_recognised_with_them() -> None:
    assert _recognised(_written("entity-mentioned-in", limit=50)) == (
        "entity-mentioned-in", {"entity": OFSTED, "limit": "50"})
    assert _recognised(_written("entity-mentioned-in", limit=20, offset=40)) == (
        "entity-mentioned-in", {"entity": OFSTED, "limit": "20", "offset": "40"})
    assert _recognised(_written("entity-roles")) == ("entity-roles", {"entity": OFSTED})
    # a prefix of another name, and the entity as a relative IRI resolved against the endpoint
    renamed = _written("entity-mentioned-in").replace("PREFIX schema:", "PREFIX s:").replace("schema:", "s:")
    assert _recognised(renamed) == ("entity-mentioned-in", {"entity": OFSTED})
    relative = _written("entity-mentioned-in", entity="organisation/ofsted")
    assert _recognised(relative) == ("entity-mentioned-in", {"entity": "http://127.0.0.1:8000/organisation/ofsted"})


def test_what_is_not_a_canned_query_so_written_is_not_recognised() -> None:
    text = _written("entity-mentioned-in", limit=50)
    assert _recognised(load_query("entity-mentioned-in").sparql) is None  # its entity left unbound
    assert _recognised(text.replace("WHERE {", "FROM <urn:x:g> WHERE {", 1)) is None  # a dataset of its own
    assert _recognised(text.replace("oa:start ?s", "oa:end ?s")) is None  # another property
    # one entity in one place and another in the next: no one value for the parameter
    one, other = text.rsplit(f"<{OFSTED}>", 1)
    assert _recognised(one + "<https://w3id.org/cscgraph/organisation/lga>" + other) is None
    assert _recognised("SELECT * WHERE { ?s ?p ?o } LIMIT 3") is None
    assert _recognised("not SPARQL at all {") is None
    assert _recognised(text + "\n#" + "x" * LONGEST_TRIED) is None  # too long to be tried
