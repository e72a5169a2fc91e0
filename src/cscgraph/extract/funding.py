"""Money amounts that are funding: allocated, spent, cut or estimated as needed."""

from __future__ import annotations

from cscgraph.extract.found import Found
from cscgraph.extract.sentences import SentenceIndex
from cscgraph.models import Article, FundingStream


def find_funding(article: Article, sentences: SentenceIndex, found: Found) -> tuple[FundingStream, ...]:
    """Funding streams (being written: returns none yet)."""
    return ()
