"""Decoding, whitespace, dates and HTML paragraphs shared by the readers."""

from __future__ import annotations

import codecs
from datetime import UTC, datetime

import pytest

from cscgraph.ingest.text import clean_line, decode, html_paragraphs, parse_date, publisher_from_feed_title


@pytest.mark.parametrize("data", [
    "“Quoted” – café".encode(), codecs.BOM_UTF8 + "“Quoted” – café".encode(),
    "“Quoted” – café".encode("cp1252"), "“Quoted” – café".encode("utf-16"),
])
def test_decode_by_bom_then_utf8_then_cp1252(data: bytes) -> None:
    assert decode(data) == "“Quoted” – café"


def test_clean_line_only_touches_whitespace() -> None:
    assert clean_line("\u00a0“It’s — fine”\u202f said\tshe  ") == "“It’s — fine” said she"


@pytest.mark.parametrize(("text", "expected"), [
    ("2023-02-02", datetime(2023, 2, 2, tzinfo=UTC)),
    ("2024-09-12T10:30:00+01:00", datetime(2024, 9, 12, 9, 30, tzinfo=UTC)),
    ("2024-09-12T10:30:00Z", datetime(2024, 9, 12, 10, 30, tzinfo=UTC)),
    ("Mon, 18 Nov 2024 00:01:11 +0000", datetime(2024, 11, 18, 0, 1, 11, tzinfo=UTC)),
    ("2 February, 2023", datetime(2023, 2, 2, tzinfo=UTC)),
    ("2nd Feb 2023", datetime(2023, 2, 2, tzinfo=UTC)),
    ("February 2, 2023", datetime(2023, 2, 2, tzinfo=UTC)),
    ("31 February 2023", None),
    ("yesterday", None),
    ("9" * 500, None),
])
def test_parse_date(text: str, expected: datetime | None) -> None:
    assert parse_date(text) == expected


def test_html_paragraphs_splits_blocks_and_line_breaks_and_drops_code() -> None:
    html = "Lead<p>One<br>Two</p><div><h3>Head</h3>tail text</div><noscript>x</noscript><!-- c -->End"
    assert html_paragraphs(html) == ["Lead", "One", "Two", "Head", "tail text", "End"]


def test_publisher_of_a_tag_archive_feed_is_the_site() -> None:
    assert publisher_from_feed_title("children's social care policy Archives - Community Care") == "Community Care"
    assert publisher_from_feed_title("Local News - Home") == "Local News - Home"
