"""Read RSS 2.0, RSS 1.0 and Atom feeds with feedparser: one Article per item.

The body is the item's full HTML (`content:encoded` in RSS, `<content>` in Atom), else its description/summary;
it becomes paragraphs through `text.html_paragraphs` (one per `<p>`, heading or list item; scripts, styles and
figures with their photo credits dropped). The publisher is the feed's title.

Feeds larger than `STREAMING_FEED_BYTES` are read item by item with lxml's `iterparse` instead: feedparser takes
about a minute for a 50 MB feed, the streaming reader a few seconds. It reads the same fields (title, link, guid,
date, full content else description/summary, channel title) and never resolves entities or touches the network.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.etree

from ..errors import ReadError
from ..models import Article
from .text import clean_line, html_paragraphs, parse_date, publisher_from_feed_title, too_long

__all__ = ["looks_like_feed_xml", "read_feed_xml"]

# The root element of a feed, after any XML declaration, comments or doctype: <rss>, <feed> (Atom), <rdf:RDF>.
FEED_ROOT = re.compile(r"<(?:rss|feed|rdf:RDF)[\s>]")
# Where the root element must appear; an HTML page mentioning "<rss" deep in its text is not a feed.
SNIFF_CHARS = 4_096
HTML_ROOT = re.compile(r"<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE)
# Larger feeds go to the streaming reader (feedparser spends about 1 ms per item and 1 s per MB of content).
STREAMING_FEED_BYTES = 4_000_000
# Local names of the elements the streaming reader takes each field from, most preferred first.
ITEM_ELEMENTS = frozenset({"item", "entry"})
DATE_ELEMENTS = ("pubDate", "published", "date", "updated", "modified", "issued")
FULL_CONTENT_ELEMENTS = ("encoded", "content")
SUMMARY_ELEMENTS = ("description", "summary")
# An item's HTML longer than this is skipped as too long before it is parsed (lxml's HTML parser stops at a
# 10,000,000-character text node, and the text would be over MAX_ARTICLE_CHARS anyway).
MAX_ITEM_HTML_CHARS = 10_000_000


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
    if len(data) > STREAMING_FEED_BYTES:
        yield from _read_large_feed(data, source)
        return
    # A stream, never a string: feedparser would fetch a string that looks like a URL or open one naming a file.
    # Unsanitised: feedparser's sanitiser keeps the text of elements it does not know (<template>, <noscript>) as
    # prose; `html_paragraphs` drops those elements whole, and the HTML is only ever read as text, never served.
    try:
        parsed = feedparser.parse(io.BytesIO(data), sanitize_html=False)
    except Exception:  # noqa: BLE001 - e.g. UnicodeEncodeError on `&#55296;`; lxml recovers item by item instead
        yield from _read_large_feed(data, source)
        return
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


def _read_large_feed(data: bytes, source: str) -> Iterator[Article | ReadError]:
    """The streaming reader: items as they close, memory freed behind them. When libxml2 gives up on the
    document (an entity-expansion bomb, a broken tail), the item it stopped in is one ReadError with the parser's
    reason and the items after it are read one by one (`_read_items_after`), as the small-file reader keeps them."""
    parser_options = {"events": ("end",), "recover": True, "resolve_entities": False, "no_network": True,
                      "remove_comments": True, "remove_pis": True, "huge_tree": True}
    channel_title: str | None = None
    number = 0
    held: Article | ReadError | None = None  # the latest item, yielded once the parser has gone past it
    namespaces: dict[str | None, str] = {}
    encoding = "UTF-8"
    parser = lxml.etree.iterparse(io.BytesIO(data), **parser_options)
    stopped = ""
    try:
        for _, element in parser:
            name = _local(element)
            parent = element.getparent()
            if name == "title" and parent is not None and _local(parent) in ("channel", "feed"):
                channel_title = clean_line("".join(element.itertext()))
            if name not in ITEM_ELEMENTS:
                continue
            number += 1
            namespaces = dict(element.nsmap)
            encoding = element.getroottree().docinfo.encoding or "UTF-8"
            if held is not None:
                yield held
            try:
                held = _element_article(element, number, publisher_from_feed_title(channel_title), source)
            except ValueError as error:  # lxml decoding a character reference to a surrogate (&#55296;)
                held = ReadError(source, f"item text cannot be decoded ({_one_line(error)}); skipped", item=number)
            element.clear()
            while element.getprevious() is not None and parent is not None:
                del parent[0]
    except (lxml.etree.LxmlError, ValueError) as error:
        stopped = _one_line(error)
    fatal = [entry for entry in parser.error_log if entry.level_name == "FATAL"]
    stopped = stopped or (_one_line(fatal[-1].message) if fatal else "")
    # libxml2 recovers from most errors; it has given up only if items it never reached follow.
    starts = [match.start() for match in ITEM_START.finditer(data)] if stopped else []
    if len(starts) <= number:
        if held is not None:
            yield held
        elif number == 0:
            yield ReadError(source, "feed has no items")
        return
    if held is not None:
        yield ReadError(source, f"the XML parser stopped in this item ({stopped}); skipped", item=number)
    publisher = publisher_from_feed_title(channel_title)
    yield from _read_items_after(data, starts, number, (encoding, namespaces), publisher, source)


# The start tag of a feed item, `<item>`/`<entry>` with any prefix and attributes: where the next item begins
# when the parser has given up on the document as a whole.
ITEM_START = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?(?:item|entry)(?=[\s>/])")


def _read_items_after(data: bytes, starts: list[int], done: int, context: tuple[str, dict[str | None, str]],
                      publisher: str | None, source: str) -> Iterator[Article | ReadError]:
    """Items `done + 1` onwards (their start tags at `starts`), each parsed on its own in the feed's encoding and
    wrapped in an element declaring its namespaces (`context`), so one item the parser cannot read costs only
    that item. Only where items begin is found by a pattern;
    everything an item says is still read by the parser."""
    encoding, namespaces = context
    declarations = " ".join(f'xmlns{":" + prefix if prefix else ""}="{uri}"' for prefix, uri in namespaces.items()
                            if '"' not in uri)
    head = f'<?xml version="1.0" encoding="{encoding}"?><wrap {declarations}>'.encode()
    parser = lxml.etree.XMLParser(recover=True, resolve_entities=False, no_network=True, remove_comments=True,
                                  remove_pis=True, huge_tree=True)
    for number, start in enumerate(starts[done:], start=done + 1):
        end = starts[number] if number < len(starts) else len(data)
        chunk = head + data[start:end] + b"</wrap>"
        try:
            root = lxml.etree.fromstring(chunk, parser)
            item = next((e for e in root if _local(e) in ITEM_ELEMENTS), None) if root is not None else None
            if item is None:
                yield ReadError(source, "item cannot be parsed; skipped", item=number)
                continue
            yield _element_article(item, number, publisher, source)
        except (lxml.etree.LxmlError, ValueError) as error:
            yield ReadError(source, f"item cannot be parsed ({_one_line(error)}); skipped", item=number)


def _element_article(item: Any, number: int, publisher: str | None, source: str) -> Article | ReadError:
    children: dict[str, list[Any]] = {}
    for child in item:
        if isinstance(child.tag, str):
            children.setdefault(_local(child), []).append(child)

    def text(*names: str) -> str:
        for name in names:
            for child in children.get(name, []):
                if value := "".join(child.itertext()).strip():
                    return value
        return ""

    def markup(*names: str) -> str:
        for name in names:
            for child in children.get(name, []):
                if child.get("type") == "xhtml":
                    value = "".join(lxml.etree.tostring(part, encoding="unicode") for part in child)
                else:
                    value = child.text or ""
                if value.strip():
                    return value
        return ""

    title = clean_line(text("title"))
    full_html, summary_html = markup(*FULL_CONTENT_ELEMENTS), markup(*SUMMARY_ELEMENTS)
    if max(len(full_html), len(summary_html)) > MAX_ITEM_HTML_CHARS:
        return ReadError(source, too_long(title or "(untitled)", max(len(full_html), len(summary_html))),
                         item=number)
    paragraphs = html_paragraphs(full_html) or html_paragraphs(summary_html)
    if not title:
        return ReadError(source, "item has no title; skipped", item=number)
    if not paragraphs:
        return ReadError(source, f"“{title[:60]}” has no content or description text; skipped", item=number)
    # As feedparser does: an item without a description has its content as its summary.
    summary = " ".join(html_paragraphs(summary_html) if summary_html else paragraphs) if full_html else None
    link = _element_link(children.get("link", [])) or item.get("{http://www.w3.org/1999/02/22-rdf-syntax-ns#}about")
    return Article(title=title, paragraphs=tuple(paragraphs), source=source,
                   url=link.split("#", 1)[0] if link else None, published=parse_date(text(*DATE_ELEMENTS)),
                   publisher=publisher, item=number, guid=text("guid", "id") or None, summary=summary or None)


def _element_link(links: list[Any]) -> str | None:
    """RSS `<link>text</link>`, or the Atom `<link href>` that is the alternate (or has no rel)."""
    for link in links:
        if link.get("href") and link.get("rel", "alternate") == "alternate":
            return str(link.get("href")).strip() or None
        if (link.text or "").strip():
            return str(link.text).strip()
    return None


def _local(element: Any) -> str:
    tag = element.tag
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
