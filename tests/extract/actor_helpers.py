"""Build articles from our own sentences and run the real extraction on them with the curated reference data."""

from __future__ import annotations

from datetime import datetime
from functools import lru_cache
from pathlib import Path

from cscgraph.extract import extract_article
from cscgraph.extract.gazetteer import Gazetteer
from cscgraph.models import Article, Extraction
from cscgraph.rdf import load_reference

REFERENCE = Path(__file__).resolve().parents[2] / "ontology" / "reference"


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(load_reference(REFERENCE))


def article(*paragraphs: str, published: datetime | None = datetime(2025, 2, 1)) -> Article:
    return Article(title="Test", paragraphs=paragraphs, source="test.txt", published=published)


def extract(*paragraphs: str, published: datetime | None = datetime(2025, 2, 1)) -> Extraction:
    return extract_article(article(*paragraphs, published=published), gazetteer())


def people(x: Extraction) -> set[str]:
    return {e.label for e in x.entities if e.ref.kind == "person"}


def bodies(x: Extraction) -> set[str]:
    return {e.ref.slug for e in x.entities if e.ref.kind == "organisation"}


def speakers(x: Extraction) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker.slug if q.speaker else None) for q in x.quotes]
