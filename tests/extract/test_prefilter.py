"""The prefilter never rules out a text that its pattern matches."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from cscgraph.extract.patterns import lineage as P
from cscgraph.extract import prefilter
from cscgraph.extract.prefilter import _CASE_VARIANTS, fold, may_match, required_words, compile_with_start_set

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


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.lastgroup, tuple(m.span(i) for i in range(pattern.groups + 1))) for m in pattern.finditer(text)]


@pytest.mark.parametrize("pattern, flags, text", [
    (r"\b(?:Tory|Conservative)\s+ministers", 0, "Tory ministers and the Conservative ministers, aTory ministers"),
    (r"(?<![\w-])(?P<name>[A-Z][a-z]+)\s+said", 0, "Jo said; non-Jo said, Reed said"),
    (r"(?:the\s+)?(?:Chancellor|[Mm]inister(?!s))\b", 0, "the Chancellor, the minister and ministers"),
    (r"\b(?:is|are)\s+(?:also\s+)?testing", re.IGNORECASE, "It IS ALSO testing; they aRe testing"),
    (r"\bstrategy\b", re.IGNORECASE, "the ſtrategy, STRATEGY and strategy"),  # long s is an s under IGNORECASE
    (r"(?<!\w)kin", re.IGNORECASE, "\u212ain and KIN"),  # the Kelvin sign is a K
    (r"(?<!\w)is\b", re.IGNORECASE, "\u0130s ıs IS"),  # dotted and dotless i
])
def test_a_start_set_keeps_every_match(pattern: str, flags: int, text: str) -> None:
    fast, plain = compile_with_start_set(pattern, flags), re.compile(pattern, flags)
    assert fast != plain  # the engine had no start set of its own
    assert _matches(fast, text) == _matches(plain, text) != []


@pytest.mark.parametrize("pattern", [r"said", r"[A-Z]\w+", r"(?:.\s+)?said", r"\bx?", r"(?<!x)[^a]b", r"(?i)\béte"])
def test_no_start_set_where_the_engine_has_one_or_none_is_known(pattern: str) -> None:
    assert compile_with_start_set(pattern) == re.compile(pattern)  # patterns compare by their compiled code


def test_an_unchecked_engine_version_compiles_plainly(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "START_SETS", False)
    pattern = r"\b(?:Tory|Conservative)\s+ministers"
    assert prefilter.compile_with_start_set.__wrapped__(pattern) == re.compile(pattern)


def test_case_variants_are_all_that_ignorecase_matches() -> None:
    everything = "".join(chr(c) for c in range(0x110000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyz":
        expected = _CASE_VARIANTS.get(letter, letter + letter.upper())
        assert set(re.findall(f"(?i){letter}", everything)) == set(expected), letter
