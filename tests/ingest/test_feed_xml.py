"""The RSS/Atom reader, on invented RSS 2.0 and Atom feeds."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cscgraph.errors import ReadError
from cscgraph.ingest import read_bytes, read_file
from cscgraph.models import Article

FEEDS = Path(__file__).parent / "fixtures" / "feed_xml"


def test_rss_content_encoded_becomes_paragraphs_without_scripts_styles_or_figure_credits() -> None:
    records = list(read_file(FEEDS / "rss2_content_encoded.xml"))
    first = records[0]
    assert isinstance(first, Article)
    assert first.paragraphs == (
        "The bursary for care leavers going to university will double, ministers said.",
        "Who qualifies",
        "Young people who left care at 16 or later will be eligible, the Department for Education said.",
        "Those in higher education",
        "Those on degree apprenticeships",
        "The charity Become said the change was “long overdue”.",
    )
    assert first.title == "Care leavers’ bursary doubled to £4,000"
    assert first.url == "https://review.example.net/2024/05/02/care-leavers-bursary-doubled/"
    assert first.guid == "https://review.example.net/?p=501"
    assert first.published == datetime(2024, 5, 2, 13, 30, tzinfo=UTC)
    assert first.publisher == "Riverside Social Work Review"
    assert first.item == 1
    assert first.summary == "The bursary for care leavers going to university will double, ministers said. The…"


def test_untitled_item_is_one_read_error_and_the_next_item_still_comes() -> None:
    records = list(read_file(FEEDS / "rss2_content_encoded.xml"))
    assert isinstance(records[1], ReadError)
    assert records[1].item == 2 and "no title" in records[1].reason
    third = records[2]
    assert isinstance(third, Article) and third.item == 3
    assert third.paragraphs == ("The adoption support fund will continue next year with the same budget.",
                                "Families had campaigned for certainty.")


def test_atom_entry_reads_title_link_date_and_html_content() -> None:
    (entry,) = read_file(FEEDS / "atom.xml")
    assert isinstance(entry, Article)
    assert entry.title == "Eastborough recruits 40 foster carers"
    assert entry.url == "https://eastborough.example.gov/news/recruits-40-foster-carers"
    assert entry.published == datetime(2024, 6, 10, 8, 0, tzinfo=UTC)
    assert entry.publisher == "Eastborough Council newsroom"
    assert entry.paragraphs == ("The council recruited 40 new foster carers in a year.",
                                "Its campaign ran on local radio.")


def test_feed_cut_off_before_any_item_is_one_read_error_naming_the_file() -> None:
    data = (FEEDS / "rss2_content_encoded.xml").read_bytes()
    truncated = data[:data.index(b"<item>")]
    (record,) = read_bytes(truncated, "cut.xml")
    assert isinstance(record, ReadError) and record.source == "cut.xml" and record.item is None


def test_latin1_feed_with_encoding_declaration_keeps_its_accents() -> None:
    feed = ('<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>Café news</title>'
            "<item><title>Café opens</title><link>https://c.example/a</link>"
            "<description>Le café a ouvert.</description></item></channel></rss>").encode("latin-1")
    (article,) = read_bytes(feed, "latin.xml")
    assert isinstance(article, Article)
    assert article.title == "Café opens" and article.paragraphs == ("Le café a ouvert.",)
    assert article.publisher == "Café news"
