"""Read one saved HTML article page: main text and metadata through trafilatura, offline.

trafilatura finds the article's text among navigation, comments and page furniture and reads the title, canonical
URL, date and site name from the page's metadata. A full publication timestamp is taken from the page's
`article:published_time`-style meta tags where there is one, since trafilatura keeps only the day.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import lxml.etree
import lxml.html
import trafilatura

from ..errors import ReadError
from ..models import Article
from .text import clean_line, normalise_newlines, parse_date

__all__ = ["looks_like_html_page", "read_html_page"]

# The opening of an HTML document, or of a fragment that is plainly markup.
HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|meta|title)[\s>/]", re.IGNORECASE)
SNIFF_CHARS = 4_096
# Meta tags that carry a page's publication time, most specific first.
PUBLISHED_META = ("article:published_time", "og:published_time", "datePublished", "date", "dc.date",
                  "dcterms.created", "pubdate", "publish-date", "sailthru.date")


def looks_like_html_page(text: str) -> bool:
    """True when the text opens with HTML markup.

    >>> looks_like_html_page("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    """
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    return head.startswith("<") and HTML_START.search(head) is not None


def read_html_page(text: str, source: str) -> Iterator[Article | ReadError]:
    """Yield the page's one Article, or one ReadError when no article text can be found."""
    document = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                           include_images=False, include_links=False)
    if document is None or not getattr(document, "text", None):
        yield ReadError(source, "HTML page has no article text that trafilatura can find")
        return
    title = clean_line(document.title or "")
    paragraphs = [line for line in (clean_line(raw) for raw in normalise_newlines(document.text).split("\n")) if line]
    if paragraphs and paragraphs[0] == title:
        # trafilatura repeats the page's <h1> as the first line of the text.
        paragraphs = paragraphs[1:]
    if not title:
        yield ReadError(source, "HTML page has no title (<title>, og:title or <h1>)")
        return
    if not paragraphs:
        yield ReadError(source, f"“{title[:60]}” has no article text besides its title")
        return
    published = _meta_published(text)
    if published is None and document.date:
        published = parse_date(document.date)
    yield Article(title=title, paragraphs=tuple(paragraphs), source=source,
                  url=(document.url or "").split("#", 1)[0] or None,
                  published=published, publisher=clean_line(document.sitename or "") or None)


def _meta_published(text: str) -> datetime | None:
    try:
        root = lxml.html.document_fromstring(text)
    except (lxml.etree.ParserError, ValueError):
        return None
    for name in PUBLISHED_META:
        for meta in root.iter("meta"):
            if name in (meta.get("property"), meta.get("name"), meta.get("itemprop")):
                if (published := parse_date(meta.get("content") or "")) is not None:
                    return published
    return None
