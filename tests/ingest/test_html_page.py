"""The HTML page reader, on an invented news article page."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cscgraph.errors import ReadError
from cscgraph.ingest import read_bytes, read_file
from cscgraph.models import Article

PAGE = Path(__file__).parent / "fixtures" / "html_page" / "news_article.html"


def test_main_text_metadata_and_no_page_furniture() -> None:
    (article,) = read_file(PAGE)
    assert isinstance(article, Article)
    assert article.title == "Westmere trials family group conferences for every child"
    assert article.url == "https://gazette.example.com/news/2024/07/westmere-trials-family-group-conferences"
    assert article.publisher == "Westmere Gazette"
    assert article.published == datetime(2024, 7, 8, 6, 45, tzinfo=UTC)
    assert article.item is None
    assert article.paragraphs[0].startswith("Westmere council will offer a family group conference")
    assert "Cost of the trial" in article.paragraphs
    assert article.paragraphs[-1].startswith("Opposition councillors questioned")
    assert not any("Privacy" in paragraph or "Sport" in paragraph for paragraph in article.paragraphs)


def test_scripts_never_reach_the_text() -> None:
    (article,) = read_file(PAGE)
    assert isinstance(article, Article)
    assert "INJECTED" not in article.body and "<p>" not in article.body and "dataLayer" not in article.body


def test_page_without_article_text_is_one_read_error() -> None:
    (record,) = read_bytes(b"<!DOCTYPE html><html><head><title>Empty</title></head><body></body></html>", "e.html")
    assert isinstance(record, ReadError) and record.source == "e.html"


def test_detected_by_content_not_by_extension() -> None:
    (article,) = read_bytes(PAGE.read_bytes(), "saved-page.txt")
    assert isinstance(article, Article) and article.publisher == "Westmere Gazette"
