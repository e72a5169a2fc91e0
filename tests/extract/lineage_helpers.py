"""Shared set-up for the documents, lineage and funding tests: the real reference data and a one-call extractor."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache

from cscgraph.extract.actors import find_actors
from cscgraph.extract.documents import find_documents
from cscgraph.extract.found import Found
from cscgraph.extract.gazetteer import Gazetteer
from cscgraph.extract.sentences import SentenceIndex, split_sentences
from cscgraph.models import Article
from cscgraph.rdf import load_reference
from cscgraph.resources import data_dir


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(load_reference(data_dir("ontology") / "reference"))


def article(*paragraphs: str, published: str = "2024-11-18") -> Article:
    return Article(title="Test", paragraphs=paragraphs, source="test.txt", url="https://example.org/test",
                   published=datetime.fromisoformat(published))


def documents(a: Article) -> tuple[SentenceIndex, Found]:
    sentences = split_sentences(a.body)
    return sentences, find_documents(a, sentences, gazetteer().find(a.body), gazetteer())


def documents_and_actors(a: Article) -> tuple[SentenceIndex, Found]:
    """What the pipeline finds before lineage: documents, then people and bodies (governments named by alias)."""
    sentences, found = documents(a)
    return sentences, found + find_actors(a, sentences, gazetteer().find(a.body), gazetteer())
