"""Shared text handling for every reader: decoding bytes, whitespace, paragraphs and dates.

Only whitespace is ever changed inside a paragraph (runs of spaces, tabs and no-break spaces become one space, ends
are trimmed); letters, quotes and dashes are kept exactly, because extraction offsets are taken on the body.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime, time
from email.utils import parsedate_to_datetime

import lxml.etree
import lxml.html

__all__ = ["decode", "decode_noting", "looks_binary", "normalise_newlines", "clean_line", "paragraphs_from_lines", "parse_date",
           "html_paragraphs", "publisher_from_feed_title", "MAX_ARTICLE_CHARS", "too_long"]

# Byte-order marks, longest first: a UTF-32-LE BOM starts with the UTF-16-LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Any horizontal whitespace, including NBSP (U+00A0), narrow NBSP (U+202F), thin/hair spaces and zero-width space.
HORIZONTAL_SPACE = re.compile(r"[ \t\f\v\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff]+")

# How much of a text `looks_binary` samples, and the share of control characters that marks it as binary.
BINARY_SAMPLE_CHARS = 65_536
BINARY_CONTROL_SHARE = 0.01
# Control characters (Unicode category Cc, which is exactly U+0000–U+001F and U+007F–U+009F) other than tab, line
# feed, vertical tab, form feed and carriage return.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")

# "2 February 2023", "2 February, 2023", "2 Feb 2023"
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})$")
# "February 2, 2023", "Feb 2 2023"
MONTH_DAY_YEAR = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
MONTHS = {name: number for number, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",), ("jun", "june"),
     ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"),
     ("dec", "december")), start=1) for name in names}
# Elements whose text is never article prose: code, embeds, forms and image captions (which carry photo credits).
HTML_DROPPED_ELEMENTS = ("script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas",
                         "form", "button", "select", "textarea", "figure", "figcaption", "nav", "aside")
# Elements that start and end a paragraph; text between them (inline elements included) is one paragraph.
HTML_BLOCK_ELEMENTS = frozenset((
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre",
    "table", "thead", "tbody", "tr", "td", "th", "section", "article", "header", "footer", "main", "br", "hr",
    "address", "details", "summary", "body", "html", "head", "title"))
WRAPPED_LINE_CHARS = 45
"""The least length of a hard-wrapped line of prose (wrapped at 60 to 80 characters, it breaks at a word): a block
with a shorter line before its last is lines set apart, not one paragraph."""
# A line that opens a bulleted list item (a list stays joined to the line that introduces it).
BULLET_LINE = re.compile(r"^[-•*–—▪‣]\s")
# In a text with one paragraph per line, a line that stops mid-sentence and a next line that carries on in lower
# case, or with a sum, are one hard-wrapped paragraph: "… a Safeguarding Children Grant of £90" / "million to help
# them respond …", "… reflected a reduction of" / "£0.136m on the FR1 overspend position"; so is a line that stops
# on a comma or a word no sentence ends with, whatever the next starts with (not a list item): "… in 2005-06 all
# Local Authorities are receiving" / … "budget for the" / "Children and Families service".
LINE_ENDS_SENTENCE = re.compile(r"[.!?:;…\"”’')\]]\s*$")
LINE_CARRIES_ON = re.compile(r"^(?:[a-z]|£)")
LINE_STOPS_MID_CLAUSE = re.compile(r"(?:,|\b(?:of|the|a|an|and|or|to|in|into|for|by|with|on|at|from|as|than|"
                                   r"between|all|that|which|its|their|is|are|was|were|be|been|has|have|had|will|"
                                   r"would))\s*$")
# A line that opens a list item or a quotation stays a paragraph of its own: a speech quoted on its own line
# ("… described by the report of the review as" / "“a once in a generation opportunity to reset”") is attributed
# as such.
OWN_PARAGRAPH = re.compile(r"^(?:[-•*–—]|\d{1,2}[.)]\s|[a-z][.)]\s|[“\"‘'])")
# An ad slot's label glued by a page's scraper to the start of the story's next line ("Hide AdA report to the
# committee said: “…”", "Hide Ad“There was …"): set apart as a line of its own, the page furniture it is, so the
# story's line opens where its words do. Only before a capital or an opening quote mark, with no space between.
GLUED_AD_LABEL = re.compile(r"(?:Hide Ad|Advertisement)++(?=[A-Z“‘\"'])")
# "Stable Homes Built on Love Archives - Community Care": a WordPress tag archive, published by "Community Care".
ARCHIVE_TITLE = re.compile(r"\bArchives? - (?P<site>[^\n]+)$")
# Longer strings are never dates; the cap keeps every date pattern cheap on hostile input.
MAX_DATE_CHARS = 80
# The longest article body read (about 80,000 words; the longest corpus article has 30,000 characters). Anything
# longer is a dump or a mistake, and extraction time grows with length, so it is one ReadError, found early.
MAX_ARTICLE_CHARS = 500_000


def decode(data: bytes) -> str:
    """Decode bytes as `decode_noting` does, without the note.

    >>> decode("caf\\u00e9".encode("cp1252"))
    'café'
    >>> decode(codecs.BOM_UTF8 + b"x")
    'x'
    """
    return decode_noting(data)[0]


def decode_noting(data: bytes) -> tuple[str, str]:
    """(Text, a note on bytes replaced or ''): by byte-order mark, else as UTF-8, else — when the bytes hold no
    valid multi-byte UTF-8 character — as cp1252. A few bytes invalid in the encoding chosen become U+FFFD and
    are counted in the note: a stray byte is not binary data, and a UTF-8 text is never read as cp1252 because
    of one (that turned every curly quote into control characters).

    >>> decode_noting(b"\\xe2\\x80\\x9cQuoted\\xe2\\x80\\x9d \\x81 text")
    ('“Quoted” \\ufffd text', '1 invalid UTF-8 sequence replaced by U+FFFD')
    >>> decode_noting(b"plain \\x81 caf\\xe9")
    ('plain \\ufffd café', '1 invalid cp1252 sequence replaced by U+FFFD')
    """
    for mark, encoding in BYTE_ORDER_MARKS:
        if data.startswith(mark):
            return _replacing(data[len(mark):], encoding)
    try:
        return data.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    as_utf8 = data.decode("utf-8", errors="replace")
    if any(ord(char) > 127 and char != "\ufffd" for char in as_utf8):
        return _replacing(data, "utf-8")
    return _replacing(data, "cp1252")


def _replacing(data: bytes, encoding: str) -> tuple[str, str]:
    """`data` decoded, invalid bytes replaced by U+FFFD, and a note saying how many were replaced."""
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd") - data.decode(encoding, errors="ignore").count("\ufffd")
    if not bad:
        return text, ""
    name = "UTF-8" if encoding == "utf-8" else encoding
    return text, f"{bad} invalid {name} sequence{'s' * (bad != 1)} replaced by U+FFFD"


def looks_binary(text: str) -> bool:
    """True when decoded text holds a NUL or more than 1% control characters (other than line breaks and tabs).

    >>> looks_binary("plain\\ntext"), looks_binary("PK\\x03\\x04\\x00")
    (False, True)
    """
    sample = text[:BINARY_SAMPLE_CHARS]
    if "\x00" in sample:
        return True
    controls = len(_CONTROL.findall(sample))
    return controls > BINARY_CONTROL_SHARE * max(len(sample), 1)


def normalise_newlines(text: str) -> str:
    """Turn CRLF, CR and Unicode line/paragraph separators into `\\n`."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")


def clean_line(line: str) -> str:
    """Collapse runs of horizontal whitespace (NBSP included) into one space and trim the ends.

    >>> clean_line("\\u00a0 Two\\u00a0\\u00a0words \\t")
    'Two words'
    """
    return HORIZONTAL_SPACE.sub(" ", line).strip()


def paragraphs_from_lines(lines: Iterable[str], *, join_wrapped: bool) -> list[str]:
    """Paragraphs from text lines: blank-line separated blocks, or one paragraph per line.

    With `join_wrapped`, the lines of a block that is hard-wrapped prose (every line but its last at least
    WRAPPED_LINE_CHARS long) or a list (a line opening with a bullet: the list stays with the line that introduces
    it) are joined with a space; in any other block, and without `join_wrapped`, every line is a paragraph of its
    own unless it carries on the line before mid-sentence (LINE_CARRIES_ON): a page's header lines ("Insights",
    "Jo Reed, Analyst", "1 April 2025") are not one sentence.

    >>> paragraphs_from_lines(["One line of hard-wrapped prose that runs on to the", "next.", "", "Two."],
    ...                       join_wrapped=True)
    ['One line of hard-wrapped prose that runs on to the next.', 'Two.']
    >>> paragraphs_from_lines(["News", "Jo Reed, Analyst", "", "Two."], join_wrapped=True)
    ['News', 'Jo Reed, Analyst', 'Two.']
    >>> paragraphs_from_lines(["One", "More.", "", "Two."], join_wrapped=False)
    ['One', 'More.', 'Two.']
    >>> paragraphs_from_lines(["A grant of £90", "million for hubs.", "Next one."], join_wrapped=False)
    ['A grant of £90 million for hubs.', 'Next one.']
    """
    paragraphs: list[str] = []
    block: list[str] = []
    for raw in [*_unglued(lines), ""]:
        line = clean_line(raw)
        if line:
            block.append(line)
            continue
        if join_wrapped and block and (all(len(wrapped) >= WRAPPED_LINE_CHARS for wrapped in block[:-1])
                                       or any(BULLET_LINE.match(item) for item in block)):
            paragraphs.append(" ".join(block))
        else:
            start = 0 if not join_wrapped else len(paragraphs)  # a blank line ends a paragraph where blocks are
            for one in block:
                if len(paragraphs) > start and _carries_on(paragraphs[-1], one):
                    paragraphs[-1] += " " + one
                else:
                    paragraphs.append(one)
        block = []
    return paragraphs


def _unglued(lines: Iterable[str]) -> Iterator[str]:
    """The lines, an ad slot's label glued to the start of one set apart as a paragraph of its own.

    >>> list(_unglued(["Hide AdThe report said: “Costs rose.”", "Advertisement revenue fell."]))
    ['Hide Ad', '', 'The report said: “Costs rose.”', 'Advertisement revenue fell.']
    """
    for line in lines:
        label = GLUED_AD_LABEL.match(line.lstrip())
        if label is None:
            yield line
        else:
            yield from (label.group(), "", line.lstrip()[label.end():])


def _carries_on(previous: str, line: str) -> bool:
    """Whether `line` carries on the sentence `previous` stopped in the middle of (a hard wrap)."""
    if OWN_PARAGRAPH.match(line) or LINE_ENDS_SENTENCE.search(previous):
        return False
    return bool(LINE_CARRIES_ON.match(line) or LINE_STOPS_MID_CLAUSE.search(previous))


def parse_date(value: str) -> datetime | None:
    """A UTC datetime from ISO 8601, RFC 822 or an English day-month-year date; date-only is midnight UTC.

    >>> parse_date("2 February, 2023").isoformat()
    '2023-02-02T00:00:00+00:00'
    >>> parse_date("Mon, 18 Nov 2024 00:01:11 +0000").isoformat()
    '2024-11-18T00:01:11+00:00'
    >>> parse_date("not a date") is None
    True
    """
    value = clean_line(value)
    if not value or len(value) > MAX_DATE_CHARS:
        return None
    parsed = _parse_iso(value) or _parse_rfc822(value) or _parse_english(value)
    if parsed is None:
        return None
    try:
        return parsed.astimezone(UTC) if parsed.tzinfo is not None else parsed.replace(tzinfo=UTC)
    except (OverflowError, ValueError):  # year 1 or 9999 shifted out of range
        return None


def _parse_iso(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00").replace("z", "+00:00"))
    except (ValueError, OverflowError):
        return None


def _parse_rfc822(value: str) -> datetime | None:
    if not any(char.isalpha() for char in value):
        return None
    try:
        return parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def _parse_english(value: str) -> datetime | None:
    if match := DAY_MONTH_YEAR.match(value):
        day, month_name, year = match.groups()
    elif match := MONTH_DAY_YEAR.match(value):
        month_name, day, year = match.groups()
    else:
        return None
    month = MONTHS.get(month_name.lower())
    if month is None:
        return None
    try:
        return datetime.combine(datetime(int(year), month, int(day)).date(), time(), tzinfo=UTC)
    except ValueError:
        return None


def html_paragraphs(html: str) -> list[str]:
    """Paragraphs of an HTML fragment: one per block element (`<p>`, headings, list items…), scripts dropped.

    >>> html_paragraphs("<h2>Why</h2><p>One <b>bold</b> claim.<script>alert(1)</script></p>Loose text")
    ['Why', 'One bold claim.', 'Loose text']
    """
    if not html.strip():
        return []
    if "<" not in html and "&" not in html:
        # Plain text (most feed descriptions): the same paragraphs without building a tree.
        return paragraphs_from_lines(normalise_newlines(html).split("\n"), join_wrapped=False)
    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (lxml.etree.ParserError, ValueError):
        return paragraphs_from_lines(normalise_newlines(html).split("\n"), join_wrapped=False)
    lxml.etree.strip_elements(root, *HTML_DROPPED_ELEMENTS, with_tail=False)
    # Comments go but the text after them stays (iterwalk would skip a comment's tail).
    lxml.etree.strip_tags(root, lxml.etree.Comment, lxml.etree.ProcessingInstruction)
    paragraphs: list[str] = []
    buffer: list[str] = []

    def flush() -> None:
        for line in normalise_newlines("".join(buffer)).split("\n"):
            if text := clean_line(line):
                paragraphs.append(text)
        buffer.clear()

    for event, element in lxml.etree.iterwalk(root, events=("start", "end")):
        is_element = isinstance(element.tag, str)
        is_block = is_element and element.tag.lower() in HTML_BLOCK_ELEMENTS
        if event == "start":
            if is_block:
                flush()
            if is_element and element.text:
                buffer.append(element.text)
        else:
            if is_block:
                flush()
            if element.tail and element is not root:
                buffer.append(element.tail)
    flush()
    return paragraphs


def publisher_from_feed_title(title: str | None) -> str | None:
    """The publisher a feed title names: the site of a WordPress tag archive, else the whole title.

    >>> publisher_from_feed_title("social care data Archives - Community Care")
    'Community Care'
    >>> publisher_from_feed_title("Example News")
    'Example News'
    """
    title = clean_line(title or "")
    if match := ARCHIVE_TITLE.search(title):
        return clean_line(match.group("site")) or None
    return title or None


def too_long(title: str, chars: int) -> str:
    """The reason given for an article over `MAX_ARTICLE_CHARS`.

    >>> too_long("Hubs", 600_000)
    '“Hubs” is 600,000 characters long, over the 500,000 read for one article; skipped'
    """
    return f"“{title[:60]}” is {chars:,} characters long, over the {MAX_ARTICLE_CHARS:,} read for one article; skipped"
