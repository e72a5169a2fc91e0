"""Read flattened RSS text dumps (the Community Care tag-archive feeds in `corpus/00[0-3]_*.txt`).

A dump is an RSS feed whose tags were replaced by a spam marker string and whose CDATA ends were kept:

    <marker> <channel title> <channel link> <description> <build date> en-GB hourly 1 <generator> <marker> <headline 1> <link> [<link>#comments] <RFC-822 date> <guid ?p=NNN>
    <excerpt…>
    ]]>
    <blank-line separated body paragraphs>
    ]]>
    <comment feed URL> <comment count> <image URL> Community Care <image caption and credit>
    <marker> <headline 2> <link> … <guid>
    …

Items are found by the structure of their header line (a URL, an RFC-822 date and a `?p=` guid at its end), never
by the marker's characters; the marker is learnt as the tokens every header line starts with, so a dump made with
another marker reads the same. An item whose header line lost that structure but whose `]]>` pair is intact is
recovered from the looser header or reported as one `ReadError` for its item number.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from ..errors import ReadError
from ..models import Article
from .text import MAX_ARTICLE_CHARS, clean_line, normalise_newlines, parse_date, publisher_from_feed_title, too_long

__all__ = ["ItemHeader", "parse_item_header", "looks_like_flat_rss", "read_flat_rss"]

# The line that closes a CDATA section: after the excerpt, and after the body.
CDATA_END = "]]>"

# Header lines longer than this are never item headers (the corpus's longest, with the channel, is ~700 chars);
# the cap keeps sniffing of huge single-line files linear.
MAX_HEADER_CHARS = 5_000
# How many lines `looks_like_flat_rss` inspects.
SNIFF_LINES = 400

# "https://www.communitycare.co.uk/?p=213403" – WordPress guids.
GUID = re.compile(r"^https?://\S{1,500}[?&]p=\d{1,12}$")
URL = re.compile(r"^https?://\S{1,2000}$")
# "Mon, 18 Nov 2024 00:01:11 +0000" (weekday optional, seconds optional, numeric zone or GMT/UT/US zones).
RFC822_DATE_IN_LINE = re.compile(
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), )?\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} "
    r"\d{2}:\d{2}(?::\d{2})? (?:[+-]\d{4}|GMT|UT|UTC|[ECMP][SD]T|Z)")
RFC822_DATE = re.compile(f"^{RFC822_DATE_IN_LINE.pattern}$")

# "Note: There is a poll embedded within this post, please visit the site to participate in this post's poll."
POLL_NOTE = re.compile(r"^Note: There is a poll embedded within this post", re.IGNORECASE)
# A photo credit on a line of its own: "Photo: pla2na/Adobe Stock", "Photo by Ray Jones",
# "Credit: lovelyday12 / Adobe Stock", "Picture: Monkey Business".
CREDIT_LINE = re.compile(r"^\(?(?:main |top )?(?:photo|picture|image|credit)s?\s*(?::|by\b|-|–)", re.IGNORECASE)
# Stock libraries that only ever appear in credits: "Photo by Daniel Laflor/peopleimages.com/ AdobeStock".
STOCK_LIBRARY = re.compile(r"adobe\s?stock|fotolia|shutterstock|getty\s?images|istock|alamy|unsplash|pixabay",
                           re.IGNORECASE)
# An image caption ending in its credit: "Janet Daby (credit: Richard Townsend Photography)",
# "ADCS president for 2024-25, Andy Smith (photo supplied by the ADCS)".
CAPTION_CREDIT = re.compile(r"\((?:photo|picture|image|credit)s?\b[^()]{0,200}\)$", re.IGNORECASE)
# Credits and captions are short; a longer line is prose even if it matches.
MAX_CREDIT_CHARS = 250
# An image's alt text, printed on the line before its credit: "Regional policy key on keyboard", "Rachael Wardell,
# director of children's services at Surrey County Council (headshot)". Shorter lines
# before a credit ("Structural changes") are kept as the subheadings they usually are.
MIN_ALT_TEXT_WORDS = 4
MAX_ALT_TEXT_WORDS = 30
SENTENCE_END = (".", "?", "!", ":", "”", '"', "’", "'")


@dataclass(frozen=True)
class ItemHeader:
    """The parts of an item header line; `lead` is every token before the link (channel, marker, headline)."""

    lead: tuple[str, ...]
    link: str
    comments: str | None
    published: datetime
    guid: str


def parse_item_header(line: str) -> ItemHeader | None:
    """Parse `… <headline> <link> [<comments link>] <RFC-822 date> <guid>`; None if the line is not one.

    >>> parse_item_header("M Title https://x.org/a/ Mon, 18 Nov 2024 00:01:11 +0000 https://x.org/?p=1").link
    'https://x.org/a/'
    >>> parse_item_header("Just a sentence about https://x.org/ and nothing else.") is None
    True
    """
    if len(line) > MAX_HEADER_CHARS or "?p=" not in line and "&p=" not in line:
        return None
    tokens = line.split()
    if len(tokens) < 6 or not GUID.match(tokens[-1]):
        return None
    for date_tokens in (6, 5):
        date_text = " ".join(tokens[-1 - date_tokens:-1])
        if RFC822_DATE.match(date_text):
            break
    else:
        return None
    published = parse_date(date_text)
    rest = tokens[:-1 - date_tokens]
    if published is None or not rest or not URL.match(rest[-1]):
        return None
    if len(rest) >= 2 and URL.match(rest[-2]):
        lead, link, comments = rest[:-2], rest[-2], rest[-1]
    else:
        lead, link, comments = rest[:-1], rest[-1], None
    return ItemHeader(lead=tuple(lead), link=link, comments=comments, published=published, guid=tokens[-1])


def looks_like_flat_rss(text: str) -> bool:
    """True when one of the first lines is an item header."""
    for number, line in enumerate(text.split("\n", SNIFF_LINES)):
        if number >= SNIFF_LINES:
            break
        if parse_item_header(line) is not None:
            return True
    return False


@dataclass(frozen=True)
class _RawItem:
    """One item's pieces before cleaning: its header tokens and the lines of its excerpt and body."""

    number: int
    lead: tuple[str, ...]
    link: str | None
    published: datetime | None
    guid: str | None
    excerpt: tuple[str, ...]
    body: tuple[str, ...]
    problem: str | None = None


def read_flat_rss(text: str, source: str) -> Iterator[Article | ReadError]:
    """Yield one Article per item of a flattened RSS dump, or a ReadError for an item that cannot be read."""
    lines = normalise_newlines(text).split("\n")
    headers = [(index, header) for index, line in enumerate(lines)
               if (header := parse_item_header(line)) is not None]
    if not headers:
        yield ReadError(source, "no item header line (headline, link, RFC-822 date, ?p= guid) found")
        return
    channel_tokens, first_lead = _split_channel(lines, headers)
    raw_items = list(_raw_items(lines, headers, first_lead))
    marker = _learn_marker([channel_tokens, *[item.lead for item in raw_items]])
    channel_title = _strip_marker(_channel_title(channel_tokens), marker)
    publisher = publisher_from_feed_title(" ".join(channel_title))
    for raw in raw_items:
        yield _build_article(raw, marker, publisher, source)


def _split_channel(lines: Sequence[str], headers: Sequence[tuple[int, ItemHeader]]
                   ) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The channel header's tokens and the first item's lead without them.

    The channel shares a line with the first item (`… hourly 1 https://wordpress.org/?v=6.7.2 <marker> <headline>`),
    so the item's lead is what follows the last URL; a channel on a line of its own is the first non-blank line.
    """
    first_index, first = headers[0]
    url_positions = [position for position, token in enumerate(first.lead) if URL.match(token)]
    if url_positions:
        cut = url_positions[-1] + 1
        return first.lead[:cut], first.lead[cut:]
    for line in lines[:first_index]:
        if line.strip():
            tokens = tuple(line.split()) if len(line) <= MAX_HEADER_CHARS else ()
            return (tokens, first.lead) if any(URL.match(token) for token in tokens) else ((), first.lead)
    return (), first.lead


def _channel_title(channel_tokens: Sequence[str]) -> tuple[str, ...]:
    for position, token in enumerate(channel_tokens):
        if URL.match(token):
            return tuple(channel_tokens[:position])
    return tuple(channel_tokens)


def _learn_marker(leads: Sequence[Sequence[str]]) -> tuple[str, ...]:
    """The token prefix the channel title and the item headlines share: the spam marker that replaced `<title>`.

    Leads whose first token is not the most common first token (a header that lost its marker) are left out; a
    prefix that would swallow a whole headline is shortened, and with fewer than two leads there is no marker.
    """
    leads = [tuple(lead) for lead in leads if lead]
    if len(leads) < 2:
        return ()
    first_token, count = Counter(lead[0] for lead in leads).most_common(1)[0]
    if count < 2:
        return ()
    marked = [lead for lead in leads if lead[0] == first_token]
    prefix: list[str] = []
    for column in zip(*marked, strict=False):
        if len(set(column)) != 1:
            break
        prefix.append(column[0])
    shortest = min(len(lead) for lead in marked)
    return tuple(prefix[:max(0, min(len(prefix), shortest - 1))])


def _strip_marker(lead: Sequence[str], marker: Sequence[str]) -> tuple[str, ...]:
    if marker and tuple(lead[:len(marker)]) == tuple(marker):
        return tuple(lead[len(marker):])
    return tuple(lead)


def _raw_items(lines: Sequence[str], headers: Sequence[tuple[int, ItemHeader]], first_lead: tuple[str, ...]
               ) -> Iterator[_RawItem]:
    """Cut the dump into items: each header's block runs to the next header, split again at extra `]]>` pairs."""
    number = 0
    for position, (index, header) in enumerate(headers):
        end = headers[position + 1][0] if position + 1 < len(headers) else len(lines)
        block = lines[index + 1:end]
        lead = first_lead if position == 0 else header.lead
        current: tuple[tuple[str, ...], str | None, datetime | None, str | None, str | None] = (
            lead, header.link, header.published, header.guid, None)
        for excerpt, body, next_header_lines in _cdata_sections(block):
            number += 1
            item_lead, link, published, guid, problem = current
            yield _RawItem(number=number, lead=item_lead, link=link, published=published, guid=guid,
                           excerpt=excerpt, body=body, problem=problem)
            if next_header_lines is not None:
                current = _loose_header(next_header_lines)


def _cdata_sections(block: Sequence[str]
                    ) -> Iterator[tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...] | None]]:
    """Yield (excerpt lines, body lines, lines between this item's end and the next swallowed item's excerpt).

    A well-formed block is `excerpt ]]> body ]]> trailer`; each further `]]>` pair belongs to an item whose header
    line did not parse, and the lines before it (trailer, header, excerpt) are returned for a looser reading.
    """
    ends = [index for index, line in enumerate(block) if line.strip() == CDATA_END]
    if not ends:
        yield (), tuple(line for line in block if not _is_trailer(line)), None
        return
    pairs = [ends[start:start + 2] for start in range(0, len(ends), 2)]
    previous_end = -1
    for position, pair in enumerate(pairs):
        excerpt_start = previous_end + 1
        excerpt = tuple(block[excerpt_start:pair[0]])
        if position > 0:
            # The lines after the previous item's `]]>`: its trailer, the lost header, then this item's excerpt.
            excerpt = _excerpt_after_header(excerpt)
        body_end = pair[1] if len(pair) == 2 else len(block)
        body = tuple(line for line in block[pair[0] + 1:body_end] if not (len(pair) == 1 and _is_trailer(line)))
        previous_end = body_end
        following = None
        if position + 1 < len(pairs):
            following = tuple(block[body_end + 1:pairs[position + 1][0]])
        yield excerpt, body, following


def _header_position(lines: Sequence[str]) -> int | None:
    """Index of the lost header among the lines between two items: the last line naming a URL that is not a trailer."""
    for index in range(len(lines) - 1, -1, -1):
        if "http" in lines[index] and not _is_trailer(lines[index]):
            return index
    return None


def _excerpt_after_header(lines: Sequence[str]) -> tuple[str, ...]:
    position = _header_position(lines)
    if position is not None:
        return tuple(lines[position + 1:])
    return tuple(line for line in lines if not _is_trailer(line))[-1:]


def _loose_header(lines: Sequence[str]) -> tuple[tuple[str, ...], str | None, datetime | None, str | None, str | None]:
    """Read what is left of a header line that lost its structure: headline before the first URL, any date, guid."""
    position = _header_position(lines)
    if position is None:
        return (), None, None, None, "no header line (headline, link, date, guid) before its text"
    line = lines[position][:MAX_HEADER_CHARS]
    tokens = line.split()
    urls = [index for index, token in enumerate(tokens) if URL.match(token)]
    lead = tuple(tokens[:urls[0]]) if urls else tuple(tokens)
    link = next((tokens[index] for index in urls if not GUID.match(tokens[index])), None)
    guid = next((token for token in tokens if GUID.match(token)), None)
    date_match = RFC822_DATE_IN_LINE.search(line)
    published = parse_date(date_match.group(0)) if date_match else None
    return lead, link, published, guid, None


def _is_trailer(line: str) -> bool:
    """The line after an item's body: comment feed URL, count, image URL, "Community Care", caption, credit."""
    return line.lstrip().startswith(("http://", "https://"))


def _build_article(raw: _RawItem, marker: Sequence[str], publisher: str | None, source: str) -> Article | ReadError:
    if raw.problem is not None:
        return ReadError(source, f"{raw.problem}; skipped", item=raw.number)
    title = clean_line(" ".join(_strip_marker(raw.lead, marker)))
    if (chars := sum(len(line) for line in raw.body)) > MAX_ARTICLE_CHARS:
        return ReadError(source, too_long(title, chars), item=raw.number)
    summary = clean_line(" ".join(raw.excerpt)) or None
    paragraphs = clean_body(raw.body, summary)
    if not title:
        return ReadError(source, "header line has no headline before its link; skipped", item=raw.number)
    if not paragraphs:
        return ReadError(source, f"“{title[:60]}” has no body text between its ]]> lines; skipped", item=raw.number)
    url = raw.link.split("#", 1)[0] if raw.link else None
    published = raw.published.astimezone(UTC) if raw.published else None
    return Article(title=title, paragraphs=tuple(paragraphs), source=source, url=url, published=published,
                   publisher=publisher, item=raw.number, guid=raw.guid, summary=summary)


def clean_body(lines: Sequence[str], summary: str | None) -> list[str]:
    """Body paragraphs without the poll note, photo credits, captions with their alt text, bare URLs or the excerpt.

    >>> clean_body(["Lead.", "", "A child at a desk", "", "Photo: someone/Adobe Stock", "", "Rest."], None)
    ['Lead.', 'Rest.']
    """
    paragraphs = [line for line in (clean_line(raw) for raw in lines) if line and line != CDATA_END]
    kept: list[str] = []
    for paragraph in paragraphs:
        if POLL_NOTE.match(paragraph) or _is_url_only(paragraph) or paragraph == summary:
            continue
        if _is_credit(paragraph):
            if kept and _is_alt_text(kept[-1], paragraph):
                kept.pop()
            continue
        kept.append(paragraph)
    return kept


def _is_url_only(paragraph: str) -> bool:
    return all(URL.match(token) for token in paragraph.split())


def _is_credit(paragraph: str) -> bool:
    if len(paragraph) > MAX_CREDIT_CHARS:
        return False
    return bool(CREDIT_LINE.match(paragraph) or CAPTION_CREDIT.search(paragraph)
                or STOCK_LIBRARY.search(paragraph) and not paragraph.endswith("."))


def _is_alt_text(previous: str, credit: str) -> bool:
    """Whether the paragraph before a credit is the image's alt text rather than prose or a subheading."""
    if credit.startswith(previous):
        return True
    words = len(previous.split())
    return MIN_ALT_TEXT_WORDS <= words <= MAX_ALT_TEXT_WORDS and not previous.endswith(SENTENCE_END)
