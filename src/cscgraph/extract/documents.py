"""Policy documents, statutes, measures and programmes named in an article."""

from __future__ import annotations

from cscgraph.extract.found import Found, mention_of, reference_entity
from cscgraph.extract.gazetteer import GazetteerMatch
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article

DOCUMENT_KINDS = frozenset({"policy", "statute", "measure", "programme"})


def find_documents(article: Article, sentences: SentenceIndex, matches: list[GazetteerMatch]) -> Found:
    """Curated documents, statutes, measures and programmes the gazetteer found in the body."""
    hits = [m for m in matches if m.entity.ref.kind in DOCUMENT_KINDS]
    return Found(entities=tuple(reference_entity(m) for m in hits),
                 mentions=tuple(mention_of(m.entity.ref, m.start, m.end, article.body, sentences) for m in hits))
