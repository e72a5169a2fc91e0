"""Passages in quotation marks and who said them."""

from __future__ import annotations

from cscgraph.extract.found import Found
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article, Quote


def attribute_quotes(article: Article, sentences: SentenceIndex, found: Found) -> tuple[Quote, ...]:
    """Quotes with speakers (being written: returns none yet)."""
    return ()
