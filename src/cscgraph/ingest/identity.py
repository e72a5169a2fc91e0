"""Stable, readable article identifiers: the pipeline dedupes and names graphs by them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, unquote, urlsplit

from ..models import Article

__all__ = ["article_id", "MAX_SLUG_CHARS"]

# Longer URL slugs are cut and suffixed with 8 hex digits of the full slug's SHA-256, so ids stay unique.
MAX_SLUG_CHARS = 120
NOT_SLUG = re.compile(r"[^a-z0-9]+")
TRACKING = re.compile(r"utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga", re.IGNORECASE)
"""Query parameters that say how a reader arrived, not which page it is: left out of the id."""


def article_id(article: Article) -> str:
    """The slug of the article's URL path and identifying query, or `sha-` and 16 hex digits of its title and body
    when it has no URL.

    >>> article_id(Article(title="t", paragraphs=("b",), source="x",
    ...                    url="https://www.communitycare.co.uk/2024/11/18/crackdown-on-profits/#comments"))
    '2024-11-18-crackdown-on-profits'
    >>> article_id(Article(title="t", paragraphs=("b",), source="x"))[:4]
    'sha-'
    """
    slug = _url_slug(article.url) if article.url else ""
    if not slug:
        digest = hashlib.sha256(f"{article.title}\n{article.body}".encode()).hexdigest()
        return f"sha-{digest[:16]}"
    if len(slug) > MAX_SLUG_CHARS:
        suffix = hashlib.sha256(slug.encode()).hexdigest()[:8]
        slug = f"{slug[:MAX_SLUG_CHARS - len(suffix) - 1].rstrip('-')}-{suffix}"
    return slug


def _url_slug(url: str) -> str:
    """Path and identifying query (or, for `/?p=123` style URLs, host and query) as lowercase ASCII words joined
    by hyphens. The query counts because many sites serve every page from one path (`mgAi.aspx?ID=18147`);
    tracking parameters do not, and parameters are sorted, so one page read through two links is one article."""
    try:
        parts = urlsplit(url.strip())
        query = sorted((key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING.fullmatch(key))
    except ValueError:  # "http://[::1" and other malformed netlocs
        return ""
    query_text = " ".join(f"{key} {value}" for key, value in query)
    path = unquote(parts.path).strip("/")
    text = f"{path} {query_text}" if path else f"{parts.netloc} {query_text}"
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return NOT_SLUG.sub("-", ascii_text).strip("-")
