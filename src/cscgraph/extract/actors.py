"""People and bodies named in an article, and the roles people hold."""

from __future__ import annotations

from cscgraph.extract.found import Found, mention_of, reference_entity
from cscgraph.extract.gazetteer import Gazetteer, GazetteerMatch
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article

ACTOR_KINDS = frozenset({"person", "organisation"})


def find_actors(article: Article, sentences: SentenceIndex, matches: list[GazetteerMatch],
                gazetteer: Gazetteer) -> Found:
    """Curated bodies and people the gazetteer found in the body."""
    hits = [m for m in matches if m.entity.ref.kind in ACTOR_KINDS]
    return Found(entities=tuple(reference_entity(m) for m in hits),
                 mentions=tuple(mention_of(m.entity.ref, m.start, m.end, article.body, sentences) for m in hits))
