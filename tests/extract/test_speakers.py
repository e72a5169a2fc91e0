"""Speaker resolution rules that the quote tests do not reach directly."""

from __future__ import annotations

from tests.extract.actor_helpers import extract, speakers


def test_relative_clause_subject_is_the_noun_before_who() -> None:
    x = extract("The DfE appointed an adviser, who found services were “in considerable need of improvement”.")
    assert speakers(x)[0][1] is None


def test_nearest_reporting_verb_with_a_person_wins() -> None:
    x = extract("Ofsted welcomed the plan, with director Mina Shah saying: “This gives us the powers we need.”")
    assert speakers(x)[0][1] == "mina-shah"


def test_it_after_a_sentence_opened_by_an_unnamed_report_is_the_report() -> None:
    x = extract("The report, written by the charity Lumen Trust, was published today.",
                "It said the system was “close to breaking point in most regions”.")
    assert speakers(x)[0][1] is None


def test_bullet_list_quotes_belong_to_the_introduction() -> None:
    x = extract("The Local Government Association said the benefits included:",
                "• removing a ‘costly layer of bureaucracy’ from the system.")
    assert speakers(x)[0][1] == "local-government-association"
