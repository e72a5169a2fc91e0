"""The prefilter never rules out a text that its pattern matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cscgraph.extract.patterns import lineage as P
from cscgraph.extract.prefilter import fold, may_match, required_words

EVAL_ARTICLES = Path(__file__).resolve().parents[2] / "eval" / "articles"


@pytest.mark.parametrize("pattern, text", [
    (r"\bis\s+adopted", "The plan İS adopted"),  # dotted capital I lowers to two characters
    (r"\bstrategy\b", "the ſtrategy"),  # long s matches s under IGNORECASE
    (r"colou?r", "COLOR"),
    (r"(?:place|put)\s+on", "PUT ON"),
])
def test_ignorecase_matches_pass(pattern: str, text: str) -> None:
    compiled = re.compile(pattern, re.IGNORECASE)
    assert compiled.search(text)
    assert may_match(required_words(compiled), fold(text))


def test_absent_words_rule_out() -> None:
    compiled = re.compile(r"\b(?:adopts?|backed)\s+the\b", re.IGNORECASE)
    assert not may_match(required_words(compiled), fold("The council rejected the plan."))


def test_no_lineage_rule_is_ruled_out_where_it_matches() -> None:
    sentences = [line for path in sorted(EVAL_ARTICLES.glob("*.txt"))
                 for line in re.split(r"(?<=[.!?])\s+", path.read_text(encoding="utf-8"))]
    checked = 0
    for rule in P.LINEAGE_RULES:
        words = required_words(rule.pattern)
        for sentence in sentences:
            if rule.pattern.search(sentence):
                checked += 1
                assert may_match(words, fold(sentence)), (rule.name, sentence)
    assert checked > 20
