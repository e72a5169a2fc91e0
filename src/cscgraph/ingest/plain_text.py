"""Read single articles saved as plain text, in one of two layouts.

Header block::

    Title: Council launches family hubs
    URL: https://example.org/news/family-hubs
    Published: 2 February 2023          (or ISO 8601, or RFC 822)
    Publisher: Example News

    First paragraph.

    Second paragraph.

Magazine copy (`corpus/004_*.txt`)::

    Government's underfunded 'piecemeal' response won't fix children's social care crisis
    Published by Professional Social Work magazine, 2 February, 2023
    First paragraph.
    Second paragraph.

A page saved with no date in its header is dated by a date in its address (".../2019/10/25/..."), else by its
dateline near the top of the body ("Published on 12th June 2018", "Monday 25 March 2024", a short byline line
holding a date); with neither it stays undated.

The body is blank-line separated paragraphs (hard-wrapped lines within one are joined), or one paragraph per line
when there are no blank lines (a line that carries on the sentence before mid-clause is joined to it); it stops at
trailing page furniture ("Share this article", "Related articles", …).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import datetime

from ..errors import ReadError
from ..models import Article
from .text import MAX_ARTICLE_CHARS, clean_line, normalise_newlines, paragraphs_from_lines, parse_date, too_long

__all__ = ["looks_like_plain_text", "read_plain_text"]

# "Title: …", "URL: …", "Published: …", "Publisher: …" (and a few synonyms) in the header block.
HEADER_FIELD = re.compile(r"^(title|headline|url|link|canonical|published|date|publisher|source|guid)\s*:\s*(.*)$",
                          re.IGNORECASE)
FIELD_NAMES = {"title": "title", "headline": "title", "url": "url", "link": "url", "canonical": "url",
               "published": "published", "date": "published", "publisher": "publisher", "source": "publisher",
               "guid": "guid"}
# "Published by Professional Social Work magazine, 2 February, 2023" / "Published by X on 2 Feb 2023".
PUBLISHED_BY = re.compile(r"^Published by (?P<publisher>[^,\n]{1,200}?)(?:,| on)\s+(?P<date>[^\n]{4,60})$")
# Lines that end an article's text on a saved page: everything from the first of them on is dropped.
TRAILING_BOILERPLATE = re.compile(
    r"^(?:share this(?: article| story)?|related (?:articles|stories|content)|more on this story|"
    r"tags?:|topics?:|©|copyright\b|all rights reserved|sign up (?:to|for) our newsletter|"
    r"follow us on|comments \(\d+\)|leave a comment)", re.IGNORECASE)
# A picture credit inside the story ("© DC Thomson", "©PA Wire"): a short © line naming no year.
PICTURE_CREDIT = re.compile(r"^©\s*[^\d\s][^\d\n]{0,40}$")
# A paragraph that is story prose: a dozen words or more, ending a sentence or a quotation.
STORY_PROSE = re.compile(r"^(?:\S+\s+){11,}\S*[.!?:…\"”’']$")
# A paragraph that ends a sentence or a quotation: the story has begun.
SENTENCE_END = re.compile(r"[.!?…\"”’']$")
# A saved page's dateline near its top, when the header gives no date: a line that is the date, or opens with
# "Published", "Posted", "Updated" or "date" and the date ("Published on 12th June 2018", "date 2023-07-27 …",
# "Monday 25 March 2024"), or a short byline line holding one ("Sam Preston 2 December 2024 2 min read").
_DATE = (r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+(?:19|20)\d{2}|"
         r"[A-Za-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2})(?![\w-])")
DATELINE_OPENING = re.compile(r"^\s*(?:(?i:published|posted|updated|first\s+published|date)\s*(?:on\s+|:\s*)?)?"
                              r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?" + _DATE)
DATE_IN_LINE = re.compile(r"(?<![\w-])" + _DATE)
# How many lines from the body's start a dateline may stand on, and how many words a byline line with a date may hold.
DATELINE_LINES = 8
DATELINE_WORDS = 10
# A date in a page's address: ".../2019/10/25/story", "...?s=2018-06-12-story".
URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[/-](\d{2})[/-](\d{2})(?!\d)")
# How many lines may precede the blank line that ends a header block.
MAX_HEADER_LINES = 20
# How much of a file sniffing reads.
SNIFF_CHARS = 20_000


def looks_like_plain_text(text: str) -> bool:
    """True for a `Title:` header block or a title line followed by a `Published by …, <date>` line."""
    head = _content_lines(text[:SNIFF_CHARS])[:MAX_HEADER_LINES + 1]
    return _header_fields(head) is not None or _published_by(head) is not None


def read_plain_text(text: str, source: str) -> Iterator[Article | ReadError]:
    """Yield the one Article of a plain-text file, or one ReadError saying what is missing."""
    if len(text) > MAX_ARTICLE_CHARS + SNIFF_CHARS:
        # One article per file, so the file's length is the body's, give or take its header: no need to split it.
        first_line = clean_line(text.lstrip()[:200].split("\n", 1)[0])
        yield ReadError(source, too_long(HEADER_FIELD.sub(r"\2", first_line) or "plain text", len(text)))
        return
    lines = _content_lines(text)
    head = lines[:MAX_HEADER_LINES + 1]
    if (header := _header_fields(head)) is not None:
        fields, body_start = header
        title = fields.get("title", "")
        url = fields.get("url", "").split("#", 1)[0] or None
        published_text = fields.get("published", "")
        publisher = fields.get("publisher") or None
        guid = fields.get("guid") or None
    elif (byline := _published_by(head)) is not None:
        title, publisher, published_text, body_start = byline
        url = guid = None
    else:
        yield ReadError(source, "plain text without a 'Title:' header block or a 'Published by …, <date>' line")
        return
    published = parse_date(published_text) if published_text else None
    if published_text and published is None:
        yield ReadError(source, f"unreadable publication date {published_text[:40]!r}; "
                                "use ISO 8601, RFC 822 or '2 February 2023'")
        return
    if published is None:
        published = _dateline(lines[body_start:body_start + DATELINE_LINES + 2], url)
    paragraphs = _body(lines[body_start:])
    if not title:
        yield ReadError(source, "no title: give a 'Title:' line or put the title on the first line")
    elif not paragraphs:
        yield ReadError(source, f"“{title[:60]}” has no body text after its header")
    else:
        yield Article(title=title, paragraphs=tuple(paragraphs), source=source, url=url, published=published,
                      publisher=publisher, guid=guid)


def _content_lines(text: str) -> list[str]:
    """The text's lines from its first non-blank one."""
    lines = normalise_newlines(text).split("\n")
    start = next((index for index, line in enumerate(lines) if line.strip()), len(lines))
    return lines[start:]


def _header_fields(lines: Sequence[str]) -> tuple[dict[str, str], int] | None:
    """The `Name: value` fields before the first blank line, and where the body starts; None without a title."""
    fields: dict[str, str] = {}
    end = len(lines)
    for index, line in enumerate(lines):
        if not line.strip():
            end = index
            break
        match = HEADER_FIELD.match(clean_line(line))
        if match is None:
            return None
        fields.setdefault(FIELD_NAMES[match.group(1).lower()], clean_line(match.group(2)))
    if "title" not in fields:
        return None
    return fields, end


def _published_by(lines: Sequence[str]) -> tuple[str, str, str, int] | None:
    """(title, publisher, date text, body start) for a title line followed by a `Published by` line."""
    if len(lines) < 2:
        return None
    title, byline = clean_line(lines[0]), clean_line(lines[1])
    match = PUBLISHED_BY.match(byline)
    if not title or match is None or parse_date(match.group("date")) is None:
        return None
    return title, clean_line(match.group("publisher")), match.group("date"), 2


def _dateline(lines: Sequence[str], url: str | None) -> datetime | None:
    """The publication date a saved page's address holds (its permalink's), else the one it shows near its top when
    its header gives none (`DATELINE_OPENING`, or a short line holding a date: a site's header may show the day the
    page was saved, so the address wins); None when neither is there."""
    m = URL_DATE.search(url or "")
    if m is not None and (found := parse_date("-".join(m.groups()))) is not None:
        return found
    for line in [clean_line(line) for line in lines if line.strip()][:DATELINE_LINES]:
        m = DATELINE_OPENING.match(line)
        if m is None and len(line.split()) <= DATELINE_WORDS:
            m = DATE_IN_LINE.search(line)
        if m is not None and (found := parse_date(m.group("date"))) is not None:
            return found
    return None


def _body(lines: Sequence[str]) -> list[str]:
    has_blank_separators = any(not line.strip() for line in _strip_blank_edges(lines))
    paragraphs = paragraphs_from_lines(lines, join_wrapped=has_blank_separators)
    kept: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        if _is_picture_credit(paragraphs, index):
            continue
        if index > 0 and TRAILING_BOILERPLATE.match(paragraph):
            if any(SENTENCE_END.search(k) for k in kept):
                break
            continue  # furniture above the story, before its first sentence ("Tags: social care"): dropped alone
        kept.append(paragraph)
    return kept


def _is_picture_credit(paragraphs: Sequence[str], index: int) -> bool:
    """A short yearless © line with story prose after it is a picture's credit, not the page's copyright footer."""
    paragraph = paragraphs[index]
    return (PICTURE_CREDIT.match(paragraph) is not None and "reserved" not in paragraph.lower()
            and len(paragraph.split()) <= 6 and index + 1 < len(paragraphs)
            and STORY_PROSE.match(paragraphs[index + 1]) is not None)


def _strip_blank_edges(lines: Sequence[str]) -> Sequence[str]:
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]
