"""Each pattern of cscgraph.syntax against a text it must take and one it must refuse."""

from __future__ import annotations

import re

import pytest

from cscgraph import syntax

EXAMPLES: dict[str, tuple[str, str]] = {
    "QUERY_NAME": ("quotes_by-speaker", "../etc/passwd"),
    "SPARQL_WHOLE_NUMBER": ("250", "9" * 19),
    "PAGE_NUMBER_TEXT": ("12", "1e3"),
    "INTEGER": ("-3", "3.5"),
    "ISO_DAY": ("2024-11-18", "18/11/2024"),
    "YEAR": ("2023", "23"),
    "RELATION_NAME": ("basedOn", "based-on"),
    "WORD": ("staying", "“"),
}


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_whole_text_patterns(name: str) -> None:
    pattern: re.Pattern[str] = getattr(syntax, name)
    good, bad = EXAMPLES[name]
    assert pattern.fullmatch(good) and not pattern.fullmatch(bad)


def test_iri_scheme_starts_an_iri_and_not_a_name() -> None:
    assert syntax.IRI_SCHEME.match("urn:isbn:0451450523") and syntax.IRI_SCHEME.match("https://example.org/x")
    assert not syntax.IRI_SCHEME.match("Staying Close") and not syntax.IRI_SCHEME.match("1http:")


def test_index_match_finds_each_bracketed_match() -> None:
    assert syntax.INDEX_MATCH.findall("the [Staying] [Close] pilot [ends") == ["Staying", "Close"]


def test_every_pattern_has_an_example() -> None:
    assert set(syntax.__all__) == set(EXAMPLES) | {"IRI_SCHEME", "INDEX_MATCH"}
