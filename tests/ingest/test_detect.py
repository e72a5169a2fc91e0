"""Format detection looks at content only."""

from __future__ import annotations

from pathlib import Path

import pytest

from cscgraph.ingest.detect import detect_format
from cscgraph.ingest.text import decode

FIXTURES = Path(__file__).parent / "fixtures"
CORPUS = Path(__file__).parents[2] / "corpus"


@pytest.mark.parametrize(("path", "expected"), [
    (FIXTURES / "feed_xml" / "rss2_content_encoded.xml", "feed_xml"),
    (FIXTURES / "feed_xml" / "atom.xml", "feed_xml"),
    (FIXTURES / "html_page" / "news_article.html", "html_page"),
    (FIXTURES / "flat_rss" / "tag_archive_dump.txt", "flat_rss"),
    (FIXTURES / "plain_text" / "header_block.txt", "plain_text"),
    (FIXTURES / "plain_text" / "magazine.txt", "plain_text"),
    (next(CORPUS.glob("000_*.txt")), "flat_rss"),
    (next(CORPUS.glob("004_*.txt")), "plain_text"),
])
def test_each_format_is_recognised(path: Path, expected: str) -> None:
    assert detect_format(decode(path.read_bytes())) == expected


def test_html_page_quoting_a_feed_is_still_html() -> None:
    assert detect_format("<!DOCTYPE html><html><body><pre>&lt;rss&gt; <rss ></pre></body></html>") == "html_page"


@pytest.mark.parametrize("text", ["", "hello", "Title without colon\n\nBody", "<notes>x</notes>"])
def test_other_text_is_not_recognised(text: str) -> None:
    assert detect_format(text) is None
