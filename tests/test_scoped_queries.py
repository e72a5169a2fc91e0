"""Entity-scoped canned queries, rewritten so Oxigraph starts from the bound entity, answer the same rows as naive
formulations (UNIONs, constant-class type patterns, property paths in OPTIONALs), on the corpus store and on a
generated one."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

import pytest

from cscgraph.pipeline import ingest
from cscgraph.queries import load_query, parse_query, run_query
from cscgraph.settings import Settings
from cscgraph.store import EmbeddedStore, open_store
from tests.conftest import generate_corpus

GENERATED_ARTICLES = 80
"""Articles of the generated store: enough for popular entities with many quotes, roles, claims and streams."""

PREFIXES = """PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX schema: <https://schema.org/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX csc: <https://w3id.org/cscgraph/ontology#>
PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
CLAIM_EVIDENCE = """  OPTIONAL {
    ?claim csc:evidence ?sentence .
    ?sentence a oa:TextQuoteSelector, oa:TextPositionSelector ; oa:exact ?evidence ; oa:start ?start ; oa:end ?end .
  }
}"""
# The naive form of each query: what it means, written the way the planner evaluates over the whole store.
REFERENCES = {
    "entity-quotes": """# param: entity entity — x
SELECT DISTINCT ?entity ?relation ?quote ?text ?speaker ?role ?organisation ?stance ?article ?published ?start ?end
WHERE {
  { ?quote schema:creator ?entity . BIND("by" AS ?relation) }
  UNION { ?quote csc:speakerOrganisation ?entity . BIND("body" AS ?relation) }
  UNION { ?quote schema:about ?entity . BIND("about" AS ?relation) }
  ?quote a schema:Quotation ; schema:text ?text .
  ?article schema:citation ?quote .
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?quote schema:creator ?speaker }
  OPTIONAL { ?quote csc:speakerRole ?role }
  OPTIONAL { ?quote csc:speakerOrganisation ?organisation }
  OPTIONAL { ?quote csc:stance ?stance }
  OPTIONAL { ?quote oa:start ?start ; oa:end ?end }
}""",
    "entity-roles": """# param: entity entity — x
SELECT DISTINCT ?entity ?membership ?person ?role ?roleName ?organisation ?date ?article ?evidence ?start ?end
WHERE {
  { ?membership org:member ?entity . } UNION { ?membership org:organization ?entity . }
  ?membership a org:Membership ; org:member ?person ; org:role ?role ; prov:wasDerivedFrom ?article .
  OPTIONAL { ?membership org:organization ?organisation }
  OPTIONAL { ?membership dcterms:date ?date }
  OPTIONAL {
    ?membership csc:evidence ?sentence .
    ?sentence a oa:TextQuoteSelector, oa:TextPositionSelector ; oa:exact ?evidence ; oa:start ?start ; oa:end ?end .
  }
  OPTIONAL { ?role rdfs:label ?roleName }
}""",
    "entity-claims": """# param: entity entity — x
SELECT DISTINCT ?entity ?claim ?from ?relation ?to ?measure ?curated ?article ?published ?evidence ?start ?end
WHERE {
  { ?claim rdf:subject ?entity . } UNION { ?claim rdf:object ?entity . } UNION { ?claim csc:measure ?entity . }
  ?claim a csc:LineageClaim ; rdf:subject ?from ; rdf:predicate ?relation ; rdf:object ?to .
  OPTIONAL { ?claim csc:measure ?measure }
  OPTIONAL { ?claim csc:curated ?curated }
  OPTIONAL { ?claim prov:wasDerivedFrom ?article . OPTIONAL { ?article schema:datePublished ?published } }
""" + CLAIM_EVIDENCE,
    "lineage-edge": """# param: from entity — x
# param: relation iri — x (optional)
# param: to entity — x
SELECT DISTINCT ?from ?relation ?to ?claim ?measure ?curated ?article ?published ?evidence ?start ?end
WHERE {
  ?claim a csc:LineageClaim ; rdf:subject ?from ; rdf:object ?to ; rdf:predicate ?relation .
  OPTIONAL { ?claim csc:measure ?measure }
  OPTIONAL { ?claim csc:curated ?curated }
  OPTIONAL { ?claim prov:wasDerivedFrom ?article . OPTIONAL { ?article schema:datePublished ?published } }
""" + CLAIM_EVIDENCE,
    "quotes-by": """# param: speaker entity — x
SELECT ?quote ?text ?speaker (MIN(?speakerLabel) AS ?speakerName) (MIN(?roleLabel) AS ?role) ?organisation
       (MIN(?organisationLabel) AS ?organisationName) ?article ?published ?evidence
WHERE {
  ?quote schema:creator ?speaker ; schema:text ?text .
  ?article schema:citation ?quote .
  OPTIONAL { ?speaker rdfs:label ?speakerLabel }
  OPTIONAL { ?article schema:datePublished ?published }
  OPTIONAL { ?quote csc:speakerRole ?roleNode . OPTIONAL { ?roleNode rdfs:label ?roleLabel } }
  OPTIONAL { ?quote csc:speakerOrganisation ?organisation . OPTIONAL { ?organisation rdfs:label ?organisationLabel } }
  OPTIONAL { ?quote csc:evidence/oa:exact ?evidence }
}
GROUP BY ?quote ?text ?speaker ?roleNode ?organisation ?article ?published ?evidence""",
    "entity-funding": """# param: entity entity — x
SELECT DISTINCT ?entity ?stream ?amountGBP ?approximate ?period ?purpose ?kind ?funder ?recipient ?funded ?article
                ?published ?exact ?start ?end ?evidence
WHERE {
  { ?stream schema:funder ?entity } UNION { ?stream csc:recipient ?entity } UNION { ?stream csc:funds ?entity }
  ?stream a csc:FundingStream ; csc:amountGBP ?amountGBP .
  OPTIONAL { ?stream csc:approximate ?approximate }
  OPTIONAL { ?stream csc:period ?period }
  OPTIONAL { ?stream csc:purpose ?purpose }
  OPTIONAL { ?stream csc:fundingKind ?kind }
  OPTIONAL { ?stream schema:funder ?funder }
  OPTIONAL { ?stream csc:recipient ?recipient }
  OPTIONAL { ?stream csc:funds ?funded }
  OPTIONAL { ?stream oa:exact ?exact ; oa:start ?start ; oa:end ?end }
  OPTIONAL { ?stream csc:evidence/oa:exact ?evidence }
  OPTIONAL { ?stream prov:wasDerivedFrom ?article . OPTIONAL { ?article schema:datePublished ?published } }
}""",
    # Sorted on its IRIs (the form before queries18, which sorts on a string key made per row).
    "entity-links": """# param: entity entity — x
SELECT ?entity ?direction ?property ?value ?graph
WHERE {
  { GRAPH ?graph { ?entity ?property ?value } BIND("out" AS ?direction) }
  UNION
  { GRAPH ?graph { ?value ?property ?entity } BIND("in" AS ?direction) }
}
ORDER BY ?direction ?property ?value ?graph""",
    # Each fact's article by prov:wasDerivedFrom (the form before queries18, which takes it from the fact's graph).
    "entity-updates": """# param: entity entity — x
SELECT DISTINCT ?entity ?fact ?kind ?text ?speaker ?relation ?from ?to ?amountGBP ?period ?article ?headline
       ?published ?start ?end
WHERE {
  VALUES (?link ?kind) {
    (schema:creator "quote") (csc:speakerOrganisation "quote") (schema:about "quote")
    (rdf:subject "claim") (rdf:object "claim") (csc:measure "claim")
    (schema:funder "funding") (csc:recipient "funding") (csc:funds "funding")
  }
  ?fact ?link ?entity ; prov:wasDerivedFrom ?article .
  ?article schema:datePublished ?published .
  OPTIONAL { ?article schema:headline ?headline }
  OPTIONAL { ?fact schema:text ?quoteText }
  OPTIONAL { ?fact schema:creator ?speaker }
  OPTIONAL { ?fact rdf:predicate ?relation }
  OPTIONAL { ?fact rdf:subject ?from }
  OPTIONAL { ?fact rdf:object ?to }
  OPTIONAL { ?fact csc:amountGBP ?amountGBP }
  OPTIONAL { ?fact csc:period ?period }
  OPTIONAL { ?fact csc:evidence/oa:exact ?sentenceText }
  OPTIONAL { ?fact csc:evidence/oa:start ?start }
  OPTIONAL { ?fact csc:evidence/oa:end ?end }
  BIND(COALESCE(?quoteText, ?sentenceText) AS ?text)
}
ORDER BY DESC(?published) ?fact""",
}
# Entities that the queries are about: every quote speaker, body and topic, member, body of a role, claim end,
# claim measure and funding party in the corpus.
ENTITIES = """SELECT ?e (COUNT(*) AS ?n) WHERE {
  VALUES ?p { schema:creator csc:speakerOrganisation schema:about org:member org:organization rdf:subject rdf:object
              csc:measure schema:funder csc:recipient csc:funds }
  ?s ?p ?e FILTER(isIRI(?e))
} GROUP BY ?e ORDER BY DESC(?n) ?e"""
MOST = 40
"""Parameter sets compared per query and store: the naive forms scan the whole store, so all of them on the
generated store would take minutes; the sets keep the entities with the most facts and a spread of the rest."""


def _spread(items: list, most: int = MOST) -> list:
    """The first half of `most` items, then evenly spaced ones from the rest."""
    head, rest = items[: most // 2], items[most // 2:]
    return head + rest[:: max(1, len(rest) // (most - len(head)))][: most - len(head)]


def _counted(rows) -> Counter:
    return Counter(tuple(sorted((k, v.value) for k, v in row.items())) for row in rows)


SAME_ORDER = {"entity-links"}
"""Queries whose reference sorts on every output variable, so the rows must come in the same order too."""


def _key(row) -> tuple:
    return tuple(sorted((k, v.value) for k, v in row.items()))


def _rows(store: EmbeddedStore, query, param: str, iri: str) -> Counter:
    return _counted(run_query(store, query, {param: iri}).rows)


EDGES = "SELECT DISTINCT ?from ?relation ?to WHERE { ?c rdf:subject ?from ; rdf:predicate ?relation ; rdf:object ?to }"


def _parameter_sets(store: EmbeddedStore, query, entities: list[str]) -> list[dict[str, str]]:
    """Entities for a query of one entity; for a query between two (from, to): the store's biggest end (most
    claims) paired with every end both ways, so that one side is large and the other small or unrelated, then the
    stated edges both ways, and with their relation where the query takes one. At most MOST sets (`_spread`)."""
    names = {p.name for p in query.parameters}
    if "from" not in names:
        return [{query.parameters[0].name: iri} for iri in _spread(entities)]
    edges = [{k: v.value for k, v in row.items()} for row in store.query(PREFIXES + EDGES).rows]
    ends = Counter(e["from"] for e in edges) + Counter(e["to"] for e in edges)
    biggest = ends.most_common(1)[0][0]
    sets = [{"from": biggest, "to": end} for end in ends] + [{"from": end, "to": biggest} for end in ends]
    sets += [{"from": e["from"], "to": e["to"]} for e in edges] + [{"from": e["to"], "to": e["from"]} for e in edges]
    if "relation" in names:
        sets += edges
    return _spread([dict(t) for t in dict.fromkeys(tuple(sorted(s.items())) for s in sets)])


@pytest.fixture(scope="module")
def generated_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    """A store of articles from bench/generate.py: more quotes, roles, claims and streams per entity than the
    corpus has."""
    folder = tmp_path_factory.mktemp("generated-plans")
    generate_corpus(folder / "corpus", GENERATED_ARTICLES, seed=11)
    settings = Settings(store=str(folder / "store"), search_index=str(folder / "search.sqlite"), workers=2)
    store = open_store(settings)
    report = ingest(store, settings, [folder / "corpus"])
    assert len(report.new) >= GENERATED_ARTICLES and not report.failed
    yield store  # type: ignore[misc]
    store.close()


@pytest.fixture(scope="module", params=["corpus_store", "generated_store"])
def store(request: pytest.FixtureRequest) -> EmbeddedStore:
    return request.getfixturevalue(request.param)


@pytest.fixture(scope="module")
def entities(store: EmbeddedStore) -> list[str]:
    found = [row["e"].value for row in store.query(PREFIXES + ENTITIES).rows]
    assert len(found) > 20
    return found


@pytest.mark.parametrize("name", sorted(REFERENCES))
def test_scoped_query_gives_the_rows_of_its_naive_form(store: EmbeddedStore, entities: list[str], name: str) -> None:
    query = load_query(name)
    lines = REFERENCES[name].splitlines(keepends=True)
    header = "".join(line for line in lines if line.startswith("# param:"))
    body = "".join(line for line in lines if not line.startswith("# param:"))
    reference = parse_query(f"{header}{PREFIXES}{body}", f"{name}-reference")
    answered = 0
    for params in _parameter_sets(store, query, entities):
        expected = _counted(run_query(store, reference, params).rows)
        got = run_query(store, query, params).rows
        assert _counted(got) == expected, f"{name} for {params}"
        if name in SAME_ORDER:
            want = run_query(store, reference, params).rows
            assert [_key(row) for row in got] == [_key(row) for row in want], f"{name} for {params}: order"
        answered += bool(expected)
    assert answered, f"no entity in the store has {name} rows: the comparison proves nothing"


def test_unsorted_links_are_the_links_entity_links_sorts(corpus_store: EmbeddedStore) -> None:
    """entity-link-values gives the rows of entity-links, all of them or those of one property."""
    links, values = load_query("entity-links"), load_query("entity-link-values")
    entities = [row["e"].value for row in corpus_store.query(PREFIXES + ENTITIES).rows]
    for iri in entities[:20]:
        whole = _rows(corpus_store, links, "entity", iri)
        assert whole and _rows(corpus_store, values, "entity", iri) == whole
        for prop in {dict(row)["property"] for row in whole}:
            one = run_query(corpus_store, values, {"entity": iri, "property": prop}).rows
            got = Counter(tuple(sorted((k, v.value) for k, v in row.items())) for row in one)
            assert got == Counter({row: n for row, n in whole.items() if dict(row)["property"] == prop})


def test_one_funding_stream_is_its_rows_of_the_listing(corpus_store: EmbeddedStore) -> None:
    listing = run_query(corpus_store, load_query("funding-streams")).rows
    streams = {row["stream"].value for row in listing}
    assert streams
    for stream in streams:
        expected = Counter(tuple(sorted((k, v.value) for k, v in row.items())) for row in listing
                           if row["stream"].value == stream)
        assert _rows(corpus_store, load_query("funding-stream"), "stream", stream) == expected, stream

