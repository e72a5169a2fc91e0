"""Extraction → RDF: the mapping writes what ontology/MAPPING.md says, once, with no blank nodes."""

from __future__ import annotations

from datetime import datetime, timezone

import pyoxigraph as ox
import pytest

from cscgraph.graph.mapping import article_graph
from cscgraph.graph.namespaces import Minter
from cscgraph.graph.terms import iri, literal
from cscgraph.models import (Article, Entity, EntityRef, Evidence, Extraction, FundingStream, LineageClaim, Membership,
                             Mention, Quote, Span)
from cscgraph.rdf import validate
from cscgraph.resources import data_dir
from cscgraph.store import EmbeddedStore, Term

BASE = "https://w3id.org/cscgraph/"
SMITH = EntityRef("person", "jo-bloggs")
CHARITY = EntityRef("organisation", "care-first-trust")
MEASURE = EntityRef("measure", "staying-close")
REVIEW = EntityRef("policy", "independent-review-of-childrens-social-care")
STRATEGY = EntityRef("policy", "stable-homes-built-on-love")


def _article() -> Article:
    return Article(title="Charity backs Staying Close", source="fixture.txt", url="https://example.org/2025/01/02/x/",
                   published=datetime(2025, 1, 2, tzinfo=timezone.utc), publisher="Example News",
                   paragraphs=("Care First Trust chief executive Jo Bloggs said: “Staying Close works.”",
                               "Stable Homes, Built on Love adopted Staying Close with £53m over three years."))


def _extraction() -> Extraction:
    art = _article()
    body = art.body
    s1 = Evidence(0, len(art.paragraphs[0]), art.paragraphs[0])
    p2 = body.index("Stable")
    s2 = Evidence(p2, len(body), body[p2:])
    q_start = body.index("Staying")
    q_end = body.index("”")
    m_start = body.index("£53m")
    return Extraction(
        article=art,
        entities=(Entity(SMITH, "Jo Bloggs"), Entity(CHARITY, "Care First Trust", kind_label="charity"),
                  Entity(MEASURE, "Staying Close", reference=True)),
        mentions=(Mention(SMITH, Span(44, 53, body[44:53]), s1),),
        memberships=(Membership(SMITH, "chief executive", CHARITY, s1),),
        quotes=(Quote("Staying Close works.", Span(q_start, q_end, body[q_start:q_end]), s1, SMITH,
                      role="chief executive", organisation=CHARITY, about=(MEASURE,), stance="supports", cue="said"),),
        funding=(FundingStream(53e6, Span(m_start, m_start + 4, "£53m"), s2, period="over three years",
                               funds=(MEASURE,)),),
        lineage=(LineageClaim(STRATEGY, "adopts", REVIEW, s2, measure=MEASURE),),
    )


def _graph():
    return article_graph(_extraction(), Minter(BASE), datetime(2025, 2, 1, tzinfo=timezone.utc), "test",
                         publisher=Entity(EntityRef("organisation", "example-news"), "Example News"))


def test_mapping_parses_as_ntriples_without_blank_nodes() -> None:
    graph = _graph()
    triples = list(ox.parse(graph.ntriples + graph.shared_ntriples, format=ox.RdfFormat.N_TRIPLES))
    assert triples
    assert not any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)


def test_mapping_is_deterministic() -> None:
    assert _graph().triples == _graph().triples


def test_entity_descriptions_go_to_the_shared_graph_only() -> None:
    graph = _graph()
    label = f"{iri(BASE + 'person/jo-bloggs')} <http://www.w3.org/2000/01/rdf-schema#label> {literal('Jo Bloggs')} .\n"
    assert label in graph.shared and label not in graph.triples
    # a curated entity is described by reference data, not by articles
    assert not any("measure/staying-close> <http://www.w3.org/2000/01/rdf-schema#label>" in t for t in graph.shared)


def test_mapped_fixture_conforms_to_the_shapes() -> None:
    graph = _graph()
    data = graph.ntriples + graph.shared_ntriples
    reference = (data_dir("ontology") / "reference")
    ref_nt = "".join(f"{t.subject} {t.predicate} {t.object} .\n" for path in sorted(reference.glob("*.ttl"))
                     for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    assert validate(data + ref_nt, "ntriples", data_dir("ontology") / "shapes.ttl",
                    data_dir("ontology") / "cscgraph.ttl") == []


def test_quote_offsets_cut_the_quote_from_the_body() -> None:
    extraction = _extraction()
    quote = extraction.quotes[0]
    assert extraction.article.body[quote.span.start:quote.span.end] == quote.text


@pytest.mark.parametrize("predicate", ["http://www.w3.org/2000/01/rdf-schema#label", "https://schema.org/name",
                                       "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"])
def test_no_description_is_written_in_two_graphs(corpus_store: EmbeddedStore, predicate: str) -> None:
    """Regression: publishers were described both in reference data and the entities graph, doubling rows."""
    rows = corpus_store.query(
        "SELECT ?p ?s ?o (COUNT(?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
        "FILTER(!STRSTARTS(STR(?g), 'https://w3id.org/cscgraph/graph/article/')) } GROUP BY ?p ?s ?o "
        "HAVING (COUNT(?g) > 1)", {"p": Term("uri", predicate)}).rows
    assert not rows, [(r["s"].value, r["o"].value) for r in rows]
