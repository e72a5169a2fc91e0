"""Endpoint queries recognised as canned queries written out with their parameters, token by token."""

from __future__ import annotations

from cscgraph.queries import list_queries, load_query, paged
from cscgraph.store import Term
from cscgraph.store.binding import inline_bindings
from cscgraph.web.canned_match import LONGEST_TRIED, CannedMatcher

OFSTED = "https://w3id.org/cscgraph/organisation/ofsted"
MATCHER = CannedMatcher(list_queries)


def _written(name: str, entity: str = OFSTED, **page: int) -> str:
    return inline_bindings(paged(load_query(name), **page), {"entity": Term("uri", entity)})  # type: ignore[arg-type]


def _recognised(text: str) -> tuple[str, dict[str, str]] | None:
    found = MATCHER.recognise(text)
    return None if found is None else (found.query.name, found.params)


def test_a_canned_query_with_its_entity_and_page_written_in_is_recognised_with_them() -> None:
    assert _recognised(_written("entity-mentioned-in", limit=50)) == (
        "entity-mentioned-in", {"entity": OFSTED, "limit": "50"})
    assert _recognised(_written("entity-mentioned-in", limit=20, offset=40)) == (
        "entity-mentioned-in", {"entity": OFSTED, "limit": "20", "offset": "40"})
    assert _recognised(_written("entity-roles")) == ("entity-roles", {"entity": OFSTED})
    # another name for a prefix, keywords in lower case, no comments, one line
    written = _written("entity-mentioned-in", limit=50)
    renamed = written.replace("PREFIX schema:", "PREFIX s:").replace("schema:", "s:").replace("SELECT", "select")
    plain = " ".join(line for line in renamed.splitlines() if not line.lstrip().startswith("#"))
    assert _recognised(plain) == ("entity-mentioned-in", {"entity": OFSTED, "limit": "50"})


def test_what_is_not_a_canned_query_so_written_is_not_recognised() -> None:
    text = _written("entity-mentioned-in", limit=50)
    assert _recognised(load_query("entity-mentioned-in").sparql) is None  # its entity left unbound
    assert _recognised(text.replace("WHERE {", "FROM <urn:x:g> WHERE {", 1)) is None  # a dataset of its own
    assert _recognised(text.replace("oa:start ?s", "oa:end ?s")) is None  # another property
    assert _recognised(_written("entity-mentioned-in", entity="organisation/ofsted")) is None  # a relative IRI
    assert _recognised("BASE <https://w3id.org/cscgraph/>\n" + text) is None
    # one entity in one place and another in the next: no one value for the parameter
    one, other = text.rsplit(f"<{OFSTED}>", 1)
    assert _recognised(one + "<https://w3id.org/cscgraph/organisation/lga>" + other) is None
    assert _recognised("SELECT * WHERE { ?s ?p ?o } LIMIT 3") is None
    assert _recognised("not SPARQL at all {") is None
    assert _recognised(text + " `") is None  # a character no token takes
    assert _recognised(text + "\n#" + "x" * LONGEST_TRIED) is None  # too long to be tried
