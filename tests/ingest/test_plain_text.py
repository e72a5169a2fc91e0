"""The plain-text reader: header blocks and magazine copies."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from cscgraph.errors import ReadError
from cscgraph.ingest import read_bytes, read_file
from cscgraph.models import Article

TEXTS = Path(__file__).parent / "fixtures" / "plain_text"


def test_header_block_fields_and_trailing_boilerplate_cut() -> None:
    (article,) = read_file(TEXTS / "header_block.txt")
    assert isinstance(article, Article)
    assert article.title == "Council to pay kinship carers a weekly allowance"
    assert article.url == "https://herald.example.org/news/kinship-allowance"
    assert article.published == datetime(2024, 9, 12, 9, 30, tzinfo=UTC)
    assert article.publisher == "Northfield Herald"
    assert article.paragraphs == (
        "Northfield council will pay kinship carers a weekly allowance from April, the cabinet agreed on Wednesday.",
        "The allowance will match the rate paid to the council’s foster carers, at £180 a week for a child under five.",
    )


def test_hard_wrapped_paragraphs_are_joined_and_english_dates_are_midnight_utc() -> None:
    (article,) = read_file(TEXTS / "header_block_wrapped.txt")
    assert isinstance(article, Article)
    assert article.published == datetime(2023, 2, 2, tzinfo=UTC)
    assert article.paragraphs == (
        "Dale Valley council has reversed planned cuts to its youth service after a consultation drew 3,000 responses.",
        'The council leader said the authority had "listened to young people and their families".',
    )


def test_a_block_of_short_header_lines_stays_lines_and_a_list_stays_with_its_introduction() -> None:
    text = ("Title: Respite homes\nURL: https://news.example.org/respite\nPublished: 2025-04-01\n"
            "Publisher: Example News\n\nInsights Perspective\nMaria van Houten, Analyst\nTuesday 1 April 2025\n\n"
            "The council named the areas that will pilot the scheme:\n• Bolton\n• Medway\n\n"
            "Harbour Council will open two respite homes for disabled children next spring, its cabinet\n"
            "agreed on Tuesday.\n").encode()
    (article,) = read_bytes(text, "respite.txt")
    assert isinstance(article, Article)
    assert article.paragraphs == (
        "Insights Perspective", "Maria van Houten, Analyst", "Tuesday 1 April 2025",
        "The council named the areas that will pilot the scheme: • Bolton • Medway",
        "Harbour Council will open two respite homes for disabled children next spring, its cabinet agreed on Tuesday.")


def test_magazine_copy_reads_publisher_and_date_from_the_published_by_line() -> None:
    (article,) = read_file(TEXTS / "magazine.txt")
    assert isinstance(article, Article)
    assert article.title == "Inspection framework changes welcomed by directors"
    assert article.publisher == "Children's Services Practice magazine"
    assert article.published == datetime(2024, 3, 14, tzinfo=UTC)
    assert len(article.paragraphs) == 3 and article.paragraphs[2] == "One director said: “This is the shift we asked for.”"


@pytest.mark.parametrize("encoding", ["cp1252", "latin-1", "utf-8-sig", "utf-16"])
def test_legacy_encodings_and_byte_order_marks_decode_to_the_same_article(encoding: str) -> None:
    text = "Title: Café closes\nPublished: 2 Feb 2023\n\nThe café closed on Friday.\n"
    if encoding == "cp1252":
        text = text.replace("Friday.", "Friday – for good.")
    (article,) = read_bytes(text.encode(encoding), "x.txt")
    assert isinstance(article, Article)
    assert article.title == "Café closes"
    assert article.paragraphs[0].startswith("The café closed on Friday")


def test_crlf_and_no_break_spaces_are_whitespace() -> None:
    (article,) = read_bytes("Title: A\u00a0title\r\n\r\nOne\u00a0\u00a0line.  \r\nTwo.\r\n".encode(), "x.txt")
    assert isinstance(article, Article)
    assert article.title == "A title" and article.paragraphs == ("One line.", "Two.")


def test_unreadable_date_is_a_read_error_that_says_which_formats_work() -> None:
    (record,) = read_bytes(b"Title: A\nPublished: sometime soon\n\nBody.", "x.txt")
    assert isinstance(record, ReadError) and "ISO 8601" in record.reason


def test_header_without_body_is_a_read_error() -> None:
    (record,) = read_bytes(b"Title: Only a title\n\n\n", "x.txt")
    assert isinstance(record, ReadError) and "no body text" in record.reason


def test_a_line_that_carries_on_a_sentence_in_a_one_paragraph_per_line_text_is_joined_unless_it_opens_a_quote() -> None:
    body = ("Title: Grants confirmed\n\nLakeshire council will receive a grant of £4.2\nmillion for respite care,\n"
            "Early Help and youth work.\nThe cabinet approved a reduction of\n£0.3m in agency spending.\n"
            "Key points\n- Respite care\n- Youth work\nThe leader called it\n“a turning point”\n")
    (article,) = read_bytes(body.encode(), "x.txt")
    assert isinstance(article, Article)
    assert article.paragraphs == (
        "Lakeshire council will receive a grant of £4.2 million for respite care, Early Help and youth work.",
        "The cabinet approved a reduction of £0.3m in agency spending.", "Key points", "- Respite care",
        "- Youth work", "The leader called it", "“a turning point”")


@pytest.mark.parametrize(("credit", "kept"), [
    ("© Northfield Press Agency", True),
    ("©PA", True),
    ("© 2024 Northfield Herald", False),
    ("© Northfield Herald. All rights reserved", False),
])
def test_a_picture_credit_inside_the_story_is_dropped_alone_but_a_copyright_footer_ends_it(
        credit: str, kept: bool) -> None:
    text = ("Title: Councillors back a kinship allowance\nPublisher: Northfield Herald\n\n"
            "Northfield council will pay kinship carers a weekly allowance from April.\n\n"
            f"{credit}\n\n"
            "The cabinet member for children said the payment would keep families together across the borough.\n")
    (article,) = read_bytes(text.encode(), "credit.txt")
    assert article.paragraphs[0] == "Northfield council will pay kinship carers a weekly allowance from April."
    assert credit not in article.paragraphs
    assert (len(article.paragraphs) == 2) is kept


def test_a_short_copyright_line_before_footer_links_ends_the_text() -> None:
    text = ("Title: Councillors back a kinship allowance\nPublisher: Northfield Herald\n\n"
            "Northfield council will pay kinship carers a weekly allowance from April.\n\n"
            "© Northfield Press Agency\n\nAbout us\n\nContact\n")
    (article,) = read_bytes(text.encode(), "footer.txt")
    assert article.paragraphs == ("Northfield council will pay kinship carers a weekly allowance from April.",)


def test_a_tags_line_above_the_story_is_dropped_alone_and_one_below_it_ends_the_text() -> None:
    text = ("Title: Councillors back a kinship allowance\nPublisher: Northfield Herald\n\n"
            "2 mins read\n\nTags: kinship care, allowances\n\n"
            "Northfield council will pay kinship carers a weekly allowance from April, the cabinet agreed.\n\n"
            "The cabinet member for children said the payment would keep families together across the borough.\n\n"
            "Tags: kinship\n\nMore from the Herald\n")
    (article,) = read_bytes(text.encode(), "tags.txt")
    assert article.paragraphs == (
        "2 mins read",
        "Northfield council will pay kinship carers a weekly allowance from April, the cabinet agreed.",
        "The cabinet member for children said the payment would keep families together across the borough.")


@pytest.mark.parametrize(("dateline", "url", "published"), [
    ("Published on 12th June 2018", "https://news.example.org/story", datetime(2018, 6, 12, tzinfo=UTC)),
    ("Monday 25 March 2024", "https://news.example.org/story", datetime(2024, 3, 25, tzinfo=UTC)),
    ("Jo Reed 2 December 2024 2 min read", "https://news.example.org/story", datetime(2024, 12, 2, tzinfo=UTC)),
    (" date 2023-07-27 Northfield council is one of three councils chosen for the pilot, the minister said today.",
     "https://news.example.org/story", datetime(2023, 7, 27, tzinfo=UTC)),
    ("Council news", "https://news.example.org/2019/10/25/kinship-allowance/", datetime(2019, 10, 25, tzinfo=UTC)),
    # a site's header showing the day the page was saved loses to the date in the page's address
    ("Monday, December 4, 2023", "https://news.example.org/2018/08/31/overspend/", datetime(2018, 8, 31, tzinfo=UTC)),
    # near misses: a date inside a sentence of the story, and an address with no date, date nothing
    ("On 13th September 2023 we presented our report to the council, which agreed to fund the next stage.",
     "https://news.example.org/story", None),
])
def test_a_page_without_a_header_date_is_dated_by_its_dateline_or_address(dateline: str, url: str,
                                                                         published: datetime | None) -> None:
    text = (f"Title: Council backs kinship carers\nURL: {url}\nPublisher: Northfield Herald\n\n{dateline}\n\n"
            "Northfield council will pay kinship carers a weekly allowance from April, the cabinet agreed.\n")
    (article,) = read_bytes(text.encode(), "page.txt")
    assert isinstance(article, Article)
    assert article.published == published


def test_an_ad_slot_label_glued_to_a_line_is_a_paragraph_of_its_own_and_the_quote_keeps_its_speaker() -> None:
    from cscgraph.extract import extract_article
    from tests.extract.actor_helpers import gazetteer

    text = ("Title: Placement costs rise\n\n“Costs will rise again next year,” said Jo Marsh, the council’s "
            "finance lead.\nHide AdAdvertisement\nHide Ad“We are paying for emergency beds every week.”\n"
            "Advertisement revenue fell at the paper.\n")
    (article,) = read_bytes(text.encode(), "x.txt")
    assert isinstance(article, Article)
    assert article.paragraphs[1:] == ("Hide AdAdvertisement", "Hide Ad",
                                      "“We are paying for emergency beds every week.”",
                                      "Advertisement revenue fell at the paper.")
    quotes = extract_article(article, gazetteer()).quotes
    assert [(q.text, q.speaker.slug if q.speaker else None) for q in quotes][-1] == \
        ("We are paying for emergency beds every week.", "jo-marsh")
