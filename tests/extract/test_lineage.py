"""Lineage claims from our own sentences, one test per phrasing the issue names (and its generalisations)."""

from __future__ import annotations

from cscgraph.extract.lineage import find_lineage
from lineage_helpers import article, documents

REVIEW = "policy/independent-review-of-childrens-social-care"
STABLE_HOMES = "policy/stable-homes-built-on-love"
BILL = "statute/childrens-wellbeing-and-schools-bill"
LABOUR = "organisation/labour-government"
TORIES = "organisation/conservative-government"
PATHFINDER = "programme/families-first-for-children-pathfinder"


def _claims(*paragraphs: str, published: str = "2024-11-18") -> set[tuple[str, str, str]]:
    a = article(*paragraphs, published=published)
    sentences, found = documents(a)
    return {(str(c.subject), c.relation, str(c.object)) for c in find_lineage(a, sentences, found)}


def test_which_was_itself_based_on_the_recommendations_of() -> None:
    claims = _claims("Ministers followed their Stable Homes, Built on Love strategy, which was itself based on "
                     "the recommendations of the Independent Review of Children’s Social Care.")
    assert (STABLE_HOMES, "basedOn", REVIEW) in claims


def test_proposed_by_the_review_and_set_out_in_the_strategy() -> None:
    claims = _claims("Extending Staying Close was proposed by the care review and set out in Stable Homes.")
    assert claims == {(REVIEW, "recommends", "measure/staying-close"),
                      (STABLE_HOMES, "adopts", "measure/staying-close")}


def test_recommendation_in_the_review_was_not_adopted() -> None:
    claims = _claims("A recommendation in the MacAlister review to make care experience a protected "
                     "characteristic was not adopted.", published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/care-experience-protected-characteristic"),
                      (TORIES, "rejects", "measure/care-experience-protected-characteristic")}


def test_government_is_adopting_the_reviews_recommendation() -> None:
    claims = _claims("The government is adopting the IRCSC’s recommendation to create lead child protection "
                     "practitioners.", published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/lead-child-protection-practitioners"),
                      (TORIES, "adopts", "measure/lead-child-protection-practitioners")}


def test_being_tested_in_the_pathfinder_sites() -> None:
    claims = _claims("Multi-agency child protection teams are being tested in the 10 families first for children "
                     "pathfinder sites.")
    assert claims == {(PATHFINDER, "tests", "measure/multi-agency-child-protection-teams")}


def test_brought_forward_through_the_bill() -> None:
    claims = _claims("Regional care co-operatives will be brought forward through the Children’s Wellbeing Bill.")
    assert claims == {(BILL, "legislates", "measure/regional-care-cooperatives")}


def test_labour_has_continued_with_the_policy() -> None:
    claims = _claims("Labour has continued with the regional hubs policy since the election.")
    assert claims == {(LABOUR, "continues", "measure/regional-fostering-recruitment-hubs")}


def test_labour_in_opposition_is_not_a_government() -> None:
    assert _claims("Labour has continued with the regional hubs policy.", published="2023-05-01") == set()


def test_it_was_the_central_proposal_then_taken_up_by() -> None:
    claims = _claims("Ministers praised the family help model this week.",
                     "It was the central proposal from the care review, which called for investment.",
                     "It was then taken up by the Stable Homes strategy.")
    assert (REVIEW, "recommends", "measure/family-help") in claims
    assert (STABLE_HOMES, "adopts", "measure/family-help") in claims


def test_the_model_stands_for_the_previous_measure() -> None:
    claims = _claims("Councils are building family help services.",
                     "The strategy set aside money to test the model through the families first for children "
                     "pathfinder.")
    assert (PATHFINDER, "tests", "measure/family-help") in claims


def test_previous_government_and_tories_are_the_conservative_government() -> None:
    claims = _claims("Kinship allowances were introduced by the previous government.")
    assert claims == {(TORIES, "adopts", "measure/kinship-allowances")}


def test_the_government_depends_on_the_date() -> None:
    before = _claims("The government backs family help.", published="2023-03-01")
    after = _claims("The government backs family help.", published="2024-09-01")
    assert before == {(TORIES, "adopts", "measure/family-help")}
    assert after == {(LABOUR, "adopts", "measure/family-help")}


def test_document_policy_means_the_document_carries_the_measure() -> None:
    claims = _claims("Another Stable Homes policy being taken forward by the Labour government is the financial "
                     "oversight regime.")
    assert (STABLE_HOMES, "adopts", "measure/financial-oversight-regime") in claims
    assert (LABOUR, "continues", "measure/financial-oversight-regime") in claims


def test_review_policy_means_the_review_recommends() -> None:
    claims = _claims("The care review’s proposal for a national workload action group was welcomed.")
    assert claims == {(REVIEW, "recommends", "measure/national-workload-action-group")}


def test_replaces() -> None:
    claims = _claims("The Early Career Framework will replace the ASYE for new social workers.")
    assert claims == {("measure/early-career-framework", "replaces", "measure/asye")}


def test_was_rejected_by_the_government() -> None:
    claims = _claims("The IRCSC recommended scrapping independent reviewing officers.",
                     "This was rejected by the government.", published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/replacing-independent-reviewing-officers"),
                      (TORIES, "rejects", "measure/replacing-independent-reviewing-officers")}


def test_every_claim_carries_its_sentence() -> None:
    a = article("Intro sentence here.", "Labour has continued with the regional hubs policy.")
    sentences, found = documents(a)
    (claim,) = find_lineage(a, sentences, found)
    assert claim.evidence.text == "Labour has continued with the regional hubs policy."
    assert a.body[claim.evidence.start:claim.evidence.end] == claim.evidence.text


def test_a_sentence_without_lineage_cues_gives_no_claims() -> None:
    assert _claims("Family help and regional care co-operatives were discussed at the conference.") == set()


def test_this_adopts_a_recommendation_takes_the_previous_measure_and_the_news_document() -> None:
    claims = _claims("The reforms were set out in a policy paper today, Keeping Children Safe, Helping Families "
                     "Thrive.",
                     "Councils must set up multi-agency child protection teams.",
                     "This adopts a recommendation from the Child Safeguarding Practice Review Panel’s 2022 report.")
    assert ("policy/national-review-arthur-labinjo-hughes-and-star-hobson", "recommends",
            "measure/multi-agency-child-protection-teams") in claims
    assert ("policy/keeping-children-safe-helping-families-thrive", "adopts",
            "measure/multi-agency-child-protection-teams") in claims


def test_a_list_after_a_colon_lends_the_claim_to_its_bullets() -> None:
    claims = _claims("The families first for children pathfinder is testing a new model, which comprises:",
                     "• family help services for struggling families;",
                     "• multi-agency child protection teams in every area.")
    assert claims == {(PATHFINDER, "tests", "measure/family-help"),
                      (PATHFINDER, "tests", "measure/multi-agency-child-protection-teams")}


def test_money_allocated_by_a_government_funds_every_measure_named() -> None:
    claims = _claims("The £90m was allocated by the previous government to test family help and regional care "
                     "co-operatives.")
    assert claims == {(TORIES, "funds", "measure/family-help"), (TORIES, "funds", "measure/regional-care-cooperatives")}


def test_a_government_acting_through_its_document_gives_both() -> None:
    claims = _claims("Staying Close was taken up by the previous Conservative government in its Stable Homes strategy.")
    assert claims == {(TORIES, "adopts", "measure/staying-close"), (STABLE_HOMES, "adopts", "measure/staying-close")}


def test_review_chair_named_for_the_review() -> None:
    claims = _claims("The IRCSC reported in 2022.", "An Early Career Framework recommended by MacAlister is being "
                     "adopted.", published="2023-02-03")
    assert claims == {(REVIEW, "recommends", "measure/early-career-framework"),
                      (TORIES, "adopts", "measure/early-career-framework")}
