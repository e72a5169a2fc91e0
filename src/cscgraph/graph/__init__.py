"""Extraction → RDF: namespaces, IRI minting, one named graph per article (see ontology/MAPPING.md)."""

from cscgraph.graph.mapping import ArticleGraph, article_graph
from cscgraph.graph.namespaces import PREFIXES, Minter

__all__ = ["ArticleGraph", "Minter", "PREFIXES", "article_graph"]
