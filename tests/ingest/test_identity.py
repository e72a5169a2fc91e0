"""Article ids: readable slugs of the URL's host and page, bounded in length, hashes when there is no URL."""

from __future__ import annotations

import re

from cscgraph.ingest import article_id
from cscgraph.models import Article


def make(url: str | None, title: str = "T", body: str = "B") -> Article:
    return Article(title=title, paragraphs=(body,), source="s", url=url)


def test_url_host_and_path_become_a_lowercase_hyphenated_slug() -> None:
    url = ("https://www.communitycare.co.uk/2024/11/18/crackdown-on-excessive-profits-pledged-as-government-"
           "unveils-childrens-social-care-reforms/")
    assert article_id(make(url)) == ("communitycare-co-uk--2024-11-18-crackdown-on-excessive-profits-pledged-as-"
                                     "government-unveils-childrens-social-care-reforms")
    assert article_id(make("https://x.org/News/Caf%C3%A9_Opens.html#comments")) == "x-org--news-cafe-opens-html"


def test_long_slug_is_cut_and_suffixed_with_a_hash_so_it_stays_unique() -> None:
    first = article_id(make("https://x.org/" + "a-" * 100 + "one"))
    second = article_id(make("https://x.org/" + "a-" * 100 + "two"))
    assert len(first) <= 160 and len(second) <= 160 and first != second
    assert re.fullmatch(r"[a-z0-9-]+-[0-9a-f]{8}", first)


def test_without_url_the_id_hashes_title_and_body() -> None:
    assert re.fullmatch(r"sha-[0-9a-f]{16}", article_id(make(None)))
    assert article_id(make(None)) == article_id(make(None))
    assert article_id(make(None, body="other")) != article_id(make(None))


def test_url_with_only_a_query_uses_host_and_query() -> None:
    assert article_id(make("https://www.communitycare.co.uk/?p=213403")) == "communitycare-co-uk--p-213403"
    assert article_id(make("https://www.communitycare.co.uk/")) == "communitycare-co-uk"


def test_pages_served_from_one_path_with_different_ids_in_the_query_are_two_articles() -> None:
    first = article_id(make("https://democracy.northby.gov.uk/mgAi.aspx?ID=18147"))
    second = article_id(make("https://democracy.northby.gov.uk/mgAi.aspx?ID=6139"))
    assert first == "democracy-northby-gov-uk--mgai-aspx-id-18147"
    assert second == "democracy-northby-gov-uk--mgai-aspx-id-6139"


def test_two_publishers_pages_on_the_same_path_get_two_ids() -> None:
    council = article_id(make("https://www.a-council.gov.uk/news/budget-2025"))
    charity = article_id(make("https://www.b-charity.org.uk/news/budget-2025"))
    assert council == "a-council-gov-uk--news-budget-2025" and charity == "b-charity-org-uk--news-budget-2025"


def test_a_host_and_path_are_never_read_as_another_host_and_path() -> None:
    assert article_id(make("https://x.org/uk/news")) != article_id(make("https://x.org.uk/news"))


def test_scheme_www_port_trailing_slash_and_fragment_do_not_change_the_id() -> None:
    plain = article_id(make("https://x.org/news/hubs-open"))
    for same in ("http://x.org/news/hubs-open", "https://www.x.org/news/hubs-open/", "https://WWW.X.org:443/news/"
                 "hubs-open#comments", "http://www.x.org./news/hubs-open/?utm_source=rss"):
        assert article_id(make(same)) == plain, same


def test_tracking_parameters_and_parameter_order_do_not_change_the_id() -> None:
    plain = article_id(make("https://x.org/news/hubs-open?page=2&lang=en"))
    assert article_id(make("https://x.org/news/hubs-open?lang=en&page=2&utm_source=rss&fbclid=abc")) == plain
    assert article_id(make("https://x.org/news/hubs-open/?utm_medium=email")) == "x-org--news-hubs-open"
