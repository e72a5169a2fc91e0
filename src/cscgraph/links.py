"""The rows of the read model's `entity_links` table (`entity-link-counts`: each property of a resource, by
direction, with how many different values it has) for one graph, from the store (`SOURCE`) or from the graph's
N-Triples (`link_rows`): the two give the same rows (tests/test_extraction_rows.py).

A value is counted apart when the graph mints it: the graph's article, a node under its IRI (`…/quote/3`) or a blank
node (cscgraph writes none; one in a loaded graph is that graph's), none of which any other graph holds, so such
values of one graph are different from any other graph's and their numbers add up across graphs (`minted`, one row a
resource, direction and property, `value` ''; kept summed in `totals.LINKS`). Any other value (an entity, a class, a
literal) may be in many graphs and is kept as itself, one row each, so that it counts once however many graphs hold
it: in an article's graph (`minted` 0, a lineage statement's ends, the same in every article stating it) counted per
value in `totals.LINK_VALUES`, in a shared graph (`minted` '': the entities graph, which only grows, reference data,
the ontology) read as it is. The resources are the IRIs the graph does not mint: a node an article mints is in its
graph alone, and the store answers for it.

A value's key is its IRI, or a literal's lexical form in quotes with its language or datatype (`"2022"^^…#gYear`),
which no IRI can be, since an IRI holds no quotation mark.
"""

from __future__ import annotations

from collections import defaultdict

import pyoxigraph as ox

from cscgraph.graph.namespaces import SCHEMA

__all__ = ["COLUMNS", "SOURCE", "link_rows"]

COLUMNS = ("entity", "direction", "property", "value", "minted")

_OWN = "(isBLANK(?{v}) || (BOUND(?article) && (?{v} = ?article || STRSTARTS(STR(?{v}), CONCAT(STR(?article), '/')))))"
SOURCE = f"""SELECT ?entity ?direction ?property ?value
       (IF(?value = "", STR(COUNT(DISTINCT ?own)), IF(BOUND(?article), "0", "")) AS ?minted) WHERE {{
  OPTIONAL {{ ?article a <{SCHEMA}NewsArticle> }}
  {{ ?entity ?property ?other BIND("out" AS ?direction) }} UNION {{ ?other ?property ?entity BIND("in" AS ?direction) }}
  FILTER(isIRI(?entity) && !{_OWN.format(v="entity")})
  BIND({_OWN.format(v="other")} AS ?minted_here)
  BIND(IF(?minted_here, ?other, ?none) AS ?own)
  BIND(IF(?minted_here, "", IF(isIRI(?other), STR(?other), CONCAT('"', STR(?other), '"',
       IF(LANG(?other) != "", CONCAT("@", LANG(?other)), CONCAT("^^", STR(DATATYPE(?other))))))) AS ?value)
}}
GROUP BY ?entity ?direction ?property ?value ?article"""
"""The table's rows of one graph (the default graph): its article, if it has one, is the one typed
schema:NewsArticle."""

_ARTICLE_TYPE = ox.NamedNode(f"{SCHEMA}NewsArticle")
_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")


def _key(term: ox.NamedNode | ox.Literal) -> str:
    if isinstance(term, ox.NamedNode):
        return term.value
    if term.language:
        return f'"{term.value}"@{term.language}'
    return f'"{term.value}"^^{term.datatype.value}'


def link_rows(graph: str, ntriples: str) -> list[tuple[str, ...]]:
    """The table's rows of `graph` (graph first, then `COLUMNS`) from its N-Triples text, as `SOURCE` gives them
    from the store."""
    triples = list(ox.parse(ntriples.encode(), format=ox.RdfFormat.N_TRIPLES))
    article = next((t.subject.value for t in triples if t.predicate == _TYPE and t.object == _ARTICLE_TYPE), None)

    def own(term: object) -> bool:
        return isinstance(term, ox.BlankNode) or (
            article is not None and isinstance(term, ox.NamedNode)
            and (term.value == article or term.value.startswith(f"{article}/")))

    minted: dict[tuple[str, str, str], set[object]] = defaultdict(set)
    values: set[tuple[str, str, str, str]] = set()
    for t in triples:
        for entity, direction, other in ((t.subject, "out", t.object), (t.object, "in", t.subject)):
            if not isinstance(entity, ox.NamedNode) or own(entity):
                continue
            if own(other):
                minted[entity.value, direction, t.predicate.value].add(other)
            else:
                values.add((entity.value, direction, t.predicate.value, _key(other)))
    return [*((graph, *key, "", str(len(nodes))) for key, nodes in minted.items()),
            *((graph, *key, "0" if article is not None else "") for key in values)]
