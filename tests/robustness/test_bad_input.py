"""Bad input never crashes or hangs ingest: every file or item gives an Article or one clear ReadError.

Each reader is fuzzed on its own (so none leans on `read_bytes`' catch-all), generated feeds exercise missing
fields, truncation and encodings, and 50 MB files of every kind are read in bounded time.
"""

from __future__ import annotations

import codecs
import re
import time
from collections.abc import Iterable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import cscgraph.ingest.feed_xml
import cscgraph.ingest.flat_rss
import cscgraph.ingest.html_page
import cscgraph.ingest.plain_text
import cscgraph.ingest.text
from cscgraph.errors import ReadError
from cscgraph.ingest import read_bytes
from cscgraph.ingest.feed_xml import STREAMING_FEED_BYTES, read_feed_xml
from cscgraph.ingest.flat_rss import read_flat_rss
from cscgraph.ingest.html_page import read_html_page
from cscgraph.ingest.plain_text import read_plain_text
from cscgraph.ingest.text import MAX_ARTICLE_CHARS
from cscgraph.models import Article

from .conftest import SENTENCES, generated_items, rss_feed

FIXTURES = Path(__file__).parents[1] / "ingest" / "fixtures"
FUZZ = settings(max_examples=int(__import__("os").environ.get("FUZZ_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
# Most CPU time (not wall time: CI machines are shared) a reader may take on a fuzzed input of a few kilobytes.
FUZZ_SECONDS = 5
# Most CPU time any reader may take on a 50 MB file.
HUGE_SECONDS = 60
MEGABYTES_50 = 50 * 1024 * 1024


def assert_records(records: Iterable[object]) -> list[Article | ReadError]:
    """Every record is a well-formed Article or a ReadError with a reason."""
    out = []
    for record in records:
        assert isinstance(record, Article | ReadError), record
        if isinstance(record, Article):
            assert record.title and record.title == record.title.strip()
            assert record.paragraphs and all(p and p == p.strip() for p in record.paragraphs)
            assert len(record.body) <= MAX_ARTICLE_CHARS
        else:
            assert record.reason and record.source
        out.append(record)
    return out


def timed(function, *args):  # noqa: ANN001, ANN202
    """The records and the CPU seconds this process spent reading them (a loaded machine does not inflate it)."""
    started = time.process_time()
    records = assert_records(function(*args))
    return records, time.process_time() - started


# --- every reader on its own, on arbitrary input ------------------------------------------------------------

TEXT_READERS = [read_html_page, read_flat_rss, read_plain_text]
MARKUP = st.sampled_from(["<", ">", "</p>", "<p>", "<script>", "]]>", "<![CDATA[", "&amp;", "&#0;", "\n", "\r",
                          "Title: ", "Published by X, 2 February 2023", "https://a.org/x ", "?p=1",
                          "Mon, 18 Nov 2024 00:01:11 +0000 ", "<rss>", "<item>", "<title>", "\u2028", "\ufeff"])
HOSTILE_TEXT = st.lists(st.one_of(MARKUP, st.text(max_size=30)), max_size=60).map("".join)


@FUZZ
@given(HOSTILE_TEXT, st.sampled_from(TEXT_READERS))
def test_each_text_reader_yields_records_never_raises(text: str, reader) -> None:  # noqa: ANN001
    _, seconds = timed(reader, text, "fuzz")
    assert seconds < FUZZ_SECONDS


@FUZZ
@given(st.one_of(st.binary(max_size=3_000), HOSTILE_TEXT.map(lambda text: text.encode("utf-8", "replace"))))
def test_feed_reader_yields_records_never_raises_on_any_bytes(data: bytes) -> None:
    _, seconds = timed(read_feed_xml, b"<rss><channel>" + data, "fuzz")
    assert seconds < FUZZ_SECONDS


@FUZZ
@given(st.binary(max_size=3_000))
def test_streaming_feed_reader_yields_records_never_raises_on_any_bytes(data: bytes) -> None:
    assert_records(cscgraph.ingest.feed_xml._read_large_feed(b'<rss><channel><item><title>t' + data, "fuzz"))


# --- generated feeds: missing fields, one bad item among good ones -----------------------------------------

ITEM = st.fixed_dictionaries({
    "title": st.one_of(st.none(), st.just(""), st.text(min_size=1, max_size=40)),
    "link": st.one_of(st.none(), st.just(""), st.just("not a url"), st.just("https://x.org/a#frag"),
                      st.text(max_size=30)),
    "date": st.one_of(st.none(), st.just("Mon, 18 Nov 2024 00:01:11 +0000"), st.just("31 Feb 2024"),
                      st.just("yesterday"), st.text(max_size=20)),
    "body": st.one_of(st.none(), st.just(""), st.just("<p></p>"), st.sampled_from(SENTENCES).map("<p>{}</p>".format),
                      st.text(max_size=80)),
})


@FUZZ
@given(st.lists(ITEM, min_size=1, max_size=8), st.sampled_from(["utf-8", "cp1252", "iso-8859-1", "utf-16"]),
       st.booleans())
def test_feed_gives_one_record_per_item_numbered_and_bad_items_do_not_stop_good_ones(
        items: list[dict], encoding: str, streaming: bool) -> None:
    data = rss_feed(items, encoding=encoding)
    reader = cscgraph.ingest.feed_xml._read_large_feed if streaming else read_feed_xml
    records = assert_records(reader(data, "gen.xml"))
    usable = [record for record in records if isinstance(record, Article)]
    numbered = [record.item for record in records if record.item is not None]
    assert numbered == sorted(numbered) and len(set(numbered)) == len(numbered)
    # A title of control characters only (XML 1.0 cannot carry them) is no title: such an item is rightly skipped.
    good = [number for number, item in enumerate(items, start=1)
            if re.sub(r"[\x00-\x1f\x7f-\x9f]", "", item["title"] or "").strip()
            and item["body"] in {f"<p>{s}</p>" for s in SENTENCES}]
    assert set(good) <= {article.item for article in usable}, (items, encoding, records)
    for article in usable:
        assert article.url is None or "#" not in article.url


def test_items_without_date_url_or_body_each_say_so_and_the_rest_are_read() -> None:
    items = generated_items(4)
    items[0]["date"] = None
    items[1]["link"] = None
    items[2]["body"] = None
    for reader in (read_feed_xml, cscgraph.ingest.feed_xml._read_large_feed):
        records = assert_records(reader(rss_feed(items), "f.xml"))
        assert [type(record).__name__ for record in records] == ["Article", "Article", "ReadError", "Article"]
        assert records[0].published is None and records[0].url is not None
        assert records[1].url is None and records[1].published is not None
        assert records[2].item == 3 and "no content or description" in records[2].reason


def test_streaming_reader_agrees_with_feedparser_on_the_fixture_feeds() -> None:
    for path in sorted((FIXTURES / "feed_xml").iterdir()):
        data = path.read_bytes()
        small = list(read_feed_xml(data, "x"))
        large = list(cscgraph.ingest.feed_xml._read_large_feed(data, "x"))
        assert [str(r) if isinstance(r, ReadError) else r for r in small] == \
            [str(r) if isinstance(r, ReadError) else r for r in large]


@pytest.mark.parametrize("streaming", [False, True])
def test_feed_truncated_anywhere_yields_records(streaming: bool) -> None:
    data = rss_feed(generated_items(6))
    reader = cscgraph.ingest.feed_xml._read_large_feed if streaming else read_feed_xml
    for cut in range(0, len(data), max(1, len(data) // 97)):
        records = assert_records(reader(data[:cut], "cut.xml"))
        assert records, cut


# --- encodings ------------------------------------------------------------------------------------------------

PLAIN = "Title: Café owners’ “bursary” – £4,000\n\nThe council’s café scheme costs £4,000 a year – ministers said.\n"


@pytest.mark.parametrize("encode", [
    lambda text: text.encode("utf-8"),
    lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
    lambda text: text.encode("cp1252"),
    lambda text: text.replace("’", "'").replace("“", '"').replace("”", '"').replace("–", "-")
    .replace("£", "£").encode("latin-1"),
    lambda text: text.encode("utf-16"),
], ids=["utf-8", "utf-8-bom", "cp1252", "latin-1", "utf-16-bom"])
def test_plain_text_in_every_common_encoding_reads_the_same_letters(encode) -> None:  # noqa: ANN001
    (article,) = assert_records(read_bytes(encode(PLAIN), "enc.txt"))
    assert isinstance(article, Article)
    assert "Café" in article.title and "£4,000" in article.body and "\ufffd" not in article.body


@pytest.mark.parametrize("encoding", ["utf-8", "cp1252", "iso-8859-1", "utf-16"])
def test_feed_declaring_its_encoding_is_decoded_by_that_encoding(encoding: str) -> None:
    items = generated_items(2)
    items[0]["title"] = "Café scheme £4,000"
    for reader in (read_feed_xml, cscgraph.ingest.feed_xml._read_large_feed):
        first = assert_records(reader(rss_feed(items, encoding=encoding), "f.xml"))[0]
        assert isinstance(first, Article) and first.title == "Café scheme £4,000"


@pytest.mark.parametrize(("data", "reason"), [
    (b"", "empty file"), (b"\n\n \t", "empty file"), (codecs.BOM_UTF8, "empty file"),
    (bytes(range(256)) * 64, "binary data, not text"), (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "binary data, not text"),
])
def test_empty_and_binary_files_are_one_clear_error(data: bytes, reason: str) -> None:
    assert [(record.source, record.reason) for record in read_bytes(data, "f")] == [("f", reason)]


@pytest.mark.parametrize("stray", [b"\x81", b"\xff", b"\xc3", b"\xe2\x80"])
def test_one_stray_byte_in_utf8_text_is_replaced_and_noted_not_called_binary(
        stray: bytes, caplog: pytest.LogCaptureFixture) -> None:
    text = "Title: Family help\n\n" + "\u201cFamily help works,\u201d the director said \u2013 twice. " * 40
    data = text.encode()
    data = data[:200] + stray + data[200:]
    records = list(read_bytes(data, "stray.txt"))
    assert [type(r).__name__ for r in records] == ["Article"], records
    body = records[0].body
    assert body.count("\ufffd") == 1 and body.count("\u201c") == 40 and "\x80" not in body
    assert "stray.txt: 1 invalid UTF-8 sequence replaced by U+FFFD" in caplog.text


def streaming_feed(items: list[dict[str, str | None]]) -> str:
    """A feed of `items`, each padded so that the feed is over STREAMING_FEED_BYTES (the streaming reader's)."""
    padding = "<p>" + "Padding words for size. " * 120 + "</p>"
    feed = rss_feed([{**item, "body": f"{item['body']}{padding}"} for item in items]).decode()
    assert len(feed) > STREAMING_FEED_BYTES
    return feed


def test_streaming_reader_skips_an_over_long_item_and_keeps_every_later_one() -> None:
    items = generated_items(1400, seed=31)
    items[9]["body"] = "<p>" + "x" * 11_000_000 + "</p>"  # past libxml2's 10 MB text node: the parse stopped there
    records = list(read_feed_xml(streaming_feed(items).encode(), "long.xml"))
    assert [r.item for r in records if isinstance(r, Article)] == [n for n in range(1, 1401) if n != 10]
    [skipped] = [r for r in records if isinstance(r, ReadError)]
    assert skipped.item == 10 and "characters long" in skipped.reason


def test_streaming_reader_skips_an_entity_bomb_item_and_keeps_the_others() -> None:
    items = generated_items(1400, seed=32)
    items[4]["title"] = "Story &j;"
    feed = streaming_feed(items)
    entities = '<!ENTITY a "aaaaaaaaaa">' + "".join(
        f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">' for i in range(9))
    feed = feed.replace("<rss", f"<!DOCTYPE rss [{entities}]>\n<rss", 1).replace("&amp;j;", "&j;")
    records = list(read_feed_xml(feed.encode(), "laughs.xml"))
    assert [r.item for r in records if isinstance(r, Article)] == [n for n in range(1, 1401) if n != 5]
    [skipped] = [r for r in records if isinstance(r, ReadError)]
    assert skipped.item == 5 and "skipped" in skipped.reason
    assert all(len(r.title) < 100 for r in records if isinstance(r, Article))  # nothing was expanded


# --- HTML with scripts --------------------------------------------------------------------------------------

SCRIPT_PLACES = ["head", "body", "article", "paragraph"]


@FUZZ
@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=8, max_size=16), st.sampled_from(SCRIPT_PLACES),
       st.sampled_from(["script", "noscript", "style", "template", "script type=module"]))
def test_script_text_never_appears_in_paragraphs(marker: str, place: str, tag: str) -> None:
    code = f"<{tag}>var {marker} = '{marker}'; document.write('{marker}')</{tag.split()[0]}>"
    paragraph = "<p>The council opened family hubs in every ward of the town this year, the leader said.</p>"
    html = ("<!DOCTYPE html><html><head><title>Hubs open</title>" + (code if place == "head" else "") +
            "</head><body>" + (code if place == "body" else "") + "<article><h1>Hubs open</h1>" +
            (code if place == "article" else "") + paragraph +
            paragraph.replace("</p>", code + "</p>" if place == "paragraph" else "</p>").replace("town", "county") +
            "</article></body></html>")
    feed = rss_feed([{"title": "Hubs", "link": "https://x.org/h", "body": html.split("<body>")[1]}])
    for records in (read_bytes(html.encode(), "page.html"), read_bytes(feed, "feed.xml")):
        articles = [record for record in assert_records(records) if isinstance(record, Article)]
        assert articles
        for article in articles:
            assert marker not in article.body and marker not in article.title


# --- 50 MB files -----------------------------------------------------------------------------------------------

def fifty_megabytes(unit: str, head: str = "", tail: str = "") -> bytes:
    repeat = (MEGABYTES_50 - len(head) - len(tail)) // len(unit.encode()) + 1
    return (head + unit * repeat + tail).encode()


HUGE_FILES = {
    "plain text article": lambda: fifty_megabytes("Councils opened hubs. " * 20 + "\n\n", "Title: Huge\n\n"),
    "html page": lambda: fifty_megabytes("<p>Councils opened hubs.</p>", "<html><head><title>Huge</title></head>"
                                         "<body><article>", "</article></body></html>"),
    "html page of scripts": lambda: fifty_megabytes("var x = 'hub';\n", "<html><head><title>Huge</title><script>",
                                                    "</script></head><body><article>" + "<p>The council opened family hubs in every "
                                                    "ward of the town this year, its leader said.</p>" * 3 +
                                                    "</article></body></html>"),
    "flattened dump item": lambda: fifty_megabytes(
        "Councils opened hubs.\n\n", "M Huge https://x.org/a/ Mon, 18 Nov 2024 00:01:11 +0000 https://x.org/?p=1\n"
        "Excerpt.\n]]>\n", "]]>\n"),
    "one line": lambda: b"x" * MEGABYTES_50,
    "binary": lambda: bytes(range(256)) * (MEGABYTES_50 // 256),
    "rss feed of 2000 long items": lambda: rss_feed([
        {**item, "body": item["body"] * 110} for item in generated_items(2_000)]),
}


@pytest.mark.parametrize("kind", list(HUGE_FILES))
def test_50_megabyte_file_is_read_in_bounded_time(kind: str, tmp_path: Path) -> None:
    path = tmp_path / "huge"
    path.write_bytes(HUGE_FILES[kind]())
    assert path.stat().st_size >= 45 * 1024 * 1024
    from cscgraph.ingest import read_file
    records, seconds = timed(read_file, path)
    assert seconds < HUGE_SECONDS, f"{kind}: {seconds:.1f}s"
    if kind == "rss feed of 2000 long items":
        assert len(records) == 2_000 and all(isinstance(record, Article) for record in records)
    elif kind == "html page of scripts":
        (article,) = records
        assert isinstance(article, Article) and "hub'" not in article.body
    else:
        (error,) = records
        assert isinstance(error, ReadError) and str(path) in str(error)


def test_feed_just_over_the_streaming_threshold_reads_the_same_articles() -> None:
    items = generated_items(200)
    data = rss_feed(items)
    padded = data.replace(b"<channel>", b"<channel><!--" + b" " * STREAMING_FEED_BYTES + b"-->", 1)
    assert list(read_bytes(padded, "f")) == list(read_bytes(data, "f"))


# --- regular expressions against catastrophic backtracking ------------------------------------------------------

PATTERNS = [(module.__name__.rsplit(".", 1)[-1], name, value)
            for module in (cscgraph.ingest.feed_xml, cscgraph.ingest.flat_rss, cscgraph.ingest.html_page,
                           cscgraph.ingest.plain_text, cscgraph.ingest.text)
            for name, value in vars(module).items() if isinstance(value, re.Pattern)]
# Inputs that make backtracking regexes explode: long runs of what the patterns match, with a spoiler at the end.
ADVERSARIAL = ["a" * 20_000 + "!", " " * 20_000 + "x", "1" * 20_000 + ":", "<" * 20_000, "http://" + "a" * 20_000,
               "Published by " + "a," * 10_000, "(photo " + "(" * 10_000, "Mon, " * 5_000, "\u00a0" * 20_000 + "x",
               "Archives - " * 5_000, "?p=" + "1" * 20_000 + "x", "Title:" + " " * 20_000 + "\n"]


@pytest.mark.parametrize(("module", "name", "pattern"), PATTERNS, ids=[f"{m}.{n}" for m, n, _ in PATTERNS])
def test_pattern_is_linear_on_adversarial_input(module: str, name: str, pattern: re.Pattern[str]) -> None:
    for text in ADVERSARIAL:
        subject = text.encode() if isinstance(pattern.pattern, bytes) else text
        started = time.process_time()
        pattern.search(subject)
        pattern.match(subject)
        assert time.process_time() - started < 0.5, f"{module}.{name} on {text[:20]!r}…"


@pytest.mark.parametrize("streaming", [False, True])
@pytest.mark.parametrize("field", ["title", "link", "date", "body"])
def test_character_reference_to_a_surrogate_fails_at_most_its_own_item(field: str, streaming: bool) -> None:
    # Regression: `&#55296;` made feedparser raise UnicodeEncodeError, and the whole feed was one ReadError.
    items = generated_items(3)
    items[0][field] = "x\ud800y"
    reader = cscgraph.ingest.feed_xml._read_large_feed if streaming else read_feed_xml
    records = assert_records(reader(rss_feed(items), "f.xml"))
    assert [record.item for record in records if isinstance(record, Article)][-2:] == [2, 3]
