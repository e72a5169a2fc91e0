"""The vocabularies cscgraph writes, as IRI prefixes, and the IRIs it mints (see ontology/MAPPING.md)."""

from __future__ import annotations

from dataclasses import dataclass

from cscgraph.models import EntityRef

CSC = "https://w3id.org/cscgraph/ontology#"
SCHEMA = "https://schema.org/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
OA = "http://www.w3.org/ns/oa#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"

PREFIXES: dict[str, str] = {
    "csc": CSC, "schema": SCHEMA, "prov": PROV, "org": ORG, "oa": OA, "skos": SKOS, "dcterms": DCTERMS,
    "rdf": RDF, "rdfs": RDFS, "owl": OWL, "xsd": XSD,
}


@dataclass(frozen=True)
class Minter:
    """Mints every IRI under one base: entities, articles, their named graphs and the fixed graphs."""

    base: str

    def entity(self, ref: EntityRef) -> str:
        """The IRI of an entity.

        >>> Minter("https://w3id.org/cscgraph/").entity(EntityRef("person", "andy-smith"))
        'https://w3id.org/cscgraph/person/andy-smith'
        """
        return f"{self.base}{ref.kind}/{ref.slug}"

    def article(self, article_id: str) -> str:
        return f"{self.base}article/{article_id}"

    def article_graph(self, article_id: str) -> str:
        return f"{self.base}graph/article/{article_id}"

    @property
    def entities_graph(self) -> str:
        """Descriptions of the entities articles name (labels, classes, kinds), each written once."""
        return f"{self.base}graph/entities"

    @property
    def reference_graph(self) -> str:
        return f"{self.base}graph/reference"

    @property
    def ontology_graph(self) -> str:
        return f"{self.base}graph/ontology"

    @property
    def meta_graph(self) -> str:
        return f"{self.base}graph/meta"

    @property
    def article_graph_prefix(self) -> str:
        return f"{self.base}graph/article/"
