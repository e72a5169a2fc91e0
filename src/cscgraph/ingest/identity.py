"""Stable, readable article identifiers: the pipeline dedupes and names graphs by them."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, unquote, urlsplit

from ..models import Article

__all__ = ["article_id", "url_id", "MAX_SLUG_CHARS"]

# Longer ids are cut and suffixed with 8 hex digits of the full id's SHA-256, so ids stay unique. 160 leaves room
# for the publisher's host before a 120-character page slug.
MAX_SLUG_CHARS = 160
NOT_SLUG = re.compile(r"[^a-z0-9]+")
HOST_SEPARATOR = "--"
"""Between the host's slug and the page's: a slug never holds two hyphens running, so no host and page can be read
as another host and page (`x.org` + `/uk/news` and `x.org.uk` + `/news` are `x-org--uk-news` and `x-org-uk--news`)."""
TRACKING = re.compile(r"utm_.*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga", re.IGNORECASE)
"""Query parameters that say how a reader arrived, not which page it is: left out of the id."""


def article_id(article: Article) -> str:
    """The slug of the article's URL — host, path and identifying query — or `sha-` and 16 hex digits of its title
    and body when it has no URL.

    >>> article_id(Article(title="t", paragraphs=("b",), source="x",
    ...                    url="https://www.communitycare.co.uk/2024/11/18/crackdown-on-profits/#comments"))
    'communitycare-co-uk--2024-11-18-crackdown-on-profits'
    >>> article_id(Article(title="t", paragraphs=("b",), source="x"))[:4]
    'sha-'
    """
    if article.url and (found := url_id(article.url)):
        return found
    digest = hashlib.sha256(f"{article.title}\n{article.body}".encode()).hexdigest()
    return f"sha-{digest[:16]}"


def url_id(url: str) -> str:
    """The id of the article at `url` (any link to it), or '' when the URL has neither host nor path.

    >>> url_id("http://communitycare.co.uk/2024/11/18/crackdown-on-profits?utm_source=rss")
    'communitycare-co-uk--2024-11-18-crackdown-on-profits'
    """
    slug = _url_slug(url)
    if len(slug) > MAX_SLUG_CHARS:
        suffix = hashlib.sha256(slug.encode()).hexdigest()[:8]
        slug = f"{slug[:MAX_SLUG_CHARS - len(suffix) - 1].rstrip('-')}-{suffix}"
    return slug


def _url_slug(url: str) -> str:
    """The host without `www.`, then path and identifying query, each as lowercase ASCII words joined by hyphens,
    the two joined by `HOST_SEPARATOR`. The host counts because two publishers may use one path
    (`/news/budget-2025`); the scheme, `www.`, a port, a trailing slash and the fragment do not. The query counts
    because many sites serve every page from one path (`mgAi.aspx?ID=18147`); tracking parameters do not, and
    parameters are sorted, so one page read through two links is one article."""
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").rstrip(".")
        query = sorted((key, value) for key, value in parse_qsl(parts.query, keep_blank_values=True)
                       if not TRACKING.fullmatch(key))
    except ValueError:  # "http://[::1" and other malformed netlocs
        return ""
    host = host.removeprefix("www.")
    page = _slug(" ".join([unquote(parts.path), *(f"{key} {value}" for key, value in query)]))
    return HOST_SEPARATOR.join(part for part in (_slug(host), page) if part)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return NOT_SLUG.sub("-", ascii_text).strip("-")
