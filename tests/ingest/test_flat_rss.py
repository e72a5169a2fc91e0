"""The flattened RSS dump reader, on an invented dump and on variants of it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from cscgraph.errors import ReadError
from cscgraph.ingest import read_bytes, read_file
from cscgraph.ingest.flat_rss import clean_body, parse_item_header, read_flat_rss
from cscgraph.models import Article

DUMP = Path(__file__).parent / "fixtures" / "flat_rss" / "tag_archive_dump.txt"
MARKER = "幸运飞艇开奖记录"


def articles(records: list[Article | ReadError]) -> list[Article]:
    return [record for record in records if isinstance(record, Article)]


def test_reads_every_item_with_its_header_fields() -> None:
    records = list(read_file(DUMP))
    items = articles(records)
    assert [item.item for item in items] == [1, 2, 3, 4]
    first = items[0]
    assert first.title == "Northshire opens ten family hubs in first phase of reforms"
    assert first.url == "https://news.example.org/2024/03/04/northshire-opens-ten-family-hubs/"
    assert first.guid == "https://news.example.org/?p=1001"
    assert first.published == datetime(2024, 3, 4, 9, 15, tzinfo=UTC)
    assert first.publisher == "Northshire Care News"
    assert first.source == str(DUMP)
    assert first.summary is not None and first.summary.endswith("The hubs will…")


def test_body_keeps_prose_and_subheadings_but_drops_credits_captions_alt_text_and_poll_note() -> None:
    first = articles(list(read_file(DUMP)))[0]
    assert first.paragraphs == (
        "Northshire council has opened ten family hubs, the first phase of a programme its leader said would "
        "change how families get help.",
        "The hubs will bring health visitors, housing officers and social workers under one roof, the council said.",
        "Funding from the pilot",
        "The council is spending £3.2m on the hubs this year, drawn from the national pilot fund.",
        "“We want families to walk through one door,” said council leader Priya Natt.",
        "The second phase will open in 2025.",
    )


def test_short_subheading_before_a_photo_credit_is_kept() -> None:
    second = articles(list(read_file(DUMP)))[1]
    assert "Staff survey" in second.paragraphs
    assert not any(paragraph.startswith("Photo by") for paragraph in second.paragraphs)


def test_trailing_line_after_the_body_never_reaches_the_body() -> None:
    for item in articles(list(read_file(DUMP))):
        assert not any("http" in paragraph or "Adobe Stock" in paragraph or "Fotolia" in paragraph
                       for paragraph in item.paragraphs), item.title


def test_item_whose_header_lost_its_date_and_guid_is_recovered_from_what_is_left() -> None:
    third = articles(list(read_file(DUMP)))[2]
    assert third.title == "Kinship carers to receive new allowance in pilot areas"
    assert third.url == "https://news.example.org/2024/01/30/kinship-carers-new-allowance/"
    assert third.published is None and third.guid is None
    assert third.paragraphs[-1] == "The allowance will match the national minimum fostering allowance."


def test_another_marker_string_reads_the_same() -> None:
    original = DUMP.read_text(encoding="utf-8")
    for marker in ("SPAM-MARKER-2000", "免费彩票 网站", "<<>>"):
        swapped = list(read_bytes(original.replace(MARKER, marker).encode(), "swapped.txt"))
        expected = list(read_bytes(original.encode(), "swapped.txt"))
        assert swapped == expected, marker


def test_dump_without_any_marker_reads_the_same() -> None:
    original = DUMP.read_text(encoding="utf-8")
    stripped = original.replace(MARKER + " ", "")
    assert [item.title for item in articles(list(read_bytes(stripped.encode(), "x")))] == \
        [item.title for item in articles(list(read_bytes(original.encode(), "x")))]


def test_item_with_header_but_no_body_is_one_read_error_and_the_rest_still_come() -> None:
    text = DUMP.read_text(encoding="utf-8")
    head, rest = text.split("\n", 1)
    broken = head + "\nAn excerpt…\n]]>\n\n]]>\n" + rest.split("]]>\n", 2)[2].split("\n", 1)[1]
    records = list(read_flat_rss(broken, "broken.txt"))
    errors = [record for record in records if isinstance(record, ReadError)]
    assert len(errors) == 1 and errors[0].item == 1 and "no body text" in errors[0].reason
    assert len(articles(records)) == 3


def test_header_parser_rejects_prose_that_mentions_a_url_and_a_date() -> None:
    assert parse_item_header("See https://x.org/ on Mon, 18 Nov 2024 00:01:11 +0000 for details.") is None
    header = parse_item_header("M Title https://x.org/a/ https://x.org/a/#comments "
                               "18 Nov 2024 00:01 +0000 https://x.org/?p=7")
    assert header is not None and header.comments == "https://x.org/a/#comments" and header.lead == ("M", "Title")


def test_clean_body_drops_the_excerpt_when_it_is_repeated_as_a_paragraph() -> None:
    assert clean_body(["Short excerpt…", "", "Full first paragraph."], "Short excerpt…") == ["Full first paragraph."]


def test_huge_single_line_is_not_mistaken_for_a_header_and_returns_quickly() -> None:
    line = "https://x.org/?p=1 " * 300_000
    assert parse_item_header(line) is None
