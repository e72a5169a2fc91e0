"""Sentences that say one document, measure or statute came from, adopted or dropped another."""

from __future__ import annotations

from cscgraph.extract.found import Found
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article, LineageClaim


def find_lineage(article: Article, sentences: SentenceIndex, found: Found) -> tuple[LineageClaim, ...]:
    """Lineage claims (being written: returns none yet)."""
    return ()
