"""Read one saved HTML article page: main text and metadata through trafilatura, offline.

trafilatura finds the article's text among navigation, comments and page furniture and reads the title, canonical
URL, date and site name from the page's metadata. A full publication timestamp is taken from the page's
`article:published_time`-style meta tags where there is one, since trafilatura keeps only the day.

Scripts (except JSON-LD metadata), styles, `<noscript>` and `<template>` are removed before trafilatura sees the
page, so their text can never become a paragraph. trafilatura needs about 10 s per MB of markup, so a page still
larger than `FULL_EXTRACTION_CHARS` after that is read by a plain lxml pass over its `<article>`, `<main>` or
`<body>`; pages over `MAX_PAGE_CHARS` are not read at all.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime

import lxml.etree
import lxml.html

from ..errors import ReadError
from ..models import Article
from .text import MAX_ARTICLE_CHARS, clean_line, html_paragraphs, normalise_newlines, parse_date, too_long

__all__ = ["looks_like_html_page", "read_html_page"]

# The opening of an HTML document, or of a fragment that is plainly markup.
HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|meta|title)[\s>/]", re.IGNORECASE)
SNIFF_CHARS = 4_096
# Meta tags that carry a page's publication time, most specific first.
PUBLISHED_META = ("article:published_time", "og:published_time", "datePublished", "date", "dc.date",
                  "dcterms.created", "pubdate", "publish-date", "sailthru.date")
# Elements removed before extraction: code and its fallbacks. JSON-LD scripts stay (trafilatura reads metadata there).
NON_TEXT_XPATH = ("//script[not(contains(@type, 'ld+json'))] | //style | //noscript | //template")
# Pages up to this size (after removing scripts and styles) go through trafilatura; larger ones through lxml.
FULL_EXTRACTION_CHARS = 1_500_000
# Larger pages are one ReadError: no article page is this big, even with inline images.
MAX_PAGE_CHARS = 60_000_000
# Where the fallback looks for the article text, first match wins.
FALLBACK_TEXT_XPATH = ("//article", "//main", "//body")


def looks_like_html_page(text: str) -> bool:
    """True when the text opens with HTML markup.

    >>> looks_like_html_page("<!DOCTYPE html><html><body><p>Hi</p></body></html>")
    True
    """
    head = text[:SNIFF_CHARS].lstrip("\ufeff \t\r\n")
    return head.startswith("<") and HTML_START.search(head) is not None


def read_html_page(text: str, source: str) -> Iterator[Article | ReadError]:
    """Yield the page's one Article, or one ReadError when no article text can be found."""
    if len(text) > MAX_PAGE_CHARS:
        yield ReadError(source, f"HTML page is {len(text):,} characters, over the {MAX_PAGE_CHARS:,} read; skipped")
        return
    root = _parse(text)
    if root is not None:
        for element in root.xpath(NON_TEXT_XPATH):
            element.drop_tree()
        text = lxml.html.tostring(root, encoding="unicode")
        if len(text) > FULL_EXTRACTION_CHARS:
            yield _read_large_page(root, source)
            return
    import trafilatura  # here, not at the top: readers of the store import this package and never read a page

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


def _read_large_page(root: lxml.html.HtmlElement, source: str) -> Article | ReadError:
    """A page too large for trafilatura: title from metadata, text from the first article/main/body element."""
    title = ""
    for path in ("//meta[@property='og:title']/@content", "//title//text()", "//h1//text()"):
        if title := clean_line(" ".join(str(value) for value in root.xpath(path))):
            break
    container = next((found[0] for path in FALLBACK_TEXT_XPATH if (found := root.xpath(path))), root)
    markup = lxml.html.tostring(container, encoding="unicode")
    if len(markup) > 2 * MAX_ARTICLE_CHARS and len(container.text_content()) > MAX_ARTICLE_CHARS:
        return ReadError(source, too_long(title or "HTML page", len(container.text_content())))
    paragraphs = [line for line in html_paragraphs(markup) if line != title]
    if not title:
        return ReadError(source, "HTML page has no title (<title>, og:title or <h1>)")
    if not paragraphs:
        return ReadError(source, f"“{title[:60]}” has no article text besides its title")
    url = next((str(value) for value in root.xpath("//link[@rel='canonical']/@href | "
                                                   "//meta[@property='og:url']/@content")), "")
    site = next((str(value) for value in root.xpath("//meta[@property='og:site_name']/@content")), "")
    return Article(title=title, paragraphs=tuple(paragraphs), source=source, url=url.split("#", 1)[0] or None,
                   published=_published_in(root), publisher=clean_line(site) or None)


def _parse(text: str) -> lxml.html.HtmlElement | None:
    try:
        # huge_tree: a script or text node over 10 MB would otherwise end the parse there, losing the page's text.
        return lxml.html.document_fromstring(text, parser=lxml.html.HTMLParser(huge_tree=True))
    except (lxml.etree.ParserError, ValueError):
        return None


def _meta_published(text: str) -> datetime | None:
    root = _parse(text)
    return _published_in(root) if root is not None else None


def _published_in(root: lxml.html.HtmlElement) -> datetime | None:
    for name in PUBLISHED_META:
        for meta in root.iter("meta"):
            if name in (meta.get("property"), meta.get("name"), meta.get("itemprop")):
                if (published := parse_date(meta.get("content") or "")) is not None:
                    return published
    return None
