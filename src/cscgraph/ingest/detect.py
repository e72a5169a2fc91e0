"""Decide which reader a file's content needs, by looking at the content only (never the file name).

Checked in this order, most specific first: an RSS/Atom feed (XML root element), an HTML page (opening markup),
a flattened RSS dump (a line ending in link, RFC-822 date and `?p=` guid), a plain-text article (a `Title:` header
block, or a title line and a `Published by …, <date>` line).
"""

from __future__ import annotations

from typing import Literal

from .feed_xml import looks_like_feed_xml
from .flat_rss import looks_like_flat_rss
from .html_page import looks_like_html_page
from .plain_text import looks_like_plain_text

__all__ = ["Format", "detect_format", "FORMAT_HINT"]

Format = Literal["feed_xml", "html_page", "flat_rss", "plain_text"]

FORMAT_HINT = ("expected an RSS/Atom feed, an HTML page, a flattened RSS dump, or plain text with a 'Title:' "
               "header or a 'Published by …, <date>' line")


def detect_format(text: str) -> Format | None:
    """The format of decoded text, or None when it is none of the formats `ingest` reads.

    >>> detect_format("Title: Hubs open\\n\\nThe council opened hubs.")
    'plain_text'
    >>> detect_format("just some words") is None
    True
    """
    if looks_like_feed_xml(text):
        return "feed_xml"
    if looks_like_html_page(text):
        return "html_page"
    if looks_like_flat_rss(text):
        return "flat_rss"
    if looks_like_plain_text(text):
        return "plain_text"
    return None
