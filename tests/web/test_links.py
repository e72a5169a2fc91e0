"""Local paths for our IRIs, links for others' (the refusals of `linkable` are in its doctest and
tests/robustness/test_hostile_content.py)."""

from __future__ import annotations

from cscgraph.settings import BASE_IRI
from cscgraph.web.links import Links

LINKS = Links(BASE_IRI)


def test_our_iris_are_local_paths_and_back() -> None:
    assert LINKS.href(f"{BASE_IRI}measure/staying-close") == "/measure/staying-close"
    assert LINKS.iri_of("/measure/staying-close") == f"{BASE_IRI}measure/staying-close"
    assert LINKS.kind(f"{BASE_IRI}measure/staying-close") == "measure"
    assert LINKS.kind("https://example.org/measure/x") == ""


def test_sentence_and_quote_nodes_link_to_their_place_in_the_article() -> None:
    assert LINKS.href(f"{BASE_IRI}article/a/sentence/10-20") == "/article/a?highlight=10-20#s-10-20"
    assert LINKS.href(f"{BASE_IRI}article/a/quote/3") == "/article/a#quote-3"
    assert LINKS.evidence_href(f"{BASE_IRI}article/a", 5, 9) == "/article/a?highlight=5-9#s-5-9"
    assert LINKS.evidence_href(f"{BASE_IRI}article/a", None, 9) == "/article/a"


def test_other_iris_link_out_only_over_http() -> None:
    assert LINKS.href("https://example.org/x") == "https://example.org/x"
    assert LINKS.href("urn:isbn:0451450523") == ""
