"""The bundled corpus, end to end: every item read, every body clean.

Item counts are checked against an independent count: the lines that end in a `?p=NNN` guid (one per item header)
and, as a second witness, the `]]>` lines (two per item).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path

import pytest

from cscgraph.errors import ReadError
from cscgraph.ingest import article_id, read_file, read_paths
from cscgraph.models import Article

CORPUS = Path(__file__).parents[2] / "corpus"
FEED_DUMPS = sorted(CORPUS.glob("00[0-3]_*.txt"))
MAGAZINE = next(CORPUS.glob("004_*.txt"))
GUID_AT_LINE_END = re.compile(r"\?p=\d+\s*$")


def independent_item_count(path: Path) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    headers = sum(1 for line in lines if GUID_AT_LINE_END.search(line))
    cdata_ends = sum(1 for line in lines if line.strip() == "]]>")
    assert cdata_ends == 2 * headers, f"{path.name}: {headers} headers but {cdata_ends} ]]> lines"
    return headers


def test_there_are_four_feed_dumps_and_one_magazine_copy() -> None:
    assert len(FEED_DUMPS) == 4


@pytest.mark.parametrize("path", FEED_DUMPS, ids=lambda path: path.name)
def test_every_item_of_each_feed_dump_is_read(path: Path) -> None:
    records = list(read_file(path))
    assert [record for record in records if isinstance(record, ReadError)] == []
    assert len(records) == independent_item_count(path)
    assert [record.item for record in records] == list(range(1, len(records) + 1))


@pytest.mark.parametrize("path", FEED_DUMPS, ids=lambda path: path.name)
def test_feed_dump_items_carry_their_header_fields(path: Path) -> None:
    for article in read_file(path):
        assert isinstance(article, Article)
        assert article.publisher == "Community Care"
        assert article.url and article.url.startswith("https://www.communitycare.co.uk/20")
        assert "#" not in article.url
        assert article.guid and re.fullmatch(r"https://www\.communitycare\.co\.uk/\?p=\d+", article.guid)
        assert article.published is not None and article.published.tzinfo is not None
        assert article.title and "极速赛车" not in article.title
        assert article.summary and article.summary.endswith("…")
        assert article.paragraphs[0] != article.summary


def test_no_body_keeps_cdata_ends_urls_credits_or_the_poll_note() -> None:
    for record in read_paths([CORPUS]):
        assert isinstance(record, Article)
        for paragraph in record.paragraphs:
            assert paragraph == paragraph.strip() and paragraph
            assert "]]>" not in paragraph
            assert not re.fullmatch(r"(?:https?://\S+\s*)+", paragraph), paragraph
            assert not paragraph.startswith(("http://", "https://")), paragraph
            assert "Adobe Stock" not in paragraph and "AdobeStock" not in paragraph, paragraph
            assert not paragraph.startswith(("Photo:", "Photo by", "Credit:")), paragraph
            assert "(credit:" not in paragraph.lower() and "(photo" not in paragraph.lower(), paragraph
            assert "poll embedded within this post" not in paragraph
            assert "极速赛车" not in paragraph


def test_subheadings_stay_as_paragraphs() -> None:
    first = next(iter(read_file(FEED_DUMPS[0])))
    assert isinstance(first, Article)
    assert "New safeguarding requirements on councils" in first.paragraphs


def test_magazine_copy_has_its_publisher_and_date() -> None:
    (article,) = read_file(MAGAZINE)
    assert isinstance(article, Article)
    assert article.publisher == "Professional Social Work magazine"
    assert article.published == datetime(2023, 2, 2, tzinfo=UTC)
    assert article.title == "Government's underfunded 'piecemeal' response won't fix children's social care crisis"
    content_lines = [line for line in MAGAZINE.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len(article.paragraphs) == len(content_lines) - 2


def test_article_in_two_feeds_has_one_id_and_one_content_hash() -> None:
    articles = [record for record in read_paths([CORPUS]) if isinstance(record, Article)]
    by_id: dict[str, list[Article]] = {}
    for article in articles:
        by_id.setdefault(article_id(article), []).append(article)
    repeated = {key: copies for key, copies in by_id.items() if len(copies) > 1}
    assert len(repeated) == 1
    (copies,) = repeated.values()
    assert {copy.source for copy in copies} == {str(FEED_DUMPS[1]), str(FEED_DUMPS[3])}
    assert copies[0].content_hash == copies[1].content_hash


def test_corpus_readme_is_skipped_when_reading_the_folder() -> None:
    sources = {record.source for record in read_paths([CORPUS])}
    assert not any(source.lower().endswith("readme.md") for source in sources)
    assert len(sources) == 5
