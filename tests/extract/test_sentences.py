"""Sentences: the unit of evidence."""

from __future__ import annotations

from cscgraph.extract.sentences import split_sentences


def test_a_list_run_into_one_line_is_one_sentence_per_bullet() -> None:
    body = "The plan commits to: • Opening two hubs • Training carers. Then it ends."
    assert [s.text for s in split_sentences(body).sentences] == [
        "The plan commits to:", "• Opening two hubs", "• Training carers.", "Then it ends."]


def test_an_abbreviation_still_does_not_end_a_sentence() -> None:
    assert [s.text for s in split_sentences("Dr. Jo Bell met St. Anne. She left.").sentences] == [
        "Dr. Jo Bell met St. Anne.", "She left."]


def test_a_hyphen_list_run_into_one_paragraph_is_one_sentence_per_item() -> None:
    body = "The plan will: - open two hubs - train carers. - Fund mentors.\n\nNext one."
    assert [s.text for s in split_sentences(body).sentences] == [
        "The plan will:", "- open two hubs", "- train carers.", "- Fund mentors.", "Next one."]


def test_a_spaced_hyphen_with_no_list_opened_is_a_dash() -> None:
    body = "The caps - which were due in May - are delayed. Hubs - two of them - open: soon."
    assert [s.text for s in split_sentences(body).sentences] == [
        "The caps - which were due in May - are delayed.", "Hubs - two of them - open: soon."]


def test_an_abbreviation_far_into_a_paragraph_does_not_end_its_sentence() -> None:
    body = "Spending rose sharply this year. " * 5 + "Costs were approx. 40 per cent higher, said Prof. Reed. It fell."
    assert [s.text for s in split_sentences(body).sentences][-2:] == [
        "Costs were approx. 40 per cent higher, said Prof. Reed.", "It fell."]
