"""Read RSS 2.0, RSS 1.0 and Atom feeds with feedparser: one Article per item.

The body is the item's full HTML (`content:encoded` in RSS, `<content>` in Atom), else its description/summary;
it becomes paragraphs through `text.html_paragraphs` (one per `<p>`, heading or list item; scripts, styles and
figures with their photo credits dropped). The publisher is the feed's title.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser

from ..errors import ReadError
from ..models import Article
from .text import clean_line, html_paragraphs, publisher_from_feed_title

__all__ = ["looks_like_feed_xml", "read_feed_xml"]

# The root element of a feed, after any XML declaration, comments or doctype: <rss>, <feed> (Atom), <rdf:RDF>.
FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]")
# Where the root element must appear; an HTML page mentioning "<rss" deep in its text is not a feed.
SNIFF_CHARS = 4_096
HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)


def looks_like_feed_xml(text: str) -> bool:
    """True when the text opens with an RSS or Atom root element.

    >>> looks_like_feed_xml('<?xml version="1.0"?>\\n<rss version="2.0"><channel/></rss>')
    True
    """
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    if not head.startswith("<"):
        return False
    feed, html = FEED_ROOT.search(head), HTML_ROOT.search(head)
    return feed is not None and (html is None or feed.start() < html.start())


def read_feed_xml(data: bytes, source: str) -> Iterator[Article | ReadError]:
    """Yield one Article per feed item, a ReadError per unreadable item, or one ReadError for an unreadable feed."""
    # A stream, never a string: feedparser would fetch a string that looks like a URL or open one naming a file.
    parsed = feedparser.parse(io.BytesIO(data))
    entries = parsed.get("entries") or []
    if not entries:
        problem = parsed.get("bozo_exception")
        reason = f"not a readable RSS/Atom feed ({_one_line(problem)})" if problem else "feed has no items"
        yield ReadError(source, reason)
        return
    publisher = publisher_from_feed_title(parsed.feed.get("title"))
    for number, entry in enumerate(entries, start=1):
        yield _entry_article(entry, number, publisher, source)


def _entry_article(entry: Any, number: int, publisher: str | None, source: str) -> Article | ReadError:
    title = clean_line(entry.get("title") or "")
    contents = [content.get("value") or "" for content in entry.get("content") or []]
    full_html = max(contents, key=len, default="")
    summary_html = entry.get("summary") or ""
    paragraphs = html_paragraphs(full_html) or html_paragraphs(summary_html)
    if not title:
        return ReadError(source, "item has no title; skipped", item=number)
    if not paragraphs:
        return ReadError(source, f"“{title[:60]}” has no content or description text; skipped", item=number)
    summary = " ".join(html_paragraphs(summary_html)) if full_html else None
    link = entry.get("link") or None
    return Article(title=title, paragraphs=tuple(paragraphs), source=source,
                   url=link.split("#", 1)[0] if link else None, published=_published(entry), publisher=publisher,
                   item=number, guid=entry.get("id") or None, summary=summary or None)


def _published(entry: Any) -> datetime | None:
    """feedparser normalises dates to UTC struct_time; an unparseable date is simply absent."""
    stamp: time.struct_time | None = entry.get("published_parsed") or entry.get("updated_parsed")
    if stamp is None:
        return None
    try:
        return datetime(*stamp[:6], tzinfo=UTC)
    except (ValueError, OverflowError):
        return None


def _one_line(problem: object) -> str:
    return clean_line(str(problem).replace("\n", " "))[:200]
