"""One article through every extraction step, in order (see the package's docstring for why this order)."""

from __future__ import annotations

from cscgraph.extract.actors import find_actors
from cscgraph.extract.documents import find_documents
from cscgraph.extract.funding import find_funding
from cscgraph.extract.gazetteer import Gazetteer
from cscgraph.extract.lineage import find_lineage
from cscgraph.extract.quotes import attribute_quotes
from cscgraph.extract.sentences import split_sentences
from cscgraph.models import Article, Entity, Extraction

__all__ = ["extract_article"]


def extract_article(article: Article, gazetteer: Gazetteer) -> Extraction:
    """Everything cscgraph reads from one article, each fact with its evidence sentence."""
    sentences = split_sentences(article.body)
    matches = gazetteer.find(article.body)
    actors = find_actors(article, sentences, matches, gazetteer)
    found = find_documents(article, sentences, matches, gazetteer, actors) + actors
    quotes = attribute_quotes(article, sentences, found)
    funding = find_funding(article, sentences, found, quotes)
    lineage = find_lineage(article, sentences, found, funding)
    return Extraction(article=article, entities=_unique(found.entities), mentions=found.mentions,
                      memberships=found.memberships, quotes=quotes, funding=funding, lineage=lineage)


def _unique(entities: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """One record per entity, the first (richest-first is each step's job) winning."""
    seen: dict[str, Entity] = {}
    for entity in entities:
        seen.setdefault(str(entity.ref), entity)
    return tuple(seen.values())
